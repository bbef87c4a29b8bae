"""What the newsletters app announces. worker/listeners.py turns these into
tasks after the transaction commits; the app itself never imports Celery."""

from django.dispatch import Signal

# A SendRun was created (or resumed) and needs sending lanes: run_id.
send_requested = Signal()
# A subscriber needs a one-off email (confirm link, "already subscribed"):
# subscriber_id, kind.
subscriber_mail_requested = Signal()
# An editor asked for a test of an issue: page_id, email.
test_send_requested = Signal()
