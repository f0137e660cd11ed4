"""What #16 item 8 fixed, as a reader or an editor meets it: the home page's "Where to start"
lists its sections in every language (English ones marked as English) and never stands empty;
a material is labelled by what its file is, with its size, and the admin refuses a "Video" that
is a PDF; the "*" beside a language is explained; the footer's licence is the site's own text's,
and a publication shows its own."""

import re
from html import unescape

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale
from wagtail.test.utils.form_data import querydict_from_html

from home.models import FooterText, PublicationIndexPage, PublicationPage, RegionMaterial
from home.tests.factories import (
    DocumentFactory,
    FooterTextFactory,
    RegionIndexPageFactory,
    RegionPageFactory,
    StandardPageFactory,
    english_home,
)
from ourdigitalfuture.core.demo import ensure_translations, pdf_bytes
from ourdigitalfuture.core.translation import synchronise_locales
from workshops.models import WorkshopMaterial
from workshops.tests.factories import WorkshopIndexPageFactory

pytestmark = pytest.mark.django_db


def start_section(html):
    """The "Where to start" section's HTML, or None when the page has none."""
    found = re.search(r'<section aria-labelledby="start-heading">(.*?)</section>', html, re.S)
    return found.group(1) if found else None


@pytest.fixture
def home_with_sections():
    """The English home page with two sections (the course and the regions), translated into
    Arabic and Russian before those languages' trees have the sections (as a site whose
    locales were made before they were synchronised)."""
    home = english_home()
    home.course_blurb = "Six workshops."
    home.regions_blurb = "Material by region."
    home.save_revision().publish()
    course = WorkshopIndexPageFactory(parent=home, slug="course", title="The course")
    course.save_revision().publish()
    RegionIndexPageFactory()
    ensure_translations(home, ["ar", "ru"])
    return home


@pytest.mark.parametrize("language", ["ar", "ru"])
def test_where_to_start_lists_the_english_sections_a_language_lacks(
    client, home_with_sections, language
):
    section = start_section(client.get(f"/{language}/").content.decode())
    assert section is not None
    # Each section is there, its English title marked as English, under the home's sentence.
    assert '<h3 lang="en" dir="ltr"><a class="card__link" href="/en/course/">The course</a>' in (
        section
    )
    assert 'href="/en/regions/">Regions</a>' in section
    assert "Six workshops." in section and "Material by region." in section


@pytest.mark.parametrize("language", ["ar", "ru"])
def test_where_to_start_links_to_the_languages_own_pages_once_synchronised(
    client, home_with_sections, language
):
    synchronise_locales()  # each section gets its (English-text) alias in every language
    section = start_section(client.get(f"/{language}/").content.decode())
    assert f'<h3 lang="en" dir="ltr"><a class="card__link" href="/{language}/course/">' in section
    assert f'href="/{language}/regions/">Regions</a>' in section


def test_the_english_home_page_marks_nothing(client, home_with_sections):
    section = start_section(client.get("/en/").content.decode())
    assert '<h3><a class="card__link" href="/en/course/">The course</a></h3>' in section


@pytest.mark.parametrize("language", ["en", "ar", "ru"])
def test_no_where_to_start_heading_without_sections(client, language):
    StandardPageFactory(slug="licence", title="Licence")  # a page, but not a section
    ensure_translations(english_home(), ["ar", "ru"])
    html = client.get(f"/{language}/").content.decode()
    assert 'id="start-heading"' not in html
    assert start_section(html) is None


# Materials ---------------------------------------------------------------------------------------


@pytest.fixture
def pdf():
    document = DocumentFactory(title="Session notes")
    document.file.save("session-notes.pdf", ContentFile(pdf_bytes("Notes", ["A"])), save=True)
    return document


def region_with(*materials):
    region = RegionPageFactory(parent=RegionIndexPageFactory(), slug="europe")
    region.materials = list(materials)
    region.save_revision().publish()
    return region


def material_items(html):
    """The items of the page's lists of materials."""
    lists = "".join(re.findall(r'<ul class="materials">(.*?)</ul>', html, re.S))
    return re.findall(r"<li>.*?</li>", lists, re.S)


def test_a_material_is_labelled_by_its_file_with_the_size(client, pdf):
    size = pdf.get_file_size()
    assert size > 1024
    region_with(
        RegionMaterial(
            audience="leader", kind="slides", title="Slides", language="en", document=pdf
        ),
        RegionMaterial(
            audience="leader",
            kind="video",
            title="Introduction",
            language="en",
            url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        ),
        RegionMaterial(
            audience="leader",
            kind="reading",
            title="Further reading",
            language="en",
            url="https://example.org/reading/",
        ),
    )
    slides, video, reading = material_items(client.get("/en/regions/europe/").content.decode())
    kilobytes = f"{size / 1024:.1f}"
    assert '<span class="badge">Slide deck</span>' in slides
    assert f'<span class="badge badge--file">PDF, {kilobytes}\xa0KB</span>' in slides
    # A video link is a video; its kind is said once.
    assert '<span class="badge badge--file">Video</span>' in video
    assert video.count(">Video<") == 1
    assert '<span class="badge badge--file">Web page</span>' in reading


def test_the_label_is_in_the_readers_language(client, pdf):
    region = region_with(
        RegionMaterial(audience="leader", kind="slides", title="S", language="en", document=pdf)
    )
    synchronise_locales()
    assert region.get_translation(Locale.objects.get(language_code="fr")).alias_of_id
    html = client.get("/fr/regions/europe/").content.decode()
    (item,) = material_items(html)
    assert '<span class="badge">Diaporama</span>' in item
    assert re.search(r'badge--file">PDF, [0-9]+,[0-9]\xa0Kio</span>', item), item


