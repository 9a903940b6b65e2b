"""Save while the learner types: run an action once typing has paused."""

from __future__ import annotations

import threading
from collections.abc import Callable

SAVE_DELAY_SECONDS = 0.7


class Debouncer:
    """Calls ``action`` ``delay`` seconds after the last :meth:`trigger`.

    ``delay <= 0`` runs the action at once (tests, and anything that should not wait).
    The timer thread is not a daemon, so a pending save still happens when Python exits.
    """

    def __init__(self, action: Callable[[], None], delay: float = SAVE_DELAY_SECONDS):
        self.action = action
        self.delay = delay
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    @property
    def pending(self) -> bool:
        return self._timer is not None

    def trigger(self) -> None:
        if self.delay <= 0:
            self.action()
            return
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self._fire)
            self._timer.start()

    def flush(self) -> None:
        """Run the action now; a pending run is cancelled."""
        self._cancel()
        self.action()

    def _cancel(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

    def _fire(self) -> None:
        with self._lock:
            if self._timer is threading.current_thread():  # not replaced by a newer trigger
                self._timer = None
        self.action()
