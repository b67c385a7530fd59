"""Background sync of a replica (issue 14 item 3, DATA-2): the Qt side of `app.domain.sync`.

One `Syncer` per open replica. It syncs on opening, a moment after each local change to a
synced table (the change channel), and every half minute; when the server does not
answer it retries with a growing pause (5 s, 10 s, 20 s... at most 5 minutes). The work
runs on one worker thread, so the window never waits for the network; what a pull touched
is reported through the change channel (with the syncer as its origin), so open tabs show
the team's edits. `status` tells the status bar where things stand: synced, N changes
waiting, offline since 10:42, sign-in needed, N conflicts. A local workspace (not joined
to a server) has no syncer work: `active` is False.
"""

from __future__ import annotations

import datetime as dt
import enum
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import Engine

from app.domain.sync import conflicts, team
from app.domain.sync.fields import SYNCED
from app.domain.sync.push import pending_count
from app.domain.sync.run import Synced, sync_once
from app.models.changes import Changes, channel_for
from app.store.engine import Database

AFTER_CHANGE_MS = 1_500  # a burst of edits goes in one push
INTERVAL_MS = 30_000  # the team's edits arrive within half a minute
FIRST_RETRY_MS = 5_000
MAX_RETRY_MS = 300_000


class SyncState(enum.Enum):
    SYNCING = "syncing"
    SYNCED = "synced"
    OFFLINE = "offline"
    SIGN_IN = "sign_in"  # the server refused the login or its password


@dataclass(frozen=True)
class SyncStatus:
    """Where a replica's sync stands, for the status bar."""

    state: SyncState
    waiting: int = 0  # local changes not yet on the server
    conflicts: int = 0  # the viewer's values replaced by a teammate's or refused
    since: dt.datetime | None = None  # offline since (UTC)
    synced_at: dt.datetime | None = None  # the last sync that reached the server (UTC)
    reason: str = ""  # why offline, or why the sign-in was refused
    refused: tuple[str, ...] = ()  # the server's reasons for changes it refused, this sync


@dataclass
class _Outcome:
    # What the sync's pages did, finished or not (an error says it did not finish).
    synced: Synced = field(default_factory=Synced)
    error: team.TeamServerError | None = None
    waiting: int = 0
    conflicts: int = 0


def _default_connect(url: str, password: str | None) -> Engine:
    return team.connect(url, password)


