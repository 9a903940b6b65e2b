"""What a teacher reads: the class overview of the learners' portfolio exports, and the names of
the question banks for the learning platforms.

Texts with ``{placeholders}`` are filled in with ``str.format`` by the code that shows them.
Nothing here is escaped: templates escape on output. Only texts live here, no stored values:
rewording a text never invalidates a learner's saved answer.
"""

from __future__ import annotations

from ..i18n import localise_texts

# --- Class overview for teachers (coursekit.classview, coursekit.classpage) ---------------------
#
# In JavaScript as K.NAME (coursekit/classpage: the overview on the book's page and in the notebook);
# the notebook's kernel (classview/read.py) uses the folder and file texts.

TITLE = "Klasoverzicht"
INTRO = (
    "Kies de map met de portfolio-exports van je cursisten (.html, .md of .json) en klik op "
    "‘Lees de map in’. Je ziet samengevatte resultaten om in de groep te bespreken. Namen blijven "
    "verborgen, tenzij je ‘Namen tonen’ aanzet."
)
LABEL_FOLDER = "Map met exports"
FOLDER_PLACEHOLDER = "bijvoorbeeld inleveringen-groep-1"
BUTTON_READ = "Lees de map in"
LABEL_SHOW_NAMES = "Namen tonen"
LABEL_VIEW = "Toon"
VIEW_ALL = "Alles"
SAMPLE_NOTE = (
    "De map ‘{folder}’ bevat synthetische voorbeeldexports: verzonnen cursisten met gegenereerde "
    "antwoorden, geen echte groep."
)
PRIVACY_NOTE = (
    "Gebruik dit overzicht op je eigen computer, of op de JupyterHub van je instelling als die daarvoor "
    "is goedgekeurd; zet exports van cursisten niet op mybinder.org. Reflectieteksten worden nooit "
    "getoond."
)
PLAIN = (
    "Klasoverzicht van ‘{folder}’: {files} bestand(en). Het overzicht zelf verschijnt in JupyterLab, "
    "of op de pagina van het online boek."
)
STATIC_INTRO = (
    "Zo ziet het klasoverzicht eruit voor de map ‘{folder}’. Namen en bestandsnamen staan niet op "
    "deze pagina. Open het notebook in JupyterLab om je eigen map te kiezen."
)
STATIC_NEEDS_SCRIPT = (
    "Hier staat het klasoverzicht van de map ‘{folder}’ ({files} bestand(en)). Het verschijnt op de "
    "pagina van het online boek met JavaScript aan, of in het notebook in JupyterLab."
)

FOLDER_MISSING = (
    "De map ‘{folder}’ bestaat niet. Controleer de naam. Een map zonder volledig pad zoekt het "
    "overzicht vanaf de map van dit notebook ({base})."
)
FOLDER_NOT_DIR = "‘{folder}’ is een bestand, geen map. Kies de map waarin de exports staan."
FOLDER_UNREADABLE = "De map ‘{folder}’ kan niet worden gelezen ({reason})."
FOLDER_EMPTY = (
    "De map ‘{folder}’ is leeg. Zet de portfolio-exports van je cursisten (.html, .md of .json) in "
    "deze map en lees de map opnieuw in."
)
SMALL_GROUP_NOTE = (
    "Let op: met minder dan {minimum} cursisten zijn de verdelingen bijna individuele antwoorden. "
    "Bespreek ze in de groep alleen als de cursisten dat goed vinden."
)
NAMES_HIDDEN = (
    "Bestandsnamen zijn verborgen, omdat ze meestal de naam van de cursist bevatten. De nummers "
    "volgen de alfabetische volgorde van de bestanden in de map. Zet ‘Namen tonen’ aan om de namen te "
    "zien."
)
LABELS_NOTE = (
    "De letters van de cursisten volgen niet de volgorde van de namen. Ze blijven gelijk zolang de map niet verandert."
)

