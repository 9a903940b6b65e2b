"""Class overview, step 4: the thin ipywidgets layer (folder, "Namen tonen", view) and
:func:`class_overview`, the entry point of the teacher's notebook.

ipywidgets loads on first display; the static form comes from :mod:`coursekit.classview.render`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import paths, render
from ..definitions import Catalog, load_catalog
from ..display import LiveAndStatic, Message
from ..texts import teacher
from .read import ClassData, read_class
from .render import DEFAULT_FOLDER, Section, plain_text, render_sections, report_html, static_html


@dataclass
class ClassOverview:
    """The live widget (folder, names, view) and the static HTML form of the first folder read."""

    catalog: Catalog
    folder: str = DEFAULT_FOLDER
    base: Path = field(default_factory=Path.cwd)
    show_names: bool = False
    data: ClassData = field(init=False)
    _sections: dict[bool, list[Section]] = field(default_factory=dict, init=False, repr=False)
    _view: Any = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.data = read_class(self.folder, self.base)

    def sections(self, show_names: bool) -> list[Section]:
        if show_names not in self._sections:
            self._sections[show_names] = render_sections(self.data, self.catalog, show_names)
        return self._sections[show_names]

    def static_html(self) -> str:
        return static_html(self.data, self.catalog, self.sections(False))

    def read(self, folder: str) -> None:
        """Read another folder (the widget calls this)."""
        self.folder = folder
        self.data = read_class(folder, self.base)
        self._sections = {}

    # The widget: built once, on first display.

    def widget(self):
        if self._view is None:
            self._view = self._build()
        return self._view

    def _build(self):
        import ipywidgets as widgets

        style = {"description_width": "initial"}
        self.folder_input = widgets.Text(
            value=self.folder,
            description=teacher.LABEL_FOLDER,
            placeholder=teacher.FOLDER_PLACEHOLDER,
            style=style,
            continuous_update=False,
            layout=widgets.Layout(width="auto", flex="1 1 24em"),
        )
        self.read_button = widgets.Button(
            description=teacher.BUTTON_READ,
            icon="folder-open",
            tooltip=teacher.BUTTON_READ,
            layout=widgets.Layout(width="auto"),
        )
        self.names = widgets.Checkbox(
            value=self.show_names,
            description=teacher.LABEL_SHOW_NAMES,
            indent=False,
            layout=widgets.Layout(width="auto"),
        )
        self.view = widgets.Dropdown(description=teacher.LABEL_VIEW, style=style, layout=widgets.Layout(width="auto"))
        self.output = widgets.HTML(layout=widgets.Layout(width="100%"))
        self.read_button.on_click(lambda _: self.refresh(reread=True))
        self.folder_input.observe(self._folder_changed, names="value")
        self.names.observe(lambda change: self.refresh(), names="value")
        self.view.observe(lambda change: self.show(), names="value")
        self.refresh(reread=False)
        intro = widgets.HTML(render.macro("widget_intro", "classview.html"))
        return widgets.VBox(
            [
                intro,
                widgets.HBox([self.folder_input, self.read_button], layout=widgets.Layout(flex_flow="row wrap")),
                widgets.HBox([self.names, self.view], layout=widgets.Layout(flex_flow="row wrap")),
                self.output,
            ],
            layout=widgets.Layout(width="100%"),
        )

    def _folder_changed(self, change: dict) -> None:
        if change["new"] != self.folder:
            self.refresh(reread=True)

    def refresh(self, reread: bool = False) -> None:
        if reread:
            self.read(self.folder_input.value)
        self.show_names = self.names.value
        sections = self.sections(self.show_names)
        current = self.view.value
        options = [(teacher.VIEW_ALL, "")] + [(s.title, s.key) for s in sections]
        self.view.options = options
        self.view.value = current if current in {key for _, key in options} else ""
        self.show()

    def show(self) -> None:
        sections = self.sections(self.names.value)
        chosen = [s for s in sections if s.key == self.view.value] or sections
        self.output.value = report_html(self.data, self.catalog, self.names.value, chosen)

    def _repr_mimebundle_(self, include=None, exclude=None, **kwargs):
        bundle = LiveAndStatic(self.widget(), self.static_html(), plain_text(self.data))
        return bundle._repr_mimebundle_(include, exclude)


def class_overview(folder: str = DEFAULT_FOLDER, *, show_names: bool = False) -> ClassOverview | Message:
    """The class overview of the exports in ``folder`` (relative to the current folder, or a full path).

    ``show_names`` only sets the starting value of the checkbox "Namen tonen" in the live view;
    the static form never shows names. Returns a Dutch :class:`~coursekit.display.Message` when
    the course folder itself cannot be found.
    """
    try:
        root = paths.project_root()
    except paths.ProjectRootNotFound as error:
        return Message(str(error))
    return ClassOverview(load_catalog(root), str(folder), Path.cwd(), show_names)
