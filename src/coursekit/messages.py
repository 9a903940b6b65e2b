"""Every Dutch text a learner, a teacher or a course author can see, in one place.

Texts with ``{placeholders}`` are filled in with ``str.format`` by the module
that shows them. Nothing in this module escapes HTML: the caller does.
"""

from __future__ import annotations

# --- Exercise types -------------------------------------------------------

TYPE_LABELS = {
    "reflection": "Reflectievraag",
    "selfscan": "Zelfscan",
    "multiple_choice": "Kennisvraag",
    "matching": "Sorteeropdracht",
    "dilemma": "Casus: wat doe je?",
    "forcefield": "Krachtenveld",
}

DEFAULT_SCALE = ("helemaal niet", "weinig", "enigszins", "sterk", "zeer sterk")
DEFAULT_DILEMMA_QUESTION = "Wat doe je?"
INFLUENCE_LEVELS = ("veel", "enige", "geen")
STRENGTH_LABELS = ("heel zwak", "zwak", "middel", "sterk", "heel sterk")
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)

# --- Status lines ----------------------------------------------------------

SAVED_AT = "✔ Opgeslagen om {time}"
RESTORED = "↺ Je eerder opgeslagen antwoord is teruggezet (opgeslagen op {when})."
NOTHING_TO_SAVE = "Er is nog niets ingevuld, dus er is nog niets opgeslagen."
NOTHING_TO_SAVE_KEPT = (
    "Het antwoord is leeg, dus er is niets opgeslagen. "
    "Je eerder opgeslagen antwoord (van {when}) blijft bewaard."
)
TEXT_TOO_LONG = (
    "⚠ Niet opgeslagen: je tekst is te lang ({length} tekens; het maximum is "
    "{maximum} tekens). Je tekst staat nog in het veld. Maak hem korter, of "
    "kopieer hem naar een eigen document."
)
INVALID_ANSWER = "⚠ Niet opgeslagen: {reason}"
SAVE_FAILED = (
    "⚠ Opslaan lukte niet ({reason}); je tekst staat nog in het veld; exporteer of "
    "kopieer hem, zodat je hem niet kwijtraakt. Eerder opgeslagen antwoorden zijn niet aangetast."
)
READ_FAILED = (
    "⚠ Je opgeslagen antwoorden konden niet worden gelezen ({reason}). "
    "Er is niets gewijzigd of verwijderd."
)
STORE_SET_ASIDE = (
    "⚠ Het bestand met je antwoorden ({path}) was beschadigd of niet herkend. "
    "Het is niet weggegooid: je vindt het nu onder de naam {aside}. "
    "Je begint hier met een lege lijst antwoorden. Heb je een export van je "
    "portfolio? Importeer die dan met portfolio()."
)
STORE_SET_ASIDE_FAILED = (
    "⚠ Het bestand met je antwoorden ({path}) is beschadigd of niet herkend, "
    "en kon niet apart worden gezet ({reason}). Er is niets overschreven."
)
OS_ERRORS = {
    "ENOSPC": "de schijf is vol",
    "EDQUOT": "je opslagruimte is op",
    "EROFS": "de map is alleen-lezen",
    "EACCES": "je hebt geen toestemming om daar te schrijven",
    "EPERM": "je hebt geen toestemming om daar te schrijven",
}
OS_ERROR_OTHER = "{error}"
STORE_FOREIGN_DATA = "het bestand hoort niet bij deze cursus of is van een nieuwere versie"
STORE_BAD_JSON = "het bestand is geen leesbare JSON"
STORE_ID_MISMATCH = "het antwoord hoort bij een andere oefening ({found})"
STORE_BAD_ENTRY = "⚠ Het opgeslagen antwoord van '{exercise_id}' is onleesbaar en wordt genegeerd: {reason}"

# --- Answer validation -------------------------------------------------------

ID_FORMAT = (
    "Een naam ziet eruit als 'h1-zelfscan-opgaven': een h, het hoofdstuknummer, "
    "een streepje en dan kleine letters, cijfers en streepjes."
)
BAD_EXERCISE_ID = "'{exercise_id}' is geen geldige naam voor een oefening. " + ID_FORMAT
UNKNOWN_TYPE = "onbekend soort oefening: {type}"
VALUE_NOT_TEXT = "{where}: verwacht tekst"
VALUE_NOT_WHOLE_NUMBER = "{where}: verwacht een geheel getal"
VALUE_NOT_YES_NO = "{where}: verwacht waar of onwaar"
VALUE_NOT_LIST = "{where}: verwacht een lijst"
VALUE_EMPTY_LIST = "{where}: de lijst is leeg"
VALUE_NOT_OBJECT = "{where}: verwacht een groep velden"
VALUE_WRONG_FIELDS = "{where}: verwacht de velden {expected}, kreeg {actual}"
VALUE_OUT_OF_RANGE = "{where}: {value} ligt buiten het bereik {low}–{high}"
VALUE_NOT_ALLOWED = "{where}: '{value}' is geen toegestane keuze ({allowed})"
VALUE_BAD_TEXT = "{where}: de tekst bevat een teken dat niet kan worden opgeslagen"
VALUE_SCORE_MISMATCH = "score {score} klopt niet met het aantal goede antwoorden ({correct})"
VALUE_BAD_TIME = "'{value}' is geen geldig tijdstip"
VALUE_BAD_CHAPTER = "hoofdstuk {value} bestaat niet (verwacht 1–99)"

