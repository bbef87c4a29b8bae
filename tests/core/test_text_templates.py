"""A plain-text mail's template holds one tag per line; a line holding only
a tag that prints nothing leaves no line in the mail."""

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import wagtail
from django.template.loader import render_to_string

from core.text_templates import is_project_text, trim_tag_lines


def test_a_text_mail_reads_without_the_lines_of_its_tags():
    message = SimpleNamespace(name="Ana", email="ana@example.org", message="Hello <there>\nsecond line",
                              language="fr", received_at=datetime(2026, 3, 1, 9, 30))
    body = render_to_string("home/email/contact_copy.txt", {"message": message, "organisation": "Sonoma & Co"})
    assert body == (
        "Dear Ana,\n\nThank you for writing to Sonoma & Co. This is a copy of your message; "
        "the board will answer you at this address.\n\nHello <there>\nsecond line\n\n--\n"
        "If you did not write this message, you can ignore this email.\n\n")


def test_only_lines_of_a_structure_tag_lose_their_newline():
    source = '{% load i18n %}\n{% if a %}\n  {% translate "Hi" %}\n{% endif %}\n{% if a %}x{% endif %}\nend\n'
    trimmed = '{% load i18n %}{% if a %}  {% translate "Hi" %}\n{% endif %}{% if a %}x{% endif %}\nend\n'
    assert trim_tag_lines(source) == trimmed


def test_only_this_projects_text_templates_are_trimmed():
    root = Path(__file__).resolve().parents[2]
    assert is_project_text(str(root / "home/templates/home/email/contact_copy.txt"))
    assert not is_project_text(str(root / "home/templates/home/contact_page.html"))
    installed = Path(wagtail.__file__).parent / "admin/templates/wagtailadmin/notifications/approved.txt"
    assert not is_project_text(str(installed))
