"""A template for a new exercise type: copy this folder (``_template/``) to ``exercise_types/<type>/``.

The copy is a working type, "example": one open question, answered in one text. To make it yours:

1. Copy the folder: ``cp -r src/coursekit/exercise_types/_template src/coursekit/exercise_types/ranking``.
   The folder's name is the type's name (``type:`` in YAML, in every answer); a name starting with
   ``_`` is not a type, which is why this folder is not one.
2. Here: set ``name`` (the folder's name), ``label`` (the type's name as a learner sees it, in
   Dutch) and ``order`` (after the last type; the schemas and the page list the types in this
   order), rename the classes, and write the definition's fields, their schema part, ``parse`` and
   the rules. Each method is documented in ``base.py``; other texts go in ``coursekit/texts``.
3. ``template.html``: the static form (what the online book and the PDF show; Jinja, every value
   escaped). ``view.js``: the same exercise in the browser, as one ES module.
4. Outside the folder: one exercise in ``tests/fixtures/every-type.yml``. Then run
   ``python -m coursekit.schemas``.

Nothing else lists the types: the registry, the schemas and the page find this folder by walking
``exercise_types/``. ``tests/toolkit/test_exercise_types.py`` names any part that is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..base import ANSWER_TEXT, DEFINITION_TEXT, Definition, ExerciseType, ParseContext, SampleLearner, answer_object


@dataclass(frozen=True, kw_only=True)
class Example(Definition):
    """The definition: the fields every exercise has, and this type's own."""

    type: ClassVar[str] = "example"
    question: str

    def asked(self) -> dict:
        return {"question": self.question}


class ExampleType(ExerciseType[Example]):
    name = "example"
    label = "Voorbeeldvraag"
    order = 100
    definition = Example
    # The YAML fields besides id, type, title and instruction (a part of schemas/exercise-definitions).
    definition_schema: ClassVar[dict] = {"properties": {"question": DEFINITION_TEXT}, "required": ["question"]}
    # The answer's value (a part of schemas/answer): it carries the question it answers.
    value_schema: ClassVar[dict] = answer_object({"question": ANSWER_TEXT, "text": ANSWER_TEXT})

    def parse(self, fields: dict, common: dict, context: ParseContext) -> Example:
        return Example(**common, question=fields["question"])

    def is_empty(self, value: dict) -> bool:
        return not value["text"].strip()

    def recorded(self, value: dict) -> dict:
        return {"question": value["question"]}

    def sample(self, definition: Example, learner: SampleLearner) -> dict:
        return {"question": definition.question, "text": learner.text(1)}


TYPE = ExampleType()
