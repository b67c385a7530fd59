"""Storing health scores (HEALTH-1, HEALTH-4, HEALTH-5): which live profile scores which
customer, and the derived rows a score leaves — the customer's current score, its
history (a point per day it changed, with the rules that moved it) and an alert for
its CSM when the category changes.

These are derived rows, not user data: they are computed again from the records at any
time, so they are written here directly (no change entries, a documented exception to
the one write path) with deterministic keys — (customer, profile) for a score,
(customer, profile, day) for a history point and an alert — so two replicas computing
the same score store one row. The customer's score and status are also copied to the
promoted columns `records.health_score` / `records.health_status`, which tables sort
and filter on; `updated_at` and the records' history do not move for them.

A customer is scored by the first live profile (by name) whose segments (saved customer
views) hold it, else by the default profile; a customer with no input for any group of
its profile, or under no live profile, has no score. `recompute` scores a set of
customers (or all) in batches (`scoring.score_batches`) and writes only what changed, on
SQLite with the driver in the columns' stored forms.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Text, Uuid, bindparam, delete, select, type_coerce, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.filters import FilterContext, compile_filters
from app.domain.health.profiles import ProfileSpec, load_profile
from app.domain.health.scoring import (
    BULK,
    NOBODY,
    CustomerScore,
    ScoringResult,
    score_batches,
)
from app.domain.history import note_touched
from app.domain.i18n import QT_TR_NOOP, Message
from app.domain.properties import load_properties
from app.domain.saved_views import effective_filters
from app.domain.search import unindexed
from app.domain.workspace import customer_object
from app.store import (
    Alert,
    HealthCategory,
    HealthProfile,
    HealthProfileSegment,
    HealthScore,
    HealthScoreHistory,
    ProfileStatus,
    Record,
    SavedView,
)
from app.store.base import JSONValue, UTCDateTime

NAMESPACE = uuid.UUID("5b0e3c1e-4f7a-4d52-9a57-6f1f0b6c4e21")
ALERT_DAYS = 14
CHUNK = 5_000
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class RecomputeCancelled(Exception):
    """The user cancelled a recompute; the chunks already stored stay stored."""


_NAMESPACE = NAMESPACE.bytes


def _key(name: str) -> uuid.UUID:
    """`uuid.uuid5(NAMESPACE, name)`, without its checks (hundreds of thousands a run)."""
    n = int.from_bytes(hashlib.sha1(_NAMESPACE + name.encode()).digest()[:16])
    return uuid.UUID(int=(n & _CLEAR) | _VERSION_5)


_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_VERSION_5 = (5 << 76) | (0x8000 << 48)


def score_id(record_id: uuid.UUID, profile_id: uuid.UUID) -> uuid.UUID:
    return _key(f"score/{record_id}/{profile_id}")


def history_id(record_id: uuid.UUID, profile_id: uuid.UUID, day: dt.date) -> uuid.UUID:
    return _key(f"history/{record_id}/{profile_id}/{day.isoformat()}")


def alert_id(record_id: uuid.UUID, profile_id: uuid.UUID, day: dt.date) -> uuid.UUID:
    return _key(f"alert/{record_id}/{profile_id}/{day.isoformat()}")


def version_of(spec: ProfileSpec) -> str:
    """A short fingerprint of a profile's rules, in order: a stored breakdown's points are
    compared rule by rule only under the same rules."""
    ids = ",".join(str(r.id) for g in spec.groups for r in g.rules)
    return hashlib.sha1(ids.encode()).hexdigest()[:10]


# ---- which profile scores which customer ------------------------------------------------


def live_profiles(session: Session) -> list[HealthProfile]:
    return list(
        session.scalars(
            select(HealthProfile)
            .where(HealthProfile.status == ProfileStatus.LIVE, HealthProfile.deleted_at.is_(None))
            .order_by(HealthProfile.name, HealthProfile.id)
        )
    )


def default_profile(profiles: Sequence[HealthProfile]) -> HealthProfile | None:
    """The live profile for customers in no segment: the one marked default, else the
    first live one."""
    marked = [p for p in profiles if p.is_default]
    chosen = marked or list(profiles)
    return chosen[0] if chosen else None


def segment_views(session: Session, profile_id: uuid.UUID) -> list[SavedView]:
    return list(
        session.scalars(
            select(SavedView)
            .join(HealthProfileSegment, HealthProfileSegment.view_id == SavedView.id)
            .where(
                HealthProfileSegment.profile_id == profile_id,
                HealthProfileSegment.deleted_at.is_(None),
                SavedView.deleted_at.is_(None),
            )
            .order_by(HealthProfileSegment.position)
        )
    )


def chunks(ids: Sequence[uuid.UUID], size: int | None = None) -> Iterator[list[uuid.UUID]]:
    size = size or CHUNK
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def assign(
    session: Session,
    ctx: FilterContext,
    record_ids: Iterable[uuid.UUID] | None = None,
) -> tuple[dict[uuid.UUID, list[uuid.UUID]], list[uuid.UUID]]:
    """({live profile id: its customers}, customers under no live profile) among
    `record_ids` (all live customers when None)."""
    customers = customer_object(session)
    wanted = select(Record.id).where(
        Record.object_type_id == customers.id, Record.deleted_at.is_(None)
    )
    if record_ids is None:
        remaining = list(session.scalars(wanted.order_by(Record.id)))
    else:
        asked = list(dict.fromkeys(record_ids))
        kind: Any = Record.object_type_id
        if session.get_bind().dialect.name == "sqlite":
            kind = unindexed(kind)  # read the asked ids, not every customer (see below)
        by_ids = select(Record.id).where(kind == customers.id, Record.deleted_at.is_(None))
        remaining = []
        for chunk in chunks(asked):
            remaining += session.scalars(by_ids.where(Record.id.in_(chunk)))
        remaining.sort(key=lambda i: i.int)
    profiles = live_profiles(session)
    fallback = default_profile(profiles)
    out: dict[uuid.UUID, list[uuid.UUID]] = {}
    props = load_properties(session, customers.id)
    left = set(remaining)
    for profile in profiles:
        views = segment_views(session, profile.id)
        if not views or not left:
            continue
        groups = [g for v in views for g in (effective_filters(session, v) or [[]])]
        try:
            condition = compile_filters(groups, props, ctx, session)
        except ValidationError:  # a segment's view names a property since removed
            continue
        mine: list[uuid.UUID] = []
        for chunk in chunks(_in_order(remaining, left)):
            mine += session.scalars(select(Record.id).where(Record.id.in_(chunk), condition))
        if mine:
            out[profile.id] = mine
            left -= set(mine)
    if fallback is not None and left:
        out.setdefault(fallback.id, []).extend(_in_order(remaining, left))
        left = set()
    return out, _in_order(remaining, left)


def _in_order(ids: list[uuid.UUID], keep: set[uuid.UUID]) -> list[uuid.UUID]:
    """`ids` (sorted) that are in `keep`, in order (sorting 100,000 UUIDs again would
    compare them in Python)."""
    return [i for i in ids if i in keep]


# ---- storing ----------------------------------------------------------------------------


@dataclass
class StoreResult:
    scored: int = 0
    changed: int = 0  # customers whose score or status changed
    alerts: int = 0
    cleared: int = 0  # customers whose score was removed
    category_changes: list[tuple[uuid.UUID, HealthCategory | None, HealthCategory]] = field(
        default_factory=list
    )
    # Profiles that could not score (a rule names a property since removed): their
    # customers keep the scores they had.
    errors: list[str] = field(default_factory=list)

    def add(self, other: StoreResult) -> None:
        self.scored += other.scored
        self.changed += other.changed
        self.alerts += other.alerts
        self.cleared += other.cleared
        self.category_changes += other.category_changes
        self.errors += other.errors


def breakdown_of(spec: ProfileSpec, scored: CustomerScore, version: str = "") -> dict[str, Any]:
    """What a stored score keeps of how it came: per rule (in the profile's order) its
    points and what it counted, per group its points after the cap — compact, as there is
    one per customer."""
    return {
        "v": version or version_of(spec),
        "profile": spec.name,
        "p": list(scored.points),
        "n": list(scored.counts),
        "g": list(scored.group_points),
    }


def _moves(
    spec: ProfileSpec, old: Mapping[str, Any] | None, new: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """The rules whose points changed between two breakdowns of the same profile."""
    if not old or old.get("v") != new["v"]:
        return []
    labels = [(r.label, g.name) for g in spec.groups for r in g.rules]
    moves = []
    for (label, group), before, after, count in zip(
        labels, old.get("p", []), new["p"], new["n"], strict=False
    ):
        if before != after:
            moves.append(
                {
                    "rule": label,
                    "group": group,
                    "before": before,
                    "after": after,
                    "count": count if isinstance(count, int) and count is not True else None,
                }
            )
    return moves


def _merge_moves(
    earlier: list[dict[str, Any]], later: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """A day's moves after a second change that day: each rule from its first "before" to
    its last "after" (a rule that came back where it started drops out)."""
    merged = {m["rule"]: dict(m) for m in earlier}
    for m in later:
        if m["rule"] in merged:
            merged[m["rule"]].update(after=m["after"], count=m["count"])
        else:
            merged[m["rule"]] = dict(m)
    return [m for m in merged.values() if m["before"] != m["after"]]


def _upsert(session: Session, model: Any, rows: list[dict[str, Any]], keep: Sequence[str]) -> None:
    """INSERT … ON CONFLICT (id) DO UPDATE the `keep` columns, for derived rows."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upsert(session, model.__table__, rows, keep)
        return
    statement = postgresql.insert(model)
    statement = statement.on_conflict_do_update(
        index_elements=["id"], set_={k: getattr(statement.excluded, k) for k in keep}
    )
    session.execute(statement, rows)


@functools.lru_cache(maxsize=256)
def _sqlite_time(value: dt.datetime) -> str:
    """A timestamp as `UTCDateTime` stores it on SQLite (naive UTC text)."""
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _sqlite_form(kind: Any) -> Callable[[Any], Any] | None:
    """How a value takes its stored SQLite form, as the column's type would bind it (None:
    as it is): tens of thousands of derived rows are written with the driver directly
    (binding them through SQLAlchemy's types was half a recompute's time)."""
    if isinstance(kind, Uuid):
        return lambda v: None if v is None else v.hex
    if isinstance(kind, UTCDateTime):
        return lambda v: None if v is None else _sqlite_time(v)
    if isinstance(kind, JSONValue):
        return lambda v: None if v is None else json.dumps(v)
    return None


def _sqlite_values(table: Any, columns: list[str], rows: list[dict[str, Any]]) -> list[Any]:
    """The rows as tuples in their stored form, converted column by column (a column of
    one value — the run's timestamp — converted once)."""
    converted = []
    for name in columns:
        column = [row[name] for row in rows]
        form = _sqlite_form(table.c[name].type)
        if form is not None:
            first = column[0]
            if column.count(first) == len(column):
                column = [form(first)] * len(column)
            else:
                column = list(map(form, column))
        converted.append(column)
    return list(zip(*converted, strict=True))


def _sqlite_upsert(
    session: Session, table: Any, rows: list[dict[str, Any]], keep: Sequence[str]
) -> None:
    columns = list(rows[0])
    updates = ", ".join(f"{k} = excluded.{k}" for k in keep)
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}"
    )
    session.connection().exec_driver_sql(sql, _sqlite_values(table, columns, rows))


