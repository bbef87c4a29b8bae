"""Timeline entries become translatable with their page: each gets its
page's locale and a translation key. The entries a translated history page
holds are copies of its source's, made in the same order, so each copy gets
the key of the source entry at its position: wagtail-localize then updates
them in place instead of adding a second timeline."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def keys_and_locales(apps, schema_editor):
    HistoryPage = apps.get_model("home", "HistoryPage")
    HistoryEntry = apps.get_model("home", "HistoryEntry")
    Locale = apps.get_model("wagtailcore", "Locale")
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    groups = {}
    for page in HistoryPage.objects.order_by("pk"):
        groups.setdefault(page.translation_key, []).append(page)
    for pages in groups.values():
        # The source: the default language's page, else the oldest.
        pages.sort(key=lambda page: (page.locale_id != getattr(default, "pk", None), page.pk))
        source_keys = []
        for number, page in enumerate(pages):
            entries = list(HistoryEntry.objects.filter(page_id=page.pk).order_by("sort_order", "pk"))
            for position, entry in enumerate(entries):
                if number == 0:
                    source_keys.append(uuid.uuid4())
                    entry.translation_key = source_keys[-1]
                else:
                    entry.translation_key = source_keys[position] if position < len(source_keys) else uuid.uuid4()
                entry.locale_id = page.locale_id
                entry.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0009_contact_page_and_messages'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AddField(
            model_name='historyentry',
            name='locale',
            field=models.ForeignKey(null=True, editable=False, on_delete=django.db.models.deletion.PROTECT,
                                    related_name='+', to='wagtailcore.locale', verbose_name='locale'),
        ),
        migrations.AddField(
            model_name='historyentry',
            name='translation_key',
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(keys_and_locales, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='historyentry',
            name='locale',
            field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+',
                                    to='wagtailcore.locale', verbose_name='locale'),
        ),
        migrations.AlterField(
            model_name='historyentry',
            name='translation_key',
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name='historyentry',
            unique_together={('translation_key', 'locale')},
        ),
    ]
