"""``python -m coursekit.lms [HTML] [OUT]``: the SCORM packages and the question banks of the built
book (``_build/html``) into ``OUT`` (``_build/lms``); ``make lms`` runs it. Messages are Dutch."""

from __future__ import annotations

import sys
from pathlib import Path

from .. import paths
from . import write_all
from .package import PackageError


def main(argv: list[str]) -> int:
    root = paths.project_root()
    html = Path(argv[0]) if argv else root / "_build" / "html"
    out = Path(argv[1]) if len(argv) > 1 else root / "_build" / "lms"
    try:
        written = write_all(html, out, root)
    except PackageError as error:
        print(f"De pakketten voor de leeromgeving konden niet worden gemaakt: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(f"{path.name}: {path.stat().st_size:,} bytes".replace(",", "."))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