# --- Looking up an exercise -------------------------------------------------

UNKNOWN_EXERCISE = "Er is geen oefening met de naam '{exercise_id}'."
DID_YOU_MEAN = "Bedoel je misschien: {names}?"
CHECK_NAME = "Controleer de naam tussen de aanhalingstekens in de cel hierboven."
DEFINITION_PROBLEMS = "Let op: er zijn fouten in de oefenbestanden, daardoor ontbreken misschien oefeningen:"
ROOT_NOT_FOUND = (
    "De cursusmap is niet gevonden. Gezocht vanaf {start} naar boven, naar een map "
    "met _config.yml en een map data/. Open het notebook vanuit de cursusmap, of "
    "zet de omgevingsvariabele COURSEKIT_ROOT."
)
ROOT_ENV_INVALID = (
    "COURSEKIT_ROOT wijst naar {path}, maar daar staan geen _config.yml en data/."
)

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
DEF_DUPLICATES = "{context}: '{key}' bevat dubbele tekst: {value}"
DEF_NOT_BOOL = "{context}: '{key}' moet true of false zijn"
DEF_NOT_INT = "{context}: '{key}' moet een geheel getal van {low} tot {high} zijn"
DEF_BAD_TYPE = "{context}: onbekend type '{value}' (kies uit: {allowed})"
DEF_BAD_ID = "{context}: ongeldige id '{value}' (vorm: h<hoofdstuk>-kleine-letters-en-cijfers)"
DEF_ID_CHAPTER = "{context}: id '{value}' begint niet met h{chapter}- (het hoofdstuk van dit bestand)"
DEF_FILE_NAME = "{context}: de bestandsnaam moet beginnen met het hoofdstuknummer in twee cijfers, zoals 0{chapter}-onderwerp.yml"
DEF_FILE_CHAPTER = "{context}: de bestandsnaam begint met {prefix}, maar 'chapter' is {chapter}"
DEF_DUPLICATE_CHAPTER = "{context}: hoofdstuk {chapter} staat al in {other}"
DEF_DUPLICATE_ID = "{context}: de id '{value}' komt al voor in {other}"
DEF_EITHER = "{context}: gebruik precies één van '{first}' en '{second}'"
DEF_NO_CORRECT = "{context}: minstens één optie moet 'correct: true' hebben"
DEF_BAD_ANSWER = "{context}: onderdeel {number} heeft antwoord '{value}', maar dat staat niet in 'categories'"
DEF_COMPARE_MISSING = "{context}: compare_with verwijst naar '{value}', maar die zelfscan bestaat niet"
DEF_COMPARE_SELF = "{context}: compare_with mag niet naar de oefening zelf verwijzen"
DEF_COMPARE_STATEMENTS = "{context}: compare_with '{value}' heeft andere stellingen; een voor/na-vergelijking vraagt dezelfde stellingen"
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
DATA_PATTERN = "'{value}' past niet bij het patroon {pattern} (het patroon moet de hele waarde beschrijven, zoals Table Schema voorschrijft)"
DATA_UNIQUE = "'{value}' komt al voor in rij {first}; de waarden moeten uniek zijn"
DATA_PRIMARY_KEY = "de sleutel ({columns}) = {value} komt al voor in rij {first}"
DATA_NO_SCHEMA = "{file}: er is geen bijbehorend schema {schema}"
DATA_NO_CSV = "{file}: er is geen bijbehorend CSV-bestand {csv}"

# --- Widgets ------------------------------------------------------------------

SAVE_NOW = "Nu opslaan"
SAVE_NOW_TOOLTIP = "Sla je antwoord meteen op (dat gebeurt ook vanzelf tijdens het typen)"
ANSWER_LABEL = "Antwoord {number}"
SINGLE_ANSWER_LABEL = "Je antwoord"
SCALE_LEGEND = "Schaal: {scale}"
SCALE_OPTION = "{number} – {label}"
NOTE_LABEL = "Toelichting"
NOTE_PLACEHOLDER = "kort, mag leeg blijven"
STATEMENT_LABEL = "Stelling {number}"
CHECK = "Controleer"
RETRY = "Opnieuw proberen"
YOUR_ANSWER = "Jouw antwoord"
YOUR_CHOICE = "Jouw keuze"
CHOOSE_THIS = "Kies dit antwoord"
CHOOSE_FIRST = "Kies eerst een antwoord."
CORRECT = "✔ Goed!"
NOT_YET = "✘ Nog niet goed."
ITEM_CORRECT = "✔ Goed"
ITEM_NOT_YET = "✘ Nog niet"
ITEM_LABEL = "Onderdeel {number}"
ITEMS_OPEN = "Kies bij elk onderdeel een categorie (nog {count} open)."
MATCH_SCORE = "Je hebt {score} van de {total} goed."
MATCH_ALL_CORRECT = "Alles goed!"
MATCH_TRY_AGAIN = "Pas je keuzes aan en klik nog eens op ‘Controleer’."
ATTEMPTS = "Poging {count}"
YOU_CHOSE = "Je koos: {choice}"
THEORY = "Theorie:"
FORCE_LABEL = "Kracht {number}"
FORCE_PLACEHOLDER = "bijv. een belang, regel of gewoonte"
STRENGTH_LABEL = "Sterkte"
INFLUENCE_LABEL = "Invloed"
STRENGTH_OPTION = "{number} – {label}"
FORCEFIELD_LEGEND = (
    "Sterkte: hoe sterk werkt deze kracht (1 = heel zwak, 5 = heel sterk)? "
    "Invloed: hoeveel invloed heb jij zelf op deze kracht (veel, enige of geen)?"
)

