"""Who follows the newsletter in the admin: the sends menu and the
dashboard's newsletter panels are for editors who may edit a newsletter
(send a test, send an issue). A committee editor, who edits one city's
pages, is not shown what they cannot use."""

from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import NewsletterIndexPage


def may_follow_sends(user) -> bool:
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    policy = PagePermissionPolicy(NewsletterIndexPage)
    return policy.instances_user_has_any_permission_for(user, {"change", "publish"}).exists()
