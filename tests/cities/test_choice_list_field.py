"""The checkbox list's label follows the reader's language: a form class is
built once, at import, in whatever language is active then."""

from django.utils import translation

from cities.models import CityProfilePage


def test_the_label_is_translated_when_shown_not_when_the_form_is_built():
    with translation.override("en"):
        field = CityProfilePage._meta.get_field("programmes").formfield()

    with translation.override("fr"):
        label = str(field.label)
        expected = translation.gettext("programme areas")

    assert expected != "programme areas"
    assert label == expected[0].upper() + expected[1:]
