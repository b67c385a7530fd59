"""Reads that run off the GUI thread with the latest request winning (issue 11 item 7): a
search box asks again on every pause in typing, and a slow read for an older keystroke
must neither freeze the window nor replace the result of a newer one.

`LatestRead.run(read, apply)` runs `read` in a worker thread (each with its own session,
as every read does) and calls `apply` with its result on the GUI thread, unless another
`run` (or `supersede`, for a read done on the GUI thread meanwhile) came after it; a read
still waiting to start when a newer one arrives never starts. This needs only Qt's event
loop (a queued signal), not asyncio, so it works in the window, in tests and benchmarks.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from typing import Any

from PySide6.QtCore import QObject, Signal

# Two workers: a newer read can start while an older, slower one finishes (SQLite's WAL
# lets reads run side by side).
_WORKERS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="tend-read")
_running: set[Future[None]] = set()  # the reads submitted and not finished
_running_lock = threading.Lock()


def wait_idle(timeout: float = 30) -> None:
    """Until every read submitted so far has finished (tests, before they collect the
    garbage of the windows they closed: a collection must never run in a read's thread)."""
    with _running_lock:
        pending = set(_running)
    wait_for(pending, timeout)


def _finished(future: Future[None]) -> None:
    with _running_lock:
        _running.discard(future)


class LatestRead(QObject):
    """Off-thread reads of one thing (a table's first page, a finder's list)."""

    _done = Signal(int, object, object)  # ticket, result, error
    dropped = Signal()  # a read's result came after a newer one was asked for: not shown

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticket = 0
        self._apply: Callable[[Any], None] | None = None
        self._done.connect(self._deliver)

    @property
    def pending(self) -> bool:
        """A read was asked for and its result is not shown yet."""
        return self._apply is not None

    def supersede(self) -> None:
        """Drop any read under way: what it would show is older than what is shown now."""
        self._ticket += 1
        self._apply = None

    def run(self, read: Callable[[], Any], apply: Callable[[Any], None]) -> None:
        """Run `read` off the GUI thread, then `apply(result)` on it if still the latest."""
        self._ticket += 1
        ticket = self._ticket
        self._apply = apply

        def work() -> None:
            if ticket != self._ticket:
                return  # a newer read was asked for before this one started
            result: Any = None
            error: BaseException | None = None
            try:
                result = read()
            except BaseException as exc:  # shown on the GUI thread, where it belongs
                error = exc
            with contextlib.suppress(RuntimeError):  # the owner (a closed tab) is gone
                self._done.emit(ticket, result, error)

        future = _WORKERS.submit(work)
        with _running_lock:
            _running.add(future)
        future.add_done_callback(_finished)

    def _deliver(self, ticket: int, result: Any, error: BaseException | None) -> None:
        if ticket != self._ticket or self._apply is None:
            self.dropped.emit()  # a stale keystroke's result: a newer one is coming or shown
            return
        apply, self._apply = self._apply, None
        if error is not None:
            raise error
        apply(result)
