"""The book's edition (an academic year, such as "2026-2027"): ``edition`` in ``_config.yml``.

Read by the toolkit (every answer and export records its edition), by the book's build (the
edition switcher and banner) and by the tests that keep CITATION.cff in step.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

NAME = re.compile(r"\d{4}-\d{4}")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Edition:
    name: str  # "2026-2027"; "" when the book names no edition
    date: str  # the release date, "2026-11-28"


@functools.cache
def _read(config: Path) -> Edition:
    try:
        data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return Edition("", "")
    found = data.get("edition") if isinstance(data, dict) else None
    if not isinstance(found, dict):
        return Edition("", "")
    name, date = str(found.get("name", "")), str(found.get("date", ""))
    return Edition(name if NAME.fullmatch(name) else "", date if DATE.fullmatch(date) else "")


def current(root: Path) -> Edition:
    """The edition of the book at ``root``."""
    return _read((root / "_config.yml").resolve())
