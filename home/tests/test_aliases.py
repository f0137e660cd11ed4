"""An English page's aliases in the other languages follow it: deleting or unpublishing the page
in the admin deletes or unpublishes its aliases too (Wagtail's cascade hook)."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from home.tests.factories import StandardPageFactory, english_home

pytestmark = pytest.mark.django_db


@pytest.fixture
def aliased(admin_client):
    """An English page, and its alias under the French home page, made as wagtail-localize's
    locale synchronisation makes them."""
    home = english_home()
    french = Locale.objects.get(language_code="fr")
    french_home = home.get_translation_or_none(french) or home.copy_for_translation(french)
    french_home.save_revision().publish()
    page = StandardPageFactory(title="Data rights", slug="data-rights")
    alias = page.copy_for_translation(french, alias=True)
    assert admin_client.get("/fr/data-rights/").status_code == 200
    return page, alias


def test_deleting_a_page_deletes_its_aliases(admin_client, aliased):
    page, alias = aliased
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk__in=[page.pk, alias.pk]).exists()
    assert admin_client.get("/en/data-rights/").status_code == 404
    assert admin_client.get("/fr/data-rights/").status_code == 404


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
    home = english_home()
    spanish_home = home.copy_for_translation(spanish)
    spanish_home.save_revision().publish()
    translation = page.copy_for_translation(spanish)
    translation.save_revision().publish()
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert not Page.objects.filter(pk=alias.pk).exists()
    assert Page.objects.filter(pk=translation.pk, live=True).exists()
