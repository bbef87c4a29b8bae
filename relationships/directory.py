"""On signature the partnership enters the local city's directory: a partner
city page with the agreement's status (Friendship city or Sister city) and
a link to the signed agreement."""

from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.models import Page

from cities.models import CityProfilePage

from .models import Application


def _free_slug(parent: Page, base: str) -> str:
    slug, number = base, 1
    while Page.objects.child_of(parent).filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def add_partnership(application: Application, user=None) -> CityProfilePage | None:
    """Create (or bring up to date) the partner city page of a signed application."""
    directory = application.policy.directory
    if directory is None:
        return None
    page = application.city_page
    if page is None:
        with override(directory.locale.language_code):
            label = _("The signed agreement")  # the document block says (PDF) itself
        page = CityProfilePage(
            title=application.city, slug=_free_slug(directory, slugify(application.city) or "partner"),
            local_city=application.policy.local_city, region=application.region, country=application.country,
            population=application.city_population, origin=application.origin,
            programmes=application.programmes, status=application.agreement_kind,
            started=application.agreement_signed_on, locale_id=directory.locale_id,
            body=[("document", {"document": application.agreement_document, "label": label})]
            if application.agreement_document_id else [])
        directory.add_child(instance=page)
    else:
        page.status = application.agreement_kind
        page.started = page.started or application.agreement_signed_on
    # The signature decided it: the clerk need not be a page editor of the directory.
    page.save_revision(user=user, log_action=True).publish(user=user, skip_permission_checks=True)
    Application.objects.filter(pk=application.pk).update(city_page=page)
    application.city_page = page
    return page
