from django.contrib import admin  # noqa: F401
from django.urls import path  # noqa: F401

# TODO: serve the admin site at /admin/
urlpatterns = []
