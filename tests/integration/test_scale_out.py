"""Past one machine: two gunicorn instances and two workers on one PostgreSQL
and one Redis. A page an editor publishes through one instance shows on the
other at once; a newsletter sent by both workers reaches each reader once.
(A worker killed mid-send: tests/integration/test_newsletter_crash.py.)"""

import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from django.contrib.auth.models import Group, User

from tests import content
from tests.browser import conftest as browser_conftest
from tests.integration.conftest import ROOT, child_env
from tests.services import IN_CI

pytestmark = [pytest.mark.integration, pytest.mark.browser]
browser = browser_conftest.browser  # the fixture, from tests/browser/


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def shared_services(settings):
    """Two instances share state only through real shared services."""
    engine = settings.DATABASES["default"]["ENGINE"]
    if not engine.endswith("postgresql") or not settings.REDIS_URL:
        if IN_CI:
            pytest.fail("scale-out needs PostgreSQL and Redis (DATABASE_URL, REDIS_URL)")
        pytest.skip("scale-out needs PostgreSQL and Redis (DATABASE_URL, REDIS_URL)")


@pytest.fixture
def two_instances(shared_services, transactional_db, tmp_path):
    env = child_env()
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput"], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=300)
    origins, procs = [], []
    for n in range(2):
        port = free_port()
        log = open(tmp_path / f"gunicorn-{n}.log", "wb")
        procs.append((subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "cms.wsgi:application", "--bind", f"127.0.0.1:{port}",
             "--workers", "2", "--timeout", "120"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT), log))
        origins.append(f"http://127.0.0.1:{port}")
    try:
        for origin, (proc, _) in zip(origins, procs, strict=True):
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(origin + "/healthz/live", timeout=2)
                    break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError((tmp_path / "gunicorn-0.log").read_text()[-3000:]) from None
                    time.sleep(0.3)
        yield origins
    finally:
        for proc, log in procs:
            proc.terminate()
            proc.wait(timeout=30)
            log.close()


def read(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode()


@pytest.fixture
def directory(two_instances):
    """Made before Chromium starts: Playwright's greenlet would otherwise give
    these queries a database connection of their own that stays open."""
    from core.permissions import SITE_EDITORS, ensure_site_editors_group

    ensure_site_editors_group()
    editor = User.objects.create_user("maria", password="a-long-browser-test-password")
    editor.groups.add(Group.objects.get(name=SITE_EDITORS))
    directory = content.directory(title="Sister cities", slug="sister-cities")
    content.city(directory, "Kaniv", country="UA", latitude=49.75, longitude=31.46)
    return directory


def test_a_city_published_through_one_instance_shows_on_the_other_at_once(two_instances, directory, browser,
                                                                         tmp_path):
    one, other = two_instances
    # The other instance has the directory in the shared page cache.
    before = read(other + "/en/sister-cities/")
    assert "Kaniv" in before and "Colima" not in before
    assert read(other + "/en/sister-cities/") == before

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(90_000)  # a shared, busy machine
    page.goto(f"{one}/admin/login/")
    page.fill("input[name=username]", "maria")
    page.fill("input[name=password]", "a-long-browser-test-password")
    page.click("button[type=submit]")
    page.wait_for_url(f"{one}/admin/")
    page.goto(f"{one}/admin/pages/add/cities/cityprofilepage/{directory.pk}/")
    page.fill("input[name=title]", "Colima")
    page.select_option("select[name=country]", "MX")
    page.fill("input[name=latitude]", "19.24")
    page.fill("input[name=longitude]", "-103.72")
    page.fill("input[name=local_city]", "Sonoma")
    page.check("input[name=programmes][value=cultural]")
    page.fill("textarea[name=summary]", "The capital of the Mexican state of the same name.")
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.click("button[name=action-publish]")
    page.wait_for_url(f"{one}/admin/pages/{directory.pk}/")

    # Readers of the other instance, straight after.
    for width in (1280, 390):
        reader = browser.new_page(viewport={"width": width, "height": 900})
        reader.goto(f"{other}/en/sister-cities/")
        card = reader.locator(".city-card", has_text="Colima")
        assert card.count() == 1
        assert "Mexico" in card.inner_text()
        assert reader.evaluate("document.documentElement.scrollWidth") <= width
        reader.screenshot(path=tmp_path / f"other-instance-directory-{width}.png")


def test_a_newsletter_sent_by_two_workers_reaches_each_reader_once(shared_services, start_worker):
    from newsletters import issues
    from tests.integration.test_newsletter_sending import add_subscribers, wait_until_done
    from tests.mailsink import MailSink
    from tests.newsletters.helpers import make_issue

    sink = MailSink(delay=0.005).start()
    try:
        issue = make_issue({"en": "Autumn news", "fr": "Nouvelles d'automne"})
        addresses = add_subscribers(200, ["en", "fr"])
        workers = [start_worker(EMAIL_URL=sink.url), start_worker(EMAIL_URL=sink.url)]
        run, _ = issues.start_send(issue)
        wait_until_done(run, timeout=180)

        assert sink.wait_for(400, timeout=10)
        received = sink.recipients()
        assert set(received) == set(addresses) and set(received.values()) == {1}
        lanes = [worker.log_path.read_text().count("worker.tasks.mail.send_lane[") for worker in workers]
        assert all(lanes), f"both workers sent: send_lane runs per worker {lanes}"
    finally:
        sink.stop()
