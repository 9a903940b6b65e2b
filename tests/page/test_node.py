"""The page layer's pure logic, tested with Node's own test runner (tests/page/*.test.mjs)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

HERE = Path(__file__).parent


def test_the_page_logic_passes_its_node_tests(node, page_modules):
    tests = sorted(str(path) for path in HERE.glob("*.test.mjs"))
    done = subprocess.run(
        [node, "--import", str(HERE / "register.mjs"), "--test", *tests],
        env={**os.environ, "COURSEKIT_GENERATED": str(page_modules)},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
