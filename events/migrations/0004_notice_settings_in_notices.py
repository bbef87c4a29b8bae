from django.db import migrations


class Migration(migrations.Migration):
    """MeetingNoticeSettings now lives in notices/ (same table)."""

    dependencies = [
        ("events", "0003_committee_in_people"),
        ("notices", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="MeetingNoticeSettings")]),
    ]
