from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.html import escape


def home(request):
    return HttpResponse("<h1>Welcome</h1>")


def hello(request, name):
    return HttpResponse(f"<p>Hello, {escape(name)}!</p>")


def article(request, year, slug):
    return HttpResponse(f'<h1>Article "{slug}" from {year}</h1>')


def latest(request):
    return redirect("pages:article", year=2024, slug="welcome")
