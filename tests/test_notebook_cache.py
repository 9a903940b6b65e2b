"""A local build never shows notebook outputs made by an older course package: jupyter-cache is
emptied when src/coursekit changes (book/_ext/notebook_kernels.py), and kept when it does not."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "book" / "_ext"))

import notebook_kernels  # noqa: E402


def build(tmp_path, package, app=None):
    """One book build's start, with the cache in tmp_path and ``package`` as the course package
    (``app`` keeps what the start notes for the rest of the build)."""
    app = app or SimpleNamespace(outdir=str(tmp_path / "_build" / "html"))
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


def test_every_notebook_is_read_again_after_the_package_changed(tmp_path):
    """Emptying the cache is not enough: Sphinx's saved environment holds the old outputs, and a
    notebook whose file did not change is not read again unless the extension asks for it."""
    package = tmp_path / "coursekit"
    package.mkdir()
    (package / "static.py").write_text("FORM = 'oud'\n", encoding="utf-8")
    docs = {"book/index": "book/index.md", "notebooks/03": "notebooks/03.ipynb", "notebooks/05": "notebooks/05.ipynb"}
    env = SimpleNamespace(found_docs=set(docs), doc2path=lambda docname: Path(tmp_path / docs[docname]))

    def outdated(package):
        app = SimpleNamespace(outdir=str(tmp_path / "_build" / "html"))
        build(tmp_path, package, app)
        return notebook_kernels.reread_notebooks_after_a_package_change(app, env, set(), {"notebooks/05"}, set())

    assert outdated(package) == ["notebooks/03"]  # first build: nothing records the package yet
    assert outdated(package) == []  # same package: Sphinx decides as usual
    (package / "static.py").write_text("FORM = 'nieuw'\n", encoding="utf-8")
    assert outdated(package) == ["notebooks/03"]  # new package: every notebook not already re-read
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert "notebook_kernels" in config["sphinx"]["local_extensions"]
