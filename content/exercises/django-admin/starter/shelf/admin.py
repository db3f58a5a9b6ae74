from django.contrib import admin  # noqa: F401

from .models import Book  # noqa: F401

# TODO: register Book with a ModelAdmin: list_display, search_fields, list_filter, ordering
