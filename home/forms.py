from django import forms
from django.utils.translation import gettext_lazy as _


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your email address"), max_length=254,
                             help_text=_("The board replies to this address; you get a copy of your message."))
    message = forms.CharField(label=_("Your message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))
    # Left empty by people; bots that fill every field give themselves away.
    website = forms.CharField(required=False, label=_("Leave this field empty"),
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))
