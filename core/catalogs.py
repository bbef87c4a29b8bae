"""Compile gettext catalogues (.po to .mo) in pure Python.

Django's `compilemessages` needs GNU msgfmt, which a fresh machine may lack;
polib writes the same binary format. The .mo files are build output
(gitignored): `make install`, the Dockerfile and the test session run this.
"""

import os
from pathlib import Path

import polib


def catalogues(locale_dirs) -> list[Path]:
    return sorted(po for folder in locale_dirs for po in Path(folder).glob("*/LC_MESSAGES/*.po"))


def compile_catalogues(locale_dirs, *, force: bool = False) -> list[Path]:
    """Write each .po's .mo when missing or older; return the .mo files written.

    A catalogue that does not parse raises ValueError naming the file, and no
    stale .mo is left in its place.
    """
    written = []
    for po_path in catalogues(locale_dirs):
        mo_path = po_path.with_suffix(".mo")
        if not force and mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        try:
            catalogue = polib.pofile(str(po_path))
        except (OSError, ValueError) as error:
            mo_path.unlink(missing_ok=True)
            raise ValueError(f"{po_path}: {error}") from error
        # polib, like msgfmt, leaves out fuzzy and untranslated entries.
        # Its own temporary file: the suite's processes compile at once.
        tmp = mo_path.with_suffix(f".mo.{os.getpid()}.tmp")
        catalogue.save_as_mofile(str(tmp))
        tmp.replace(mo_path)
        written.append(mo_path)
    return written
