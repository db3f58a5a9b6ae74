"""A small class: attributes, methods, exceptions and __repr__."""


class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        """Add amount to the balance and return the new balance."""
        if amount <= 0:
            raise ValueError("a deposit must be more than zero")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        """Take amount out and return the new balance; never go below zero."""
        # TODO
        self.balance -= amount
        return self.balance

    # TODO: add __repr__
