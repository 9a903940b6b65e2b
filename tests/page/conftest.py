"""Fixtures for the page layer's tests: the generated modules, and Node to run the page's modules.

Node imports the ES modules of ``coursekit/page`` and ``exercise_types/*/view.js`` as they are; the
two generated modules (DATA and the types, :func:`coursekit.page.generate`) are written into a
temporary folder and resolved by ``register.mjs``. So these tests need Node (20 or newer) but not
``npm ci``. The browser tests in ``tests/browser/test_page_*.py`` check the script the book ships.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from pagecalls import generate

HERE = Path(__file__).parent
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def node_path() -> str:
    node = shutil.which("node")
    if not node:
        message = "Node.js is missing: install Node 20 or newer (Debian: apt-get install nodejs)"
        if IN_CI:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return node


@pytest.fixture(scope="session")
def node() -> str:
    return node_path()


REGISTER = HERE / "register.mjs"


@pytest.fixture(scope="session")
def page_modules(tmp_path_factory) -> Path:
    """The folder of the generated modules (DATA and the types) for Node: COURSEKIT_GENERATED."""
    return generate(tmp_path_factory.mktemp("page"))


@pytest.fixture(scope="session")
def on_page(page_modules):
    """Call the page's functions: on_page(("buildExport", ...), ...) -> their results."""
    node = node_path()

    def call(*calls):
        request = json.dumps({"calls": [list(c) for c in calls]})
        done = subprocess.run(
            [node, "--import", str(REGISTER), str(HERE / "run.mjs")],
            input=request,
            env={**os.environ, "COURSEKIT_GENERATED": str(page_modules)},
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return call
