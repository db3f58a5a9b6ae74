from django.urls import path

from . import views

app_name = "books"
urlpatterns = [
    path("", views.book_list, name="book_list"),
    path("books/new/", views.book_create, name="book_create"),
]
