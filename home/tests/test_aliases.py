"""An English page's aliases in the other languages follow it: deleting or unpublishing the page
in the admin deletes or unpublishes its aliases too (Wagtail's cascade hook)."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from home.tests.factories import StandardPageFactory
from ourdigitalfuture.core.demo import ensure_translations
from ourdigitalfuture.core.translation import synchronise_locales

pytestmark = pytest.mark.django_db


@pytest.fixture
def aliased(admin_client):
    """An English page made in code, and its alias under the French home page, made by the
    locale synchronisation (every locale is synchronised from English from the first migrate)."""
    french = Locale.objects.get(language_code="fr")
    page = StandardPageFactory(title="Data rights", slug="data-rights")
    synchronise_locales()
    alias = page.get_translation(french)
    assert alias.alias_of_id == page.pk
    for code in ("fr", "es", "pt", "ru", "ar"):
        assert admin_client.get(f"/{code}/data-rights/").status_code == 200, code
    return page, alias


def test_deleting_a_page_deletes_its_aliases(admin_client, aliased):
    page, alias = aliased
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk__in=[page.pk, alias.pk]).exists()
    assert not Page.objects.filter(alias_of_id=page.pk).exists()
    for code in ("en", "fr", "es", "pt", "ru", "ar"):
        assert admin_client.get(f"/{code}/data-rights/").status_code == 404, code


def test_unpublishing_a_page_unpublishes_its_aliases(admin_client, aliased):
    page, alias = aliased
    url = reverse("wagtailadmin_pages:unpublish", args=[page.pk])
    assert admin_client.post(url).status_code == 302
    alias.refresh_from_db()
    assert not alias.live
    assert admin_client.get("/fr/data-rights/").status_code == 404


def test_a_translation_outlives_its_sources_deletion(admin_client, aliased):
    page, alias = aliased
    spanish = Locale.objects.get(language_code="es")
    ensure_translations(page, ["es"])  # the Spanish alias becomes a translation, published
    translation = page.get_translation(spanish)
    assert translation.alias_of_id is None and translation.live
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert not Page.objects.filter(pk=alias.pk).exists()
    assert Page.objects.filter(pk=translation.pk, live=True).exists()
