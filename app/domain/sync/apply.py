"""Server rows written into the replica (docs/sync.md "Pull"): the sync's own write path.

Pulled rows are already the team's history (their change entries come with them), so they
are written as they are on the server, without new entries: a documented exception to the
one write path (docs/architecture.md). Sync fields with an unpushed local entry keep the
local value until the push decides them.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, Table, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.domain import writer
from app.domain.history import note_touched
from app.domain.sync.fields import (
    PROPS,
    SYNCED,
    FieldMap,
    columns,
    object_type_of,
    synced_tables,
    table,
)
from app.store import Change, Record
from app.store.engine import Database

IN_CHUNK = 1_000
RowKey = tuple[str, uuid.UUID]
Rows = dict[str, dict[uuid.UUID, dict[str, Any]]]  # entity -> id -> column values


def fetch_rows(conn: Connection, wanted: dict[str, set[uuid.UUID]], session: Session) -> Rows:
    """The server's current rows of `wanted`, with every row they point to that the
    replica lacks (a record's new owner made after it), so foreign keys hold."""
    rows: Rows = defaultdict(dict)
    todo = {e: set(ids) for e, ids in wanted.items() if e in SYNCED}
    while todo:
        found_now: Rows = defaultdict(dict)
        for entity, ids in todo.items():
            t = table(entity)
            names = columns(entity)
            listed = sorted(ids - rows[entity].keys())
            for start in range(0, len(listed), IN_CHUNK):
                chunk = listed[start : start + IN_CHUNK]
                query = select(*(t.c[n] for n in names)).where(t.c.id.in_(chunk))
                for found in conn.execute(query):
                    found_now[entity][found.id] = dict(zip(names, found, strict=True))
        for entity, got in found_now.items():
            rows[entity].update(got)
        todo = _missing_targets(found_now, rows, session)
    return rows


def _missing_targets(found: Rows, have: Rows, session: Session) -> dict[str, set[uuid.UUID]]:
    """Rows the new rows point to that neither the replica nor `have` holds."""
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for entity, got in found.items():
        for fk in table(entity).foreign_keys:
            target = fk.column.table.name
            if target not in SYNCED:
                continue
            for row in got.values():
                value = row.get(fk.parent.name)
                if value is not None and value not in have[target]:
                    wanted[target].add(value)
    missing: dict[str, set[uuid.UUID]] = {}
    for target, ids in wanted.items():
        t = table(target)
        listed = sorted(ids)
        local: set[uuid.UUID] = set()
        for start in range(0, len(listed), IN_CHUNK):
            chunk = listed[start : start + IN_CHUNK]
            local.update(session.scalars(select(t.c.id).where(t.c.id.in_(chunk))))
        if ids - local:
            missing[target] = ids - local
    return missing


def pending_fields(session: Session, keys: Iterable[RowKey]) -> dict[RowKey, set[str]]:
    """The sync fields of these rows with an unpushed local entry (a local create holds
    every field)."""
    by_entity: dict[str, set[uuid.UUID]] = defaultdict(set)
    for entity, row_id in keys:
        by_entity[entity].add(row_id)
    fields = FieldMap(session)
    held: dict[RowKey, set[str]] = defaultdict(set)
    kinds: dict[uuid.UUID, uuid.UUID | None] = {}  # a record's object, read once
    for entity, ids in by_entity.items():
        listed = sorted(ids)
        for start in range(0, len(listed), IN_CHUNK):
            chunk = listed[start : start + IN_CHUNK]
            query = select(Change.row_id, Change.op, Change.field).where(
                Change.entity == entity,
                Change.row_id.in_(chunk),
                Change.client_seq.is_not(None),
                Change.server_seq.is_(None),
            )
            for row_id, op, field in session.execute(query):
                if op.value == "create":
                    held[(entity, row_id)].update(columns(entity))
                    continue
                if row_id not in kinds:
                    kinds[row_id] = object_type_of(session, entity, row_id)
                held[(entity, row_id)].add(fields.sync_field(entity, kinds[row_id], field))
    return held


def write_rows(session: Session, rows: Rows) -> None:
    """Write server rows over the replica's, in foreign-key order, keeping pending local
    sync fields; tell the change channel and keep the search index."""
    keys = [(e, i) for e, got in rows.items() for i in got]
    held = pending_fields(session, keys)
    session.execute(defer_foreign_keys())
    for t in synced_tables():
        got = rows.get(t.name)
        if not got:
            continue
        groups: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
        for row_id, values in got.items():
            keep = frozenset(held.get((t.name, row_id), ()))
            if keep:
                values = _keeping(session, t, row_id, values, keep)
            groups[frozenset(k for k in keep if not k.startswith(PROPS))].append(values)
        for keep, batch in groups.items():
            _upsert(session, t, batch, keep)
        if t.name == "records":
            types = session.execute(
                select(Record.id, Record.object_type_id).where(Record.id.in_(list(got)))
            ).all()
            for record_id, object_type_id in types:
                note_touched(session, "records", (record_id,), object_type_id)
            writer.reindex(session, list(got))
        else:
            note_touched(session, t.name, got.keys())
            writer.note_record_ids(session, _ends(t.name, got.values()))


RECORD_ENDS = {
    "associations": ("from_record_id", "to_record_id"),
    "activity_links": ("record_id",),
    "follows": ("record_id",),
}


def _ends(entity: str, rows: Iterable[dict[str, Any]]) -> list[uuid.UUID]:
    names = RECORD_ENDS.get(entity, ())
    return [row[n] for row in rows for n in names if row.get(n) is not None]


def defer_foreign_keys() -> Any:
    from sqlalchemy import text

    return text("PRAGMA defer_foreign_keys = ON")


def _keeping(
    session: Session, t: Table, row_id: uuid.UUID, values: dict[str, Any], keep: frozenset[str]
) -> dict[str, Any]:
    """`values` with the pending properties of a record kept as the replica has them."""
    props = [k[len(PROPS) :] for k in keep if k.startswith(PROPS)]
    if not props or "props" not in values:
        return values
    local = session.scalar(select(t.c.props).where(t.c.id == row_id)) or {}
    merged = dict(values.get("props") or {})
    for key in props:
        if key in local:
            merged[key] = local[key]
        else:
            merged.pop(key, None)
    return {**values, "props": merged}


def _upsert(session: Session, t: Table, batch: list[dict[str, Any]], keep: frozenset[str]) -> None:
    statement = insert(t)
    names = [n for n in batch[0] if n != "id" and n not in keep]
    upsert = (
        statement.on_conflict_do_update(
            index_elements=[t.c.id], set_={n: statement.excluded[n] for n in names}
        )
        if names
        else statement.on_conflict_do_nothing(index_elements=[t.c.id])
    )
    session.execute(upsert, batch)


def restore_from_server(db: Database, server: Engine, keys: set[RowKey]) -> None:
    """Rows whose push was refused take the server's values again; a new row the server
    refused becomes a tombstone here (it can still be seen in Deleted records)."""
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for entity, row_id in keys:
        wanted[entity].add(row_id)
    with db.write_session() as session, server.connect() as conn:
        rows = fetch_rows(conn, wanted, session)
        write_rows(session, rows)
        for entity, ids in wanted.items():
            gone = ids - rows.get(entity, {}).keys()
            if gone and entity in SYNCED:
                t = table(entity)
                session.execute(
                    update(t)
                    .where(t.c.id.in_(sorted(gone)), t.c.deleted_at.is_(None))
                    .values(deleted_at=_now())
                )


def _now() -> Any:
    from app.store import utcnow

    return utcnow()
