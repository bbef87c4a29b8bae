from django import template

from .. import record

register = template.Library()


@register.simple_tag
def public_record(application) -> str:
    """The relationship's record in the active language."""
    return record.sentence(application)
