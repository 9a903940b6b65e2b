"""The live exercise widgets (ipywidgets 8), one module per exercise type.

Imported only when an exercise or the portfolio is shown, so ``import
coursekit`` stays light.
"""

from __future__ import annotations

from ..definitions import Definition
from ..store import AnswerStore
from .autosave import SAVE_DELAY_SECONDS
from .base import AutosavingView, ExerciseView
from .dilemma import DilemmaView
from .forcefield import ForcefieldView
from .quiz import MatchingView, MultipleChoiceView
from .reflection import ReflectionView
from .selfscan import SelfscanView

VIEWS: dict[str, type[ExerciseView]] = {
    "reflection": ReflectionView,
    "selfscan": SelfscanView,
    "multiple_choice": MultipleChoiceView,
    "matching": MatchingView,
    "dilemma": DilemmaView,
    "forcefield": ForcefieldView,
}


def build_view(definition: Definition, store: AnswerStore, *, save_delay: float | None = None) -> ExerciseView:
    """The widget for ``definition``; ``save_delay`` defaults to :data:`SAVE_DELAY_SECONDS`."""
    view_class = VIEWS[definition.type]
    if issubclass(view_class, AutosavingView):
        delay = SAVE_DELAY_SECONDS if save_delay is None else save_delay
        return view_class(definition, store, save_delay=delay)
    return view_class(definition, store)
