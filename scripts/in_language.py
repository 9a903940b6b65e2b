"""A step of a script in the language of a built edition (``scripts/downloads.py``, ``make_pdf.py``,
``make_epub.py``, ``assemble_site.py``).

The toolkit's texts (``coursekit.texts``) take the process's language when they are first imported
(``$COURSEKIT_LANG``, :mod:`coursekit.i18n`), and a process cannot change its language afterwards. A
script that makes something in another language than its own (the English downloads from a Dutch
process, as the tests and ``make_pdf.py boek --html _build/en/_build/html`` do) runs that step again
in a child process with ``COURSEKIT_LANG`` set: :func:`run` and :func:`texts`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from coursekit.i18n import LANG_ENV, SOURCE_LANGUAGE, language

ROOT = Path(__file__).resolve().parents[1]
EDITION_FILE = "editie.json"  # written by book/_ext/edities.py


def built_language(html: Path) -> str:
    """The language of the book built in ``html``: ``lang`` in its ``editie.json`` (Dutch when the
    file does not say, as before the English edition)."""
    try:
        info = json.loads((html / EDITION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return SOURCE_LANGUAGE
    lang = info.get("lang") if isinstance(info, dict) else None
    return str(lang) if lang else SOURCE_LANGUAGE


def speaks(lang: str) -> bool:
    """Whether this process shows the toolkit's texts in ``lang``."""
    return language() == lang


def environment(lang: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    return {**os.environ, LANG_ENV: lang, "PYTHONUNBUFFERED": "1", **(extra or {})}


def run(
    script: Path,
    arguments: Iterable[str],
    lang: str,
    report: Callable[[str], object] = print,
    extra: dict[str, str] | None = None,
) -> tuple[int, list[str]]:
    """``python script arguments`` with ``COURSEKIT_LANG=lang`` (and ``extra`` in its environment):
    each line it writes (stdout and stderr) goes to ``report`` as it comes. Returns its exit code
    and its lines."""
    lines: list[str] = []
    with subprocess.Popen(
        [sys.executable, str(script), *arguments],
        cwd=ROOT,
        env=environment(lang, extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.rstrip("\n"))
            report(lines[-1])
    return child.returncode, lines


def failure(lines: list[str], limit: int = 40) -> str:
    """What a child process said when it failed: its message (from its first line with ✘, which
    may go on over more lines), or else its last lines."""
    first = next((number for number, line in enumerate(lines) if line.startswith("✘")), None)
    said = lines[first:] if first is not None else lines
    return "\n".join(said[-limit:]).removeprefix("✘").strip()


def texts(lang: str, module: str, names: Iterable[str]) -> dict[str, object]:
    """Some texts of ``coursekit.texts.<module>`` as they are in ``lang`` (asked of a child process
    when this process speaks another language)."""
    names = list(names)
    if speaks(lang):
        import importlib

        found = importlib.import_module(f"coursekit.texts.{module}")
        return {name: getattr(found, name) for name in names}
    code = (
        "import json, sys, importlib; "
        f"m = importlib.import_module('coursekit.texts.{module}'); "
        "print(json.dumps({n: getattr(m, n) for n in sys.argv[1:]}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *names],
        cwd=ROOT,
        env=environment(lang),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return json.loads(done.stdout)
