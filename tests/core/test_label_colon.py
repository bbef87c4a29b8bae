"""A label's colon as each language writes it: French sets a no-break space
before it, Japanese and Chinese a full-width colon (the footer's contact
lines read "Phone:" in every language before)."""

import re
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.utils import translation

ORG = SimpleNamespace(address="", phone="+1 707 555 0100", email="", tax_id="", address_lines=[])


@pytest.mark.parametrize(("code", "expected"), [
    ("en", "Phone: <a"),
    ("fr", "Téléphone\u00a0: <a"),
    ("ja", "電話： <a"),
    ("zh-hans", "电话： <a"),
    ("ar", "الهاتف: <a"),
])
def test_the_contact_lines_write_the_colon_as_the_language_does(code, expected):
    with translation.override(code):
        html = render_to_string("components/contact.html", {"org": ORG})
    assert expected in re.sub(r"[ \n]+", " ", html)  # (str.split would take the no-break space too)
