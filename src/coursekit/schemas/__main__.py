"""Write the composed schemas: ``python -m coursekit.schemas`` (``--check`` only compares)."""

from __future__ import annotations

import sys

from . import FOLDER, composed_text


def main(arguments: list[str]) -> int:
    stale = []
    for name, text in composed_text().items():
        path = FOLDER / f"{name}.schema.json"
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            stale.append(path.name)
            if "--check" not in arguments:
                path.write_text(text, encoding="utf-8")
    if "--check" in arguments and stale:
        print("Out of date (run python -m coursekit.schemas):", ", ".join(stale))
        return 1
    print("Up to date." if not stale else "Written: " + ", ".join(stale))
    return 0


sys.exit(main(sys.argv[1:]))
