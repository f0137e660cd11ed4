from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RolesConfig(AppConfig):
    """The admin's roles (the package's docstring). An app of its own within the kernel, so that
    the kernel's models load without Django's auth and Wagtail (a rate-limit worker needs only
    those)."""

    name = "ourdigitalfuture.core.roles"
    label = "roles"
    verbose_name = _("Roles")

    def ready(self):
        from .sync import connect_signals

        # The handlers that keep the roles' collection grants bound and bring administrators'
        # permissions up to date after a migration (the apps bind their own page types).
        connect_signals()
