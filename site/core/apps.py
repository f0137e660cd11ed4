from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "ourdigitalfuture.core"
    label = "core"
    verbose_name = _("Site kernel")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        if not apps.is_installed("wagtail_localize"):
            return  # the kernel alone (the rate limiter's worker processes): nothing to sync
        from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

        from . import content_changes, route_cache
        from .translation import ensure_locale_synchronisation

        # Every change to what pages show invalidates the page and fragment caches.
        content_changes.connect_signals()
        # Each request looks a Locale up by its language code once (route_cache).
        route_cache.remember_locales()

        def synchronise_after_migrate(sender, using="default", **kwargs):
            # Every locale is synchronised from the default one from the first migrate on
            # (a locale added later in the admin gets its record from wagtail-localize's form).
            ensure_locale_synchronisation(using=using)

        def sync_trees_unless_raw(sender, instance, raw=False, **kwargs):
            # wagtail-localize synchronises the tree whenever a record is saved, even when it is
            # loaded raw (loaddata, a test database restored from its serialized copy), where
            # the locales it names may not be loaded yet: it fails then. Loaded data already
            # holds its aliases.
            if not raw:
                instance.sync_trees()

        post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
        post_save.connect(
            sync_trees_unless_raw,
            sender=LocaleSynchronization,
            weak=False,
            dispatch_uid="core-sync",
        )
        post_migrate.connect(
            synchronise_after_migrate, sender=self, weak=False, dispatch_uid="core-locale-sync"
        )
