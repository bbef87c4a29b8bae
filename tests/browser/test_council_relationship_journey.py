"""A resident group applies for a new sister city on the council's public
form (a wrong file first: an error, nothing typed lost), follows it from the
link in the mail a real worker sent; the Director returns it, the applicant
changes it, the Director approves; a commissioner votes and closes the vote
in Wagtail's workflow menu once the quorum has voted; the City Clerk records
the Council's resolution and the signed agreement; the partnership appears
in the directory as a Friendship city and the record reads the whole story.
On the way: the letter of interest opens for the Director and the applicant
and is refused to a stranger, and a meeting dated before the application is
refused in the modal with the motion kept.
At 1280 px and 390 px; screenshots in tests/browser/shots/ (ignored), or $SHOTS_DIR."""

import os
import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.formats import date_format
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect
from wagtail.documents.models import Document
from wagtail.models import Site

from cities.models import CityIndexPage, CityProfilePage
from core.demo import Report
from relationships import demo
from relationships.models import Application, RelationshipPolicyPage
from relationships.models.review import cast
from tests import content
from tests.browser.conftest import log_in
from tests.integration.conftest import broker_purged, start_worker  # noqa: F401
from tests.mailsink import MailSink
from tests.relationships.conftest import PDF

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.django_db(transaction=True)]
SHOTS = Path(os.environ.get("SHOTS_DIR") or Path(__file__).parent / "shots")
PASSWORD = "a-long-browser-test-password"


@pytest.fixture
def sink():
    sink = MailSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def origin(live_server):
    home = content.home_page()
    port = int(live_server.url.rsplit(":", 1)[1])
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=port)
    directory = content.add_page(home, CityIndexPage(title="Sister cities", slug="sister-cities"))
    content.add_page(home, RelationshipPolicyPage(
        title="City of Pinole Sister City Policy", slug="sister-city-policy", local_city="Pinole",
        local_population=19022, max_population_ratio=Decimal("2.0"), require_near_water=True,
        require_near_metropolis=True, directory=directory, letter_max_megabytes=1,
        steps=[("step", "That person fills out the application and sends it to the Community Services Director."),
               ("step", "The Community Services Commission reviews the application and votes.")]))
    return f"http://localhost:{port}"


@pytest.fixture
def staff(origin):
    found = demo.people(Report())
    demo.workflow(found["groups"], Report())
    for user in (found["users"]["director"][0], found["users"]["commission"][0], found["users"]["clerk"][0]):
        user.set_password(PASSWORD)
        user.save()
    return found["users"]


def mail_to(sink, email, subject_part, timeout=60):
    deadline = timezone.now() + timedelta(seconds=timeout)
    while timezone.now() < deadline:
        for message in sink.parsed():
            if message["To"] == email and subject_part in message["Subject"]:
                return message
        sink.wait_for(sink.count + 1, 0.5)
    raise AssertionError(f"no message to {email} about {subject_part}: {[m['Subject'] for m in sink.parsed()]}")


def follow_link(message) -> str:
    body = message.get_body(("plain",)).get_content()
    return re.search(r"https?://\S+/sister-city-application/follow/\S+/", body).group(0)


