"""Admin sign-in: after AXES_FAILURE_LIMIT (5) wrong passwords for one username from one address,
that username is locked out from that address for AXES_COOLOFF_TIME (15 minutes), even with the
right password, and the sign-in page says so (django-axes, through Wagtail's own login view).
Before, 25 wrong passwords and then the right one signed in."""

import pytest
from django.contrib.auth.models import User

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
LOCKED = "Too many failed sign-in attempts for this account from your address."


@pytest.fixture(autouse=True)
def axes_on(settings):
    """The test settings turn django-axes off for the suite's `client.login()`; here it is on,
    as in production."""
    settings.AXES_ENABLED = True


@pytest.fixture
def editor():
    return User.objects.create_superuser("editor", "editor@example.org", "the-right-password-7")


def sign_in(client, password, username="editor", **extra):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, **extra
    )


def signed_in(client):
    response = client.get("/admin/")
    return response.status_code == 200


def test_five_wrong_passwords_lock_the_username_out_even_with_the_right_one(client, editor):
    for attempt in range(4):
        response = sign_in(client, f"wrong-{attempt}")
        assert response.status_code == 200
        assert "Your username and password didn" in response.content.decode()

    fifth = sign_in(client, "wrong-5")
    assert fifth.status_code == 429
    assert LOCKED in fifth.content.decode()

    right = sign_in(client, "the-right-password-7")
    assert right.status_code == 429
    assert right["Retry-After"] == "900"
    page = right.content.decode()
    # Wagtail's sign-in page, with the message where its errors go and the username kept.
    assert LOCKED in page
    assert "Signing in is blocked for 15 minutes" in page
    assert 'class="login-form"' in page
    assert 'value="editor"' in page
    assert not signed_in(client)

    # The lock is on this username from this address: the editor can still sign in from
    # elsewhere, and the address can still be used by another account.
    assert sign_in(client, "the-right-password-7", REMOTE_ADDR="198.51.100.7").status_code == 302
    assert signed_in(client)


def test_the_lockout_follows_the_visitor_behind_trusted_proxies(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for attempt in range(5):
        sign_in(client, f"wrong-{attempt}", HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy)
    refused = sign_in(client, "the-right-password-7", HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy)
    assert refused.status_code == 429
    # The same proxy forwarding another visitor: not locked out.
    allowed = sign_in(client, "the-right-password-7", HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)
    assert allowed.status_code == 302


def test_a_successful_sign_in_forgets_earlier_mistakes(client, editor):
    for attempt in range(4):
        assert sign_in(client, f"wrong-{attempt}").status_code == 200
    assert sign_in(client, "the-right-password-7").status_code == 302
    client.logout()
    for attempt in range(4):
        assert sign_in(client, f"wrong-again-{attempt}").status_code == 200
    assert sign_in(client, "the-right-password-7").status_code == 302
    assert signed_in(client)


def test_the_suites_logins_keep_working(client, editor, settings):
    """`client.login()` calls authenticate() without a request, which django-axes refuses: the
    test settings turn axes off; `force_login` needs no authentication at all."""
    settings.AXES_ENABLED = False
    assert client.login(username="editor", password="the-right-password-7")
    assert signed_in(client)
    client.logout()
    settings.AXES_ENABLED = True
    client.force_login(editor)
    assert signed_in(client)
