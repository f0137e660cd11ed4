"""Test data for the site's own pages and snippets, from factories (factory_boy,
wagtail-factories): region pages, standard pages, documents in a collection, users in groups,
the footer text."""

import factory
import wagtail_factories
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from home.models import FooterText, HomePage, RegionIndexPage, RegionPage, StandardPage
from ourdigitalfuture.core.demo import collection

PASSWORD = "pw"


def english_home():
    """The home page in the default language, as the migrations create it."""
    return HomePage.objects.get(depth=2, locale=Locale.get_default())


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page added under `parent` (the English home page unless told), then published
    through a revision."""

    class Meta:
        abstract = True

    parent = factory.LazyFunction(english_home)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        page = super()._create(model_class, *args, **kwargs)
        page.save_revision().publish()
        return page


class RegionIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = RegionIndexPage

    title = "Regions"
    slug = "regions"


class RegionPageFactory(PublishedPageFactory):
    class Meta:
        model = RegionPage

    title = "Europe"
    summary = factory.SelfAttribute("title")
    languages = ["en", "fr"]


class StandardPageFactory(PublishedPageFactory):
    class Meta:
        model = StandardPage

    title = "About"


class PrivacyPageFactory(StandardPageFactory):
    """A short page of text, the kind a translator translates first."""

    title = "Privacy"
    slug = "privacy"
    summary = "We keep nothing about you."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>No tracking at all.</p>")])


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A small text document in the collection at the path `collection_path`."""

    class Params:
        collection_path = ()

    title = "A report"
    collection = factory.LazyAttribute(lambda document: collection(*document.collection_path))
    file = factory.LazyAttribute(
        lambda document: ContentFile(
            b"demo", name=f"{document.title.lower().replace(' ', '-')}.txt"
        )
    )


class UserFactory(DjangoModelFactory):
    """A user (password PASSWORD) in the groups named `groups`."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = PASSWORD

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return model_class.objects.create_user(*args, **kwargs)

    @factory.post_generation
    def groups(user, create, names, **kwargs):
        if create and names:
            user.groups.add(*Group.objects.filter(name__in=names))


class FooterTextFactory(DjangoModelFactory):
    class Meta:
        model = FooterText

    licence_line = "CC BY 4.0"
    locale = factory.LazyFunction(Locale.get_default)
