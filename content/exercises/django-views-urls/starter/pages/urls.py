from django.urls import path

from . import views

# TODO: app_name, and the hello, article and latest URLs (all named)
urlpatterns = [
    path("", views.home),
]
