"""Cells a spreadsheet would run as a formula, made inert.

Spreadsheets treat text starting with = + - @ (or a tab or carriage return
before one) as a formula: a subscriber's address or a page title could then
run commands or leak data on the machine of the admin who opens an export.
Such text gets a leading apostrophe. Every export writes cells through here:
the subscribers' CSV (newsletters/importing.py) and every Wagtail admin
export, CSV and XLSX (listings with list_export and Wagtail's reports), by
way of defuse_wagtail_exports, called once at start-up (core/apps.py).
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse_cell(value):
    """Text that a spreadsheet would run, prefixed with an apostrophe; any
    other value (numbers, dates, None) unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def defuse_wagtail_exports() -> None:
    """Route every value of every Wagtail spreadsheet export through
    defuse_cell. Wagtail's own XLSX writer only stops openpyxl from storing
    "=..." as a formula; its CSV writer passes text through as it is."""
    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "defused", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        return defuse_cell(original(self, field, value, export_format))

    preprocess_field_value.defused = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
