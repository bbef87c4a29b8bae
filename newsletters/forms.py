import zoneinfo
from functools import cache

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from people.models import Committee

from .subscriptions import Follows


@cache
def time_zone_choices():
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class FollowsFields(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=time_zone_choices, initial="UTC",
                                  help_text=_("Meeting times in your emails are shown in this zone."))
    follows_newsletter = forms.BooleanField(label=_("The newsletter"), required=False, initial=True)
    follows_all_meetings = forms.BooleanField(label=_("Notices of all public meetings"), required=False)
    committees = forms.ModelMultipleChoiceField(
        label=_("Meeting notices of these committees"), queryset=Committee.objects.all(), required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def follows(self) -> Follows:
        data = self.cleaned_data
        return Follows(
            newsletter=data["follows_newsletter"],
            all_meetings=data["follows_all_meetings"],
            committee_ids=tuple(c.pk for c in data["committees"]),
        )

    def clean(self):
        data = super().clean()
        if not (data.get("follows_newsletter") or data.get("follows_all_meetings") or data.get("committees")):
            raise forms.ValidationError(_("Choose at least one thing to receive."))
        return data


class SubscribeForm(FollowsFields):
    field_order = ["email", "language", "time_zone", "follows_newsletter", "follows_all_meetings", "committees",
                   "consent"]
    email = forms.EmailField(label=_("Email address"), max_length=254)
    consent = forms.BooleanField(label="", required=True)
    # Left empty by people; bots that fill every field give themselves away.
    website = forms.CharField(required=False, label=_("Leave this field empty"),
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    def __init__(self, *args, consent_text: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent_text
        if not self.is_bound:
            # newsletters/browser-zone.js puts the browser's own zone here.
            self.fields["time_zone"].widget.attrs["data-browser-zone"] = ""


class PreferencesForm(FollowsFields):
    pass
