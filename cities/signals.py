from django.db.models.signals import post_save

from .models import CityProfilePage
from .permissions import ensure_committee_group


def _city_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_committee_group(instance)


def connect():
    post_save.connect(_city_created, sender=CityProfilePage, dispatch_uid="cities.committee_group")
