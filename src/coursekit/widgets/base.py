"""The frame every exercise widget shares: heading, notices, status line and saving.

Every control has a visible label or a ``description`` (a placeholder is not a
label), status lines start with a word or sign (never colour alone), and a
failed save keeps the learner's text in the widget and says so in Dutch.
"""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from .. import messages
from ..answers import Answer, InvalidAnswer, TextTooLong
from ..definitions import Definition
from ..formatting import clock, date_time
from ..static import HEADING
from ..store import AnswerStore, StoreError
from .autosave import Debouncer

LABEL_STYLE = {"description_width": "initial"}


def html(markup: str) -> widgets.HTML:
    return widgets.HTML(value=markup, layout=widgets.Layout(width="100%"))


def p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def paragraph(text: str) -> widgets.HTML:
    return html(p(text))


def numbered(number: int, text: str) -> widgets.HTML:
    """'3. statement', the visible text that a control labelled 'Stelling 3' belongs to."""
    return html(f"<p><strong>{number}.</strong> {escape(text)}</p>")


def button(description: str, icon: str, tooltip: str = "") -> widgets.Button:
    return widgets.Button(description=description, icon=icon, tooltip=tooltip or description,
                          layout=widgets.Layout(width="auto"))


class ExerciseView:
    """Heading, store notices, the type's own controls (:meth:`build`) and a status line."""

    def __init__(self, definition: Definition, store: AnswerStore):
        self.definition = definition
        self.store = store
        self.status = html("")
        saved = store.get(definition.id)
        self.saved: Answer | None = saved if saved and saved.type == definition.type else None
        body = self.build(self.saved.value if self.saved else None)
        notices = [html(f'<div role="alert">{"".join(p(n) for n in store.notices)}</div>')] if store.notices else []
        self.root = widgets.VBox(
            [self._header(), *notices, *body, self.status],
            layout=widgets.Layout(border="1px solid #767676", padding="0.5em 1em", margin="0.5em 0"),
        )
        if self.saved:
            self.show(messages.RESTORED.format(when=date_time(self.saved.moment)))

    def build(self, saved: dict | None) -> list[widgets.Widget]:
        """The controls, filled in from the saved value if there is one."""
        raise NotImplementedError

    def _header(self) -> widgets.HTML:
        instruction = self.definition.instruction
        return html(f"<{HEADING}>{escape(self.definition.title)}</{HEADING}>" + (p(instruction) if instruction else ""))

    def show(self, text: str, warnings: list[str] | tuple[str, ...] = ()) -> None:
        """The status line; ``warnings`` (e.g. a damaged answer file set aside) follow as an alert."""
        alert = f'<div role="alert">{"".join(p(w) for w in warnings)}</div>' if warnings else ""
        self.status.value = f'<p role="status">{escape(text)}</p>{alert}'

    def save(self, value: dict) -> None:
        """Store ``value``; on failure say why in Dutch and leave the controls as they are.

        A store notice raised while saving (the answer file was damaged, e.g. edited by
        hand while the notebook ran, and has been set aside) is shown with the status,
        so the learner knows where the earlier answers went.
        """
        definition = self.definition
        known = len(self.store.notices)
        try:
            answer = self.store.save(Answer.create(definition.id, definition.chapter, definition.type, value))
        except TextTooLong as error:
            self.show(str(error))
        except InvalidAnswer as error:
            self.show(messages.INVALID_ANSWER.format(reason=error))
        except StoreError as error:
            self.show(str(error))
        else:
            self.saved = answer
            self.show(messages.SAVED_AT.format(time=clock(answer.moment)), self.store.notices[known:])


class AutosavingView(ExerciseView):
    """A view that saves by itself: at once after a choice, after a pause in typing."""

    def __init__(self, definition: Definition, store: AnswerStore, *, save_delay: float):
        self.autosave = Debouncer(self.save_current, save_delay)
        super().__init__(definition, store)

    def current_value(self) -> dict:
        raise NotImplementedError

    def is_empty(self, value: dict) -> bool:
        raise NotImplementedError

    def save_current(self) -> None:
        value = self.current_value()
        if not self.is_empty(value):
            self.save(value)
        elif self.saved:
            self.show(messages.NOTHING_TO_SAVE_KEPT.format(when=date_time(self.saved.moment)))
        else:
            self.show(messages.NOTHING_TO_SAVE)

    def typed(self, change: dict) -> None:
        self.autosave.trigger()

    def save_now_button(self) -> widgets.Button:
        save_now = button(messages.SAVE_NOW, "save", messages.SAVE_NOW_TOOLTIP)
        save_now.on_click(lambda _: self.autosave.flush())
        return save_now
