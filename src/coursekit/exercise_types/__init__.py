"""The exercise types: one folder each, found by walking this package. Nothing else lists them.

A type is a sub-folder ``exercise_types/<type>/`` (its name is the type's name; a leading ``_``
keeps a folder out, as ``_template/``) whose ``__init__.py`` defines ``TYPE``, an
:class:`~.base.ExerciseType`. The folder holds the type's Python (definition, schema parts,
parsing, rules, sample answer), its static form ``template.html`` and its
browser view ``view.js``. To add a type, copy ``_template/`` (CONTRIBUTING.md, "Een nieuw soort
oefening"); ``tests/toolkit/test_exercise_types.py`` fails with a sentence naming any part that is
missing. Regenerate the schemas with ``python -m coursekit.schemas``.

:data:`REGISTRY` is in the order of each type's ``order`` (then its name): the schemas list the
types in this order, and so does the page.
"""

from __future__ import annotations

import importlib
import pkgutil

from .base import Definition, ExerciseType


def _discover() -> dict[str, ExerciseType]:
    found = []
    for module in pkgutil.iter_modules(__path__):
        if not module.ispkg or module.name.startswith("_"):
            continue
        exercise_type = getattr(importlib.import_module(f"{__name__}.{module.name}"), "TYPE", None)
        if isinstance(exercise_type, ExerciseType):
            found.append(exercise_type)
    return {exercise_type.name: exercise_type for exercise_type in sorted(found, key=lambda t: (t.order, t.name))}


REGISTRY: dict[str, ExerciseType] = _discover()
TYPES = tuple(REGISTRY)


def labels() -> dict[str, str]:
    """Each type's label (its name as a learner sees it), in the registry's order."""
    return {name: exercise_type.label for name, exercise_type in REGISTRY.items()}


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
