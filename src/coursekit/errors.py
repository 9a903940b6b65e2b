"""The toolkit's exceptions. Each message is Dutch and fit to show as it is."""

from __future__ import annotations


class DefinitionError(ValueError):
    """An exercise definition file is wrong; the message names file, exercise and field."""


class InvalidAnswer(ValueError):
    """An answer that cannot be stored or read; the message says which field and why."""


class TextTooLong(InvalidAnswer):
    """A text over :data:`coursekit.answers.MAX_TEXT_LENGTH` characters."""

    def __init__(self, message: str, length: int):
        super().__init__(message)
        self.length = length
