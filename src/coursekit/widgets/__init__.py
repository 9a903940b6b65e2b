"""The live exercise widgets (ipywidgets 8): one module per exercise type, named after the type.

Each exercise type names its widget (``ExerciseType.widget``); this package is imported only when
an exercise is shown, so ``import coursekit`` stays light.
"""

from __future__ import annotations

import importlib

from ..exercise_types import REGISTRY
from ..exercise_types.base import Definition
from ..store import AnswerStore
from .autosave import SAVE_DELAY_SECONDS
from .base import AutosavingView, ExerciseView


def view_class(type_name: str) -> type[ExerciseView]:
    """The widget class an exercise type names (``"coursekit.widgets.reflection:ReflectionView"``)."""
    module, _, name = REGISTRY[type_name].widget.partition(":")
    return getattr(importlib.import_module(module), name)


def build_view(definition: Definition, store: AnswerStore, *, save_delay: float | None = None) -> ExerciseView:
    """The widget for ``definition``; ``save_delay`` defaults to :data:`SAVE_DELAY_SECONDS`."""
    cls = view_class(definition.type)
    if issubclass(cls, AutosavingView):
        delay = SAVE_DELAY_SECONDS if save_delay is None else save_delay
        return cls(definition, store, save_delay=delay)
    return cls(definition, store)
