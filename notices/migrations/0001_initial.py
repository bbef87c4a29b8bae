import datetime
import django.db.models.deletion
import django.utils.timezone
import events.reminders
from django.conf import settings
from django.db import migrations, models

MOVED = {"meetingnotice": "newsletters", "noticedversion": "newsletters", "noticescan": "newsletters",
         "meetingnoticesettings": "events"}


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model, app_label in MOVED.items():
        ContentType.objects.filter(app_label=app_label, model=model).update(app_label="notices")


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model, app_label in MOVED.items():
        ContentType.objects.filter(app_label="notices", model=model).update(app_label=app_label)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('events', '0003_committee_in_people'),
        ('newsletters', '0004_committee_and_person_in_people'),
        ('people', '0001_initial'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    # The rows stay where they are: only Django's state moves, and the content
    # types follow so that permissions and admin history keep pointing at them.
    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(move_content_types, move_content_types_back)],
            state_operations=[
                migrations.CreateModel(
                    name='NoticeScan',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=40, unique=True)),
                        ('last_scan_at', models.DateTimeField()),
                    ],
                    options={
                        'db_table': 'newsletters_noticescan',
                    },
                ),
                migrations.CreateModel(
                    name='MeetingNoticeSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('reminder_days', models.CharField(default='6, 1', help_text='Days before each meeting that followers get a reminder, e.g. “6, 1”; “-” for none.', max_length=40, validators=[events.reminders.validate_reminder_days], verbose_name='reminders (days before)')),
                        ('reminder_time', models.TimeField(default=datetime.time(8, 0), help_text="Time of day the reminders go out, in each recipient's own time zone.", verbose_name='reminder time')),
                        ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
                    ],
                    options={
                        'verbose_name': 'meeting notices',
                        'db_table': 'events_meetingnoticesettings',
                    },
                ),
                migrations.CreateModel(
                    name='NoticedVersion',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('revision', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision')),
                    ],
                    options={
                        'db_table': 'newsletters_noticedversion',
                    },
                ),
                migrations.CreateModel(
                    name='MeetingNotice',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('reminder', 'Reminder'), ('change', 'Change'), ('cancellation', 'Cancellation')], max_length=12)),
                        ('occurrence_key', models.CharField(help_text='Event UID / original date (notices.keys.NoticeKey).', max_length=200)),
                        ('variant', models.CharField(blank=True, max_length=100)),
                        ('recipient', models.EmailField(help_text='Lower-cased address.', max_length=254)),
                        ('language', models.CharField(max_length=10)),
                        ('time_zone', models.CharField(max_length=64)),
                        ('occurrence_start', models.DateTimeField()),
                        ('due_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('details', models.JSONField(blank=True, default=dict)),
                        ('dropped_at', models.DateTimeField(blank=True, null=True)),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('committee', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='people.committee')),
                        ('delivery', models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='meeting_notice', to='newsletters.delivery')),
                        ('page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='meeting_notices', to='events.eventpage')),
                        ('person', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='meeting_notices', to='people.person')),
                        ('subscriber', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='meeting_notices', to='newsletters.subscriber')),
                    ],
                    options={
                        'db_table': 'newsletters_meetingnotice',
                        'indexes': [models.Index(fields=['page', 'kind'], name='newsletters_notice_page_kind')],
                        'constraints': [models.UniqueConstraint(fields=('occurrence_key', 'recipient', 'kind', 'variant'), name='newsletters_meetingnotice_once')],
                    },
                ),
            ],
        ),
    ]
