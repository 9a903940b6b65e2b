"""The frame every exercise widget shares: heading, notices, status line and saving.

Every control has a visible label or a ``description`` (a placeholder is not a label), status lines
start with a word or sign (never colour alone), and a failed save keeps the learner's text in the
widget and says so in Dutch. All HTML comes from the templates' macros (coursekit.render).
"""

from __future__ import annotations

from typing import Generic

import ipywidgets as widgets

from .. import render
from ..answers import Answer, InvalidAnswer, TextTooLong
from ..exercise_types import REGISTRY, question_changed
from ..exercise_types.base import D
from ..formatting import clock, date_time
from ..static import HEADING
from ..store import AnswerStore, StoreError
from ..texts import learner
from .autosave import Debouncer

LABEL_STYLE = {"description_width": "initial"}
FRAME = {"border": "1px solid #767676", "padding": "0.5em 1em", "margin": "0.5em 0"}


def html(markup: str) -> widgets.HTML:
    return widgets.HTML(value=markup, layout=widgets.Layout(width="100%"))


def paragraph(text: str) -> widgets.HTML:
    return html(render.macro("p", text=text))


def numbered(number: int, text: str) -> widgets.HTML:
    """'3. statement', the visible text that a control labelled 'Stelling 3' belongs to."""
    return html(render.macro("numbered", number=number, text=text))


def button(description: str, icon: str, tooltip: str = "") -> widgets.Button:
    return widgets.Button(
        description=description, icon=icon, tooltip=tooltip or description, layout=widgets.Layout(width="auto")
    )


class ExerciseView(Generic[D]):
    """Heading, store notices, the type's own controls (:meth:`build`) and a status line."""

    def __init__(self, definition: D, store: AnswerStore):
        self.definition: D = definition
        self.store = store
        self.status = html("")
        saved = store.get(definition.id)
        self.saved: Answer | None = saved if saved and saved.type == definition.type else None
        # The question changed since the saved answer: the answer stays, shown with the question as it
        # was; a new answer keeps it as an earlier answer.
        self.changed = bool(self.saved and question_changed(definition, self.saved.definition, self.saved.value))
        self.changed_note = html(self._changed_note() if self.changed else "")
        body = self.build(self.saved.value if self.saved else None)
        notices = [html(render.macro("alert", lines=store.notices))] if store.notices else []
        header = html(render.macro("heading", level=HEADING, text=definition.title, instruction=definition.instruction))
        self.root = widgets.VBox(
            [header, *notices, self.changed_note, *body, self.status], layout=widgets.Layout(**FRAME)
        )
        if self.saved:
            self.show(learner.RESTORED.format(when=date_time(self.saved.moment)))

    def _changed_note(self) -> str:
        assert self.saved is not None
        blocks = REGISTRY[self.definition.type].blocks(self.saved.value, None)
        return render.macro(
            "question_changed",
            "exercise_parts.html",
            text=learner.QUESTION_CHANGED.format(when=date_time(self.saved.moment)),
            heading=learner.QUESTION_CHANGED_EARLIER,
            blocks=blocks,
        )

    def build(self, saved: dict | None) -> list[widgets.Widget]:
        """The controls, filled in from the saved value if there is one."""
        raise NotImplementedError

    def show(self, text: str, warnings: list[str] | tuple[str, ...] = ()) -> None:
        """The status line; ``warnings`` (e.g. a damaged answer file set aside) follow as an alert."""
        self.status.value = render.macro("status", text=text, warnings=warnings)

    def save(self, value: dict) -> None:
        """Store ``value``; on failure say why in Dutch and leave the controls as they are.

        A store notice raised while saving (the answer file was damaged, e.g. edited by
        hand while the notebook ran, and has been set aside) is shown with the status,
        so the learner knows where the earlier answers went.
        """
        definition = self.definition
        known = len(self.store.notices)
        earlier = self.saved.earlier if self.saved else ()
        if self.saved and self.changed:
            earlier = (*earlier, self.saved.as_earlier())
        try:
            answer = self.store.save(Answer.answering(definition, value, earlier))
        except TextTooLong as error:
            self.show(str(error))
        except InvalidAnswer as error:
            self.show(learner.INVALID_ANSWER.format(reason=error))
        except StoreError as error:
            self.show(str(error))
        else:
            self.saved = answer
            if self.changed:
                self.changed = False
                self.changed_note.value = render.macro("p", text=learner.QUESTION_CHANGED_KEPT)
            self.show(learner.SAVED_AT.format(time=clock(answer.moment)), self.store.notices[known:])


class AutosavingView(ExerciseView[D]):
    """A view that saves by itself: at once after a choice, after a pause in typing."""

    def __init__(self, definition: D, store: AnswerStore, *, save_delay: float):
        self.autosave = Debouncer(self.save_current, save_delay)
        super().__init__(definition, store)

    def current_value(self) -> dict:
        raise NotImplementedError

    def save_current(self) -> None:
        value = self.current_value()
        if not REGISTRY[self.definition.type].is_empty(value):
            self.save(value)
        elif self.saved:
            self.show(learner.NOTHING_TO_SAVE_KEPT.format(when=date_time(self.saved.moment)))
        else:
            self.show(learner.NOTHING_TO_SAVE)

    def typed(self, change: dict) -> None:
        self.autosave.trigger()

    def save_now_button(self) -> widgets.Button:
        save_now = button(learner.SAVE_NOW, "save", learner.SAVE_NOW_TOOLTIP)
        save_now.on_click(lambda _: self.autosave.flush())
        return save_now