# --- Charts and their text alternatives ----------------------------------------

CHART_ALT_SELFSCAN = "Staafdiagram van je scores per stelling. De tekstversie staat naast de grafiek."
CHART_ALT_COMPARE = (
    "Staafdiagram met per stelling je eerdere en je huidige score. "
    "De tekstversie staat naast de grafiek."
)
CHART_ALT_FORCEFIELD = "Staafdiagram van je krachten, gesorteerd op sterkte. De tekstversie staat naast de grafiek."
CHART_EMPTY_SELFSCAN = "Kies bij een stelling een score; dan verschijnt hier je grafiek met een samenvatting."
CHART_EMPTY_FORCEFIELD = "Vul een kracht in en kies de sterkte; dan verschijnt hier je grafiek met een samenvatting."
CHART_SCORE_AXIS = "Score"
CHART_STRENGTH_AXIS = "Sterkte"
CHART_EARLIER = "Eerder"
CHART_NOW = "Nu"
CHART_FORCE_LABEL = "{force} (invloed: {influence})"
CHART_NO_INFLUENCE = "niet ingevuld"
SUMMARY_HEADING = "Samenvatting"
SUMMARY_SCORED = "Je hebt {scored} van de {total} stellingen een score gegeven."
SUMMARY_MEAN = "Je gemiddelde score is {mean} (op een schaal van 1 tot {top})."
SUMMARY_HIGHEST = "Hoogst ({score} – {label}): {statements}."
SUMMARY_LOWEST = "Laagst ({score} – {label}): {statements}."
SUMMARY_NO_EARLIER = "Je hebt de eerdere zelfscan ‘{title}’ nog niet ingevuld; daarom zie je alleen je huidige scores."
SUMMARY_MEAN_COMPARE = "Gemiddeld eerder {before}, nu {after} (verschil {delta})."
SUMMARY_ROSE = "Gestegen: {statements}."
SUMMARY_FELL = "Gedaald: {statements}."
SUMMARY_NO_CHANGE = "Geen enkele score is veranderd."
SUMMARY_FORCES = {1: "Je noemde één kracht met een sterkte.",
                  "many": "Je noemde {count} krachten met een sterkte."}
SUMMARY_STRONGEST = "Sterkst ({strength}): {forces}."
SUMMARY_INFLUENCE = "Hierop heb je {level} invloed: {forces}."
TABLE_STATEMENT = "Stelling"
TABLE_SCORE = "Score"
TABLE_NOTE = "Toelichting"
TABLE_EARLIER = "Eerder"
TABLE_NOW = "Nu"
TABLE_FORCE = "Kracht"
TABLE_STRENGTH = "Sterkte (1–5)"
TABLE_INFLUENCE = "Invloed"
TABLE_ITEM = "Onderdeel"
TABLE_CATEGORY = "Categorie"
TABLE_RESULT = "Resultaat"
TABLE_SCORES_CAPTION = "Je scores"
TABLE_COMPARE_CAPTION = "Je scores eerder en nu"
TABLE_FORCES_CAPTION = "Je krachten"
NOT_SCORED = "–"

# --- Static form in the online book ---------------------------------------

STATIC_NOTE = "Op deze pagina kun je niets invullen of opslaan."
STATIC_OPEN_BINDER = "Open deze oefening in Binder om hem te maken"
STATIC_OR = "of"
STATIC_OPEN_PORTFOLIO = "Open je portfolio in Binder"
STATIC_CATEGORIES = "Categorieën"
STATIC_MATCH_CAPTION = "Kies bij elk onderdeel een categorie"
STATIC_OPEN_VOILA = "open hem als app (Voila)"
STATIC_OPEN_LOCAL = "Open het notebook {notebook} in JupyterLab om deze oefening te maken."
STATIC_BINDER_WAIT = "Binder start een eigen omgeving voor je; dat kan een minuut duren."
STATIC_SCALE_CAPTION = "Stellingen met de schaal van 1 ({low}) tot {top} ({high})"
STATIC_PROMPTS = "Vragen"
STATIC_SHOW_FEEDBACK = "Bekijk de toelichting bij de antwoorden"
STATIC_SHOW_ANSWERS = "Bekijk de goede antwoorden"
STATIC_SHOW_CHOICES = "Bekijk wat elke keuze betekent"
STATIC_FORCES_CAPTION = "Krachtenveld: {rows} rijen om in te vullen"
STATIC_CORRECT_OPTION = "✔ Goed"
STATIC_WRONG_OPTION = "✘ Niet goed"
STATIC_PLAIN = "{label}: {title} (hoofdstuk {chapter}). Open dit notebook in JupyterLab of Binder om de oefening te maken."
STATIC_PORTFOLIO = (
    "Hier maak je in Binder of JupyterLab je portfolio: een document met al je "
    "antwoorden om te downloaden en in te leveren. Je kunt er ook een eerdere "
    "export importeren, zodat je verder kunt waar je gebleven was."
)
STATIC_PORTFOLIO_PLAIN = "Portfolio: exporteer en importeer je antwoorden (werkt in JupyterLab of Binder)."

