"""Applications in the admin: a snippet under Wagtail's workflows (Settings >
Workflows assigns the review to "sister-city application"), listed by stage,
with the criteria check and the votes above the fields."""

from functools import partial

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CollectWorkflowActionDataView,
    CreateView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
    WorkflowActionView,
)

from .models import Activity, Application
from .models.review import ApplicationStepForm
from .panels import LetterInput, ReviewPanel


def may_publish_directly(user) -> bool:
    """An application is published by its review's last step (the signed
    agreement). The Clerk holds the "publish" permission for that step to
    publish; only a superuser may publish past the review (to mend a record)."""
    return user.is_active and user.is_superuser


class NoPublishPastTheReview:
    """A POST asking to publish (the plain Publish of the action menu, or one
    made by hand) is refused to anyone who may not publish past the review."""

    def get_action(self, request):
        if request.POST.get("action-publish") and not may_publish_directly(request.user):
            raise PermissionDenied
        return super().get_action(request)


class ApplicationCreateView(NoPublishPastTheReview, CreateView):
    pass


class ApplicationEditView(NoPublishPastTheReview, EditView):
    pass


class GivesTheFormItsApplication:
    """Wagtail makes a step's modal form with no instance: ours get the
    application, to check its dates against what was typed."""

    def get_form_class(self):
        form_class = super().get_form_class()
        if form_class is not None and issubclass(form_class, ApplicationStepForm):
            return partial(form_class, application=self.object)
        return form_class


class ApplicationCollectWorkflowActionDataView(GivesTheFormItsApplication, CollectWorkflowActionDataView):
    pass


class ApplicationWorkflowActionView(GivesTheFormItsApplication, WorkflowActionView):
    pass


@hooks.register("construct_snippet_action_menu")
def hide_plain_publish(menu_items, request, context):
    if context.get("model") is Application and not may_publish_directly(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


class ApplicationViewSet(SnippetViewSet):
    model = Application
    add_view_class = ApplicationCreateView
    edit_view_class = ApplicationEditView
    collect_workflow_action_data_view_class = ApplicationCollectWorkflowActionDataView
    workflow_action_view_class = ApplicationWorkflowActionView
    icon = "globe"
    menu_label = _("Sister-city applications")
    list_display = ["__str__", "applicant_name", "stage", "submitted_at"]
    list_filter = ["stage", "policy"]
    # Searched in the database: applications are few, and none waits on a search index update.
    search_fields = ["city", "applicant_name"]
    search_backend_name = None
    edit_handler = ObjectList([
        ReviewPanel(heading=_("Review")),
        FieldPanel("policy"),
        MultiFieldPanel([
            FieldRowPanel(["applicant_name", "applicant_email"]), "applicant_role", "applicant_organisation",
            FieldRowPanel(["sponsor_councilmember", "sponsor_organisation"]), "language",
        ], heading=_("Applicant and sponsors")),
        MultiFieldPanel([
            FieldRowPanel(["city", "region"]), "country", FieldRowPanel(["city_population", "population_source"]),
            "near_water", "water_evidence", "near_metropolis", "metropolis_evidence", "diplomatic_relations",
        ], heading=_("The proposed city")),
        MultiFieldPanel([
            "origin", "origin_details", "programmes", "supporters_local", "supporters_foreign",
            "first_year_plan", "first_year_budget", FieldPanel("letter_of_interest", widget=LetterInput),
        ], heading=_("The relationship")),
        MultiFieldPanel([
            "agreement_kind", "agreement_document", "agreement_signed_on",
            FieldRowPanel(["local_signatory", "foreign_signatory"]),
        ], heading=_("Agreement"), help_text=_("Filled in once both cities have signed; then record the "
                                               "signature from the workflow menu.")),
    ])


class ActivityViewSet(SnippetViewSet):
    model = Activity
    icon = "date"
    menu_label = _("Partnership activity")
    list_display = ["application", "kind", "date"]
    list_filter = ["kind", "application"]
    search_fields = ["travellers", "note"]
    search_backend_name = None


class RelationshipsGroup(SnippetViewSetGroup):
    menu_label = _("Sister-city relationships")
    menu_icon = "globe"
    menu_order = 250
    items = (ApplicationViewSet, ActivityViewSet)


register_snippet(RelationshipsGroup)
