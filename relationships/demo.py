"""The City of Pinole's demo content on `pinole.localhost`: its sister-city
policy (from the seed) with the application form, its directory, the review
workflow with its groups, and applications at every stage, walked through
the same workflow code editors use (no notices sent).

Idempotent: pages by slug, groups, users, tasks and the workflow by name,
applications by (policy, city).
"""

from datetime import date, datetime, time
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Collection, GroupCollectionPermission, Site, Workflow, WorkflowContentType, WorkflowTask

from cities.models import CityIndexPage
from core.demo import Report, child, ensure_document, ensure_page, media, paragraphs
from core.demo.translate import translate_page
from home.demo.load import chrome, organisation

from . import demo_data as data
from . import demo_translations as translations
from .models import (
    Activity,
    AgreementTask,
    Application,
    CommissionVoteTask,
    CouncilAdoptionTask,
    DirectorReviewTask,
    RelationshipPolicyPage,
)
from .models.review import cast, close_vote
from .signals import quiet

TASK_MODELS = [DirectorReviewTask, CommissionVoteTask, CouncilAdoptionTask, AgreementTask]
EDIT_PERMISSIONS = ["add_application", "change_application"]
# Publishing an application is recording its signature: the Clerk's, who finishes the workflow.
PUBLISH_PERMISSION = "publish_application"
FIELDS = [
    "applicant_name", "applicant_email", "language", "city", "region", "country", "city_population",
    "population_source", "near_water", "water_evidence", "near_metropolis", "metropolis_evidence",
    "diplomatic_relations", "origin", "origin_details", "programmes", "supporters_local", "supporters_foreign",
    "first_year_plan",
]


def _aware(day: str):
    return timezone.make_aware(datetime.combine(date.fromisoformat(day), time(10)))


def policy_page(home, directory, report: Report) -> RelationshipPolicyPage:
    spec = data.POLICY
    body = [("list", {"title": section["heading"], "numbered": section["ordered"], "items": section["items"]})
            for section in spec["body_sections"]]
    body.append(("sources", {"title": "Sources", "sources": [{
        "title": f"City of Pinole, “Introduction to Sister Cities Policy”, presented by {spec['presenter']}",
        "url": "", "note": ""}]}))
    return ensure_page(home, RelationshipPolicyPage(
        title=spec["title"], slug=spec["slug"], intro=paragraphs([spec["intro"]]), body=body,
        steps=[("step", step) for step in spec["steps"]], local_city=spec["local_city"],
        local_population=spec["local_population"], population_source=spec["population_source"],
        max_population_ratio=Decimal(spec["max_population_ratio"]), require_near_water=True,
        require_near_metropolis=True, require_letter_of_interest=True, directory=directory,
        committee_chair_email=spec["chair_email"]), report)


def people(report: Report) -> dict:
    """Groups with admin access and the right to edit applications, and their members."""
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    edit = list(Permission.objects.filter(content_type=ContentType.objects.get_for_model(Application),
                                          codename__in=EDIT_PERMISSIONS))
    groups = {}
    for key, name in data.GROUPS.items():
        group, created = Group.objects.get_or_create(name=name)
        if created:
            group.permissions.add(access, *edit)
            if key == "clerk":
                group.permissions.add(Permission.objects.get(
                    content_type=ContentType.objects.get_for_model(Application), codename=PUBLISH_PERMISSION))
            report.add(f"group {name}")
        groups[key] = group
    # The Clerk uploads the signed agreement and chooses it on the application.
    documents = Permission.objects.filter(content_type__app_label="wagtaildocs",
                                          codename__in=["add_document", "choose_document"])
    root = Collection.get_first_root_node()
    for permission in documents:
        GroupCollectionPermission.objects.get_or_create(group=groups["clerk"], collection=root, permission=permission)
    User = get_user_model()
    users = {}
    for username, first, last, key in data.USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            # No password: staff set one (`manage.py changepassword`); hashing nine would slow every test.
            user = User(username=username, first_name=first, last_name=last, email=f"{username}@pinole.localhost")
            user.set_unusable_password()
            user.save()
            user.groups.add(groups[key])
            report.add(f"user {username}")
        users.setdefault(key, []).append(user)
    return {"groups": groups, "users": users}


def workflow(groups: dict, report: Report) -> Workflow:
    flow = Workflow.objects.filter(name=data.WORKFLOW).first()
    if flow is not None:
        return flow
    flow = Workflow.objects.create(name=data.WORKFLOW)
    for order, ((key, name), model) in enumerate(zip(data.TASKS, TASK_MODELS, strict=True)):
        task = model.objects.create(name=name)
        task.groups.set([groups[key]])
        WorkflowTask.objects.create(workflow=flow, task=task, sort_order=order)
    WorkflowContentType.objects.get_or_create(content_type=ContentType.objects.get_for_model(Application),
                                              defaults={"workflow": flow})
    report.add(f"workflow {data.WORKFLOW}")
    return flow


