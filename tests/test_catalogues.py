"""Every interface string is translated: the test extracts the messages afresh from the code and
templates (so a string added without updating the catalogues fails too) and checks each of the
five catalogues has a real, non-fuzzy translation for every one."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["fr", "es", "pt", "ru", "ar"]


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory):
    """The catalogues after extracting the messages afresh, in a scratch copy of the project
    (makemessages writes into the `locale` folder beside the code it scans)."""
    if not shutil.which("xgettext"):
        pytest.fail("GNU gettext (xgettext, msgmerge) is needed: apt-get install gettext")
    copy = tmp_path_factory.mktemp("project") / "project"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv",
            ".git",
            "node_modules",
            "media",
            "private-media",
            "static",
            "target",
            "*.sqlite3",
            "*.mo",
        ),
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    args = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "-v0"]
    args += [f"--locale={code}" for code in LANGUAGES]
    args += ["--ignore=tests/*"]
    result = subprocess.run(args, cwd=copy, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return copy / "locale"


def untranslated(catalogue):
    gaps = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            gaps.append(f"fuzzy: {entry.msgid!r}")
        elif entry.msgid_plural:
            if not all(entry.msgstr_plural.values()):
                gaps.append(entry.msgid)
        elif not entry.msgstr:
            gaps.append(entry.msgid)
    return gaps


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_interface_string_is_translated(fresh_catalogues, language):
    catalogue = polib.pofile(str(fresh_catalogues / language / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 50
    gaps = untranslated(catalogue)
    assert gaps == [], f"{len(gaps)} untranslated in {language}: {gaps[:20]}"


def test_the_completeness_check_catches_a_gap():
    catalogue = polib.POFile()
    catalogue.append(polib.POEntry(msgid="Translated", msgstr="Traduit"))
    catalogue.append(polib.POEntry(msgid="Forgotten", msgstr=""))
    catalogue.append(polib.POEntry(msgid="Unsure", msgstr="Peut-être", flags=["fuzzy"]))
    assert untranslated(catalogue) == ["Forgotten", "fuzzy: 'Unsure'"]
