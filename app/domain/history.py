"""Writing and reading field-level change entries (OBJ-5)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from app.domain.properties import to_json
from app.domain.sync import outbox
from app.store import Change, ChangeOp, ChangeSource, new_id, utcnow
from app.store.ids import new_ids

TOUCHED_KEY = "tend.touched"


@dataclass(frozen=True)
class Touched:
    """What the writes of a session changed, for the change channel: the tables, the row
    ids, and the objects of the records written (a company change is not a deal board's)."""

    tables: frozenset[str] = frozenset()
    row_ids: frozenset[uuid.UUID] = frozenset()
    object_type_ids: frozenset[uuid.UUID] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.tables)

    def __or__(self, other: Touched) -> Touched:
        return Touched(
            self.tables | other.tables,
            self.row_ids | other.row_ids,
            self.object_type_ids | other.object_type_ids,
        )

    def touches(self, *tables: str) -> bool:
        """True when any of `tables` was written."""
        return not self.tables.isdisjoint(tables)


class _Collector:
    """The session's running record of what it wrote (in `session.info`)."""

    def __init__(self) -> None:
        self.tables: set[str] = set()
        self.row_ids: set[uuid.UUID] = set()
        self.object_type_ids: set[uuid.UUID] = set()


def _collector(session: Session) -> _Collector:
    found = session.info.get(TOUCHED_KEY)
    if found is None:
        found = session.info[TOUCHED_KEY] = _Collector()
    return found


def note_touched(
    session: Session,
    entity: str,
    row_ids: Any = (),
    object_type_id: uuid.UUID | None = None,
) -> None:
    """Record that `entity` rows (and records of `object_type_id`) were written."""
    found = _collector(session)
    found.tables.add(entity)
    found.row_ids.update(row_ids)
    if object_type_id is not None:
        found.object_type_ids.add(object_type_id)


def touched(session: Session) -> Touched:
    """What the session's writes changed so far (read it after the commit)."""
    found = session.info.get(TOUCHED_KEY)
    if found is None:
        return Touched()
    return Touched(
        frozenset(found.tables), frozenset(found.row_ids), frozenset(found.object_type_ids)
    )


def forget_touched(session: Session) -> None:
    """Drop what was recorded (after a rollback nothing was changed)."""
    session.info.pop(TOUCHED_KEY, None)


# One entry of `ChangeBatch.log_many`: (row id, op, field, old value, new value).
Entry = tuple[uuid.UUID, ChangeOp, str, Any, Any]


class SystemWork(enum.StrEnum):
    """Tend's own writes, the only changes made by no user (`ChangeBatch.system`): setting up
    an empty workspace, installing the standard objects, creating the built-in views and
    the demo. Migrations change the schema in the store and write no entries."""

    SETUP = "setup"
    CATALOG = "catalog"
    BUILTIN_VIEWS = "builtin_views"
    DEMO = "demo"


