"""Class overview for teachers: read a folder of portfolio exports, check every file, show the class.

For the teacher's notebook (``notebooks/docent/klasoverzicht.ipynb``)::

    from coursekit.classview import class_overview
    class_overview("voorbeeld-exports")          # a folder next to the notebook, or a full path

The folder holds the learners' portfolio exports as they come out of ``portfolio()``
(``.html``, ``.md`` or ``.json``; subfolders are read too). Every file is checked. A file that
is not an export, is damaged, was made with an older or newer export format, or is a second
export of the same learner is named in a Dutch message and skipped; the rest of the class still
shows. The run never raises.

What the teacher sees (anonymised, for discussion in class):

- which exercises how many learners did, with the result of the knowledge questions;
- the before/after shift of every self-scan that is compared with an earlier one
  (``h9-zelfscan-eind`` against ``h8-zelfscan-begin``);
- the role profile of chapter 7 per leadership role (``h7-rolprofiel``);
- the distribution of the scores of every self-scan, per statement;
- the choices made in the dilemmas;
- per learner: how far the portfolio is, and whether it holds what the final assignment
  (chapter 9) asks for.

Privacy: learners are labelled "Cursist A", "Cursist B", ... in an order that does not follow
their names or file names. Names (and file names, which usually contain a name) are shown only
in the live view after ticking "Namen tonen". The static HTML form (the online book, a printed
or saved notebook) never contains a name. Reflection texts are never shown: they are personal.

Layers: pure functions that read and check files (:func:`parse_export`, :func:`read_class`),
pure functions that count (:func:`exercise_rows`, :func:`scan_distribution`,
:func:`before_after`, :func:`role_profile`, :func:`dilemma_choices`, :func:`learner_rows`),
pure functions that render HTML (:func:`render_sections`, :func:`report_html`) and a thin
ipywidgets layer (:class:`ClassOverview`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import os
import re
import statistics
import unicodedata
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from . import charts, paths, static
from .answers import Answer, InvalidAnswer
from .definitions import Catalog, Definition, Dilemma, Matching, MultipleChoice, Selfscan, load_catalog
from .display import LiveAndStatic, Message
from .exporters import HTML_DATA_ID, PAYLOAD_FORMAT, PAYLOAD_VERSION
from .formatting import date_time, decimal, long_date, signed_decimal
from .messages import PORTFOLIO_TITLE
from .store import FORMAT as STORE_FORMAT
from .store import describe_os_error

# --- Settings ------------------------------------------------------------------------------------

DEFAULT_FOLDER = "voorbeeld-exports"
MAX_FILES = 2000  # a folder with more files is probably the wrong folder
MAX_FILE_BYTES = 20 * 1024 * 1024
SMALL_GROUP = 5  # below this, a distribution is close to individual answers
ROLE_SCAN = "h7-rolprofiel"  # statements start with "Rol: ..."
FINAL_ASSIGNMENT_REQUIRED = ("h8-zelfscan-begin", "h9-zelfscan-eind", "h8-ontwikkelplan", "h9-reflectie-eind")
FINAL_ASSIGNMENT_CHAPTERS = (8, 9)  # "reflecties uit minstens vier andere hoofdstukken": other than these
FINAL_ASSIGNMENT_REFLECTIONS = 4
IGNORED_NAMES = {"thumbs.db", "desktop.ini", "__macosx"}
LABEL_LENGTH = 48

# --- Dutch texts (kept together, like coursekit.messages) ----------------------------------------

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
STATIC_NOTE = (
    "Dit is de tekstvorm van het klasoverzicht van de map ‘{folder}’. Ze toont nooit namen of "
    "bestandsnamen. Open het notebook in JupyterLab om een andere map te kiezen en de weergave te "
    "wisselen."
)
SAMPLE_NOTE = (
    "De map ‘{folder}’ bevat synthetische voorbeeldexports: verzonnen cursisten met gegenereerde "
    "antwoorden, geen echte groep."
)
PRIVACY_NOTE = (
    "Gebruik dit overzicht op je eigen computer, of op de JupyterHub van je instelling als die daarvoor "
    "is goedgekeurd; zet exports van cursisten niet op mybinder.org. Reflectieteksten worden nooit "
    "getoond."
)
PLAIN = "Klasoverzicht van ‘{folder}’: {learners} cursist(en), {skipped} bestand(en) overgeslagen."

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
NO_LEARNERS = (
    "In de map ‘{folder}’ staat geen enkele bruikbare portfolio-export. Bij ‘Controle van de "
    "bestanden’ staat per bestand waarom het is overgeslagen."
)
TOO_MANY_FILES = (
    "De map bevat meer dan {limit} bestanden; alleen de eerste {limit} (op alfabetische volgorde) "
    "zijn bekeken. Kies een map met alleen de exports van deze groep."
)
SUMMARY = "{learners} in ‘{folder}’: {files} bestand(en) bekeken, {used} gebruikt, {skipped} overgeslagen."
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
    "De letters van de cursisten volgen niet de volgorde van de namen. Ze blijven gelijk zolang de "
    "map niet verandert."
)

SKIP_NOT_EXPORT = "geen portfolio-export van dit boek: er staan geen antwoordgegevens in"
SKIP_EDITED = (
    "geen portfolio-export van dit boek: de antwoordgegevens ontbreken. Is het bestand bewerkt of "
    "opnieuw opgeslagen, bijvoorbeeld in Word? Vraag de cursist om de oorspronkelijke export."
)
SKIP_ZIP = "een zip-bestand; pak het eerst uit in deze map en lees de map opnieuw in"
SKIP_TOO_LARGE = "te groot voor een portfolio-export ({size} MB)"
SKIP_UNREADABLE = "kan niet worden gelezen ({reason})"
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
DAMAGED_VERSION = "het versienummer van het exportformaat ontbreekt"
DAMAGED_ANSWERS = "de lijst met antwoorden ontbreekt"
SKIP_OLDER = (
    "gemaakt met een oudere versie van het exportformaat (versie {version}; dit overzicht leest "
    "versie {current}). Het bestand telt niet mee, zodat oude en nieuwe gegevens niet door elkaar "
    "lopen. Laat de cursist het bestand importeren in het portfolio (‘Importeer een export’) en "
    "opnieuw exporteren."
)
SKIP_NEWER = (
    "gemaakt met een nieuwere versie van het boek (exportformaat versie {version}; dit overzicht "
    "leest versie {current}). Werk je eigen kopie van het boek bij en lees de map opnieuw in."
)
SKIP_DUPLICATE = (
    "een tweede export van {learner}; het overzicht gebruikt {kept}, de nieuwste export "
    "(gemaakt op {when})"
)
SKIP_SAME_EXPORT = "dezelfde export als {kept}, in een ander formaat"
NOTE_BAD_ANSWERS = "{count} antwoord(en) in dit bestand zijn onleesbaar en tellen niet mee"
NOTE_UNKNOWN = (
    "{count} antwoord(en) horen bij oefeningen die niet (meer) in deze versie van het boek staan en "
    "tellen niet mee"
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
LEARNER = "Cursist {letters}"
LEARNER_WITH_NAME = "Cursist {letters} ({name})"
NO_NAME = "geen naam ingevuld"
UNKNOWN_DATE = "onbekende datum"

HEAD_FILES = "Controle van de bestanden"
HEAD_EXERCISES = "Wie deed wat"
HEAD_SHIFT = "Voor en na: {title}"
HEAD_ROLES = "Rolprofiel per leiderschapsrol"
HEAD_SCAN = "{title} (hoofdstuk {chapter})"
HEAD_DILEMMAS = "Keuzes bij de dilemma's"
HEAD_LEARNERS = "Per cursist"

FILES_ALL_USED = "Alle bestanden zijn gebruikt."
FILES_SKIPPED_CAPTION = "Overgeslagen bestanden en de reden"
FILES_NOTES_CAPTION = "Opmerkingen bij gebruikte bestanden"
COL_FILE = "Bestand"
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
COL_EXERCISES_DONE = "Oefeningen"
COL_CHAPTERS = "Hoofdstukken"
COL_FINAL = "Portfolio voor de eindopdracht"
EXERCISES_CAPTION = "Per oefening: hoeveel van de {total} cursisten haar maakten"
DONE = "{done} van {total}"
RESULT_MC = "{first} van {done} meteen goed"
RESULT_MATCHING = "gemiddeld {mean} van {items} goed"
NO_RESULT = "–"
NOBODY = "Nog niemand heeft een zelfscan of dilemma gemaakt die hier past."
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
    "{count} antwoord(en) tellen niet mee: de stellingen of de schaal verschillen van deze versie van "
    "het boek."
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
ROLES_CAPTION = "Rolscores van de groep: gemiddelde, laagste en hoogste score, en bij hoeveel cursisten de rol de sterkste is"
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
LEARNERS_CAPTION = "Per cursist: export, aantal oefeningen, hoofdstukken en de eisen van de eindopdracht"
LEARNERS_FINAL_NOTE = (
    "De eindopdracht (hoofdstuk 9) vraagt een portfolio met de zelfscans van begin en eind, het "
    "ontwikkelplan uit hoofdstuk 8, de eindreflectie uit hoofdstuk 9 en de reflecties uit minstens "
    "vier andere hoofdstukken."
)


# --- Reading files -------------------------------------------------------------------------------

_HTML_DATA = re.compile(rf'<script type="application/json" id="{HTML_DATA_ID}">(.*?)</script>', re.DOTALL)
_MD_DATA = re.compile(r"<!-- coursekit-portfolio:([A-Za-z0-9+/=\s]*?) -->")


class ExportProblem(ValueError):
    """A file that cannot be used; the message (Dutch) says why."""


@dataclass(frozen=True)
class ParsedExport:
    """The content of one export file."""

    name: str
    exported_at: datetime | None
    answers: dict[str, Answer]
    unreadable: int = 0  # answers that did not pass the checks of coursekit.answers


def _find_payload(text: str) -> object:
    """The exported data in a JSON, HTML or Markdown export (same places as coursekit.exporters)."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    found = _HTML_DATA.search(text)
    blocks = _MD_DATA.findall(text)
    try:
        if found:
            return json.loads(found.group(1))
        if blocks:  # the exporter writes its block last, after every answer
            return json.loads(base64.b64decode("".join(blocks[-1].split()), validate=True).decode("utf-8"))
    except (ValueError, binascii.Error, UnicodeDecodeError, RecursionError):
        raise ExportProblem(SKIP_DAMAGED.format(detail=DAMAGED_DATA)) from None
    if "coursekit-portfolio" in text:  # our marker, but the data block is gone or cut
        raise ExportProblem(SKIP_DAMAGED.format(detail=DAMAGED_DATA))
    if PORTFOLIO_TITLE in text:  # the readable part of an export, without its data
        raise ExportProblem(SKIP_EDITED)
    raise ExportProblem(SKIP_NOT_EXPORT)


