"""Letters of interest move to the private storage (STORAGES["private"]):
each letter already uploaded is copied there under the same name and removed
from the public media storage, so the links reviewers follow keep working and
the old media URL answers nothing."""

from django.core.files.storage import storages
from django.db import migrations, models

import core.storage
import relationships.models.application


def move_letters(apps, schema_editor):
    Application = apps.get_model("relationships", "Application")
    public, private = storages["default"], storages["private"]
    names = Application.objects.exclude(letter_of_interest="").values_list("letter_of_interest", flat=True)
    for name in names.iterator():
        if private.exists(name) or not public.exists(name):
            continue  # moved already, or lost before: nothing to move
        with public.open(name, "rb") as handle:
            stored = private.save(name, handle)
        if stored != name:  # the private storage chose another name: the row follows it
            Application.objects.filter(letter_of_interest=name).update(letter_of_interest=stored)
        public.delete(name)


class Migration(migrations.Migration):

    dependencies = [
        ("relationships", "0002_aftercare"),
    ]

    operations = [
        migrations.AlterField(
            model_name="application",
            name="letter_of_interest",
            field=models.FileField(blank=True, storage=core.storage.private_storage,
                                   upload_to=relationships.models.application.letter_path,
                                   verbose_name="letter of interest (PDF)"),
        ),
        migrations.RunPython(move_letters, migrations.RunPython.noop),
    ]
