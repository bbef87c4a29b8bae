"""The ESP's tracking webhook: bounces, complaints and unsubscribes reported
by the ESP (applied in newsletters/receivers.py).

Mounted at /anymail/<esp>/tracking/ only for the ESP the settings name and
only with a secret (cms/settings/env.py, anymail_settings): anymail then
answers 400 to a post without that basic auth or, for an ESP that signs its
posts, without a valid signature. No other ESP's path and no inbound path is
mounted.
"""

from anymail.webhooks.brevo import BrevoTrackingWebhookView
from anymail.webhooks.mailgun import MailgunTrackingWebhookView
from anymail.webhooks.mailjet import MailjetTrackingWebhookView
from anymail.webhooks.postmark import PostmarkTrackingWebhookView
from anymail.webhooks.sparkpost import SparkPostTrackingWebhookView
from django.conf import settings
from django.urls import path

TRACKING_VIEWS = {
    "brevo": BrevoTrackingWebhookView,
    "mailgun": MailgunTrackingWebhookView,
    "mailjet": MailjetTrackingWebhookView,
    "postmark": PostmarkTrackingWebhookView,
    "sparkpost": SparkPostTrackingWebhookView,
}


def urlpatterns() -> list:
    esp = settings.ANYMAIL_WEBHOOK_ESP
    if not esp or not settings.ANYMAIL.get("WEBHOOK_SECRET"):
        return []
    return [path(f"{esp}/tracking/", TRACKING_VIEWS[esp].as_view(), name=f"{esp}_tracking_webhook")]