SKIP_NOT_EXPORT = "geen portfolio-export van dit boek: er staan geen antwoordgegevens in"
SKIP_EDITED = (
    "geen portfolio-export van dit boek: de antwoordgegevens ontbreken. Is het bestand bewerkt of "
    "opnieuw opgeslagen, bijvoorbeeld in Word? Vraag de cursist om de oorspronkelijke export."
)
SKIP_TOO_LARGE = "te groot voor een portfolio-export (meer dan {size} MB)"
SKIP_NOT_REGULAR = (
    "geen gewoon bestand (bijvoorbeeld een koppeling naar een apparaat of een pipe); het overzicht "
    "leest alleen gewone bestanden"
)
SKIP_UNREADABLE = "kan niet worden gelezen ({reason})"
SKIP_LINK_OUTSIDE = (
    "een koppeling naar een bestand buiten deze map; het overzicht leest alleen bestanden in de map zelf"
)
SKIP_FOLDER_TOO_BIG = (
    "niet gelezen: de bestanden ervoor zijn samen al meer dan {size} MB; kies een map met alleen de "
    "exports van deze groep"
)
SKIP_NOT_TEXT = (
    "geen tekstbestand (bijvoorbeeld een pdf of een Word-document); alleen exports als .html, .md "
    "of .json kunnen worden gelezen"
)
SKIP_STORE_FILE = (
    "het antwoordenbestand van een cursist (antwoorden.json), geen export; vraag de cursist het "
    "portfolio te exporteren met ‘Maak portfolio’"
)
SKIP_OTHER_JSON = "wel een JSON-bestand, maar geen portfolio-export van dit boek"
SKIP_DAMAGED = "een beschadigde export ({detail}); vraag de cursist opnieuw te exporteren"
DAMAGED_DATA = "de antwoordgegevens zijn onleesbaar"
DAMAGED_VERSION = "het versienummer van het exportformaat ontbreekt of klopt niet"
DAMAGED_ANSWERS = "de lijst met antwoorden ontbreekt"
DAMAGED_DEPTH = "de gegevens zijn dieper genest dan {depth} lagen, zoals het boek nooit een export schrijft"
SKIP_NEWER = (
    "gemaakt met een nieuwere versie van het boek (exportformaat versie {version}; dit overzicht "
    "leest versie {current}). Werk je eigen kopie van het boek bij en lees de map opnieuw in."
)
SKIP_DUPLICATE = (
    "een tweede export van {learner}; het overzicht gebruikt {kept}, de nieuwste export (gemaakt op {when})"
)
SKIP_SAME_EXPORT = "dezelfde export als {kept}, in een ander formaat"
NOTE_BAD_ANSWERS = "{count} antwoord(en) in dit bestand zijn onleesbaar en tellen niet mee"
NOTE_UNKNOWN = (
    "{count} antwoord(en) horen bij oefeningen die niet (meer) in deze versie van het boek staan en tellen niet mee"
)
NOTE_EMPTY = "de export bevat geen antwoorden"
NOTE_NO_NAME = (
    "bij het exporteren is geen naam ingevuld; een tweede export van deze cursist wordt daardoor "
    "niet als dubbel herkend"
)
NOTE_SAME_ANSWERS = (
    "heeft precies dezelfde antwoorden als {other}, maar een andere naam. Controleer of beide "
    "bestanden van de juiste cursist zijn."
)
FILE_HIDDEN = "Bestand {number} ({suffix})"
FILE_SHOWN = "‘{name}’"
NO_SUFFIX = "zonder extensie"
OTHER_SUFFIX = "andere extensie"
LEARNER = "Cursist {letters}"
LEARNER_WITH_NAME = "Cursist {letters} ({name})"
NO_NAME = "geen naam ingevuld"
UNKNOWN_DATE = "onbekende datum"
UNKNOWN_EDITION = "onbekend (van vóór de edities)"

HEAD_FILES = "Controle van de bestanden"
HEAD_EXERCISES = "Wie deed wat"
HEAD_SHIFT = "Voor en na: {title}"
SHIFT_PAIR = "{before} en {after}"  # the two self-scans compared in that heading
LEARNERS_ONE = "{count} cursist"
LEARNERS_MANY = "{count} cursisten"
HEAD_ROLES = "Rolprofiel per leiderschapsrol"
HEAD_SCAN = "{title} (hoofdstuk {chapter})"
HEAD_DILEMMAS = "Keuzes bij de dilemma's"
HEAD_LEARNERS = "Per cursist"

