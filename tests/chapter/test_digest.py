"""The monthly digest: the month's approved member events and member
newsletters as a draft issue of the chapter's newsletter, prepared once, for
an editor to edit and send."""

from datetime import date, time

from django.urls import reverse
from django.utils import timezone

from chapter import announcements, digest
from chapter.models import Announcement, MemberNewsletter
from newsletters.models import NewsletterPage


def approved_event(association, members, title, day):
    announcement = Announcement.objects.create(
        members_page=members, association=association, kind="event", language="en", name="Aiko Tanaka",
        email="aiko@example.org", title=title, start_date=day, start_time=time(18), place="City Hall")
    return announcements.approve(announcement.pk)


def test_the_digest_gathers_the_months_events_and_newsletters_into_a_draft_once(los_angeles, members):
    today = timezone.localdate()
    first = today.replace(day=1)
    approved_event(los_angeles, members, "Nagoya lantern evening", first.replace(day=20))
    approved_event(los_angeles, members, "An event of another month", date(first.year + 1, first.month, 5))
    MemberNewsletter.objects.create(association=los_angeles, title="Winter newsletter", issued=first,
                                    url="https://example.org/winter.pdf")
    found = digest.prepare(members.pk, first.year, first.month)
    assert found.created and (found.events, found.newsletters) == (1, 1)
    page = found.page
    assert not page.live and page.get_parent().slug == "newsletter" and page.slug == f"digest-{first:%Y-%m}"
    featured = [block.value for block in page.body if block.block_type == "featured_event"]
    assert [value["event"].title for value in featured] == ["Nagoya lantern evening"]
    assert featured[0]["blurb"] == "Run by Sister Cities of Los Angeles (Los Angeles)"
    html = "".join(str(block.value) for block in page.body if block.block_type == "text")
    assert '<a href="https://example.org/winter.pdf">Winter newsletter</a> (Sister Cities of Los Angeles)' in html
    assert "another month" not in html
    # The editor's changes stay: preparing the month again returns the same draft.
    page.title = "Our members in brief"
    page.save_revision()
    again = digest.prepare(members.pk, first.year, first.month)
    assert not again.created and again.page.pk == page.pk
    assert NewsletterPage.objects.get(pk=page.pk).get_latest_revision_as_object().title == "Our members in brief"
    assert [d.page.pk for d in digest.prepare_all(first.year, first.month)] == [page.pk]


def test_a_moderator_prepares_it_from_the_queue_and_lands_in_its_editor(admin_client, members):
    listing = admin_client.get(reverse("wagtailsnippets_chapter_announcement:list")).content.decode()
    assert "Prepare the monthly digest" in listing
    url = reverse("wagtailsnippets_chapter_announcement:digest")
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"members_page": members.pk, "month": "2031-03"})
    page = NewsletterPage.objects.get(slug="digest-2031-03")
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit",
                                                                          args=[page.pk])
    assert page.title == "Member news, March 2031" and not page.live
