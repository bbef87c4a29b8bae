"""Events as the listings show them (components/occurrence.html), each kept
in the shared cache (core/fragments.py) under a key made of everything it
shows: a listing renders only the events that changed since it was last
rendered (fifty events were a quarter of its render)."""

from dataclasses import fields

from django.db import models
from django.utils.safestring import SafeString

from core.fragments import render_each

from .occurrences import Occurrence

TEMPLATE = "components/occurrence.html"
# The occurrence's own values; its page, feed row and committee are read
# only through them (the source's name is added apart).
VALUES = tuple(f.name for f in fields(Occurrence) if f.name not in ("origin", "imported", "committee", "extra"))


def occurrence_parts(occ: Occurrence) -> tuple:
    """Everything the listing shows of `occ`: its values, its source, and its
    links and reader's times (views.annotate); an exception's row is shown
    through the values it changed."""
    extra = sorted((key, value) for key, value in occ.extra.items() if not isinstance(value, models.Model))
    return [getattr(occ, name) for name in VALUES], occ.source, extra


def render_occurrences(occs, context) -> SafeString:
    return render_each(TEMPLATE, occs, context, name="occ", parts=occurrence_parts)
