"""Pages left half-made by Wagtail's autosave.

Wagtail 8 autosaves a page being created as soon as it has a title, so an
editor who leaves the form leaves a draft page behind, holding its slug. As
Wagtail intends, that draft is the editor's work in progress: the create form
offers it (continue it, or delete it) rather than a second copy failing on
"slug already in use". Slugs stay unique among siblings, drafts included:
two pages may never share a URL.
"""

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import Page

SHOWN = 3


def unfinished_drafts(parent: Page, page_class, user):
    """Pages of this type under `parent` that `user` started and never published."""
    return (parent.get_children().type(page_class).filter(owner=user, live=False, first_published_at__isnull=True)
            .order_by("-latest_revision_created_at"))


def offer_unfinished_drafts(request, parent_page, page_class):
    """The `before_create_page` hook: the form for a new page names the drafts
    it might duplicate. Never for Wagtail's autosave requests (JSON)."""
    if not request.accepts("text/html"):
        return None
    if request.method == "POST":
        slug = request.POST.get("slug", "")
        drafts = [page for page in parent_page.get_children().filter(slug=slug, live=False,
                                                                       first_published_at__isnull=True)]
    else:
        drafts = list(unfinished_drafts(parent_page, page_class, request.user)[:SHOWN])
    for draft in drafts:
        buttons = [messages.button(reverse("wagtailadmin_pages:edit", args=[draft.pk]), _("Continue it"))]
        if draft.permissions_for_user(request.user).can_delete():
            buttons.append(messages.button(reverse("wagtailadmin_pages:delete", args=[draft.pk]), _("Delete it")))
        messages.warning(request, _("There is an unfinished draft “%(title)s” here, saved %(when)s: continue it "
                                    "rather than start again.") % {
            "title": draft.get_admin_display_title(),
            "when": date_format(localtime(draft.latest_revision_created_at or draft.first_published_at
                                          or timezone.now()), "DATETIME_FORMAT"),
        }, buttons=buttons)
    return None
