"""Push: the outbox, in client order, to the server's `tend_push` (docs/sync.md "Push")."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Engine, Table, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.domain import replica
from app.domain.properties import to_json
from app.domain.sync import apply
from app.domain.sync.fields import FieldMap, field_value, rows_values
from app.domain.sync.outbox import CLIENT_ID, CLIENT_SEQ, CURSOR
from app.store import Change, ChangeOp, Conflict
from app.store.engine import Database
from app.store.ids import new_id
from app.store.server.sync_sql import GAP

PUSH_PAGE = 2_000
REFUSED = -1  # the server_seq of an entry the server refused: out of the outbox, kept


@dataclass
class Pushed:
    """What one push did."""

    acked: int = 0
    refused: dict[uuid.UUID, str] = field(default_factory=dict)
    new_client: bool = False


def pending_count(session: Session) -> int:
    """How many changes wait in the outbox."""
    from sqlalchemy import func

    return int(
        session.scalar(
            select(func.count())
            .select_from(Change)
            .where(Change.client_seq.is_not(None), Change.server_seq.is_(None))
        )
        or 0
    )


def _outbox(session: Session, limit: int) -> list[Any]:
    """The next entries to push, in client order, as plain rows (no ORM objects: a page
    is thousands of entries)."""
    return list(
        session.execute(
            select(*cast(Table, Change.__table__).c)
            .where(Change.client_seq.is_not(None), Change.server_seq.is_(None))
            .order_by(Change.client_seq)
            .limit(limit)
        )
    )


def build_ops(session: Session, entries: list[Any], base_seq: int) -> list[dict[str, Any]]:
    """Each entry as an op of `tend_push`, with the values of the sync fields it changed
    read from the replica's row now: a created row whole, an edited one only the columns
    its entries can change, every row of the page in a few reads."""
    fields = FieldMap(session)
    created: dict[str, set[uuid.UUID]] = defaultdict(set)
    edited: dict[str, set[uuid.UUID]] = defaultdict(set)
    named: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        if e.op == ChangeOp.CREATE:
            created[e.entity].add(e.row_id)
        else:
            edited[e.entity].add(e.row_id)
            named[e.entity].add(e.field)
    rows: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    for entity, ids in edited.items():
        only = fields.columns_for(entity, named[entity])
        for row_id, values in rows_values(session, entity, ids, only).items():
            rows[(entity, row_id)] = values
    for entity, ids in created.items():  # whole rows (over the lean ones of the same row)
        for row_id, values in rows_values(session, entity, ids).items():
            rows[(entity, row_id)] = values
    ops = []
    for e in entries:
        row = rows.get((e.entity, e.row_id))
        if e.op == ChangeOp.CREATE:
            values = dict(row or {})
        elif row is None:
            values = {}
        else:
            kind = row.get("object_type_id") if e.entity == "records" else None
            name = fields.sync_field(e.entity, uuid.UUID(kind) if kind else None, e.field)
            values = {name: field_value(row, name)}
        ops.append(
            {
                "id": str(e.id), "client_seq": e.client_seq, "hlc": e.hlc,
                "base_seq": base_seq if e.base_seq is None else e.base_seq,
                "entity": e.entity, "row_id": str(e.row_id),
                "op": e.op.value,
                "entry": {
                    "field": e.field, "old_value": e.old_value, "new_value": e.new_value,
                    "at": to_json(e.at), "source": e.source.value,
                    "batch_id": str(e.batch_id),
                    "user_id": str(e.user_id) if e.user_id else None,
                },
                "values": values,
            }
        )  # fmt: skip
    return ops


def push_once(db: Database, server: Engine, limit: int = PUSH_PAGE) -> Pushed | None:
    """Push one page of the outbox; None when it is empty."""
    with db.session() as session:
        entries = _outbox(session, limit)
        if not entries:
            return None
        client_id = replica.fact(session, CLIENT_ID)
        base = int(replica.fact(session, CURSOR) or 0)
        ops = build_ops(session, entries, base)
    payload = json.dumps({"client_id": client_id, "ops": ops})
    try:
        with server.begin() as conn:
            result = conn.execute(
                text("SELECT tend_push(CAST(:payload AS jsonb))"), {"payload": payload}
            ).scalar_one()
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == GAP:
            renumber(db)  # a copied or restored file: its sequence is not the server's
            return Pushed(new_client=True)
        raise
    return _record(db, server, entries, result)


def _record(db: Database, server: Engine, entries: list[Any], result: Any) -> Pushed:
    """Store what the server said: acked entries get their server numbers; a refused one
    leaves the outbox, is kept as a conflict with the reason, and its row takes the
    server's values again."""
    acked: dict[str, int] = result["acked"]
    refused: dict[str, str] = result["refused"]
    by_id = {str(e.id): e for e in entries}
    with db.write_session() as session:
        if acked:  # one raw executemany by primary key (ids as SQLite stores them)
            lite: Any = session.connection().connection.dbapi_connection
            lite.executemany(
                "UPDATE changes SET server_seq = ? WHERE id = ?",
                [(seq, uuid.UUID(op_id).hex) for op_id, seq in acked.items()],
            )
        for op_id, reason in refused.items():
            e = by_id[op_id]
            session.execute(update(Change).where(Change.id == e.id).values(server_seq=REFUSED))
            session.add(
                Conflict(
                    id=new_id(), entity=e.entity, row_id=e.row_id, field=e.field,
                    losing_value=e.new_value, losing_change_id=e.id,
                    losing_user_id=e.user_id, reason=reason,
                )
            )  # fmt: skip
    if refused:
        apply.restore_from_server(db, server, {(by_id[i].entity, by_id[i].row_id) for i in refused})
    return Pushed(acked=len(acked), refused={uuid.UUID(k): v for k, v in refused.items()})


def renumber(db: Database) -> None:
    """Give this file a new client id and its outbox new sequence numbers from 1: a
    copied or restored replica must not reuse the numbers its original pushed."""
    with db.write_session() as session:
        entries = _outbox(session, 10**9)
        client = new_id()
        replica.set_fact(session, CLIENT_ID, str(client))
        replica.set_fact(session, CLIENT_SEQ, str(len(entries)))
        for i, e in enumerate(entries, start=1):
            session.execute(
                update(Change).where(Change.id == e.id).values(client_seq=i, client_id=client)
            )
