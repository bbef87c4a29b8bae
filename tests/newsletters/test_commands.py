import csv
import io

import pytest
from django.core.management import CommandError, call_command

from newsletters import subscriptions
from newsletters.models import Delivery, SendRun, Subscriber
from people.models import Committee
from tests.newsletters.helpers import make_issue

pytestmark = pytest.mark.django_db


def test_import_takes_good_rows_and_reports_bad_ones_by_line(tmp_path, make_subscriber):
    Committee.objects.create(name="Kaniv", slug="kaniv")
    Committee.objects.create(name="Tokaj", slug="tokaj")
    gone = make_subscriber("gone@example.org")
    subscriptions.unsubscribe(gone, method="link")
    path = tmp_path / "mailchimp.csv"
    path.write_text(
        "\ufeffEmail,Language,Timezone,Follows\n"            # line 1: Excel's BOM and capitalised headers
        "Ana@Example.org,es,America/Mexico_City,newsletter\n"  # 2 good
        "olena@example.org,uk,Europe/Kyiv,meetings;kaniv\n"    # 3 good
        "not-an-address,en,UTC,newsletter\n"                   # 4 bad address
        "sam@example.org,xx,UTC,newsletter\n"                  # 5 bad language
        "kim@example.org,en,Mars/Olympus,newsletter\n"         # 6 bad zone
        "lee@example.org,en,UTC,newsletter;penglai\n"          # 7 unknown committee
        "ana@example.org,fr,UTC,newsletter\n"                  # 8 duplicate of line 2
        "gone@example.org,en,UTC,newsletter\n"                 # 9 unsubscribed: must stay so
        "zoltan@example.org,hu-HU,,tokaj\n",                   # 10 good: hu, UTC, committee only
        encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError, match="6 lines were not imported"):
        call_command("import_subscribers", str(path), stdout=out, stderr=err)

    lines = err.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines] == [f"mailchimp.csv, line {n}" for n in (4, 5, 6, 7, 8, 9)]
    assert "'not-an-address' is not a valid email address" in lines[0]
    assert "duplicate of line 2" in lines[4]
    assert "Imported 3 subscribers" in out.getvalue()
    ana = Subscriber.objects.get(email="ana@example.org")
    assert (ana.status, ana.language, ana.time_zone, ana.consent_method) == (
        "confirmed", "es", "America/Mexico_City", "import")
    assert "mailchimp.csv" in ana.consent_text and ana.consent_at and ana.confirmed_at
    assert Subscriber.objects.get(email="olena@example.org").follow_keys() == ["meetings", "kaniv"]
    zoltan = Subscriber.objects.get(email="zoltan@example.org")
    assert (zoltan.language, zoltan.time_zone, zoltan.follow_keys()) == ("hu", "UTC", ["tokaj"])
    gone.refresh_from_db()
    assert gone.status == Subscriber.Status.UNSUBSCRIBED


def test_import_refuses_a_file_without_headers_or_missing(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("ana@example.org,es\n")
    with pytest.raises(CommandError, match="1 lines were not imported"):
        call_command("import_subscribers", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    with pytest.raises(CommandError, match="cannot read"):
        call_command("import_subscribers", str(tmp_path / "missing.csv"))
    assert not Subscriber.objects.exists()


def test_export_round_trips_through_import_and_defuses_formulas(tmp_path, make_subscriber):
    Committee.objects.create(name="Kaniv", slug="kaniv")
    reader = make_subscriber("=cmd@example.org", language="uk", time_zone="Europe/Kyiv")
    reader.committees.set(Committee.objects.all())
    out = tmp_path / "export.csv"
    call_command("export_subscribers", "--output", str(out), stderr=io.StringIO())

    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["email"] == "'=cmd@example.org"
    assert (rows[0]["language"], rows[0]["timezone"], rows[0]["follows"], rows[0]["status"]) == (
        "uk", "Europe/Kyiv", "newsletter;kaniv", "confirmed")

    stdout = io.StringIO()
    call_command("export_subscribers", "--status", "unsubscribed", stdout=stdout)
    assert stdout.getvalue().strip().splitlines() == [
        "email,language,timezone,follows,status,consent_method,consent_at,consent_ip,confirmed_at,"
        "withdrawn_at,withdrawn_method"]


def test_send_newsletter_by_slug_then_again(make_subscriber, django_capture_on_commit_callbacks):
    make_issue({"en": "Autumn news", "fr": "Nouvelles d'automne"}, slug="autumn-2026")
    make_subscriber("a@example.org", language="fr")
    make_subscriber("b@example.org", language="ja")
    out = io.StringIO()
    with django_capture_on_commit_callbacks() as callbacks:
        call_command("send_newsletter", "autumn-2026", stdout=out)
    assert "to 2 subscribers" in out.getvalue() and "ja 1 (gets en)" in out.getvalue()
    assert len(callbacks) == 1

    again = io.StringIO()
    call_command("send_newsletter", str(SendRun.objects.get().page_id), stdout=again)
    assert "already sent" in again.getvalue()
    assert Delivery.objects.count() == 2

    with pytest.raises(CommandError, match="No newsletter issue"):
        call_command("send_newsletter", "no-such-issue")
