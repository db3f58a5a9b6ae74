from django.urls import path

from converter import views

urlpatterns = [
    path("convert", views.convert, name="convert"),
]
