"""A new exercise type is one folder and one fixture entry (CONTRIBUTING.md).

The test does what the guide says, in a copy of the package and of the type tests: it copies
``exercise_types/_template`` to a new folder (with its label, ``label`` in its __init__.py) and adds
one exercise to the fixture, and regenerates the schemas. It then checks that nothing else had to
change, and runs the type contract (tests/toolkit/test_exercise_types.py) on the copy: the registry
finds the new type, the schemas accept its definition, a sample answer is valid and its static form
renders. With esbuild installed (`npm ci`), the page's bundle built from the copy holds its view.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEW = "example"  # the template's own name: a copy into a folder of that name is a working type
ENTRY = f"""
  - id: h1-voorbeeld
    type: {NEW}
    title: "Een nieuw type, uit _template"
    question: "Wat laat dit <nieuwe> type zien?"
"""
# What the copy needs to run the type contract: the package, the tests and what their conftest uses.
COPIED = (
    "src/coursekit",
    "tests/conftest.py",
    "tests/helpers.py",
    "tests/pagecalls.py",  # the portfolio's blocks are the view's, run in Node (tests/page/run.mjs)
    "tests/page/run.mjs",
    "tests/page/harness.mjs",
    "tests/page/register.mjs",
    "tests/page/resolve.mjs",
    "tests/fixtures",
    "tests/toolkit/test_exercise_types.py",
    "book/_ext/notebook_kernels.py",
    "conftest.py",
    "pyproject.toml",
)


def files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def run(copy: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(copy / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, *args], cwd=copy, env=env, capture_output=True, text=True, timeout=300)


def test_a_new_type_is_one_folder_and_one_fixture_entry(tmp_path):
    copy = tmp_path / "boek"
    for name in COPIED:
        source, target = ROOT / name, copy / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target)
    before = files(copy)
    types = copy / "src" / "coursekit" / "exercise_types"

    # The guide's two steps.
    shutil.copytree(types / "_template", types / NEW)
    fixture = copy / "tests" / "fixtures" / "every-type.yml"
    fixture.write_text(fixture.read_text(encoding="utf-8") + ENTRY, encoding="utf-8")

    after = files(copy)
    added = sorted(set(after) - set(before))
    edited = sorted(name for name in before if after.get(name) != before[name])
    folder = f"src/coursekit/exercise_types/{NEW}/"
    assert all(name.startswith(folder) for name in added), f"een nieuw type voegt meer toe dan zijn map: {added}"
    assert {name.removeprefix(folder) for name in added} == {"__init__.py", "template.html", "view.js"}
    assert edited == ["tests/fixtures/every-type.yml"], edited

    generated = run(copy, "-m", "coursekit.schemas")
    assert generated.returncode == 0, generated.stderr
    where = run(copy, "-c", "import coursekit.exercise_types as t; print(t.__file__); print(*t.REGISTRY)")
    assert where.stdout.splitlines() == [
        str(types / "__init__.py"),
        f"reflection selfscan multiple_choice matching dilemma forcefield {NEW}",
    ], where.stderr
    tested = run(copy, "-m", "pytest", "-v", "-p", "no:cacheprovider", "tests/toolkit/test_exercise_types.py")
    assert tested.returncode == 0, tested.stdout[-3000:] + tested.stderr[-2000:]
    ran = [line for line in tested.stdout.splitlines() if f"[{NEW}]" in line]
    assert len(ran) >= 5 and all("PASSED" in line for line in ran), ran

    # The page: its label reaches the page's texts, and the bundle holds its view (found by walking).
    esbuild = ROOT / "node_modules" / "esbuild" / "bin" / "esbuild"
    if not esbuild.is_file() or not shutil.which("node"):
        message = "esbuild is missing: run `npm ci` in the repository root (package.json pins it)"
        if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    script = f"""
import json, pathlib
from coursekit import page
modules = page.generate(pathlib.Path("generated"), page.page_data())
bundle = page.bundled(page.ENTRY, modules, "", esbuild=pathlib.Path({str(esbuild)!r}))
print(json.dumps({{"labels": page.page_data()["texts"]["TYPE_LABELS"], "bundle": bundle}}))
"""
    built = run(copy, "-c", script)
    assert built.returncode == 0, built.stderr[-3000:]
    found = json.loads(built.stdout)
    assert found["labels"][NEW] == "Voorbeeldvraag", found["labels"]
    assert f"exercise_types/{NEW}/view.js" in found["bundle"], "de paginabundel mist de weergave van het nieuwe type"
    assert "ExampleView" in found["bundle"]