class Syncer(QObject):
    """Pushes and pulls one replica in the background (see the module's doc)."""

    statusChanged = Signal(object)  # SyncStatus
    _finished = Signal(object)  # _Outcome, from the worker thread to the GUI thread

    def __init__(
        self,
        db: Database,
        viewer_id: Callable[[], uuid.UUID],
        parent: QObject | None = None,
        connect: Callable[[str, str | None], Engine] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.url = team.replica_server(db)
        self._viewer_id = viewer_id
        self._connect = connect
        self._password: str | None = None
        self._engine: Engine | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync")
        self._future: Future[None] | None = None
        self._again = False
        self._closed = threading.Event()
        self._retry_ms = 0
        self.status = SyncStatus(SyncState.SYNCING)
        self._after_change = QTimer(self, singleShot=True, interval=AFTER_CHANGE_MS)
        self._after_change.timeout.connect(self.sync_now)
        self._next = QTimer(self, singleShot=True)
        self._next.timeout.connect(self.sync_now)
        self._finished.connect(self._done)
        channel_for(db).changed.connect(self._changed)

    @property
    def active(self) -> bool:
        """True for a team server's replica: there is something to sync with."""
        return self.url is not None

    @property
    def busy(self) -> bool:
        return self._future is not None and not self._future.done()

    # -- when ------------------------------------------------------------------------------
    def start(self) -> None:
        """Sync now, and from here on after changes and every INTERVAL_MS."""
        if self.active and not self.db.read_only:
            self.sync_now()

    def _changed(self, changes: Changes) -> None:
        if changes.origin is self or not self.active or self._closed.is_set():
            return
        if not changes.touched.tables.isdisjoint(SYNCED):
            self._after_change.start()

    def sync_now(self) -> None:
        """Sync at once (or right after the sync in hand)."""
        if not self.active or self._closed.is_set():
            return
        if self.busy:
            self._again = True
            return
        self._next.stop()
        self._after_change.stop()
        self._set(SyncStatus(SyncState.SYNCING, self.status.waiting, self.status.conflicts,
                             self.status.since, self.status.synced_at))  # fmt: skip
        self._future = self._pool.submit(self._work)

    def sign_in(self, password: str) -> None:
        """A password typed by the person: kept in the OS keyring once the server takes
        it, and used from now on."""
        self._password = password
        self._drop_engine()
        self.sync_now()

    # -- work (the worker thread) ------------------------------------------------------------
    def _work(self) -> None:
        outcome = _Outcome()
        try:
            self._sync(outcome.synced)
        except team.TeamServerError as exc:
            outcome.error = exc
        except Exception as exc:  # the network went away mid-sync: what was done is kept
            self._drop_engine()
            outcome.error = team.TeamServerError(f"The server stopped answering: {exc}")
        try:
            with self.db.session() as session:
                outcome.waiting = pending_count(session)
                outcome.conflicts = conflicts.open_count(session, self._viewer_id())
        except Exception:  # the file is closing
            pass
        if not self._closed.is_set():
            self._finished.emit(outcome)

    def _sync(self, done: Synced) -> None:
        from app.store import secrets  # the keyring, only when a replica syncs

        assert self.url is not None
        if self._engine is None:
            password = self._password
            if password is None:
                password = secrets.saved_password(self.url)
            self._engine = (self._connect or _default_connect)(self.url, password)
            if password is not None and password == self._password:
                secrets.save_password(self.url, password)
        sync_once(self.db, self._engine, self._closed.is_set, done)

    def _drop_engine(self) -> None:
        engine, self._engine = self._engine, None
        if engine is not None:
            engine.dispose()

    # -- results (the GUI thread) --------------------------------------------------------------
    def _done(self, outcome: _Outcome) -> None:
        if self._closed.is_set():
            return
        now = dt.datetime.now(dt.UTC)
        error = outcome.error
        if error is None:
            self._retry_ms = 0
            status = SyncStatus(SyncState.SYNCED, outcome.waiting, outcome.conflicts,
                                synced_at=now, refused=tuple(outcome.synced.refused))  # fmt: skip
            self._next.start(INTERVAL_MS)
        elif isinstance(error, team.SignInRefused):
            self._password = None  # ask again; nothing is retried until then
            status = SyncStatus(SyncState.SIGN_IN, outcome.waiting, outcome.conflicts,
                                synced_at=self.status.synced_at, reason=str(error))  # fmt: skip
        else:
            since = self.status.since if self.status.state is SyncState.OFFLINE else now
            self._retry_ms = min(MAX_RETRY_MS, max(FIRST_RETRY_MS, self._retry_ms * 2))
            status = SyncStatus(SyncState.OFFLINE, outcome.waiting, outcome.conflicts, since,
                                self.status.synced_at, reason=str(error))  # fmt: skip
            self._next.start(self._retry_ms)
        if outcome.synced.touched:  # pages pulled before the network went are shown too
            channel_for(self.db).report(outcome.synced.touched, self)
        self._set(status)
        if self._again:
            self._again = False
            self.sync_now()

    def _set(self, status: SyncStatus) -> None:
        self.status = status
        self.statusChanged.emit(status)

    def wait(self, timeout: float = 30.0) -> None:
        """Wait for the sync in hand (tests)."""
        if self._future is not None:
            self._future.result(timeout=timeout)

    def close(self) -> None:
        """Stop: let the sync in hand end at its next page, take no more."""
        self._closed.set()
        self._after_change.stop()
        self._next.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._drop_engine()


def add_team_member(db: Database, person: team.NewUser, password: str) -> uuid.UUID:
    """Settings → Users & teams in a team workspace (issue 14 item 1, PERM-1, PERM-2): add a
    person with a login of their own on the server this file is a replica of, signing in
    as this laptop's login (a super admin's whose PostgreSQL role may create logins, the
    server refuses otherwise). The person reaches this file with the next sync."""
    from app.store import secrets

    url = team.replica_server(db)
    if url is None:
        raise team.TeamServerError("This workspace is not a team server's replica.")
    return team.add_user(url, person, password, secrets.saved_password(url))


def team_names(db: Database) -> list[str]:
    """The workspace's teams, by name, for a new person's primary team."""
    from sqlalchemy import select

    from app.store import Team

    with db.session() as session:
        return list(
            session.scalars(select(Team.name).where(Team.deleted_at.is_(None)).order_by(Team.name))
        )
