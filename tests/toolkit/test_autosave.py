"""The debouncer behind "save while typing".

The pause is a timer. The tests below let the pause end when they say so (ManualTimer) instead of
sleeping and hoping the machine kept up: on a loaded machine a sleep can end before or long after
the timer. One test uses the real timer and waits for the save itself.
"""

from __future__ import annotations

import threading
import time

import pytest

from coursekit.notebook.autosave import Debouncer


class ManualTimer(threading.Thread):
    """threading.Timer whose delay is over when the test calls ``elapse()``."""

    def __init__(self, interval, function, started):
        super().__init__(daemon=True)
        self.function = function
        self._over = threading.Event()
        self._cancelled = threading.Event()
        started.append(self)

    def cancel(self):
        self._cancelled.set()
        self._over.set()

    def run(self):
        self._over.wait()
        if not self._cancelled.is_set():
            self.function()

    def elapse(self):
        self._over.set()
        self.join(timeout=60)
        assert not self.is_alive()


@pytest.fixture
def timers(monkeypatch) -> list[ManualTimer]:
    """The timers the debouncer starts, in order; their delay ends only on ``elapse()``."""
    started: list[ManualTimer] = []
    monkeypatch.setattr(threading, "Timer", lambda interval, function: ManualTimer(interval, function, started))
    return started


def test_many_triggers_in_a_row_run_the_action_once_after_the_pause(timers):
    runs = []
    debouncer = Debouncer(lambda: runs.append(1), delay=1.0)
    for _ in range(5):
        debouncer.trigger()
    assert runs == [] and debouncer.pending and len(timers) == 5
    for timer in timers:  # every pause ends; only the last one was still wanted
        timer.elapse()
    assert runs == [1] and not debouncer.pending


def test_flush_runs_now_and_cancels_the_pending_run(timers):
    runs = []
    debouncer = Debouncer(lambda: runs.append(1), delay=1.0)
    debouncer.trigger()
    debouncer.flush()
    assert runs == [1] and not debouncer.pending
    timers[0].elapse()
    assert runs == [1]


def test_the_real_timer_saves_once_the_delay_is_over():
    done = threading.Event()
    debouncer = Debouncer(done.set, delay=0.2)
    started = time.monotonic()
    debouncer.trigger()
    assert done.wait(timeout=60), "the action never ran"
    assert time.monotonic() - started >= 0.2
    assert not debouncer.pending  # cleared before the action runs


def test_no_delay_runs_at_once():
    runs = []
    Debouncer(lambda: runs.append(1), delay=0).trigger()
    assert runs == [1]
