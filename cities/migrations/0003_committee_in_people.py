from django.db import migrations


class Migration(migrations.Migration):
    """Committee now lives in people/ (same table, cities_committee)."""

    dependencies = [
        ("cities", "0002_partnership_details"),
        ("events", "0003_committee_in_people"),
        ("home", "0007_board_positions_in_people"),
        ("newsletters", "0004_committee_and_person_in_people"),
        ("people", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="Committee")]),
    ]
