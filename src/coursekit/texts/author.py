"""What a course author reads: problems in the exercise definitions (YAML) and the data tables (CSV).

Texts with ``{placeholders}`` are filled in with ``str.format`` by the code that shows them.
Nothing here is escaped: templates escape on output. Only texts live here, no stored values:
rewording a text never invalidates a learner's saved answer.
"""

from __future__ import annotations

from ..i18n import localise_texts

# --- Definition files (for course authors) ----------------------------------

DEF_EXERCISE_CONTEXT = "{file}, oefening {number} ({exercise_id})"
DEF_YAML_ERROR = "{context}: geen geldige YAML: {error}"
DEF_READ_ERROR = "{context}: kan het bestand niet lezen: {error}"
DEF_NOT_MAPPING = "{context}: verwacht een groep velden (sleutel: waarde)"
DEF_MISSING = "{context}: het veld '{key}' ontbreekt"
DEF_UNKNOWN_KEYS = "{context}: onbekend veld {keys} (toegestaan: {allowed})"
DEF_NOT_TEXT = "{context}: '{key}' moet tekst zijn (zet de tekst eventueel tussen aanhalingstekens)"
DEF_EMPTY_TEXT = "{context}: '{key}' is leeg"
DEF_NOT_LIST = "{context}: '{key}' moet een lijst zijn"
DEF_LIST_LENGTH = "{context}: '{key}' moet {low} tot {high} onderdelen hebben, nu {count}"
DEF_LIST_TOO_SHORT = "{context}: '{key}' moet een lijst zijn met minstens {low} onderdeel of onderdelen"
DEF_NOT_ALLOWED = "{context}: '{key}' is '{value}', maar dat mag niet (kies uit: {allowed})"
DEF_INVALID = "{context}: '{key}' klopt niet met het schema van de oefenbestanden"
DEF_ROLE_PROFILE = "{context}: role_profile vraagt stellingen in de vorm 'Rol: stelling', met minstens twee rollen"
DEF_FINAL_UNKNOWN = "{context}: final_assignment noemt '{value}', maar die oefening bestaat niet"
DEF_DUPLICATES = "{context}: '{key}' bevat dubbele tekst: {value}"
DEF_NOT_BOOL = "{context}: '{key}' moet true of false zijn"
DEF_NOT_INT = "{context}: '{key}' moet een geheel getal van {low} tot {high} zijn"
DEF_BAD_TYPE = "{context}: onbekend type '{value}' (kies uit: {allowed})"
DEF_BAD_ID = "{context}: ongeldige id '{value}' (vorm: h<hoofdstuk>-kleine-letters-en-cijfers)"
DEF_ID_CHAPTER = "{context}: id '{value}' begint niet met h{chapter}- (het hoofdstuk van dit bestand)"
DEF_FILE_NAME = (
    "{context}: de bestandsnaam moet beginnen met het hoofdstuknummer in twee cijfers, zoals 0{chapter}-onderwerp.yml"
)
DEF_FILE_CHAPTER = "{context}: de bestandsnaam begint met {prefix}, maar 'chapter' is {chapter}"
DEF_DUPLICATE_CHAPTER = "{context}: hoofdstuk {chapter} staat al in {other}"
DEF_DUPLICATE_ID = "{context}: de id '{value}' komt al voor in {other}"
DEF_EITHER = "{context}: gebruik precies één van '{first}' en '{second}'"
DEF_NO_CORRECT = "{context}: minstens één optie moet 'correct: true' hebben"
DEF_BAD_ANSWER = "{context}: onderdeel {number} heeft antwoord '{value}', maar dat staat niet in 'categories'"
DEF_COMPARE_MISSING = "{context}: compare_with verwijst naar '{value}', maar die zelfscan bestaat niet"
DEF_COMPARE_SELF = "{context}: compare_with mag niet naar de oefening zelf verwijzen"
DEF_COMPARE_STATEMENTS = (
    "{context}: compare_with '{value}' heeft andere stellingen; een voor/na-vergelijking vraagt dezelfde stellingen"
)
DEF_TABLE = "{context}: {error}"
DEF_TABLE_COLUMN = "{context}: tabel '{table}' heeft geen kolom '{column}' (wel: {columns})"
DEF_SAMPLE = "{context}: sample is {sample}, maar tabel '{table}' heeft maar {rows} rijen"
DEF_TABLE_EMPTY_CELL = "{context}: tabel '{table}', rij {row}: kolom '{column}' is leeg"
DEFAULT_ITEM_EXPLANATION = "'{text}' hoort bij {answer}."


