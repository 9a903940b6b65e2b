"""What a reader sees of the agreement between two codings of the case outcomes (chapter 3).

Texts with ``{placeholders}`` are filled in with ``str.format`` by the code that shows them.
Nothing here is escaped: templates escape on output.
"""

from __future__ import annotations

from ..i18n import localise_texts

# The coding dimensions (columns in data/casussen.csv and data/uitkomst_tweede_codering.csv) as
# readers see them.
DIMENSION_LABELS = {
    "doelbereik": "Doelbereik",
    "publieke_waarde": "Publieke waarde",
    "uitkomst": "Uitkomst",
}
# Column headers of the agreement table and the table of disagreements.
COL_DIMENSION = "Dimensie"
COL_CASES = "Casussen"
COL_AGREED = "Gelijk gecodeerd"
COL_PERCENT = "Overeenstemming (%)"
COL_EXPECTED = "Verwacht bij toeval (%)"
COL_KAPPA = "Cohens kappa"
COL_CASE = "Casus"
COL_FIRST = "Eerste codering"
COL_SECOND = "Tweede codering"
KAPPA_UNDEFINED = "n.v.t."

# Problems with the two codings handed to compare_codings; {coding} is FIRST or SECOND, or the
# file with the coding followed by one of them in brackets.
MISSING_COLUMN = "{coding}: de kolom '{column}' ontbreekt."
DUPLICATE_CASE = "{coding}: casus '{case}' staat er meer dan eens in."
EMPTY_CODE = "{coding}: casus '{case}' heeft geen code voor {dimension}."
NO_SHARED_CASES = "De twee coderingen hebben geen casus gemeen; er valt niets te vergelijken."
FIRST = "eerste codering"
SECOND = "tweede codering"
IN_FILE = "{file} ({coding})"

# In another language than Dutch: the translations from locale/<lang>/LC_MESSAGES/coursekit.po.
localise_texts(globals(), __name__)
