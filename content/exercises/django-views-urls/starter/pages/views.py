from django.http import HttpResponse
from django.shortcuts import redirect  # noqa: F401
from django.utils.html import escape  # noqa: F401


def home(request):
    return HttpResponse("<h1>Welcome</h1>")


# TODO: hello(request, name), article(request, year, slug) and latest(request)
