from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.CharField(max_length=100)
    # TODO: year (a positive whole number) and available (True unless set otherwise)

    # TODO: __str__ returning "Title (year)"
