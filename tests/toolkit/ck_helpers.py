"""Small builders shared by the toolkit tests."""

from __future__ import annotations

from collections.abc import Iterator

from coursekit.answers import Answer

LATER = "2030-01-01T12:00:00.000+00:00"
EARLIER = "2020-01-01T12:00:00.000+00:00"


def reflection(text: str, exercise_id: str = "h1-reflectie", updated_at: str | None = None, chapter: int = 1) -> Answer:
    value = {"responses": [{"prompt": "Wat viel je op?", "text": text}]}
    if updated_at is None:
        return Answer.create(exercise_id, chapter, "reflection", value)
    return Answer(exercise_id, chapter, "reflection", value, updated_at)


def descendants(widget) -> Iterator:
    """The widget and every widget inside it."""
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)