# --- Portfolio --------------------------------------------------------------------

PORTFOLIO_TITLE = "Portfolio — Opgavegericht werken"
PORTFOLIO_HEADING = "Je portfolio"
PORTFOLIO_INTRO = (
    "Maak hier een document met al je antwoorden. Download het en bewaar het goed: "
    "als je Binder-sessie stopt, zijn je antwoorden daar weg. Met de knop "
    "Importeer zet je een eerdere export terug, zodat je verder kunt."
)
PORTFOLIO_NAME = "Je naam"
PORTFOLIO_NAME_PLACEHOLDER = "komt bovenaan het document"
PORTFOLIO_EXPORT = "Maak portfolio"
PORTFOLIO_IMPORT = "Importeer een export"
PORTFOLIO_IMPORT_HELP = "Kies een eerder gedownload portfolio (.html, .md of .json) om je antwoorden terug te zetten."
PORTFOLIO_PROGRESS = "Je hebt {done} van de {total} oefeningen gemaakt."
PORTFOLIO_EMPTY = "Je hebt nog geen antwoorden opgeslagen. Maak eerst een paar oefeningen."
PORTFOLIO_DOWNLOAD = "Download je portfolio"
PORTFOLIO_DOWNLOAD_HTML = "als webpagina (.html, om in te leveren)"
PORTFOLIO_DOWNLOAD_MD = "als Markdown (.md)"
PORTFOLIO_DOWNLOAD_JSON = "als gegevensbestand (.json, alleen om te importeren)"
PORTFOLIO_WRITTEN = "De bestanden staan ook in de map {folder}."
PORTFOLIO_WRITE_FAILED = (
    "⚠ De bestanden konden niet in {folder} worden gezet ({reason}). "
    "Gebruik de downloadlinks hierboven."
)
PORTFOLIO_SET_ASIDE = "Let op: in {folder} staat een apart gezet, beschadigd antwoordenbestand: {names}."
PORTFOLIO_NAME_LINE = "Naam"
PORTFOLIO_DATE_LINE = "Datum"
PORTFOLIO_CHAPTER = "Hoofdstuk {number}. {title}"
PORTFOLIO_OTHER_CHAPTER = "Hoofdstuk {number}"
PORTFOLIO_SAVED_ON = "Laatst bewaard: {when}"
PORTFOLIO_NOTHING = "Er zijn (nog) geen antwoorden."
PORTFOLIO_RESULT = "Resultaat"
PORTFOLIO_PLACEMENTS = "Jouw indeling"
PORTFOLIO_QUESTION = "Vraag"
PORTFOLIO_SITUATION = "Situatie"
PORTFOLIO_CHOICE = "Jouw keuze"
PORTFOLIO_FEEDBACK = "Toelichting"
PORTFOLIO_THEORY = "Theorie"
PORTFOLIO_MC_CORRECT = "✔ goed (bij poging {attempts})"
PORTFOLIO_MC_WRONG = "✘ nog niet goed (na {attempts} poging(en))"
PORTFOLIO_MATCH_SCORE = "{score} van de {total} goed"
PORTFOLIO_EMPTY_TEXT = "(niet ingevuld)"
PORTFOLIO_MEAN = "Gemiddelde score"
PORTFOLIO_SCALE = "Schaal"
PORTFOLIO_FOOTER = (
    "Dit document bevat ook je antwoorden als gegevens, zodat je ze later weer "
    "kunt importeren met portfolio()."
)
IMPORT_NOT_EXPORT = (
    "✘ Dit bestand is geen export van het portfolio. Kies een .html-, .md- of "
    ".json-bestand dat je eerder met ‘Maak portfolio’ hebt gemaakt."
)
IMPORT_NEWER_FORMAT = "✘ Deze export is gemaakt met een nieuwere versie van de cursus en kan hier niet worden gelezen."
IMPORT_ADDED = "✔ Toegevoegd: {title}"
IMPORT_UPDATED = "✔ Bijgewerkt (de export was nieuwer): {title}"
IMPORT_KEPT_LOCAL = "• Overgeslagen: {title} — je antwoord hier ({local}) is nieuwer dan dat in de export ({incoming})"
IMPORT_UNCHANGED = "• Al aanwezig: {title}"
IMPORT_WRONG_TYPE = "✘ Overgeslagen: {title} — in de export is dit een ander soort oefening dan in de cursus"
IMPORT_INVALID = "✘ Overgeslagen (onleesbaar antwoord): {detail}"
IMPORT_SUMMARY = "Import van {file} klaar: {added} toegevoegd, {updated} bijgewerkt, {skipped} overgeslagen."
IMPORT_RERUN = "Voer de oefencellen opnieuw uit om de geïmporteerde antwoorden te zien."
IMPORT_FAILED = "✘ Importeren lukte niet: {reason}"
IMPORT_TITLE = "'{title}' (hoofdstuk {chapter})"

