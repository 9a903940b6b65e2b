"""Write the page's two scripts and its stylesheet: ``python -m coursekit.page FOLDER [--book KEY]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import find_terser, write

parser = argparse.ArgumentParser(prog="python -m coursekit.page", description=__doc__)
parser.add_argument("folder", type=Path)
parser.add_argument("--book", default="", help="the key the answers are kept under in the browser")
parser.add_argument("--minify", type=Path, metavar="ROOT", help="minify with terser from ROOT/node_modules (npm ci)")
arguments = parser.parse_args()
terser = find_terser(arguments.minify) if arguments.minify else None
if arguments.minify and terser is None:
    parser.error(f"terser not found under {arguments.minify}: run npm ci there (and install Node)")
for path in write(arguments.folder, arguments.book, terser):
    print(path)
