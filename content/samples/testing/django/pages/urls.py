from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("hello/<str:name>", views.hello, name="hello"),
    path("api/add", views.add, name="add"),
    path("subscribe", views.subscribe, name="subscribe"),
    path("thanks", views.thanks, name="thanks"),
]
