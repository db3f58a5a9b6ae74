import sys
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(__file__).resolve().parent

settings.configure(
    DEBUG=True,
    SECRET_KEY="placeholder-not-for-production",
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [BASE_DIR / "templates"],
        }
    ],
)

from django import forms  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.shortcuts import redirect, render  # noqa: E402
from django.urls import path  # noqa: E402


class ContactForm(forms.Form):
    name = forms.CharField(max_length=50)
    message = forms.CharField(widget=forms.Textarea, min_length=10, max_length=500)

    def clean_message(self):
        message = self.cleaned_data["message"]
        if "http://" in message or "https://" in message:
            raise forms.ValidationError("Please leave links out of your message.")
        return message


def contact(request):
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_valid():
            # A real app would save or e-mail form.cleaned_data here.
            return redirect("thanks")
    else:
        form = ContactForm()
    return render(request, "contact.html", {"form": form})


def thanks(request):
    return HttpResponse("<p>Thanks, your message was sent.</p>")


urlpatterns = [
    path("contact/", contact, name="contact"),
    path("thanks/", thanks, name="thanks"),
]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