def test_the_admin_refuses_a_video_that_is_a_pdf(admin_client, pdf):
    region = region_with(
        RegionMaterial(audience="leader", kind="slides", title="Intro", language="en", document=pdf)
    )
    url = reverse("wagtailadmin_pages:edit", args=[region.pk])
    form = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    form["materials-0-kind"] = "video"
    response = admin_client.post(url, form)
    assert response.status_code == 200  # the form again, with the message
    html = response.content.decode()
    assert "“Video” says this material is a video, but its file is “PDF”." in html
    assert region.materials.get().kind == "slides"


def test_a_material_shows_its_licence_only_when_known(client, pdf):
    region_with(
        RegionMaterial(
            audience="leader",
            kind="slides",
            title="Known",
            language="en",
            document=pdf,
            licence="CC BY 4.0",
        ),
        RegionMaterial(
            audience="leader",
            kind="slides",
            title="Unknown",
            language="en",
            url="https://example.org/a.pdf",
        ),
    )
    known, unknown = material_items(client.get("/en/regions/europe/").content.decode())
    assert "Licence: CC BY 4.0" in known
    assert "Licence" not in unknown
    assert 'badge--file">PDF</span>' in unknown  # a link to a PDF is a PDF (size unknown)


# The language switcher's "*" ------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_star_beside_a_language_is_explained(client, language):
    """A page only in English and Arabic: the other languages are marked and the marker is
    explained visibly beside the list, in the reader's language (from the catalogues)."""
    page = StandardPageFactory(slug="notes", title="Notes")
    ensure_translations(english_home(), ["ar"])
    ensure_translations(page, ["ar"])
    html = client.get(f"/{language}/notes/").content.decode()
    switcher = html[html.index('<nav class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    assert switcher.count('class="unavailable"') == 4  # fr, es, pt, ru
    found = re.search(r'<p class="language-switcher__legend">(.*?)</p>', switcher, re.S)
    assert found, switcher
    with translation.override(language):
        legend = gettext(
            "Not yet available in that language: the link opens that language's home page."
        )
    assert unescape(re.sub(r"<[^>]+>", "", found.group(1))).strip() == f"* {legend}"
    # Each marked link also says so to a screen reader, in the link's own language.
    assert switcher.count('<span class="visually-hidden"> — ') == 4


def test_no_legend_when_every_language_has_the_page(client):
    StandardPageFactory(slug="notes", title="Notes")
    synchronise_locales()
    html = client.get("/en/notes/").content.decode()
    assert "language-switcher__legend" not in html
    assert 'class="unavailable"' not in html


# Licences ----------------------------------------------------------------------------------------


def test_a_publication_shows_its_own_licence_and_the_footer_only_the_sites(client):
    FooterTextFactory(
        licence_line="The text of this site is under CC BY-NC-ND 4.0. Publications name their own."
    )
    index = english_home().add_child(
        instance=PublicationIndexPage(title="Publications", slug="publications")
    )
    index.save_revision().publish()
    report = index.add_child(
        instance=PublicationPage(
            title="A report", slug="a-report", year=2019, authors="PSI", licence="© PSI, 2019"
        )
    )
    report.save_revision().publish()
    html = client.get("/en/publications/a-report/").content.decode()
    article, footer = html.split('<footer class="site-footer">')
    assert "<h2>Licence</h2>" in article and "© PSI, 2019" in article
    assert "The text of this site is under CC BY-NC-ND 4.0" in footer
    assert "© PSI" not in footer
    # A publication that states no licence shows none (and the footer does not claim it).
    report.licence = ""
    report.save_revision().publish()
    html = client.get("/en/publications/a-report/").content.decode()
    assert "<h2>Licence</h2>" not in html.split('<footer class="site-footer">')[0]
    assert FooterText.objects.count() == 1


# The demo site ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ar", "ru"])
def test_demo_home_pages_list_where_to_start(client, demo_content, language):
    section = start_section(client.get(f"/{language}/").content.decode())
    for slug in ("course", "tools", "hub", "regions"):
        assert f'href="/{language}/{slug}/"' in section, slug


def test_demo_materials_pass_the_admins_checks_and_say_what_their_files_are(demo_content):
    materials = [*RegionMaterial.objects.all(), *WorkshopMaterial.objects.all()]
    assert len(materials) > 50
    for material in materials:
        material.full_clean(exclude=["page"])
        assert material.file_label == "PDF", material  # the demo's files are all PDFs
        assert material.kind not in {"video", "recording"}, material


def test_demo_licences_are_those_the_sources_state(client, demo_content):
    footer = FooterText.objects.get(locale=Locale.get_default()).licence_line
    assert footer.startswith("The text of this site is published by Public Services")
    assert "Teach Forward" not in footer
    assert FooterText.objects.count() == 6
    html = client.get("/en/publications/digitalization-and-public-services-a-labour-perspective/")
    article = html.content.decode().split('<footer class="site-footer">')[0]
    assert "<h2>Licence</h2>" not in article  # the report states none
    html = client.get("/en/publications/teach-forward/").content.decode()
    assert "Attribution-NonCommercial-NoDerivatives licence (CC BY-NC-ND)" in html
    guides = RegionMaterial.objects.filter(title__startswith="Teach Forward!")
    assert set(guides.values_list("licence", flat=True)) == {
        "Creative Commons Attribution-NonCommercial-NoDerivatives licence (CC BY-NC-ND)"
    }
    assert set(RegionMaterial.objects.exclude(pk__in=guides).values_list("licence", flat=True)) == {
        ""
    }
