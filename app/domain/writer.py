"""The one writer of synced rows (DESIGN "one write path").

Every domain change to a synced table goes through these functions, with the `ChangeBatch`
of its user action: create a row, set fields, tombstone, restore, and their bulk forms for
thousands of rows. Each writes its change entries (who, when, old, new, source, batch) in
the caller's transaction, bumps `updated_at`, and notes what it touched for the change
channel. `tests/domain/test_write_path.py` fails on a write anywhere else in `app/`.

Deletes are tombstones: `deleted_at` set (a DELETE entry) or cleared (a RESTORE entry).
A record's row of the search index (`record_search`, derived, no history) is kept here
too, in the same transaction (`index_record`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar, cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.domain.history import ChangeBatch, Entry, note_touched
from app.store import ActivityLink, Association, ChangeOp, Follow, Record, RecordSearch, new_id
from app.store.search import fold

Row = TypeVar("Row")
TOMBSTONE = "deleted_at"
IN_CHUNK = 5_000  # ids per `IN (...)`: well under SQLite's and PostgreSQL's bind limits


def entity_of(row_or_model: Any) -> str:
    """The table a mapped row (or class) is written to: the `entity` of its entries."""
    return str(row_or_model.__tablename__)


def op_of(field: str, old: Any, new: Any) -> ChangeOp:
    """A field change's op: setting the tombstone deletes, clearing it restores."""
    if field == TOMBSTONE:
        if old is None and new is not None:
            return ChangeOp.DELETE
        if old is not None and new is None:
            return ChangeOp.RESTORE
    return ChangeOp.SET


def _record_ends(row: Any) -> tuple[uuid.UUID, ...]:
    """The records a link row joins (their boards and pages show it)."""
    if isinstance(row, Association):
        return (row.from_record_id, row.to_record_id)
    if isinstance(row, (ActivityLink, Follow)):
        return (row.record_id,)
    return ()


def note_records(batch: ChangeBatch, record_ids: Iterable[uuid.UUID | None]) -> None:
    """Tell the change channel these records changed (with their objects), e.g. both ends
    of an association."""
    note_record_ids(batch.session, record_ids)


def note_record_ids(session: Session, record_ids: Iterable[uuid.UUID | None]) -> None:
    """`note_records` for writes made without a batch (rows pulled from the server)."""
    ids = {i for i in record_ids if i is not None}
    if not ids:
        return
    with session.no_autoflush:
        found = session.execute(
            select(Record.id, Record.object_type_id).where(Record.id.in_(ids))
        ).all()
    for record_id, object_type_id in found:
        note_touched(session, "records", (record_id,), object_type_id)


def _object_type_of(row: Any) -> uuid.UUID | None:
    return row.object_type_id if isinstance(row, Record) else None


def add(batch: ChangeBatch, row: Row) -> Row:
    """Create a row (stamped with the batch's time): one CREATE entry."""
    target = cast(Any, row)
    if target.id is None:
        target.id = new_id()
    if target.created_at is None:
        target.created_at = batch.at
    if target.updated_at is None:
        target.updated_at = batch.at
    batch.session.add(row)
    batch.log(entity_of(row), target.id, ChangeOp.CREATE, object_type_id=_object_type_of(row))
    if isinstance(row, Record):
        index_record(batch.session, row)
    note_records(batch, _record_ends(row))
    return row


def set_fields(
    batch: ChangeBatch,
    row: Any,
    values: Mapping[str, Any],
    *,
    names: Mapping[str, str] | None = None,
) -> list[str]:
    """Set a row's columns: one entry per changed field (old → new; `names` logs a column
    under another name, e.g. a record's property key), `updated_at` bumped when any changed.
    Returns the columns changed."""
    changed = []
    ends_before = _record_ends(row)
    object_type_id = _object_type_of(row)
    for column, new in values.items():
        old = getattr(row, column)
        if old == new:
            continue
        setattr(row, column, new)
        field = (names or {}).get(column, column)
        op = op_of(column, old, new)
        batch.log(entity_of(row), row.id, op, field, old, new, object_type_id=object_type_id)
        changed.append(column)
    if changed:
        stamp(batch, row)
        note_records(batch, {*ends_before, *_record_ends(row)})
    return changed


def stamp(batch: ChangeBatch, row: Any) -> None:
    """The row was written by this batch: `updated_at` is its time. Flagged even when it
    already holds that time (written earlier in the batch and flushed), or the column's
    `onupdate` would stamp the next flush with the clock instead."""
    row.updated_at = batch.at
    flag_modified(row, "updated_at")
    if isinstance(row, Record):
        index_record(batch.session, row)


# ---- the search index: derived rows kept in the write's own transaction ------------------


def index_record(session: Session, record: Record) -> None:
    """Keep a record's row of the search index (`record_search`) as the record now is: its
    folded name and search key while it is live, no row once it is a tombstone. One
    statement; an unchanged row is left alone (so a stage move rewrites no index)."""
    if session.autoflush:
        session.flush()  # the record's pending changes first, as an ORM statement would
    _index_rows(session, [(record.id, record.name, record.search_key, record.deleted_at)])


