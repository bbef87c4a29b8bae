from core.signals import watch

from .models import BoardPosition, Committee, Person


def connect():
    # Readers see names, seats and committees: a change purges the page cache.
    watch(Person, BoardPosition, Committee)
