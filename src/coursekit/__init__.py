"""coursekit: the exercise toolkit of the course book "Opgavegericht werken".

In a notebook::

    from coursekit import exercise, portfolio
    exercise("h1-zelfscan-opgaven")     # one exercise, live in JupyterLab/Voila, static in the book
    portfolio()                          # export and import all answers

and ``load_table("opgaven")`` reads a checked data table as a pandas DataFrame.
Importing this package is cheap: ipywidgets, pandas and matplotlib load on first use.
"""

from .data import load_table
from .exercises import exercise
from .portfolio import portfolio

__all__ = ["exercise", "load_table", "portfolio"]
__version__ = "0.1.0"
