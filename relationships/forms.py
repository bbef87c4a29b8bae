"""The public application form: the application's fields, a honeypot, and
the letter of interest checked by content and size."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from cities import countries

from .files import validate_pdf
from .models import Application

FIELDS = [
    "applicant_name", "applicant_email", "applicant_role", "applicant_organisation", "sponsor_councilmember",
    "sponsor_organisation", "city", "region", "country", "city_population", "population_source", "near_water",
    "water_evidence", "near_metropolis", "metropolis_evidence", "diplomatic_relations", "origin", "origin_details",
    "programmes", "supporters_local", "supporters_foreign", "first_year_plan", "first_year_budget",
    "letter_of_interest",
]
# Headings of the form's parts: (legend, first field of the part).
SECTIONS = {
    "applicant_name": _("You and your sponsors"),
    "city": _("The proposed city"),
    "near_water": _("Its geography"),
    "origin": _("The relationship"),
}


class ApplicationForm(forms.ModelForm):
    # Honeypot: hidden from people, filled in by bots.
    website = forms.CharField(required=False, label=_("Leave this empty"))

    class Meta:
        model = Application
        fields = FIELDS
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in [
            "water_evidence", "metropolis_evidence", "origin_details", "supporters_local", "supporters_foreign",
            "first_year_plan"]}
        # A plain file input: no "Currently: <stored path>" nor a "clear" box on a public form.
        widgets["letter_of_interest"] = forms.FileInput
        widgets["near_water"] = forms.RadioSelect
        widgets["near_metropolis"] = forms.RadioSelect
        widgets["diplomatic_relations"] = forms.RadioSelect

    def __init__(self, *args, policy, follow=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.policy = policy
        if follow:
            # The signed link is bound to this address: it is not changed from the link's own page.
            self.fields["applicant_email"].disabled = True
        self.fields["letter_of_interest"].widget.attrs["accept"] = "application/pdf,.pdf"
        self.fields["letter_of_interest"].help_text = _(
            "A PDF from the proposed city saying it wants the relationship, up to %(size)s MB.") % {
            "size": policy.letter_max_megabytes}
        if self.instance.letter_of_interest:
            self.fields["letter_of_interest"].help_text = _(
                "The letter you sent is kept unless you choose another PDF (up to %(size)s MB).") % {
                "size": policy.letter_max_megabytes}
        # Named and sorted in the reader's language (the model's choices are the editors' English).
        self.fields["country"].choices = [("", "—"), *countries.country_choices_in()]
        for name in ("applicant_email",):
            self.fields[name].widget.attrs["autocomplete"] = "email"
        self.fields["applicant_name"].widget.attrs["autocomplete"] = "name"

    def clean_letter_of_interest(self):
        letter = self.cleaned_data.get("letter_of_interest")
        if isinstance(letter, UploadedFile):  # a new upload; a letter kept from before was checked then
            validate_pdf(letter, self.policy.letter_max_bytes)
        return letter

    def parts(self) -> list[tuple[str, list]]:
        """The visible fields grouped under their headings, in order."""
        grouped = []
        for name in FIELDS:
            if name in SECTIONS:
                grouped.append((SECTIONS[name], []))
            grouped[-1][1].append(self[name])
        return grouped
