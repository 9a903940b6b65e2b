"""Where things live: project root, data, exercise definitions, answer store.

The project root is ``$COURSEKIT_ROOT`` or, failing that, the nearest folder
at or above the current directory that holds ``_config.yml`` and ``data/``
(notebooks run from ``notebooks/``, the book build and tests from the root).
The answer store is ``$COURSEKIT_STORE`` or ``~/opgavegericht-werken/antwoorden.json``.
"""

from __future__ import annotations

import os
from pathlib import Path

from .texts import common

ROOT_ENV = "COURSEKIT_ROOT"
STORE_ENV = "COURSEKIT_STORE"
DEFAULT_STORE = Path("~") / "opgavegericht-werken" / "antwoorden.json"


class ProjectRootNotFound(LookupError):
    """No course folder found; the message is Dutch and fit for learners."""


def _is_project_root(folder: Path) -> bool:
    return (folder / "_config.yml").is_file() and (folder / "data").is_dir()


def project_root(start: Path | None = None) -> Path:
    """Return the course folder (see the module docstring)."""
    configured = os.environ.get(ROOT_ENV)
    if configured:
        root = Path(configured).expanduser().resolve()
        if not _is_project_root(root):
            raise ProjectRootNotFound(common.ROOT_ENV_INVALID.format(path=root))
        return root
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if _is_project_root(folder):
            return folder
    raise ProjectRootNotFound(common.ROOT_NOT_FOUND.format(start=here))


def data_dir(root: Path) -> Path:
    return root / "data"


def exercises_dir(root: Path) -> Path:
    return root / "notebooks" / "oefeningen"


def store_path() -> Path:
    """The learner's answer file."""
    configured = os.environ.get(STORE_ENV)
    return Path(configured or DEFAULT_STORE).expanduser()


def export_dir(store: Path) -> Path:
    """Folder for portfolio exports: next to the answer file."""
    return store.parent / "portfolio"
