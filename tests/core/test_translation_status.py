"""The "Translation status" report: each default-language page against each
locale, up to date / out of date / partly translated / not translated."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page

from core.permissions import ensure_site_editors_group
from home.models import PresidentialQuote, StandardPage
from people.models import BoardPosition
from tests import content
from tests.core.i18n_support import all_locales, english_home, localize

pytestmark = pytest.mark.django_db
URL = "/admin/reports/translation-status/"
# Session and user, permissions, locales, translations, sites and pages, one
# per translatable snippet model (4), the admin frame (its grouped snippet
# menus link translatable snippets in the default locale: one query more;
# the Registrations menu item asks whether the editor sits on a committee:
# one more; the Newsletter sends item whether they may edit a newsletter: one more).
QUERIES_FOR_THE_REPORT = 24


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


@pytest.fixture
def quote(editor):
    return PresidentialQuote.objects.create(speaker="Ronald Reagan", office="President of the United States",
                                            text="Sister cities are a bridge between peoples.")


FRENCH_QUOTE = {"speaker": "Ronald Reagan", "office": "Président des États-Unis",
                "text": "Les villes jumelles sont un pont entre les peuples."}


def snippet_row(response, snippet, code: str):
    return next(row for row in response.context["rows"] if is_row_of(row, snippet)
                and row.locale.language_code == code)


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
    # A site editor may follow it: wagtail-localize asks for its own permission.
    assert editor.get(row.action_url).status_code == 200


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


def test_a_snippet_never_translated_is_not_translated_and_links_to_translate_this_snippet(editor, quote):
    response = editor.get(URL)
    row = snippet_row(response, quote, "fr")
    assert row.status == "missing" and row.target is None
    assert row.action_url == reverse("wagtail_localize:submit_snippet_translation",
                                     args=["home", "presidentialquote", quote.pk])
    assert (row.group, row.type_label, row.name) == ("Snippets", "Presidential quote", str(quote))
    html = response.content.decode()
    assert row.action_url in html and "Translate this snippet" in html
    assert editor.get(row.action_url).status_code == 200


def test_a_snippet_translated_with_wagtail_localize_is_up_to_date(editor, quote):
    french, _contexts = localize(quote, "fr", FRENCH_QUOTE)
    response = editor.get(URL, {"locale": Locale.objects.get(language_code="fr").pk})
    row = snippet_row(response, quote, "fr")
    assert row.status == "up_to_date" and row.percent == 100 and row.target.pk == french.pk
    assert row.action_url == reverse("wagtailsnippets_home_presidentialquote:edit", args=[french.pk])
    assert row.action_url in response.content.decode()


def test_editing_and_syncing_a_snippet_puts_its_translation_out_of_date(editor, quote):
    from wagtail_localize.models import TranslationSource

    localize(quote, "fr", FRENCH_QUOTE)
    quote.text = "Sister cities are a bridge between peoples, and between generations."
    quote.save()
    TranslationSource.objects.get_for_instance(quote).update_from_db()  # "Sync translated snippets"
    assert statuses(editor, quote)["fr"] == "out_of_date"
    # Translating the new text brings it back up to date.
    localize(quote, "fr", {"text": "Les villes jumelles relient les peuples et les générations."})
    assert statuses(editor, quote)["fr"] == "up_to_date"


def test_a_snippet_waiting_for_strings_is_partly_translated(editor, quote):
    localize(quote, "es", {"office": "Presidente de los Estados Unidos"})
    row = snippet_row(editor.get(URL), quote, "es")
    assert row.status == "partial" and (row.translated, row.total) == (1, 3)


def test_a_snippet_translated_outside_wagtail_localize_is_up_to_date(editor, quote):
    italian = quote.copy_for_translation(Locale.objects.get(language_code="it"))
    italian.text = "Le città gemelle sono un ponte tra i popoli."
    italian.save()
    assert statuses(editor, quote)["it"] == "up_to_date"


def test_every_translatable_snippet_model_is_in_the_report(editor):
    from home.models import Footer, NavigationMenu

    reported = {type(row.source) for row in editor.get(URL, {"kind": "snippets"}).context["rows"]}
    assert reported == set()  # nothing in English yet
    english = Locale.get_default()
    site = english_home().get_site()
    snippets = [PresidentialQuote.objects.create(speaker="A", text="B", locale=english),
                BoardPosition.objects.create(year=2024, kind="officer", title="President", locale=english),
                NavigationMenu.objects.create(site=site, locale=english),
                Footer.objects.create(site=site, locale=english)]
    reported = {type(row.source) for row in editor.get(URL, {"kind": "snippets"}).context["rows"]}
    assert reported == {type(snippet) for snippet in snippets}


def test_filters_pages_or_snippets(editor, about, quote):
    def kinds(**params):
        return {row.is_snippet for row in editor.get(URL, params).context["rows"].paginator.object_list}

    assert kinds() == {False, True}
    assert kinds(kind="both") == {False, True}
    assert kinds(kind="pages") == {False}
    assert kinds(kind="snippets") == {True}
    assert kinds(kind="nonsense") == {False, True}


def test_snippet_rows_need_the_permission_to_change_that_snippet(client, django_user_model, about, quote):
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    english = Locale.get_default()
    position = BoardPosition.objects.create(year=2024, kind="officer", title="President", locale=english)
    group = Group.objects.create(name="Board page editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"),
                          Permission.objects.get(codename="change_boardposition"))
    GroupPagePermission.objects.create(group=group, page=Page.get_first_root_node(),
                                       permission=Permission.objects.get(codename="change_page"))
    user = django_user_model.objects.create_user("board", "board@example.org", "pw")
    user.groups.add(group)
    client.force_login(user)
    response = client.get(URL)
    reported = {type(row.source) for row in response.context["rows"].paginator.object_list}
    assert reported == {Page, BoardPosition}
    assert statuses(client, position)["fr"] == "missing"
    assert statuses(client, quote) == {}
    assert str(quote) not in response.content.decode()


def test_the_report_costs_the_same_queries_for_thirty_quotes_as_for_three(editor, django_assert_num_queries):
    def add_quotes(numbers):
        for number in numbers:
            quote = PresidentialQuote.objects.create(speaker=f"Speaker {number}", text=f"Quote {number}")
            if number % 3 == 0:
                localize(quote, "fr", {"speaker": f"Orateur {number}", "text": f"Citation {number}"})

    add_quotes(range(3))
    editor.get(URL)  # warm per-process caches (content types, locales)
    with django_assert_num_queries(QUERIES_FOR_THE_REPORT):
        response = editor.get(URL)
    assert sum(row.is_snippet for row in response.context["rows"].paginator.object_list) == 3 * 8
    add_quotes(range(3, 30))
    with django_assert_num_queries(QUERIES_FOR_THE_REPORT):
        response = editor.get(URL)
    assert sum(row.is_snippet for row in response.context["rows"].paginator.object_list) == 30 * 8


def test_the_edit_view_offers_each_missing_or_stale_language_one_click_away(editor, about):
    french_fully(about)
    about.save_revision().publish()  # the French translation is now out of date
    french = about.get_translation(Locale.objects.get(language_code="fr"))

    html = editor.get(reverse("wagtailadmin_pages:edit", args=[about.pk])).content.decode()

    offered = re.findall(r'<a href="([^"]+)"[^>]*data-translation-status="(\w+)"[^>]*lang="([\w-]+)"', html)
    submit = reverse("wagtail_localize:submit_page_translation", args=[about.pk])
    others = sorted(code for code in Locale.objects.values_list("language_code", flat=True) if code not in ("en", "fr"))
    assert sorted(offered, key=lambda link: link[2]) == sorted(
        [(reverse("wagtailadmin_pages:edit", args=[french.pk]), "out_of_date", "fr")]
        + [(submit, "missing", code) for code in others], key=lambda link: link[2])
    assert "Français · Out of date" in html
    # A translation offers nothing: its languages are its source's business.
    french_edit = editor.get(reverse("wagtailadmin_pages:edit", args=[french.pk])).content.decode()
    assert "data-translation-status" not in french_edit
