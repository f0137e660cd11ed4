"""The foundation's promises: language-prefixed public URLs, admin outside them, right-to-left
Arabic, idempotent demo content and production settings that refuse to run misconfigured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from wagtail.models import Page, Revision, Site

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_root_redirects_to_english(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert client.get("/en/").status_code == 200


@pytest.mark.django_db
def test_admin_login_is_outside_the_language_prefix(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert client.get("/en/admin/login/").status_code == 404


@pytest.mark.parametrize(
    "language, direction",
    [("en", "ltr"), ("fr", "ltr"), ("es", "ltr"), ("pt", "ltr"), ("ru", "ltr"), ("ar", "rtl")],
)
def test_html_lang_and_dir_in_every_language(client, demo_content, language, direction):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{direction}">' in response.content.decode()


def test_demo_content_is_idempotent(demo_content):
    from ourdigitalfuture.demo.loader import load_demo_content

    def snapshot():
        return (
            sorted(Page.objects.values_list("id", "url_path", "locale__language_code", "live")),
            Revision.objects.count(),
        )

    before = snapshot()
    load_demo_content()
    assert snapshot() == before


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    # On the Wagtail Site's own address, whatever Host the request carried.
    root_url = Site.objects.get(is_default_site=True).root_url
    assert f"Sitemap: {root_url}/sitemap.xml" in response.content.decode()
    assert "testserver" not in response.content.decode()
    assert client.get("/sitemap.xml").status_code == 200


@pytest.mark.django_db
def test_the_site_has_an_icon_browsers_find(client):
    """Pages name the icon, and /favicon.ico (which browsers ask for anyway) leads to it."""
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    icon = response["Location"]
    assert icon == static("img/favicon.svg")
    with open(finders.find("img/favicon.svg"), encoding="utf-8") as svg:
        assert svg.read().startswith("<svg")
    html = client.get("/en/", follow=True).content.decode()
    assert f'<link rel="icon" href="{icon}" type="image/svg+xml">' in html


def run_manage(*args, env_extra):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE"}}
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage(
        "check", env_extra={"DJANGO_SETTINGS_MODULE": "ourdigitalfuture.settings.production"}
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_check_deploy_is_clean():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_extra={
            "DJANGO_SETTINGS_MODULE": "ourdigitalfuture.settings.production",
            "SECRET_KEY": "x7#Kq2!vR9@pL4$wZ8^mN3&bT6*hJ1(cF5)gD0_sA-yE+uI=oP",
            "ALLOWED_HOSTS": "ourdigitalfuture.example.org",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.django_db
def test_absolute_urls_are_on_the_sites_configured_host(client):
    """The sitemap, robots.txt and the API's links name the Wagtail Site's address, not the
    request's Host (here Django's test client's `testserver`)."""
    from ourdigitalfuture.core.sites import configure_default_site

    assert configure_default_site("https://odf.example.org")
    assert not configure_default_site("https://odf.example.org")  # already so
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap: https://odf.example.org/sitemap.xml" in robots
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "<loc>https://odf.example.org/en/</loc>" in sitemap
    page = client.get("/api/v2/pages/").json()["items"][0]
    assert page["meta"]["detail_url"].startswith("https://odf.example.org/api/v2/pages/")
    assert page["meta"]["html_url"] == "https://odf.example.org/en/"
    assert "testserver" not in robots + sitemap
