import django.db.models.deletion
import modelsearch.index
import uuid
import wagtail.fields
from django.db import migrations, models

MOVED = {"person": "home", "boardposition": "home", "committee": "cities"}


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model, app_label in MOVED.items():
        ContentType.objects.filter(app_label=app_label, model=model).update(app_label="people")


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model, app_label in MOVED.items():
        ContentType.objects.filter(app_label="people", model=model).update(app_label=app_label)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('cities', '0002_partnership_details'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0006_person_notices_opted_out'),
        ('wagtailcore', '0098_apitoken'),
    ]

    # The rows stay where they are: only Django's state moves, and the content
    # types follow so that permissions, revisions, translations and the
    # reference index keep pointing at the same rows.
    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(move_content_types, move_content_types_back)],
            state_operations=[
                migrations.CreateModel(
                    name='Person',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200)),
                        ('email', models.EmailField(blank=True, help_text='Internal only: used for meeting notices, never shown on the site.', max_length=254)),
                        ('bio', wagtail.fields.RichTextField(blank=True)),
                        ('notices_opted_out_at', models.DateTimeField(blank=True, help_text='Set when this person unsubscribed from meeting notices. Clear it only at their request.', null=True, verbose_name='opted out of meeting notices')),
                        ('photo', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.siteimage')),
                    ],
                    options={
                        'verbose_name_plural': 'people',
                        'db_table': 'home_person',
                        'ordering': ['name'],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='Committee',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200)),
                        ('slug', models.SlugField(max_length=100, unique=True)),
                        ('kind', models.CharField(choices=[('board', 'Board'), ('committee', 'Committee')], default='committee', max_length=12)),
                        ('city', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='committees', to='cities.cityprofilepage')),
                        ('chair', models.ForeignKey(blank=True, help_text='Leave empty while the chair is vacant.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='chaired_committees', to='people.person')),
                        ('co_chair', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='co_chaired_committees', to='people.person')),
                        ('members', models.ManyToManyField(blank=True, related_name='committees', to='people.person')),
                    ],
                    options={
                        'db_table': 'cities_committee',
                        'ordering': ['kind', 'name'],
                    },
                ),
                migrations.CreateModel(
                    name='BoardPosition',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('year', models.PositiveSmallIntegerField()),
                        ('kind', models.CharField(choices=[('officer', 'Officer'), ('director', 'Director at large'), ('chair', 'Committee chair'), ('other', 'Board member')], max_length=12)),
                        ('title', models.CharField(help_text='E.g. President, Treasurer, Membership Chair', max_length=200)),
                        ('sort_order', models.PositiveSmallIntegerField(default=0)),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                        ('committee', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='positions', to='people.committee')),
                        ('person', models.ForeignKey(blank=True, help_text='Leave empty while the seat is vacant.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='positions', to='people.person')),
                    ],
                    options={
                        'db_table': 'home_boardposition',
                        'ordering': ['year', 'sort_order', 'title'],
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                ),
            ],
        ),
    ]
