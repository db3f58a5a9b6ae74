from django.shortcuts import redirect, render  # noqa: F401

from .forms import ContactForm

SENT = []  # each valid message's cleaned_data, instead of sending an email


def contact(request):
    # TODO: handle POST: validate, store in SENT, redirect to "contact:thanks"
    form = ContactForm()
    return render(request, "contact/contact.html", {"form": form})


def thanks(request):
    return render(request, "contact/thanks.html")
