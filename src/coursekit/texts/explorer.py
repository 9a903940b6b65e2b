"""What a reader of the case explorer reads (chapters 3 and 10).

Texts with ``{placeholders}`` are filled in with ``str.format`` by the code that shows them.
Nothing here is escaped: templates escape on output. Only texts live here, no stored values:
rewording a text never invalidates a learner's saved answer.
"""

from __future__ import annotations

# --- Case explorer (coursekit.explorer) ------------------------------------
#
# For chapter authors' case explorer (chapter 3, 10); explorer.py uses them under their short
# names (without EXPLORER_).

ALL_DOMAINS = "Alle domeinen"
ALL_YEARS = "Alle jaren"
ALL_OUTCOMES = "Alle uitkomsten"
LABEL_OUTCOME = "Uitkomst"
# The outcomes in data/casussen.csv (column uitkomst) as readers see them.
OUTCOME_LABELS = {
    "succes": "Geslaagd",
    "gemengd": "Gemengd",
    "mislukt": "Mislukt",
    "onbepaald": "Nog niet te beoordelen",
}
TITLE = "Casusverkenner"
INTRO = (
    "Kies een domein en een periode. Kies daarna in de lijst één of meer casussen om hun feiten "
    "naast elkaar te zien. Houd Ctrl (Windows) of Cmd (Mac) ingedrukt om meer casussen te kiezen."
)
LABEL_DOMAIN = "Domein"
LABEL_PERIOD = "Periode"
LABEL_CASES = "Casussen"
NO_CASES = "Geen casussen in dit domein en deze periode. Kies een ander domein of een andere periode."
NO_SELECTION = "Kies in de lijst Casussen één of meer casussen om hun feiten te zien."
COUNT = "{shown} van de {total} casussen getoond."
CHART_ALT = (
    "Tijdlijn van {count} casussen van {first} tot {last}, per casus een balk van het eerste tot "
    "het laatste jaar. De tekstversie staat onder de grafiek."
)
CHART_CAPTION = "Tijdlijn van de casussen. Een balk loopt van de eerste tot de laatste gedocumenteerde mijlpaal."
CHART_AXIS = "Jaar"
CHART_CLIPPED = "vanaf {year}"
CHART_SELECTED = "gekozen"
TEXT_ALTERNATIVE = "Tekstversie van de tijdlijn"
YEARS_SPAN = "{start}–{end}"
YEARS_FROM = "vanaf {start}"
CASES_CAPTION = "Casussen bij hoofdstuk 3, met hun domein, uitkomst, jaren, korte omschrijving en hoofdbron"
FACTS_CAPTION = "Feiten per casus, elk met de bron waarin het is gecontroleerd"
SELECTED_CASES_CAPTION = "De gekozen casussen"
SELECTED_FACTS_CAPTION = "Feiten van de gekozen casussen, elk met zijn bron"
ALL_FACTS_SUMMARY = "Bekijk alle {count} feiten per casus"
COL_CASE = "Casus"
COL_DOMAIN = "Domein"
COL_YEARS = "Jaren"
COL_DESCRIPTION = "Korte omschrijving"
COL_SOURCE = "Bron"
COL_OUTCOME = "Uitkomst"
COL_FEATURE = "Kenmerk"
COL_VALUE = "Waarde"
SOURCE_PLACE = "vindplaats"
NO_YEAR = "z.j."
STATIC_INTRO = (
    "In het online boek zie je hieronder alle casussen en al hun feiten. Filteren op domein en "
    "periode en casussen naast elkaar zetten werkt in het notebook."
)
STATIC_OPEN_BINDER = "Open de casusverkenner in Binder om te filteren en te vergelijken"
UNKNOWN_DOMAIN = "Het domein '{domain}' bestaat niet. Kies uit: {allowed}."
DATA_PROBLEM = "De casusverkenner kan de casustabellen niet lezen:"
UNKNOWN_CASES = "data/casus_feiten.csv noemt casussen die niet in data/casussen.csv staan: {ids}"
