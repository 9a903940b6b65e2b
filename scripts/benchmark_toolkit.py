"""Benchmark of the exercise toolkit (coursekit): not a test, a report.

    python scripts/benchmark_toolkit.py

Measures, on this machine:
  1. saving one answer when the store already holds 500 answers   (target: under 20 ms)
  2. importing the package in a fresh Python process (cold)        (target: under 0.5 s)
  3. exporting a full portfolio of 500 answers (.html, .md, .json) (target: under 0.5 s): the
     exporter of the page and the notebook (page/portfolio.js, in Node) and the kernel writing the files
Everything runs in a temporary folder; no learner's answers are touched.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src"
sys.path.insert(0, str(SOURCE))
sys.path.insert(0, str(SOURCE.parent / "tests"))  # pagecalls: the page's modules in Node

from coursekit.answers import Answer  # noqa: E402
from coursekit.definitions import Catalog, load_catalog  # noqa: E402
from coursekit.notebook.portfolio import write_export  # noqa: E402
from coursekit.paths import ProjectRootNotFound, project_root  # noqa: E402
from coursekit.store import AnswerStore  # noqa: E402
from pagecalls import build_export  # noqa: E402

ANSWERS = 500
REPEATS = 15
PARAGRAPH = (
    "Ik merk dat de opgave in mijn dossier pas echt leidend wordt als de partners ook aan tafel "
    "zitten bij het begin, niet pas bij de uitvoering. "
) * 4


def sample_answers(count: int) -> dict[str, Answer]:
    """A realistic mix: reflections with a few paragraphs, self-scans, forcefields, quizzes."""
    answers = {}
    for number in range(count):
        chapter = 1 + number % 10
        exercise_id = f"h{chapter}-oefening-{number}"
        kind = number % 4
        if kind == 0:
            value = {"responses": [{"prompt": f"Vraag {i}", "text": PARAGRAPH} for i in range(3)]}
            answer = Answer.create(exercise_id, chapter, "reflection", value)
        elif kind == 1:
            value = {
                "scale": ["helemaal niet", "weinig", "enigszins", "sterk", "zeer sterk"],
                "ratings": [{"statement": f"Stelling {i}", "score": 1 + i % 5, "note": "kort"} for i in range(15)],
            }
            answer = Answer.create(exercise_id, chapter, "selfscan", value)
        elif kind == 2:
            forces = [{"force": f"Kracht {i}", "strength": 1 + i % 5, "influence": "enige"} for i in range(6)]
            value = {"forces": forces}
            answer = Answer.create(exercise_id, chapter, "forcefield", value)
        else:
            value = {
                "question": "Wat is opgavegericht werken?",
                "choice": "De opgave is leidend",
                "correct": True,
                "attempts": 1,
            }
            answer = Answer.create(exercise_id, chapter, "multiple_choice", value)
        answers[exercise_id] = answer
    return answers


def timed(action, repeats: int = REPEATS) -> list[float]:
    results = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        results.append(time.perf_counter() - start)
    return results


def report(label: str, seconds: list[float], target: float) -> bool:
    median = statistics.median(seconds)
    verdict = "OK" if median < target else "TOO SLOW"
    print(
        f"{label:<48} median {median * 1000:8.1f} ms   max {max(seconds) * 1000:8.1f} ms"
        f"   target < {target * 1000:.0f} ms   {verdict}"
    )
    return median < target


def benchmark_save(folder: Path, answers: dict[str, Answer]) -> bool:
    store = AnswerStore(folder / "antwoorden.json")
    store.merge(answers.values())
    size = store.path.stat().st_size
    one = next(iter(answers.values()))

    def save(into: AnswerStore) -> None:
        into.save(Answer.create(one.exercise_id, one.chapter, one.type, one.value))

    ok = report(f"save 1 answer ({ANSWERS} in store, {size / 1024:.0f} KiB)", timed(lambda: save(store)), 0.020)
    report("  first save of a new kernel (parses the file)", timed(lambda: save(AnswerStore(store.path))), 0.020)
    return ok


def benchmark_import() -> bool:
    code = "import time; t = time.perf_counter(); import coursekit; print(time.perf_counter() - t)"
    env = {**os.environ, "PYTHONPATH": str(SOURCE)}
    inside, whole = [], []
    for _ in range(5):
        start = time.perf_counter()
        output = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        whole.append(time.perf_counter() - start)
        inside.append(float(output.stdout))
    ok = report("import coursekit (cold, in a new process)", inside, 0.5)
    report("  the same, including Python start-up", whole, 0.5)
    return ok


def benchmark_export(folder: Path, answers: dict[str, Answer]) -> bool:
    try:
        catalog = load_catalog(project_root())
    except ProjectRootNotFound:
        catalog = Catalog()

    def export() -> None:
        bundle = build_export(answers, catalog, name="Benchmark")
        documents = {"html": bundle.html, "md": bundle.markdown, "json": bundle.json}
        write_export(folder / "portfolio", bundle.basename, documents)

    results = timed(export, repeats=5)
    size = sum(p.stat().st_size for p in (folder / "portfolio").iterdir()) / 3
    return report(f"export full portfolio ({ANSWERS} answers, {size / 1024:.0f} KiB/file)", results, 0.5)


def main() -> int:
    answers = sample_answers(ANSWERS)
    with tempfile.TemporaryDirectory() as folder:
        results = [benchmark_save(Path(folder), answers), benchmark_import(), benchmark_export(Path(folder), answers)]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
