"""A council's policy on the default site, its directory, the review workflow
with its groups (the demo's own loader functions), and helpers to file and
walk an application through it."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cities.models import CityIndexPage
from core.demo import Report
from relationships import applying, demo
from relationships.models import Application, RelationshipPolicyPage
from relationships.signals import notice_requested
from tests.content import add_page, home_page

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def pdf(name="letter.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def home(db):
    return home_page()


@pytest.fixture
def directory(home):
    return add_page(home, CityIndexPage(title="Sister cities", slug="sister-cities"))


@pytest.fixture
def policy(home, directory):
    return add_page(home, RelationshipPolicyPage(
        title="Sister city policy", slug="sister-city-policy", local_city="Pinole", local_population=19022,
        max_population_ratio=Decimal("2.0"), require_near_water=True, require_near_metropolis=True,
        commission_seats=7, commission_quorum=4, directory=directory, letter_max_megabytes=1,
        steps=[("step", "Apply to the Community Services Director.")]))


@pytest.fixture
def staff(db):
    report = Report()
    found = demo.people(report)
    flow = demo.workflow(found["groups"], report)
    return {"workflow": flow, **found["users"]}


@pytest.fixture
def notices():
    """The notices the app asks the worker for, as (application id, key)."""
    asked = []

    def record(sender, application_id, key, **kwargs):
        asked.append((application_id, key))

    notice_requested.connect(record, dispatch_uid="tests.relationships.notices")
    yield asked
    notice_requested.disconnect(dispatch_uid="tests.relationships.notices")


FIELDS = {
    "applicant_name": "Marta Visser", "applicant_email": "marta@example.org", "applicant_role": "resident_group",
    "city": "Zandvoort", "country": "NL", "city_population": 14632, "near_water": "yes",
    "water_evidence": "On the North Sea.", "near_metropolis": "yes", "metropolis_evidence": "25 km from Amsterdam.",
    "diplomatic_relations": "yes", "origin": "personal", "programmes": ["cultural"],
    "first_year_plan": "A school letter exchange.",
}


# The day the tests' applications were filed: before the meetings, adoptions
# and signatures the tests date (an application's dates keep their order).
APPLIED = datetime(2024, 3, 4, 17, tzinfo=UTC)


def file_application(policy, language="en", applied=APPLIED, **fields) -> Application:
    application = Application(**{**FIELDS, **fields})
    if "letter_of_interest" not in fields:
        application.letter_of_interest = pdf()
    application = applying.submit(application, policy, language)
    if applied is not None:
        Application.objects.filter(pk=application.pk).update(submitted_at=applied)
        application.submitted_at = applied
    return application