@dataclass(frozen=True)
class _Stored:
    profile_id: uuid.UUID
    score: int
    category: HealthCategory
    breakdown: Any  # as read: JSON text on SQLite, decoded on PostgreSQL

    def same_breakdown(self, new: Mapping[str, Any], text: str) -> bool:
        if isinstance(self.breakdown, str):
            return self.breakdown == text
        return bool(self.breakdown == new)

    def decoded(self) -> Mapping[str, Any]:
        if isinstance(self.breakdown, str):
            return cast(Mapping[str, Any], json.loads(self.breakdown or "{}"))
        return cast(Mapping[str, Any], self.breakdown or {})


def _stored(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, _Stored]:
    """The customers' current stored scores (under whichever profile), read as rows; the
    breakdowns are compared as stored (decoding 100,000 of them to find none changed was
    a fifth of a recompute)."""
    out: dict[uuid.UUID, _Stored] = {}
    columns = (
        HealthScore.record_id,
        HealthScore.profile_id,
        HealthScore.score,
        HealthScore.category,
        type_coerce(HealthScore.breakdown, Text),
    )
    for chunk in chunks(ids):
        query = select(*columns).where(
            HealthScore.record_id.in_(chunk), HealthScore.deleted_at.is_(None)
        )
        for rid, pid, score, category, breakdown in session.execute(query):
            out[rid] = _Stored(pid, score, HealthCategory(category), breakdown)
    return out


