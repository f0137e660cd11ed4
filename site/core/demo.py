"""What the apps' demo builders share: reading an app's demo content (JSON files in its
`demo_content/` folder), get-or-create helpers for pages, collections and stand-in PDF documents,
and the wagtail-localize translations of a page or snippet.

Demo content files hold the English text and its translations side by side: a translatable record
has its English fields and, next to them, `"translations": {"fr": {...}, "es": {...}}` with the
same fields (the same shape) in each language. Adding a language to a record is adding one key to
its `translations`.

Everything matches what exists (pages by slug under their parent, documents by title, collections
by name), so a builder run a second time finds everything in place and changes nothing."""

import io
import json
from importlib.resources import files

from django.core.files.base import ContentFile
from fpdf import FPDF
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Site
from wagtail_localize.models import Translation, TranslationSource

from .translation import own_translation, translate_from_copy


def read_content(package, name):
    """The demo content file `<package>/demo_content/<name>.json`, parsed."""
    text = files(package).joinpath("demo_content", f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)


def translated(records):
    """The language codes in the records' `translations`, in order of first appearance."""
    codes = {}
    for record in records:
        codes.update(dict.fromkeys(record.get("translations", {})))
    return list(codes)


def get_home():
    site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


def rich(text):
    """Plain demo text becomes a paragraph; HTML passes through."""
    return text if text.lstrip().startswith("<") else f"<p>{text}</p>"


def ensure_translations(instance, language_codes):
    """Create (once) a wagtail-localize translation of `instance` in each locale, so translators
    find it in the translation editor, and publish it. Returns the language codes it created."""
    created = []
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    for code in language_codes:
        locale = Locale.objects.get(language_code=code)
        if own_translation(instance, locale) is not None:
            continue  # an alias is converted below, as a translator's first translation would be
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        # wagtail-localize publishes on transaction commit; the loader may run inside an
        # outer transaction (tests), so save a draft and publish it here.
        translation.save_target(publish=False)
        target = instance.get_translation(locale)
        if hasattr(target, "get_latest_revision"):
            target.get_latest_revision().publish()
        created.append(code)
    return created


# Documents ---------------------------------------------------------------------------------------


def collection(*names):
    """The collection at the path `names` under the root, created as needed."""
    parent = Collection.get_first_root_node()
    for name in names:
        child = parent.get_children().filter(name=name).first()
        parent = child or parent.add_child(name=name)
    return parent


def pdf_bytes(title, lines):
    """A small, valid PDF standing in for a real file of the project's."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)

    def latin(text):
        return text.encode("latin-1", "replace").decode("latin-1")

    pdf.multi_cell(0, 9, latin(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, latin(line), new_x="LMARGIN", new_y="NEXT")
    buffer = io.BytesIO()
    pdf.output(buffer)
    return buffer.getvalue()


def demo_document(title, target_collection, *lines):
    Document = get_document_model()
    document = Document.objects.filter(title=title, collection=target_collection).first()
    if document:
        return document
    document = Document(title=title, collection=target_collection)
    slug = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:80]
    document.file.save(
        f"{slug}.pdf",
        ContentFile(pdf_bytes(title, [*lines, "Our Digital Future - demo file."])),
        save=False,
    )
    document.save()
    return document


# Pages -------------------------------------------------------------------------------------------


def child(parent, model, slug, **fields):
    """The live child of `parent` with this slug, created and published if missing.
    Returns (page, created)."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def index_page(parent, model, content):
    """The section index page described by `content` (slug, title, summary, intro), in the menus.
    Returns (page, created)."""
    fields = {key: content[key] for key in ("title", "summary", "intro")}
    return child(parent, model, content["slug"], show_in_menus=True, **fields)


def translate_index(page, content, report):
    """The section index `page` in the languages of its demo record `content` (whose
    translations hold a title, summary and intro), through wagtail-localize."""
    for code, translation in content.get("translations", {}).items():
        fields = {key: translation[key] for key in ("title", "summary", "intro")}
        copy = type(page)(slug=page.slug, show_in_menus=page.show_in_menus, **fields)
        _target, missing = translate_from_copy(page, copy, code)
        if missing:
            report.append(f"Warning: {missing} strings of {page.title} ({code}) are untranslated.")
