"""The seams of ARCHITECTURE.md that a test can hold."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APPS = ("home", "cities", "events", "newsletters")
FORBIDDEN = ("worker", "celery", "kombu")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_apps_never_import_the_worker_or_celery():
    offenders = []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            for name in imported_modules(path):
                if name.split(".")[0] in FORBIDDEN:
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_the_check_sees_an_import_of_the_worker(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from worker.tasks import mail\nimport celery.app\n")
    assert imported_modules(sample) == {"worker.tasks", "celery.app"}


def test_every_app_has_its_test_folder():
    for app in APPS + ("worker",):
        assert (ROOT / "tests" / app).is_dir(), f"tests/{app}/ mirrors {app}/"
