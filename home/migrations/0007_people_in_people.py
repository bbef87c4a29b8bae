from django.db import migrations


class Migration(migrations.Migration):
    """Person and BoardPosition now live in people/ (same tables)."""

    dependencies = [
        ("cities", "0003_committee_in_people"),
        ("home", "0006_person_notices_opted_out"),
        ("newsletters", "0004_committee_and_person_in_people"),
        ("people", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
            migrations.DeleteModel(name="BoardPosition"),
            migrations.DeleteModel(name="Person"),
        ]),
    ]
