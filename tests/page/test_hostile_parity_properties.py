"""Property tests of both readers against nested, huge and odd exports (issue 28).

Hypothesis writes exports as JSON text (so they can nest deeper than Python itself could write or
read), as a .json file, an HTML data block or a Markdown comment, with a huge text now and then.
For each: the learner's import (``read_export``) and the page's reader (``readExport``, in Node)
never raise anything but a refusal, and agree on whether the file is accepted and, if not, why (the
page has a Dutch reason for each refusal); the notebook's class overview (its kernel reads the
folder, the page's script the files) and the class page given the files give every file a place
(a learner or a reason) and agree on which files they use. The fast-check twin on the page alone
is ``properties.test.mjs``.
"""

from __future__ import annotations

import base64
import functools
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classtools import build_script, notebook, run
from coursekit.formatting import json_for_script
from coursekit.portfolio.format import ExportProblem, Problem, read_export
from coursekit.schemas.compose import MAX_DEPTH

SETTINGS = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
MOMENT = "2026-11-27T10:00:00.000+00:00"
HOLE = '"@@"'  # where the odd part goes

# The places in an export an odd value can take.
SLOTS = ("exercise_id", "chapter", "value", "responses", "text", "name", "exported_at", "answers", "version", "root")
# Deep enough to pass the limit, Python's own (about 1,000) and the page's stack (about 5,000 in Node).
depths = st.one_of(
    st.integers(0, MAX_DEPTH + 2),
    st.sampled_from([MAX_DEPTH - 6, MAX_DEPTH - 5, MAX_DEPTH - 4, 984, 989, 1200, 5000, 12000]),
)
scalars = st.sampled_from(['"x"', "1", "-0", "1e400", "null", "true", '"\\ud800"', '"]]]"', '""', "{}", "[]"])
huge = st.sampled_from([0, 0, 0, 70_000, 1_500_000])


def markdown_comment(text: str) -> str:
    """The data block of a Markdown export (as page/portfolio.js writes it)."""
    return f"<!-- coursekit-portfolio:{base64.b64encode(text.encode('utf-8')).decode('ascii')} -->"


@st.composite
def odd_exports(draw) -> bytes:
    slot = draw(st.sampled_from(SLOTS))
    shape = draw(st.lists(st.sampled_from("[{"), min_size=0, max_size=1).map(lambda x: x[0] if x else "["))
    depth = draw(depths)
    mixed = draw(st.booleans())
    inner = draw(scalars)
    openings, closings = [], []
    for index in range(depth):
        kind = ("[{"[index % 2]) if mixed else shape
        openings.append("[" if kind == "[" else '{"k":')
        closings.append("]" if kind == "[" else "}")
    odd = "".join(openings) + inner + "".join(reversed(closings))
    text = "t" * draw(huge)
    record = {
        "exercise_id": "h1-reflectie",
        "chapter": 1,
        "type": "reflection",
        "value": {"responses": [{"prompt": "Vraag", "text": text}]},
        "updated_at": MOMENT,
        "edition": "",
        "definition": "",
    }
    document: dict = {
        "format": "coursekit-portfolio",
        "schema_version": 2,
        "exported_at": MOMENT,
        "edition": "",
        "name": draw(st.sampled_from(["Sam", "Jan de Vries", "", "Ann\u00e9"])),
        "answers": [record],
    }
    if slot in ("exercise_id", "chapter", "value"):
        record[slot] = "@@"
    elif slot in ("responses", "text"):
        record["value"] = {"responses": "@@"} if slot == "responses" else {"responses": [{"prompt": "V", "text": "@@"}]}
    elif slot in ("name", "exported_at", "answers"):
        document[slot] = "@@"
    elif slot == "version":
        document["schema_version"] = "@@"
    body = json.dumps(document, ensure_ascii=False)
    body = odd if slot == "root" else body.replace(HOLE, odd, 1)
    wrapper = draw(st.sampled_from(["json", "html", "md", "bom"]))
    if wrapper == "html":
        body = (
            f'<!DOCTYPE html><script type="application/json" id="coursekit-portfolio">{json_for_script(body)}</script>'
        )
    elif wrapper == "md":
        body = "# Portfolio\n\n" + markdown_comment(body)
    elif wrapper == "bom":
        body = "\ufeff" + body
    return body.encode("utf-8", "surrogatepass")


@functools.cache
def _reasons() -> dict[str, str]:
    """The page's Dutch reason for each kind of refusal (classread.js, skipReason)."""
    kinds = [kind.value for kind in Problem]
    return dict(zip(kinds, run(build_script(), calls=[("skipReason", kind, 3) for kind in kinds])["calls"]))


def python_outcome(data: bytes) -> dict:
    try:
        parsed = read_export(data)
    except ExportProblem as problem:
        return {"problem": problem.kind.value}
    return {"answers": len(parsed.answers), "problems": len(parsed.problems)}


def page_outcome(result: dict) -> dict:
    if "problem" in result:
        return {"problem": result["problem"]}
    return {"answers": len(result["answers"]), "problems": len(result["problems"])}


@SETTINGS
@given(files=st.lists(odd_exports(), min_size=1, max_size=6))
def test_both_export_readers_never_raise_and_agree_on_what_they_accept(on_page, files):
    results = on_page(*[("readExport", base64.b64encode(data).decode()) for data in files])
    refused = []
    for data, result in zip(files, results):
        outcome = python_outcome(data)
        refused += [outcome["problem"]] if "problem" in outcome else []
        assert page_outcome(result) == outcome, data[:120]
    assert all(_reasons()[kind] for kind in refused)  # a Dutch reason for the teacher


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(files=st.lists(odd_exports(), min_size=1, max_size=5))
def test_both_class_readers_give_every_file_a_place_and_use_the_same_files(files):
    script = build_script()
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, data in enumerate(files, start=1):
            path = Path(folder) / f"export-{number}.json"
            path.write_bytes(data)
            paths.append((path.name, path))
        data = notebook(script, folder)  # never raises
        page = run(script, paths)["overview"]
    used = {learner["file"]["relative"] for learner in data["learners"]}
    skipped = {one["file"]["relative"] for one in data["skipped"]}
    assert used | skipped == {name for name, _ in paths} and not used & skipped
    assert all(one["reason"] for one in data["skipped"])
    assert {learner["file"]["relative"] for learner in page["learners"]} == used
    assert {one["file"]["relative"]: one["reason"] for one in page["skipped"]} == {
        one["file"]["relative"]: one["reason"] for one in data["skipped"]
    }
