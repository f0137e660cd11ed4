"""Pytest plugin for the search tests: a real Elasticsearch node, and the search backends the
same tests run on (`-p tests.search_fixtures` in pyproject's addopts).

* `elasticsearch_url` (session): ELASTICSEARCH_URL if set, else one node started from
  tests/es_node.py for the whole session. Without Java and Maven the Elasticsearch tier is
  skipped with one line saying how to enable it; in CI (CI=true) that, or a node that does
  not start, fails the run.
* `search_backend` (module, parametrized "database" / "elasticsearch"): switches
  WAGTAILSEARCH_BACKENDS for the module and rebuilds the index with `update_index` once the
  module's data exists. A module provides its data by overriding `search_data` (module
  scope, inside `module_db`'s transaction, rolled back after the module); its tests must
  only read, because Elasticsearch does not roll back with the database.
* `fresh_search_backend` (function): the same, rebuilt for one test, for tests that change
  data (publishing, deleting) and check what the index then holds.
"""

import os
import uuid
from contextlib import contextmanager

import pytest

from tests.es_node import ElasticsearchNode, ElasticsearchNodeError, java_and_maven_available

IN_CI = os.environ.get("CI", "").lower() == "true"
BACKENDS = ["database", "elasticsearch"]
HOW_TO_ENABLE = (
    "Elasticsearch tier skipped: install Java 17+ and Maven (Debian: openjdk-17-jdk-headless "
    "maven) or set ELASTICSEARCH_URL to run the search tests on a real Elasticsearch node."
)


def require_elasticsearch():
    """Skip (outside CI) or fail (in CI) when no Elasticsearch node can be had."""
    if os.environ.get("ELASTICSEARCH_URL") or java_and_maven_available():
        return
    if IN_CI:
        pytest.fail(HOW_TO_ENABLE.replace("skipped", "cannot run in CI"))
    pytest.skip(HOW_TO_ENABLE)


def start_node():
    require_elasticsearch()
    node = ElasticsearchNode(heap="512m")
    try:
        node.start()
    except ElasticsearchNodeError as error:
        pytest.fail(f"The Elasticsearch node did not start: {error}")
    return node


@pytest.fixture(scope="session")
def elasticsearch_url():
    require_elasticsearch()
    if os.environ.get("ELASTICSEARCH_URL"):
        yield os.environ["ELASTICSEARCH_URL"]
        return
    node = start_node()
    yield node.url
    node.stop()


def elasticsearch_settings(url, prefix):
    return {
        "BACKEND": "search.backends.elasticsearch",
        "URLS": [url],
        "INDEX_PREFIX": prefix,
        "TIMEOUT": 30,
        "ATOMIC_REBUILD": True,
        "OPTIONS": {"max_retries": 0},
        # One shard and no replica: a single test node is then green, and faster.
        "INDEX_SETTINGS": {"settings": {"index": {"number_of_shards": 1, "number_of_replicas": 0}}},
    }


DATABASE_SETTINGS = {"BACKEND": "search.backends.database"}


class SearchBackendUnderTest:
    """The backend a test runs on: its kind, and how to rebuild and refresh its index."""

    def __init__(self, kind, backends):
        self.kind = kind
        self.backends = backends

    @property
    def backend(self):
        from wagtail.search.backends import get_search_backend

        return get_search_backend("default")

    def rebuild(self, models=None):
        """Rebuild every index, as `manage.py update_index` does; with `models`, only theirs
        (demo content has hundreds of pages that a clause search never reads)."""
        from django.core.management import call_command

        if models is None:
            for name in self.backends:
                call_command("update_index", backend_name=name, verbosity=0)
            return
        from wagtail.search.backends import get_search_backend
        from wagtail.search.management.commands.update_index import group_models_by_index

        for name in self.backends:
            backend = get_search_backend(name)
            if not backend.rebuilder_class:
                continue
            for index, index_models in group_models_by_index(backend, models).items():
                rebuilder = backend.rebuilder_class(index)
                index = rebuilder.start()
                for model in index_models:
                    index.add_model(model)
                for model in index_models:
                    objects = list(model.get_indexed_objects().order_by("pk"))
                    for start in range(0, len(objects), 1000):
                        index.add_items(model, objects[start : start + 1000])
                rebuilder.finish()

    def refresh(self):
        """Make what signals indexed visible to searches (Elasticsearch refreshes lazily)."""
        if self.kind == "elasticsearch":
            self.backend.refresh_indexes()

    def drop_indices(self):
        if self.kind != "elasticsearch":
            return
        prefix = self.backends["default"]["INDEX_PREFIX"]
        es = self.backend.es
        try:
            names = list(es.indices.get(index=f"{prefix}*"))
        except Exception:  # the node may be gone (the unreachable-node test stops it)
            return
        for name in names:
            es.indices.delete(index=name)

    def __repr__(self):
        return f"<search backend {self.kind}>"


@contextmanager
def search_backend_for(kind, url=None, with_database_fallback=False):
    """WAGTAILSEARCH_BACKENDS switched to `kind` (indices under a fresh prefix)."""
    from django.test import override_settings

    if kind == "elasticsearch":
        backends = {"default": elasticsearch_settings(url, f"test_{uuid.uuid4().hex[:8]}_")}
        if with_database_fallback:
            backends["database"] = DATABASE_SETTINGS
    else:
        backends = {"default": DATABASE_SETTINGS}
    under_test = SearchBackendUnderTest(kind, backends)
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        try:
            yield under_test
        finally:
            under_test.drop_indices()


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """A transaction for the whole module, rolled back afterwards (tests must ask for `db`)."""
    from django.db import transaction

    with django_db_blocker.unblock():
        with transaction.atomic():
            yield
            transaction.set_rollback(True)


@pytest.fixture(scope="module")
def search_data(module_db):
    """Override in a module to create the data its search tests read."""
    return None


@pytest.fixture(scope="module")
def search_models():
    """Override in a module with the models its tests search, to rebuild only their indices
    (None: every index, as `update_index` does)."""
    return None


@pytest.fixture(scope="module", params=BACKENDS)
def search_backend(request, module_db, search_data, search_models, django_db_blocker):
    url = request.getfixturevalue("elasticsearch_url") if request.param == "elasticsearch" else None
    with search_backend_for(request.param, url) as under_test:
        with django_db_blocker.unblock():
            under_test.rebuild(search_models)
        yield under_test


@pytest.fixture(params=BACKENDS)
def fresh_search_backend(request, db):
    url = request.getfixturevalue("elasticsearch_url") if request.param == "elasticsearch" else None
    with search_backend_for(request.param, url) as under_test:
        under_test.rebuild()
        yield under_test


@pytest.fixture
def own_elasticsearch_node():
    """A node of its own, for a test that stops it (the session's node stays up)."""
    node = start_node()
    yield node
    node.stop()
