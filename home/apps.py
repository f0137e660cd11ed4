from django.apps import AppConfig
from django.db.models.signals import post_save


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site pages"

    def ready(self):
        from ourdigitalfuture.core.roles import bind_new_page

        from .models import HomePage, RegionPage

        # A new region page (its coordinators), or a language's new home page (its translators),
        # gets its groups' page permissions bound.
        post_save.connect(bind_new_page, sender=RegionPage, dispatch_uid="home.roles.region")
        post_save.connect(bind_new_page, sender=HomePage, dispatch_uid="home.roles.home")