def application(policy, flow, spec: dict, users: dict, report: Report) -> Application:
    existing = Application.objects.filter(policy=policy, city=spec["city"]).first()
    if existing is not None:
        return existing
    app = Application(policy=policy, live=False, **{name: spec[name] for name in FIELDS if name in spec},
                      **data.APPLICANT)
    if spec.get("first_year_budget"):
        app.first_year_budget = Decimal(spec["first_year_budget"])
    if spec["stage"] != "returned":
        app.letter_of_interest = media.pdf_file(f"Letter of interest from {spec['city']}", [{
            "heading": "About this document",
            "text": f"This demonstration sheet stands in for the letter in which {spec['city']} says it wants "
                    "a sister-city relationship with Pinole."}], f"letter-{app.country.lower()}")
    app.submitted_at = _aware(spec["applied"])
    app.record_criteria()
    app.save()
    app.save_revision()
    report.add(f"application {spec['city']}")
    director, commissioners, clerk = users["director"][0], users["commission"], users["clerk"][0]
    with quiet():
        state = flow.start(app, user=None)
        if spec["stage"] == "director":
            return app
        if spec["stage"] == "returned":
            state.current_task_state.reject(user=director, comment=spec["returned"])
            return app
        state.current_task_state.approve(user=director)
        state.refresh_from_db()
        task_state = state.current_task_state
        votes = spec.get("votes_so_far") or spec["commission"]["votes"]
        for member, vote in zip(commissioners, votes, strict=False):
            if vote:
                cast(task_state, app, member, vote)
        if spec["stage"] == "commission":
            return app
        close_vote(task_state.task.specific, task_state, app, commissioners[0],
                   date.fromisoformat(spec["commission"]["date"]), spec["commission"]["motion"])
        state.refresh_from_db()
        council = dict(spec["council"], adopted_on=date.fromisoformat(spec["council"]["adopted_on"]))
        task_state = state.current_task_state
        task_state.task.specific.on_action(task_state, clerk, "adopt", abstentions=0, **council)
        if spec["stage"] == "agreement":
            return app
        agreement = spec["agreement"]
        app.refresh_from_db()
        app.agreement_kind = agreement["kind"]
        app.agreement_signed_on = date.fromisoformat(agreement["signed_on"])
        app.local_signatory, app.foreign_signatory = agreement["local"], agreement["foreign"]
        app.agreement_document = ensure_document({
            "title": f"Agreement between Pinole and {app.city}", "filename": f"agreement-pinole-{app.country.lower()}",
            "sections": [{"heading": "About this document",
                          "text": f"This demonstration sheet stands in for the signed agreement between the "
                                  f"City of Pinole and {app.city}."}]}, report)
        app.save()
        app.save_revision()
        state.refresh_from_db()
        state.current_task_state.approve(user=clerk)
    return app


def load(site: Site, locale, report: Report) -> RelationshipPolicyPage:
    home = site.root_page.specific
    directory = ensure_page(home, CityIndexPage(
        title="Sister cities", slug="sister-cities",
        intro=paragraphs(["Pinole's partner cities, each once its agreement was signed."])), report)
    policy = policy_page(home, directory, report)
    found = people(report)
    flow = workflow(found["groups"], report)
    for spec in data.APPLICATIONS:
        signed = application(policy, flow, spec, found["users"], report)
        for entry in spec.get("activities", []):
            if not signed.activities.filter(kind=entry["kind"], date=entry["date"]).exists():
                Activity.objects.create(application=signed, **entry)
                report.add(f"activity {entry['kind']} of {signed.city}")
    organisation(site, {"name": "City of Pinole"}, report)
    chrome(site, locale, [policy, directory], "City of Pinole: Community Services.", [policy], report)
    return policy


def translate(site: Site, locales: set[str], report: Report) -> None:
    """The City's pages in every language, parents first: its home, its
    directory and the partner city in it, its policy page (after the
    directory, so the translated policy points at the translated directory).
    The menu and footer follow them (home.demo.load.translate_chrome)."""
    home = site.root_page.specific
    directory = child(home, "sister-cities")
    zandvoort = child(directory, "zandvoort") if directory is not None else None
    policy = child(home, data.POLICY["slug"])
    for code in translations.LANGUAGES:
        if code not in locales:
            continue
        for page, strings in ((home, translations.home), (directory, translations.directory),
                              (zandvoort, translations.zandvoort), (policy, translations.policy)):
            if page is not None:
                translate_page(page.specific, code, strings(code), report)
