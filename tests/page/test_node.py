"""The page layer's pure logic, tested with Node's own test runner (tests/page/*.test.mjs)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

HERE = Path(__file__).parent


def test_the_page_logic_passes_its_node_tests(node, page_script):
    tests = sorted(str(path) for path in HERE.glob("*.test.mjs"))
    done = subprocess.run(
        [node, "--test", *tests],
        env={**os.environ, "COURSEKIT_PAGE_JS": str(page_script)},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