def _moment(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None


def parse_export(data: bytes) -> ParsedExport:
    """Read one export (HTML, Markdown or JSON). Raises :class:`ExportProblem` (Dutch) if unusable."""
    if data[:4] == b"PK\x03\x04":
        raise ExportProblem(SKIP_ZIP)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExportProblem(SKIP_NOT_TEXT) from None
    if "\x00" in text:
        raise ExportProblem(SKIP_NOT_TEXT)
    try:
        payload = _find_payload(text)
    except RecursionError:
        raise ExportProblem(SKIP_DAMAGED.format(detail=DAMAGED_DATA)) from None
    if not isinstance(payload, dict):
        raise ExportProblem(SKIP_OTHER_JSON)
    if payload.get("format") == STORE_FORMAT:
        raise ExportProblem(SKIP_STORE_FILE)
    if payload.get("format") != PAYLOAD_FORMAT:
        raise ExportProblem(SKIP_OTHER_JSON)
    version = payload.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExportProblem(SKIP_DAMAGED.format(detail=DAMAGED_VERSION))
    if version < PAYLOAD_VERSION:
        raise ExportProblem(SKIP_OLDER.format(version=version, current=PAYLOAD_VERSION))
    if version > PAYLOAD_VERSION:
        raise ExportProblem(SKIP_NEWER.format(version=version, current=PAYLOAD_VERSION))
    entries = payload.get("answers")
    if not isinstance(entries, list):
        raise ExportProblem(SKIP_DAMAGED.format(detail=DAMAGED_ANSWERS))
    answers: dict[str, Answer] = {}
    unreadable = 0
    for entry in entries:
        try:
            answer = Answer.from_dict(entry)
        except (ValueError, TypeError, RecursionError):  # InvalidAnswer is a ValueError
            unreadable += 1
            continue
        known = answers.get(answer.exercise_id)
        if known is None or answer.moment > known.moment:
            answers[answer.exercise_id] = answer
    name = payload.get("name")
    name = " ".join(name.split())[:200] if isinstance(name, str) else ""
    return ParsedExport(name, _moment(payload.get("exported_at")), answers, unreadable)


@dataclass(frozen=True)
class ExportFile:
    """One file in the folder: its path relative to the folder and its place in sorted order."""

    relative: str
    number: int

    @property
    def suffix(self) -> str:
        return Path(self.relative).suffix.lower() or NO_SUFFIX

    def reference(self, show_names: bool) -> str:
        if show_names:
            return FILE_SHOWN.format(name=self.relative)
        return FILE_HIDDEN.format(number=self.number, suffix=self.suffix)


@dataclass(frozen=True)
class Learner:
    """One learner: the export used for the overview and its answers."""

    letters: str  # "A", "B", ..., "AA"
    name: str
    file: ExportFile
    exported_at: datetime | None
    answers: dict[str, Answer]

    def label(self, show_names: bool) -> str:
        if show_names:
            return LEARNER_WITH_NAME.format(letters=self.letters, name=self.name or NO_NAME)
        return LEARNER.format(letters=self.letters)


@dataclass(frozen=True)
class Skipped:
    """A file that does not count; ``reason`` may contain {learner}/{kept} references to fill in."""

    file: ExportFile
    reason: str
    learner: str = ""  # letters of the learner it belongs to (duplicates)
    kept: ExportFile | None = None


@dataclass(frozen=True)
class Note:
    """A remark on a file that does count."""

    file: ExportFile
    text: str
    other: ExportFile | None = None


@dataclass(frozen=True)
class ClassData:
    """Everything read from one folder."""

    folder: str
    files: tuple[ExportFile, ...] = ()
    learners: tuple[Learner, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[Note, ...] = ()
    problem: str = ""  # a folder-level problem (missing, empty, nothing usable)
    truncated: bool = False


def _listing(folder: Path) -> list[str]:
    """Files under ``folder`` (relative, POSIX, sorted); hidden files and system clutter left out."""
    found = []
    for directory, subfolders, names in os.walk(folder, onerror=_raise):
        subfolders[:] = sorted(d for d in subfolders
                               if not d.startswith(".") and d.lower() not in IGNORED_NAMES)
        for name in names:
            if name.startswith(".") or name.lower() in IGNORED_NAMES:
                continue
            found.append((Path(directory) / name).relative_to(folder).as_posix())
    return sorted(found, key=lambda n: (n.casefold(), n))


def _raise(error: OSError) -> None:
    raise error


def _identity(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _fingerprint(answers: Mapping[str, Answer]) -> str:
    data = json.dumps([answers[key].to_dict() for key in sorted(answers)], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def letters(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA' (like spreadsheet columns)."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def read_class(folder: str | Path, base: Path | None = None) -> ClassData:
    """Read and check every file in ``folder`` (relative to ``base``, default: the current folder).

    Never raises: problems with the folder end up in ``ClassData.problem``, problems with a file
    in ``ClassData.skipped`` (not used) or ``ClassData.notes`` (used, with a remark).
    """
    shown = str(folder).strip() or "."
    base = base or Path.cwd()
    path = Path(shown).expanduser()
    path = path if path.is_absolute() else base / path
    try:
        if not path.exists():
            return ClassData(shown, problem=FOLDER_MISSING.format(folder=shown, base=base))
        if not path.is_dir():
            return ClassData(shown, problem=FOLDER_NOT_DIR.format(folder=shown))
        names = _listing(path)
    except OSError as error:
        return ClassData(shown, problem=FOLDER_UNREADABLE.format(folder=shown, reason=describe_os_error(error)))
    if not names:
        return ClassData(shown, problem=FOLDER_EMPTY.format(folder=shown))
    truncated = len(names) > MAX_FILES
    files = tuple(ExportFile(name, number) for number, name in enumerate(names[:MAX_FILES], start=1))

    skipped: list[Skipped] = []
    parsed: list[tuple[ExportFile, ParsedExport]] = []
    for file in files:
        try:
            size = (path / file.relative).stat().st_size
            if size > MAX_FILE_BYTES:
                raise ExportProblem(SKIP_TOO_LARGE.format(size=decimal(size / 1024 / 1024)))
            data = (path / file.relative).read_bytes()
            parsed.append((file, parse_export(data)))
        except ExportProblem as problem:
            skipped.append(Skipped(file, str(problem)))
        except OSError as error:
            skipped.append(Skipped(file, SKIP_UNREADABLE.format(reason=describe_os_error(error))))

    # Group exports of the same learner: same name, or (without a name) the very same answers.
    named: dict[str, list[tuple[ExportFile, ParsedExport]]] = {}
    by_fingerprint: dict[str, str] = {}
    for file, export in parsed:
        if export.name:
            key = "naam:" + _identity(export.name)
            named.setdefault(key, []).append((file, export))
            if export.answers:
                by_fingerprint.setdefault(_fingerprint(export.answers), key)
    for file, export in parsed:
        if not export.name:
            fingerprint = _fingerprint(export.answers)
            key = (by_fingerprint.get(fingerprint, "antwoorden:" + fingerprint) if export.answers
                   else f"leeg:{file.number}")
            named.setdefault(key, []).append((file, export))

    def newest_first(item: tuple[ExportFile, ParsedExport]):
        file, export = item
        stamp = export.exported_at.timestamp() if export.exported_at else float("-inf")
        return (-stamp, -len(export.answers), 0 if export.name else 1, file.number)

    notes: list[Note] = []
    chosen: list[tuple[str, ExportFile, ParsedExport]] = []
    for key, group in named.items():
        group.sort(key=newest_first)
        kept_file, kept = group[0]
        chosen.append((key, kept_file, kept))
        for file, export in group[1:]:
            same = _fingerprint(export.answers) == _fingerprint(kept.answers)
            skipped.append(Skipped(file, SKIP_SAME_EXPORT if same else SKIP_DUPLICATE, key, kept_file))
    # The letters follow a hash of each learner's key, salted with the content of all exports:
    # someone with the class list cannot work out who is who, and the letters stay the same for as
    # long as the exports in the folder stay the same.
    salt = hashlib.sha256("".join(sorted(_fingerprint(e.answers) + e.name for _, _, e in chosen)).encode("utf-8"))
    order = sorted(chosen, key=lambda item: hashlib.sha256(salt.digest() + item[0].encode("utf-8")).hexdigest())
    learners = []
    letter_of = {}
    for index, (key, file, export) in enumerate(order):
        letter_of[key] = letters(index)
        learners.append(Learner(letters(index), export.name, file, export.exported_at, export.answers))
        if export.unreadable:
            notes.append(Note(file, NOTE_BAD_ANSWERS.format(count=export.unreadable)))
        if not export.answers:
            notes.append(Note(file, NOTE_EMPTY))
        if not export.name:
            notes.append(Note(file, NOTE_NO_NAME))
    seen: dict[str, Learner] = {}
    for learner in sorted(learners, key=lambda l: l.file.number):
        if not learner.answers:
            continue
        fingerprint = _fingerprint(learner.answers)
        if fingerprint in seen:
            notes.append(Note(learner.file, NOTE_SAME_ANSWERS, seen[fingerprint].file))
        else:
            seen[fingerprint] = learner
    skipped = [Skipped(s.file, s.reason, letter_of.get(s.learner, ""), s.kept) for s in skipped]
    skipped.sort(key=lambda s: s.file.number)
    notes.sort(key=lambda n: n.file.number)
    problem = "" if learners else NO_LEARNERS.format(folder=shown)
    return ClassData(shown, files, tuple(learners), tuple(skipped), tuple(notes), problem, truncated)


# --- Counting ------------------------------------------------------------------------------------


def _answer(learner: Learner, definition: Definition) -> Answer | None:
    """The learner's answer to ``definition`` if it is of the same type."""
    answer = learner.answers.get(definition.id)
    return answer if answer is not None and answer.type == definition.type else None


def unknown_answers(learner: Learner, catalog: Catalog) -> int:
    """Answers to exercises this version of the book does not have (or has as another type)."""
    count = 0
    for answer in learner.answers.values():
        definition = catalog.get(answer.exercise_id)
        count += definition is None or definition.type != answer.type
    return count


@dataclass(frozen=True)
class ExerciseRow:
    definition: Definition
    done: int
    result: str


def exercise_rows(data: ClassData, catalog: Catalog) -> list[ExerciseRow]:
    """Per exercise of the book (book order): how many learners answered it, and a result."""
    rows = []
    for definition in catalog.definitions.values():
        answers = [a for a in (_answer(l, definition) for l in data.learners) if a is not None]
        result = NO_RESULT
        if answers and isinstance(definition, MultipleChoice):
            first = sum(a.value["correct"] and a.value["attempts"] == 1 for a in answers)
            result = RESULT_MC.format(first=first, done=len(answers))
        elif answers and isinstance(definition, Matching):
            mean = statistics.mean(a.value["score"] for a in answers)
            result = RESULT_MATCHING.format(mean=decimal(mean), items=len(definition.items))
        rows.append(ExerciseRow(definition, len(answers), result))
    return rows


def _scores(answer: Answer, definition: Selfscan) -> list[int | None] | None:
    """The answer's scores in the order of the definition's statements; None if they do not fit."""
    value = answer.value
    if len(value["scale"]) != len(definition.scale):
        return None
    by_statement = {rating["statement"]: rating["score"] for rating in value["ratings"]}
    if set(by_statement) != set(definition.statements):
        return None
    return [by_statement[statement] for statement in definition.statements]


@dataclass(frozen=True)
class ScanStats:
    definition: Selfscan
    counts: tuple[tuple[int, ...], ...]  # per statement, per score 1..k
    learners: int  # learners whose scan counts
    excluded: int  # answers left out (other statements or scale)

    def n(self, index: int) -> int:
        return sum(self.counts[index])

    def values(self, index: int) -> list[int]:
        return [score for score, count in enumerate(self.counts[index], start=1) for _ in range(count)]

    def mean(self, index: int) -> float | None:
        values = self.values(index)
        return statistics.mean(values) if values else None

    def median(self, index: int) -> float | None:
        values = self.values(index)
        return statistics.median(values) if values else None


def scan_scores(data: ClassData, definition: Selfscan) -> tuple[dict[str, list[int | None]], int]:
    """{learner letters: scores aligned with the statements}, and how many answers did not fit."""
    found, excluded = {}, 0
    for learner in data.learners:
        answer = _answer(learner, definition)
        if answer is None:
            continue
        scores = _scores(answer, definition)
        if scores is None:
            excluded += 1
        else:
            found[learner.letters] = scores
    return found, excluded


def scan_distribution(data: ClassData, definition: Selfscan) -> ScanStats:
    """How many learners gave each score, per statement."""
    found, excluded = scan_scores(data, definition)
    counts = []
    for index in range(len(definition.statements)):
        column = [scores[index] for scores in found.values()]
        counts.append(tuple(column.count(score) for score in range(1, len(definition.scale) + 1)))
    return ScanStats(definition, tuple(counts), len(found), excluded)


@dataclass(frozen=True)
class ShiftRow:
    statement: str
    pairs: int
    before: float | None
    after: float | None
    rose: int
    same: int
    fell: int


@dataclass(frozen=True)
class ShiftStats:
    before: Selfscan
    after: Selfscan
    rows: tuple[ShiftRow, ...]
    both: int
    only_before: int
    only_after: int
    mean_before: float | None
    mean_after: float | None


def before_after(data: ClassData, before: Selfscan, after: Selfscan) -> ShiftStats:
    """Paired comparison of two scans with the same statements (in the order of ``after``)."""
    first, _ = scan_scores(data, before)
    second, _ = scan_scores(data, after)
    position = {statement: index for index, statement in enumerate(before.statements)}
    both = sorted(set(first) & set(second))
    rows = []
    all_before, all_after = [], []
    for index, statement in enumerate(after.statements):
        pairs = [(first[l][position[statement]], second[l][index]) for l in both
                 if statement in position]
        pairs = [(b, a) for b, a in pairs if b is not None and a is not None]
        all_before += [b for b, _ in pairs]
        all_after += [a for _, a in pairs]
        rows.append(ShiftRow(
            statement, len(pairs),
            statistics.mean(b for b, _ in pairs) if pairs else None,
            statistics.mean(a for _, a in pairs) if pairs else None,
            sum(a > b for b, a in pairs), sum(a == b for b, a in pairs), sum(a < b for b, a in pairs)))
    return ShiftStats(before, after, tuple(rows), len(both), len(set(first) - set(second)),
                      len(set(second) - set(first)),
                      statistics.mean(all_before) if all_before else None,
                      statistics.mean(all_after) if all_after else None)


def role_groups(statements: Sequence[str]) -> dict[str, list[int]]:
    """{'Catalysator': [0, 1, 2], ...} from statements written as 'Rol: ...'; {} if not all are."""
    groups: dict[str, list[int]] = {}
    for index, statement in enumerate(statements):
        role, colon, rest = statement.partition(": ")
        if not colon or not role.strip() or not rest.strip():
            return {}
        groups.setdefault(role.strip(), []).append(index)
    return groups if len(groups) >= 2 else {}


@dataclass(frozen=True)
class RoleRow:
    role: str
    statements: int
    mean: float | None
    lowest: float | None
    highest: float | None
    strongest: int  # learners for whom this role scores highest (ties count for each role)


@dataclass(frozen=True)
class RoleStats:
    definition: Selfscan
    rows: tuple[RoleRow, ...]
    learners: int
    ties: bool


def role_profile(data: ClassData, definition: Selfscan) -> RoleStats:
    """Per role: the learners' role scores (mean of their scored statements of that role)."""
    groups = role_groups(definition.statements)
    found, _ = scan_scores(data, definition)
    per_role: dict[str, list[float]] = {role: [] for role in groups}
    strongest = {role: 0 for role in groups}
    ties = False
    for scores in found.values():
        mine = {}
        for role, indices in groups.items():
            values = [scores[i] for i in indices if scores[i] is not None]
            if values:
                mine[role] = statistics.mean(values)
                per_role[role].append(mine[role])
        if mine:
            top = max(mine.values())
            best = [role for role, value in mine.items() if value == top]
            ties = ties or len(best) > 1
            for role in best:
                strongest[role] += 1
    rows = tuple(
        RoleRow(role, len(groups[role]),
                statistics.mean(per_role[role]) if per_role[role] else None,
                min(per_role[role], default=None), max(per_role[role], default=None), strongest[role])
        for role in groups)
    return RoleStats(definition, rows, len(found), ties)


@dataclass(frozen=True)
class DilemmaStats:
    definition: Dilemma
    counts: tuple[tuple[str, int], ...]
    done: int


def dilemma_choices(data: ClassData, definition: Dilemma) -> DilemmaStats:
    """How many learners chose each option (options in the book's order, others after)."""
    chosen = [a.value["choice"] for a in (_answer(l, definition) for l in data.learners) if a is not None]
    known = [choice.text for choice in definition.choices]
    others = sorted(set(chosen) - set(known))
    return DilemmaStats(definition, tuple((text, chosen.count(text)) for text in known + others), len(chosen))


@dataclass(frozen=True)
class LearnerRow:
    learner: Learner
    done: int
    total: int
    chapters: str
    final: str


def _ranges(numbers: Iterable[int]) -> str:
    """[1, 2, 3, 5] -> '1–3, 5'"""
    numbers = sorted(set(numbers))
    parts, start = [], None
    for index, number in enumerate(numbers):
        if start is None:
            start = number
        if index + 1 == len(numbers) or numbers[index + 1] != number + 1:
            parts.append(str(start) if start == number else f"{start}–{number}")
            start = None
    return ", ".join(parts) or NO_RESULT


def _short_title(definition: Definition) -> str:
    """'Zelfscan (eind): acht kwaliteiten ...' -> 'Zelfscan (eind)'"""
    return definition.title.split(":", 1)[0].strip()


def final_assignment(learner: Learner, catalog: Catalog) -> str:
    """'compleet' or 'mist: ...' for the portfolio the final assignment (chapter 9) asks for."""
    missing = []
    for exercise_id in FINAL_ASSIGNMENT_REQUIRED:
        definition = catalog.get(exercise_id)
        if definition is not None and _answer(learner, definition) is None:
            missing.append(_short_title(definition))
    chapters = {d.chapter for d in catalog.definitions.values()
                if d.type == "reflection" and d.chapter not in FINAL_ASSIGNMENT_CHAPTERS
                and _answer(learner, d) is not None}
    if len(chapters) < FINAL_ASSIGNMENT_REFLECTIONS:
        missing.append(FINAL_REFLECTIONS.format(count=FINAL_ASSIGNMENT_REFLECTIONS - len(chapters)))
    return FINAL_MISSING.format(items=", ".join(missing)) if missing else FINAL_COMPLETE


def learner_rows(data: ClassData, catalog: Catalog) -> list[LearnerRow]:
    rows = []
    for learner in data.learners:
        done = [d for d in catalog.definitions.values() if _answer(learner, d) is not None]
        rows.append(LearnerRow(learner, len(done), len(catalog.definitions),
                               _ranges(d.chapter for d in done), final_assignment(learner, catalog)))
    return rows


# --- Charts --------------------------------------------------------------------------------------

_HATCHES = ("", "..", "//", "xx", "\\\\", "++", "--", "oo", "||", "**")


def _label(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > LABEL_LENGTH:
        text = text[: LABEL_LENGTH - 1].rstrip() + "…"
    return text.replace("$", r"\$")


def _png(draw: Callable, height: float) -> bytes:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.5, height), dpi=96, layout="constrained")
    draw(figure, figure.add_subplot())
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        figure.savefig(buffer, format="png")
    return _smaller_png(buffer.getvalue())


def _smaller_png(png: bytes) -> bytes:
    """The same picture with a palette of at most 128 colours: a page with many charts stays light."""
    try:
        from PIL import Image
    except ImportError:  # Pillow comes with matplotlib; without it the PNG stays as it is
        return png
    with Image.open(io.BytesIO(png)) as image:
        small = image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        buffer = io.BytesIO()
        small.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue() if buffer.tell() < len(png) else png


def _image(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{escape(alt)}" style="max-width:100%;height:auto">'


def distribution_png(stats: ScanStats) -> bytes:
    """Stacked horizontal bars: per statement the number of learners per score."""
    from matplotlib import colormaps

    definition = stats.definition
    scale = definition.scale
    colours = colormaps["cividis"]([0.15 + 0.8 * i / max(len(scale) - 1, 1) for i in range(len(scale))])

    def draw(figure, axes) -> None:
        positions = range(len(definition.statements))
        left = [0] * len(definition.statements)
        for score in range(len(scale)):
            widths = [stats.counts[i][score] for i in positions]
            bars = axes.barh(list(positions), widths, left=left, color=colours[score], edgecolor="black",
                             hatch=_HATCHES[score % len(_HATCHES)], label=_label(f"{score + 1} – {scale[score]}"))
            axes.bar_label(bars, labels=[str(w) if w else "" for w in widths], label_type="center", fontsize=9,
                           bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"})
            left = [l + w for l, w in zip(left, widths)]
        axes.set_yticks(list(positions), [_label(f"{i + 1}. {s}") for i, s in enumerate(definition.statements)])
        axes.invert_yaxis()
        axes.set_xlabel(CHART_COUNT_AXIS)
        axes.xaxis.get_major_locator().set_params(integer=True)
        figure.legend(loc="outside upper center", ncols=min(len(scale), 3), fontsize=9)

    return _png(draw, 0.42 * len(definition.statements) + 1.9)


def shift_png(stats: ShiftStats) -> bytes:
    """Grouped bars: mean score per statement at the start and at the end (paired learners)."""
    scale = stats.after.scale
    rows = stats.rows

    def draw(figure, axes) -> None:
        height = 0.38
        for offset, (name, values, colour, hatch) in enumerate((
                (CHART_BEFORE, [r.before for r in rows], charts.EARLIER_COLOUR, "//"),
                (CHART_AFTER, [r.after for r in rows], charts.NOW_COLOUR, ""))):
            shown = [(i, v) for i, v in enumerate(values) if v is not None]
            bars = axes.barh([i - 0.2 + offset * height for i, _ in shown], [v for _, v in shown], height=height,
                             color=colour, hatch=hatch, edgecolor="black", label=name)
            axes.bar_label(bars, labels=[decimal(v) for _, v in shown], padding=3, fontsize=9)
        axes.set_yticks(range(len(rows)), [_label(f"{i + 1}. {r.statement}") for i, r in enumerate(rows)])
        axes.invert_yaxis()
        axes.set_xlim(0, len(scale) + 0.6)
        axes.set_xticks(range(1, len(scale) + 1))
        axes.set_xlabel(_label(CHART_MEAN_AXIS.format(low=scale[0], top=len(scale), high=scale[-1])))
        figure.legend(loc="outside upper center", ncols=2)

    return _png(draw, 0.6 * len(rows) + 1.6)


def roles_png(stats: RoleStats) -> bytes:
    """Bars: the group's mean role score per role, with a line from lowest to highest."""
    scale = stats.definition.scale
    rows = [r for r in stats.rows if r.mean is not None]

    def draw(figure, axes) -> None:
        means = [r.mean for r in rows]
        errors = [[r.mean - r.lowest for r in rows], [r.highest - r.mean for r in rows]]
        bars = axes.barh(range(len(rows)), means, color=charts.NOW_COLOUR, edgecolor="black", height=0.6,
                         xerr=errors, error_kw={"ecolor": "black", "capsize": 4})
        axes.bar_label(bars, labels=[decimal(m) for m in means], padding=6, fontsize=9)
        axes.set_yticks(range(len(rows)), [_label(r.role) for r in rows])
        axes.invert_yaxis()
        axes.set_xlim(0, len(scale) + 0.6)
        axes.set_xticks(range(1, len(scale) + 1))
        axes.set_xlabel(_label(CHART_MEAN_AXIS.format(low=scale[0], top=len(scale), high=scale[-1])))

    return _png(draw, 0.55 * len(rows) + 1.3)


# --- HTML ----------------------------------------------------------------------------------------


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _table(caption: str, header: Sequence[str], rows: Sequence[Sequence[str]], row_header: int = 0) -> str:
    """An accessible table; cell ``row_header`` of each row is its row header. Cells are plain text."""
    head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in header)

    def cell(index: int, text: str) -> str:
        return f'<th scope="row">{escape(text)}</th>' if index == row_header else f"<td>{escape(text)}</td>"

    body = "".join(f"<tr>{''.join(cell(i, c) for i, c in enumerate(row))}</tr>" for row in rows)
    return f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _figure(png: bytes, alt: str, caption: str) -> str:
    text = FIGURE_CAPTION.format(caption=caption[0].lower() + caption[1:])
    return f'<figure style="margin:0">{_image(png, alt)}<figcaption>{escape(text)}</figcaption></figure>'


def _chart_table(caption: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    return _table(TABLE_CAPTION.format(caption=caption[0].lower() + caption[1:]), header, rows)


def _number(value: float | None) -> str:
    return NO_RESULT if value is None else decimal(value)


def _learners_phrase(count: int) -> str:
    return f"{count} cursist" if count == 1 else f"{count} cursisten"


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    html: str


H_SECTION = "h3"


def _section(key: str, title: str, body: str) -> Section:
    return Section(key, title, f'<section><{H_SECTION}>{escape(title)}</{H_SECTION}>{body}</section>')


def _skipped_reason(skipped: Skipped, data: ClassData, show_names: bool) -> str:
    if skipped.kept is None:
        return skipped.reason
    learner = next((l for l in data.learners if l.letters == skipped.learner), None)
    when = date_time(learner.exported_at) if learner and learner.exported_at else UNKNOWN_DATE
    return skipped.reason.format(
        learner=learner.label(show_names) if learner else "",
        kept=skipped.kept.reference(show_names) if skipped.kept else "", when=when)


def files_section(data: ClassData, catalog: Catalog, show_names: bool) -> Section:
    learner_of = {l.file.number: l for l in data.learners}
    parts = [_p(SUMMARY.format(learners=_learners_phrase(len(data.learners)), folder=data.folder,
                               files=len(data.files), used=len(data.learners), skipped=len(data.skipped)))]
    if data.truncated:
        parts.append(_p(TOO_MANY_FILES.format(limit=MAX_FILES)))
    if not show_names and data.files:
        parts.append(_p(NAMES_HIDDEN))
    if data.skipped:
        rows = []
        for skipped in data.skipped:
            rows.append((skipped.file.reference(show_names), _skipped_reason(skipped, data, show_names)))
        parts.append(_table(FILES_SKIPPED_CAPTION, [COL_FILE, COL_REASON], rows))
    elif data.files:
        parts.append(_p(FILES_ALL_USED))
    notes = list(data.notes)
    for learner in data.learners:
        count = unknown_answers(learner, catalog)
        if count:
            notes.append(Note(learner.file, NOTE_UNKNOWN.format(count=count)))
    if notes:
        rows = []
        for note in sorted(notes, key=lambda n: n.file.number):
            learner = learner_of.get(note.file.number)
            text = note.text.format(other=note.other.reference(show_names)) if note.other else note.text
            rows.append((note.file.reference(show_names), learner.label(show_names) if learner else "", text))
        parts.append(_table(FILES_NOTES_CAPTION, [COL_FILE, COL_LEARNER, COL_NOTE], rows))
    return _section("bestanden", HEAD_FILES, "".join(parts))


def exercises_section(data: ClassData, catalog: Catalog) -> Section:
    total = len(data.learners)
    rows = [(f"{row.definition.chapter}", row.definition.title, row.definition.label,
             DONE.format(done=row.done, total=total), row.result) for row in exercise_rows(data, catalog)]
    table = _table(EXERCISES_CAPTION.format(total=total),
                   [COL_CHAPTER, COL_EXERCISE, COL_KIND, COL_DONE, COL_RESULT], rows, row_header=1)
    return _section("oefeningen", HEAD_EXERCISES, table)


def _scale_text(scale: Sequence[str]) -> str:
    return ", ".join(f"{n} = {label}" for n, label in enumerate(scale, start=1))


def scan_section(data: ClassData, definition: Selfscan) -> Section:
    stats = scan_distribution(data, definition)
    title = HEAD_SCAN.format(title=definition.title, chapter=definition.chapter)
    if not stats.learners:
        body = _p(SCAN_NOBODY) + (_p(SCAN_EXCLUDED.format(count=stats.excluded)) if stats.excluded else "")
        return _section(definition.id, title, body)
    scale = definition.scale
    parts = [_p(SCAN_INTRO.format(count=stats.learners, scale=_scale_text(scale)))]
    if stats.excluded:
        parts.append(_p(SCAN_EXCLUDED.format(count=stats.excluded)))
    alt = SCAN_ALT.format(low=scale[0], top=len(scale), high=scale[-1])
    parts.append(_figure(distribution_png(stats), alt, SCAN_CAPTION))
    header = [COL_STATEMENT, *(str(n) for n in range(1, len(scale) + 1)), COL_COUNT, COL_MEAN, COL_MEDIAN]
    rows = [(f"{i + 1}. {s}", *(str(c) for c in stats.counts[i]), str(stats.n(i)),
             _number(stats.mean(i)), _number(stats.median(i))) for i, s in enumerate(definition.statements)]
    parts.append(_chart_table(SCAN_CAPTION, header, rows))
    return _section(definition.id, title, "".join(parts))


def shift_section(data: ClassData, before: Selfscan, after: Selfscan) -> Section:
    stats = before_after(data, before, after)
    title = HEAD_SHIFT.format(title=_short_title(before) + " en " + _short_title(after).lower())
    intro = _p(SHIFT_INTRO.format(both=stats.both, before=before.title, after=after.title,
                                  only_before=stats.only_before, only_after=stats.only_after))
    if not stats.both or stats.mean_before is None:
        return _section(f"{before.id}--{after.id}", title, intro + _p(SHIFT_NOBODY))
    mean = _p(SHIFT_MEAN.format(before=decimal(stats.mean_before), after=decimal(stats.mean_after),
                                delta=signed_decimal(stats.mean_after - stats.mean_before)))
    figure = _figure(shift_png(stats), SHIFT_ALT, SHIFT_CAPTION)
    rows = [(f"{i + 1}. {r.statement}", str(r.pairs), _number(r.before), _number(r.after),
             NO_RESULT if r.before is None else signed_decimal(r.after - r.before),
             str(r.rose), str(r.same), str(r.fell)) for i, r in enumerate(stats.rows)]
    table = _chart_table(SHIFT_CAPTION, [COL_STATEMENT, COL_PAIRS, COL_BEFORE, COL_AFTER, COL_DELTA,
                                   COL_ROSE, COL_SAME, COL_FELL], rows)
    return _section(f"{before.id}--{after.id}", title, intro + mean + figure + table)


def roles_section(data: ClassData, definition: Selfscan) -> Section:
    if not role_groups(definition.statements):
        return _section("rollen", HEAD_ROLES, _p(ROLES_NO_GROUPS))
    stats = role_profile(data, definition)
    if not stats.learners or all(r.mean is None for r in stats.rows):
        return _section("rollen", HEAD_ROLES, _p(ROLES_NOBODY))
    per_role = stats.rows[0].statements
    parts = [_p(ROLES_INTRO.format(count=stats.learners, per_role=per_role))]
    parts.append(_figure(roles_png(stats), ROLES_ALT, ROLES_CAPTION))
    rows = [(r.role, _number(r.mean), _number(r.lowest), _number(r.highest), _learners_phrase(r.strongest))
            for r in stats.rows]
    parts.append(_chart_table(ROLES_CAPTION, [COL_ROLE, COL_MEAN, COL_LOWEST, COL_HIGHEST, COL_STRONGEST], rows))
    if stats.ties:
        parts.append(_p(ROLES_TIES))
    return _section("rollen", HEAD_ROLES, "".join(parts))


def dilemmas_section(data: ClassData, catalog: Catalog) -> Section | None:
    dilemmas = [d for d in catalog.definitions.values() if isinstance(d, Dilemma)]
    if not dilemmas:
        return None
    parts = []
    for definition in dilemmas:
        stats = dilemma_choices(data, definition)
        parts.append(f"<h4>{escape(definition.title)}</h4>")
        parts.append(f"<blockquote>{_p(definition.situation)}</blockquote>")
        parts.append(_p(DILEMMA_INTRO.format(done=stats.done, total=len(data.learners))))
        parts.append(_table(DILEMMA_CAPTION.format(title=definition.title), [COL_CHOICE, COL_COUNT],
                            [(text, str(count)) for text, count in stats.counts]))
    return _section("dilemmas", HEAD_DILEMMAS, "".join(parts))


def learners_section(data: ClassData, catalog: Catalog, show_names: bool) -> Section:
    rows = [(row.learner.label(show_names), row.learner.file.reference(show_names),
             long_date(row.learner.exported_at) if row.learner.exported_at else UNKNOWN_DATE,
             DONE.format(done=row.done, total=row.total), row.chapters, row.final)
            for row in sorted(learner_rows(data, catalog), key=lambda r: (len(r.learner.letters), r.learner.letters))]
    table = _table(LEARNERS_CAPTION, [COL_LEARNER, COL_FILE, COL_EXPORTED, COL_EXERCISES_DONE, COL_CHAPTERS,
                                      COL_FINAL], rows)
    return _section("cursisten", HEAD_LEARNERS, _p(LABELS_NOTE) + table + _p(LEARNERS_FINAL_NOTE))


def render_sections(data: ClassData, catalog: Catalog, show_names: bool = False) -> list[Section]:
    """Every part of the overview, in the order a teacher reads it."""
    if not data.files:
        return []
    sections = [files_section(data, catalog, show_names)]
    if not data.learners:
        return sections
    sections.append(exercises_section(data, catalog))
    scans = [d for d in catalog.definitions.values() if isinstance(d, Selfscan)]
    for definition in scans:
        earlier = catalog.get(definition.compare_with or "")
        if isinstance(earlier, Selfscan):
            sections.append(shift_section(data, earlier, definition))
    role_scan = catalog.get(ROLE_SCAN)
    if isinstance(role_scan, Selfscan):
        sections.append(roles_section(data, role_scan))
    sections += [scan_section(data, definition) for definition in scans]
    dilemmas = dilemmas_section(data, catalog)
    if dilemmas is not None:
        sections.append(dilemmas)
    sections.append(learners_section(data, catalog, show_names))
    return sections


def _messages(data: ClassData) -> str:
    lines = []
    if data.problem:
        lines.append(f'<p role="alert"><strong>{escape(data.problem)}</strong></p>')
    if data.learners and len(data.learners) < SMALL_GROUP:
        lines.append(_p(SMALL_GROUP_NOTE.format(minimum=SMALL_GROUP)))
    return "".join(lines)


def report_html(data: ClassData, catalog: Catalog, show_names: bool = False,
                sections: Sequence[Section] | None = None, intro: str = "") -> str:
    """The whole overview as one self-contained block of HTML."""
    sections = render_sections(data, catalog, show_names) if sections is None else sections
    return (f'<div class="coursekit-static coursekit-classview" lang="nl">{static.STYLE}{intro}'
            f"{_messages(data)}{''.join(s.html for s in sections)}</div>")


def _static_intro(folder: str) -> str:
    sample = _p(SAMPLE_NOTE.format(folder=folder)) if Path(folder).name == DEFAULT_FOLDER else ""
    return _p(STATIC_NOTE.format(folder=folder)) + sample + _p(PRIVACY_NOTE)


def static_html(data: ClassData, catalog: Catalog, sections: Sequence[Section] | None = None) -> str:
    """The static form for the online book and for saved notebooks: never any name."""
    return report_html(data, catalog, False, sections, _static_intro(data.folder))


def plain_text(data: ClassData) -> str:
    return PLAIN.format(folder=data.folder, learners=len(data.learners), skipped=len(data.skipped))


# --- The live view -------------------------------------------------------------------------------


@dataclass
class ClassOverview:
    """The live widget (folder, names, view) and the static HTML form of the first folder read."""

    catalog: Catalog
    folder: str = DEFAULT_FOLDER
    base: Path = field(default_factory=Path.cwd)
    show_names: bool = False
    data: ClassData = field(init=False)
    _sections: dict[bool, list[Section]] = field(default_factory=dict, init=False, repr=False)
    _view: Any = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.data = read_class(self.folder, self.base)

    def sections(self, show_names: bool) -> list[Section]:
        if show_names not in self._sections:
            self._sections[show_names] = render_sections(self.data, self.catalog, show_names)
        return self._sections[show_names]

    def static_html(self) -> str:
        return static_html(self.data, self.catalog, self.sections(False))

    def read(self, folder: str) -> None:
        """Read another folder (the widget calls this)."""
        self.folder = folder
        self.data = read_class(folder, self.base)
        self._sections = {}

    # The widget: built once, on first display.

    def widget(self):
        if self._view is None:
            self._view = self._build()
        return self._view

    def _build(self):
        import ipywidgets as widgets

        style = {"description_width": "initial"}
        self.folder_input = widgets.Text(value=self.folder, description=LABEL_FOLDER, placeholder=FOLDER_PLACEHOLDER,
                                         style=style, continuous_update=False,
                                         layout=widgets.Layout(width="auto", flex="1 1 24em"))
        self.read_button = widgets.Button(description=BUTTON_READ, icon="folder-open", tooltip=BUTTON_READ,
                                          layout=widgets.Layout(width="auto"))
        self.names = widgets.Checkbox(value=self.show_names, description=LABEL_SHOW_NAMES, indent=False,
                                      layout=widgets.Layout(width="auto"))
        self.view = widgets.Dropdown(description=LABEL_VIEW, style=style, layout=widgets.Layout(width="auto"))
        self.output = widgets.HTML(layout=widgets.Layout(width="100%"))
        self.read_button.on_click(lambda _: self.refresh(reread=True))
        self.folder_input.observe(self._folder_changed, names="value")
        self.names.observe(lambda change: self.refresh(), names="value")
        self.view.observe(lambda change: self.show(), names="value")
        self.refresh(reread=False)
        intro = widgets.HTML(f"<p><strong>{escape(TITLE)}</strong></p>{_p(INTRO)}{_p(PRIVACY_NOTE)}")
        return widgets.VBox([intro, widgets.HBox([self.folder_input, self.read_button],
                                                  layout=widgets.Layout(flex_flow="row wrap")),
                             widgets.HBox([self.names, self.view], layout=widgets.Layout(flex_flow="row wrap")),
                             self.output], layout=widgets.Layout(width="100%"))

    def _folder_changed(self, change: dict) -> None:
        if change["new"] != self.folder:
            self.refresh(reread=True)

    def refresh(self, reread: bool = False) -> None:
        if reread:
            self.read(self.folder_input.value)
        self.show_names = self.names.value
        sections = self.sections(self.show_names)
        current = self.view.value
        options = [(VIEW_ALL, "")] + [(s.title, s.key) for s in sections]
        self.view.options = options
        self.view.value = current if current in {key for _, key in options} else ""
        self.show()

    def show(self) -> None:
        sections = self.sections(self.names.value)
        chosen = [s for s in sections if s.key == self.view.value] or sections
        self.output.value = report_html(self.data, self.catalog, self.names.value, chosen)

    def _repr_mimebundle_(self, include=None, exclude=None, **kwargs):
        bundle = LiveAndStatic(self.widget(), self.static_html(), plain_text(self.data))
        return bundle._repr_mimebundle_(include, exclude)


def class_overview(folder: str = DEFAULT_FOLDER, *, show_names: bool = False) -> ClassOverview | Message:
    """The class overview of the exports in ``folder`` (relative to the current folder, or a full path).

    ``show_names`` only sets the starting value of the checkbox "Namen tonen" in the live view;
    the static form never shows names. Returns a Dutch :class:`~coursekit.display.Message` when
    the course folder itself cannot be found.
    """
    try:
        root = paths.project_root()
    except paths.ProjectRootNotFound as error:
        return Message(str(error))
    return ClassOverview(load_catalog(root), str(folder), Path.cwd(), show_names)
