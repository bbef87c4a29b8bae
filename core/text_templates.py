"""Plain-text templates (the .txt mails) hold one tag per line like the HTML
ones. In a text every newline shows, so a line holding only a tag that
prints nothing ({% if %}, {% for %}, {% load %}...) gives no line of its own
(what Jinja calls trim_blocks): the mail reads as the template's lines of
text, and a blank line is one written as such."""

import re
from pathlib import Path

from django.template.loaders import app_directories, filesystem

ROOT = Path(__file__).resolve().parent.parent
# A line of nothing but one tag that shapes the text and prints nothing,
# with its newline. Not {% translate %} (its line is text) nor
# {% endblocktranslate %} (its newline ends the message's line).
STRUCTURE = ("load", "autoescape", "if", "elif", "else", "endif",
             "for", "empty", "endfor", "with", "endwith", "comment", "endcomment")
TAG_LINE = re.compile(r"^[ \t]*({%\s*(?:" + "|".join(STRUCTURE) + r")\b(?:(?!%}).)*%})[ \t]*\n", re.M)


def trim_tag_lines(source: str) -> str:
    return TAG_LINE.sub(r"\1", source)


def is_project_text(name: str) -> bool:
    """A .txt template of one of this project's apps (not of an installed
    package: Wagtail's own mails keep Django's rules)."""
    path = Path(name).resolve()
    if path.suffix != ".txt" or not path.is_relative_to(ROOT):
        return False
    app = path.relative_to(ROOT).parts[0]
    return (ROOT / app / "__init__.py").exists()


class _TrimTextMixin:
    def get_contents(self, origin):
        contents = super().get_contents(origin)
        return trim_tag_lines(contents) if is_project_text(origin.name) else contents


class FilesystemLoader(_TrimTextMixin, filesystem.Loader):
    pass


class AppDirectoriesLoader(_TrimTextMixin, app_directories.Loader):
    pass
