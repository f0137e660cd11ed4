"""The demo users: one per role, for trying the admin out in development."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from ourdigitalfuture.core.roles import (
    ADMINISTRATORS,
    EDITORS,
    MODERATORS,
    coordinator_group_name,
    translator_group_name,
)

DEMO_USERS = [
    ("coordinator", coordinator_group_name("Africa & MENA")),
    ("translator", translator_group_name("fr")),
    ("moderator", MODERATORS),
    ("editor", EDITORS),
    ("administrator", ADMINISTRATORS),
]


def create_demo_users(report):
    """One user per role for trying the admin out, each with a fresh random password printed
    once in `report`. Development only: with DEBUG off (production) nobody is created. An
    existing user is left as it is, password included."""

    if not settings.DEBUG:
        report.append("No demo users: they are only created when DEBUG is on.")
        return
    User = get_user_model()
    for username, group_name in DEMO_USERS:
        if User.objects.filter(username=username).exists():
            continue
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(
            username, f"{username}@example.org", password, first_name=username.capitalize()
        )
        user.groups.add(Group.objects.get(name=group_name))
        report.append(f"Demo user created: {username} / {password} ({group_name})")
