from django.urls import include, path  # noqa: F401

from portal import views

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("reports/", views.reports, name="reports"),
    # TODO: Django's login and logout views under accounts/
]
