"""The translation commands (``make catalogs`` and ``make book-en`` run them).

``python -m coursekit.i18n config <lang> <out>``: the book's configuration for a language
(:mod:`coursekit.i18n.build`). ``python -m coursekit.i18n extract <folder>``: the templates of the
toolkit's catalogs (:mod:`coursekit.i18n.extract`). ``python -m coursekit.i18n toc <out>``: the
table of contents with its parts' captions in ``$COURSEKIT_LANG``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .build import write_config, write_toc
from .extract import write_templates


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "config":
        print(write_config(Path.cwd(), argv[1], Path(argv[2])))
        return 0
    if len(argv) == 2 and argv[0] == "toc":
        print(write_toc(Path.cwd(), Path(argv[1])))
        return 0
    if len(argv) == 2 and argv[0] == "extract":
        for path in write_templates(Path.cwd(), Path(argv[1])):
            print(path)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
