"""HTTP security headers and error pages, through Django's test client.

- Every public response carries an enforced, strict Content-Security-Policy (no inline code, no
  nonce, no other host but the two click-to-load video players); the admin has its own policy,
  which allows inline code and still no other host; every response has a Permissions-Policy.
- Hostile or broken requests (a bad Host, an oversize body, too many fields, a failed CSRF check,
  a refused permission, a server error) answer the site's own page in the visitor's language.
- The admin shows no avatars from gravatar.com.
"""

import pytest
from django.test import Client
from django.utils import translation

pytestmark = pytest.mark.django_db

STRICT_DIRECTIVES = {
    "default-src": {"'self'"},
    "script-src": {"'self'"},
    "style-src": {"'self'"},
    "img-src": {"'self'"},
    "font-src": {"'self'"},
    "connect-src": {"'self'"},
    "object-src": {"'none'"},
    "base-uri": {"'self'"},
    "form-action": {"'self'"},
    "frame-ancestors": {"'self'"},
}
VIDEO_HOSTS = {"https://www.youtube-nocookie.com", "https://player.vimeo.com"}
NO_HOST_SOURCES = {"'self'", "'none'", "'unsafe-inline'", "data:", "blob:"}
DENIED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]


def directives(header):
    """A policy header as {directive: set of sources}."""
    policy = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            policy[words[0]] = set(words[1:])
    return policy


def assert_strict_policy(response):
    assert "Content-Security-Policy-Report-Only" not in response.headers
    policy = directives(response.headers["Content-Security-Policy"])
    for name, sources in STRICT_DIRECTIVES.items():
        assert policy.get(name) == sources, (name, policy.get(name))
    assert policy["frame-src"] == {"'self'"} | VIDEO_HOSTS
    every_source = set().union(*policy.values())
    assert not any(source.startswith("'nonce-") for source in every_source)
    assert not {"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"} & every_source


def assert_permissions_policy(response):
    header = response.headers["Permissions-Policy"]
    for feature in DENIED_FEATURES:
        assert f"{feature}=()" in header, feature


@pytest.mark.parametrize(
    "path", ["/en/", "/ar/", "/en/search/?q=data", "/en/no-such-page/", "/robots.txt"]
)
def test_public_responses_carry_an_enforced_strict_csp(client, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    assert_strict_policy(response)
    assert_permissions_policy(response)


def test_the_admin_has_its_own_policy_that_allows_no_other_host(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Content-Security-Policy-Report-Only" not in response.headers
    policy = directives(response.headers["Content-Security-Policy"])
    # Wagtail's admin and wagtail-localize's editor need inline scripts and styles…
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-inline'" in policy["style-src"]
    # …but nothing may come from, or be sent to, another host.
    assert set().union(*policy.values()) <= NO_HOST_SOURCES
    for name in ("default-src", "connect-src", "frame-src", "form-action", "frame-ancestors"):
        assert policy[name] == {"'self'"}, name
    assert policy["object-src"] == {"'none'"}
    assert_permissions_policy(response)


def test_the_admin_shows_no_gravatar(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "admin-with-mail", "someone@example.org", "a password"
    )
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "gravatar.com" not in html
    assert "wagtailadmin/images/default-user-avatar" in html


# Error pages ----------------------------------------------------------------------------------


def assert_site_error_page(response, status, template, language, text=None):
    assert response.status_code == status
    assert template in [t.name for t in response.templates]
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert response.headers["Content-Language"] == language
    assert 'class="site-name"' in html
    if text is not None:
        # The wording goes through the catalogue of the page's language.
        with translation.override(language):
            assert translation.gettext(text) in html
    assert_strict_policy(response)
    assert_permissions_policy(response)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_bad_host_answers_the_sites_400_page(client, settings, language):
    settings.ALLOWED_HOSTS = ["testserver"]
    response = client.get(f"/{language}/", HTTP_HOST="evil.example")
    assert_site_error_page(response, 400, "400.html", language, "Bad request")
    if language == "ar":
        assert 'dir="rtl"' in response.content.decode()


def test_a_bad_host_before_the_language_is_known_still_answers_in_the_urls_language(settings):
    """Behind SECURE_SSL_REDIRECT the Host is checked before LocaleMiddleware has run."""
    settings.ALLOWED_HOSTS = ["testserver"]
    settings.SECURE_SSL_REDIRECT = True
    response = Client().get("/fr/hub/", HTTP_HOST="evil.example")
    assert_site_error_page(response, 400, "400.html", "fr", "Bad request")


def csrf_client():
    client = Client(enforce_csrf_checks=True)
    client.cookies["csrftoken"] = "a" * 32
    return client


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_oversize_body_answers_the_sites_400_page(settings, language):
    too_big = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = csrf_client().post(
        f"/{language}/hub/submit/", {"csrfmiddlewaretoken": "a" * 32, "text": too_big}
    )
    assert_site_error_page(response, 400, "400.html", language, "Bad request")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_too_many_fields_answer_the_sites_400_page(settings, language):
    fields = {f"field{i}": "x" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    response = csrf_client().post(
        f"/{language}/hub/submit/", {"csrfmiddlewaretoken": "a" * 32, **fields}
    )
    assert_site_error_page(response, 400, "400.html", language, "Bad request")


def test_an_oversize_body_outside_the_language_prefix_answers_in_the_browsers_language(
    client, settings
):
    """The language switcher's form has no language prefix: Accept-Language decides."""
    too_big = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post(
        "/i18n/setlang/", {"language": "fr", "next": too_big}, HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert_site_error_page(response, 400, "400.html", "fr", "Bad request")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_failed_csrf_check_answers_the_sites_403_page(language):
    response = Client(enforce_csrf_checks=True).post(
        f"/{language}/hub/submit/", {"title": "A clause"}
    )
    assert_site_error_page(response, 403, "403_csrf.html", language, "Your form could not be sent")
    if language == "en":
        assert "reload the page and send the form again" in response.content.decode()


@pytest.mark.urls("tests.error_urls")
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_refused_permission_answers_the_sites_403_page(client, language):
    response = client.get(f"/{language}/test-errors/403/")
    assert_site_error_page(response, 403, "403.html", language, "Access denied")


@pytest.mark.urls("tests.error_urls")
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_server_error_answers_the_sites_500_page_in_the_urls_language(language):
    client = Client(raise_request_exception=False)
    response = client.get(f"/{language}/test-errors/500/")
    assert_site_error_page(response, 500, "500.html", language, "Something went wrong")
    html = response.content.decode()
    with translation.override(language):
        assert (
            translation.gettext(
                "There was a technical problem on our side. Please try again in a few minutes."
            )
            in html
        )
