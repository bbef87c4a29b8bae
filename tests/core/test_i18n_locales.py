"""Languages are set in one place; `sync_locales` turns them into wagtail
Locales with no migration, and never deletes one."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from core.i18n import sync_locales
from tests.core.i18n_support import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def test_creates_a_locale_for_every_configured_language(capsys):
    call_command("sync_locales")

    assert sorted(Locale.objects.values_list("language_code", flat=True)) == sorted(LANGUAGE_CODES)
    assert "Created locales: fr, es, it, ja, uk, zh-hans, hu, ar" in capsys.readouterr().out
    # The eight new locales follow the English page tree.
    english = Locale.objects.get(language_code="en")
    synced = LocaleSynchronization.objects.filter(sync_from=english)
    assert sorted(s.locale.language_code for s in synced) == sorted(LANGUAGE_CODES[1:])


def test_running_it_again_changes_nothing(capsys):
    call_command("sync_locales")
    capsys.readouterr()

    call_command("sync_locales")

    assert Locale.objects.count() == len(LANGUAGE_CODES)
    assert "Every configured language has its locale." in capsys.readouterr().out


def test_a_tenth_language_is_one_setting_and_this_command(settings):
    sync_locales()
    settings.LANGUAGES = settings.LANGUAGES + [("de", "Deutsch")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES

    result = sync_locales(synchronise_trees=False)

    assert result.created == ["de"]
    assert result.synchronised == []
    assert Locale.objects.filter(language_code="de").exists()


def test_a_language_removed_from_settings_keeps_its_locale(settings, capsys):
    sync_locales()
    settings.LANGUAGES = [lang for lang in settings.LANGUAGES if lang[0] != "hu"]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES

    call_command("sync_locales", "--no-sync")

    assert Locale.objects.filter(language_code="hu").exists()
    assert "Locales not in LANGUAGES (kept, they may own pages): hu" in capsys.readouterr().out
