"""The data most search test modules read: the hub of `data.build_hub`, built once per module
and searched on each backend (`search_backend`, from tests/search_fixtures.py). A module that
needs other data overrides `search_data`."""

import pytest

from .data import build_hub


@pytest.fixture(scope="module")
def search_data(module_db):
    return build_hub()


@pytest.fixture
def hub(search_data, search_backend, db):
    return search_data.hub
