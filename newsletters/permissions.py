"""Who follows the newsletter in the admin: the sends menu and the
dashboard's newsletter panels are for editors who may edit a newsletter
(send a test, send an issue), or a site's home page, where a newsletter is
added. A committee editor, who edits one city's pages, is not shown what
they cannot use."""

from django.db.models import Q
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import NewsletterIndexPage

SITE_HOME_DEPTH = 2  # the tree's root is 1, each site's home page 2


def may_follow_sends(user) -> bool:
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, {"change", "publish"})
    return pages.filter(Q(depth__lte=SITE_HOME_DEPTH) | Q(pk__in=NewsletterIndexPage.objects.values("pk"))).exists()
