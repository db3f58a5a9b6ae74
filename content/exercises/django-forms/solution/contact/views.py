from django.shortcuts import redirect, render

from .forms import ContactForm

SENT = []  # each valid message's cleaned_data, instead of sending an email


def contact(request):
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_valid():
            SENT.append(form.cleaned_data)
            return redirect("contact:thanks")
    else:
        form = ContactForm()
    return render(request, "contact/contact.html", {"form": form})


def thanks(request):
    return render(request, "contact/thanks.html")
