from django.urls import path

from . import views

app_name = "pages"

urlpatterns = [
    path("", views.home, name="home"),
    path("hello/<str:name>/", views.hello, name="hello"),
    path("articles/<int:year>/<slug:slug>/", views.article, name="article"),
    path("latest/", views.latest, name="latest"),
]
