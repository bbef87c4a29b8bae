from django.db import migrations


class Migration(migrations.Migration):
    """MeetingNotice, NoticedVersion and NoticeScan now live in notices/ (same tables)."""

    dependencies = [
        ("newsletters", "0004_committee_and_person_in_people"),
        ("notices", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
            migrations.DeleteModel(name="MeetingNotice"),
            migrations.DeleteModel(name="NoticedVersion"),
            migrations.DeleteModel(name="NoticeScan"),
        ]),
    ]
