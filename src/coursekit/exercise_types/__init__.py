"""The exercise types: one module each, and this registry, the only list of types.

To add a type, see CONTRIBUTING.md ("Een nieuw soort oefening"): a module here with its template
in ``templates/``, its view in ``<type>/view.js``, one line below, its name in
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


def question_changed(definition: Definition, version: str, value: dict) -> bool:
    """Whether an answer (``value``, given to the question's ``version``) answers another question
    than ``definition`` asks now. An answer from before versions were recorded (``version`` "") is
    compared by the question texts its value recorded."""
    if version:
        return version != definition.version
    asked = definition.asked()
    return any(asked.get(key) != found for key, found in REGISTRY[definition.type].recorded(value).items())
