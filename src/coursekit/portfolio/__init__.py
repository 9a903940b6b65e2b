"""The portfolio: export every answer as one document, and import an export again.

- :mod:`~coursekit.portfolio.format`: the export's data, and the ONE reader of exports (used by the
  learner's import and the teacher's class overview);
- :mod:`~coursekit.portfolio.document`: the readable document (HTML and Markdown) with its data;
- :mod:`~coursekit.portfolio.importing`: merging an export into the store, with a report;
- :mod:`~coursekit.portfolio.panel`: the ipywidgets panel that :func:`portfolio` shows.
"""

from __future__ import annotations

from .. import launch, paths, static
from ..definitions import load_catalog
from ..display import LiveAndStatic, Message
from ..store import AnswerStore
from ..texts import learner

PORTFOLIO_NOTEBOOK = "notebooks/portfolio.ipynb"  # the book's own portfolio page


class Portfolio(LiveAndStatic):
    """What ``portfolio()`` shows; ``.panel`` holds the controls."""

    def __init__(self, panel, static_html: str):
        super().__init__(panel.root, static_html, learner.STATIC_PORTFOLIO_PLAIN)
        self.panel = panel


def portfolio(*, store: AnswerStore | None = None) -> Portfolio | Message:
    """The export/import panel for the learner's answers across all chapters."""
    try:
        root = paths.project_root()
    except paths.ProjectRootNotFound as error:
        return Message(str(error))
    from .panel import PortfolioPanel  # ipywidgets: only when a panel is shown

    store = store or AnswerStore(paths.store_path())
    catalog = load_catalog(root)
    panel = PortfolioPanel(store, catalog, paths.export_dir(store.path))
    links = launch.notebook_links(PORTFOLIO_NOTEBOOK, root)
    return Portfolio(panel, static.render_portfolio(links, PORTFOLIO_NOTEBOOK, catalog))
