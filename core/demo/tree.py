"""Finding the demo's pages in the tree."""

from wagtail.models import Page


def child(parent: Page, slug: str) -> Page | None:
    """The child of `parent` with this slug, as its specific page.

    child_of() filters on the tree path: a stale `parent` (numchild read
    before its children were added) would give an empty get_children()."""
    return Page.objects.child_of(parent).filter(slug=slug).specific().first()
