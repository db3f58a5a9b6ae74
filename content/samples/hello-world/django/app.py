import sys

from django.conf import settings

settings.configure(
    DEBUG=True,
    SECRET_KEY="change-me-for-anything-real",
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
)

from django.http import HttpResponse  # noqa: E402  (needs settings first)
from django.urls import path  # noqa: E402


def index(request):
    return HttpResponse("<h1>Hello from Django!</h1>")


urlpatterns = [
    path("", index),
]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
