"""Keeping health scores fresh (HEALTH-4): the Qt side of `app.domain.health.store`.

One `HealthScorer` per open database listens to the change channel. A change to what a
score reads (a customer's properties, an activity logged, a ticket closed) rescores just
the customers it touched; a change to what decides the scores (a profile published, a
segment's view edited, a property's options) recomputes every customer, as does opening
the file on a new day and each local midnight (time windows move). The work runs on one
worker thread, in order, in short write transactions (one per chunk of customers, so a
user's edit never waits long for the file), and reports what it stored through the
channel, with itself as the origin so it does not answer its own reports. A full
recompute reports progress and can be cancelled; what it stored so far stays.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain import replica
from app.domain.errors import ValidationError
from app.domain.health import store
from app.domain.health.profiles import load_profile
from app.domain.health.scoring import score_batches
from app.domain.history import Touched, touched
from app.domain.zones import zone_named
from app.models.changes import Changes, channel_for
from app.store import User, utcnow
from app.store.engine import Database

FACT = "health.recomputed_on"  # the local day of the last whole recompute of this file
# What a customer's score reads: changes here rescore the customers touched.
TARGETED = frozenset(
    {"records", "activity_links", "associations", "meetings", "calls", "emails", "notes"}
)
# What decides every customer's score: changes here recompute them all.
EVERYTHING = frozenset(
    {
        "health_profiles",
        "health_groups",
        "health_rules",
        "health_profile_segments",
        "saved_views",
        "property_definitions",
        "property_options",
        "workspaces",
    }
)
DEBOUNCE_MS = 400


def scoring_zone(db: Database) -> ZoneInfo:
    """The zone whose days the scores count in: the first super admin's, so every laptop
    of a team counts the same days (docs/decisions.md, "Health scores")."""
    from sqlalchemy import select

    with db.session() as session:
        zone = session.scalars(
            select(User.time_zone)
            .where(User.is_super_admin, User.deleted_at.is_(None))
            .order_by(User.created_at, User.id)
            .limit(1)
        ).first()
    return zone_named(zone)


class HealthScorer(QObject):
    """Rescoring from the change channel, and the daily recompute, off the GUI thread."""

    progress = Signal(str, float)  # a whole recompute: (what, 0..1)
    busy = Signal(bool)  # a whole recompute started (True) or ended (False)
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="health")
        self._cancel = threading.Event()
        self._pending: set[uuid.UUID] = set()
        self._whole_pending = False
        self._futures: list[Future[None]] = []
        self._closed = False
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._flush)
        self._midnight = QTimer(self, singleShot=True)
        self._midnight.timeout.connect(self.recompute_all)
        channel_for(db).changed.connect(self._changed)

    # -- when ------------------------------------------------------------------------------
    def start(self) -> None:
        """On opening the file: recompute everything when it was not done today (in the
        scoring zone), and at each local midnight."""
        if self.db.read_only:
            return
        zone = scoring_zone(self.db)
        today = utcnow().astimezone(zone).date()
        with self.db.session() as session:
            done_on = replica.fact(session, FACT)
        if done_on != today.isoformat():
            self.recompute_all()
        self._arm_midnight(zone)

    def _arm_midnight(self, zone: ZoneInfo) -> None:
        now = utcnow().astimezone(zone)
        tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 1), zone)
        self._midnight.start(max(1_000, int((tomorrow - now).total_seconds() * 1000)))

    def _changed(self, changes: Changes) -> None:
        if changes.origin is self or self._closed or self.db.read_only:
            return
        what = changes.touched
        if not what.tables.isdisjoint(EVERYTHING):
            self._whole_pending = True
        elif not what.tables.isdisjoint(TARGETED):
            self._pending.update(what.row_ids)
        else:
            return
        self._debounce.start() if self._whole_pending else self._flush()

    def _flush(self) -> None:
        if self._whole_pending:
            self._whole_pending = False
            self._pending.clear()
            self.recompute_all()
        elif self._pending:
            ids, self._pending = set(self._pending), set()
            self._submit(lambda: self._rescore(ids))

    # -- work ------------------------------------------------------------------------------
    def recompute_all(self) -> None:
        """Recompute every customer in the background (progress, cancellable)."""
        if self._closed:
            return
        self._cancel.clear()
        self.busy.emit(True)
        self._submit(self._whole)

    def cancel(self) -> None:
        """Stop a whole recompute at its next chunk."""
        self._cancel.set()

    def _submit(self, job) -> None:
        if self._closed:
            return
        self._futures = [f for f in self._futures if not f.done()]
        self._futures.append(self._pool.submit(self._guarded, job))

    def _guarded(self, job) -> None:
        try:
            job()
        except store.RecomputeCancelled:
            pass
        except Exception as exc:  # shown in the status bar; the next change tries again
            if not self._closed:
                self.failed.emit(f"Health scores could not be updated: {exc}")
        finally:
            if job == self._whole:
                self.busy.emit(False)

    def _report(self, what: Touched) -> None:
        if what and not self._closed:
            channel_for(self.db).report(what, self)

    def _rescore(self, row_ids: set[uuid.UUID]) -> None:
        zone = scoring_zone(self.db)
        with self.db.write_session() as session:
            # A deleted customer's score goes (its history stays, for a restore).
            store.clear_scores(session, store.deleted_customers(session, row_ids))
            customers = store.affected_customers(session, row_ids)
            errors = []
            if customers:
                result = store.recompute(session, utcnow(), zone, record_ids=customers)
                errors = result.errors
            what = touched(session)
        self._report(what)
        if errors:
            self.failed.emit("Some health scores could not be computed: " + "; ".join(errors))

    def _whole(self) -> None:
        zone = scoring_zone(self.db)
        now = utcnow()
        with self.db.session() as session:
            work = store.plan(session, now, zone, None)
        total = max(1, work.total)
        done = 0
        errors: list[str] = []
        for profile_id, ids in work.profiles.items():
            # Scores are read in one snapshot, streamed; each batch is stored in a write
            # transaction of its own, so open tabs fill in as it goes.
            with self.db.session() as reader:
                spec = load_profile(reader, profile_id)
                try:
                    for batch in score_batches(
                        reader, spec, now, ids, zone=zone, batch=store.CHUNK
                    ):
                        if self._cancel.is_set() or self._closed:
                            raise store.RecomputeCancelled()
                        with self.db.write_session() as session:
                            store.store_scores(
                                session, spec, batch.scores, batch.unscored, now, zone
                            )
                            what = touched(session)
                        self._report(what)
                        done += len(batch.scores) + len(batch.unscored)
                        self.progress.emit("Scoring customers", done / total)
                except ValidationError as exc:  # the profile names a removed property
                    errors.append(f"“{spec.name}”: {exc}")
        with self.db.write_session() as session:
            store.clear_scores(session, work.unscored)
            replica.set_fact(session, FACT, now.astimezone(zone).date().isoformat())
            what = touched(session)
        self._report(what)
        self.progress.emit("Scoring customers", 1.0)
        if errors:
            self.failed.emit("Some health scores could not be computed: " + "; ".join(errors))

    def wait(self, timeout: float = 30.0) -> None:
        """Wait for the queued work (tests, and closing)."""
        for future in list(self._futures):
            future.result(timeout=timeout)

    def close(self) -> None:
        """Stop: cancel a whole recompute, wait for the job in hand, take no more."""
        self._cancel.set()
        self._closed = True
        self._debounce.stop()
        self._midnight.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)
