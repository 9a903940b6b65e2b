"""Two real processes (two kernels) saving at the same time: no answer is lost."""

from __future__ import annotations

import multiprocessing

import pytest

from ck_helpers import reflection
from coursekit.store import AnswerStore

SAVES_PER_PROCESS = 25


def save_many(store_path: str, chapter: int, start, ready) -> None:
    store = AnswerStore(store_path)
    ready.put(chapter)
    start.wait()
    for number in range(SAVES_PER_PROCESS):
        store.save(reflection(f"antwoord {number}", f"h{chapter}-vraag-{number}", chapter=chapter))


@pytest.mark.slow  # starts two Python processes
def test_two_processes_saving_concurrently_keep_every_answer(course):
    context = multiprocessing.get_context("spawn")
    start, ready = context.Event(), context.Queue()
    workers = [
        context.Process(target=save_many, args=(str(course.store_path), chapter, start, ready)) for chapter in (1, 2)
    ]
    for worker in workers:
        worker.start()
    assert sorted(ready.get(timeout=60) for _ in workers) == [1, 2]
    start.set()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    answers = AnswerStore(course.store_path).answers()
    assert len(answers) == 2 * SAVES_PER_PROCESS
    assert answers["h2-vraag-24"].value["responses"][0]["text"] == "antwoord 24"