# --- Class overview for teachers (coursekit.classview) ---------------------
#
# Used by classview_read, classview_stats, classview_charts, classview_render and
# classview_widget under their short names (without CLASSVIEW_).

CLASSVIEW_TITLE = "Klasoverzicht"
CLASSVIEW_INTRO = (
    "Kies de map met de portfolio-exports van je cursisten (.html, .md of .json) en klik op "
    "‘Lees de map in’. Je ziet samengevatte resultaten om in de groep te bespreken. Namen blijven "
    "verborgen, tenzij je ‘Namen tonen’ aanzet."
)
CLASSVIEW_LABEL_FOLDER = "Map met exports"
CLASSVIEW_FOLDER_PLACEHOLDER = "bijvoorbeeld inleveringen-groep-1"
CLASSVIEW_BUTTON_READ = "Lees de map in"
CLASSVIEW_LABEL_SHOW_NAMES = "Namen tonen"
CLASSVIEW_LABEL_VIEW = "Toon"
CLASSVIEW_VIEW_ALL = "Alles"
CLASSVIEW_STATIC_NOTE = (
    "Dit is de tekstvorm van het klasoverzicht van de map ‘{folder}’. Ze toont nooit namen of "
    "bestandsnamen. Open het notebook in JupyterLab om een andere map te kiezen en de weergave te "
    "wisselen."
)
CLASSVIEW_SAMPLE_NOTE = (
    "De map ‘{folder}’ bevat synthetische voorbeeldexports: verzonnen cursisten met gegenereerde "
    "antwoorden, geen echte groep."
)
CLASSVIEW_PRIVACY_NOTE = (
    "Gebruik dit overzicht op je eigen computer, of op de JupyterHub van je instelling als die daarvoor "
    "is goedgekeurd; zet exports van cursisten niet op mybinder.org. Reflectieteksten worden nooit "
    "getoond."
)
CLASSVIEW_PLAIN = "Klasoverzicht van ‘{folder}’: {learners} cursist(en), {skipped} bestand(en) overgeslagen."

CLASSVIEW_FOLDER_MISSING = (
    "De map ‘{folder}’ bestaat niet. Controleer de naam. Een map zonder volledig pad zoekt het "
    "overzicht vanaf de map van dit notebook ({base})."
)
CLASSVIEW_FOLDER_NOT_DIR = "‘{folder}’ is een bestand, geen map. Kies de map waarin de exports staan."
CLASSVIEW_FOLDER_UNREADABLE = "De map ‘{folder}’ kan niet worden gelezen ({reason})."
CLASSVIEW_FOLDER_EMPTY = (
    "De map ‘{folder}’ is leeg. Zet de portfolio-exports van je cursisten (.html, .md of .json) in "
    "deze map en lees de map opnieuw in."
)
CLASSVIEW_NO_LEARNERS = (
    "In de map ‘{folder}’ staat geen enkele bruikbare portfolio-export. Bij ‘Controle van de "
    "bestanden’ staat per bestand waarom het is overgeslagen."
)
CLASSVIEW_TOO_MANY_FILES = (
    "De map bevat meer dan {limit} bestanden; alleen de eerste {limit} (op alfabetische volgorde) "
    "zijn bekeken. Kies een map met alleen de exports van deze groep."
)
CLASSVIEW_SUMMARY = "{learners} in ‘{folder}’: {files} bestand(en) bekeken, {used} gebruikt, {skipped} overgeslagen."
CLASSVIEW_SMALL_GROUP_NOTE = (
    "Let op: met minder dan {minimum} cursisten zijn de verdelingen bijna individuele antwoorden. "
    "Bespreek ze in de groep alleen als de cursisten dat goed vinden."
)
CLASSVIEW_NAMES_HIDDEN = (
    "Bestandsnamen zijn verborgen, omdat ze meestal de naam van de cursist bevatten. De nummers "
    "volgen de alfabetische volgorde van de bestanden in de map. Zet ‘Namen tonen’ aan om de namen te "
    "zien."
)
CLASSVIEW_LABELS_NOTE = (
    "De letters van de cursisten volgen niet de volgorde van de namen. Ze blijven gelijk zolang de "
    "map niet verandert."
)