# --- Data tables (for course authors) ---------------------------------------

DATA_BAD_NAME = "'{name}' is geen geldige tabelnaam (alleen kleine letters, cijfers, - en _)"
DATA_MISSING_FILE = "{file}: bestand ontbreekt"
DATA_READ_ERROR = "{file}: kan het bestand niet lezen: {error}"
DATA_SCHEMA_JSON = "{file}: geen geldige JSON: {error}"
DATA_SCHEMA_SHAPE = "{file}: {problem}"
DATA_SCHEMA_FIELDS = "'fields' moet een niet-lege lijst velden zijn"
DATA_SCHEMA_FIELD = "veld {number}: {problem}"
DATA_SCHEMA_UNKNOWN = "onbekende constraint {keys} (deze subset van Table Schema kent: {allowed})"
DATA_SCHEMA_UNSUPPORTED = "{keys} wordt niet ondersteund (alleen een subset van Table Schema)"
DATA_SCHEMA_NAME = "'name' ontbreekt of is geen tekst"
DATA_SCHEMA_DUPLICATE = "de kolom '{name}' staat er twee keer in"
DATA_SCHEMA_TYPE = "kolom '{name}': onbekend type '{type}' (kies uit: {allowed})"
DATA_SCHEMA_TRANSLATE = "kolom '{name}': 'translate' is true of false, en alleen true bij een kolom met tekst"
DATA_SCHEMA_CONSTRAINT = "kolom '{name}': constraint '{constraint}': {problem}"
DATA_EXPECT_OBJECT = "verwacht een groep velden"
DATA_EXPECT_BOOL = "verwacht true of false"
DATA_EXPECT_LIST = "verwacht een niet-lege lijst"
DATA_LIMIT_TYPES = "kan alleen bij integer, number en date"
DATA_PATTERN_TYPE = "kan alleen als tekstpatroon bij type string"
DATA_SCHEMA_PRIMARY_KEY = "primaryKey noemt '{name}', maar die kolom bestaat niet"
DATA_HEADER = "{file}, rij 1 (kopregel): verwacht de kolommen {expected}, gevonden {actual}"
DATA_EMPTY_FILE = "{file}: het bestand is leeg (geen kopregel)"
DATA_ROW_LENGTH = "{file}, rij {row}: {count} waarden, verwacht {expected}"
DATA_CELL = "{file}, rij {row}, kolom '{column}': {problem}"
DATA_REQUIRED = "de cel is leeg, maar is verplicht"
DATA_NOT_TYPE = "'{value}' is geen {type}"
DATA_TYPE_NAMES = {
    "string": "tekst",
    "integer": "geheel getal",
    "number": "getal (gebruik een punt als decimaalteken)",
    "boolean": "ja/nee-waarde (true/false)",
    "date": "datum (JJJJ-MM-DD)",
}
DATA_ENUM = "'{value}' staat niet in de toegestane lijst ({allowed})"
DATA_MINIMUM = "{value} is kleiner dan het minimum {limit}"
DATA_MAXIMUM = "{value} is groter dan het maximum {limit}"
DATA_PATTERN = (
    "'{value}' past niet bij het patroon {pattern} (het patroon moet de hele waarde beschrijven, "
    "zoals Table Schema voorschrijft)"
)
DATA_UNIQUE = "'{value}' komt al voor in rij {first}; de waarden moeten uniek zijn"
DATA_PRIMARY_KEY = "de sleutel ({columns}) = {value} komt al voor in rij {first}"
DATA_NO_SCHEMA = "{file}: er is geen bijbehorend schema {schema}"
DATA_NO_CSV = "{file}: er is geen bijbehorend CSV-bestand {csv}"

# In another language than Dutch: the translations from locale/<lang>/LC_MESSAGES/coursekit.po.
localise_texts(globals(), __name__)
