"""Data migration: create the demo account so the sample works right after `migrate`.

A data migration runs once per database, like a schema migration, and can be
reversed. Real projects create their first account with `createsuperuser`.
"""
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import migrations

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "read-more-books"


def create_demo_user(apps, schema_editor):
    # Use the historical model from `apps`, never an import from models.py.
    User = apps.get_model(settings.AUTH_USER_MODEL)
    if not User.objects.filter(username=DEMO_USERNAME).exists():
        User.objects.create(
            username=DEMO_USERNAME,
            password=make_password(DEMO_PASSWORD),
            is_staff=True,
            is_superuser=True,
        )


def remove_demo_user(apps, schema_editor):
    User = apps.get_model(settings.AUTH_USER_MODEL)
    User.objects.filter(username=DEMO_USERNAME).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("books", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_demo_user, remove_demo_user),
    ]
