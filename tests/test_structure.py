"""The book's structure: the toc, the chapter template, notebooks committed without outputs."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import yaml

from helpers import NOTEBOOKS, ROOT, chapter_pages, exercise_notebooks, resolve, toc_files


def test_every_toc_entry_exists():
    missing = [name for name in toc_files() if resolve(name) is None]
    assert not missing, f"_toc.yml noemt bestanden die niet bestaan: {missing}"


def test_every_chapter_and_notebook_is_in_the_toc():
    listed = set(toc_files())
    pages = [p.relative_to(ROOT).with_suffix("").as_posix() for p in chapter_pages()]
    notebooks = [p.relative_to(ROOT).with_suffix("").as_posix() for p in exercise_notebooks()]
    orphans = [name for name in pages + notebooks if name not in listed]
    assert not orphans, f"Niet opgenomen in _toc.yml: {orphans}"


def test_each_chapter_has_its_own_notebook():
    for page in chapter_pages():
        notebook = ROOT / "notebooks" / f"{page.stem}.ipynb"
        assert notebook.is_file(), f"{page.name}: notebook {notebook.name} ontbreekt"
        definitions = ROOT / "notebooks" / "oefeningen" / f"{page.stem}.yml"
        assert definitions.is_file(), f"{page.name}: oefeningen {definitions.name} ontbreken"


TEMPLATE = [
    ("In het kort", r":::\{admonition\} In het kort"),
    ("Leerdoelen", r"\*\*Leerdoelen\.?\*\*"),
    ("Studietijd", r"\*\*Studietijd\.?\*\*"),
    ("Uit het college", r"^## Uit het college"),
    ("Verdieping", r"^## Verdieping"),
    ("Uit de praktijk", r"^## Uit de praktijk"),
    ("Oefeningen", r"^## Oefeningen"),
    ("Opdracht-label", r"^\(h\d\d-opdracht\)=\n## Opdracht"),
    ("Leeslijst", r"^## Leeslijst"),
    ("Bronnen", r"^## Bronnen"),
    ("bibliografie", r"```\{bibliography\}"),
]


@pytest.mark.parametrize("page", chapter_pages(), ids=lambda p: p.name)
def test_chapter_follows_the_template(page):
    text = page.read_text(encoding="utf-8")
    missing = [name for name, pattern in TEMPLATE if not re.search(pattern, text, re.M)]
    assert not missing, f"{page.name} mist onderdelen van het hoofdstuksjabloon: {missing}"
    links = re.findall(r"```\{oefenlinks\}\s+(\S+)", text)
    assert links == [f"notebooks/{page.stem}.ipynb"], f"{page.name}: oefenlinks {links}"
    assert re.search(r"```\{exercise\}", text), f"{page.name}: geen kennisvraag ({{exercise}})"


def section(text: str, heading: str) -> str:
    """The body of one `## heading` section, up to the next `## ` heading."""
    match = re.search(rf"^## {heading}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    return match.group(1) if match else ""


@pytest.mark.parametrize("page", chapter_pages(), ids=lambda p: p.name)
def test_reading_list_has_required_and_recommended_literature(page):
    text = page.read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert "Leeslijst" in headings, f"{page.name}: geen ## Leeslijst"
    order = [headings.index(h) for h in ("Opdracht", "Leeslijst", "Bronnen")]
    assert order == sorted(order), f"{page.name}: Leeslijst hoort tussen Opdracht en Bronnen"
    reading = section(text, "Leeslijst")
    parts = re.split(r"^\*\*(Verplicht|Aanbevolen)\*\*\s*$", reading, flags=re.M)
    found = dict(zip(parts[1::2], parts[2::2]))
    for part in ("Verplicht", "Aanbevolen"):
        assert part in found, f"{page.name}: Leeslijst zonder **{part}**"
        items = re.findall(r"^- \{cite:t\}`[^`]+`", found[part], re.M)
        assert items, f"{page.name}: Leeslijst, {part}: geen titels met {{cite:t}}"
    assert len(re.findall(r"^- ", found["Verplicht"], re.M)) <= 3, (
        f"{page.name}: houd de verplichte literatuur kort (hoogstens drie titels)"
    )


def exercise_definitions():
    for path in sorted((NOTEBOOKS / "oefeningen").glob("*.yml")):
        yield path, yaml.safe_load(path.read_text(encoding="utf-8"))["exercises"]


@pytest.mark.parametrize("path, exercises", list(exercise_definitions()), ids=lambda x: getattr(x, "name", ""))
def test_every_chapter_has_an_application_question_with_feedback_per_answer(path, exercises):
    chapter = int(path.name[:2])
    applied = [e for e in exercises if e["id"].startswith(f"h{chapter}-toepassing-")]
    assert applied, f"{path.name}: geen toepassingsvraag (id h{chapter}-toepassing-...)"
    for exercise in applied:
        assert exercise["type"] == "multiple_choice", f"{exercise['id']}: geen multiple_choice"
        options = exercise["options"]
        assert len(options) >= 3, f"{exercise['id']}: minder dan drie antwoorden"
        assert sum(bool(o.get("correct")) for o in options) == 1, f"{exercise['id']}: niet één goed antwoord"
        bare = [o["text"] for o in options if len(str(o.get("feedback", "")).split()) < 8]
        assert not bare, f"{exercise['id']}: antwoorden zonder uitgelegde feedback: {bare}"


def application_questions() -> dict[str, dict]:
    return {
        e["id"]: e
        for _path, exercises in exercise_definitions()
        for e in exercises
        if re.fullmatch(r"h\d+-toepassing-.+", e["id"])
    }


def test_application_questions_test_judgement_not_recognition():
    """Issue 25: four options, a partly right distractor, and feedback that explains the judgement."""
    questions = application_questions()
    assert len(questions) == 10, f"verwacht één toepassingsvraag per hoofdstuk, gevonden: {sorted(questions)}"
    for qid, exercise in questions.items():
        options = exercise["options"]
        assert len(options) >= 4, f"{qid}: minder dan vier antwoorden; voeg een plausibele afleider toe"
        keyed = next(o for o in options if o["correct"])
        assert len(keyed["feedback"].split()) >= 40, f"{qid}: de feedback bij het goede antwoord legt te weinig uit"
        thin = [o["text"] for o in options if len(o["feedback"].split()) < 20]
        assert not thin, f"{qid}: feedback van minder dan twintig woorden bij {thin}"
        partly = [o for o in options if not o["correct"] and o["feedback"].startswith("Deels")]
        assert partly, f"{qid}: geen afleider die deels klopt (feedback die begint met 'Deels')"
        openings = [" ".join(o["feedback"].split()[:6]) for o in options]
        assert len(set(openings)) == len(openings), f"{qid}: feedback begint bij meerdere antwoorden gelijk"


def test_application_question_h3_credits_the_weak_incentive_and_explains_blocking_power():
    options = application_questions()["h3-toepassing-akkoord"]["options"]
    incentive = next(o for o in options if "prikkel" in o["text"])
    assert incentive["feedback"].startswith("Deels"), "h3: 'geen prikkel' is deels goed; zeg dat in de feedback"
    assert "blokkade" in incentive["feedback"], "h3: leg uit waarom de zwakke prikkel de blokkademacht groot maakt"
    keyed = next(o for o in options if o["correct"])
    assert " en wie niet aan tafel zit" not in keyed["text"], "h3: het goede antwoord bundelt weer twee risico's"
    assert "prikkel" in keyed["feedback"], "h3: de feedback bij het goede antwoord noemt de zwakke prikkel niet"


def test_application_question_h6_names_the_deciding_argument_for_the_lead_organisation():
    exercise = application_questions()["h6-toepassing-netwerkvorm"]
    assert "eens" in exercise["question"], "h6: de vraag moet de doelconsensus vastleggen"
    lead = next(o for o in exercise["options"] if "leidende organisatie" in o["text"].lower())
    assert not lead["correct"]
    feedback = lead["feedback"]
    assert "doelen" in feedback and "vertrouw" in feedback, (
        "h6: noem bij de leidende organisatie de doelconsensus en wat vertrouwen zou veranderen"
    )
    assert "Provan en Kenis" in feedback, "h6: verwijs bij de leidende organisatie naar Provan en Kenis"


def test_application_question_h9_has_the_strong_distractors_and_names_article_68():
    options = application_questions()["h9-toepassing-kamerbrief"]["options"]
    texts = " ".join(o["text"] for o in options if not o["correct"])
    assert "Opgave 1" in texts and "loyaal" in texts, "h9: loyaal en effectief dienen ontbreekt als afleider"
    assert "Opgave 4" in texts and "integriteit" in texts, "h9: integriteit ontbreekt als afleider"
    keyed = next(o for o in options if o["correct"])
    assert "Artikel 68" in keyed["feedback"] or "artikel 68" in keyed["feedback"], "h9: noem artikel 68 Grondwet"
    assert "Ongekend onrecht" in keyed["feedback"], "h9: noem de les van Ongekend onrecht"


@pytest.mark.parametrize("path, exercises", list(exercise_definitions()), ids=lambda x: getattr(x, "name", ""))
def test_every_selfscan_notes_the_limits_of_self_report(path, exercises):
    silent = [
        e["id"] for e in exercises if e["type"] == "selfscan" and "Over zelfrapportage:" not in e.get("instruction", "")
    ]
    assert not silent, f"{path.name}: zelfscans zonder noot over zelfrapportage: {silent}"


@pytest.mark.parametrize("notebook", exercise_notebooks(), ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(notebook):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    dirty = [
        i for i, c in enumerate(cells) if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count"))
    ]
    assert not dirty, f"{notebook.name}: cellen met uitvoer {dirty}; sla het notebook leeg op"


LEARNER_NOTEBOOKS = [p for p in exercise_notebooks() if p.parent == NOTEBOOKS]


@pytest.mark.parametrize("notebook", LEARNER_NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_menu_instructions_stay_out_of_the_page(notebook):
    """Readers of the online book do the exercises on the page: there is no Run menu there. The
    notebook's how-to (menus, Voila, Binder) is for JupyterLab and is removed from the page."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    shown = [
        i
        for i, c in enumerate(cells)
        if c["cell_type"] == "markdown"
        and "remove-cell" not in c.get("metadata", {}).get("tags", [])
        and "Run All" in "".join(c["source"])
    ]
    assert not shown, f"{notebook.name}: cellen {shown} leggen het menu uit maar staan op de pagina"
    assert any(
        "remove-cell" in c.get("metadata", {}).get("tags", []) and "Run All" in "".join(c["source"]) for c in cells
    ), f"{notebook.name}: de uitleg voor JupyterLab ontbreekt"


def test_nbval_collects_every_notebook():
    """A notebook that nbval would silently skip is a notebook nobody tests."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-p",
            "no:xdist",
            "-o",
            "addopts=",
            "--nbval-lax",
            "--nbval-current-env",
            "notebooks",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    collected = {line.split("::")[0] for line in result.stdout.splitlines() if "::" in line}
    expected = {p.relative_to(ROOT).as_posix() for p in exercise_notebooks()}
    assert expected, "geen notebooks gevonden"
    assert expected <= collected, f"nbval verzamelt niet: {sorted(expected - collected)}"
