"""The demo hub's landing with its charts stays light: its HTML with the stylesheets and scripts
it links weighs at most 150 KB, in English and in Arabic, and every chart is drawn."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders

from clauses.models import HubPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

BUDGET = 150 * 1024  # bytes of HTML, CSS and JS (issue #16: the hub landing with its charts)


def static_size(url):
    """The size of the static file at `url`, as the site serves it."""
    assert url.startswith(settings.STATIC_URL), url
    found = finders.find(url.removeprefix(settings.STATIC_URL).split("?")[0])
    assert found, url
    return Path(found).stat().st_size


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_hub_landing_with_its_charts_weighs_at_most_150_kb(client, language):
    hub = HubPage.objects.live().get(locale__language_code=language)
    response = client.get(hub.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.select("section.hub-charts figure svg.chart__picture")) == 4
    linked = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    linked += [script["src"] for script in soup.find_all("script", src=True)]
    assert any(url.endswith("clauses/charts.css") for url in linked)
    weight = len(response.content) + sum(static_size(url) for url in linked)
    assert weight <= BUDGET, f"{weight} bytes"
