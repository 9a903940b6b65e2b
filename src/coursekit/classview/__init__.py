"""Class overview for teachers: the teacher's notebook reads a folder of portfolio exports.

For the teacher's notebook (``notebooks/docent/klasoverzicht.ipynb``)::

    from coursekit.classview import class_overview
    class_overview("voorbeeld-exports")          # a folder next to the notebook, or a full path

The overview itself is the class page's (:mod:`coursekit.classpage`, JavaScript): the same
checks of every file, the same anonymous letters, counts, charts and report as on the book's page
``book/docenten/klasoverzicht-in-je-browser``. It runs one way: read, count, draw, show. This
package keeps only what a kernel must do, and what the JavaScript gets as data:

- :mod:`.read`: list the folder and read its files safely (regular files in the folder only, a
  size cap, no hang; a Dutch reason for each file not read);
- :mod:`.widget`: the anywidget that hands the files to the class page's overview, and the
  static form (the files as JSON in the class page's container, without names);
- :mod:`.layouts`: the platforms' bulk-download layouts (who is who), given to the JavaScript;
- :mod:`.catalog`: what the overview needs of the book's exercises.

Privacy: learners are labelled "Cursist A", "Cursist B", ... in an order that does not follow
their names or file names; names are shown only after ticking "Namen tonen"; the static form
carries none. Reflection texts are never shown.
"""

from __future__ import annotations

from .widget import ClassOverview, ClassOverviewWidget, class_overview

__all__ = ["ClassOverview", "ClassOverviewWidget", "class_overview"]
