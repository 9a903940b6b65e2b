"""The edition's offline copies made as a release makes them, for the tests of both languages'
downloads (test_site_downloads.py, test_english_downloads.py)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from pagetools import ROOT

sys.path.insert(0, str(ROOT / "book" / "_ext"))
import edities_downloads


def script(name: str):
    """``scripts/<name>.py`` as a module (the scripts are not a package); loaded once."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def made_downloads(built: Path, copy: Path) -> tuple[Path, dict]:
    """A copy of a built edition with its downloads made in it (``scripts/downloads.py``), and their
    manifest; the build itself stays as the other tests see it."""
    shutil.copytree(built, copy, ignore=shutil.ignore_patterns(edities_downloads.FOLDER))
    return copy, script("downloads").make_all(copy, check=False, report=lambda _line: None)


def download_file(made: tuple[Path, dict], kind: str) -> Path:
    """The file of one kind of download (pdf, epub, zip, lms) in a copy ``made_downloads`` made."""
    html, manifest = made
    [entry] = [entry for entry in manifest["files"] if entry["kind"] == kind]
    return html / edities_downloads.FOLDER / entry["file"]