class ChangeBatch:
    """The change entries of one user action: one batch id, one timestamp, one author.

    Undo reverts a batch; history groups by it. This is the only writer of the `changes`
    table (DESIGN "one write path"): `log` for one entry, `log_many` for thousands.

    A batch names the user who acts (whatever its source: a system change such as marking
    a record active is still made on someone's behalf). Only Tend's own work is made by no
    one, and says which with `ChangeBatch.system(session, SystemWork...)` (PERM-6).
    """

    def __init__(
        self,
        session: Session,
        user_id: uuid.UUID,
        source: ChangeSource = ChangeSource.USER,
        at: dt.datetime | None = None,
    ) -> None:
        if not isinstance(user_id, uuid.UUID):
            raise TypeError(
                "A change needs the user who makes it; Tend's own work uses ChangeBatch.system()"
            )
        self._start(session, user_id, source, at)

    @classmethod
    def system(
        cls, session: Session, work: SystemWork, at: dt.datetime | None = None
    ) -> ChangeBatch:
        """A batch of Tend's own `work` (no user; source system)."""
        if not isinstance(work, SystemWork):
            raise TypeError("Tend's own work is one of SystemWork")
        batch = cls.__new__(cls)
        batch._start(session, None, ChangeSource.SYSTEM, at)
        batch.work = work
        return batch

    def _start(
        self,
        session: Session,
        user_id: uuid.UUID | None,
        source: ChangeSource,
        at: dt.datetime | None,
    ) -> None:
        self.session = session
        self.user_id: uuid.UUID | None = user_id
        self.work: SystemWork | None = None
        self.source = source
        self.at = at or utcnow()
        self.id = new_id()
        self.entries: list[Change] = []
        self._stamp: outbox.Stamp | None = None
        self._stamp_read = False  # the stamp is read at the first synced entry

    def _stamped(self, entity: str) -> outbox.Stamp | None:
        """The replica's stamp for this batch's entries of `entity` (None: not synced)."""
        if not outbox.is_synced(entity):
            return None
        if not self._stamp_read:
            self._stamp = outbox.stamp_for(self.session)
            self._stamp_read = True
        return self._stamp

    def log(
        self,
        entity: str,
        row_id: uuid.UUID,
        op: ChangeOp,
        field: str = "",
        old: Any = None,
        new: Any = None,
        object_type_id: uuid.UUID | None = None,
    ) -> Change:
        """Add one entry to the session (committed with the change it describes);
        `object_type_id` names a record's object for the change channel."""
        change = Change(
            id=new_id(),
            entity=entity,
            row_id=row_id,
            op=op,
            field=field,
            old_value=to_json(old),
            new_value=to_json(new),
            user_id=self.user_id,
            at=self.at,
            source=self.source,
            batch_id=self.id,
        )
        if (stamp := self._stamped(entity)) is not None:  # the outbox row (docs/sync.md)
            change.client_id, change.hlc = stamp.client_id, stamp.hlc
            change.base_seq = stamp.base_seq
            change.client_seq = outbox.next_seqs(self.session, 1)
        self.session.add(change)
        self.entries.append(change)
        note_touched(self.session, entity, (row_id,), object_type_id)
        return change

    def log_many(
        self, entity: str, entries: Iterable[Entry], object_type_id: uuid.UUID | None = None
    ) -> int:
        """Many entries in one executemany, as `log` writes them; returns how many. The
        values are converted by the columns' own types (a None value is JSON null, as
        `log` stores it); what every entry shares (who, when, source, batch) is converted
        once, which an import's hundred thousand entries need (`_insert_many`)."""
        given = list(entries)
        rows: list[tuple[Any, ...]] = [
            (entry_id, row_id, op, field, _json(old), _json(new))
            for entry_id, (row_id, op, field, old, new) in zip(
                new_ids(len(given)), given, strict=True
            )
        ]
        if not rows:
            return 0
        note_touched(self.session, entity, {r[1] for r in rows}, object_type_id)
        shared: dict[str, Any] = {"entity": entity, "user_id": self.user_id, "at": self.at,
                  "source": self.source, "batch_id": self.id}  # fmt: skip
        names: tuple[str, ...] = _ENTRY_COLUMNS
        if (stamp := self._stamped(entity)) is not None:  # the outbox rows (docs/sync.md)
            first = outbox.next_seqs(self.session, len(rows))
            rows = [(*r, first + i) for i, r in enumerate(rows)]
            names = (*names, "client_seq")
            shared |= {"client_id": stamp.client_id, "hlc": stamp.hlc, "base_seq": stamp.base_seq}
        _insert_many(self.session, cast(Table, Change.__table__), names, rows, shared)
        return len(rows)


_ENTRY_COLUMNS = ("id", "row_id", "op", "field", "old_value", "new_value")
_PLAIN = (str, int, float, bool)


def _json(value: Any) -> Any:
    """`to_json`, with the plain values most entries hold passed as they are."""
    return value if value is None or type(value) in _PLAIN else to_json(value)


def _insert_many(
    session: Session,
    table: Table,
    columns: tuple[str, ...],
    rows: list[tuple[Any, ...]],
    shared: dict[str, Any],
) -> None:
    """INSERT `rows` (values of `columns`) with `shared`'s values in every row, as one
    executemany on the session's connection. Each value goes through its column type's
    bind processor for this dialect, exactly what Core's executemany applies, but column
    by column, and a shared value once instead of once per row (Core's per-row parameter
    processing was most of the time of a 100,000-row import)."""
    conn = session.connection()
    dialect = conn.dialect
    keys = (*columns, *shared)
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    count = len(rows)
    by_column = dict(zip(columns, zip(*rows, strict=True), strict=True))

    def processed(key: str) -> Any:
        convert = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        if key in by_column:
            given = by_column[key]
            if convert is None:
                return given
            empty = convert(None)  # JSON null, most entries' old value
            return [empty if v is None else convert(v) for v in given]
        if key in shared:
            value = shared[key]
        else:  # left out, with a Python default (the sync clock's ""): as Core gives it
            default = table.c[key].default
            if not isinstance(default, ScalarElementColumnDefault):
                raise TypeError(f"{table.name}.{key} needs a value")
            value = default.arg
        return repeat(value if convert is None else convert(value), count)

    order = list(compiled.positiontup or []) if compiled.positional else list(compiled.params)
    values = list(zip(*(processed(key) for key in order), strict=False))
    if compiled.positional:
        conn.exec_driver_sql(str(compiled), values)
    else:
        conn.exec_driver_sql(str(compiled), [dict(zip(order, v, strict=True)) for v in values])


def history_of(
    session: Session, entity: str, row_id: uuid.UUID, field: str | None = None
) -> list[Change]:
    """A row's change entries, newest first; only one field's when `field` is given."""
    query = select(Change).where(Change.entity == entity, Change.row_id == row_id)
    if field is not None:
        query = query.where(Change.field == field)
    return list(session.scalars(query.order_by(Change.at.desc(), Change.id.desc())))
