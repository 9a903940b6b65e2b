"""The exercise widget in a notebook: an anywidget whose view is the page's (``exercise.js``).

The view (the browser) draws the controls, sets the trait ``value`` and syncs it when the learner
pauses typing, makes a choice or presses "Nu opslaan". This side keeps only what a kernel must
keep: it saves the value in the answer file (:class:`~coursekit.store.AnswerStore`: locking,
backups, migrations), after a short pause, or at once when the view asks (``{"method": "flush"}``,
sent when the notebook is left), and sets ``answer`` and ``status`` in the same Dutch as the page.
On creation ``answer`` comes from the file, so an answer comes back after a kernel restart.

Traits (the contract every host of a view keeps; ``page/model.js`` has the page's side):
``definition`` (the definition as in the static form), ``answer`` (the saved answer record or
None), ``value`` (the learner's value), ``status`` (``{"kind", "text", "warnings"}``) and
``compared`` (the saved answer of the exercise ``compare_with`` names, or None).
"""

from __future__ import annotations

import weakref
from typing import Any

import anywidget
import traitlets

from ..answers import Answer, InvalidAnswer, TextTooLong
from ..exercise_types import REGISTRY, question_changed
from ..exercise_types.base import Definition
from ..formatting import clock, date_time
from ..store import AnswerStore, StoreError
from ..texts import learner
from . import BUNDLE, STYLESHEET
from .autosave import Debouncer

# The view syncs "value" only after a pause in typing or a choice (exercise_types/base.js), so the
# kernel waits only to take a burst of syncs (quick clicks through a scale) as one save.
KERNEL_SAVE_DELAY_SECONDS = 0.25

_LIVE: weakref.WeakSet[ExerciseWidget] = weakref.WeakSet()  # for "compared": a later scan shows this one


def status_of(kind: str, text: str, warnings: list[str] | tuple[str, ...] = ()) -> dict:
    return {"kind": kind, "text": text, "warnings": list(warnings)}


class ExerciseWidget(anywidget.AnyWidget):
    _esm = BUNDLE
    _css = STYLESHEET
    definition = traitlets.Dict().tag(sync=True)
    answer = traitlets.Dict(allow_none=True, default_value=None).tag(sync=True)
    value = traitlets.Any(allow_none=True, default_value=None).tag(sync=True)
    status = traitlets.Dict().tag(sync=True)
    compared = traitlets.Dict(allow_none=True, default_value=None).tag(sync=True)

    def __init__(self, definition: Definition, store: AnswerStore, *, save_delay: float | None = None):
        self.exercise = definition
        self.store = store
        saved = store.get(definition.id)
        self.saved: Answer | None = saved if saved and saved.type == definition.type else None
        # The question changed since the saved answer: the answer stays (the view notes it); a new
        # answer keeps it as an earlier answer.
        self.changed = bool(self.saved and question_changed(definition, self.saved.definition, self.saved.value))
        self.autosave = Debouncer(self.save_current, KERNEL_SAVE_DELAY_SECONDS if save_delay is None else save_delay)
        restored = learner.RESTORED.format(when=date_time(self.saved.moment)) if self.saved else ""
        super().__init__(
            definition=definition.to_json(),
            answer=self.saved.to_dict() if self.saved else None,
            value=self.saved.value if self.saved else None,
            status=status_of("restored" if self.saved else "", restored, store.notices),
            compared=self._compared(),
        )
        self.observe(self._on_value, names="value")
        self.on_msg(self._message)
        _LIVE.add(self)

    def _compared(self) -> dict | None:
        other_id = getattr(self.exercise, "compare_with", None)
        other = self.store.get(other_id) if other_id else None
        return other.to_dict() if other else None

    def _on_value(self, change: dict) -> None:
        self.autosave.trigger()

    def _message(self, widget: Any, content: Any, buffers: Any) -> None:
        if isinstance(content, dict) and content.get("method") == "flush" and self.autosave.pending:
            self.autosave.flush()

    def say(self, kind: str, text: str, warnings: list[str] | tuple[str, ...] = ()) -> None:
        self.status = status_of(kind, text, warnings)

    def save_current(self) -> None:
        value = self.value
        if not isinstance(value, dict) or REGISTRY[self.exercise.type].is_empty(value):
            if self.saved:
                self.say("", learner.NOTHING_TO_SAVE_KEPT.format(when=date_time(self.saved.moment)))
            else:
                self.say("", learner.NOTHING_TO_SAVE)
            return
        self.save(value)

    def save(self, value: dict) -> None:
        """Store ``value``; on failure say why in Dutch (the view keeps the learner's text).

        A store notice raised while saving (the answer file was damaged, e.g. edited by hand while
        the notebook ran, and has been set aside) is shown with the status, so the learner knows
        where the earlier answers went.
        """
        known = len(self.store.notices)
        earlier = self.saved.earlier if self.saved else ()
        if self.saved and self.changed:
            earlier = (*earlier, self.saved.as_earlier())
        try:
            answer = self.store.save(Answer.answering(self.exercise, value, earlier))
        except TextTooLong as error:
            self.say("error", str(error))
        except InvalidAnswer as error:
            self.say("error", learner.INVALID_ANSWER.format(reason=error))
        except StoreError as error:
            self.say("error", str(error))
        else:
            self.saved = answer
            self.changed = False
            self.answer = answer.to_dict()
            self.say("saved", learner.SAVED_AT.format(time=clock(answer.moment)), self.store.notices[known:])
            for other in list(_LIVE):
                if other is not self and getattr(other.exercise, "compare_with", None) == self.exercise.id:
                    other.set_trait("compared", other._compared())
