from django import template
from django.template.loader import get_template

from core.fragments import form_parts, render_each

register = template.Library()
FIELDS = "registrations/includes/form_fields.html"


@register.simple_tag(takes_context=True)
def registration_fields(context, form):
    """The registration form's fields. A blank form is the same for every
    reader of the page until its dates, places or questions change, and is
    kept in the shared cache (core/fragments.py): its widgets were a fifth
    of an event page's render."""
    if form.is_bound:
        with context.push(form=form):
            return get_template(FIELDS).template.render(context)
    return render_each(FIELDS, [form], context, name="form", parts=form_parts)
