"""The registration form an event page shows: who, when (one date or the
whole series), how many, the editor's questions, consent, and a honeypot."""

from datetime import date

from django import forms
from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .places import Counts, DateChoice

SERIES = "series"
MAX_GUESTS = 10


def question_fields(page) -> dict[str, forms.Field]:
    """One field per question the event's editors set, named by the block's id
    (shared by the page's translations, so answers line up across languages)."""
    fields = {}
    for block in page.registration_questions or []:
        value, required = block.value, bool(block.value.get("required"))
        label = value.get("label") or ""
        if value.get("kind") == "choice":
            choices = [("", "—")] + [(c, c) for c in value.get("choices") or []]
            field = forms.ChoiceField(label=label, choices=choices, required=required)
        elif value.get("kind") == "yes_no":
            field = forms.BooleanField(label=label, required=required)
        else:
            field = forms.CharField(label=label, required=required, max_length=500,
                                    widget=forms.Textarea(attrs={"rows": 2}))
        fields[f"q_{block.id}"] = field
    return fields


def _places_text(left: int | None, going: int = 0) -> str:
    """Places left, or (without a limit) how many are going; never who."""
    if left is None:
        if not going:
            return ""
        return ngettext("%(n)s person going", "%(n)s people going", going) % {"n": going}
    if left == 0:
        return str(_("full: waiting list"))
    return ngettext("%(n)s place left", "%(n)s places left", left) % {"n": left}


def when_choices(dates: list[DateChoice], counts: Counts | None) -> list[tuple[str, str]]:
    """The series first, then each coming date with its places left."""
    series_left = min((counts.left(d.day) for d in dates if counts.left(d.day) is not None), default=None) \
        if counts else None
    series_going = counts.taken(None) if counts else 0
    choices = [(SERIES, _join(str(_("Every date of the series")), _places_text(series_left, series_going)))]
    for choice in dates:
        occ = choice.occurrence
        label = date_format(occ.start.date(), "DATE_FORMAT")
        if not occ.all_day:
            label += " " + date_format(occ.start, "TIME_FORMAT")
        if occ.moved:
            label += " " + str(_("(moved)"))
        places = _places_text(counts.left(choice.day), counts.taken(choice.day)) if counts else ""
        choices.append((choice.day.isoformat(), _join(label, places)))
    return choices


def _join(label: str, places: str) -> str:
    return f"{label} — {places}" if places else label


class RegistrationForm(forms.Form):
    when = forms.ChoiceField(label=_("Which date"), widget=forms.RadioSelect)
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Email address"), max_length=254,
                             help_text=_("We send a link to confirm, then the details and a calendar invitation."))
    language = forms.ChoiceField(label=_("Language of the emails"), choices=settings.LANGUAGES)
    guests = forms.TypedChoiceField(label=_("Guests coming with you"), coerce=int, initial=0,
                                    choices=[(n, str(n)) for n in range(MAX_GUESTS + 1)])
    consent = forms.BooleanField(label="", required=True)
    # Left empty by people; bots that fill every field give themselves away.
    website = forms.CharField(required=False, label=_("Leave this field empty"),
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    def __init__(self, *args, page, dates: list[DateChoice], counts: Counts | None = None,
                 consent_text: str = "", manage: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent_text
        if page.rrule and not manage:
            self.fields["when"].choices = when_choices(dates, counts)
            self.fields["when"].initial = SERIES
        else:
            del self.fields["when"]
        if manage:  # the signed link already names the address and the date
            for name in ("email", "consent", "website"):
                del self.fields[name]
        self.fields.update(question_fields(page))
        self.question_names = [name for name in self.fields if name.startswith("q_")]

    def occurrence_date(self) -> date | None:
        when = self.cleaned_data.get("when") or SERIES
        return None if when == SERIES else date.fromisoformat(when)

    def answers(self) -> dict:
        return {name[2:]: self.cleaned_data.get(name) for name in self.question_names
                if self.cleaned_data.get(name) not in (None, "")}

    def question_fields(self):
        return [self[name] for name in self.question_names]
