"""A regional coordinator in a real browser (Playwright driving Debian's Chromium against a live
server): after logging in, the page explorer starts at their region and shows no other region,
and the dashboard shows their region's panel."""

import re

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "a coordinator's password"


def build_regions():
    """Two regions and an Africa coordinator, bound as the demo loader binds them."""
    from django.contrib.auth.models import Group, User

    from home.models import RegionIndexPage, RegionPage, StandardPage
    from ourdigitalfuture.core import roles
    from ourdigitalfuture.core.demo import child, get_home

    index, _ = child(get_home(), RegionIndexPage, "regions", title="Regions")
    africa, _ = child(index, RegionPage, "africa-mena", title="Africa & MENA")
    europe, _ = child(index, RegionPage, "europe", title="Europe")
    child(africa, StandardPage, "workshops", title="Workshops in Nairobi")
    roles.sync_role_permissions()
    user = User.objects.create_user("coordinator", "coordinator@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=roles.coordinator_group_name("Africa & MENA")))
    return africa, europe


def test_a_coordinator_explores_only_their_region(browser_page, live_server):
    africa, europe = build_regions()
    page = browser_page
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "coordinator")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url(f"{live_server.url}/admin/")
    # The dashboard's panel for coordinators names their region's pages.
    panel = page.locator("#role-region-content, #role-region").first
    assert "Africa & MENA" in panel.inner_text()

    page.goto(f"{live_server.url}/admin/pages/")
    # Wagtail's explorer opens at the user's explorable root: the region page itself.
    page.wait_for_url(re.compile(rf"/admin/pages/{africa.pk}/$"))
    main = page.locator("main").inner_text()
    assert "Africa & MENA" in main
    assert "Workshops in Nairobi" in main
    assert "Europe" not in main
    html = page.content()
    assert (
        f"/admin/pages/{europe.pk}/" not in html and f"/admin/pages/{index_of(africa)}/" not in html
    )


def index_of(page):
    return page.get_parent().pk