def _by_id(session: Session, column: Any, key: Any, ids: Sequence[Any]) -> dict[Any, Any]:
    out: dict[Any, Any] = {}
    for chunk in chunks(ids):
        out.update((k, v) for k, v in session.execute(select(key, column).where(key.in_(chunk))))
    return out


@dataclass
class _Rows:
    scores: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    alerts: list[dict[str, Any]] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)


def _stamped(now: dt.datetime, **values: Any) -> dict[str, Any]:
    return {**values, "created_at": now, "updated_at": now, "deleted_at": None}


NO_MOVES = json.dumps({"moves": []})


def store_scores(
    session: Session,
    spec: ProfileSpec,
    scores: Mapping[uuid.UUID, CustomerScore],
    unscored: Iterable[uuid.UUID],
    now: dt.datetime,
    zone: dt.tzinfo,
) -> StoreResult:
    """Store one profile's scores of some customers (and clear the score of those it
    could not score), writing only what changed: the score row, the records' columns, the
    day's history point, an alert on a category change."""
    result = StoreResult(scored=len(scores))
    day = now.astimezone(zone).date()
    stored = _stored(session, list(scores))
    # A customer now scored by this profile loses the row of the one that scored it before.
    moved = [score_id(r, old.profile_id) for r, old in stored.items() if old.profile_id != spec.id]
    for chunk in chunks(moved):
        session.execute(delete(HealthScore).where(HealthScore.id.in_(chunk)))
    rows = _Rows()
    version = version_of(spec)
    changed: list[tuple[uuid.UUID, CustomerScore, _Stored | None, dict[str, Any]]] = []
    for record_id, scored in scores.items():
        old = stored.get(record_id)
        breakdown = breakdown_of(spec, scored, version)
        same_score = (
            old is not None and old.score == scored.score and (old.category == scored.category)
        )
        if same_score and old is not None and old.same_breakdown(breakdown, json.dumps(breakdown)):
            continue
        rows.scores.append(
            {
                "id": score_id(record_id, spec.id), "record_id": record_id,
                "profile_id": spec.id, "score": scored.score,
                "category": scored.category.value, "computed_at": now,
                "breakdown": breakdown, "created_at": now, "updated_at": now,
                "deleted_at": None,
            }
        )  # fmt: skip
        if not same_score:  # (the same score: the rules moved each other out)
            changed.append((record_id, scored, old, breakdown))
    _changed_rows(session, rows, result, spec, changed, now, day)
    keep_score = ("score", "category", "computed_at", "breakdown", "updated_at", "deleted_at")
    _upsert(session, HealthScore, rows.scores, keep_score)
    keep_history = ("score", "category", "at", "reason", "updated_at")
    _upsert(session, HealthScoreHistory, rows.history, keep_history)
    # An alert raised again the same day keeps the day's first "from" (the change the
    # CSM missed), with the latest "to".
    keep_alert = ("new_category", "raised_at", "expires_at", "updated_at")
    _upsert(session, Alert, rows.alerts, keep_alert)
    for chunk in chunks([r["id"] for r in rows.alerts]):  # changed and changed back today
        session.execute(
            delete(Alert).where(Alert.id.in_(chunk), Alert.old_category == Alert.new_category)
        )
    _write_columns(session, rows.records)
    result.cleared = clear_scores(session, unscored)
    if rows.scores:
        note_touched(session, "health_scores", [r["id"] for r in rows.scores])
    if rows.history:
        note_touched(session, "health_score_history", [r["id"] for r in rows.history])
    if rows.alerts:
        note_touched(session, "alerts", [r["id"] for r in rows.alerts])
    if rows.records:
        touched = [r["b_id"] for r in rows.records]
        note_touched(session, "records", touched, customer_object(session).id)
    return result


