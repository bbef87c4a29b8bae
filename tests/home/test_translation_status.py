"""The "Translation status" report: each default-language page against each
locale, up to date / out of date / partly translated / not translated."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page

from home.models import StandardPage
from home.permissions import ensure_site_editors_group
from tests import content
from tests.home.i18n_support import all_locales, english_home, localize

pytestmark = pytest.mark.django_db
URL = "/admin/reports/translation-status/"


@pytest.fixture
def editor(client, django_user_model):
    all_locales()
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(ensure_site_editors_group())
    client.force_login(user)
    return client


@pytest.fixture
def about(editor):
    return content.add_page(english_home(), StandardPage(title="About us", slug="about", intro="We twin cities."))


def french_fully(page):
    return localize(page, "fr", {"title": "À propos", "slug": "a-propos", "intro": "Nous jumelons des villes."})[0]


def is_row_of(row, item) -> bool:
    """`row` is about page or snippet `item` (a page and a snippet may share a pk)."""
    return row.source.pk == item.pk and isinstance(row.source, Page) == isinstance(item, Page)


def statuses(client, item, **params) -> dict[str, str]:
    """{language code: status} of the report's rows for page or snippet `item`."""
    response = client.get(URL, params)
    assert response.status_code == 200
    return {row.locale.language_code: row.status for row in response.context["rows"] if is_row_of(row, item)}


def test_a_fully_translated_live_page_is_up_to_date(editor, about):
    french = french_fully(about)
    response = editor.get(URL, {"locale": Locale.objects.get(language_code="fr").pk})
    row = next(row for row in response.context["rows"] if is_row_of(row, about))
    assert row.status == "up_to_date" and row.percent == 100
    assert row.action_url == reverse("wagtailadmin_pages:edit", args=[french.pk])
    assert "Up to date" in response.content.decode()


def test_publishing_the_source_again_puts_the_translation_out_of_date(editor, about):
    french_fully(about)
    about.intro = "We twin Sonoma with seven cities."
    about.save_revision().publish()
    assert statuses(editor, about)["fr"] == "out_of_date"
    # Translating the new text brings it back up to date.
    localize(about, "fr", {"intro": "Nous jumelons Sonoma avec sept villes."})
    assert statuses(editor, about)["fr"] == "up_to_date"


def test_a_page_never_translated_is_not_translated_and_links_to_translate_this_page(editor, about):
    french_fully(about)
    response = editor.get(URL)
    row = next(row for row in response.context["rows"] if is_row_of(row, about)
               and row.locale.language_code == "hu")
    assert row.status == "missing" and row.target is None
    assert row.action_url == reverse("wagtail_localize:submit_page_translation", args=[about.pk])
    assert row.action_url in response.content.decode()


def test_an_alias_in_a_synchronised_tree_counts_as_not_translated(editor, about):
    about.copy_for_translation(Locale.objects.get(language_code="hu"), copy_parents=True, alias=True)
    assert statuses(editor, about)["hu"] == "missing"


def test_a_translation_waiting_for_strings_is_partly_translated(editor, about):
    localize(about, "es", {"title": "Sobre nosotros"})
    response = editor.get(URL)
    row = next(row for row in response.context["rows"] if is_row_of(row, about)
               and row.locale.language_code == "es")
    assert row.status == "partial"
    assert (row.translated, row.total) == (1, 3) and row.percent == 33


def test_an_unpublished_translation_is_a_draft(editor, about):
    localize(about, "it", {"title": "Chi siamo", "slug": "chi-siamo", "intro": "Gemelliamo città."}, publish=False)
    assert statuses(editor, about)["it"] == "draft"


def test_filters_by_language_and_status(editor, about):
    french_fully(about)
    french, spanish = (Locale.objects.get(language_code=code) for code in ("fr", "es"))
    assert statuses(editor, about, locale=[french.pk, spanish.pk]) == {"fr": "up_to_date", "es": "missing"}
    assert statuses(editor, about, status="missing", locale=french.pk) == {}
    missing = statuses(editor, about, status="missing")
    assert "fr" not in missing and "hu" in missing


def test_the_report_is_in_the_reports_menu_for_editors(editor):
    html = editor.get("/admin/").content.decode()
    assert "translation-status" in html and URL in html


def test_anonymous_readers_are_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_user_who_cannot_edit_pages_is_refused(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", "reader@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin",
                                                     codename="access_admin"))
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert "Translation status" not in response.content.decode()
    assert "translation-status" not in client.get("/admin/").content.decode()


def test_the_report_costs_the_same_queries_for_ten_pages_as_for_one(editor, about):
    french_fully(about)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert editor.get(URL, {"kind": "pages"}).status_code == 200
        return len(queries)

    editor.get(URL, {"kind": "pages"})  # warm per-process caches (content types, locales)
    one = count()
    for number in range(9):
        page = content.add_page(english_home(), StandardPage(title=f"Page {number}", slug=f"page-{number}"))
        localize(page, "fr", {"title": f"Page {number} (fr)"})
    assert count() == one
    assert one <= 20


def test_with_the_demo_content_the_ukrainian_kaniv_profile_is_up_to_date(client, django_user_model,
                                                                       django_capture_on_commit_callbacks):
    call_command("sync_locales", "--no-sync")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content")
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    ukrainian = Locale.objects.get(language_code="uk")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, {"locale": ukrainian.pk})
    rows = {row.source.url_path: row for row in response.context["rows"].paginator.object_list
            if not row.is_snippet}
    kaniv = rows["/home/sister-cities/kaniv/"]
    assert (kaniv.status, kaniv.percent) == ("up_to_date", 100)
    assert rows["/home/sister-cities/aswan/"].status == "missing"  # Aswan is in Arabic
    # Pages in at most 20 queries, and one more per translatable snippet model.
    assert len(queries) <= 20 + 4
