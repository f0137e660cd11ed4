"""Build the project's demo content. Idempotent: running it again changes nothing."""

from django.core.management.base import BaseCommand

from ourdigitalfuture.demo.loader import load_demo_content


class Command(BaseCommand):
    help = "Create (or bring up to date) the demo pages, documents and hub content."

    def handle(self, *args, **options):
        report = load_demo_content()
        for line in report:
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
