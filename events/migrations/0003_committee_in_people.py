import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0002_meeting_notice_settings'),
        ('people', '0001_initial'),
    ]

    # The foreign keys' target moved app, not table: nothing changes in the database.
    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
            migrations.AlterField(
                model_name='calendarfeed',
                name='committee',
                field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='calendar_feeds', to='people.committee'),
            ),
            migrations.AlterField(
                model_name='eventpage',
                name='committee',
                field=models.ForeignKey(blank=True, help_text='The committee (or the board) holding this event.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='events', to='people.committee'),
            ),
        ]),
    ]
