from django.conf import settings

settings.configure(DEBUG=True, SECRET_KEY="test-only", ROOT_URLCONF=__name__, ALLOWED_HOSTS=["localhost"])

from django.http import HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402
from django.utils.html import escape  # noqa: E402


def hello(request, name):
    return HttpResponse(f"Hello, {escape(name)}")


urlpatterns = [path("hello/<str:name>", hello)]
