"""Write the notebook's ES module (``exercise.js``): ``python -m coursekit.notebook [--check]``."""

from __future__ import annotations

import argparse
import sys

from . import BUNDLE, stale, write

parser = argparse.ArgumentParser(prog="python -m coursekit.notebook", description=__doc__)
parser.add_argument("--check", action="store_true", help="fail when the committed bundle is stale")
arguments = parser.parse_args()
if arguments.check:
    if stale():
        sys.exit(f"{BUNDLE} is stale: run `python -m coursekit.notebook` and commit it")
else:
    print(write())
