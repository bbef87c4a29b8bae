"""Dependencies: a short requirements.in by hand, a full lock made from it by
pip-tools; everything the code imports is listed, nothing is installed that
nothing uses."""

import ast
import importlib.metadata
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = ("cms", "home", "cities", "events", "newsletters", "worker", "manage.py")
# A one-off script that rebuilds the world map from shapefiles (pyshp); its
# output is committed, nothing runs it.
NOT_RUN = {ROOT / "cities" / "mapdata" / "build_world_svg.py"}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def listed(path: Path) -> set[str]:
    names = set()
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            names.add(canonical(re.split(r"[\[=<>~!; ]", line, maxsplit=1)[0]))
    return names


def imported_distributions(*folders: str) -> dict[str, set[str]]:
    local = {path.name for path in ROOT.iterdir() if path.is_dir()}
    owners = importlib.metadata.packages_distributions()
    found: dict[str, set[str]] = {}
    files = [p for folder in folders for p in ((ROOT / folder).rglob("*.py") if (ROOT / folder).is_dir()
                                               else [ROOT / folder])]
    for file in files:
        if file in NOT_RUN or "migrations" in file.parts:
            continue
        for node in ast.walk(ast.parse(file.read_text())):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in sys.stdlib_module_names or top in local:
                    continue
                for dist in owners.get(top, [f"? {top}"]):
                    found.setdefault(canonical(dist), set()).add(str(file.relative_to(ROOT)))
    return found


def test_everything_the_site_imports_is_in_requirements_in():
    missing = {dist: files for dist, files in imported_distributions(*RUNTIME).items()
               if dist not in listed(ROOT / "requirements.in")}
    assert not missing, missing


def test_everything_the_tests_import_is_in_requirements_dev_in():
    wanted = listed(ROOT / "requirements.in") | listed(ROOT / "requirements-dev.in")
    missing = {dist: files for dist, files in imported_distributions("tests", "bench").items() if dist not in wanted}
    assert not missing, missing


def pins(path: Path) -> dict[str, str]:
    found = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            assert "==" in line and not line.startswith("-"), f"{path.name}: {line!r} is not a pin"
            name, version = line.split("==")
            found[canonical(name)] = version
    return found


def test_the_locks_pin_everything_and_agree():
    runtime, dev = pins(ROOT / "requirements.txt"), pins(ROOT / "requirements-dev.txt")
    assert "pip-compile" in (ROOT / "requirements.txt").read_text().split("\n\n")[0]
    assert listed(ROOT / "requirements.in") <= set(runtime)
    assert listed(ROOT / "requirements-dev.in") <= set(dev)
    assert {name: version for name, version in dev.items() if name in runtime} == runtime


def test_the_embedded_default_stores_results_with_celery_alone(tmp_path):
    """No SQLAlchemy: results that are read go to Celery's file backend."""
    assert "sqlalchemy" not in pins(ROOT / "requirements-dev.txt")
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}}
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.dev", DATA_DIR=str(tmp_path))
    code = ("import sys; sys.modules['sqlalchemy'] = None\n"
            "import django; django.setup()\n"
            "from worker import app\n"
            "from worker.tasks.system import check_database\n"
            "from worker.tasks.mail import sweep_deliveries\n"
            "app.backend.store_result('t-1', {'ok': 1}, 'SUCCESS')\n"
            "print(type(app.backend).__name__, app.AsyncResult('t-1').get(timeout=5),"
            " check_database.ignore_result, sweep_deliveries.ignore_result)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "FilesystemBackend {'ok': 1} False True"


def test_the_image_installs_no_system_package():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "apt-get" not in dockerfile
    assert "pip install --no-cache-dir -r requirements.txt" in dockerfile
