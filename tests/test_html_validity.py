"""Every type of page (tests/page_types.py) in English and Arabic passes the Nu HTML Checker, the
W3C validator's engine: npm's vnu-jar, pinned in package-lock.json and installed by `make test`
(npm ci), run with Java. The pages' HTML, as the live server sends it, goes through the checker
in one run."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.fixtures import IN_CI
from tests.page_types import ERROR_URLCONF, open_in_browser, visits

LANGUAGES = ["en", "ar"]
VNU_JAR = Path(__file__).resolve().parent.parent / "node_modules/vnu-jar/build/dist/vnu.jar"


@pytest.fixture(scope="module")
def vnu_command():
    """`java -jar vnu.jar`. In CI a missing Java or checker fails the run; elsewhere the test is
    skipped with one line saying how to install them."""
    java = shutil.which("java")
    problem = (
        "java not found: install a Java runtime (.ci/run installs openjdk-17-jdk-headless)"
        if not java
        else f"{VNU_JAR} not found: `make test` installs it with npm (npm ci; needs Node.js)"
        if not VNU_JAR.exists()
        else ""
    )
    if problem:
        if IN_CI:
            pytest.fail(problem)
        pytest.skip(problem)
    return [java, "-Xss4m", "-jar", str(VNU_JAR)]


@pytest.mark.browser
@pytest.mark.urls(ERROR_URLCONF)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_page_type_is_valid_html(
    vnu_command, browser_page, live_server, demo_content, settings, tmp_path
):
    settings.RATELIMIT_ENABLED = False
    files, wrong_status = {}, []
    for language in LANGUAGES:
        to_visit, problems = visits(language)
        assert not problems, problems
        for visit in to_visit:
            response = open_in_browser(browser_page, live_server.url, visit)
            if response.status != visit.sample.status:
                wrong_status.append((visit.url, response.status))
            name = f"page{len(files):03d}.html"
            (tmp_path / name).write_bytes(response.body())
            files[name] = f"{visit.url} ({visit.label})"
    assert not wrong_status, f"unexpected status codes: {wrong_status}"

    run = subprocess.run(
        [
            *vnu_command,
            "--errors-only",
            "--format",
            "json",
            *(str(tmp_path / name) for name in files),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = [
        f"{files.get(m.get('url', '').rsplit('/', 1)[-1], m.get('url'))} "
        f"line {m.get('lastLine', '?')}: "
        f"{m.get('message', '')} [{(m.get('extract') or '').strip()[:120]}]"
        for m in messages
        if m.get("type") != "info"
    ]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors)
    assert run.returncode == 0, run.stderr[-2000:]
