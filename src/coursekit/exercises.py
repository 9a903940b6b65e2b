"""``exercise(id)``: find the definition, build the widget, pair it with its static form."""

from __future__ import annotations

from . import launch, paths, static
from .answers import EXERCISE_ID
from .definitions import Catalog, Definition, load_catalog
from .display import LiveAndStatic, Message
from .store import AnswerStore
from .texts import learner


class Exercise(LiveAndStatic):
    """What ``exercise(id)`` shows; ``.view`` is the widget (:class:`coursekit.notebook.widget.ExerciseWidget`)."""

    def __init__(self, definition: Definition, view, static_html: str):
        super().__init__(view, static_html, static.plain(definition))
        self.definition = definition
        self.view = view


def _not_found(exercise_id: object, catalog: Catalog) -> Message:
    name = str(exercise_id)[:80]
    lines = [learner.UNKNOWN_EXERCISE.format(exercise_id=name)]
    suggestions = catalog.suggestions(name)
    if suggestions:
        lines.append(learner.DID_YOU_MEAN.format(names=", ".join(f"'{s}'" for s in suggestions)))
    if not isinstance(exercise_id, str) or not EXERCISE_ID.fullmatch(exercise_id):
        lines.append(learner.ID_FORMAT)
    lines.append(learner.CHECK_NAME)
    if catalog.errors:
        return Message("\n".join([*lines, learner.DEFINITION_PROBLEMS]), catalog.errors)
    return Message("\n".join(lines))


def exercise(
    exercise_id: str, *, store: AnswerStore | None = None, save_delay: float | None = None
) -> Exercise | Message:
    """The exercise ``exercise_id`` (e.g. ``"h1-zelfscan-opgaven"``), ready to display.

    ``store`` defaults to the learner's answer file (``$COURSEKIT_STORE``);
    ``save_delay`` (seconds): how long the kernel waits after the view synced a value before it
    saves (the view itself waits for a pause in typing).
    A wrong id or a missing course folder gives a Dutch :class:`Message`.
    """
    try:
        root = paths.project_root()
    except paths.ProjectRootNotFound as error:
        return Message(str(error))
    catalog = load_catalog(root)
    definition = catalog.get(exercise_id) if isinstance(exercise_id, str) else None
    if definition is None:
        return _not_found(exercise_id, catalog)
    from .notebook.widget import ExerciseWidget  # anywidget and ipywidgets: only when an exercise is shown

    view = ExerciseWidget(definition, store or AnswerStore(paths.store_path()), save_delay=save_delay)
    links = launch.notebook_links(definition.notebook, root)
    return Exercise(definition, view, static.render(definition, links))
