"""What a learner reads: exercises, saving, feedback, charts, the static form and the portfolio.

Texts with ``{placeholders}`` are filled in with ``str.format`` by the code that shows them.
Nothing here is escaped: templates escape on output. Only texts live here, no stored values:
rewording a text never invalidates a learner's saved answer.
"""

from __future__ import annotations

from ..i18n import localise_texts

# --- Exercise types -------------------------------------------------------

# The name of each exercise type as a learner sees it is its ``label``, in its own folder
# (coursekit/exercise_types/<type>/__init__.py): a new type is one folder.
DEFAULT_DILEMMA_QUESTION = "Wat doe je?"
STRENGTH_LABELS = ("heel zwak", "zwak", "middel", "sterk", "heel sterk")
# The forcefield's stored influence values (coursekit.exercise_types.forcefield) as shown.
INFLUENCE_LABELS = {"veel": "veel", "enige": "enige", "geen": "geen"}


# --- Status lines ----------------------------------------------------------

SAVED_AT = "✔ Opgeslagen om {time}"
RESTORED = "↺ Je eerder opgeslagen antwoord is teruggezet (opgeslagen op {when})."
NOTHING_TO_SAVE = "Er is nog niets ingevuld, dus er is nog niets opgeslagen."
NOTHING_TO_SAVE_KEPT = (
    "Het antwoord is leeg, dus er is niets opgeslagen. Je eerder opgeslagen antwoord (van {when}) blijft bewaard."
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
    "⚠ Je opgeslagen antwoorden ({path}) konden niet worden gelezen ({reason}). Er is niets gewijzigd of verwijderd."
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
STORE_MIGRATED = (
    "ℹ Je antwoorden ({path}) zijn omgezet naar de vorm van deze versie van het boek. Er is niets "
    "verloren gegaan: het bestand zoals het was, staat als kopie in {copy}."
)
STORE_MIGRATION_FAILED = (
    "⚠ Je antwoorden ({path}) zijn in een oudere vorm bewaard. Je ziet ze hier, omgezet naar de vorm "
    "van deze versie van het boek, maar het bestand kon niet worden bijgewerkt ({reason}). Het is niet "
    "gewijzigd. Zolang dat zo is, kun je hier geen antwoorden opslaan: exporteer je portfolio met "
    "portfolio() als je verder wilt werken."
)
STORE_FOREIGN_DATA = "het bestand hoort niet bij deze cursus of is van een nieuwere versie"
STORE_BAD_JSON = "het bestand is geen leesbare JSON"
STORE_TOO_DEEP = "de gegevens zijn dieper genest dan {depth} lagen; zo schrijft het boek ze nooit"
STORE_ID_MISMATCH = "het antwoord hoort bij een andere oefening ({found})"
STORE_BAD_ENTRY = "⚠ Het opgeslagen antwoord van '{exercise_id}' is onleesbaar en wordt genegeerd: {reason}"


# --- A question that changed since it was answered (editions) ------------------------------

QUESTION_CHANGED = (
    "⚠ Deze vraag is gewijzigd sinds je antwoord (van {when}). Je antwoord is bewaard: hieronder "
    "staat het, bij de vraag zoals die toen luidde. Beantwoord de nieuwe vraag; je eerdere antwoord "
    "blijft dan in je portfolio staan."
)
QUESTION_CHANGED_EARLIER = "Je eerdere antwoord, bij de vraag zoals die toen luidde"
QUESTION_CHANGED_KEPT = "Je eerdere antwoord, op de vorige versie van deze vraag, staat in je portfolio."
PORTFOLIO_CHANGED_LABEL = "Let op"
PORTFOLIO_CHANGED = "deze vraag is gewijzigd sinds dit antwoord; hierboven staat de vraag zoals die toen luidde"
PORTFOLIO_EARLIER_LABEL = "Eerder antwoord"
PORTFOLIO_EARLIER = "op een eerdere versie van deze vraag, bewaard op {when}"
PORTFOLIO_EARLIER_EDITION = "op een eerdere versie van deze vraag (editie {edition}), bewaard op {when}"
PORTFOLIO_EARLIER_OTHER_TAB = "bewaard uit een ander tabblad op {when} (het nieuwere antwoord staat hierboven)"


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
VALUE_TOO_SMALL = "{where}: {value} is kleiner dan {low}"
VALUE_INVALID = "{where}: deze waarde klopt niet"
VALUE_NOT_ALLOWED = "{where}: '{value}' is geen toegestane keuze ({allowed})"
VALUE_BAD_TEXT = "{where}: de tekst bevat een teken dat niet kan worden opgeslagen"
VALUE_TOO_DEEP = "het antwoord is dieper genest dan {depth} lagen; zo slaat het boek nooit een antwoord op"
VALUE_SCORE_MISMATCH = "score {score} klopt niet met het aantal goede antwoorden ({correct})"
VALUE_BAD_TIME = "'{value}' is geen geldig tijdstip"
VALUE_BAD_CHAPTER = "hoofdstuk {value} bestaat niet (verwacht 1–99)"


# --- Looking up an exercise -------------------------------------------------

UNKNOWN_EXERCISE = "Er is geen oefening met de naam '{exercise_id}'."
DID_YOU_MEAN = "Bedoel je misschien: {names}?"
CHECK_NAME = "Controleer de naam tussen de aanhalingstekens in de cel hierboven."
DEFINITION_PROBLEMS = "Let op: er zijn fouten in de oefenbestanden, daardoor ontbreken misschien oefeningen:"


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
    "Staafdiagram met per stelling je eerdere en je huidige score. De tekstversie staat naast de grafiek."
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
SUMMARY_FORCES = {1: "Je noemde één kracht met een sterkte.", "many": "Je noemde {count} krachten met een sterkte."}
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
STATIC_PLAIN = (
    "{label}: {title} (hoofdstuk {chapter}). Open dit notebook in JupyterLab of Binder om de oefening te maken."
)
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
PORTFOLIO_IMPORT_FOLDER = "Of kies een export uit de map {folder}"
PORTFOLIO_IMPORT_CHOSEN = "Importeer dit bestand"
PORTFOLIO_PROGRESS = "Je hebt {done} van de {total} oefeningen gemaakt."
PORTFOLIO_EMPTY = "Je hebt nog geen antwoorden opgeslagen. Maak eerst een paar oefeningen."
PORTFOLIO_DOWNLOAD = "Download je portfolio"
PORTFOLIO_DOWNLOAD_HTML = "als webpagina (.html, om in te leveren)"
PORTFOLIO_DOWNLOAD_MD = "als Markdown (.md)"
PORTFOLIO_DOWNLOAD_JSON = "als gegevensbestand (.json, alleen om te importeren)"
PORTFOLIO_WRITTEN = "De bestanden staan ook in de map {folder}."
PORTFOLIO_WRITE_FAILED = (
    "⚠ De bestanden konden niet in {folder} worden gezet ({reason}). Gebruik de downloadlinks hierboven."
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
    "Dit document bevat ook je antwoorden als gegevens, zodat je ze later weer kunt importeren met portfolio()."
)
IMPORT_REFUSED = "✘ {file}: {reason}"
IMPORT_NOT_EXPORT = (
    "Dit bestand is geen export van het portfolio. Kies een .html-, .md- of "
    ".json-bestand dat je eerder met ‘Maak portfolio’ hebt gemaakt."
)
IMPORT_TOO_LARGE = "Dit bestand is te groot voor een export van het portfolio (meer dan {size} MB)."
IMPORT_TOO_DEEP = (
    "De gegevens in dit bestand zijn dieper genest dan {depth} lagen. Zo maakt het boek nooit een export; "
    "het bestand is beschadigd of niet van dit boek. Kies een export die je zelf met ‘Maak portfolio’ hebt gemaakt."
)
IMPORT_NOT_REGULAR = (
    "Dit is geen gewoon bestand (maar bijvoorbeeld een map, een apparaat of een pipe); het is niet gelezen."
)
IMPORT_NOT_READABLE = "Het bestand kon niet worden gelezen (het is weg, of je mag het niet openen)."
IMPORT_NOT_IN_FOLDER = "Dit bestand staat niet (meer) in de map {folder}."
IMPORT_NEWER_FORMAT = "Deze export is gemaakt met een nieuwere versie van de cursus en kan hier niet worden gelezen."
IMPORT_ADDED = "✔ Toegevoegd: {title}"
IMPORT_UPDATED = "✔ Bijgewerkt (de export was nieuwer): {title}"
IMPORT_REPLACED_UNREADABLE = (
    "✔ Vervangen: {title} — je antwoord hier was onleesbaar; een kopie van je antwoordenbestand "
    "van vóór de import staat in {backup}"
)
IMPORT_KEPT_LOCAL = "• Overgeslagen: {title} — je antwoord hier ({local}) is nieuwer dan dat in de export ({incoming})"
IMPORT_UNCHANGED = "• Al aanwezig: {title}"
IMPORT_WRONG_TYPE = "✘ Overgeslagen: {title} — in de export is dit een ander soort oefening dan in de cursus"
IMPORT_INVALID = "✘ Overgeslagen (onleesbaar antwoord): {detail}"
IMPORT_SUMMARY = "Import van {file} klaar: {added} toegevoegd, {updated} bijgewerkt, {skipped} overgeslagen."
IMPORT_RERUN = "Voer de oefencellen opnieuw uit om de geïmporteerde antwoorden te zien."
IMPORT_FAILED = "✘ Importeren lukte niet: {reason}"
IMPORT_TITLE = "'{title}' (hoofdstuk {chapter})"


# --- The exercises on the book's own pages (coursekit/page) ---------------------------------

PAGE_INTRO = (
    "Je maakt de oefeningen hier op de pagina. Je antwoorden worden alleen in deze browser bewaard: "
    "ze gaan niet naar een server. Wil je ze inleveren, bewaren of op een andere computer verder "
    "werken? Maak dan een export op de portfoliopagina."
)
PAGE_TO_PORTFOLIO = "Naar je portfolio (exporteren en importeren)"
PAGE_NOTEBOOK = "Liever in JupyterLab?"
PAGE_STORAGE_BLOCKED = (
    "deze browser laat de pagina niets bewaren, bijvoorbeeld door een instelling of in een privévenster"
)
PAGE_STORAGE_FULL = "de opslagruimte van deze browser is vol"
PAGE_DOWNLOAD_NOW = "Download je antwoorden nu, zodat je ze niet kwijtraakt:"
PAGE_DOWNLOAD_PREPARING = "De downloads worden klaargezet…"
PAGE_DOWNLOAD_MISSING = (
    "⚠ De downloads konden niet worden klaargezet. Sluit de pagina nog niet: kopieer je antwoord "
    "eerst naar een ander programma."
)
PAGE_CATALOG_MISSING = (
    "⚠ Het exporteren en importeren (met de lijst met oefeningen van het boek) kon niet worden "
    "geladen. Laad de pagina opnieuw; je antwoorden zijn niet aangetast."
)
PAGE_BACKUP_PLACE = "de opslag van deze browser, onder de naam ‘{key}’"
PAGE_STORE_SET_ASIDE = (
    "⚠ De bewaarde antwoorden in deze browser waren beschadigd of niet herkend. Ze zijn niet "
    "weggegooid maar apart gezet; je begint hier met een lege lijst. Heb je een export van je "
    "portfolio? Importeer die dan op de portfoliopagina."
)
PAGE_STORE_SET_ASIDE_FAILED = (
    "⚠ De bewaarde antwoorden in deze browser zijn beschadigd of niet herkend, en konden niet apart "
    "worden gezet ({reason}). Er is niets overschreven of weggegooid, maar je kunt hier nu niets "
    "opslaan. Maak ruimte vrij (bijvoorbeeld door gegevens van andere sites te wissen) en laad de pagina opnieuw."
)
PAGE_STORE_MIGRATED = (
    "ℹ Je antwoorden in deze browser zijn omgezet naar de vorm van deze versie van het boek. Er is "
    "niets verloren gegaan: een kopie van hoe ze waren, staat in de opslag van deze browser onder de naam ‘{key}’."
)
PAGE_STORE_MIGRATION_FAILED = (
    "⚠ Je antwoorden in deze browser zijn in een oudere vorm bewaard. Je ziet ze hier, omgezet naar "
    "de vorm van deze versie van het boek, maar ze konden niet worden bijgewerkt ({reason}). Er is "
    "niets gewijzigd. Zolang dat zo is, kun je hier geen antwoorden opslaan: maak ruimte vrij "
    "(bijvoorbeeld door gegevens van andere sites te wissen) of maak een export op de portfoliopagina."
)
PAGE_UPDATED_ELSEWHERE = "↺ Bijgewerkt met wat je in een ander tabblad hebt ingevuld (opgeslagen op {when})."
# Two tabs, one learner: the newest answer per exercise wins, the other is kept (answers.js, keepOtherTab).
PAGE_OTHER_TAB_KEPT = (
    "ℹ In een ander tabblad was intussen een ander antwoord op deze vraag bewaard. Het nieuwste "
    "antwoord telt; het andere staat in je portfolio als eerder antwoord, ‘bewaard uit een ander tabblad’."
)
PAGE_OTHER_TAB_KEPT_HERE = (
    "ℹ Het nieuwste antwoord telt. Wat je hier had bewaard, is niet verloren: het staat in je portfolio "
    "als eerder antwoord, ‘bewaard uit een ander tabblad’."
)
PAGE_IMPORT_SHOWN = "De geïmporteerde antwoorden staan nu ook op de oefenpagina's."
PAGE_IMPORT_HEADING = "Een export importeren"
PAGE_EXPORT_HEADING = "Een export maken"
PAGE_CLEAR_HEADING = "Je antwoorden wissen"
PAGE_CLEAR = "Wis mijn antwoorden"
PAGE_CLEAR_HELP = (
    "Gebruik je een gedeelde computer? Wis dan je antwoorden als je klaar bent. Maak eerst een export "
    "als je ze wilt bewaren."
)
PAGE_CLEAR_CONFIRM = (
    "Weet je het zeker? Je wist alle antwoorden in deze browser ({count}). Dat kun je niet ongedaan maken."
)
PAGE_CLEAR_YES = "Ja, wis alles"
PAGE_CLEAR_NO = "Nee, bewaar ze"
PAGE_CLEARED = "Je antwoorden in deze browser zijn gewist."
PAGE_CLEAR_KEPT = "Er is niets gewist."
PAGE_CHART_LABEL = "{label}: {value}"
PAGE_PORTFOLIO_INTRO = (
    "Maak hier een document met al je antwoorden uit deze browser, om in te leveren of te bewaren. "
    "Met een export neem je je antwoorden ook mee naar een andere browser, een andere computer of "
    "JupyterLab; met Importeer zet je een export terug."
)
PAGE_CHOOSE = "Kies…"

# Where the answers are and how long the browser keeps them (coursekit/page/keeping.js).
PAGE_WHERE = "Je antwoorden staan in deze browser, op dit apparaat."
PAGE_WHERE_EXPORTED = "Je laatste export: {when}."
PAGE_WHERE_NO_EXPORT = "Je hebt nog geen export gemaakt."
PAGE_PERSISTED = (
    "Deze browser heeft blijvende opslag toegestaan: hij wist je antwoorden niet zelf als de opslag "
    "vol raakt. Wis je zelf de gegevens van deze site, dan zijn ze wel weg."
)
PAGE_NOT_PERSISTED = (
    "Deze browser heeft geen blijvende opslag toegestaan: als hij ruimte nodig heeft, kan hij je antwoorden wissen."
)
PAGE_PERSISTENCE_UNKNOWN = "Deze browser zegt niet of hij je antwoorden blijvend bewaart."
PAGE_REMINDER = (
    "Een deel van je antwoorden staat nog in geen enkele export. Een browser kan wat een site bewaart "
    "zelf wissen, bijvoorbeeld als de opslag vol raakt of als je de site een tijd niet gebruikt. Met "
    "een export heb je je antwoorden zelf in handen."
)
PAGE_REMINDER_EXPORT_HERE = "Maak nu een export"
PAGE_REMINDER_EXPORT_THERE = "Maak een export op de portfoliopagina"
PAGE_REMINDER_LATER = "Niet nu"

# A chapter in a learning platform (page/platform.js, the pages of a SCORM package only).
LMS_INTRO = (
    "Je maakt de oefeningen hier op de pagina. Je antwoorden worden bewaard in deze browser en in je "
    "leeromgeving, zodat je ze daar ook op een ander apparaat terugvindt. De leeromgeving krijgt je "
    "antwoorden, of je klaar bent, je score en hoe lang je bezig was: verder niets. Wil je ze inleveren "
    "of zelf bewaren? Maak dan een export op de portfoliopagina."
)
LMS_WHERE = "Je antwoorden staan in deze browser en in je leeromgeving."
LMS_RESTORED = "Je antwoorden uit de leeromgeving zijn teruggezet."
LMS_WIPE_NOTE = (
    "In de leeromgeving wist 'Wis mijn antwoorden' alleen wat in deze browser staat. De leeromgeving "
    "houdt haar eigen kopie en zet die de volgende keer terug."
)
LMS_UNREACHABLE = (
    "⚠ Deze pagina hoort bij een leeromgeving, maar de leeromgeving is niet bereikbaar. Je antwoorden "
    "worden alleen in deze browser bewaard, niet in de leeromgeving."
)
LMS_NO_CATALOG = (
    "⚠ De lijst met oefeningen van het boek kon niet worden geladen. Je antwoorden worden nu alleen in "
    "deze browser bewaard; wat de leeromgeving al had, blijft daar staan."
)
LMS_REFUSED = (
    "⚠ De leeromgeving nam je antwoorden niet aan{code}. Ze staan wel in deze browser; er "
    "is niets verloren. De pagina probeert het opnieuw bij je volgende antwoord en als je de pagina verlaat."
)
LMS_ERROR_CODE = " (foutcode {code})"
LMS_DAMAGED = (
    "⚠ De antwoorden die de leeromgeving voor je bewaarde, zijn beschadigd en konden niet worden gelezen. "
    "De antwoorden in deze browser blijven staan; zodra je een antwoord geeft, bewaart de pagina ze opnieuw "
    "in de leeromgeving."
)
LMS_SKIPPED = (
    "⚠ {count} antwoord(en) uit de leeromgeving konden niet worden gelezen. Ze zijn hier overgeslagen; de "
    "leeromgeving houdt ze zoals ze waren."
)
LMS_TOO_MUCH = (
    "⚠ Niet alles past in de leeromgeving: die bewaart voor deze pagina's hooguit {limit} tekens (ingepakt). "
    "Deze antwoorden staan alleen in deze browser: {titles}. Niets is afgekapt of weg."
)

# The SCORM packages themselves (coursekit.lms.package): what the platform shows of them.
LMS_CHAPTER_TITLE = "Hoofdstuk {number}: {title}"
LMS_GOALS = "Na dit hoofdstuk kun je: {goals}."
LMS_BOOK_DESCRIPTION = (
    "Het hele boek: de tien hoofdstukken met hun oefeningen en de portfoliopagina, voor wie het boek als "
    "één activiteit in de leeromgeving zet."
)
LMS_LAUNCH_LABEL = "Het hoofdstuk in je leeromgeving"
LMS_NO_SCRIPT = (
    "Deze pagina heeft JavaScript nodig om met je leeromgeving te praten. Zonder JavaScript kun je het "
    "hoofdstuk wel lezen, maar worden je antwoorden niet in de leeromgeving bewaard:"
)

# A file of one's own (page/file.js): where the browser can keep a file on the learner's disk.
PAGE_FILE_HEADING = "Bewaar ook in een bestand"
PAGE_FILE_HELP = (
    "Kies een bestand op je eigen computer. De pagina houdt het bij: na elke keer bewaren staat je hele "
    "portfolio erin, als export (.json) die je later kunt importeren."
)
PAGE_FILE_CHOOSE = "Bewaar ook in een bestand"
PAGE_FILE_STOP = "Stop met bijhouden"
PAGE_FILE_NO_API = (
    "Deze browser kan geen bestand op je computer bijhouden; bewaar je werk daarom met een export hieronder."
)
PAGE_FILE_SUGGESTED = "portfolio-opgavegericht-werken.json"
PAGE_FILE_TYPE = "Portfolio (export)"
PAGE_FILE_KEPT = "✔ Je antwoorden worden ook bijgehouden in het bestand {file}."
PAGE_FILE_WRITTEN = "✔ Je antwoorden staan ook in het bestand {file} (bijgewerkt om {time})."
PAGE_FILE_STOPPED = "Het bestand {file} wordt niet meer bijgehouden; het blijft op je computer staan."
PAGE_FILE_CONTINUE = "Ga verder met bestand {file}"
PAGE_FILE_ASK = (
    "Je antwoorden werden ook in het bestand {file} bijgehouden. Om dat te blijven doen, vraagt de browser "
    "je toestemming."
)
PAGE_FILE_FAILED = (
    "⚠ Het bestand {file} kon niet worden bijgewerkt: {reason}. Je antwoorden zijn wel in deze browser bewaard; "
    "er is niets verloren."
)
PAGE_FILE_DENIED = "de browser kreeg geen toestemming om het bestand te schrijven"
PAGE_FILE_GONE = "het bestand is verplaatst of verwijderd"
PAGE_FILE_FULL = "de schijf is vol"
PAGE_FILE_OTHER = "de browser kon het bestand niet schrijven"

# In another language than Dutch: the translations from locale/<lang>/LC_MESSAGES/coursekit.po.
localise_texts(globals(), __name__)
