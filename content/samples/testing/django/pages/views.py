from django import forms
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.html import format_html


class SubscribeForm(forms.Form):
    email = forms.EmailField()


def home(request):
    return HttpResponse("<h1>Hello, testers!</h1>")


def hello(request, name):
    return HttpResponse(format_html("<p>Hello, {}!</p>", name))


def add(request):
    try:
        a = int(request.GET["a"])
        b = int(request.GET["b"])
    except (KeyError, ValueError):
        return JsonResponse({"error": "a and b must be whole numbers"}, status=400)
    return JsonResponse({"result": a + b})


def subscribe(request):
    form = SubscribeForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            return redirect("thanks")
        return render(request, "pages/subscribe.html", {"form": form}, status=400)
    return render(request, "pages/subscribe.html", {"form": form})


def thanks(request):
    return HttpResponse("<p>Thanks for subscribing!</p>")
