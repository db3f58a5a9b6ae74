"""WSGI entry point: `gunicorn readinglist.wsgi` in production."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "readinglist.settings")

application = get_wsgi_application()
