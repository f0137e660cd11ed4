from django.apps import AppConfig


class ClausesConfig(AppConfig):
    name = "clauses"
    verbose_name = "Digital Bargaining Hub"

    def ready(self):
        from home.translation import synchronise

        from .models import ThemePage

        # A theme page keeps pointing at the default language's theme (its highlights at the
        # default language's clauses); the report view shows each one's translation. The rule
        # is set here because deriving the default rules needs every model loaded.
        synchronise(ThemePage, "theme")
