"""The book never puts in the lecture's mouth what it does not say (issue 25, 'fidelity slips').

Slides that show only a picture, a book cover or a website menu say nothing beyond their title; a
sentence that gives them a message, an intent or a content must say that this is the book's own
reading. The phrasings found in review must not come back.
"""

from __future__ import annotations

import re

import pytest

from helpers import BOOK

CHAPTERS = sorted(BOOK.glob("[0-9][0-9]-*.md"))

# Found in review: each said the lecture (or an essay the book could not read) said something.
KNOWN_SLIPS = [
    "wat het college verderop de *onderstroom* noemt",
    "De boodschap: wie\nsamenwerking wil begrijpen",
    "In het essay spreekt 't Hart van een context van chronische turbulentie, waarin",
    "Die verwijzing is een wenk",
    "De redenering van het essay is eenvoudig en",
    "De vragen veronderstellen dat er beperkingen zijn",
    "*En.....tijdens crises*. In een crisis",
]

# A sentence that reads a message or an intent into the lecture or a slide.
_SOURCE = r"\b(college|dia|slide)\b"
_INTENT = r"\b(boodschap|bedoel\w*|wilde zeggen|wil zeggen|wenk|signaal|signaleren)\b"
READING_INTO = re.compile(rf"{_SOURCE}[^.]*{_INTENT}|{_INTENT}[^.]*{_SOURCE}", re.IGNORECASE)
MARKED = ("lezing van dit boek", "eigen lezing", "staat er niet bij", "niet bij", "weten we niet")


def sentences(text: str) -> list[str]:
    flat = re.sub(r"\s+", " ", text)
    return re.split(r"(?<=[.!?])\s+", flat)


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: p.name)
def test_known_slips_do_not_come_back(page):
    text = page.read_text(encoding="utf-8")
    back = [slip for slip in KNOWN_SLIPS if slip in text]
    assert not back, f"{page.name}: legt het college of het essay iets in de mond: {back}"


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: p.name)
def test_a_message_read_into_a_slide_is_marked_as_the_books_reading(page):
    text = page.read_text(encoding="utf-8")
    found = sentences(text)
    unmarked = [
        s
        for i, s in enumerate(found)
        if READING_INTO.search(s) and not any(m in " ".join(found[max(0, i - 1) : i + 2]) for m in MARKED)
    ]
    assert not unmarked, (
        f"{page.name}: een boodschap of bedoeling van het college zonder 'in de lezing van dit boek': {unmarked}"
    )


def test_the_check_catches_an_unmarked_reading():
    """The rule above would have caught the slip in chapter 10."""
    slip = "De dia toont een database. De boodschap van het college: vergelijk veel casussen."
    assert any(READING_INTO.search(s) for s in sentences(slip))