def _index_rows(
    session: Session, rows: Iterable[tuple[uuid.UUID, str | None, str | None, Any]]
) -> None:
    """The index rows of records given as (id, name, search key, deleted_at): one
    executemany for the live ones and one DELETE per chunk for tombstones, with no record
    read back as an object, so a 1,000-row import batch is two statements, not a thousand
    (`import_companies_100k`); a single record's write is the same with one row."""
    session.info.pop("tend_found_ids", None)  # searches read before this write are stale
    live: list[dict[str, Any]] = []
    gone: list[uuid.UUID] = []
    for record_id, name, key, deleted_at in rows:
        if deleted_at is not None:
            gone.append(record_id)
        else:
            live.append(
                {"record_id": record_id, "folded_name": fold(name), "folded_key": fold(key)}
            )
    table = cast(Table, RecordSearch.__table__)
    for start in range(0, len(gone), IN_CHUNK):
        session.execute(delete(table).where(table.c.record_id.in_(gone[start : start + IN_CHUNK])))
    if not live:
        return
    dialect = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
    statement = dialect.insert(table)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[table.c.record_id],
            set_={
                "folded_name": statement.excluded.folded_name,
                "folded_key": statement.excluded.folded_key,
            },
            where=(table.c.folded_name != statement.excluded.folded_name)
            | (table.c.folded_key != statement.excluded.folded_key),
        ),
        live,
    )


INDEXED = frozenset({"name", "search_key", TOMBSTONE})  # the columns the index reads


def reindex(session: Session, ids: Sequence[uuid.UUID]) -> None:
    """Index rows of records whose name, search key or tombstone a bulk update changed,
    read as columns (no ORM objects)."""
    table = cast(Table, Record.__table__)
    columns = (table.c.id, table.c.name, table.c.search_key, table.c.deleted_at)
    for start in range(0, len(ids), IN_CHUNK):
        chunk = ids[start : start + IN_CHUNK]
        rows = session.execute(select(*columns).where(table.c.id.in_(chunk))).all()
        _index_rows(session, list(rows))


def tombstone(batch: ChangeBatch, row: Any) -> bool:
    """Delete a row as a tombstone (it can be restored); False if it already was one."""
    if row.deleted_at is not None:
        return False
    return bool(set_fields(batch, row, {TOMBSTONE: batch.at}))


def restore(batch: ChangeBatch, row: Any) -> bool:
    """Bring a tombstoned row back; False if it was live."""
    if row.deleted_at is None:
        return False
    return bool(set_fields(batch, row, {TOMBSTONE: None}))


# ---- bulk forms: one statement for many rows, one executemany for their entries ----------


def add_many(batch: ChangeBatch, model: Any, rows: Sequence[Mapping[str, Any]]) -> list[uuid.UUID]:
    """Create many rows of `model` (column dicts) in one executemany, a CREATE entry each;
    their ids."""
    if not rows:
        return []
    stamped = [
        {"created_at": batch.at, "updated_at": batch.at, **row, "id": row.get("id") or new_id()}
        for row in rows
    ]
    batch.session.execute(insert(cast(Table, model.__table__)), stamped)
    ids = [r["id"] for r in stamped]
    batch.log_many(entity_of(model), [(i, ChangeOp.CREATE, "", None, None) for i in ids])
    if model is Record:
        _index_rows(
            batch.session,
            ((r["id"], r.get("name"), r.get("search_key"), r.get(TOMBSTONE)) for r in stamped),
        )
    return ids


FieldChanges = Mapping[str, tuple[Any, Any]]  # column -> (old, new)


def set_many(batch: ChangeBatch, model: Any, changes: Mapping[uuid.UUID, FieldChanges]) -> int:
    """Set fields of many rows of `model`: `changes` maps a row id to its columns' (old,
    new) values, as read under the caller's lock. Rows given the same new values are one
    UPDATE (a bulk Mark complete of 500 tasks is one statement), the others one executemany
    per set of columns; their entries one executemany (a tombstone's op DELETE, a cleared
    one RESTORE). Loaded objects of those rows are expired. Returns the rows changed."""
    groups: dict[Any, list[uuid.UUID]] = {}
    singles: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    entries: list[Entry] = []
    for row_id, fields in changes.items():
        fields = {k: v for k, v in fields.items() if v[0] != v[1]}
        if not fields:
            continue
        entries += [(row_id, op_of(k, old, new), k, old, new) for k, (old, new) in fields.items()]
        key = tuple(sorted((k, new) for k, (_old, new) in fields.items()))
        try:
            groups.setdefault(key, []).append(row_id)
        except TypeError:  # an unhashable value (JSON): this row is written on its own
            values = {k: new for k, (_old, new) in fields.items()}
            singles.setdefault(tuple(sorted(values)), []).append({"id": row_id, **values})
    table = cast(Table, model.__table__)
    for key, ids in groups.items():
        if len(ids) == 1:
            singles.setdefault(tuple(k for k, _ in key), []).append({"id": ids[0], **dict(key)})
            continue
        for start in range(0, len(ids), IN_CHUNK):
            batch.session.execute(
                update(table)
                .where(table.c.id.in_(ids[start : start + IN_CHUNK]))
                .values(**dict(key), updated_at=batch.at)
            )
    for same in singles.values():  # ORM bulk UPDATE by primary key: one executemany
        batch.session.execute(
            update(model), [{**values, "updated_at": batch.at} for values in same]
        )
    batch.log_many(entity_of(model), entries)
    changed = list(dict.fromkeys(e[0] for e in entries))
    expire(batch.session, model, changed)
    if model is Record:
        reindex(batch.session, list(dict.fromkeys(e[0] for e in entries if e[2] in INDEXED)))
    return len(changed)


def expire(session: Session, model: Any, ids: Iterable[uuid.UUID]) -> None:
    """Loaded objects of `model` with these ids read the database again (a bulk statement
    bypasses them)."""
    wanted = set(ids)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, model) and obj.id in wanted:
            session.expire(obj)
