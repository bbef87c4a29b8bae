"""What the registrations app announces; worker/listeners.py turns it into
a task after the transaction commits (no Celery here)."""

from django.dispatch import Signal

# A registrant needs an email: registration_id, kind ("confirm", "going",
# "waiting", "promoted", "changed").
registration_mail_requested = Signal()
