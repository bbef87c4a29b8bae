"""Templates read one tag per line (the developers' guide): a line holding
`{% if %}…{% endif %}` with other tags around it is where a reader of the
template loses the thread, and where a diff shows a whole line changed."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TAG = re.compile(r"{%.*?%}")
# A block that fills a value, `<title>{% block title %}…{% endblock %}` or
# `class="{% block body_class %}…{% endblock %}"` (Wagtail's admin says bodyclass): its content is the value,
# so it stays on the line (a line break would enter the title or the
# attribute); the pair counts as none, what it holds as usual.
VALUE_BLOCK = re.compile(r"{%\s*block\s+(title|titletag|body_class|bodyclass)\s*%}(.*?){%\s*endblock\s*%}")

def project_templates() -> list[Path]:
    apps = [folder for folder in ROOT.iterdir() if (folder / "__init__.py").exists()]
    return sorted(path for app in apps for path in app.glob("**/templates/**/*")
                  if path.suffix in (".html", ".txt"))


def tags_on(line: str) -> int:
    return len(TAG.findall(VALUE_BLOCK.sub(r"\2", line)))


def lines_of_many_tags(path: Path) -> list[str]:
    return [f"{path.relative_to(ROOT)}:{number}: {line.strip()[:100]}"
            for number, line in enumerate(path.read_text().splitlines(), start=1) if tags_on(line) > 1]


def test_every_template_holds_one_tag_per_line():
    offenders = [line for path in project_templates() for line in lines_of_many_tags(path)]
    assert offenders == [], f"{len(offenders)} lines hold more than one tag:\n" + "\n".join(offenders)


def test_the_check_counts_tags_and_sees_the_templates():
    assert tags_on('{% if a %}<b>{{ a }}</b>{% endif %}') == 2
    assert tags_on("{% load i18n %}") == 1
    assert tags_on("{{ value }} {# a comment #}") == 0
    assert tags_on('{% block title %}{% translate "Search" %}{% endblock %}') == 1
    assert tags_on('<body class="{% block body_class %}{% endblock %}">') == 0
    assert tags_on("{% block content %}{% if a %}") == 2
    names = {path.relative_to(ROOT).as_posix() for path in project_templates()}
    assert {"cms/templates/base.html", "events/templates/events/event_page.html",
            "home/templates/home/email/contact_board.txt"} <= names
