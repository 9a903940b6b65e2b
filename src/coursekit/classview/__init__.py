"""Class overview for teachers: read a folder of portfolio exports, check every file, show the class.

For the teacher's notebook (``notebooks/docent/klasoverzicht.ipynb``)::

    from coursekit.classview import class_overview
    class_overview("voorbeeld-exports")          # a folder next to the notebook, or a full path

The folder holds the learners' portfolio exports as they come out of ``portfolio()`` or the page
(``.html``, ``.md`` or ``.json``; subfolders are read too). Every file is checked. A file that is
not an export, is damaged, was made with a newer export format, or is a second export of the same
learner is named in a Dutch message and skipped; the rest of the class still shows. An export of an
older format version is read as it is migrated. The run never raises.

What the teacher sees (anonymised, for discussion in class):

- which exercises how many learners did, with the result of the knowledge questions;
- the before/after shift of every self-scan that is compared with an earlier one (``compare_with``);
- the role profile of every self-scan marked ``role_profile`` (chapter 7);
- the distribution of the scores of every self-scan, per statement;
- the choices made in the dilemmas;
- per learner: how far the portfolio is, and whether it holds what the final assignment asks for
  (``final_assignment`` in the exercise definitions).

Privacy: learners are labelled "Cursist A", "Cursist B", ... in an order that does not follow
their names or file names. Names (and file names, which usually contain a name) are shown only
in the live view after ticking "Namen tonen". The static HTML form (the online book, a printed
or saved notebook) never contains a name. Reflection texts are never shown: they are personal.

One module per step: :mod:`.read` (files), :mod:`.stats` (counting), :mod:`.charts` (PNG),
:mod:`.render` (HTML, from the template ``classview.html``) and :mod:`.widget` (ipywidgets).
The texts are in :mod:`coursekit.texts.teacher`.
"""

from __future__ import annotations

from .widget import ClassOverview, class_overview

__all__ = ["ClassOverview", "class_overview"]
