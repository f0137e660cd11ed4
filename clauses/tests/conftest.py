"""The hub's test fixtures, shared by the modules of clauses/tests (built with factories.py)."""

import pytest

from home.tests.factories import FooterTextFactory

from .factories import build_taxonomy, make_hub
from .helpers import LICENCE


@pytest.fixture
def hub():
    """A published hub page under the English home page."""
    return make_hub()


@pytest.fixture
def taxonomy(request):
    """A taxonomy of taxonomies.toml: the module's `TAXONOMY` (one of each kind by default)."""
    return build_taxonomy(getattr(request.module, "TAXONOMY", "one_of_each"))


@pytest.fixture
def licence():
    """The site's licence line in the footer snippet (the open data's header)."""
    return FooterTextFactory(licence_line=LICENCE).licence_line


@pytest.fixture
def url(hub):
    """The hub's public "Submit a clause" form."""
    return hub.url + hub.reverse_subpage("submit")
