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
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

# Two workers: a newer read can start while an older, slower one finishes (SQLite's WAL
# lets reads run side by side).
_WORKERS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="tend-read")


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

        _WORKERS.submit(work)

    def _deliver(self, ticket: int, result: Any, error: BaseException | None) -> None:
        if ticket != self._ticket or self._apply is None:
            self.dropped.emit()  # a stale keystroke's result: a newer one is coming or shown
            return
        apply, self._apply = self._apply, None
        if error is not None:
            raise error
        apply(result)
