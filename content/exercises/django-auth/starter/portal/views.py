from django.contrib.auth.decorators import login_required  # noqa: F401
from django.core.exceptions import PermissionDenied  # noqa: F401
from django.http import HttpResponse
from django.shortcuts import render


# TODO: only for signed-in users
def dashboard(request):
    return render(request, "portal/dashboard.html")


# TODO: signed-in staff only; 403 for everyone else who is signed in
def reports(request):
    return HttpResponse("<h1>Reports</h1>")
