from django.urls import path  # noqa: F401

from converter import views  # noqa: F401

# TODO: route "convert" to views.convert
urlpatterns = []
