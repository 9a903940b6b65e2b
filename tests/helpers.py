"""Shared facts about the repository for the tests: where things are and what the toc lists."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
BOOK = ROOT / "book"
DATA = ROOT / "data"
# A sample of every exercise type (not the book's exercises): the type and parity tests use it.
EVERY_TYPE = ROOT / "tests" / "fixtures" / "every-type.yml"
FIXTURE_EDITION = 'edition:\n  name: "2026-2027"\n  date: "2026-11-28"\n'


def fixture_catalog(directory: Path, fixture: Path = EVERY_TYPE):
    """The fixture's exercises as a catalog, read as the book reads a chapter's exercises: from a
    small book in ``directory`` that has only this file (as chapter 1) and an edition."""
    from coursekit.definitions import load_catalog

    exercises = directory / "notebooks" / "oefeningen"
    exercises.mkdir(parents=True)
    (exercises / "01-alle-typen.yml").write_bytes(fixture.read_bytes())
    (directory / "_config.yml").write_text(FIXTURE_EDITION, encoding="utf-8")
    catalog = load_catalog(directory)
    catalog.check()
    return catalog


def toc_files() -> list[str]:
    """Every file named in _toc.yml (root included), without extension, in order."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    found = [toc["root"]]

    def walk(entries):
        for entry in entries or []:
            if "file" in entry:
                found.append(entry["file"])
            walk(entry.get("sections"))
            walk(entry.get("chapters"))

    for part in toc.get("parts", []):
        walk(part.get("chapters"))
    walk(toc.get("chapters"))
    return found


def resolve(docname: str) -> Path | None:
    """The source file for a toc entry (.md or .ipynb), or None."""
    for suffix in (".md", ".ipynb"):
        candidate = ROOT / f"{docname}{suffix}"
        if candidate.is_file():
            return candidate
    return None


def chapter_pages() -> list[Path]:
    """Numbered chapter pages: book/NN-slug.md."""
    return sorted(BOOK.glob("[0-9][0-9]-*.md"))


def exercise_notebooks() -> list[Path]:
    """Every notebook learners or teachers open (notebooks/ and its subfolders)."""
    return sorted(p for p in NOTEBOOKS.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def page_of(notebook: Path) -> Path:
    """The built HTML page of a notebook."""
    return ROOT / "_build" / "html" / notebook.relative_to(ROOT).with_suffix(".html")
