"""Answer 403 Forbidden when a signed-in editor opens an admin action on a
page their groups give them no right to (Wagtail itself redirects to the
dashboard with a message), so the refusal is plain to people and to tools."""

from django.core.exceptions import PermissionDenied
from wagtail.models import Page

CHECKS = {
    "wagtailadmin_pages:edit": "can_edit",
    "wagtailadmin_pages:delete": "can_delete",
    "wagtailadmin_pages:unpublish": "can_unpublish",
    "wagtailadmin_pages:move": "can_move",
    "wagtailadmin_pages:add_subpage": "can_add_subpage",
}


class PagePermissionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        check = CHECKS.get(match.view_name if match else "")
        page_id = view_kwargs.get("page_id") or view_kwargs.get("parent_page_id")
        if not check or not page_id or not request.user.is_authenticated:
            return None
        page = Page.objects.filter(pk=page_id).first()
        if page is not None and not getattr(page.permissions_for_user(request.user), check)():
            raise PermissionDenied
        return None
