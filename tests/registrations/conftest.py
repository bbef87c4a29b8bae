# Registrations are for the events of tests/events/.
from datetime import date, time, timedelta

import pytest
from django.core import mail as outbox
from django.utils import timezone

from newsletters import sending
from newsletters.models import SendRun
from registrations import mail
from tests.content import home_page
from tests.events.conftest import board, index, kaniv, kaniv_committee, make_event  # noqa: F401


@pytest.fixture
def home(db):
    return home_page()


def soon(days=20) -> date:
    return timezone.localdate() + timedelta(days=days)


@pytest.fixture
def one_off(index):  # noqa: F811
    """A one-off event, 3 places."""
    return make_event(index, title="Harvest dinner", start_date=soon(), start_time=time(18), end_time=time(21),
                      takes_registrations=True, capacity=3, category="fundraiser")


@pytest.fixture
def series(index, kaniv_committee):  # noqa: F811
    """A weekly committee meeting starting soon, 2 places a date."""
    return make_event(index, title="Kaniv Committee Meeting", committee=kaniv_committee, repeat="weekly",
                      start_date=soon(3), takes_registrations=True, capacity=2)


def asked_mails() -> list[tuple[int, str]]:
    """(registration id, kind) of each registrant's mail asked for, in order."""
    runs = SendRun.objects.filter(kind=mail.KIND).order_by("pk").values_list("variants", flat=True)
    return [(variants["registration"], variants["mail"]) for variants in runs]


def send_mails() -> list:
    """Run the lanes of every registrant's mail not sent yet, as the worker
    would; Django's test outbox."""
    for run_id in SendRun.objects.filter(kind=mail.KIND, status=SendRun.Status.SENDING).values_list("pk", flat=True):
        while sending.run_lane(run_id).more:
            pass
    return outbox.outbox
