"""Facilitator packs: each workshop page and the course index offer their content as a PDF, in
the reader's language, built from the live pages and rebuilt when one is published."""

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from ourdigitalfuture.core.demo import ensure_translations, get_home
from ourdigitalfuture.core.translation import synchronise_locales
from workshops.models import WorkshopMaterial, WorkshopPage
from workshops.packs.views import pack_key

from .arabic_pdf import unshaped_words
from .factories import WorkshopIndexPageFactory, WorkshopPageFactory
from .helpers import pdf_language, pdf_text, text

pytestmark = pytest.mark.django_db

ARABIC_TITLE = "البيانات والخوارزميات في العمل"
ARABIC_AIMS = "تفهم النقابة كيف تصبح البيانات سلطة"


def body():
    return [
        ("heading", {"text": "Data at work is power"}),
        ("paragraph", '<p>Read <a href="https://example.org/guide">the guide</a> first.</p>'),
        ("steps", {"title": "Group exercise", "steps": ["List the sensors.", "Share in pairs."]}),
        ("definition", {"term": "Algorithm", "definition": "A recipe for the computer."}),
        ("callout", {"kind": "tip", "title": "Timing", "text": "<p>Allow 20 minutes.</p>"}),
    ]


def document():
    doc = get_document_model()(title="Handout")
    doc.file.save("handout.pdf", ContentFile(b"%PDF-1.4"), save=False)
    doc.save()
    return doc


def publish(page):
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture
def course():
    index = WorkshopIndexPageFactory(
        parent=get_home(), slug="course", title="The course", intro="<p>Six workshops.</p>"
    )
    first = WorkshopPageFactory(
        parent=index,
        slug="data",
        number=1,
        title="Data and algorithms",
        strapline="The basics every negotiator needs.",
        summary="Understand how data becomes power at work.",
        body=body(),
        materials=[
            WorkshopMaterial(kind="slides", title="Slide deck one", url="https://example.org/one"),
            WorkshopMaterial(kind="handout", title="Printed handout", document=document()),
        ],
    )
    second = WorkshopPageFactory(parent=index, slug="lifecycle", number=2, title="The lifecycle")
    return publish(index), publish(first), publish(second)


def download(client, page, language="en"):
    response = client.get(page.pack_url())
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert pdf_language(response.content) == language
    return response


def test_a_workshop_pack_has_the_title_aims_plan_exercises_and_material(client, course):
    _index, first, _second = course
    response = download(client, first)
    assert response["Content-Disposition"] == ('attachment; filename="workshop-1-data-en.pdf"')
    assert first.pack_url() == "/en/course/data/pack.pdf"
    content = pdf_text(response.content)
    for expected in (
        "Data and algorithms",
        "The basics every negotiator needs.",
        "Aims",
        "Understand how data becomes power at work.",
        "Data at work is power",
        "Group exercise",
        "1. List the sensors.",
        "2. Share in pairs.",
        "Algorithm",
        "Timing",
        "Allow 20 minutes.",
        "the guide https://example.org/guide",
        "Facilitator material",
        "Slide deck one",
        "https://example.org/one",
        "Printed handout",
        "http://localhost/documents/",
        "90 minutes",
    ):
        assert expected in content, expected


def test_the_packs_links_can_be_clicked(client, course):
    _index, first, _second = course
    pdf = download(client, first).content
    for address in (b"https://example.org/one", b"https://example.org/guide", b"/documents/"):
        assert b"/URI (" + address in pdf or b"/URI (http://localhost" + address in pdf, address


def test_the_course_pack_has_every_workshop_in_order(client, course):
    index, _first, second = course
    third = publish(WorkshopPageFactory(parent=index, slug="bargain", number=3, title="Bargain"))
    response = download(client, index)
    assert response["Content-Disposition"] == 'attachment; filename="course-en.pdf"'
    content = pdf_text(response.content)
    assert "The course" in content and "Six workshops." in content
    positions = [content.index(title) for title in ("Data and algorithms", "The lifecycle")]
    assert positions == sorted(positions)
    # The contents list them in order, then each workshop follows, in order.
    body = content[content.index("Contents") :]
    order = [body.rindex(title) for title in ("Data and algorithms", "The lifecycle", "Bargain")]
    assert order == sorted(order)
    assert all(body.count(w.title) >= 2 for w in (second, third))
    assert b"/Dest" in response.content or b"/GoTo" in response.content  # contents are links