def _changed_rows(
    session: Session,
    rows: _Rows,
    result: StoreResult,
    spec: ProfileSpec,
    changed: list[tuple[uuid.UUID, CustomerScore, _Stored | None, dict[str, Any]]],
    now: dt.datetime,
    day: dt.date,
) -> None:
    """What the customers whose score or category changed write besides their score: the
    records' columns, the day's history point (with the rules that moved it, merged with
    an earlier point of the same day) and, on a change of category, an alert."""
    day_ids = [history_id(r, spec.id, day) for r, *_ in changed]
    todays = _by_id(session, HealthScoreHistory.reason, HealthScoreHistory.id, day_ids)
    alerting = [r for r, scored, old, _b in changed if old and old.category != scored.category]
    owners = _by_id(session, Record.owner_id, Record.id, alerting)
    expires = now + dt.timedelta(days=ALERT_DAYS)
    for (record_id, scored, old, breakdown), day_id in zip(changed, day_ids, strict=True):
        result.changed += 1
        category = scored.category.value
        rows.records.append({"b_id": record_id, "score": scored.score, "status": category})
        reason = NO_MOVES
        moves = [] if old is None else _moves(spec, old.decoded(), breakdown)
        today = todays.get(day_id)
        if today is not None:
            moves = _merge_moves(json.loads(today or "{}").get("moves", []), moves)
        if moves:
            reason = json.dumps({"moves": moves})
        rows.history.append(
            {
                "id": day_id, "record_id": record_id, "profile_id": spec.id,
                "score": scored.score, "category": category, "at": now, "reason": reason,
                "created_at": now, "updated_at": now, "deleted_at": None,
            }
        )  # fmt: skip
        if old is None or old.category == scored.category:
            continue
        result.alerts += 1
        result.category_changes.append((record_id, old.category, scored.category))
        rows.alerts.append(
            _stamped(
                now, id=alert_id(record_id, spec.id, day), record_id=record_id,
                user_id=owners.get(record_id), profile_id=spec.id,
                old_category=old.category.value, new_category=category, raised_at=now,
                expires_at=expires, dismissed_at=None,
            )
        )  # fmt: skip


