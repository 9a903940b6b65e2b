"""The debouncer behind "save while typing"."""

from __future__ import annotations

import threading

from coursekit.widgets.autosave import Debouncer


def test_many_triggers_in_a_row_run_the_action_once_after_the_pause():
    runs = []
    done = threading.Event()
    debouncer = Debouncer(lambda: (runs.append(1), done.set()), delay=1.0)
    for _ in range(5):
        debouncer.trigger()
    assert runs == [] and debouncer.pending
    assert done.wait(timeout=10)
    assert runs == [1] and not debouncer.pending


def test_flush_runs_now_and_cancels_the_pending_run():
    runs = []
    debouncer = Debouncer(lambda: runs.append(1), delay=1.0)
    debouncer.trigger()
    debouncer.flush()
    assert runs == [1] and not debouncer.pending
    threading.Event().wait(1.3)
    assert runs == [1]


def test_no_delay_runs_at_once():
    runs = []
    Debouncer(lambda: runs.append(1), delay=0).trigger()
    assert runs == [1]
