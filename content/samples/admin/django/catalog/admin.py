from django.contrib import admin

from .models import Book


@admin.register(Book)
class BookAdmin(admin.ModelAdmin):
    list_display = ("title", "author", "year", "in_stock")
    list_filter = ("in_stock",)
    search_fields = ("title", "author")
    ordering = ("title",)
