from django.apps import AppConfig


class ClausesConfig(AppConfig):
    name = "clauses"
    verbose_name = "Digital Bargaining Hub"

    def ready(self):
        from ourdigitalfuture.core.translation import synchronise

        from . import database, facet_sync, source_documents, submitter_mail
        from .models import ThemePage

        # A theme page keeps pointing at the default language's theme (its highlights at the
        # default language's clauses); the report view shows each one's translation. The rule
        # is set here because deriving the default rules needs every model loaded.
        synchronise(ThemePage, "theme")
        # The clause database registers its index, site search kind and suggestions with
        # `search`, and connects its taxonomy cache's signals.
        database.register()
        # A clause's source document becomes public when the clause is published.
        source_documents.connect_signals()
        # The submitter of a clause hears when it is first published.
        submitter_mail.connect_signals()
        # A facet emptied on a clause is emptied on its synced translations too.
        facet_sync.connect_signals()
