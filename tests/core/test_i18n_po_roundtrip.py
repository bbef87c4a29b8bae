"""Editors translate pages with wagtail-localize: submit a page for
translation, download its PO file, translate or correct it offline, upload it,
publish; readers get the new text. Done through the admin's own views."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.models import HomePage
from tests.core.i18n_support import all_locales, english_home

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def about():
    all_locales()
    page = english_home().add_child(instance=HomePage(
        title="About us", slug="about", intro="<p>We twin Sonoma with seven cities.</p>"))
    page.save_revision().publish()
    return page


def download(editor, translation) -> polib.POFile:
    response = editor.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"
    return polib.pofile(response.content.decode())


def upload(editor, translation, po: polib.POFile):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.id])
    file = SimpleUploadedFile("about-fr.po", str(po).encode(), content_type="text/x-gettext-translation")
    return editor.post(url, {"file": file, "next": "/admin/"})


def publish(editor, page, on_commit):
    # wagtail-localize publishes once the transaction commits.
    with on_commit(execute=True):
        response = editor.post(reverse("wagtailadmin_pages:edit", args=[page.id]), {"action": "publish"})
    assert response.status_code == 302


def translate_entries(po, translations: dict[str, str]):
    for entry in po:
        if entry.msgctxt in translations:
            entry.msgstr = translations[entry.msgctxt]


def test_po_download_edit_upload_publish_changes_what_readers_read(editor, about, client,
                                                                   django_capture_on_commit_callbacks):
    french = Locale.objects.get(language_code="fr")
    response = editor.post(reverse("wagtail_localize:submit_page_translation", args=[about.id]),
                           {"locales": [french.id]})
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=about.translation_key, target_locale=french)
    french_page = about.get_translation(french)

    po = download(editor, translation)
    assert {entry.msgctxt: entry.msgid for entry in po}["intro"] == "We twin Sonoma with seven cities."
    translate_entries(po, {"title": "À propos", "intro": "Nous jumelons Sonoma avec sept villes."})
    upload(editor, translation, po)
    publish(editor, french_page, django_capture_on_commit_callbacks)

    page = client.get("/fr/about/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "À propos" in html and "Nous jumelons Sonoma avec sept villes." in html
    assert "translation-notice" not in html

    # A correction made offline: export again, edit, import, publish.
    po = download(editor, translation)
    assert {entry.msgctxt: entry.msgstr for entry in po}["intro"] == "Nous jumelons Sonoma avec sept villes."
    translate_entries(po, {"intro": "Sonoma est jumelée avec sept villes."})
    upload(editor, translation, po)
    publish(editor, french_page, django_capture_on_commit_callbacks)

    html = client.get("/fr/about/").content.decode()
    assert "Sonoma est jumelée avec sept villes." in html
    assert "Nous jumelons" not in html
    # The English page is untouched.
    assert "We twin Sonoma with seven cities." in client.get("/en/about/").content.decode()


def test_a_po_file_for_another_translation_is_refused_and_changes_nothing(editor, about, client,
                                                                         django_capture_on_commit_callbacks):
    french, spanish = Locale.objects.get(language_code="fr"), Locale.objects.get(language_code="es")
    editor.post(reverse("wagtail_localize:submit_page_translation", args=[about.id]),
                {"locales": [french.id, spanish.id]})
    to_french = Translation.objects.get(source__object_id=about.translation_key, target_locale=french)
    to_spanish = Translation.objects.get(source__object_id=about.translation_key, target_locale=spanish)

    po = download(editor, to_spanish)
    translate_entries(po, {"intro": "Hermanamos Sonoma con siete ciudades."})
    response = upload(editor, to_french, po)  # the wrong translation
    publish(editor, about.get_translation(french), django_capture_on_commit_callbacks)

    assert response.status_code == 302
    messages = [str(m).strip() for m in response.wsgi_request._messages]
    assert "Cannot import PO file that was created for a different translation." in messages
    assert "Successfully imported translations from PO File." not in messages
    assert "Hermanamos" not in client.get("/fr/about/").content.decode()
