"""Write the class page's script and stylesheet: ``python -m coursekit.classpage FOLDER [--root ROOT]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import page
from . import write

parser = argparse.ArgumentParser(prog="python -m coursekit.classpage", description=__doc__)
parser.add_argument("folder", type=Path)
parser.add_argument("--root", type=Path, default=Path("."), help="the book (its notebooks/oefeningen and node_modules)")
parser.add_argument("--minify", action="store_true", help="minify with terser from ROOT/node_modules (npm ci)")
arguments = parser.parse_args()
terser = page.find_terser(arguments.root) if arguments.minify else None
if arguments.minify and terser is None:
    parser.error(f"terser not found under {arguments.root}: run npm ci there (and install Node)")
try:
    paths = write(arguments.folder, arguments.root, terser=terser)
except FileNotFoundError as error:
    parser.error(str(error))
for path in paths:
    print(path)