FILES_ALL_USED = "Alle bestanden zijn gebruikt."
FILES_SKIPPED_CAPTION = "Overgeslagen bestanden en de reden"
FILES_NOTES_CAPTION = "Opmerkingen bij gebruikte bestanden"
COL_FILE = "Bestand"
COL_LINKED = "Gekoppeld aan"
LINKED_SHOWN = "{platform}: {id}"
LINKED_HIDDEN = "{platform} (nummer verborgen)"
LINKED_NONE = "geen platform: de naam in de export"
COL_REASON = "Reden"
COL_NOTE = "Opmerking"
COL_LEARNER = "Cursist"
COL_CHAPTER = "H."
COL_EXERCISE = "Oefening"
COL_KIND = "Soort"
COL_DONE = "Gemaakt door"
COL_RESULT = "Resultaat"
COL_STATEMENT = "Stelling"
COL_COUNT = "n"
COL_MEAN = "Gemiddelde"
COL_MEDIAN = "Mediaan"
COL_PAIRS = "Paren"
COL_BEFORE = "Begin (gem.)"
COL_AFTER = "Eind (gem.)"
COL_DELTA = "Verschil"
COL_ROSE = "Gestegen"
COL_SAME = "Gelijk"
COL_FELL = "Gedaald"
COL_ROLE = "Rol"
COL_LOWEST = "Laagste"
COL_HIGHEST = "Hoogste"
COL_STRONGEST = "Sterkste rol van"
COL_CHOICE = "Keuze"
COL_EXPORTED = "Export van"
COL_EDITION = "Editie"
COL_EXERCISES_DONE = "Oefeningen"
COL_CHAPTERS = "Hoofdstukken"
COL_FINAL = "Portfolio voor de eindopdracht"
EXERCISES_CAPTION = "Per oefening: hoeveel van de {total} cursisten haar maakten"
DONE = "{done} van {total}"
RESULT_MC = "{first} van {done} meteen goed"
RESULT_MATCHING = "gemiddeld {mean} van {items} goed"
NO_RESULT = "–"
SCAN_NOBODY = "Nog niemand heeft deze zelfscan gemaakt."
SCAN_INTRO = "{count} cursist(en) maakten deze zelfscan. Schaal: {scale}."
SCAN_CAPTION = "Aantal cursisten per score, per stelling"
FIGURE_CAPTION = "Grafiek: {caption}. De tekstversie staat in de tabel eronder."
TABLE_CAPTION = "Tekstversie van de grafiek: {caption}"
SCAN_ALT = (
    "Gestapeld staafdiagram: per stelling hoeveel cursisten elke score gaven, van 1 ({low}) tot "
    "{top} ({high}). De tekstversie staat onder de grafiek."
)
SCAN_EXCLUDED = (
    "{count} antwoord(en) tellen niet mee: de stellingen of de schaal verschillen van deze versie van het boek."
)
SHIFT_INTRO = (
    "{both} cursist(en) maakten zowel ‘{before}’ als ‘{after}’. Alleen hun scores worden vergeleken"
    " (per stelling de paren waarin beide scores zijn ingevuld). {only_before} cursist(en) maakten "
    "alleen de eerste scan, {only_after} alleen de tweede."
)
SHIFT_NOBODY = "Nog niemand heeft beide scans gemaakt; daarom is er geen vergelijking."
SHIFT_MEAN = "Gemiddeld over alle stellingen: begin {before}, eind {after} (verschil {delta})."
SHIFT_CAPTION = "Gemiddelde score per stelling, begin en eind, en hoeveel cursisten stegen of daalden"
SHIFT_ALT = (
    "Staafdiagram met per stelling de gemiddelde score van de groep bij de begin- en de eindscan. "
    "De tekstversie staat onder de grafiek."
)
CHART_BEFORE = "Begin"
CHART_AFTER = "Eind"
CHART_MEAN_AXIS = "Gemiddelde score (1 = {low}, {top} = {high})"
CHART_COUNT_AXIS = "Aantal cursisten"
ROLES_INTRO = (
    "{count} cursist(en) maakten het rolprofiel. Per cursist is de score van een rol het gemiddelde "
    "van de {per_role} stellingen bij die rol."
)
ROLES_NOBODY = "Nog niemand heeft het rolprofiel gemaakt."
ROLES_NO_GROUPS = "De stellingen van het rolprofiel zijn niet per rol te groeperen (verwacht: ‘Rol: stelling’)."
ROLES_CAPTION = (
    "Rolscores van de groep: gemiddelde, laagste en hoogste score, en bij hoeveel cursisten de rol de sterkste is"
)
ROLES_TIES = "Bij een gelijke hoogste score telt de cursist mee bij elke rol die gelijk eindigt."
ROLES_ALT = (
    "Staafdiagram met per leiderschapsrol de gemiddelde rolscore van de groep, met een lijn van de "
    "laagste tot de hoogste score. De tekstversie staat onder de grafiek."
)
DILEMMA_INTRO = "{done} van de {total} cursisten maakten deze keuze."
DILEMMA_CAPTION = "Keuzes bij ‘{title}’"
FINAL_COMPLETE = "compleet"
FINAL_MISSING = "mist: {items}"
FINAL_REFLECTIONS = "reflecties uit nog {count} hoofdstuk(ken)"
LEARNERS_CAPTION = (
    "Per cursist: export, editie van het boek, aantal oefeningen, hoofdstukken en de eisen van de eindopdracht"
)
LEARNERS_FINAL_NOTE = (
    "De eindopdracht (hoofdstuk 9) vraagt een portfolio met de zelfscans van begin en eind, het "
    "ontwikkelplan uit hoofdstuk 8, de eindreflectie uit hoofdstuk 9 en de reflecties uit minstens "
    "vier andere hoofdstukken."
)

