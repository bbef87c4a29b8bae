"""The public "announce an event / post your newsletter" form. A newsletter
PDF is checked by what it holds (a PDF header and end marker), not by its
name, and by its size, before anything is stored."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .choices import AnnouncementKind

PDF_MAGIC = b"%PDF-"
PDF_END = b"%%EOF"


def validate_pdf(upload) -> None:
    if upload.size > settings.CHAPTER_NEWSLETTER_MAX_BYTES:
        raise ValidationError(_("The PDF is too large (%(size)s); at most %(limit)s."), params={
            "size": filesizeformat(upload.size), "limit": filesizeformat(settings.CHAPTER_NEWSLETTER_MAX_BYTES)})
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(max(0, upload.size - 2048))
    tail = upload.read()
    upload.seek(0)
    if not head.lstrip().startswith(PDF_MAGIC) or PDF_END not in tail:
        raise ValidationError(_("This file is not a PDF. Send the newsletter as a PDF, or give its address."))


class AnnouncementForm(forms.Form):
    association = forms.ModelChoiceField(queryset=None, label=_("Your association"),
                                         empty_label=_("Choose your association"))
    kind = forms.ChoiceField(choices=AnnouncementKind.choices, widget=forms.RadioSelect, label=_("You announce"),
                             initial=AnnouncementKind.EVENT)
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(label=_("A few words about it"), max_length=2000, required=False,
                                  widget=forms.Textarea(attrs={"rows": 4}))
    start_date = forms.DateField(label=_("Date of the event"), required=False,
                                 widget=forms.DateInput(attrs={"type": "date"}))
    start_time = forms.TimeField(label=_("Starts at"), required=False, widget=forms.TimeInput(attrs={"type": "time"}))
    end_time = forms.TimeField(label=_("Ends at"), required=False, widget=forms.TimeInput(attrs={"type": "time"}))
    place = forms.CharField(label=_("Place"), max_length=300, required=False)
    link = forms.URLField(label=_("Link"), max_length=500, required=False, assume_scheme="https",
                          help_text=_("The event's page, or the newsletter's address."))
    newsletter_file = forms.FileField(label=_("Newsletter PDF"), required=False, validators=[validate_pdf],
                                      widget=forms.ClearableFileInput(attrs={"accept": "application/pdf"}),
                                      help_text=_("Instead of a link: the newsletter as a PDF."))
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your email address"), max_length=254,
                             help_text=_("We confirm we received it and tell you when it is published."))
    # Left empty by people; bots that fill every field give themselves away.
    website = forms.CharField(required=False, label=_("Leave this field empty"),
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    def __init__(self, *args, associations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["association"].queryset = associations

    def clean(self):
        data = super().clean()
        if data.get("kind") == AnnouncementKind.EVENT:
            if not data.get("start_date"):
                self.add_error("start_date", _("Give the date of the event."))
            if not data.get("place"):
                self.add_error("place", _("Say where it takes place."))
            if data.get("start_time") and data.get("end_time") and data["end_time"] < data["start_time"]:
                self.add_error("end_time", _("The event cannot end before it starts."))
        elif data.get("kind") == AnnouncementKind.NEWSLETTER:
            if not data.get("link") and not data.get("newsletter_file"):
                self.add_error("link", _("Give the newsletter's address, or attach it as a PDF."))
        return data

    def announcement_fields(self) -> dict:
        data = self.cleaned_data
        fields = {name: data[name] for name in ("association", "kind", "title", "description", "link", "name",
                                                 "email")}
        if data["kind"] == AnnouncementKind.EVENT:
            fields.update(start_date=data["start_date"], start_time=data["start_time"], end_time=data["end_time"],
                          place=data["place"])
        elif data.get("newsletter_file"):
            fields["newsletter_file"] = data["newsletter_file"]
        return fields
