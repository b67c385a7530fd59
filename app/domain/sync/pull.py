"""Pull: the server's change log after this replica's cursor, page by page, each page and
the cursor in one local transaction (docs/sync.md "Pull")."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Engine, Table, select
from sqlalchemy.dialects.sqlite import insert

from app.domain import replica
from app.domain.history import Touched, touched
from app.domain.sync import clock
from app.domain.sync.apply import defer_foreign_keys, fetch_rows, write_rows
from app.domain.sync.outbox import CLIENT_ID, CLOCK, CURSOR
from app.store import Change, Conflict
from app.store.engine import Database
from app.store.server.download import insert_rows, stored_rows

PULL_PAGE = 2_000


@dataclass
class Pulled:
    """What one page brought."""

    entries: int
    conflicts: int
    theirs: int  # entries made on other replicas (or on the server), not this one's echoes
    cursor: int
    touched: Touched


# An entry the replica has (its own, pushed) takes the server's number.
ON_CONFLICT_SEQ = "ON CONFLICT (id) DO UPDATE SET server_seq = excluded.server_seq"


def _plain(table: Table, row: Any) -> dict[str, Any]:
    return {c.name: getattr(row, c.name) for c in table.c}


def pull_once(db: Database, server: Engine, limit: int = PULL_PAGE) -> Pulled | None:
    """Apply the next page of the server's log; None when the replica is current."""
    changes = cast(Table, Change.__table__)
    conflicts = cast(Table, Conflict.__table__)
    with db.session() as session:
        cursor = int(replica.fact(session, CURSOR) or 0)
        mine = replica.fact(session, CLIENT_ID)
    me = uuid.UUID(mine) if mine else None
    snapshot = server.connect().execution_options(isolation_level="REPEATABLE READ")
    with snapshot as conn, conn.begin():  # the page, its conflicts and rows: one snapshot
        # The entries as SQLite stores them (read and written without per-value work).
        pg: Any = conn.connection.dbapi_connection
        page = stored_rows(
            pg, changes, "server_seq > %s ORDER BY server_seq LIMIT %s", (cursor, limit)
        )
        if not page:
            return None
        at = {c.name: i for i, c in enumerate(changes.c)}
        last = int(page[-1][at["server_seq"]])
        decided = conn.execute(
            select(conflicts).where(conflicts.c.server_seq > cursor, conflicts.c.server_seq <= last)
        ).all()
        wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
        for entry in page:
            wanted[entry[at["entity"]]].add(uuid.UUID(entry[at["row_id"]]))
            if entry[at["user_id"]] is not None:  # the entries' authors, for their key
                wanted["users"].add(uuid.UUID(entry[at["user_id"]]))
        with db.write_session() as session:
            # The entries first: this replica's own, pushed but not yet acknowledged (the
            # answer was lost), are on the server now, so their fields must not be held
            # back from the server's row below (its values and updated_at are the team's).
            session.execute(defer_foreign_keys())  # an entry's author may come in this page
            lite: Any = session.connection().connection.dbapi_connection
            insert_rows(lite, changes, page, ON_CONFLICT_SEQ)
            rows = fetch_rows(conn, wanted, session)
            write_rows(session, rows)
            if decided:
                session.execute(
                    insert(conflicts).on_conflict_do_nothing(index_elements=[conflicts.c.id]),
                    [_plain(conflicts, c) for c in decided],
                )
            seen = max((e[at["hlc"]] for e in page if e[at["hlc"]]), default="")
            now = replica.fact(session, CLOCK) or ""
            replica.set_fact(session, CLOCK, clock.observe(now, seen))
            replica.set_fact(session, CURSOR, str(last))
            done = touched(session)
    mine_hex = me.hex if me else None
    theirs = sum(1 for e in page if e[at["client_id"]] != mine_hex)
    return Pulled(len(page), len(decided), theirs, last, done)