# --- The class overview in the teacher's browser (coursekit.classpage) ---------------------------
#
# The page book/docenten/klasoverzicht-in-je-browser.md: the same overview as the notebook, read
# from the platform's zip, a folder or loose exports in the browser. The texts above are shared;
# these are the page's own (the controls, the zip's reasons, the CSV for the gradebook).

SAMPLE_CLASS_BEFORE = "Eerst proberen? Download de "
SAMPLE_CLASS_LINK = "voorbeeldklas (zip)"
SAMPLE_CLASS_AFTER = (
    ": verzonnen exports van een kleine groep, ingedeeld zoals Moodle ze geeft. Sleep de zip hieronder op "
    "de pagina of kies hem met de knop."
)
PAGE_NEEDS_SCRIPT = (
    "Deze pagina leest de exports van je groep in je eigen browser en heeft daarvoor JavaScript nodig. "
    "Zet JavaScript aan, of gebruik het notebook met het klasoverzicht op je eigen computer."
)
PAGE_CARRIED_MISSING = (
    "De voorbeeldbestanden van dit overzicht zijn niet geladen. Laad de pagina opnieuw. Helpt dat niet, "
    "open dan het notebook zelf in JupyterLab of Binder."
)
PAGE_DROP = (
    "Sleep de zip met inleveringen van je leeromgeving hierheen, of een map of losse exports. Je kunt "
    "ze ook kiezen met een van de knoppen. Niets wordt geüpload: alles gebeurt in deze browser."
)
PAGE_PICK_FILES = "Kies een zip of exports"
PAGE_PICK_FOLDER = "Kies een map"
PAGE_COLLECTING = "Bezig met openen…"
PAGE_READING = "Bezig met lezen: {done} van {total} bestanden…"
PAGE_DONE = "Klaar: {learners} ingelezen, {skipped} bestand(en) overgeslagen. Het overzicht staat hieronder."
PAGE_STOP = "Stop met lezen"
PAGE_STOPPED = "Gestopt. Kies of sleep de bestanden opnieuw om verder te gaan."
PAGE_FAILED = (
    "Het inlezen is mislukt door een fout in deze pagina, niet door je bestanden. Laad de pagina "
    "opnieuw en probeer het nog eens, of gebruik het notebook."
)
PAGE_CANNOT_OPEN = "de browser kon het bestand niet openen"
PAGE_NOTHING = "Er zat geen enkel bestand in wat je koos (verborgen bestanden en systeembestanden tellen niet mee)."
PAGE_NO_LEARNERS = (
    "In wat je koos staat geen enkele bruikbare portfolio-export. Bij ‘Controle van de bestanden’ staat "
    "per bestand waarom het is overgeslagen."
)
PAGE_SUMMARY = "{learners}: {files} bestand(en) bekeken, {used} gebruikt, {skipped} overgeslagen."
PAGE_LAYOUTS = (
    "Herkende indeling van de download: {platforms}. Het nummer of de gebruikersnaam van de student op "
    "het platform bepaalt wie wie is: bestanden van één student horen bij elkaar, ook als de naam in de "
    "export anders is gespeld, en twee studenten met dezelfde naam blijven twee cursisten. De kolom "
    "‘Gekoppeld aan’ bij ‘Per cursist’ laat zien bij welke student elk gebruikt bestand hoort."
)
TABLE_CONTINUED = "{caption} (vervolg)"
PAGE_NO_LAYOUT = (
    "Geen indeling van een leeromgeving herkend (Moodle, Canvas, Brightspace of Blackboard; de hulp bij "
    "deze pagina noemt ze). Cursisten zijn daarom herkend aan de naam die ze in de export invulden."
)
PLATFORM_NAMES = {"moodle": "Moodle", "brightspace": "Brightspace", "canvas": "Canvas", "blackboard": "Blackboard"}
PAGE_SIDE_FILES = (
    "Niet gelezen: {count} bestand(en) die het platform zelf aan de download toevoegt (zoals een "
    "overzichtspagina of de tekst bij een inlevering); daarin staan geen antwoorden."
)
PAGE_TOO_MANY_FILES = (
    "Wat je koos bevat meer dan {limit} bestanden; alleen de eerste {limit} (op alfabetische volgorde) "
    "zijn bekeken. Kies alleen de inleveringen van deze groep."
)
PAGE_PRINT = "Afdrukken"
PAGE_CSV = "Download voor het cijferoverzicht (CSV)"
PAGE_CSV_READY = "Opnieuw downloaden: {file}"
PAGE_CSV_NO_NAMES = (
    "Het bestand bevat geen namen, alleen de letters (Cursist A, B, …). Zet ‘Namen tonen’ aan als je het "
    "in het cijferoverzicht van je leeromgeving wilt importeren."
)
PAGE_CSV_NAMES = (
    "Het bestand bevat namen en het nummer of de gebruikersnaam van de student op het platform: bewaar "
    "het zoals je cijfers bewaart."
)
PAGE_CLEAR_CLASS = "Opnieuw beginnen"
PAGE_CLEARED_CLASS = "Het overzicht is gewist uit deze pagina. Kies of sleep nieuwe bestanden."
CSV_NAME = "Naam"
CSV_PLATFORM = "Platform"
CSV_PLATFORM_ID = "Nummer op het platform"
CSV_CHAPTER = "H{number} (van {total})"
CSV_TOTAL = "Totaal (van {total})"

