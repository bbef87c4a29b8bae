"""Two readers confirm at the same moment for the last place: exactly one
gets it, the other is first on the waiting list. Real PostgreSQL, one
connection per thread, nothing rolled back around them."""

import threading

import pytest
from django.db import connection, connections

from registrations import places, registering
from registrations.models import Registration

pytestmark = pytest.mark.django_db(transaction=True)


def confirm_together(monkeypatch, ids):
    """Confirm each id in its own thread; both threads read the places left
    and then wait for each other (up to a second), so without the row lock
    both would see the last place free."""
    barrier = threading.Barrier(len(ids), timeout=1)
    counted = places.Counts.__init__

    def count_then_wait(self, page, **kwargs):
        counted(self, page, **kwargs)
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            pass  # the other thread is held by the lock: go on alone

    monkeypatch.setattr(places.Counts, "__init__", count_then_wait)
    results, errors = {}, []

    def run(pk):
        try:
            results[pk] = registering.confirm(pk).status
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(pk,)) for pk in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    return results


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL (CI runs on it)")
def test_two_readers_taking_the_last_place_at_once(one_off, monkeypatch):
    holder = registering.register(one_off, occurrence_date=None, name="A", email="a@example.org", language="en",
                                  guests=1)
    registering.confirm(holder.pk)  # 2 of 3 places taken
    first, second = (registering.register(one_off, occurrence_date=None, name=n, email=f"{n}@example.org",
                                          language="en") for n in ("b", "c"))

    results = confirm_together(monkeypatch, [first.pk, second.pk])

    assert sorted(results.values()) == ["going", "waiting"]
    going = Registration.objects.filter(event=one_off, status="going")
    assert sum(r.places for r in going) == 3
    assert Registration.objects.get(status="waiting").position == 1
