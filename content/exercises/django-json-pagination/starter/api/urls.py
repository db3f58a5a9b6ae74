from django.urls import path

from . import views

app_name = "api"

urlpatterns = [
    path("api/books/", views.book_list, name="book-list"),
]
