"""Short texts of one row, said in every language: a committee's name, the
organisation's name and address.

Such a row is a key many things hold (a committee: the events and feeds that
name it, the seats, the subscribers who follow it, its editors' group; the
organisation: one settings row per site). Copying it per language, as
wagtail-localize does with a snippet, would make each of those pick the
default language's copy. Here the row stays one: its fields keep the default
language's wording and `translations` ({language: {field: text}}) the
others', read with the row itself (no query more). Its admin form shows, under
the default fields, one field per language (`PerLanguageForm`).
"""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


def other_languages() -> list[tuple[str, str]]:
    """(code, name in its own language) of every language but the default."""
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def form_field_name(field: str, code: str) -> str:
    return f"{field}__{code.replace('-', '_')}"


class PerLanguageMixin(models.Model):
    """`per_language_fields`: the text fields readers see, given in every
    language in `translations`; `in_language(field)` reads the reader's."""

    translations = models.JSONField(_("in other languages"), default=dict, blank=True, editable=False)
    per_language_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def language_of(self, field: str, language: str | None = None) -> str:
        """The language `field` is shown in to a reader of `language` (the
        reader's own where given, else the default one)."""
        language = language or get_language() or settings.LANGUAGE_CODE
        if language != settings.LANGUAGE_CODE and (self.translations or {}).get(language, {}).get(field):
            return language
        return settings.LANGUAGE_CODE

    @property
    def shown(self) -> "Shown":
        """The per-language fields as the current reader sees them."""
        language = get_language() or settings.LANGUAGE_CODE
        return Shown({field: self.in_language(field, language) for field in self.per_language_fields},
                     {field: self.language_of(field, language) for field in self.per_language_fields})

    def in_language(self, field: str, language: str | None = None) -> str:
        """`field` in `language` (the reader's by default), else in the default language."""
        shown = self.language_of(field, language)
        if shown != settings.LANGUAGE_CODE:
            return self.translations[shown][field]
        return getattr(self, field)


class Shown(dict):
    """{field: text in the reader's language}; `languages` says which
    language each text is in, for `lang`/`dir` where it is not the reader's."""

    def __init__(self, texts: dict, languages: dict):
        super().__init__(texts)
        self.languages = languages


def per_language_form(fields: dict[str, dict]) -> type[WagtailAdminModelForm]:
    """An admin form with a field per language for each of `fields` ({model
    field: {"label": ..., "widget": ..., "max_length": ...}}), read from and
    written to the instance's `translations`."""
    declared = {}
    for code, name in other_languages():
        for field, options in fields.items():
            options = dict(options)
            label = options.pop("label")
            declared[form_field_name(field, code)] = forms.CharField(
                label=format_lazy("{} ({})", label, name) if len(fields) > 1 else name, required=False, **options)

    def __init__(self, *args, **kwargs):
        WagtailAdminModelForm.__init__(self, *args, **kwargs)
        given = self.instance.translations or {}
        for code, _name in other_languages():
            for field in fields:
                self.initial.setdefault(form_field_name(field, code), given.get(code, {}).get(field, ""))

    def save(self, commit=True):
        translations = {}
        for code, _name in other_languages():
            texts = {field: value for field in fields
                     if (value := (self.cleaned_data.get(form_field_name(field, code)) or "").strip())}
            if texts:
                translations[code] = texts
        self.instance.translations = translations
        return WagtailAdminModelForm.save(self, commit=commit)

    return type("PerLanguageForm", (WagtailAdminModelForm,), {**declared, "__init__": __init__, "save": save})


def per_language_panels(fields: tuple[str, ...], heading) -> list:
    """The admin panels of the other languages: one collapsed group for a
    single field, else one collapsed group per language."""
    if len(fields) == 1:
        return [MultiFieldPanel([FieldPanel(form_field_name(fields[0], code)) for code, _name in other_languages()],
                                heading=heading, classname="collapsed")]
    return [MultiFieldPanel([FieldPanel(form_field_name(field, code)) for field in fields],
                            heading=format_lazy("{}: {}", heading, name), classname="collapsed")
            for code, name in other_languages()]
