"""The demo loader's users: one per role, made in development only, once."""

import pytest
from django.contrib.auth.models import User

from ourdigitalfuture.demo.users import DEMO_USERS, create_demo_users

ROLE_NAMES = ["coordinator", "translator", "moderator", "editor", "administrator"]


@pytest.mark.django_db
def test_demo_users_are_made_in_development_only(settings):
    settings.DEBUG = False
    report = []
    User.objects.filter(username__in=ROLE_NAMES).delete()
    create_demo_users(report)
    assert not User.objects.filter(username__in=ROLE_NAMES).exists()
    assert report == ["No demo users: they are only created when DEBUG is on."]

    settings.DEBUG = True
    report = []
    create_demo_users(report)
    assert len(report) == len(ROLE_NAMES)
    for (username, group_name), line in zip(DEMO_USERS, report, strict=True):
        password = line.split(" / ")[1].split(" ")[0]
        user = User.objects.get(username=username)
        assert user.check_password(password)
        assert list(user.groups.values_list("name", flat=True)) == [group_name]
    again = []
    create_demo_users(again)
    assert again == []  # a second run changes nothing, passwords included
