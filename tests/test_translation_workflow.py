"""Translators work in the admin with wagtail-localize: submitting for translation, translating a
string in the editor, publishing; the PO round trip; and publishing that never leaks an
untranslated copy into another language."""

from urllib.parse import urlencode

import polib
import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from clauses.models import Clause
from clauses.tests.factories import build_taxonomy, make_clause, make_hub
from home.models import HomePage
from home.tests.factories import PrivacyPageFactory
from ourdigitalfuture.core.demo import ensure_translations

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic():
    return Locale.objects.get(language_code="ar")


@pytest.fixture
def home():
    return HomePage.objects.get(depth=2, locale__language_code="en")


@pytest.fixture
def page(home):
    page = PrivacyPageFactory(parent=home)
    ensure_translations(home, ["ar"])  # translations need their parent translated first
    return page


def translation_for(instance, locale):
    source = TranslationSource.objects.get_for_instance(instance)
    return Translation.objects.get(source=source, target_locale=locale)


def translate_string(client, translation, source_text, value):
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content


def test_a_page_is_translated_into_arabic_in_the_translation_editor(
    admin_client, page, arabic, django_capture_on_commit_callbacks
):
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [arabic.pk]},
    )
    assert response.status_code == 302
    arabic_page = page.get_translation(arabic)
    assert not arabic_page.live  # a new translation is a draft until a translator publishes
    translation = translation_for(page, arabic)

    edit_url = reverse("wagtailadmin_pages:edit", args=[arabic_page.pk])
    assert admin_client.get(edit_url).status_code == 200  # the translation editor
    translate_string(admin_client, translation, "Privacy", "الخصوصية")
    translate_string(
        admin_client, translation, "We keep nothing about you.", "لا نحتفظ بأي شيء عنك."
    )
    translate_string(admin_client, translation, "No tracking at all.", "لا تتبع على الإطلاق.")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302

    arabic_page.refresh_from_db()
    assert arabic_page.live
    html = admin_client.get(arabic_page.url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "لا تتبع على الإطلاق." in html and "No tracking at all." not in html


def test_a_clause_is_translated_into_arabic_in_the_translation_editor(
    admin_client, home, arabic, django_capture_on_commit_callbacks
):
    hub = make_hub()
    ensure_translations(home, ["ar"])
    ensure_translations(hub, ["ar"])
    clause = make_clause(build_taxonomy(), text="The employer shall share the data.")
    response = admin_client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["clauses", "clause", clause.pk],
        ),
        {"locales": [arabic.pk]},
    )
    assert response.status_code == 302
    arabic_clause = clause.get_translation(arabic)
    translation = translation_for(clause, arabic)
    translate_string(
        admin_client, translation, "Workers see their data", "يطّلع العمال على بياناتهم"
    )
    translate_string(
        admin_client,
        translation,
        "The employer shall share the data.",
        "يلتزم صاحب العمل بمشاركة البيانات.",
    )
    edit_url = reverse("wagtailsnippets_clauses_clause:edit", args=[arabic_clause.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302

    arabic_clause = Clause.objects.get(pk=arabic_clause.pk)
    assert arabic_clause.live
    assert arabic_clause.text == "يلتزم صاحب العمل بمشاركة البيانات."
    assert arabic_clause.country == clause.country and arabic_clause.year == clause.year
    assert list(arabic_clause.themes.all()) == list(clause.themes.all())
    arabic_hub = hub.get_translation(arabic)
    html = admin_client.get(f"{arabic_hub.url}clauses/{clause.identifier}/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "يلتزم صاحب العمل بمشاركة البيانات." in html


def test_po_file_round_trip(admin_client, page, arabic, django_capture_on_commit_callbacks):
    admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [arabic.pk]},
    )
    translation = translation_for(page, arabic)
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    for entry in po:
        if entry.msgid == "No tracking at all.":
            entry.msgstr = "لا تتبع على الإطلاق."
    upload = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = admin_client.post(
        upload,
        {
            "file": SimpleUploadedFile(
                "privacy-ar.po", str(po).encode(), "text/x-gettext-translation"
            ),
            "next": "/admin/",
        },
    )
    assert response.status_code == 302
    arabic_page = page.get_translation(arabic)
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[arabic_page.pk]), {"action": "publish"}
        )
    html = admin_client.get(page.get_translation(arabic).url).content.decode()
    assert "لا تتبع على الإطلاق." in html


def test_publishing_the_source_never_publishes_an_untranslated_copy(
    client, admin_client, home, page, django_capture_on_commit_callbacks
):
    """A translation exists only as a draft until a translator publishes it, and a change to the
    source stays out of the live translation until the translation is updated and published."""
    french = Locale.objects.get(language_code="fr")
    ensure_translations(home, ["fr"])
    admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [french.pk]},
    )
    french_page = page.get_translation(french)
    assert not french_page.live
    assert client.get("/fr/privacy/").status_code == 404

    translation = translation_for(page, french)
    for source, value in [
        ("Privacy", "Confidentialité"),
        ("We keep nothing about you.", "Nous ne gardons rien sur vous."),
        ("No tracking at all.", "Aucun pistage."),
    ]:
        translate_string(admin_client, translation, source, value)
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[french_page.pk]), {"action": "publish"}
        )
    assert "Aucun pistage." in client.get("/fr/privacy/").content.decode()

    page.body = [("paragraph", "<p>We now count visits.</p>")]
    page.save_revision().publish()
    french_html = client.get("/fr/privacy/").content.decode()
    assert "Aucun pistage." in french_html
    assert "We now count visits." not in french_html
