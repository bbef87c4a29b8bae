"""Arabic mirrors the layout because the stylesheets only use logical
properties (margin-inline-start, not margin-left)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PHYSICAL = re.compile(
    r"(?<![\w-])(?:"
    r"(?:margin|padding|border|inset)-(?:left|right)(?:-\w+)?"
    r"|(?:left|right)\s*:"
    r"|(?:float|clear|text-align)\s*:\s*(?:left|right)"
    r"|border-(?:top|bottom)-(?:left|right)-radius"
    r")",
    re.IGNORECASE,
)


def stylesheets():
    folders = [ROOT / "cms" / "static"] + [ROOT / app / "static" for app in ("home", "cities", "events", "newsletters")]
    return sorted(path for folder in folders if folder.is_dir() for path in folder.rglob("*.css"))


def physical_properties(css: str) -> list[str]:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    return [match.group(0) for match in PHYSICAL.finditer(css)]


def test_the_site_stylesheet_exists():
    assert (ROOT / "cms" / "static" / "css" / "site.css") in stylesheets()


def test_stylesheets_use_logical_properties_only():
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in stylesheets()
        if (found := physical_properties(path.read_text()))
    }
    assert offenders == {}


def test_the_check_sees_physical_properties():
    css = """
    /* margin-left in a comment is fine */
    .a { margin-left: 1rem; padding-right: 2px; }
    .b { float: right; text-align: left; left: 0; }
    .c { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start; border-top-left-radius: 3px; }
    """
    assert physical_properties(css) == [
        "margin-left", "padding-right", "float: right", "text-align: left", "left:", "border-top-left-radius",
    ]
