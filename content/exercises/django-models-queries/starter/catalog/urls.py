from django.urls import path

from . import views

app_name = "catalog"

urlpatterns = [
    path("books/", views.book_list, name="list"),
    path("books/since/<int:year>/", views.books_since, name="since"),
    path("books/by/<str:author>/", views.author_count, name="author"),
    path("books/<int:pk>/", views.book_detail, name="detail"),
]
