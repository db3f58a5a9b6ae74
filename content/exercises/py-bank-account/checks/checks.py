from crossroads_exercise import learner_module


def account(*args):
    return learner_module("bank").BankAccount(*args)


def raises_value_error(function, *args):
    try:
        function(*args)
    except ValueError:
        return True
    return False


def check_new_account():
    a = account("Ada")
    assert a.owner == "Ada" and a.balance == 0, "BankAccount('Ada') should have owner 'Ada' and balance 0."
    b = account("Grace", 50)
    assert b.balance == 50, "BankAccount('Grace', 50).balance is %r; expected 50." % (b.balance,)
    assert b.history == [], "A new account's history should be an empty list, not %r." % (b.history,)


def check_deposit():
    a = account("Ada", 10)
    assert a.deposit(5) == 15, "deposit(5) on a balance of 10 should return 15."
    assert raises_value_error(a.deposit, 0), "deposit(0) should raise ValueError."
    assert raises_value_error(a.deposit, -3), "deposit(-3) should raise ValueError."


def check_withdraw():
    a = account("Ada", 50)
    got = a.withdraw(20)
    assert got == 30, "withdraw(20) on a balance of 50 returned %r; expected 30." % (got,)
    assert a.balance == 30, "After withdraw(20) from 50, the balance is %r; expected 30." % (a.balance,)
    assert raises_value_error(a.withdraw, 0), "withdraw(0) should raise ValueError."
    assert raises_value_error(a.withdraw, -5), "withdraw(-5) should raise ValueError."


def check_overdraw():
    a = account("Ada", 50)
    assert raises_value_error(a.withdraw, 80), "withdraw(80) from a balance of 50 should raise ValueError."
    assert a.balance == 50, "A refused withdrawal changed the balance to %r; it should stay 50." % (a.balance,)
    assert a.history == [], "A refused withdrawal should not appear in history, but history is %r." % (a.history,)


def check_history():
    a = account("Ada", 0)
    a.deposit(100)
    a.withdraw(30)
    a.deposit(5)
    expected = [("deposit", 100), ("withdraw", 30), ("deposit", 5)]
    assert a.history == expected, "history is %r; expected %r." % (a.history, expected)


def check_repr():
    a = account("Ada", 50)
    got = repr(a)
    assert got == "BankAccount('Ada', 50)", "repr(BankAccount('Ada', 50)) is %r; expected \"BankAccount('Ada', 50)\"." % (got,)
