"""Write the SYNTHETIC sample exports for the teacher's class overview.

    .venv/bin/python scripts/make_sample_exports.py          # (re)write notebooks/docent/voorbeeld-exports/
    .venv/bin/python scripts/make_sample_exports.py --check  # exit 1 if the folder is out of date

Every learner in these files is made up ("Voorbeeldcursist 1 (synthetisch)"), and every answer is
generated from the book's exercise definitions with a fixed random seed: running the script again
gives exactly the same files. The files are made with the portfolio's own exporter (``buildExport``
in ``src/coursekit/page/portfolio.js``, run in Node through ``tests/pagecalls.py``), so they are what a
learner's export from the page or from ``portfolio()`` is. The folder also holds:

- an earlier export of one learner (a duplicate: the class overview uses the newest one);
- a text file that explains the folder and is not an export (the overview reports it as skipped).

Run it again after changing an exercise in ``notebooks/oefeningen/``.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))  # pagecalls: the page's modules in Node

from coursekit.answers import Answer  # noqa: E402
from coursekit.definitions import Catalog, load_catalog  # noqa: E402
from coursekit.exercise_types import REGISTRY  # noqa: E402
from pagecalls import build_export  # noqa: E402

FOLDER = ROOT / "notebooks" / "docent" / "voorbeeld-exports"
COURSE_START = datetime(2026, 9, 7, 19, 0, tzinfo=timezone.utc)
NAME = "Voorbeeldcursist {number} (synthetisch)"
README_NAME = "LEESMIJ-synthetische-voorbeelden.txt"
README = """\
LEESMIJ - synthetische voorbeeldexports

Deze map hoort bij het notebook notebooks/docent/klasoverzicht.ipynb van het cursusboek
"Opgavegericht werken - ambtelijk vakmanschap 3.0".

Alle portfolio-exports in deze map zijn SYNTHETISCH: verzonnen cursisten ("Voorbeeldcursist 1
(synthetisch)" enzovoort) met antwoorden die een script met vaste toevalsgetallen heeft gemaakt
(scripts/make_sample_exports.py). Ze zeggen niets over echte cursisten of echte groepen.

Twee bestanden staan hier met opzet:
- een eerdere export van Voorbeeldcursist 2: het klasoverzicht herkent hem als dubbel en gebruikt
  de nieuwste export;
- dit LEESMIJ-bestand: het is geen export, dus het klasoverzicht meldt het als overgeslagen.
"""

# (learner number, chapters done, export format); the exports are made after the last chapter.
LEARNERS = (
    (1, range(1, 11), "html"),
    (2, range(1, 11), "html"),
    (3, range(1, 11), "md"),
    (4, range(1, 11), "html"),
    (5, range(1, 11), "json"),
    (6, (1, 2, 3, 4, 5, 6, 7, 8, 9), "html"),
    (7, (1, 2, 3, 4, 8, 9), "md"),
    (8, (1, 2, 3), "html"),
)
EARLIER_EXPORT = (2, (1, 2, 3, 4), "html")  # learner 2 also handed in an older, shorter export
FORCES = (
    "Verantwoording loopt per organisatie",
    "Het budget zit bij één directie",
    "Een politieke deadline",
    "Trekkers wisselen vaak",
    "Weinig tijd voor overleg",
    "Oud zeer tussen twee partijen",
)


def _moment(chapter: int, rng: random.Random) -> str:
    moment = COURSE_START + timedelta(weeks=chapter - 1, days=rng.randint(0, 5), minutes=rng.randint(0, 600))
    return moment.isoformat(timespec="milliseconds")


class SyntheticLearner:
    """Plausible but invented answers, the same every run (seeded by the learner's number).

    Each exercise type makes its own sample answer (``ExerciseType.sample``) from what this
    learner offers: a seeded random generator, a level, a favourite (role or choice), the scores
    of earlier self-scans, and texts that say they are synthetic.
    """

    forces = FORCES

    def __init__(self, number: int):
        self.number = number
        self.rng = random.Random(1000 + number)
        self.level = self.rng.choice((2, 3, 3, 4))  # how highly this learner tends to score
        self.favourite = self.rng.randrange(4)
        self.scores: dict[str, dict[str, int | None]] = {}

    def text(self, index: int) -> str:
        return (
            f"Synthetisch voorbeeldantwoord van Voorbeeldcursist {self.number} op vraag {index}. "
            "Geen echt antwoord: dit bestand is gemaakt om het klasoverzicht te laten zien."
        )

    def note(self) -> str:
        return "synthetisch voorbeeld"

    def bonus(self, statement: str) -> int:
        """In the second scan most learners rise a little, more often on 'Rugdekking' (quality 6)."""
        return 1 if statement.startswith("Rugdekking") else 0

    def answers(self, chapters, catalog: Catalog) -> dict[str, Answer]:
        found = {}
        for definition in catalog.definitions.values():
            if definition.chapter not in chapters:
                continue
            # Not every learner does every exercise: one in ten is skipped (never a self-scan).
            if definition.type != "selfscan" and self.rng.random() < 0.1:
                continue
            value = REGISTRY[definition.type].sample(definition, self)
            found[definition.id] = Answer(
                definition.id, definition.chapter, definition.type, value, _moment(definition.chapter, self.rng)
            )
        return found


def exports(catalog: Catalog) -> dict[str, str]:
    """{file name: content} of every file in the sample folder."""
    files = {README_NAME: README}
    for number, chapters, suffix in (EARLIER_EXPORT, *LEARNERS):
        answers = SyntheticLearner(number).answers(chapters, catalog)
        last = max(chapters)
        moment = COURSE_START + timedelta(weeks=last - 1, days=6, hours=1, minutes=number)
        bundle = build_export(answers, catalog, name=NAME.format(number=number), moment=moment)
        content = {"html": bundle.html, "md": bundle.markdown, "json": bundle.json}[suffix]
        files[f"{bundle.basename}.{suffix}"] = content
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that the folder is up to date")
    arguments = parser.parse_args()
    catalog = load_catalog(ROOT)
    wanted = exports(catalog)
    present = (
        {p.name: p.read_text(encoding="utf-8") for p in FOLDER.glob("*") if p.is_file()} if FOLDER.is_dir() else {}
    )
    if arguments.check:
        if present != wanted:
            print(f"{FOLDER.relative_to(ROOT)} is niet bijgewerkt: voer scripts/make_sample_exports.py uit.")
            return 1
        print(f"{FOLDER.relative_to(ROOT)}: {len(wanted)} bestanden, bijgewerkt.")
        return 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name in set(present) - set(wanted):
        (FOLDER / name).unlink()
    for name, content in wanted.items():
        (FOLDER / name).write_text(content, encoding="utf-8")
    print(f"{len(wanted)} bestanden geschreven in {FOLDER.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
