"""People, board positions and committees moved from home/ and cities/ into
people/ without a copy: the rows, their links and their content types (which
permissions, revisions and translations point at) stay as they were."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE_THE_MOVE = [
    ("home", "0006_person_notices_opted_out"),
    ("cities", "0002_partnership_details"),
    ("events", "0002_meeting_notice_settings"),
    ("newsletters", "0003_featured_event_page_type"),
    ("people", None),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([node for node in targets if node[1] is not None]).apps


@pytest.mark.django_db(transaction=True)
def test_people_keep_their_rows_links_and_content_types_when_they_move_app():
    old = migrate(BEFORE_THE_MOVE)
    ContentType = old.get_model("contenttypes", "ContentType")
    Locale = old.get_model("wagtailcore", "Locale")
    person_type, _created = ContentType.objects.get_or_create(app_label="home", model="person")
    committee_type, _created = ContentType.objects.get_or_create(app_label="cities", model="committee")
    locale, _created = Locale.objects.get_or_create(language_code="en")
    sylvia = old.get_model("home", "Person").objects.create(name="Sylvia Toth", email="sylvia@example.org")
    tokaj = old.get_model("cities", "Committee").objects.create(name="Tokaj Committee", slug="tokaj", chair=sylvia)
    tokaj.members.add(sylvia)
    seat = old.get_model("home", "BoardPosition").objects.create(
        year=2024, kind="chair", title="Tokaj Chair", person=sylvia, committee=tokaj, locale=locale)
    subscriber = old.get_model("newsletters", "Subscriber").objects.create(email="reader@example.org")
    subscriber.committees.add(tokaj)

    executor = MigrationExecutor(connection)
    new = migrate(executor.loader.graph.leaf_nodes())

    Person, Committee = new.get_model("people", "Person"), new.get_model("people", "Committee")
    assert Person.objects.get(pk=sylvia.pk).email == "sylvia@example.org"
    committee = Committee.objects.get(pk=tokaj.pk)
    assert (committee.chair_id, list(committee.members.values_list("pk", flat=True))) == (sylvia.pk, [sylvia.pk])
    moved_seat = new.get_model("people", "BoardPosition").objects.get(pk=seat.pk)
    assert (moved_seat.person_id, moved_seat.committee_id) == (sylvia.pk, tokaj.pk)
    followed = new.get_model("newsletters", "Subscriber").objects.get(pk=subscriber.pk).committees
    assert list(followed.values_list("pk", flat=True)) == [tokaj.pk]
    types = new.get_model("contenttypes", "ContentType").objects
    assert types.get(pk=person_type.pk).app_label == "people"
    assert types.get(pk=committee_type.pk).app_label == "people"
    assert not types.filter(app_label__in=["home", "cities"], model__in=["person", "committee"]).exists()
