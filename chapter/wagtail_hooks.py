"""The chapter in the admin: one "Chapter" menu with the member
associations, their newsletters and the announcements queue. Editors with
"Can approve or reject announcements" approve one (it is published as an
event or a newsletter) or reject it with a reason mailed to the sender."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, InspectView, SnippetViewSet, SnippetViewSetGroup

from . import announcements, digest
from .models import Announcement, MemberAssociation, MemberNewsletter, MembersPage

MODERATE = "chapter.moderate_announcement"
QUEUE = "wagtailsnippets_chapter_announcement"


class AnnouncementPolicy(ModelPermissionPolicy):
    """What members sent is never rewritten in the admin: it is approved
    (and then edited as the event or newsletter it became) or rejected."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)


register_permission_policy(Announcement, AnnouncementPolicy(Announcement))


class RejectForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason, mailed to the sender"), max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 5}))


def _pending(request, pk):
    if not request.user.has_perm(MODERATE):
        raise PermissionDenied
    return get_object_or_404(Announcement.objects.select_related("association"), pk=pk)


def approve_view(request, pk):
    announcement = _pending(request, pk)
    if request.method == "POST":
        try:
            announcements.approve(announcement.pk, request.user)
        except announcements.NotPending:
            messages.warning(request, _("“%(title)s” was decided already.") % {"title": announcement.title})
        except announcements.NoEventsIndex:
            messages.error(request, _("Choose the events index of the members page first (its Sources panel): "
                                      "approved events are published there."))
        else:
            messages.success(request, _("“%(title)s” is published; the sender will be told.") % {
                "title": announcement.title})
        return redirect(reverse(f"{QUEUE}:list"))
    return TemplateResponse(request, "chapter/admin/approve.html", {"announcement": announcement})


def reject_view(request, pk):
    announcement = _pending(request, pk)
    form = RejectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            announcements.reject(announcement.pk, form.cleaned_data["reason"], request.user)
        except announcements.NotPending:
            messages.warning(request, _("“%(title)s” was decided already.") % {"title": announcement.title})
        else:
            messages.success(request, _("“%(title)s” is rejected; the sender will get your reason.") % {
                "title": announcement.title})
        return redirect(reverse(f"{QUEUE}:list"))
    return TemplateResponse(request, "chapter/admin/reject.html", {"announcement": announcement, "form": form})


class DigestForm(forms.Form):
    members_page = forms.ModelChoiceField(queryset=MembersPage.objects.all(), label=gettext_lazy("Chapter"))
    month = forms.DateField(label=gettext_lazy("Month"), input_formats=["%Y-%m"],
                            widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"))


def digest_view(request):
    """Prepare the month's digest as a draft issue, then edit it."""
    if not request.user.has_perm(MODERATE):
        raise PermissionDenied
    today = timezone.localdate()
    form = DigestForm(request.POST or None, initial={"members_page": MembersPage.objects.first(), "month": today})
    if request.method == "POST" and form.is_valid():
        month = form.cleaned_data["month"]
        try:
            found = digest.prepare(form.cleaned_data["members_page"].pk, month.year, month.month, user=request.user)
        except digest.NoArchive:
            messages.error(request, _("The chapter's site has no newsletter archive to hold the digest."))
        else:
            if found.created:
                messages.success(request, _("Draft digest with %(events)s events and %(newsletters)s newsletters: "
                                            "edit it, then send it.") % {"events": found.events,
                                                                         "newsletters": found.newsletters})
            else:
                messages.info(request, _("This month's digest exists already: here it is."))
            return redirect(reverse("wagtailadmin_pages:edit", args=[found.page.pk]))
    return TemplateResponse(request, "chapter/admin/digest.html", {"form": form})


class AnnouncementIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm(MODERATE):
            buttons.append(HeaderButton(_("Prepare the monthly digest"), url=reverse(f"{QUEUE}:digest"),
                                        icon_name="mail"))
        return buttons


class AnnouncementInspectView(InspectView):
    template_name = "chapter/admin/announcement_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pending = self.object.status == Announcement.Status.PENDING
        context["can_moderate"] = pending and self.request.user.has_perm(MODERATE)
        context["approve_url"] = reverse(f"{QUEUE}:approve", args=[self.object.pk])
        context["reject_url"] = reverse(f"{QUEUE}:reject", args=[self.object.pk])
        return context


class AnnouncementViewSet(SnippetViewSet):
    model = Announcement
    icon = "mail"
    menu_label = gettext_lazy("Announcements")
    list_display = ["title", "association", "kind", "status", "received_at", "mail_state"]
    list_filter = ["status", "kind", "mail_state"]
    search_fields = ["title", "name", "email", "description"]
    ordering = ["status", "-received_at"]
    index_view_class = AnnouncementIndexView
    inspect_view_enabled = True
    inspect_view_class = AnnouncementInspectView
    inspect_view_fields = ["association", "kind", "title", "description", "start_date", "start_time", "end_time",
                           "place", "link", "newsletter_file", "name", "email", "language", "received_at", "status",
                           "reason", "decided_at", "event_page", "newsletter", "mail_state", "confirmation_sent_at",
                           "decision_sent_at", "attempts", "last_error"]

    def get_queryset(self, request):
        return Announcement.objects.select_related("association")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("approve/<int:pk>/", approve_view, name="approve"),
            path("reject/<int:pk>/", reject_view, name="reject"),
            path("digest/", digest_view, name="digest"),
        ]


@hooks.register("register_snippet_listing_buttons")
def moderation_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Announcement) and snippet.status == Announcement.Status.PENDING \
            and user.has_perm(MODERATE):
        yield ListingButton(_("Approve"), reverse(f"{QUEUE}:approve", args=[snippet.pk]), icon_name="check",
                            priority=5)
        yield ListingButton(_("Reject"), reverse(f"{QUEUE}:reject", args=[snippet.pk]), icon_name="cross",
                            priority=6)


class MemberAssociationViewSet(SnippetViewSet):
    model = MemberAssociation
    icon = "group"
    menu_label = gettext_lazy("Member associations")
    list_display = ["name", "local_city", "website", "contact_email"]
    search_fields = ["name", "local_city"]

    def get_queryset(self, request):
        return MemberAssociation.objects.all()


class MemberNewsletterViewSet(SnippetViewSet):
    model = MemberNewsletter
    icon = "doc-full"
    menu_label = gettext_lazy("Member newsletters")
    list_display = ["title", "association", "issued"]
    search_fields = ["title"]

    def get_queryset(self, request):
        return MemberNewsletter.objects.select_related("association")


class ChapterGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Chapter")
    menu_icon = "globe"
    menu_order = 250
    items = (AnnouncementViewSet, MemberAssociationViewSet, MemberNewsletterViewSet)


register_snippet(ChapterGroup)
