"""The change channel (DESIGN "Change channel"): every committed user action reports what
it wrote, and one Qt object per open database tells every tab. Anki's shape: an operation
returns its changes, one hook tells every view, and a view that is not showing only marks
itself stale (views/common/stale.py).

`write(db, action)` is how the Qt side runs a user action: one write transaction, and
after the commit the channel emits what the action's change entries touched. Work that
runs its own transactions (bulk actions, imports in a worker) reports through `report`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from app.domain.errors import PermissionDenied
from app.domain.history import Touched, touched
from app.store.engine import Database

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """What one committed action changed, and who made it (so the widget that made it, which
    already shows the new state, can skip reading it again)."""

    touched: Touched
    origin: object | None = None

    def touches(self, *tables: str) -> bool:
        """True when any of `tables` was written."""
        return self.touched.touches(*tables)

    def touches_object(self, object_type_id: object) -> bool:
        """True when records of that object were written."""
        return object_type_id in self.touched.object_type_ids


def records_of(changes: Changes, object_type_id: object) -> bool:
    """True when records of that object were written (or records whose object the writer
    did not say, to be safe)."""
    what = changes.touched
    return "records" in what.tables and (
        not what.object_type_ids or object_type_id in what.object_type_ids
    )


class ChangeChannel(QObject):
    """Emits `changed(Changes)` once per committed action, on the GUI thread (a report from a
    worker thread is delivered there by Qt's queued connection)."""

    changed = Signal(object)

    def report(self, what: Touched, origin: object | None = None) -> None:
        """Tell every listener what an action changed (nothing when it changed nothing)."""
        if what:
            self.changed.emit(Changes(what, origin))


_channels: weakref.WeakKeyDictionary[Database, ChangeChannel] = weakref.WeakKeyDictionary()


def channel_for(db: Database) -> ChangeChannel:
    """The one change channel of an open database (made on first use: call it first from
    the GUI thread, as the main window does)."""
    channel = _channels.get(db)
    if channel is None:
        channel = _channels[db] = ChangeChannel()
    return channel


def write(db: Database, action: Callable[[Session], T], origin: object | None = None) -> T:
    """Run `action` as one user action (saved whole or not at all), then report what it
    changed; a refused action (it raised) changes nothing and reports nothing. On a file
    opened read-only it is refused (PermissionDenied with the reason)."""
    if db.read_only:
        raise PermissionDenied(db.read_only_message)
    with db.write_session() as session:
        result = action(session)
        what = touched(session)
    channel_for(db).report(what, origin)
    return result
