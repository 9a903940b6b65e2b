"""The portfolio: export every answer as one document, and import an export again.

The panel :func:`portfolio` shows is an anywidget (:mod:`coursekit.notebook.portfolio`) whose view
is the page's portfolio (``page/portfolio.js``: the documents, the import's rules and messages);
the kernel reads and writes the answer file and the files on disk.

:mod:`~coursekit.portfolio.format` keeps the export's constants and a reader of exports for the
teacher's class overview in a notebook (``classview``), until that overview runs the page's too.
"""

from __future__ import annotations

from .. import launch, paths, static
from ..definitions import load_catalog
from ..display import LiveAndStatic, Message
from ..store import AnswerStore
from ..texts import learner

PORTFOLIO_NOTEBOOK = "notebooks/portfolio.ipynb"  # the book's own portfolio page


class Portfolio(LiveAndStatic):
    """What ``portfolio()`` shows; ``.panel`` is the widget (:class:`~coursekit.notebook.portfolio.PortfolioWidget`)."""

    def __init__(self, panel, static_html: str):
        super().__init__(panel, static_html, learner.STATIC_PORTFOLIO_PLAIN)
        self.panel = panel


def portfolio(*, store: AnswerStore | None = None) -> Portfolio | Message:
    """The export/import panel for the learner's answers across all chapters."""
    try:
        root = paths.project_root()
    except paths.ProjectRootNotFound as error:
        return Message(str(error))
    from ..notebook.portfolio import PortfolioWidget  # anywidget: only when a panel is shown

    store = store or AnswerStore(paths.store_path())
    catalog = load_catalog(root)
    panel = PortfolioWidget(store, catalog, paths.export_dir(store.path))
    links = launch.notebook_links(PORTFOLIO_NOTEBOOK, root)
    return Portfolio(panel, static.render_portfolio(links, PORTFOLIO_NOTEBOOK, catalog))
