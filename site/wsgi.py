"""WSGI entry point (gunicorn ourdigitalfuture.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ourdigitalfuture.settings.production")

application = get_wsgi_application()
