"""A local build never shows notebook outputs made by an older course package: jupyter-cache is
emptied when src/coursekit changes (book/_ext/notebook_kernels.py), and kept when it does not."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "book" / "_ext"))

import notebook_kernels  # noqa: E402


def build(tmp_path, package):
    """One book build's start, with the cache in tmp_path and ``package`` as the course package."""
    app = SimpleNamespace(outdir=str(tmp_path / "_build" / "html"))
    config = SimpleNamespace(nb_execution_mode="cache", nb_execution_cache_path="")
    original = notebook_kernels.package_fingerprint
    notebook_kernels.package_fingerprint = lambda _path: original(package)
    try:
        notebook_kernels.outputs_follow_the_package(app, config)
    finally:
        notebook_kernels.package_fingerprint = original
    return tmp_path / "_build" / ".jupyter_cache"


def test_cached_outputs_go_when_the_package_changes_and_stay_when_it_does_not(tmp_path):
    package = tmp_path / "coursekit"
    package.mkdir()
    (package / "static.py").write_text("FORM = 'oud'\n", encoding="utf-8")
    cache = build(tmp_path, package)
    (cache / "executed").mkdir()
    (cache / "executed" / "uitvoer").write_text("oude uitvoer", encoding="utf-8")

    build(tmp_path, package)
    assert (cache / "executed" / "uitvoer").is_file()  # nothing changed: the outputs are reused

    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "static.pyc").write_bytes(b"\0")
    build(tmp_path, package)
    assert (cache / "executed" / "uitvoer").is_file()  # a bytecode cache is no change

    (package / "static.py").write_text("FORM = 'nieuw'\n", encoding="utf-8")
    build(tmp_path, package)
    assert cache.is_dir() and not (cache / "executed").exists()  # made by the old package: gone