CLASSVIEW_SKIP_NOT_EXPORT = "geen portfolio-export van dit boek: er staan geen antwoordgegevens in"
CLASSVIEW_SKIP_EDITED = (
    "geen portfolio-export van dit boek: de antwoordgegevens ontbreken. Is het bestand bewerkt of "
    "opnieuw opgeslagen, bijvoorbeeld in Word? Vraag de cursist om de oorspronkelijke export."
)
CLASSVIEW_SKIP_ZIP = "een zip-bestand; pak het eerst uit in deze map en lees de map opnieuw in"
CLASSVIEW_SKIP_TOO_LARGE = "te groot voor een portfolio-export ({size} MB)"
CLASSVIEW_SKIP_UNREADABLE = "kan niet worden gelezen ({reason})"
CLASSVIEW_SKIP_NOT_TEXT = (
    "geen tekstbestand (bijvoorbeeld een pdf of een Word-document); alleen exports als .html, .md "
    "of .json kunnen worden gelezen"
)
CLASSVIEW_SKIP_STORE_FILE = (
    "het antwoordenbestand van een cursist (antwoorden.json), geen export; vraag de cursist het "
    "portfolio te exporteren met ‘Maak portfolio’"
)
CLASSVIEW_SKIP_OTHER_JSON = "wel een JSON-bestand, maar geen portfolio-export van dit boek"
CLASSVIEW_SKIP_DAMAGED = "een beschadigde export ({detail}); vraag de cursist opnieuw te exporteren"
CLASSVIEW_DAMAGED_DATA = "de antwoordgegevens zijn onleesbaar"
CLASSVIEW_DAMAGED_VERSION = "het versienummer van het exportformaat ontbreekt"
CLASSVIEW_DAMAGED_ANSWERS = "de lijst met antwoorden ontbreekt"
CLASSVIEW_SKIP_OLDER = (
    "gemaakt met een oudere versie van het exportformaat (versie {version}; dit overzicht leest "
    "versie {current}). Het bestand telt niet mee, zodat oude en nieuwe gegevens niet door elkaar "
    "lopen. Laat de cursist het bestand importeren in het portfolio (‘Importeer een export’) en "
    "opnieuw exporteren."
)
CLASSVIEW_SKIP_NEWER = (
    "gemaakt met een nieuwere versie van het boek (exportformaat versie {version}; dit overzicht "
    "leest versie {current}). Werk je eigen kopie van het boek bij en lees de map opnieuw in."
)
CLASSVIEW_SKIP_DUPLICATE = (
    "een tweede export van {learner}; het overzicht gebruikt {kept}, de nieuwste export "
    "(gemaakt op {when})"
)
CLASSVIEW_SKIP_SAME_EXPORT = "dezelfde export als {kept}, in een ander formaat"
CLASSVIEW_NOTE_BAD_ANSWERS = "{count} antwoord(en) in dit bestand zijn onleesbaar en tellen niet mee"
CLASSVIEW_NOTE_UNKNOWN = (
    "{count} antwoord(en) horen bij oefeningen die niet (meer) in deze versie van het boek staan en "
    "tellen niet mee"
)
CLASSVIEW_NOTE_EMPTY = "de export bevat geen antwoorden"
CLASSVIEW_NOTE_NO_NAME = (
    "bij het exporteren is geen naam ingevuld; een tweede export van deze cursist wordt daardoor "
    "niet als dubbel herkend"
)
CLASSVIEW_NOTE_SAME_ANSWERS = (
    "heeft precies dezelfde antwoorden als {other}, maar een andere naam. Controleer of beide "
    "bestanden van de juiste cursist zijn."
)
CLASSVIEW_FILE_HIDDEN = "Bestand {number} ({suffix})"
CLASSVIEW_FILE_SHOWN = "‘{name}’"
CLASSVIEW_NO_SUFFIX = "zonder extensie"
CLASSVIEW_LEARNER = "Cursist {letters}"
CLASSVIEW_LEARNER_WITH_NAME = "Cursist {letters} ({name})"
CLASSVIEW_NO_NAME = "geen naam ingevuld"
CLASSVIEW_UNKNOWN_DATE = "onbekende datum"

CLASSVIEW_HEAD_FILES = "Controle van de bestanden"
CLASSVIEW_HEAD_EXERCISES = "Wie deed wat"
CLASSVIEW_HEAD_SHIFT = "Voor en na: {title}"
CLASSVIEW_HEAD_ROLES = "Rolprofiel per leiderschapsrol"
CLASSVIEW_HEAD_SCAN = "{title} (hoofdstuk {chapter})"
CLASSVIEW_HEAD_DILEMMAS = "Keuzes bij de dilemma's"
CLASSVIEW_HEAD_LEARNERS = "Per cursist"

