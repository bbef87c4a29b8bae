from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = "People"

    def ready(self):
        # Readers see names, seats and committees: a change purges the page cache.
        from core.signals import watch

        from .models import BoardPosition, Committee, Person

        watch(Person, BoardPosition, Committee)
