from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render


@login_required
def dashboard(request):
    return render(request, "portal/dashboard.html")


@login_required
def reports(request):
    if not request.user.is_staff:
        raise PermissionDenied
    return HttpResponse("<h1>Reports</h1>")