@pytest.mark.parametrize("width", [1280, 390])
def test_an_application_goes_from_the_public_form_to_a_signed_friendship_city(  # noqa: PLR0915
        browser, start_worker, sink, origin, staff, tmp_path, width):  # noqa: F811
    SHOTS.mkdir(parents=True, exist_ok=True)
    start_worker(EMAIL_URL=sink.url)
    # Filed today, so the meeting, the adoption and the signature are dated today too (never before it).
    today = timezone.localdate()
    with translation.override("en"):
        day = date_format(today, "DATE_FORMAT")
    not_a_pdf, letter = tmp_path / "letter.pdf", tmp_path / "zandvoort-letter.pdf"
    not_a_pdf.write_bytes(b"MZ\x90\x00 a program that calls itself a letter")
    letter.write_bytes(PDF)

    reader = browser.new_context(viewport={"width": width, "height": 900})
    page = reader.new_page()
    page.set_default_timeout(90_000)

    def shot(who, name):
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, name
        who.screenshot(path=SHOTS / f"relationship-{name}-{width}.png", full_page=True)

    # The policy page, then the form.
    page.goto(f"{origin}/en/sister-city-policy/")
    expect(page.locator("h1")).to_have_text("City of Pinole Sister City Policy")
    expect(page.get_by_text("Near a large metropolis.")).to_be_visible()
    shot(page, "1-policy")
    page.get_by_role("link", name="Apply for a new sister city").click()
    form = page.locator("form.application-form")
    form.locator("input[name=applicant_name]").fill("Marta Visser")
    form.locator("input[name=applicant_email]").fill("marta@example.org")
    form.locator("select[name=applicant_role]").select_option("resident_group")
    form.locator("input[name=city]").fill("Zandvoort")
    form.locator("select[name=country]").select_option("NL")
    form.locator("input[name=city_population]").fill("14632")
    form.locator("input[name=near_water][value=yes]").check()
    form.locator("textarea[name=water_evidence]").fill("On the North Sea coast.")
    form.locator("input[name=near_metropolis][value=yes]").check()
    form.locator("input[name=diplomatic_relations][value=yes]").check()
    form.locator("select[name=origin]").select_option("personal")
    form.locator("input[name=programmes][value=cultural]").check()
    form.locator("textarea[name=first_year_plan]").fill("A letter exchange between two schools.")
    form.locator("input[name=letter_of_interest]").set_input_files(str(not_a_pdf))
    form.locator("button[type=submit]").click()
    expect(page.locator(".errors-summary")).to_be_visible()
    expect(page.get_by_text("This file is not a PDF")).to_be_visible()
    # Nothing typed is lost.
    expect(page.locator("textarea[name=first_year_plan]")).to_have_value("A letter exchange between two schools.")
    expect(page.locator("input[name=programmes][value=cultural]")).to_be_checked()
    shot(page, "2-not-a-pdf")
    page.locator("input[name=letter_of_interest]").set_input_files(str(letter))
    page.locator("form.application-form button[type=submit]").click()
    expect(page.get_by_text("We have sent a confirmation to marta@example.org")).to_be_visible()
    shot(page, "3-sent")
    application = Application.objects.get()

    received = mail_to(sink, "marta@example.org", "We received your application")
    follow = follow_link(received)
    assert follow.startswith(origin + "/en/")
    page.goto(follow)
    expect(page.locator(".lead")).to_contain_text("At the Director")
    own_letter = page.get_by_role("link", name="The letter of interest you sent (PDF)")
    expect(own_letter).to_be_visible()
    answer = page.request.get(origin + own_letter.get_attribute("href"))
    assert answer.status == 200 and answer.body() == PDF
    shot(page, "4-followed")

    # The Director reads the criteria check and returns it, with a comment.
    director = mail_to(sink, "cs-director@pinole.localhost", "awaits your review")
    assert f"/admin/snippets/relationships/application/edit/{application.pk}/" in director.get_body(
        ("plain",)).get_content()
    admin = browser.new_context(viewport={"width": width, "height": 900})
    staff_page = admin.new_page()
    staff_page.set_default_timeout(90_000)

    def sign_in(username):
        admin.clear_cookies()
        log_in(staff_page, origin, username, PASSWORD)
        staff_page.goto(f"{origin}/admin/snippets/relationships/application/edit/{application.pk}/")

    def workflow_action(label, fields=None):
        """An action of Wagtail's workflow menu in the editor's footer, its modal filled in."""
        staff_page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").last.click()
        button = staff_page.get_by_role("button", name=label, exact=True)
        if fields is None:
            with staff_page.expect_navigation():
                button.click()
            return
        button.click()
        modal = staff_page.locator(".modal")
        last_input = None
        for selector, value in fields.items():
            if "[value=" in selector:
                modal.locator(selector).check()
            else:
                modal.locator(selector).fill(value)
                last_input = selector if selector.startswith("input") else last_input
        if width == 1280 or not last_input:
            with staff_page.expect_navigation():
                modal.locator("button[type=submit]").click()
        else:
            # On a phone Wagtail's sticky footer covers a tall modal's button:
            # the keyboard's Go key (Enter in a field) sends it, as a phone user would.
            shot(staff_page, f"modal-{label.split()[0].lower()}")
            with staff_page.expect_navigation():
                modal.locator(last_input).press("Enter")

    sign_in("cs-director")
    review = staff_page.locator(".relationship-review")
    expect(review).to_contain_text("Population ratio 1.3 (Pinole 19,022, Zandvoort 14,632)")
    shot(staff_page, "5-director-review")
    # The letter: a link to the view that checks who asks, never a media URL.
    letter_link = staff_page.locator("a", has_text="letter-of-interest.pdf")
    letter_link.scroll_into_view_if_needed()
    expect(letter_link).to_be_visible()
    letter_url = origin + letter_link.get_attribute("href")
    assert "/media/" not in letter_url
    staff_page.locator(".w-field", has=letter_link).last.screenshot(
        path=SHOTS / f"relationship-5b-letter-field-{width}.png")
    opened = staff_page.request.get(letter_url)
    assert opened.status == 200 and opened.body() == PDF, opened.status
    assert opened.headers["content-type"] == "application/pdf"
    stranger = browser.new_context(viewport={"width": width, "height": 900})
    refused = stranger.request.get(letter_url)
    assert refused.status == 404, refused.status
    stranger_page = stranger.new_page()
    stranger_page.goto(letter_url)
    shot(stranger_page, "5c-letter-refused-to-a-stranger")
    stranger.close()
    workflow_action("Return for changes", {"textarea[name=comment]": "Please say how far Amsterdam is."})
    expect(staff_page.locator(".messages")).to_be_visible()
    application.refresh_from_db()
    assert application.stage == "returned"

    returned = mail_to(sink, "marta@example.org", "Changes are asked")
    assert "Please say how far Amsterdam is." in returned.get_body(("plain",)).get_content()
    page.goto(follow_link(returned))
    expect(page.locator("textarea[name=first_year_plan]")).to_have_value("A letter exchange between two schools.")
    page.locator("textarea[name=metropolis_evidence]").fill("About 25 km west of Amsterdam.")
    shot(page, "6-returned")
    page.get_by_role("button", name="Send it again").click()
    expect(page.get_by_text("back with the Director")).to_be_visible()

    sign_in("cs-director")
    workflow_action("Approve")
    application.refresh_from_db()
    assert application.stage == "commission"

    # Four members vote (the quorum); the first votes in the admin and closes the vote.
    vote_state = application.current_workflow_task_state
    for member, choice in zip(staff["commission"][1:], ["aye", "aye", "aye", "aye", "no"], strict=False):
        cast(vote_state, application, member, choice)
    sign_in("commissioner-1")
    expect(staff_page.locator(".relationship-review")).to_contain_text("5 members have voted")
    workflow_action("Cast your vote", {"input[name=vote][value=aye]": ""})
    staff_page.goto(f"{origin}/admin/snippets/relationships/application/edit/{application.pk}/")
    expect(staff_page.locator(".relationship-review")).to_contain_text("6 members have voted")
    shot(staff_page, "7-commission")
    # A meeting dated before the application: refused in the modal, the motion kept.
    staff_page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").last.click()
    staff_page.get_by_role("button", name="Close the vote", exact=True).click()
    modal = staff_page.locator(".modal")
    modal.locator("textarea[name=motion]").fill("Recommend Zandvoort to the City Council.")
    modal.locator("input[name=meeting_date]").fill("2024-04-10")
    modal.locator("input[name=meeting_date]").press("Enter")
    expect(modal).to_contain_text("The meeting cannot be before the application: it was filed on")
    expect(modal.locator("textarea[name=motion]")).to_have_value("Recommend Zandvoort to the City Council.")
    shot(staff_page, "7b-meeting-before-application")
    modal.locator("input[name=meeting_date]").fill(today.isoformat())
    with staff_page.expect_navigation():
        modal.locator("input[name=meeting_date]").press("Enter")
    application.refresh_from_db()
    assert application.stage == "council"
    recommended = mail_to(sink, "marta@example.org", "The Commission recommended")
    assert "5-1 (1 absent)" in recommended.get_body(("plain",)).get_content()

    # The City Clerk records the resolution, then the signed agreement.
    sign_in("city-clerk")
    workflow_action("Record the adoption", {"input[name=number]": "24-010", "input[name=adopted_on]": today.isoformat(),
                                            "input[name=ayes]": "5", "input[name=noes]": "0"})
    application.refresh_from_db()
    assert application.stage == "agreement"
    document = Document.objects.create(title="Agreement Pinole Zandvoort", file=ContentFile(PDF, name="agreement.pdf"))
    staff_page.goto(f"{origin}/admin/snippets/relationships/application/edit/{application.pk}/")
    staff_page.locator("input[name=agreement_signed_on]").fill(today.isoformat())
    staff_page.locator("input[name=local_signatory]").fill("Mayor of Pinole")
    staff_page.locator("input[name=foreign_signatory]").fill("Mayor of Zandvoort")
    chooser = staff_page.locator(".modal input[name=q]")
    for _attempt in range(3):  # on a busy machine the chooser's script may not be listening yet
        staff_page.get_by_role("button", name="Choose a document").click()
        try:
            chooser.wait_for(timeout=15_000)
            break
        except PlaywrightTimeout:
            continue
    chooser = staff_page.locator(".modal")
    chooser.locator("input[name=q]").fill("Agreement Pinole")  # the chooser's own search
    # Chosen once the search has answered, as a reader would: a click on the first
    # listing while the results replace it is lost between mouse down and up.
    expect(chooser.locator("#search-results [role=alert]")).to_contain_text("There is 1 match")
    chooser.locator("a", has_text="Agreement Pinole Zandvoort").first.click()
    staff_page.locator(".modal").wait_for(state="hidden")
    with staff_page.expect_navigation():
        staff_page.locator("footer button[type=submit]").first.click()
    expect(staff_page.locator(".messages")).to_contain_text("updated")
    application.refresh_from_db()
    assert (application.agreement_document_id, application.agreement_signed_on, application.foreign_signatory) == (
        document.pk, today, "Mayor of Zandvoort")
    # The Clerk's menu: the workflow's last step, and no plain Publish past the review.
    staff_page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").last.click()
    expect(staff_page.get_by_role("button", name="Record the signed agreement and Publish", exact=True)
           ).to_be_visible()
    assert staff_page.locator("footer button[name=action-publish]").count() == 0
    shot(staff_page, "8a-clerk-menu")
    staff_page.goto(f"{origin}/admin/snippets/relationships/application/edit/{application.pk}/")
    workflow_action("Record the signed agreement and Publish")  # Wagtail names the last step so
    application.refresh_from_db()
    assert application.stage == "signed" and application.live
    assert application.agreement_document_id == document.pk
    shot(staff_page, "8-signed-admin")

    signed = mail_to(sink, "marta@example.org", "The agreement is signed")
    assert "Applied" in signed.get_body(("plain",)).get_content()
    city = CityProfilePage.objects.get(title="Zandvoort")
    assert city.status == "friendship"
    page.goto(f"{origin}/en/sister-cities/")
    expect(page.locator(".city-card", has_text="Zandvoort")).to_be_visible()
    shot(page, "9-directory")
    page.goto(f"{origin}/en/sister-city-policy/")
    record = page.locator(".relationship-record").first
    expect(record).to_have_text(f"Applied {day}; Commission recommended 5-1 (1 absent) on {day}; Council adopted "
                                f"Resolution 24-010 on {day}; agreement signed {day}.")
    shot(page, "10-record")
    reader.close()
    admin.close()
