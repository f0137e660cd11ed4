"""The hub's test fixtures, shared by the modules of clauses/tests (a module may override one)."""

import pytest

from .helpers import make_hub, make_taxonomy


@pytest.fixture
def hub():
    """A published hub page under the English home page."""
    return make_hub()


@pytest.fixture
def taxonomy():
    """Themes, sub-themes, countries, sectors and unions as the demo has them."""
    return make_taxonomy()


@pytest.fixture
def url(hub):
    """The hub's public "Submit a clause" form."""
    return hub.url + hub.reverse_subpage("submit")
