from django.db import migrations


class Migration(migrations.Migration):
    """Person now lives in people/ (same table, home_person), once nothing in
    the old apps points at it."""

    dependencies = [
        ("cities", "0003_committee_in_people"),
        ("home", "0007_board_positions_in_people"),
        ("newsletters", "0004_committee_and_person_in_people"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="Person")]),
    ]
