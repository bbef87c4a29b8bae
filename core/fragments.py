"""Fragments of a listing (a city's card, an event in the events listing)
kept in the shared cache, each under a key made of everything it shows.

A publish empties the page cache, and a listing used to render every item
again; with its items read in one round trip, only the items that changed
are rendered. The key is the item's content (`parts(item)`, given by the
caller), what the fragment reads from the page and the request (the page's
locale, the reader's language when the page falls back, the active
language), and a version of the template and of what its output depends on
beyond the item: a deploy that changes any of them renders everything afresh.
"""

import hashlib
from collections.abc import Callable, Iterable
from functools import cache

import django
import wagtail
from django.conf import settings
from django.core.cache import cache as shared_cache
from django.template.loader import get_template
from django.template.loader_tags import IncludeNode
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

SECONDS = 24 * 3600


def _sources(template_name: str, seen: set[str]) -> list[str]:
    """The template's source and those of the templates it includes by name."""
    template = get_template(template_name).template
    sources = [template.source]
    for node in template.nodelist.get_nodes_by_type(IncludeNode):
        included = node.template.var  # a quoted name; a variable is a Variable
        if isinstance(included, str) and included not in seen:
            seen.add(included)
            sources += _sources(included, seen)
    return sources


@cache
def _version(template_name: str) -> str:
    sources = _sources(template_name, {template_name})
    parts = (sources, settings.MEDIA_URL, repr(settings.STORAGES["default"]), wagtail.__version__, django.__version__)
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:12]


def form_parts(form) -> tuple:
    """Everything an unbound form's fields show (a bound one shows the
    reader's input and errors: never kept). Choices are flat (no groups)."""
    fields = [
        (name, type(field).__name__, type(field.widget).__name__, str(field.label), str(field.help_text),
         field.required, field.disabled, sorted(field.widget.attrs.items()),
         [(str(value), str(label)) for value, label in getattr(field, "choices", ())],
         repr(form.get_initial_for_field(field, name)))
        for name, field in form.fields.items()
    ]
    return type(form).__qualname__, form.auto_id, form.prefix, fields


def render_each(template_name: str, items: Iterable, context, *, name: str, parts: Callable[[object], object],
                **extra) -> SafeString:
    """Each of `items` rendered with `template_name` (the item as `name`,
    `extra` beside it) in the page's template `context`, joined."""
    items = list(items)
    request, page = context.get("request"), context.get("page")
    fallback = getattr(request, "translation_fallback", None)
    shared = (sorted(extra.items()), getattr(page, "locale_id", None),
              fallback.reader_language if fallback is not None else None, translation.get_language())
    prefix = f"fragment:{template_name}:{_version(template_name)}"
    keys = [f"{prefix}:{hashlib.sha256(repr((shared, parts(item))).encode()).hexdigest()}" for item in items]
    # The items joined, under their keys: the next reader of the same list
    # reads one value, not one per item.
    whole_key = f"{prefix}:all:{hashlib.sha256(' '.join(keys).encode()).hexdigest()}"
    whole = shared_cache.get(whole_key) if len(keys) > 1 else None
    if whole is not None:
        return mark_safe(whole)
    found = shared_cache.get_many(keys) if keys else {}
    template = get_template(template_name).template
    missing = {}
    for item, key in zip(items, keys, strict=True):
        if key not in found:
            with context.push(**{name: item}, **extra):
                missing[key] = template.render(context)
    joined = "".join(found[key] if key in found else missing[key] for key in keys)
    if len(keys) > 1:
        missing[whole_key] = joined
    if missing:
        shared_cache.set_many(missing, SECONDS)
    return mark_safe(joined)
