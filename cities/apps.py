from django.apps import AppConfig
from django.db.models.signals import post_save


def _city_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from .permissions import ensure_committee_group

        ensure_committee_group(instance)


class CitiesConfig(AppConfig):
    name = "cities"
    verbose_name = "Cities"

    def ready(self):
        from .models import CityProfilePage

        post_save.connect(_city_created, sender=CityProfilePage, dispatch_uid="cities.committee_group")
