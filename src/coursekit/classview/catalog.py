"""What the class overview needs of the book's exercises, as data for its JavaScript.

The class page's script has it built in (:mod:`coursekit.classpage`); the notebook's widget is
handed it by the kernel (:mod:`coursekit.classview.widget`), since its committed bundle is the same
for every book.
"""

from __future__ import annotations

from ..definitions import Catalog, Definition
from ..exercise_types.dilemma import Dilemma
from ..exercise_types.matching import Matching
from ..exercise_types.selfscan import Selfscan


def definition_data(definition: Definition) -> dict:
    """What the overview needs of one exercise (no feedback or instructions: the page stays light)."""
    found: dict = {"id": definition.id, "chapter": definition.chapter, "type": definition.type}
    found["title"] = definition.title
    if isinstance(definition, Selfscan):
        found.update(
            statements=list(definition.statements),
            scale=list(definition.scale),
            compare_with=definition.compare_with,
            role_profile=definition.role_profile,
        )
    elif isinstance(definition, Matching):
        found["items"] = len(definition.items)
    elif isinstance(definition, Dilemma):
        found.update(situation=definition.situation, choices=[choice.text for choice in definition.choices])
    return found


def catalog_data(catalog: Catalog) -> dict:
    """The book's exercises in book order, its chapters and the final assignment."""
    final = catalog.final_assignment
    return {
        "chapters": [{"number": chapter.number, "title": chapter.title} for chapter in catalog.chapters.values()],
        "exercises": [definition_data(definition) for definition in catalog.definitions.values()],
        "final_assignment": None
        if final is None
        else {
            "chapter": final.chapter,
            "requires": list(final.requires),
            "reflections_from_other_chapters": final.reflections_from_other_chapters,
        },
    }


EMPTY: dict = {"chapters": [], "exercises": [], "final_assignment": None}
