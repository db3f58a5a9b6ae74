import sys
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(__file__).resolve().parent

settings.configure(
    DEBUG=True,
    SECRET_KEY="placeholder-not-for-production",
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    INSTALLED_APPS=["django.contrib.staticfiles"],
    STATIC_URL="static/",
    STATICFILES_DIRS=[BASE_DIR / "static"],
    STATIC_ROOT=BASE_DIR / "staticfiles",
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [BASE_DIR / "templates"],
        }
    ],
)

from django.shortcuts import render  # noqa: E402
from django.urls import path  # noqa: E402


def index(request):
    return render(request, "index.html")


urlpatterns = [
    path("", index),
]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
