"""A fragment's key names its template's version (core/fragments.py): the
sources of the template and of those it includes, so a deploy that changes
either renders every item afresh."""

from django.template.loader import get_template

from core.fragments import _sources


def source(name: str) -> str:
    return get_template(name).template.source


def test_a_fragments_version_covers_the_templates_it_includes():
    sources = _sources("components/occurrence.html", {"components/occurrence.html"})
    assert sources[0] == source("components/occurrence.html")
    assert source("events/includes/when.html") in sources
    fields = _sources("registrations/includes/form_fields.html", set())
    assert source("components/form_field.html") in fields
