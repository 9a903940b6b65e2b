"""Helpers for the class page's tests (tests/page/test_class_*.py): its script, Node, the runner.

The script is built from the sources (``coursekit.classpage.write``), not minified; it needs unzipit
from ``npm ci`` and Node (20 or newer). Without them the tests are skipped with a message saying how
to install them, and fail in CI.
"""

from __future__ import annotations

import atexit
import base64
import functools
import json
import os
import selectors
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from coursekit import classpage
from coursekit.classview.read import Folder, read_folder

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
SAMPLES = ROOT / "notebooks" / "docent" / "voorbeeld-exports"
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def missing(message: str):
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def node() -> str:
    found = shutil.which("node")
    if not found:
        missing("Node.js is missing: install Node 20 or newer (Debian: apt-get install nodejs)")
    return str(found)


@functools.cache
def _built() -> Path:
    script, _ = classpage.write(Path(tempfile.mkdtemp(prefix="coursekit-klas-")), ROOT)
    return script


def build_script() -> Path:
    """The class page's script, built once per test process (into a temporary folder)."""
    if classpage.find_library(ROOT) is None:
        missing("unzipit is missing: run `npm ci` in the repository root (package.json pins it)")
    return _built()


def run(
    script: Path,
    files: list[tuple[str, Path]] | list[dict] | None = None,
    *,
    calls=(),
    show_names: bool = False,
    stopped: bool = False,
    worker: bool = False,
) -> dict:
    """What the page makes of ``files`` ((name in the overview, path on disk) each, or the dicts of
    :func:`handed`) and of ``calls``;
    ``stopped``: as if "Stop" was pressed before reading began; ``worker``: read as the Web Worker
    reads (classworker.js), its messages cloned as they cross to the page."""
    request: dict = {
        "script": str(script),
        "calls": [list(call) for call in calls],
        "show_names": show_names,
        "stopped": stopped,
        "worker": worker,
    }
    if files is not None:
        request["files"] = [one if isinstance(one, dict) else {"path": one[0], "file": str(one[1])} for one in files]
    return _runner().ask(request)


class _Runner:
    """class_run.mjs, started once per test process and kept: one request per line, one answer per
    line (a Node process per call cost most of the class tests' time)."""

    TIMEOUT = 300

    def __init__(self) -> None:
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (open as long as the process runs)
        self.process = subprocess.Popen(
            [node(), str(HERE / "class_run.mjs")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            encoding="utf-8",
        )

    def stderr(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")[-3000:]

    def ask(self, request: dict) -> dict:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(self.TIMEOUT):
                self.close()
                raise AssertionError(f"class_run.mjs gave no answer in {self.TIMEOUT} s\n{self.stderr()}")
        line = self.process.stdout.readline()
        assert line, f"class_run.mjs stopped\n{self.stderr()}"
        reply = json.loads(line)
        assert "error" not in reply, reply.get("error", "")[-3000:] + "\n" + self.stderr()
        return reply["ok"]

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


_RUNNERS: list[_Runner] = []


def _runner() -> _Runner:
    if not _RUNNERS or _RUNNERS[-1].process.poll() is not None:
        _RUNNERS.append(_Runner())
        atexit.register(_RUNNERS[-1].close)
    return _RUNNERS[-1]


def handed(found: Folder) -> list[dict]:
    """What the notebook's kernel hands its view (coursekit.classview.widget): the bytes of each
    file read, or why it was not read."""
    return [
        {"path": one.path, "problem": one.problem}
        if one.data is None
        else {"path": one.path, "base64": base64.b64encode(one.data).decode("ascii")}
        for one in found.files
    ]


def notebook(script: Path, folder: str | Path, base: Path | None = None, **options) -> dict:
    """What the teacher's notebook shows of ``folder``: the kernel lists and reads it
    (:func:`coursekit.classview.read.read_folder`), the class page's script does the rest. The
    overview gets ``problem`` of the folder itself when the kernel found one."""
    found = read_folder(folder, base)
    if found.problem:
        return {"problem": found.problem, "files": [], "learners": [], "skipped": [], "notes": []}
    return run(script, handed(found), **options)["overview"]
