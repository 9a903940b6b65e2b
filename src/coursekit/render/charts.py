"""Charts as PNG images for what the kernel and the build draw (the case explorer's timeline), and
the colours and label length the page's charts (``page/charts.js``) take from here.

A chart is a PNG in an ``<img>`` with an ``alt`` text, and beside it a summary in words with a
table of every value, so nothing depends on seeing the picture or telling colours apart.
matplotlib loads on first use and is used only through its object API (no pyplot state, safe in a
timer thread). The exercises' charts are drawn by their views (``exercise_types/<type>/view.js``).
"""

from __future__ import annotations

import base64
import io
import warnings
from collections.abc import Callable

NOW_COLOUR = "#0072B2"  # Okabe-Ito blue / orange: distinguishable with colour blindness
EARLIER_COLOUR = "#E69F00"
LABEL_LENGTH = 45


def literal(text: str) -> str:
    """'$' would start matplotlib's math mode."""
    return text.replace("$", r"\$")


def png(draw: Callable, height: float, width: float = 7.5, *, dpi: int = 96) -> bytes:
    """Draw on a new figure (``draw(figure, axes)``) and return it as PNG bytes."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    draw(figure, figure.add_subplot())
    buffer = io.BytesIO()
    with warnings.catch_warnings():  # a script without a glyph in the font is drawn as boxes: no warning wall
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        figure.savefig(buffer, format="png")
    return buffer.getvalue()


def data_uri(image: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(image).decode("ascii")
