"""Property-based tests of hostile input: whatever a file holds, the readers answer with a result
or a Dutch reason, in bounded time; what import accepts survives a round trip and shows in the
class overview; concurrent saves lose nothing, also with a coarse file-system clock."""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ck_helpers import LATER
from classtools import build_script, notebook, run
from coursekit.answers import Answer
from coursekit.classview.read import read_folder
from coursekit.definitions import Catalog
from coursekit.formatting import json_for_script
from coursekit.portfolio.format import ExportProblem, Problem, read_export
from coursekit.store import AnswerStore
from pagecalls import build_export, import_export

# A bounded time per example: a reader that hangs or crawls fails the test.
SETTINGS = settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
ids = st.from_regex(r"h[1-9]-[a-z0-9-]{1,12}", fullmatch=True)
moments = st.sampled_from(
    [
        LATER,
        "2026-11-27T10:00:00Z",
        "9999-12-31T23:59:59+00:00",
        "gisteren",
        5,
        None,
        "0001-01-01T00:00+05:00",
        "2026-02-30T10:00:00+00:00",
    ]
)
texts = st.text(max_size=40)
values = st.one_of(
    st.builds(lambda p, t: {"responses": [{"prompt": p, "text": t}]}, texts, texts),
    st.builds(
        lambda s, n: {"scale": ["a", "b", "c"], "ratings": [{"statement": s, "score": n, "note": ""}]},
        texts,
        st.one_of(st.none(), st.integers(-2, 5), st.booleans()),
    ),
    st.builds(lambda c, a: {"question": "V", "choice": c, "correct": True, "attempts": a}, texts, st.integers(-1, 3)),
    st.builds(
        lambda f, s, i: {"forces": [{"force": f, "strength": s, "influence": i}]},
        texts,
        st.one_of(st.none(), st.integers(0, 6)),
        st.sampled_from([None, "veel", "enige", "geen", "totaal"]),
    ),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
)
kinds = st.sampled_from(["reflection", "selfscan", "multiple_choice", "forcefield", "dilemma", "essay"])
entries = st.one_of(
    st.builds(
        lambda i, k, v, m: {"exercise_id": i, "chapter": int(i[1]), "type": k, "value": v, "updated_at": m},
        ids,
        kinds,
        values,
        moments,
    ),
    st.integers(),
    st.text(max_size=10),
    st.none(),
)
payloads = st.builds(
    lambda answers, name, version, moment: {
        "format": "coursekit-portfolio",
        "schema_version": version,
        "exported_at": moment,
        "name": name,
        "answers": answers,
    },
    st.lists(entries, max_size=4),
    st.one_of(st.text(max_size=30), st.integers(), st.none()),
    st.sampled_from([1, 1, 1, 0, 2, -1, True, "1", None]),
    moments,
)


@functools.cache
def _reasons() -> dict[str, str]:
    """The class overview's Dutch reason for each kind of refusal (classread.js, skipReason)."""
    kinds = [kind.value for kind in Problem]
    return dict(zip(kinds, run(build_script(), calls=[("skipReason", kind, 3) for kind in kinds])["calls"]))


def _as_file(payload: dict, suffix: str) -> bytes:
    text = json.dumps(payload, ensure_ascii=False)
    if suffix == "html":  # the data block of an HTML export
        text = f'<html><script type="application/json" id="coursekit-portfolio">{json_for_script(text)}</script></html>'
    return text.encode("utf-8", "surrogatepass")


@SETTINGS
@given(payload=payloads, suffix=st.sampled_from(["json", "html"]))
def test_whatever_import_accepts_exports_again_and_shows_in_the_class_overview(payload, suffix):
    try:
        parsed = read_export(_as_file(payload, suffix))
    except ExportProblem as problem:
        assert _reasons()[problem.kind.value]  # a Dutch reason for the teacher
        return
    bundle = build_export(parsed.answers, Catalog(), name=parsed.name)
    for document in (bundle.html, bundle.markdown, bundle.json):
        assert read_export(document.encode("utf-8")).answers == parsed.answers
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "export.html").write_text(bundle.html, encoding="utf-8")
        data = notebook(build_script(), folder, show_names=True)
        assert len(data["learners"]) == 1
        json.dumps(data, ensure_ascii=False).encode("utf-8")


@SETTINGS
@given(data=st.binary(max_size=600) | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_give_a_result_or_a_dutch_reason_for_every_reader(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "antwoorden.json"
        path.write_bytes(data)
        store = AnswerStore(path)
        store.answers()  # never raises: a damaged file is set aside with a Dutch notice
        assert all(notice.startswith("⚠") for notice in store.notices)
        report = import_export(data, "bestand.json", store, Catalog())
        assert report.summary.startswith(("✘", "Import van"))
        (Path(folder) / "map").mkdir()
        (Path(folder) / "map" / "bestand.html").write_bytes(data)
        read_folder(Path(folder) / "map")  # the kernel's part never raises (the page's: tests/page)


def _coarse_saver(store_path: str, chapter: int, count: int, start) -> None:
    """A kernel on a file system whose clock is coarse: every version of the file looks the same."""
    from coursekit import store as store_module

    real = os.fstat

    def coarse(descriptor):
        status = real(descriptor)
        return os.stat_result((status.st_mode, 1, 1, 1, 0, 0, 1000, 0, 0, 0))

    store_module.os.fstat = coarse  # type: ignore[attr-defined]
    store = AnswerStore(store_path)
    start.wait()
    for number in range(count):
        value = {"responses": [{"prompt": "Vraag", "text": f"antwoord {number}"}]}
        store.save(Answer.create(f"h{chapter}-vraag-{number}", chapter, "reflection", value))
        store.get(f"h{chapter}-vraag-0")  # a read between saves, as a widget does


@pytest.mark.slow  # starts three Python processes
@pytest.mark.parametrize("processes", [3])
def test_concurrent_saves_with_a_coarse_clock_lose_nothing(tmp_path, processes):
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    path = tmp_path / "antwoorden.json"
    workers = [
        context.Process(target=_coarse_saver, args=(str(path), chapter, 15, start))
        for chapter in range(1, processes + 1)
    ]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    assert len(AnswerStore(path).answers()) == processes * 15


@SETTINGS
@given(entry=entries)
def test_the_fast_and_the_detailed_validator_agree(entry):
    """schemas.is_valid (fastjsonschema) and schemas.errors (jsonschema) read the same schema alike."""
    from coursekit import schemas

    assert schemas.is_valid("answer", entry) == (not list(schemas.errors("answer", entry)))
