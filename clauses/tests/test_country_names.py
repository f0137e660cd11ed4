"""Countries and sectors in the reader's language: CLDR's names through Babel, in the order of
the reader's language (Unicode collation), on the clause database, clause pages and the
"Submit a clause" form; every ISO 3166 country can be submitted, and accepting the submission
gives the clause that country."""

import re

import pytest
from django.utils import translation
from wagtail.models import Locale

from clauses.forms import ClauseSubmissionForm
from clauses.models import ClauseSubmission, Country, HubPage
from clauses.review import accept_submission
from home.tests.factories import UserFactory
from ourdigitalfuture.core.countries import COUNTRY_REGION, ISO_COUNTRY_CODES

from .factories import ClauseFactory
from .helpers import form_data

pytestmark = pytest.mark.django_db


def hub_in(code):
    """The hub in language `code`: its translation, or an alias made for the test if the demo
    site has none yet."""
    english = HubPage.objects.get(locale=Locale.get_default())
    locale = Locale.objects.get(language_code=code)
    hub = english.get_translation_or_none(locale)
    if hub is None:
        hub = english.copy_for_translation(locale, copy_parents=True, alias=True)
    return hub


def options(html, name):
    """The labels of the <select name=`name`>'s options, in order."""
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return [label.strip() for label in re.findall(r"<option[^>]*>([^<]*)</option>", select)]


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_every_iso_country_has_a_row_in_its_region():
    rows = dict(Country.objects.values_list("code", "region"))
    assert set(rows) >= ISO_COUNTRY_CODES
    assert all(rows[code] == COUNTRY_REGION[code] for code in ISO_COUNTRY_CODES - {"FR"})
    assert (rows["EG"], rows["MX"], rows["JM"], rows["RU"]) == (
        "africa-mena",
        "latin-america",
        "north-america-caribbean",
        "europe",
    )


def test_the_admin_names_a_country_in_the_editors_language():
    united_states = Country.objects.get(code="US")
    assert united_states.name == "United States"  # kept in English for the admin's search
    with translation.override("fr"):
        assert str(united_states) == "États-Unis"
    with translation.override("ru"):
        assert str(united_states) == "Соединенные Штаты"


def test_the_submission_form_offers_every_country_in_the_readers_order(client, hub):
    url = hub.url + hub.reverse_subpage("submit")
    countries = options(page(client, url), "country")
    assert len(countries) >= 241  # "International, or not specified" and every country
    assert "Egypt" in countries and "Kiribati" in countries

    with translation.override("fr"):
        french = [str(label) for _value, label in ClauseSubmissionForm().fields["country"].choices]
    assert french.index("Égypte") < french.index("Espagne") < french.index("États-Unis")
    assert french.index("Espagne") < french.index("Zimbabwe")


def test_a_submitted_country_becomes_the_accepted_clauses_country(client, hub):
    url = hub.url + hub.reverse_subpage("submit")
    egypt = Country.objects.get(code="EG")
    response = client.post(url, form_data(country=egypt.pk), REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 303
    submission = ClauseSubmission.objects.get()
    _submission, clause = accept_submission(submission.pk, UserFactory(is_superuser=True))
    assert (clause.country.code, clause.country.region) == ("EG", "africa-mena")


@pytest.mark.usefixtures("demo_content")
def test_the_arabic_database_names_the_filtered_country_in_arabic(client):
    html = page(client, hub_in("ar").url + "database/?country=FR")
    assert "فرنسا" in html
    assert ">France" not in html


@pytest.mark.usefixtures("demo_content")
def test_the_french_page_of_an_american_clause_says_etats_unis(client):
    html = page(client, hub_in("fr").url + "clauses/DBH-0017/")
    assert "États-Unis" in html
    assert "United States" not in html


@pytest.mark.usefixtures("demo_content")
def test_the_database_lists_countries_and_sectors_in_the_readers_language(client):
    english = Locale.get_default()
    ClauseFactory(identifier="DBH-0900", locale=english, country=Country.objects.get(code="EG"))
    html = page(client, hub_in("fr").url + "database/?language=all")
    countries = [re.sub(r" \(\d+\)$", "", label) for label in options(html, "country")]
    assert countries.index("Égypte") < countries.index("Espagne") < countries.index("États-Unis")
    sectors = options(html, "sector")
    assert any(label.startswith("Santé et services sociaux") for label in sectors)
    assert not any(label.startswith("Health and social services") for label in sectors)

    spanish = page(client, hub_in("es").url + "clauses/DBH-0017/")
    assert "Estados Unidos" in spanish
    assert "Salud y servicios sociales" in spanish
    assert "Health and social services" not in spanish
