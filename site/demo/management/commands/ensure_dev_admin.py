"""Create a development administrator when the database has no superuser, and print its login.

Refuses to run when DEBUG is off, so that no production installation gets a known password."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "changeme-dev-only"


class Command(BaseCommand):
    help = "Create the development superuser admin / changeme-dev-only if no superuser exists."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin only runs with DEBUG on (development settings).")
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write("A superuser already exists; no dev admin created.")
            return
        User.objects.create_superuser(USERNAME, "admin@localhost", PASSWORD)
        self.stdout.write(
            self.style.SUCCESS(
                f"Dev admin created: log in at http://127.0.0.1:8000/admin/ as "
                f"{USERNAME} / {PASSWORD}"
            )
        )
