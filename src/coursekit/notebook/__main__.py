"""Write the notebook's ES modules (``exercise.js``, ``classoverview.js``).

``python -m coursekit.notebook [--check]``
"""

from __future__ import annotations

import argparse
import sys

from . import stale, write

parser = argparse.ArgumentParser(prog="python -m coursekit.notebook", description=__doc__)
parser.add_argument("--check", action="store_true", help="fail when the committed bundle is stale")
arguments = parser.parse_args()
if arguments.check:
    found = stale()
    if found:
        sys.exit(f"{', '.join(map(str, found))} stale: run `python -m coursekit.notebook` and commit it")
else:
    for path in write():
        print(path)