def _write_columns(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows and session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql(
            "UPDATE records SET health_score = ?, health_status = ? WHERE id = ?",
            [(r["score"], r["status"], r["b_id"].hex) for r in rows],
        )
    elif rows:
        statement = (
            update(Record.__table__)  # type: ignore[arg-type]
            .where(Record.__table__.c.id == bindparam("b_id"))
            .values(health_score=bindparam("score"), health_status=bindparam("status"))
        )
        session.execute(statement, rows)


def clear_scores(session: Session, record_ids: Iterable[uuid.UUID]) -> int:
    """Remove the current score of customers no live profile scores (history stays)."""
    ids = list(record_ids)
    cleared = 0
    for chunk in chunks(ids):
        had = list(
            session.scalars(
                select(Record.id).where(Record.id.in_(chunk), Record.health_score.is_not(None))
            )
        )
        session.execute(delete(HealthScore).where(HealthScore.record_id.in_(chunk)))
        if had:
            session.execute(
                update(Record)
                .where(Record.id.in_(had))
                .values(health_score=None, health_status=None)
                .execution_options(synchronize_session=False)
            )
            note_touched(session, "records", had, customer_object(session).id)
            note_touched(session, "health_scores", had)
            cleared += len(had)
    return cleared


# ---- recomputing ------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """A recompute's work: each profile's customers, and those under none."""

    profiles: dict[uuid.UUID, list[uuid.UUID]]
    unscored: list[uuid.UUID]

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.profiles.values()) + len(self.unscored)


