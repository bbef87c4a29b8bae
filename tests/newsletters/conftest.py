import pytest
from django.utils import timezone

from newsletters.models import Subscriber


@pytest.fixture
def make_subscriber(db):
    def make(email="reader@example.org", *, status=Subscriber.Status.CONFIRMED, language="en", **extra):
        return Subscriber.objects.create(
            email=email, status=status, language=language, consent_at=timezone.now(),
            confirmed_at=timezone.now() if status == Subscriber.Status.CONFIRMED else None, **extra)

    return make
