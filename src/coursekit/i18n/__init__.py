"""One book, two languages: the Dutch sources and gettext catalogs for every other language.

Dutch (``nl``) is the source language: the pages, the exercise definitions (``notebooks/oefeningen``),
the data tables' texts and the toolkit's texts (``coursekit.texts``) are written in Dutch and nowhere
else. A translation lives in ``locale/<lang>/LC_MESSAGES/`` as gettext catalogs (``.po``), one per page
(Sphinx's gettext builder and sphinx-intl make and update them) and three for what the toolkit shows:

- ``coursekit.po``: the texts of ``coursekit.texts`` and the exercise types' labels, with the
  constant's name as context (``learner.SAVED_AT``);
- ``oefeningen.po``: the text fields of the exercise definitions (ids, types, tables and column
  names are never translated, so an answer given in one language is the same exercise in the other);
- ``data.po``: the text cells of the data tables whose schema marks a field ``"translate": true``.

The language a process speaks is ``$COURSEKIT_LANG`` (default ``nl``): the English book build sets it
for Sphinx and for the kernels that run the notebooks. A message that has no translation, or whose
translation is marked fuzzy, falls back to the Dutch; ``python -m coursekit.i18n check`` and the
tests count those, so the English edition never ships with one.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import Any

LANG_ENV = "COURSEKIT_LANG"
SOURCE_LANGUAGE = "nl"
# Every language the book is published in; the first is the source. A third language is one more
# entry here and its catalogs under locale/<lang>/ (CONTRIBUTING.md, "Een derde taal").
LANGUAGES = ("nl", "en")
DOMAINS = ("coursekit", "oefeningen", "data")


class UnknownLanguage(ValueError):
    """``$COURSEKIT_LANG`` names a language the book is not published in."""


def language() -> str:
    """The language this process shows: ``$COURSEKIT_LANG`` or Dutch."""
    chosen = os.environ.get(LANG_ENV, "").strip() or SOURCE_LANGUAGE
    if chosen not in LANGUAGES:
        raise UnknownLanguage(
            f"{LANG_ENV}={chosen!r}: dit boek bestaat in {', '.join(LANGUAGES)}; "
            f"this book exists in {', '.join(LANGUAGES)}."
        )
    return chosen


def locale_dir() -> Path:
    """``locale/`` of the course folder (beside ``src/``; ``$COURSEKIT_ROOT`` for an installed copy)."""
    configured = os.environ.get("COURSEKIT_ROOT")
    if configured:
        return Path(configured).expanduser().resolve() / "locale"
    return Path(__file__).resolve().parents[3] / "locale"


@cache
def catalog(domain: str, lang: str) -> dict[tuple[str | None, str], str]:
    """The reviewed translations of one domain: ``(context, Dutch) -> translation``.

    Fuzzy and empty entries are left out, so they fall back to the Dutch.
    """
    from babel.messages.pofile import read_po  # babel comes with Sphinx and with JupyterLab

    path = locale_dir() / lang / "LC_MESSAGES" / f"{domain}.po"
    if lang == SOURCE_LANGUAGE or not path.is_file():
        return {}
    with path.open("rb") as handle:
        messages = read_po(handle, locale=lang)
    return {
        (message.context, str(message.id)): str(message.string)
        for message in messages
        if message.id and message.string and not message.fuzzy
    }


def gettext(domain: str, dutch: str, context: str | None = None, lang: str | None = None) -> str:
    """``dutch`` in ``lang`` (default: the process's language); itself without a reviewed translation."""
    lang = lang or language()
    if not dutch or lang == SOURCE_LANGUAGE:
        return dutch
    return catalog(domain, lang).get((context, dutch), dutch)


# The bibliography's descriptive fields (where a source was published, a note on it) are the book's
# own Dutch words; titles, authors and the rest are the sources' own and stay as they are.
BIBLIOGRAPHY_FIELD = re.compile(r"^(\s*(howpublished|note)\s*=\s*)\{(.*)\}(,?)\s*$", re.MULTILINE)


def bibliography_messages(bib: str) -> list[tuple[str, str, int]]:
    """``(context, Dutch, line)`` of each descriptive field of a BibTeX file (context ``bib.<field>``)."""
    return [
        (f"bib.{found[2]}", found[3], bib[: found.start()].count("\n") + 1)
        for found in BIBLIOGRAPHY_FIELD.finditer(bib)
        if found[3].strip()
    ]


def localise_bibliography(bib: str, lang: str) -> str:
    """A BibTeX file with its descriptive fields in ``lang`` (``coursekit.po``, context ``bib.<field>``)."""
    return BIBLIOGRAPHY_FIELD.sub(
        lambda found: f"{found[1]}{{{gettext('coursekit', found[3], f'bib.{found[2]}', lang)}}}{found[4]}", bib
    )


def localise_texts(namespace: dict[str, Any], module: str) -> None:
    """Put the translations of a ``coursekit.texts`` module's constants in place (at its import).

    A text is a module-level UPPER_CASE constant: a string, a tuple of strings or a dict whose values
    are strings. Its context is ``<module>.<NAME>`` (``.<index>`` or ``.<key>`` for a part).
    """
    if language() == SOURCE_LANGUAGE:
        return
    short = module.rsplit(".", 1)[-1]
    for name, value in list(namespace.items()):
        if not name.isupper():
            continue
        namespace[name] = _localised(value, f"{short}.{name}")


def _localised(value: Any, context: str) -> Any:
    if isinstance(value, str):
        return gettext("coursekit", value, context)
    if isinstance(value, tuple) and all(isinstance(part, str) for part in value):
        return tuple(gettext("coursekit", part, f"{context}.{i}") for i, part in enumerate(value))
    if isinstance(value, dict) and all(isinstance(part, str) for part in value.values()):
        return {key: gettext("coursekit", part, f"{context}.{key}") for key, part in value.items()}
    return value


def text_messages(namespace: dict[str, Any], module: str) -> list[tuple[str, str]]:
    """``(context, Dutch)`` for each text of a module, as :func:`localise_texts` looks them up."""
    short = module.rsplit(".", 1)[-1]
    found: list[tuple[str, str]] = []
    for name, value in namespace.items():
        if not name.isupper():
            continue
        context = f"{short}.{name}"
        if isinstance(value, str):
            found.append((context, value))
        elif isinstance(value, tuple) and all(isinstance(part, str) for part in value):
            found += [(f"{context}.{i}", part) for i, part in enumerate(value)]
        elif isinstance(value, dict) and all(isinstance(part, str) for part in value.values()):
            found += [(f"{context}.{key}", part) for key, part in value.items()]
    return [(context, text) for context, text in found if text]


# Keys of an exercise definition whose values are names, not text: never translated.
DEFINITION_NAMES = frozenset({"id", "type", "table", "column", "compare_with", "requires", "chapter"})


def localise_definitions(raw: Any) -> Any:
    """An exercise definition file's YAML with its text fields in the process's language."""
    if language() == SOURCE_LANGUAGE:
        return raw
    return _walk_definitions(raw, None)


def _walk_definitions(value: Any, key: str | None) -> Any:
    if key in DEFINITION_NAMES:
        return value
    if isinstance(value, dict):
        return {k: _walk_definitions(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk_definitions(v, key) for v in value]
    if isinstance(value, str):
        return gettext("oefeningen", value)
    return value


def definition_messages(raw: Any, key: str | None = None) -> list[str]:
    """The Dutch texts of a definition file that :func:`localise_definitions` translates."""
    if key in DEFINITION_NAMES:
        return []
    if isinstance(value := raw, dict):
        return [text for k, v in value.items() for text in definition_messages(v, k)]
    if isinstance(raw, list):
        return [text for v in raw for text in definition_messages(v, key)]
    if isinstance(raw, str) and raw.strip():
        return [raw]
    return []