def plan(
    session: Session, now: dt.datetime, zone: dt.tzinfo, record_ids: Iterable[uuid.UUID] | None
) -> Plan:
    local = now.astimezone(zone)
    ctx = FilterContext(NOBODY, local.date(), local)
    profiles, unscored = assign(session, ctx, record_ids)
    return Plan(profiles, unscored)


def recompute(
    session: Session,
    now: dt.datetime,
    zone: dt.tzinfo,
    *,
    record_ids: Iterable[uuid.UUID] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> StoreResult:
    """Score the given customers (all when None) under the profiles that apply to them and
    store what changed, in this session's transaction. `progress(done, total)` counts each
    customer twice: once scored, once stored."""
    work = plan(session, now, zone, record_ids)
    total = 2 * work.total
    done = 0
    out = StoreResult()

    def step(n: int) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise RecomputeCancelled()
        done += n
        if progress is not None:
            progress(done, total)

    for profile_id, ids in work.profiles.items():
        spec = load_profile(session, profile_id)
        try:
            batches: Iterable[ScoringResult] = score_batches(session, spec, now, ids, zone=zone)
            if len(ids) > BULK:  # read while streaming; this connection writes after
                batches = list(_counted(batches, step))
            for batch in batches:
                if len(ids) <= BULK:
                    step(len(batch.scores) + len(batch.unscored))
                with session.begin_nested():
                    out.add(store_scores(session, spec, batch.scores, batch.unscored, now, zone))
                step(len(batch.scores) + len(batch.unscored))
        except ValidationError as exc:
            said = Message(QT_TR_NOOP("“{name}”: {reason}"), {"name": spec.name, "reason": exc})
            out.errors.append(said.translated())
    out.cleared += clear_scores(session, work.unscored)
    if progress is not None:
        progress(total, total)
    return out


def _counted(
    batches: Iterable[ScoringResult], step: Callable[[int], None]
) -> Iterator[ScoringResult]:
    for batch in batches:
        step(len(batch.scores) + len(batch.unscored))
        yield batch


def deleted_customers(session: Session, row_ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    """The touched records that are deleted customers still holding a score."""
    ids = list(set(row_ids))
    customers = customer_object(session).id
    found: list[uuid.UUID] = []
    for chunk in chunks(ids):
        found += session.scalars(
            select(Record.id).where(
                Record.id.in_(chunk),
                Record.object_type_id == customers,
                Record.deleted_at.is_not(None),
                Record.health_score.is_not(None),
            )
        )
    return found


def affected_customers(session: Session, row_ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    """The customers a change touched: those among the row ids, and those associated with
    a touched record (a ticket closed, a contact's e-mail)."""
    from app.store import Association

    ids = list(set(row_ids))
    if not ids:
        return []
    customers = customer_object(session).id
    found: set[uuid.UUID] = set()
    for chunk in chunks(ids):
        found.update(
            session.scalars(
                select(Record.id).where(Record.id.in_(chunk), Record.object_type_id == customers)
            )
        )
        # One statement per direction: each reads its own index (an OR of the two scanned
        # every association: most of a one-customer rescore on the 100,000 demo).
        for column in (Association.from_record_id, Association.to_record_id):
            for a, b in session.execute(
                select(Association.from_record_id, Association.to_record_id).where(
                    column.in_(chunk)
                )
            ):
                found.update((a, b))
    if not found:
        return []
    # The type kept off the indexes (SQLite): else "id IN (a few) AND type AND live" is
    # read through a (type, ...) index of every customer — 200 ms for four ids at 100,000.
    kind: Any = Record.object_type_id
    if session.get_bind().dialect.name == "sqlite":
        kind = unindexed(kind)
    live = session.scalars(
        select(Record.id).where(
            Record.id.in_(list(found)), kind == customers, Record.deleted_at.is_(None)
        )
    )
    return sorted(live)
