from django.urls import include, path

from portal import views

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("reports/", views.reports, name="reports"),
    path("accounts/", include("django.contrib.auth.urls")),
]
