"""Running long work off the GUI thread through the qasync event loop (DESIGN: Threads)."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

T = TypeVar("T")


class Progress(QObject):
    """Carries progress from a worker thread to the GUI (queued across threads by Qt),
    and the user's cancel back to the worker."""

    changed = Signal(str, float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def report(self, phase: str, fraction: float) -> None:
        """Called from the worker thread."""
        self.changed.emit(phase, fraction)

    def cancel(self) -> None:
        """Ask the worker to stop at its next check."""
        self._cancel.set()

    def cancelled(self) -> bool:
        """Polled by the worker."""
        return self._cancel.is_set()


async def run_off_gui_thread(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run `fn` in a worker thread and await its result without blocking the window."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, lambda: fn(*args, **kwargs))


class GuiThreadGarbage(QObject):
    """Python's cyclic garbage collector runs in whichever thread happens to allocate, so
    a worker thread could destroy a widget the GUI thread made; Qt then cannot stop that
    widget's timers ("Timers cannot be stopped from another thread") and crashes later.
    So automatic collection is off and this collects on the GUI thread instead: the young
    generations often, everything now and then (Anki does the same)."""

    def __init__(self, parent: QObject, interval_ms: int = 1000, full_every: int = 30) -> None:
        super().__init__(parent)
        gc.disable()
        self._ticks = 0
        self._full_every = full_every
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def freeze(self) -> None:
        """Once start-up's objects are made (the window painted): collect, then leave what
        lives on out of later full collections, which then take a fraction of a
        millisecond instead of about 80 ms on the 100,000-company demo."""
        gc.collect()
        gc.freeze()

    def collect(self) -> None:
        """One collection on this (the GUI) thread."""
        self._ticks += 1
        gc.collect(2 if self._ticks % self._full_every == 0 else 1)


class OneJob:
    """At most one long job at a time behind a progress row: `start` makes the job's
    Progress and shows the row, `finish` drops it and hides the row, and `busy_changed`
    lets the owner grey what must wait while the job runs."""

    def __init__(self, owner: QObject, row: QWidget, busy_changed: Callable[[bool], None]) -> None:
        self._owner = owner
        self._row = row
        self._busy_changed = busy_changed
        self.progress: Progress | None = None

    @property
    def running(self) -> bool:
        """A job has started and not finished."""
        return self.progress is not None

    def start(self) -> Progress:
        """The new job's Progress, with the row shown."""
        self.progress = Progress(self._owner)
        self._row.show()
        self._busy_changed(True)
        return self.progress

    def finish(self) -> None:
        """The job is over (done, failed or cancelled): the row hides."""
        if self.progress is not None:
            self.progress.deleteLater()
        self.progress = None
        self._row.hide()
        self._busy_changed(False)

    def cancel(self) -> None:
        """Ask the running job, if any, to stop."""
        if self.progress is not None:
            self.progress.cancel()
