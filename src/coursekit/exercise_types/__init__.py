"""The exercise types: one module each, and this registry, the only list of types.

To add a type, see CONTRIBUTING.md ("Een nieuw soort oefening"): a module here with its template
in ``templates/``, a widget in ``coursekit/widgets/``, one line below, its name in
``texts/learner.py`` (``TYPE_LABELS``) and its texts. ``tests/toolkit/test_exercise_types.py``
fails with a sentence naming any part that is missing; regenerate the schemas with
``python -m coursekit.schemas``.
"""

from __future__ import annotations

from . import dilemma, forcefield, matching, multiple_choice, reflection, selfscan
from .base import Definition, ExerciseType

REGISTRY: dict[str, ExerciseType] = {
    exercise_type.name: exercise_type
    for exercise_type in (
        reflection.TYPE,
        selfscan.TYPE,
        multiple_choice.TYPE,
        matching.TYPE,
        dilemma.TYPE,
        forcefield.TYPE,
    )
}
TYPES = tuple(REGISTRY)


def of(definition: Definition) -> ExerciseType:
    """The type of a definition."""
    return REGISTRY[definition.type]
