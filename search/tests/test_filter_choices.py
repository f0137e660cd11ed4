"""The filters' choices are cached between searches; an editor's change to the taxonomy shows
in them at the next search all the same."""

import pytest

from clauses.models import Country, Union

from .data import build_hub

pytestmark = pytest.mark.django_db


def database_page(client, hub):
    response = client.get(f"{hub.url}database/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_removed_country_and_a_new_union_show_in_the_filters_at_once(client):
    hub = build_hub().hub
    assert ">France (" in database_page(client, hub)
    assert client.get(f"{hub.url}database/?country=KI").status_code == 200

    # Every ISO country has a row (named by CLDR, not by its row): removing one that nothing
    # refers to takes it out of the filter's choices at the next search.
    Country.objects.get(code="KI").delete()
    france = Country.objects.get(code="FR")
    Union.objects.create(name="Force Ouvrière", acronym="FO", country=france)

    assert client.get(f"{hub.url}database/?country=KI").status_code == 400
    # A union no clause names yet is left out of the choices, but its value is accepted.
    assert client.get(f"{hub.url}database/?union=FO").status_code == 200


def test_a_deleted_union_is_no_longer_a_valid_filter(client):
    hub = build_hub().hub
    assert client.get(f"{hub.url}database/?union=UNISON").status_code == 200
    Union.objects.get(acronym="UNISON").delete()
    response = client.get(f"{hub.url}database/?union=UNISON")
    assert response.status_code == 400
