from django.conf import settings
from django.db import models


class Book(models.Model):
    class Status(models.TextChoices):
        TO_READ = "to-read", "To read"
        READING = "reading", "Reading"
        DONE = "done", "Done"

    title = models.CharField(max_length=200)
    author = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.TO_READ)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="books"
    )

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title
