"""Fixtures for the toolkit tests: a tiny course in a temporary folder, and its own answer store."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from coursekit.store import AnswerStore

# The class overview is the class page's script: its tests here drive it in Node as the notebook
# does (tests/page/classtools.py: the kernel reads the folder, the script does the rest).
sys.path.append(str(Path(__file__).resolve().parents[1] / "page"))

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def course(tmp_path, monkeypatch):
    """A copy of fixtures/ as the project root; answers go to tmp_path/home/antwoorden.json."""
    root = tmp_path / "boek"
    shutil.copytree(FIXTURES, root)
    store_path = tmp_path / "home" / "antwoorden.json"
    monkeypatch.setenv("COURSEKIT_ROOT", str(root))
    monkeypatch.setenv("COURSEKIT_STORE", str(store_path))
    return SimpleNamespace(root=root, store_path=store_path)


@pytest.fixture
def store(course):
    return AnswerStore(course.store_path)
