"""What waits for translation, as the French translator and an editor meet it on the demo site
through the admin's HTTP views: the dashboard's counts (checked against the database, and
changing when something is translated), the "Waiting for translation" report filtered by
language and kind, refused for another language, and a translation that shows up when its
source changes and goes away once updated."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import TranslationSource

from clauses.models import Clause, Sector, SubTheme, Theme
from clauses.tests.factories import ClauseFactory
from home.models import Contact, FooterText
from home.tests.helpers import allowed, client_for, make_user
from ourdigitalfuture.core import roles

pytestmark = pytest.mark.django_db

KIND_COLUMNS = ["started", "outdated", "alias", "missing"]  # the panel's columns, in order


@pytest.fixture(autouse=True)
def _demo(demo_site, db):
    """Every test here reads the module's demo site."""


@pytest.fixture
def french():
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def translator():
    return client_for(make_user("traductrice", roles.translator_group_name("fr")))


@pytest.fixture
def editor():
    return client_for(make_user("editor-one", roles.EDITORS))


def snippet_models():
    """The snippets the site translates (sectors once they are translatable)."""
    models = [Clause, Theme, SubTheme, Sector, Contact, FooterText]
    return [model for model in models if issubclass(model, TranslatableMixin)]


def keys_without(queryset, locale):
    """Translation keys of `queryset` (outside `locale`) with no row in `locale`."""
    model = queryset.model
    present = model._default_manager.filter(locale=locale).values("translation_key")
    return set(
        queryset.exclude(locale=locale)
        .exclude(translation_key__in=present)
        .values_list("translation_key", flat=True)
    )


def expected_counts(locale):
    """The aliases and the missing translations, counted straight from the database."""
    aliases = Page.objects.filter(locale=locale, alias_of__isnull=False, alias_of__live=True)
    missing = len(
        keys_without(Page.objects.filter(depth__gt=1, live=True, alias_of__isnull=True), locale)
    )
    for model in snippet_models():
        objects = model._default_manager.all()
        if hasattr(model, "live"):
            objects = objects.filter(live=True)
        missing += len(keys_without(objects, locale))
    return {"alias": aliases.count(), "missing": missing}


def dashboard_counts(client, code):
    """{kind: number} from the dashboard panel's row for the language `code`."""
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    row = re.search(rf'<tr data-language="{code}">(.*?)</tr>', html, re.S)
    assert row, f"no {code} row in the panel"
    numbers = [int(n) for n in re.findall(r"<td>(\d+)</td>", row.group(1))]
    *by_kind, total = numbers
    assert sum(by_kind) == total
    return dict(zip(KIND_COLUMNS, by_kind, strict=True))


def report(client, **params):
    return client.get(reverse("core_waiting_for_translation"), params)


def listed(response):
    """The report's items on every page (titles and links), with the total it announces."""
    assert response.status_code == 200
    return response.context["paginator"].count, list(response.context["paginator"].object_list)


def test_the_translators_dashboard_counts_what_waits_in_french(translator, french):
    # An editor adds an English clause: nobody has translated it yet.
    clause = ClauseFactory(title="Notice before any new monitoring tool")
    expected = expected_counts(french)
    assert expected["alias"] > 0 and expected["missing"] > 0
    counts = dashboard_counts(translator, "fr")
    assert {kind: counts[kind] for kind in expected} == expected, counts
    html = translator.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-language="es"' not in html  # their language only
    assert "Nothing is waiting" not in html

    # Translating the clause: one thing less without French, one French translation started.
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["clauses", "clause", clause.pk]
    )
    assert f"{url}?select_locale=fr" in report(translator, kind="missing").content.decode()
    assert translator.post(url, {"locales": [french.pk]}).status_code == 302
    after = dashboard_counts(translator, "fr")
    assert after["missing"] == counts["missing"] - 1 == expected_counts(french)["missing"]
    assert after["started"] == counts["started"] + 1

    # Translating a page that is still an alias: one alias less, one translation started.
    alias = Page.objects.filter(locale=french, alias_of__live=True).order_by("path").last()
    url = reverse("wagtail_localize:submit_page_translation", args=[alias.alias_of_id])
    assert translator.post(url, {"locales": [french.pk]}).status_code == 302
    assert not Page.objects.get(pk=alias.pk).alias_of_id
    final = dashboard_counts(translator, "fr")
    assert final["alias"] == after["alias"] - 1 == expected_counts(french)["alias"]
    assert final["started"] == after["started"] + 1


def test_an_editor_sees_every_language(editor):
    html = editor.get(reverse("wagtailadmin_home")).content.decode()
    for code in ("fr", "es", "pt", "ru", "ar"):
        assert f'data-language="{code}"' in html
    total, items = listed(report(editor))
    assert {item.locale.language_code for item in items} == {"ar", "es", "fr", "pt", "ru"}
    assert total == len(items)


def test_the_report_filters_by_language_and_kind(translator, french):
    ClauseFactory(title="Notice before any new monitoring tool")  # not yet in French
    total, items = listed(report(translator))
    assert {item.locale.language_code for item in items} == {"fr"}
    assert total == sum(dashboard_counts(translator, "fr").values())
    expected = expected_counts(french)
    total, items = listed(report(translator, language="fr", kind="alias"))
    assert total == expected["alias"] and {item.kind for item in items} == {"alias"}
    # Each alias links to wagtail-localize's submit view, French selected.
    assert all("?select_locale=fr" in item.url for item in items)
    response = report(translator, kind="missing")
    assert listed(response)[0] == expected["missing"] > 0
    assert "?select_locale=fr" in response.content.decode()


def test_a_translator_cannot_see_another_languages_list(translator, editor):
    assert not allowed(report(translator, language="es"))
    assert allowed(report(translator, language="fr"))
    assert report(editor, language="es").status_code == 200
    coordinator = client_for(make_user("coord", roles.coordinator_group_name("Europe")))
    assert not allowed(report(coordinator))
    html = coordinator.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="role-translations' not in html


def outdated(client):
    """The update links of the report's outdated translations."""
    return {item.url for item in listed(report(client, kind="outdated"))[1]}


def update_url(instance):
    source = TranslationSource.objects.get_for_instance(instance)
    return reverse("wagtail_localize:update_translations", args=[source.pk])


def test_a_translation_waits_once_its_source_changed_until_it_is_updated(translator, french):
    english = Locale.get_default()
    clause = Clause.objects.filter(locale=french, live=True).first().get_translation(english)
    theme = Theme.objects.filter(locale=french).first().get_translation(english)
    urls = {update_url(clause), update_url(theme)}
    before = outdated(translator)
    assert not urls & before

    # The English clause is published again, the English theme (no revisions) edited.
    clause.title = f"{clause.title} (amended)"
    clause.save_revision().publish()
    theme.title = f"{theme.title} (revised)"
    theme.save()
    now = outdated(translator)
    assert now == before | urls
    assert dashboard_counts(translator, "fr")["outdated"] == len(now)

    for url in urls:  # the translator updates the French translations
        assert translator.post(url, {}).status_code == 302
    assert outdated(translator) == before
