"""Issue 28, defect 6 on the class page: one export nested 5,000 deep is skipped with its reason;
the class around it is still read (it used to fail as a whole: "Het inlezen is mislukt")."""

from __future__ import annotations

import json

import pytest

from classtools import SAMPLES, build_script, notebook, run
from coursekit.schemas.compose import MAX_DEPTH
from coursekit.texts import teacher

MOMENT = "2026-11-27T10:00:00.000+00:00"
GOOD = SAMPLES / "portfolio-voorbeeldcursist-1-synthetisch-20261115-2101.html"


def deep_export(depth: int, where: str) -> bytes:
    record = {
        "exercise_id": "h1-reflectie",
        "chapter": 1,
        "type": "reflection",
        "value": {"responses": []},
        "updated_at": MOMENT,
        "edition": "",
        "definition": "",
    }
    record[where] = "@@"
    document = {
        "format": "coursekit-portfolio",
        "schema_version": 2,
        "exported_at": MOMENT,
        "edition": "",
        "name": "Diep",
        "answers": [record],
    }
    return json.dumps(document).replace('"@@"', "[" * depth + '"x"' + "]" * depth).encode("utf-8")


@pytest.mark.parametrize("where", ["exercise_id", "chapter"])
def test_6_a_deeply_nested_export_is_skipped_with_a_reason_and_the_class_still_reads(tmp_path, where):
    deep = tmp_path / "diep.json"
    deep.write_bytes(deep_export(5000, where))
    (tmp_path / "goed.html").write_bytes(GOOD.read_bytes())
    found = run(build_script(), [("diep.json", deep), ("goed.html", tmp_path / "goed.html")])["overview"]
    reason = teacher.SKIP_DAMAGED.format(detail=teacher.DAMAGED_DEPTH.format(depth=MAX_DEPTH))
    assert [(one["file"]["relative"], one["reason"]) for one in found["skipped"]] == [("diep.json", reason)]
    assert [one["name"] for one in found["learners"]] == ["Voorbeeldcursist 1 (synthetisch)"]
    # The notebook's overview says the same of the same folder.
    data = notebook(build_script(), tmp_path)
    assert [(one["file"]["relative"], one["reason"]) for one in data["skipped"]] == [("diep.json", reason)]
