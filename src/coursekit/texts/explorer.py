"""What a reader of the case explorer reads (chapters 3 and 10).

Texts with ``{placeholders}`` are filled in with ``str.format`` by the code that shows them.
Nothing here is escaped: templates escape on output. Only texts live here, no stored values:
rewording a text never invalidates a learner's saved answer.
"""

from __future__ import annotations

from ..i18n import localise_texts

# --- Case explorer (coursekit.explorer) ------------------------------------
#
# For chapter authors' case explorer (chapter 3, 10); explorer.py uses them under their short
# names (without EXPLORER_).

ALL_DOMAINS = "Alle domeinen"
ALL_YEARS = "Alle jaren"
ALL_OUTCOMES = "Alle uitkomsten"
LABEL_OUTCOME = "Uitkomst"
# The outcomes in data/casussen.csv (column uitkomst) as readers see them: the codes of chapter 3
# ("Hoe dit boek uitkomsten codeert") and data/uitkomst_criteria.csv.
OUTCOME_LABELS = {
    "succes": "Succes",
    "gemengd": "Gemengd",
    "mislukt": "Mislukt",
    "onbepaald": "Onbepaald",
}
# The two dimensions the outcome is derived from (columns doelbereik and publieke_waarde).
GOAL_LABELS = {
    "bereikt": "bereikt",
    "deels": "deels",
    "niet_bereikt": "niet bereikt",
    "onbepaald": "onbepaald",
}
VALUE_LABELS = {
    "positief": "positief",
    "gemengd": "gemengd",
    "negatief": "negatief",
    "onbepaald": "onbepaald",
}
# Why a case has its outcome: the rule of data/uitkomst_criteria.csv (dimension uitkomst) that
# applies (coursekit.explorer.cases.outcome_reason gives the key).
OUTCOME_REASONS = {
    "mislukt_beide": (
        "Mislukt: de partners bereikten hun doel niet, en een oordeel van buiten de samenwerking "
        "noemt de publieke waarde negatief."
    ),
    "mislukt_doel": "Mislukt: de partners bereikten hun doel niet.",
    "mislukt_waarde": (
        "Mislukt: een oordeel van buiten de samenwerking noemt de publieke waarde negatief. Het "
        "doelbereik laat zien of de samenwerking voor de partners zelf wel werkte."
    ),
    "succes": (
        "Succes: de partners bereikten hun doel, en een oordeel van buiten de samenwerking noemt de "
        "publieke waarde positief."
    ),
    "gemengd": (
        "Gemengd: ten minste één van de twee dimensies is deels of gemengd, en geen van beide is "
        "niet bereikt of negatief."
    ),
    "onbepaald": (
        "Onbepaald: deze casus wacht op bewijs. Voor ten minste één dimensie staat in de bronnen van "
        "dit boek nog geen oordeel; in de toelichting lees je welk bewijs ontbreekt. Onbepaald "
        "betekent niet dat de samenwerking mislukte."
    ),
}
CODING_TITLE = "Hoe de uitkomst is gecodeerd"
CODING_SUMMARY = (
    "Bekijk per casus hoe de uitkomst is gecodeerd: het doel van de partners, doelbereik, publieke "
    "waarde, peiljaar en bronnen"
)
CODING_CRITERIA_BEFORE = "De uitkomst volgt uit twee dimensies, met de criteria uit "
CODING_CRITERIA_LINK = "hoofdstuk 3, 'Hoe dit boek uitkomsten codeert'"
CODING_CRITERIA_AFTER = " (ook in data/uitkomst_criteria.csv). Met nieuw bewijs kan een code veranderen."
CODING_CASE = "{name}: {outcome}"
LABEL_GOALS = "Doel van de partners"
LABEL_GOAL_ATTAINMENT = "Doelbereik voor de partners: {code}"
LABEL_PUBLIC_VALUE = "Publieke waarde, volgens een oordeel van buiten: {code}"
LABEL_REFERENCE_YEAR = "Peiljaar"
REFERENCE_YEAR = "{year}: de codes steunen op bewijs tot en met dat jaar."
LABEL_DERIVED_OUTCOME = "Uitkomst"
LABEL_SOURCES = "Bronnen:"
TITLE = "Casusverkenner"
INTRO = (
    "Kies een domein en een periode. Kies daarna in de lijst één of meer casussen om hun feiten "
    "naast elkaar te zien, en hoe hun uitkomst is gecodeerd. Houd Ctrl (Windows) of Cmd (Mac) "
    "ingedrukt om meer casussen te kiezen."
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
    "In het online boek zie je hieronder alle casussen, hoe hun uitkomst is gecodeerd en al hun "
    "feiten. Filteren op domein, periode en uitkomst en casussen naast elkaar zetten werkt in het "
    "notebook."
)
STATIC_OPEN_BINDER = "Open de casusverkenner in Binder om te filteren en te vergelijken"
UNKNOWN_DOMAIN = "Het domein '{domain}' bestaat niet. Kies uit: {allowed}."
DATA_PROBLEM = "De casusverkenner kan de casustabellen niet lezen:"
UNKNOWN_CASES = "data/casus_feiten.csv noemt casussen die niet in data/casussen.csv staan: {ids}"

# In another language than Dutch: the translations from locale/<lang>/LC_MESSAGES/coursekit.po.
localise_texts(globals(), __name__)
