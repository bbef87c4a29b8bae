"""Building blocks for tests of the site's pages (home/ and cities/)."""

import io
from datetime import date
from decimal import Decimal

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.models import Page, Site

from cities.models import CityIndexPage, CityProfilePage
from home.models import HomePage, SiteImage


def home_page() -> HomePage:
    """The home page of the site the migrations made (every test finds it:
    tests/conftest.py puts it back after a transactional test's flush)."""
    return Site.objects.get(is_default_site=True).root_page.specific


def add_page(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def directory(parent: Page | None = None, **fields) -> CityIndexPage:
    fields.setdefault("title", "Partner cities")
    fields.setdefault("slug", "cities")
    return add_page(parent or home_page(), CityIndexPage(**fields))


def city(parent: CityIndexPage, title: str, *, publish=True, **fields) -> CityProfilePage:
    fields.setdefault("slug", title.lower().replace(" ", "-"))
    fields.setdefault("country", "FR")
    fields.setdefault("latitude", Decimal("47.2"))
    fields.setdefault("longitude", Decimal("4.95"))
    fields.setdefault("status", CityProfilePage.Status.SISTER)
    fields.setdefault("started", date(1990, 1, 1))
    for name in ("latitude", "longitude"):
        if fields[name] is not None:
            fields[name] = Decimal(str(fields[name]))
    page = CityProfilePage(title=title, live=publish, **fields)
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def image(title="Picture", *, alt="A picture", credit="Photo: test", colour=(40, 90, 160)) -> SiteImage:
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 40), colour).save(buffer, "PNG")
    return SiteImage.objects.create(title=title, description=alt, credit=credit,
                                    file=ImageFile(buffer, name=f"{title}.png"))
