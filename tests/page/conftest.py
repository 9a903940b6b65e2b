"""Fixtures for the page layer's tests: the built script, and Node to run it.

The script is built from the sources (``coursekit.page.build``) into a temporary folder, not
minified, so these tests need Node (20 or newer) but not ``npm ci``. The browser tests in
``tests/browser/test_page_*.py`` check the script the book ships.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from coursekit import page

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


@pytest.fixture(scope="session")
def page_script(tmp_path_factory) -> Path:
    script, _ = page.write(tmp_path_factory.mktemp("page"), book="tests")
    return script


@pytest.fixture(scope="session")
def on_page(page_script):
    """Call the page's functions: on_page(("buildExport", ...), ...) -> their results."""
    node = node_path()

    def call(*calls):
        request = json.dumps({"script": str(page_script), "calls": [list(c) for c in calls]})
        done = subprocess.run(
            [node, str(HERE / "run.mjs")], input=request, capture_output=True, text=True, check=False, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return call
