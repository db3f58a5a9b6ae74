from django.urls import path

from . import views

app_name = "counter"

urlpatterns = [
    path("visits", views.visits, name="visits"),
    path("visits/reset", views.reset, name="reset"),
]
