"""Short references ("Author (year). Title.") from the book's BibTeX file, for the case tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..texts import explorer


@dataclass(frozen=True)
class Reference:
    """A BibTeX entry shown as a short reference."""

    key: str
    text: str
    url: str = ""


_ENTRY_START = re.compile(r"@(\w+)\s*\{\s*([^,\s]+)\s*,", re.M)
_LATEX = (
    (r"{\"e}", "ë"),
    (r"\"e", "ë"),
    (r"{\'e}", "é"),
    (r"\'e", "é"),
    (r"{\'i}", "í"),
    (r"\'i", "í"),
    (r"{\'a}", "á"),
    (r"\'a", "á"),
    (r"{\o}", "ø"),
    (r"\o", "ø"),
    ("``", "“"),
    ("''", "”"),
    ("---", "—"),
    ("--", "–"),
    (r"\&", "&"),
)


def _read_value(text: str, start: int) -> tuple[str, int]:
    """Read a braced or quoted BibTeX value starting at ``start``; return (value, end)."""
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text):
        return "", start
    if text[start] == "{":
        depth, i = 0, start
        while i < len(text):
            if text[i] == "{":
                depth += 1
            elif text[i] == "}":
                depth -= 1
                if depth == 0:
                    return text[start + 1 : i], i + 1
            i += 1
        return text[start + 1 :], len(text)
    if text[start] == '"':
        end = text.find('"', start + 1)
        end = len(text) if end < 0 else end
        return text[start + 1 : end], end + 1
    match = re.match(r"[^,}\s]+", text[start:])
    value = match.group(0) if match else ""
    return value, start + len(value)


def _plain(value: str) -> str:
    """BibTeX text without braces and common LaTeX accents."""
    for latex, plain in _LATEX:
        value = value.replace(latex, plain)
    value = value.replace("{", "").replace("}", "")
    return " ".join(value.split())


def _entry_fields(body: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    pos = 0
    for match in re.finditer(r"(\w+)\s*=", body):
        if match.start() < pos:
            continue
        value, pos = _read_value(body, match.end())
        fields[match.group(1).lower()] = value
    return fields


_PARTICLES = re.compile(r"((?:\b(?:van|von|der|den|de|te|ter|het|'t)\b\s*)+)$")


def _authors(raw: str) -> str:
    """'Steen, Martijn van der and ...' -> 'Van der Steen e.a.'; a braced name stays whole."""
    raw = raw.strip()
    if raw.startswith("{") and raw.endswith("}") and raw.count("{") == 1:
        return _plain(raw)  # a corporate author such as {Onderzoeksraad voor Veiligheid}
    names = []
    for person in (p.strip() for p in re.split(r"\s+and\s+", raw) if p.strip()):
        person = _plain(person)
        if "," in person:
            last, first = (part.strip() for part in person.split(",", 1))
            particle = _PARTICLES.search(first)
            if particle and particle.group(1).strip():
                words = particle.group(1).strip()
                last = f"{words[0].upper()}{words[1:]} {last}"
        else:
            last = person.split()[-1] if person.split() else person
        names.append(last)
    if len(names) > 2:
        return f"{names[0]} e.a."
    return " & ".join(names)


def read_bibliography(bib_file: Path) -> dict[str, Reference]:
    """Short references for every entry in a BibTeX file (missing file: empty dict)."""
    try:
        text = bib_file.read_text(encoding="utf-8")
    except OSError:
        return {}
    starts = list(_ENTRY_START.finditer(text))
    references: dict[str, Reference] = {}
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        body = text[match.end() : end]
        fields = _entry_fields(body)
        who = _authors(fields.get("author") or fields.get("editor") or "")
        year = _plain(fields.get("year", "")) or explorer.NO_YEAR
        title = _plain(fields.get("title", match.group(2)))
        url = _plain(fields.get("url", ""))
        if not url and fields.get("doi"):
            url = "https://doi.org/" + _plain(fields["doi"])
        ending = "" if title.endswith((".", "?", "!")) else "."  # no "Wat doet X?." or "Akkoord.."
        text_ref = f"{who} ({year}). {title}{ending}" if who else f"{title} ({year})."
        references[match.group(2)] = Reference(match.group(2), text_ref, url)
    return references