def test_a_translated_workshop_gives_a_right_to_left_arabic_pack(client, course):
    index, first, _second = course
    ensure_translations(get_home(), ["ar"])
    ensure_translations(index, ["ar"])
    ensure_translations(first, ["ar"])
    arabic = WorkshopPage.objects.get(
        translation_key=first.translation_key, locale__language_code="ar"
    )
    arabic.title, arabic.summary = ARABIC_TITLE, ARABIC_AIMS
    arabic = publish(arabic)
    response = download(client, arabic, "ar")
    assert response["Content-Disposition"] == 'attachment; filename="workshop-1-data-ar.pdf"'
    assert unshaped_words(response.content, ARABIC_TITLE) == []
    assert unshaped_words(response.content, ARABIC_AIMS) == []


def test_an_untranslated_workshop_gives_an_arabic_pack_of_its_english_text(client, course):
    _index, first, _second = course
    synchronise_locales()
    alias = WorkshopPage.objects.get(
        translation_key=first.translation_key, locale__language_code="ar"
    )
    assert alias.alias_of_id == first.pk
    response = download(client, alias, "ar")
    content = pdf_text(response.content)
    assert "Data and algorithms" in content and "Slide deck one" in content
    with translation.override("ar"):
        duration = translation.gettext("Duration")
    assert duration != "Duration"
    assert unshaped_words(response.content, duration) == []


def test_publishing_a_new_title_rebuilds_the_pack_and_a_draft_does_not(client, course):
    _index, first, _second = course
    before = download(client, first).content
    key = pack_key(first, "en")
    assert cache.get(key) == before
    # Served from the cache: the stored bytes are what the next download gets.
    cache.set(key, before + b"%cached")
    assert download(client, first).content == before + b"%cached"
    cache.set(key, before)

    draft = WorkshopPage.objects.get(pk=first.pk)
    draft.title = "A draft title"
    draft.save_revision()
    assert pack_key(WorkshopPage.objects.get(pk=first.pk), "en") == key
    assert download(client, first).content == before
    assert "A draft title" not in pdf_text(before)

    changed = WorkshopPage.objects.get(pk=first.pk)
    changed.title = "Data, algorithms and power"
    changed = publish(changed)
    new_key = pack_key(changed, "en")
    assert new_key != key
    after = download(client, changed).content
    assert "Data, algorithms and power" in pdf_text(after)
    assert cache.get(new_key) == after


def test_publishing_a_workshop_rebuilds_the_course_pack(client, course):
    index, _first, second = course
    key = pack_key(index, "en")
    assert "The lifecycle" in pdf_text(download(client, index).content)
    second.title = "The data lifecycle at work"
    publish(second)
    assert pack_key(index, "en") != key
    assert "The data lifecycle at work" in pdf_text(download(client, index).content)


def test_unpublished_or_private_pages_have_no_pack(client, course):
    index, first, second = course
    second.unpublish()
    assert client.get("/en/course/lifecycle/pack.pdf").status_code == 404
    assert "The lifecycle" not in pdf_text(download(client, index).content)
    PageViewRestriction.objects.create(
        page=first, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert client.get(first.pack_url()).status_code == 404
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(index.pack_url()).status_code == 404
    assert client.post("/en/course/data/pack.pdf").status_code in (404, 405)


def test_a_post_is_refused(client, course):
    _index, first, _second = course
    assert client.post(first.pack_url()).status_code == 405


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_pages_link_to_their_packs_in_every_language(client, course, language):
    index, first, _second = course
    ensure_translations(get_home(), [language] if language != "en" else [])
    for page in (index, first):
        if language != "en":
            ensure_translations(Page.objects.get(pk=page.pk).specific, [language])
    shown = WorkshopPage.objects.get(
        translation_key=first.translation_key, locale__language_code=language
    )
    course_page = shown.get_parent().specific
    labels = {
        "en": ("Download this workshop (PDF)", "Download the whole course (PDF)"),
    }
    for page, course_pack in ((shown, False), (course_page, True)):
        html = text(client.get(page.url))
        assert f'href="{page.url}pack.pdf" type="application/pdf" download' in html
        if language in labels:
            assert labels[language][course_pack] in html
        download(client, page, language)