CLASSVIEW_FILES_ALL_USED = "Alle bestanden zijn gebruikt."
CLASSVIEW_FILES_SKIPPED_CAPTION = "Overgeslagen bestanden en de reden"
CLASSVIEW_FILES_NOTES_CAPTION = "Opmerkingen bij gebruikte bestanden"
CLASSVIEW_COL_FILE = "Bestand"
CLASSVIEW_COL_REASON = "Reden"
CLASSVIEW_COL_NOTE = "Opmerking"
CLASSVIEW_COL_LEARNER = "Cursist"
CLASSVIEW_COL_CHAPTER = "H."
CLASSVIEW_COL_EXERCISE = "Oefening"
CLASSVIEW_COL_KIND = "Soort"
CLASSVIEW_COL_DONE = "Gemaakt door"
CLASSVIEW_COL_RESULT = "Resultaat"
CLASSVIEW_COL_STATEMENT = "Stelling"
CLASSVIEW_COL_COUNT = "n"
CLASSVIEW_COL_MEAN = "Gemiddelde"
CLASSVIEW_COL_MEDIAN = "Mediaan"
CLASSVIEW_COL_PAIRS = "Paren"
CLASSVIEW_COL_BEFORE = "Begin (gem.)"
CLASSVIEW_COL_AFTER = "Eind (gem.)"
CLASSVIEW_COL_DELTA = "Verschil"
CLASSVIEW_COL_ROSE = "Gestegen"
CLASSVIEW_COL_SAME = "Gelijk"
CLASSVIEW_COL_FELL = "Gedaald"
CLASSVIEW_COL_ROLE = "Rol"
CLASSVIEW_COL_LOWEST = "Laagste"
CLASSVIEW_COL_HIGHEST = "Hoogste"
CLASSVIEW_COL_STRONGEST = "Sterkste rol van"
CLASSVIEW_COL_CHOICE = "Keuze"
CLASSVIEW_COL_EXPORTED = "Export van"
CLASSVIEW_COL_EXERCISES_DONE = "Oefeningen"
CLASSVIEW_COL_CHAPTERS = "Hoofdstukken"
CLASSVIEW_COL_FINAL = "Portfolio voor de eindopdracht"
CLASSVIEW_EXERCISES_CAPTION = "Per oefening: hoeveel van de {total} cursisten haar maakten"
CLASSVIEW_DONE = "{done} van {total}"
CLASSVIEW_RESULT_MC = "{first} van {done} meteen goed"
CLASSVIEW_RESULT_MATCHING = "gemiddeld {mean} van {items} goed"
CLASSVIEW_NO_RESULT = "–"
CLASSVIEW_NOBODY = "Nog niemand heeft een zelfscan of dilemma gemaakt die hier past."
CLASSVIEW_SCAN_NOBODY = "Nog niemand heeft deze zelfscan gemaakt."
CLASSVIEW_SCAN_INTRO = "{count} cursist(en) maakten deze zelfscan. Schaal: {scale}."
CLASSVIEW_SCAN_CAPTION = "Aantal cursisten per score, per stelling"
CLASSVIEW_FIGURE_CAPTION = "Grafiek: {caption}. De tekstversie staat in de tabel eronder."
CLASSVIEW_TABLE_CAPTION = "Tekstversie van de grafiek: {caption}"
CLASSVIEW_SCAN_ALT = (
    "Gestapeld staafdiagram: per stelling hoeveel cursisten elke score gaven, van 1 ({low}) tot "
    "{top} ({high}). De tekstversie staat onder de grafiek."
)
CLASSVIEW_SCAN_EXCLUDED = (
    "{count} antwoord(en) tellen niet mee: de stellingen of de schaal verschillen van deze versie van "
    "het boek."
)
CLASSVIEW_SHIFT_INTRO = (
    "{both} cursist(en) maakten zowel ‘{before}’ als ‘{after}’. Alleen hun scores worden vergeleken"
    " (per stelling de paren waarin beide scores zijn ingevuld). {only_before} cursist(en) maakten "
    "alleen de eerste scan, {only_after} alleen de tweede."
)
CLASSVIEW_SHIFT_NOBODY = "Nog niemand heeft beide scans gemaakt; daarom is er geen vergelijking."
CLASSVIEW_SHIFT_MEAN = "Gemiddeld over alle stellingen: begin {before}, eind {after} (verschil {delta})."
CLASSVIEW_SHIFT_CAPTION = "Gemiddelde score per stelling, begin en eind, en hoeveel cursisten stegen of daalden"
CLASSVIEW_SHIFT_ALT = (
    "Staafdiagram met per stelling de gemiddelde score van de groep bij de begin- en de eindscan. "
    "De tekstversie staat onder de grafiek."
)
CLASSVIEW_CHART_BEFORE = "Begin"
CLASSVIEW_CHART_AFTER = "Eind"
CLASSVIEW_CHART_MEAN_AXIS = "Gemiddelde score (1 = {low}, {top} = {high})"
CLASSVIEW_CHART_COUNT_AXIS = "Aantal cursisten"
CLASSVIEW_ROLES_INTRO = (
    "{count} cursist(en) maakten het rolprofiel. Per cursist is de score van een rol het gemiddelde "
    "van de {per_role} stellingen bij die rol."
)
CLASSVIEW_ROLES_NOBODY = "Nog niemand heeft het rolprofiel gemaakt."
CLASSVIEW_ROLES_NO_GROUPS = "De stellingen van het rolprofiel zijn niet per rol te groeperen (verwacht: ‘Rol: stelling’)."
CLASSVIEW_ROLES_CAPTION = "Rolscores van de groep: gemiddelde, laagste en hoogste score, en bij hoeveel cursisten de rol de sterkste is"
CLASSVIEW_ROLES_TIES = "Bij een gelijke hoogste score telt de cursist mee bij elke rol die gelijk eindigt."
CLASSVIEW_ROLES_ALT = (
    "Staafdiagram met per leiderschapsrol de gemiddelde rolscore van de groep, met een lijn van de "
    "laagste tot de hoogste score. De tekstversie staat onder de grafiek."
)
CLASSVIEW_DILEMMA_INTRO = "{done} van de {total} cursisten maakten deze keuze."
CLASSVIEW_DILEMMA_CAPTION = "Keuzes bij ‘{title}’"
CLASSVIEW_FINAL_COMPLETE = "compleet"
CLASSVIEW_FINAL_MISSING = "mist: {items}"
CLASSVIEW_FINAL_REFLECTIONS = "reflecties uit nog {count} hoofdstuk(ken)"
CLASSVIEW_LEARNERS_CAPTION = "Per cursist: export, aantal oefeningen, hoofdstukken en de eisen van de eindopdracht"
CLASSVIEW_LEARNERS_FINAL_NOTE = (
    "De eindopdracht (hoofdstuk 9) vraagt een portfolio met de zelfscans van begin en eind, het "
    "ontwikkelplan uit hoofdstuk 8, de eindreflectie uit hoofdstuk 9 en de reflecties uit minstens "
    "vier andere hoofdstukken."
)

