from wagtail import hooks

from .panel import event_page_context

hooks.register("event_page_context", event_page_context)
