"""Running long work off the GUI thread through the qasync event loop (DESIGN: Threads)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

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
