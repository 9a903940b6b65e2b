"""Escaping and Dutch formatting of text, numbers and times.

Shared by everything that shows answers. HTML is escaped by the templates (coursekit.render);
the Markdown escaping here is what the Markdown templates apply to every value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .texts import common


def _course_timezone() -> tzinfo | None:
    """Dutch time for display: Binder runs on UTC, learners live in the Netherlands."""
    try:
        return ZoneInfo("Europe/Amsterdam")
    except ZoneInfoNotFoundError:  # no tz database installed: fall back to local time
        return None


_TIMEZONE = _course_timezone()


def local(moment: datetime) -> datetime:
    return moment.astimezone(_TIMEZONE)


def clock(moment: datetime) -> str:
    """'14:02'"""
    return local(moment).strftime("%H:%M")


def long_date(moment: datetime) -> str:
    """'26 november 2026'"""
    moment = local(moment)
    return f"{moment.day} {common.MONTHS[moment.month - 1]} {moment.year}"


def date_time(moment: datetime) -> str:
    """'26 november 2026, 14:02'"""
    return f"{long_date(moment)}, {clock(moment)}"


def decimal(number: float) -> str:
    """One decimal with the language's decimal separator: 3.45 -> '3,5' in Dutch (never '-0,0')."""
    return f"{round(number, 1) + 0.0:.1f}".replace(".", common.DECIMAL_SEPARATOR)


def signed_decimal(number: float) -> str:
    """'+0,6' / '-1,0' / '0,0'"""
    text = decimal(number)
    return f"+{text}" if round(number, 1) > 0 else text


def paragraphs(text: str) -> list[list[str]]:
    """Learner text as paragraphs of lines (templates render them with their line breaks)."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n").strip())
    return [block.split("\n") for block in blocks if block]


_MD_INLINE = re.compile(r"([\\`*_\[\]<>#|~&!{}$])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])", re.MULTILINE)


def md_escape(text: str) -> str:
    """Backslash-escape text so Markdown shows it literally (no HTML, no markup)."""
    escaped = _MD_INLINE.sub(r"\\\1", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _MD_LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), escaped)


def _escape_marker(marker: str) -> str:
    return marker[:-1] + "\\" + marker[-1]


def md_quote(text: str) -> str:
    """Learner text as a Markdown block quote with its line breaks kept."""
    lines = md_escape(text.strip()).split("\n")
    return "\n".join(f"> {line}  " if line.strip() else ">" for line in lines)


def md_cell(text: str) -> str:
    """Text on one line inside a Markdown line or table cell (pipes escaped)."""
    return " ".join(_MD_INLINE.sub(r"\\\1", text).split())


def md_row(cells: Sequence[str]) -> str:
    """A Markdown table row: '| a | b |' (an empty cell as one space)."""
    return "| " + " | ".join(md_cell(cell) or " " for cell in cells) + " |"


def md_rule(cells: Sequence[str]) -> str:
    """The rule under a Markdown table's header: '| --- | --- |'."""
    return "| " + " | ".join("---" for _ in cells) + " |"


def json_for_script(text: str) -> str:
    """JSON that cannot end the script element or open a comment: <, > and & as unicode escapes."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
