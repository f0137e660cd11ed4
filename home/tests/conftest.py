"""Fixtures of home/tests: the roles tests' site (helpers.build_site), built once for each
module that asks for it, inside a transaction rolled back after the module; each test's own
changes roll back to it (tests must also ask for `db`)."""

import pytest
from django.db import transaction

from .helpers import build_site


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield build_site()
            transaction.set_rollback(True)
