"""The admin's listings search whatever is typed: moderators find a clause by its identifier or a
word of its text, editors find unions and contacts, and quotes or other FTS syntax in a search
of documents or pages is just text (on SQLite it ended in "unterminated string" and a 500)."""

import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents.models import Document
from wagtail.models import Locale, Page

from clauses.tests.factories import build_taxonomy, make_clause
from home.models import Contact

QUOTES = "'\"‹"


@pytest.fixture
def admin_client():
    user = User.objects.create_superuser("root", "root@example.org", "pw")
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def listing(client, url, query):
    response = client.get(url, {"q": query})
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_moderators_search_the_clause_listing(fresh_search_backend, admin_client):
    """On both search backends (the listing searches the database, whatever the backend)."""
    taxonomy = build_taxonomy()
    make_clause(taxonomy, identifier="DBH-0042")
    make_clause(
        taxonomy,
        identifier="DBH-0043",
        title="Right to disconnect",
        text="Workers need not answer e-mail after hours.",
    )
    fresh_search_backend.rebuild()
    url = "/admin/snippets/clauses/clause/"
    found = listing(admin_client, url, "data")
    assert "DBH-0042" in found and "DBH-0043" not in found
    found = listing(admin_client, url, "DBH-0043")
    assert "Right to disconnect" in found and "Workers see their data" not in found
    assert "DBH-00" not in listing(admin_client, url, QUOTES)


@pytest.mark.django_db
def test_unions_and_contacts_are_searched(admin_client):
    build_taxonomy()
    Contact.objects.create(
        name="Amina Diallo", role="Regional coordinator", locale=Locale.get_default()
    )
    assert "CFDT" in listing(admin_client, "/admin/snippets/clauses/union/", "santé")
    assert "Amina Diallo" in listing(admin_client, "/admin/snippets/home/contact/", "coordinator")
    assert "Amina Diallo" not in listing(admin_client, "/admin/snippets/home/contact/", "data")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [QUOTES, '"', 'say "hi', "\x00", "   ", "NEAR(a b)", "{title}: x", "*", "é " * 939],
    ids=["quotes", "quote", "open-quote", "nul", "spaces", "near", "column", "star", "939-words"],
)
def test_documents_and_pages_are_searched_whatever_is_typed(admin_client, query):
    # Something to search: SQLite does not even parse a search of an empty index.
    make_document("Data rights agreement")
    root = Page.objects.get(depth=2, locale__language_code="en")
    for url in [
        "/admin/documents/",
        "/admin/images/",
        "/admin/pages/search/",
        f"/admin/pages/{root.pk}/",
        "/admin/snippets/choose/clauses/clause/",
    ]:
        response = admin_client.get(url, {"q": query})
        assert response.status_code == 200, (url, response.status_code)


def make_document(title):
    document = Document(title=title)
    document.file.save("agreement.pdf", ContentFile(b"%PDF-1.4"), save=False)
    document.save()
    return document


@pytest.mark.django_db
def test_a_search_with_quotes_still_finds_the_words():
    document = make_document("Data rights agreement")
    assert list(Document.objects.search('"data" rights')) == [document]
    assert list(Document.objects.search(QUOTES)) == []
