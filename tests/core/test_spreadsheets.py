"""Every admin export writes text that a spreadsheet would run as a formula
(= + - @, tab, carriage return first) as inert text, in CSV and in XLSX: the
subscribers' export (an address the public form accepts) and Wagtail's own
reports (a page title any editor sets)."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from openpyxl import load_workbook

from core.spreadsheets import defuse_cell
from home.models import StandardPage
from newsletters.models import Subscriber
from tests.content import add_page, home_page

pytestmark = pytest.mark.django_db

PLANTED = "=2+5+cmd|' /C calc'!A0@example.org"


@pytest.fixture
def admin(client):
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "pw"))
    return client


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def xlsx_rows(response) -> list[tuple]:
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    return [tuple(cell.value for cell in row) for row in sheet.iter_rows()]


def test_a_planted_address_is_text_in_the_subscribers_csv_and_xlsx(admin):
    Subscriber.objects.create(email=PLANTED, language="en", withdrawn_method="-1+1")
    [_, row] = csv_rows(admin.get("/admin/snippets/newsletters/subscriber/?export=csv"))
    assert row[0] == "'" + PLANTED
    assert "'-1+1" in row

    [_, cells] = xlsx_rows(admin.get("/admin/snippets/newsletters/subscriber/?export=xlsx"))
    assert cells[0] == "'" + PLANTED
    assert "'-1+1" in cells


def test_a_page_title_is_text_in_wagtails_own_report(admin):
    home = home_page()
    add_page(home, StandardPage(title="@SUM(1+1)*cmd|' /C calc'!A0", slug="planted"))
    rows = csv_rows(admin.get("/admin/reports/aging-pages/?export=csv"))
    titles = [row[0] for row in rows[1:]]
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in titles
    assert not any(title[:1] in "=+-@" for title in titles)


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
    ("plain@example.org", "plain@example.org"), ("", ""), (None, None), (-1, -1), (3.5, 3.5),
])
def test_defuse_cell_prefixes_text_only(value, expected):
    assert defuse_cell(value) == expected
