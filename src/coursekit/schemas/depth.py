"""How deep arrays and objects nest: checked before anything recurses into a file's data.

The one limit is :data:`coursekit.schemas.compose.MAX_DEPTH`, named in the schemas' descriptions
and given to the page (``C.max_depth``), whose ``tooDeep`` and ``valueTooDeep`` (``page/base.js``)
count exactly as these two do. Both work without recursion, so no text can overflow the stack
that checks it.
"""

from __future__ import annotations

import re
from itertools import accumulate

from .compose import MAX_DEPTH

# A string (to its closing quote, or to the end of the text when there is none).
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
# What is left between the brackets once the strings are gone.
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
# Where a JSON text of an array or object starts (JSON's own white space before it).
_CONTAINER_START = re.compile(r"[ \t\n\r]*[\[{]")


def text_too_deep(text: str, limit: int = MAX_DEPTH) -> bool:
    """Whether the JSON text ``text`` nests arrays and objects more than ``limit`` deep.

    Strings are skipped (a bracket in a text does not count). For a text that is not JSON the
    answer is only a count, but the same count as on the page. The regular expressions drop the
    strings and all but the brackets first; only the brackets are then counted one by one.
    """
    if text.count("[") + text.count("{") <= limit:
        return False
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0) > limit


def looks_like_container(text: str) -> bool:
    """Whether ``text`` starts (after JSON's white space) as a JSON array or object."""
    return _CONTAINER_START.match(text) is not None


def value_too_deep(value: object, limit: int = MAX_DEPTH) -> bool:
    """Whether the parsed ``value`` nests lists and dicts more than ``limit`` deep (``{}`` is 1)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        if level > limit:
            return True
        stack.extend((child, level + 1) for child in children)
    return False
