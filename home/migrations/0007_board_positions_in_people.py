from django.db import migrations


class Migration(migrations.Migration):
    """BoardPosition now lives in people/ (same table, home_boardposition)."""

    dependencies = [
        ("home", "0006_person_notices_opted_out"),
        ("people", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="BoardPosition")]),
    ]
