"""Finding the course folder and the answer store, and keeping `import coursekit` light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coursekit import paths


def test_the_root_is_found_walking_up_from_a_notebook_folder(course, monkeypatch):
    monkeypatch.delenv("COURSEKIT_ROOT")
    monkeypatch.chdir(course.root / "notebooks" / "oefeningen")
    assert paths.project_root() == course.root.resolve()
    assert paths.exercises_dir(paths.project_root()) == course.root.resolve() / "notebooks" / "oefeningen"


def test_coursekit_root_wins_and_must_be_a_course_folder(course, monkeypatch, tmp_path):
    assert paths.project_root(start=tmp_path) == course.root.resolve()
    monkeypatch.setenv("COURSEKIT_ROOT", str(tmp_path))
    with pytest.raises(paths.ProjectRootNotFound, match="geen _config.yml en data/"):
        paths.project_root()


def test_no_course_folder_gives_a_dutch_message(monkeypatch, tmp_path):
    monkeypatch.delenv("COURSEKIT_ROOT", raising=False)
    with pytest.raises(paths.ProjectRootNotFound, match="De cursusmap is niet gevonden"):
        paths.project_root(start=tmp_path)


def test_the_store_is_in_the_home_folder_unless_coursekit_store_is_set(monkeypatch, tmp_path):
    monkeypatch.delenv("COURSEKIT_STORE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.store_path() == tmp_path / "opgavegericht-werken" / "antwoorden.json"
    monkeypatch.setenv("COURSEKIT_STORE", str(tmp_path / "elders.json"))
    assert paths.store_path() == tmp_path / "elders.json"
    assert paths.export_dir(paths.store_path()) == tmp_path / "portfolio"


def test_importing_the_package_loads_no_heavy_libraries():
    code = (
        "import sys, coursekit; from coursekit import exercise, portfolio, load_table; "
        "print(sorted(m for m in ('ipywidgets', 'pandas', 'matplotlib') if m in sys.modules))"
    )
    source = Path(__file__).resolve().parents[2] / "src"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(source), "PATH": ""},
    )
    assert result.stdout.strip() == "[]"
