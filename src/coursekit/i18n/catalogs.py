"""The translator's tools over one ``.po`` catalog: what is still to do, filling it in, checking markup.

``python -m coursekit.i18n.catalogs todo <po>`` prints the messages without a reviewed translation
(empty or fuzzy) as JSON: ``[{"key": ..., "where": ..., "dutch": ..., "english": ...}]``.
``python -m coursekit.i18n.catalogs fill <po> <json>`` writes the ``english`` of each such object
back (the translation is then reviewed: its fuzzy mark goes). ``lint <po>`` reports translations whose
markup does not match the Dutch: roles and their targets, links, literals, placeholders.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

from .check import needs_translation

# What must come through a translation unchanged (the text inside may be translated where noted).
_ROLE_TARGET = re.compile(r"\{([\w:.-]+)\}`(?:[^`<]*<)?([^`>]+)>?`")  # {cite:p}`key`, {ref}`text <label>`
_LINK_TARGET = re.compile(r"\]\(([^)\s]+)\)")  # [text](target)
_LITERAL = re.compile(r"(?<![`{])``?([^`]+)``?(?!`)")  # `code`
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")  # {time} in the toolkit's texts
_DUTCH_QUOTE_MARK = "(translation:"


def read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def write(catalog: Catalog, path: Path) -> None:
    with path.open("wb") as handle:
        write_po(handle, catalog, width=76)


def key(message: Message) -> str:
    return json.dumps([message.context, str(message.id)], ensure_ascii=False)


def todo(path: Path) -> list[dict]:
    return [
        {
            "key": key(message),
            "where": " ".join(f"{file}:{line}" for file, line in message.locations),
            "dutch": str(message.id),
            "english": str(message.string or ""),
        }
        for message in read(path)
        if needs_translation(str(message.id)) and (not message.string or message.fuzzy)
    ]


def fill(path: Path, answers: list[dict]) -> int:
    catalog = read(path)
    by_key = {key(message): message for message in catalog if message.id}
    done = 0
    for answer in answers:
        message = by_key.get(answer["key"])
        if message is None or not str(answer.get("english", "")).strip():
            continue
        message.string = answer["english"]
        message.flags.discard("fuzzy")
        done += 1
    write(catalog, path)
    return done


def markup(text: str) -> dict[str, list[str]]:
    return {
        "roles": sorted(f"{role}:{target.strip()}" for role, target in _ROLE_TARGET.findall(text)),
        "links": sorted(_LINK_TARGET.findall(text)),
        "placeholders": sorted(_PLACEHOLDER.findall(text)),
    }


def lint(path: Path) -> list[str]:
    """Translations whose roles, link targets or placeholders differ from the Dutch."""
    problems = []
    for message in read(path):
        if not message.id or not message.string:
            continue
        dutch, english = markup(str(message.id)), markup(str(message.string))
        for part in dutch:
            if dutch[part] != english[part]:
                where = " ".join(f"{file}:{line}" for file, line in message.locations) or message.context
                problems.append(f"{path.name} {where}: {part} {dutch[part]} != {english[part]}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "todo":
        print(json.dumps(todo(Path(argv[1])), ensure_ascii=False, indent=1))
        return 0
    if len(argv) == 3 and argv[0] == "fill":
        answers = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{fill(Path(argv[1]), answers)} translations written to {argv[1]}")
        return 0
    if len(argv) >= 2 and argv[0] == "lint":
        problems = [problem for name in argv[1:] for problem in lint(Path(name))]
        print("\n".join(problems) or "markup ok")
        return 1 if problems else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