ZIP_TOO_LARGE = (
    "een zip van meer dan {size} GB; zo'n grote zip leest het overzicht niet. Download alleen de "
    "inleveringen van één opdracht."
)
ZIP_DAMAGED = "geen zip die de browser kan lezen: beschadigd of niet helemaal gedownload. Download hem opnieuw."
ZIP_EMPTY = "een zip zonder bestanden"
ZIP_TOO_MANY_ENTRIES = (
    "een zip met meer dan {limit} bestanden en mappen; zoveel heeft de inlevering van één groep niet. "
    "Het overzicht heeft hem niet uitgepakt. Is het de juiste zip?"
)
ZIP_TOO_BIG_UNPACKED = (
    "een zip die uitgepakt meer dan {size} MB zou zijn; zoveel zijn de exports van één groep niet. Het "
    "overzicht heeft hem niet uitgepakt."
)
SKIP_NESTED_ZIP = (
    "een zip in de zip; het overzicht pakt geen zip in een zip uit. Pak hem zelf uit en sleep de bestanden erbij."
)
SKIP_ZIP_BOMB = (
    "uitgepakt {ratio} keer zo groot als ingepakt; zo'n bestand is geen export maar mogelijk een zip-bom. "
    "Het is niet uitgepakt."
)
SKIP_ZIP_SIZE = (
    "de inhoud is groter of kleiner dan de zip zelf zegt (beschadigd, of een zip-bom); het uitpakken is gestopt"
)
SKIP_ZIP_DAMAGED = "kan niet worden uitgepakt: de zip is op deze plek beschadigd. Download hem opnieuw."
SKIP_UNSAFE_PATH = (
    "een naam die buiten de zip wijst (met ‘..’ of een volledig pad); zo'n bestand hoort niet in de "
    "download van een leeromgeving en wordt niet gelezen"
)
SKIP_LINK = "een koppeling (symbolische link) in de zip, geen bestand; het overzicht volgt geen koppelingen"
SKIP_ENCRYPTED = "versleuteld met een wachtwoord; het overzicht leest alleen bestanden zonder wachtwoord"
SKIP_METHOD = (
    "ingepakt op een manier die de browser niet kan uitpakken (methode {method}); pak de zip zelf uit en "
    "sleep de map erheen"
)
NOTE_NAME_NOT_UTF8 = (
    "de naam van dit bestand in de zip is geen geldige UTF-8-tekst; tekens die niet te lezen zijn staan er als �"
)
NOTE_SAME_NAME = (
    "draagt dezelfde naam in de export als {other}, maar komt van een andere student op het platform; "
    "beide tellen mee. Controleer of de bestanden van de juiste studenten zijn."
)


# --- Question banks for the learning platforms (coursekit.lms.banks) ------------------------------
#
# The bank's name in the platform's question library (QTI) and Moodle's categories: the book, then
# one per chapter. A "/" in a chapter's title is doubled for Moodle (its separator of categories).

BANK_BOOK = "Kennisvragen Opgavegericht werken {edition}"
BANK_CHAPTER = "Hoofdstuk {chapter}: {title}"
BANK_BOOK_CHAPTER = "{book} — {chapter}"

# In another language than Dutch: the translations from locale/<lang>/LC_MESSAGES/coursekit.po.
localise_texts(globals(), __name__)
