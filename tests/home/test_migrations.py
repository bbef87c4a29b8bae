"""Timeline entries became translatable with their page: the rows there were
keep their content, take their page's language, and the entries of a page
translated before get the key of the source entry they copy (so
wagtail-localize updates them instead of adding a second timeline)."""

import uuid

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("home", "0009_contact_page_and_messages")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def history_page(apps, locale, key, path):
    ContentType = apps.get_model("contenttypes", "ContentType")
    page_type, _created = ContentType.objects.get_or_create(app_label="home", model="historypage")
    return apps.get_model("home", "HistoryPage").objects.create(
        title="History", draft_title="History", slug=f"history-{path}", path=path, depth=2, numchild=0,
        url_path=f"/history-{path}/", content_type=page_type, locale=locale, translation_key=key, live=True)


@pytest.mark.django_db(transaction=True)
def test_timeline_entries_keep_their_rows_and_take_their_pages_language():
    old = migrate(BEFORE)
    Locale = old.get_model("wagtailcore", "Locale")
    english, _created = Locale.objects.get_or_create(language_code="en")
    french, _created = Locale.objects.get_or_create(language_code="fr")
    key = uuid.uuid4()
    source = history_page(old, english, key, "90010001")
    copy = history_page(old, french, key, "90010002")
    Entry = old.get_model("home", "HistoryEntry")
    rows = {}
    for page in (source, copy):
        for order, (year, title) in enumerate([(836, "Paderborn and Le Mans"), (1986, "The association")]):
            rows[page.pk, order] = Entry.objects.create(page=page, sort_order=order, year=year, title=title,
                                                        text="<p>Kept.</p>").pk

    new = migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    Entry = new.get_model("home", "HistoryEntry")
    entries = {pk: Entry.objects.get(pk=pk) for pk in rows.values()}
    assert {entry.text for entry in entries.values()} == {"<p>Kept.</p>"}
    for order in (0, 1):
        english_entry, french_entry = entries[rows[source.pk, order]], entries[rows[copy.pk, order]]
        assert (english_entry.locale_id, french_entry.locale_id) == (english.pk, french.pk)
        assert english_entry.translation_key == french_entry.translation_key
    assert entries[rows[source.pk, 0]].translation_key != entries[rows[source.pk, 1]].translation_key
