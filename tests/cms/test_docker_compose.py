"""No Docker engine runs here, so the compose file is checked by reading it:
every command points at something real and every variable it sets is one
the settings read."""

import importlib
import importlib.util
import re
from pathlib import Path

import pytest
import yaml

from cms.settings.env import ENV_VARS
from home.demo.load import CHAPTER_HOSTNAME, PINOLE_HOSTNAME

ROOT = Path(__file__).resolve().parents[2]
APP_SERVICES = ("migrate", "static", "web", "worker", "beat")


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_the_stack_has_every_service(compose):
    assert set(compose["services"]) == {"migrate", "static", "web", "worker", "beat", "proxy", "db", "redis",
                                        "mailpit"}


def test_app_services_share_one_image_built_from_the_dockerfile(compose):
    images = {compose["services"][name]["image"] for name in APP_SERVICES}
    assert len(images) == 1
    assert all(compose["services"][name]["build"] == "." for name in APP_SERVICES)
    assert (ROOT / "Dockerfile").is_file()


def test_app_services_set_only_variables_the_settings_read(compose):
    for name in APP_SERVICES:
        env = compose["services"][name]["environment"]
        assert set(env) <= set(ENV_VARS), f"{name} sets {set(env) - set(ENV_VARS)}"
        settings_module = env["DJANGO_SETTINGS_MODULE"]
        assert importlib.util.find_spec(settings_module), settings_module
        assert env["DATABASE_URL"].startswith("postgres://") and "@db:" in env["DATABASE_URL"]
        assert env["REDIS_URL"].startswith("redis://redis:")
        assert env["EMAIL_HOST"] == "mailpit"


def test_env_vars_lists_exactly_what_the_settings_read():
    source = "\n".join(path.read_text() for path in (ROOT / "cms" / "settings").glob("*.py"))
    read = set(re.findall(r'env(?:_bool|_list)?\("([A-Z][A-Z0-9_]*)"', source))
    assert read | {"DJANGO_SETTINGS_MODULE"} == set(ENV_VARS)


def test_commands_point_at_real_modules(compose):
    services = compose["services"]
    web = services["web"]["command"]
    assert web[0] == "gunicorn"
    module, attr = web[1].split(":")
    assert hasattr(importlib.import_module(module), attr)

    for name in ("worker", "beat"):
        command = services[name]["command"]
        assert command[:3] == ["celery", "-A", "worker"] and command[3] == name
        assert importlib.import_module(command[2]).app.main == "cms"
    queues = next(arg for arg in services["worker"]["command"] if arg.startswith("--queues="))
    from worker import app

    assert set(queues.split("=")[1].split(",")) == {q.name for q in app.conf.task_queues}

    assert services["migrate"]["command"] == ["python", "manage.py", "migrate", "--noinput"]
    assert services["migrate"]["restart"] == "no"


def test_services_wait_for_healthy_dependencies(compose):
    services = compose["services"]
    assert "healthcheck" in services["db"] and "healthcheck" in services["redis"]
    for name in ("web", "worker", "beat"):
        depends = services[name]["depends_on"]
        assert depends["db"]["condition"] == "service_healthy"
        assert depends["migrate"]["condition"] == "service_completed_successfully"


def test_volumes_are_named(compose):
    assert {"pgdata", "redisdata", "media"} <= set(compose["volumes"])
    assert "pgdata:/var/lib/postgresql/data" in compose["services"]["db"]["volumes"]


def test_mail_catcher_shows_its_web_ui(compose):
    assert "8025:8025" in compose["services"]["mailpit"]["ports"]


def test_dockerfile_runs_as_a_user_and_collects_static_at_build():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "collectstatic --noinput" in dockerfile
    user_lines = [line for line in dockerfile.splitlines() if line.startswith("USER ")]
    assert user_lines and user_lines[-1].split()[1] not in {"root", "0"}


def test_the_proxy_is_the_way_in_and_serves_the_volumes_the_app_writes(compose):
    """proxy/default.conf.template itself is run by tests/integration/test_proxy.py."""
    services = compose["services"]
    proxy = services["proxy"]
    assert proxy["image"].startswith("nginx:")
    assert "8000:80" in proxy["ports"]
    assert "ports" not in services["web"], "readers reach gunicorn only through the proxy"
    template = "./proxy/default.conf.template:/etc/nginx/templates/default.conf.template:ro"
    assert template in proxy["volumes"]
    named = set(re.findall(r"\$\{(CMS_[A-Z_]+)\}", (ROOT / "proxy" / "default.conf.template").read_text()))
    assert named == set(proxy["environment"])

    env = proxy["environment"]
    assert env["CMS_UPSTREAM"] == "web:" + services["web"]["command"][3].rsplit(":", 1)[1]
    assert f"media:{env['CMS_MEDIA_ROOT']}:ro" in proxy["volumes"]
    assert f"static:{env['CMS_STATIC_ROOT']}:ro" in proxy["volumes"]
    # What the app writes there: MEDIA_ROOT is DATA_DIR/media, STATIC_ROOT /app/staticfiles.
    assert "media:" + services["web"]["environment"]["DATA_DIR"] + "/media" in services["web"]["volumes"]
    assert "static:/app/staticfiles" in services["web"]["volumes"]
    # Private uploads live in their own volume, which the web processes share and the proxy never serves.
    assert "private:" + services["web"]["environment"]["DATA_DIR"] + "/private" in services["web"]["volumes"]
    assert not any(volume.startswith("private:") for volume in proxy["volumes"])
    assert services["static"]["command"] == ["python", "manage.py", "collectstatic", "--noinput"]
    assert services["web"]["depends_on"]["static"]["condition"] == "service_completed_successfully"
    assert services["web"]["environment"]["TRUSTED_PROXY_COUNT"].endswith(":-1}")


def test_web_healthcheck_asks_liveness_only(compose):
    test = " ".join(compose["services"]["web"]["healthcheck"]["test"])
    assert "/healthz/live" in test


def test_readme_settings_table_names_every_variable_the_settings_read():
    readme = (ROOT / "README.md").read_text()
    table = readme.split("## Settings from the environment", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`([A-Z][A-Z0-9_]+)`", table))
    assert set(ENV_VARS) <= named, set(ENV_VARS) - named


def test_the_stacks_default_hosts_admit_every_demo_site(compose):
    default = re.fullmatch(r"\$\{ALLOWED_HOSTS:-(.*)\}", compose["services"]["web"]["environment"]["ALLOWED_HOSTS"])
    assert {"localhost", CHAPTER_HOSTNAME, PINOLE_HOSTNAME} <= set(default.group(1).split(","))