# --- Case explorer (coursekit.explorer) ------------------------------------
#
# For chapter authors' case explorer (chapter 3, 10); explorer.py uses them under their short
# names (without EXPLORER_).

EXPLORER_DOMAIN_LABELS = {
    "polderen": "Polderen en akkoorden",
    "lobby": "Lobby",
    "water": "Het water",
    "crisis": "Crisis",
}
EXPLORER_ALL_DOMAINS = "Alle domeinen"
EXPLORER_PERIODS = (
    # label, first year, last year (None: open)
    ("Alle jaren", None, None),
    ("Vóór 1980", None, 1979),
    ("1980–1999", 1980, 1999),
    ("2000–2009", 2000, 2009),
    ("2010 en later", 2010, None),
)
EXPLORER_TITLE = "Casusverkenner"
EXPLORER_INTRO = (
    "Kies een domein en een periode. Kies daarna in de lijst één of meer casussen om hun feiten "
    "naast elkaar te zien. Houd Ctrl (Windows) of Cmd (Mac) ingedrukt om meer casussen te kiezen."
)
EXPLORER_LABEL_DOMAIN = "Domein"
EXPLORER_LABEL_PERIOD = "Periode"
EXPLORER_LABEL_CASES = "Casussen"
EXPLORER_NO_CASES = "Geen casussen in dit domein en deze periode. Kies een ander domein of een andere periode."
EXPLORER_NO_SELECTION = "Kies in de lijst Casussen één of meer casussen om hun feiten te zien."
EXPLORER_COUNT = "{shown} van de {total} casussen getoond."
EXPLORER_CHART_ALT = (
    "Tijdlijn van {count} casussen van {first} tot {last}, per casus een balk van het eerste tot "
    "het laatste jaar. De tekstversie staat onder de grafiek."
)
EXPLORER_CHART_CAPTION = "Tijdlijn van de casussen. Een balk loopt van de eerste tot de laatste gedocumenteerde mijlpaal."
EXPLORER_CHART_AXIS = "Jaar"
EXPLORER_CHART_CLIPPED = "vanaf {year}"
EXPLORER_CHART_SELECTED = "gekozen"
EXPLORER_TEXT_ALTERNATIVE = "Tekstversie van de tijdlijn"
EXPLORER_YEARS_SPAN = "{start}–{end}"
EXPLORER_YEARS_FROM = "vanaf {start}"
EXPLORER_CASES_CAPTION = "Casussen bij hoofdstuk 3, met hun domein, jaren, korte omschrijving en hoofdbron"
EXPLORER_FACTS_CAPTION = "Feiten per casus, elk met de bron waarin het is gecontroleerd"
EXPLORER_SELECTED_CASES_CAPTION = "De gekozen casussen"
EXPLORER_SELECTED_FACTS_CAPTION = "Feiten van de gekozen casussen, elk met zijn bron"
EXPLORER_ALL_FACTS_SUMMARY = "Bekijk alle {count} feiten per casus"
EXPLORER_COL_CASE = "Casus"
EXPLORER_COL_DOMAIN = "Domein"
EXPLORER_COL_YEARS = "Jaren"
EXPLORER_COL_DESCRIPTION = "Korte omschrijving"
EXPLORER_COL_SOURCE = "Bron"
EXPLORER_COL_FEATURE = "Kenmerk"
EXPLORER_COL_VALUE = "Waarde"
EXPLORER_SOURCE_PLACE = "vindplaats"
EXPLORER_NO_YEAR = "z.j."
EXPLORER_STATIC_INTRO = (
    "In het online boek zie je hieronder alle casussen en al hun feiten. Filteren op domein en "
    "periode en casussen naast elkaar zetten werkt in het notebook."
)
EXPLORER_STATIC_OPEN_BINDER = "Open de casusverkenner in Binder om te filteren en te vergelijken"
EXPLORER_UNKNOWN_DOMAIN = "Het domein '{domain}' bestaat niet. Kies uit: {allowed}."
EXPLORER_DATA_PROBLEM = "De casusverkenner kan de casustabellen niet lezen:"
EXPLORER_UNKNOWN_CASES = "data/casus_feiten.csv noemt casussen die niet in data/casussen.csv staan: {ids}"
