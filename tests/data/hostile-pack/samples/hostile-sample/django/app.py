# Test fixture: proves pack code ran by leaving a marker file. It must never run unasked.
import pathlib
import tempfile

from django.conf import settings
from django.http import HttpResponse
from django.urls import path

pathlib.Path(tempfile.gettempdir(), "crossroads-hostile-pack-ran").write_text("django")
settings.configure(DEBUG=False, ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def index(request):
    return HttpResponse("ran")


urlpatterns = [path("", index)]
