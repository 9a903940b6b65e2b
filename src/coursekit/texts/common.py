"""Texts every audience may read: dates, the course folder, file-system errors.

Texts with ``{placeholders}`` are filled in with ``str.format`` by the code that shows them.
Nothing here is escaped: templates escape on output.
"""

from __future__ import annotations

from ..i18n import localise_texts

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

# How numbers are written: "3,5" and "1.250" in Dutch ("3.5" and "1,250" in English).
DECIMAL_SEPARATOR = ","
THOUSANDS_SEPARATOR = "."

ROOT_NOT_FOUND = (
    "De cursusmap is niet gevonden. Gezocht vanaf {start} naar boven, naar een map "
    "met _config.yml en een map data/. Open het notebook vanuit de cursusmap, of "
    "zet de omgevingsvariabele COURSEKIT_ROOT."
)

ROOT_ENV_INVALID = "COURSEKIT_ROOT wijst naar {path}, maar daar staan geen _config.yml en data/."

OS_ERRORS = {
    "ENOSPC": "de schijf is vol",
    "EDQUOT": "je opslagruimte is op",
    "EROFS": "de map is alleen-lezen",
    "EACCES": "je hebt geen toestemming om daar te schrijven",
    "EPERM": "je hebt geen toestemming om daar te schrijven",
}

OS_ERROR_OTHER = "{error}"

# In another language than Dutch: the translations from locale/<lang>/LC_MESSAGES/coursekit.po.
localise_texts(globals(), __name__)
