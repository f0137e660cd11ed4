from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        # Imported here, as Django's documentation does: `site` imports models, which can
        # only be imported once every app is loaded.
        from . import registry, site

        registry.register_site_kind(site.PAGES)
