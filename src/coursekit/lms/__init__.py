"""The book inside a learning platform: SCORM packages and question banks (``make lms``).

- :mod:`coursekit.lms.package`: a SCORM package per chapter and one for the whole book, in SCORM 1.2
  and SCORM 2004 (4th edition), made from the built book (``_build/html``): the chapter's page, its
  exercise page, the portfolio page, only the files they use, a launch page and ``imsmanifest.xml``.
  The pages talk to the platform through ``coursekit-lms.js`` (``coursekit/page/platform.js``).
- :mod:`coursekit.lms.banks`: the knowledge checks as question banks for the platform's quiz tool
  (QTI 1.2 and Moodle XML).
- :mod:`coursekit.lms.validate`: every manifest and bank against the XML schemas in ``xsd/``
  (vendored; ``xsd/SOURCES.md`` says where they come from), never over the network.

``python -m coursekit.lms BUILD OUT`` writes them all into ``OUT`` (``make lms``: ``_build/lms``).
Markup comes from the Jinja templates in ``templates/``, with autoescape (:mod:`coursekit.lms.markup`).
"""

from __future__ import annotations

import os
from pathlib import Path


def write_all(html: Path, out: Path, root: Path | None = None, online: str | None = None) -> list[Path]:
    """Every package and question bank of the book built in ``html`` (the book's sources at
    ``root``) into ``out``, in the process's language (``$COURSEKIT_LANG``: the English edition's
    with ``COURSEKIT_LANG=en``). Links out of a package go to the edition's address: ``online``
    (``scripts/downloads.py``: the built edition's), ``BOOK_BASE_URL`` (the workflow's) or
    ``html.baseurl`` of the language's configuration (``coursekit.i18n.build.book_config``: for
    English under ``en/``), which also gives the book's title. Raises
    :class:`coursekit.lms.package.PackageError` when the build lacks a page or a file."""
    from .. import paths
    from ..definitions import load_catalog
    from ..i18n import language
    from ..i18n.build import book_config
    from .banks import write_banks
    from .package import write_packages

    root = root or paths.project_root()
    config = book_config(root, language())
    online = online or os.environ.get("BOOK_BASE_URL") or config["html"]["baseurl"]
    catalog = load_catalog(root)
    written = write_packages(html, catalog, root / "book", config["title"], online, out)
    return written + write_banks(catalog, out)
