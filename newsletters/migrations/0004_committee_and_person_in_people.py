import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('newsletters', '0003_featured_event_page_type'),
        ('people', '0001_initial'),
    ]

    # The foreign keys' target moved app, not table: nothing changes in the database.
    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
            migrations.AlterField(
                model_name='meetingnotice',
                name='committee',
                field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='people.committee'),
            ),
            migrations.AlterField(
                model_name='meetingnotice',
                name='person',
                field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='meeting_notices', to='people.person'),
            ),
            migrations.AlterField(
                model_name='subscriber',
                name='committees',
                field=models.ManyToManyField(blank=True, related_name='subscribers', to='people.committee'),
            ),
        ]),
    ]
