"""Shared mode (issue 14 item 7, DATA-2), on this machine's PostgreSQL.

replica_download_100k: `download_replica` of a team server started from the 100,000-
company demo (`tend server init --from`), the whole workspace into a new file; floor: the
same rows fetched by psycopg and inserted by raw sqlite3 executemany into an empty file of
the same schema. Goal: under 2 minutes. (`server_upload_100k`, the `--from` upload by
COPY, is in the note.)

sync_push_10k: 10,000 field changes (NPS and employees set on 5,000 customers of the
7,000-company demo, made on a replica before the clock starts) pushed by `push_once`
until the outbox is empty; floor: raw psycopg executemany of the same rows — the 10,000
change entries into a table shaped like the server's `changes` and the 5,000 customers'
two values UPDATEd — in one transaction.

sync_pull_10k: a second replica pulling those 10,000 entries (`pull_once` until current:
the entries, the rows they name, written locally); floor: the same entries and rows
fetched raw by psycopg.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.report import Figure

CHANGES = 10_000


def _server(url_base: str, name: str) -> str:
    import psycopg

    with psycopg.connect(f"{url_base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{url_base}/{name}"


def _drop(url_base: str, name: str) -> None:
    import psycopg

    with psycopg.connect(f"{url_base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _raw_download(url: str, empty_schema: Path) -> float:
    """The floor of a download: every copied table fetched by psycopg, inserted by
    sqlite3 executemany into a file of the same schema, in one transaction."""
    import psycopg

    from app.domain.sync.team import _copied_tables

    start = time.perf_counter()
    lite = sqlite3.connect(empty_schema)
    lite.execute("PRAGMA foreign_keys = OFF")
    with psycopg.connect(url) as pg, pg.cursor(name="floor") as cur:
        for t in _copied_tables():
            names = [c.name for c in t.c]
            cur.itersize = 5_000
            quoted = ", ".join(f'"{n}"' for n in names)
            cur.execute(f'SELECT {quoted} FROM "{t.name}"')
            marks = ", ".join("?" * len(names))
            insert = f'INSERT INTO "{t.name}" ({quoted}) VALUES ({marks})'
            while rows := cur.fetchmany(5_000):
                lite.executemany(insert, [tuple(map(_lite, row)) for row in rows])
    lite.commit()
    lite.close()
    return (time.perf_counter() - start) * 1000


def _lite(value: Any) -> Any:
    """A psycopg value as sqlite3 takes it (what SQLAlchemy's types would store)."""
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, (dict, list)):
        import json

        return json.dumps(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def measure_download(big: Path, url_base: str) -> list[Figure]:
    from app.domain.sync.team import download_replica, init_server
    from app.store.engine import open_database

    name = "tend_bench_download"
    url = _server(url_base, name)
    try:
        start = time.perf_counter()
        init_server(url, from_file=big)
        upload_ms = (time.perf_counter() - start) * 1000
        with tempfile.TemporaryDirectory(dir=big.parent) as tmp:
            target = Path(tmp) / "replica.db"
            start = time.perf_counter()
            joined = download_replica(url, None, target)
            ours_ms = (time.perf_counter() - start) * 1000
            empty = Path(tmp) / "floor.db"
            open_database(empty).dispose()  # the same schema, by the same migrations
            floor_ms = _raw_download(url, empty)
    finally:
        _drop(url_base, name)
    download = Figure.of(
        "replica_download_100k", [ours_ms], [floor_ms],
        f"{joined.rows:,} rows from a server started from the demo (tend server init --from: "
        f"{upload_ms / 1000:,.0f} s); floor: psycopg fetch + sqlite3 executemany of the same "
        "rows, converted in Python; goal under 120,000 ms",
    )  # fmt: skip
    return [download]


def _edits(db: Any, count: int) -> list[uuid.UUID]:
    """NPS and employees set on `count` customers of a replica (not timed), in batches."""
    from sqlalchemy import select

    from app.domain import records
    from app.domain.viewer import viewer_of
    from app.domain.workspace import customer_object, signed_in
    from app.store import Record

    with db.session() as session:
        ids = list(
            session.scalars(
                select(Record.id)
                .where(Record.object_type_id == customer_object(session).id)
                .order_by(Record.id)
                .limit(count)
            )
        )
    for first in range(0, len(ids), 1_000):
        with db.write_session() as session:
            viewer = viewer_of(signed_in(session))  # type: ignore[arg-type]
            for rid in ids[first : first + 1_000]:
                record = session.get(Record, rid)
                assert record is not None
                props = record.props or {}
                nps = (props.get("nps") or 0) % 10 + 1
                employees = (props.get("employees") or 0) + 7
                values = {"nps": nps, "employees": employees}
                records.update_record(session, viewer, record, values)
    return ids


def _raw_push(url: str, rows: list[tuple[uuid.UUID, Any, Any]]) -> float:
    import psycopg
    from psycopg.types.json import Jsonb

    with psycopg.connect(url) as conn:
        conn.execute("CREATE TEMP TABLE floor_changes (LIKE changes INCLUDING DEFAULTS)")
        conn.commit()
        start = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO floor_changes (id, entity, row_id, op, field, old_value, new_value,"
                " user_id, at, source, batch_id, hlc, client_id, client_seq, server_seq)"
                " VALUES (%s, 'records', %s, 'set', %s, %s, %s, %s, now(), 'user', %s, %s,"
                " %s, %s, %s)",
                [(uuid.uuid4(), rid, field, Jsonb(None), Jsonb(v), None, uuid.uuid4(), "h",
                  uuid.uuid4(), 2 * i + k, 2 * i + k)
                 for i, (rid, nps, employees) in enumerate(rows)
                 for k, (field, v) in enumerate((("nps", nps), ("employees", employees)))],
            )  # fmt: skip
            cur.executemany(
                "UPDATE records SET props = props || %s WHERE id = %s",
                [(Jsonb({"nps": nps, "employees": e}), rid) for rid, nps, e in rows],
            )
        conn.rollback()  # the floor leaves the server as it was
        return (time.perf_counter() - start) * 1000


def _backup(source: Path, target: Path) -> None:
    """A consistent copy of an open SQLite file (its WAL included)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()


def _raw_pull(url: str, after: int, lite_path: Path) -> tuple[float, float]:
    """The floor of a pull: the entries after `after` and the rows they name fetched raw
    by psycopg (as SQLite stores them), then written raw by sqlite3 executemany into a
    copy of the replica (the entries inserted, the rows replaced), in one transaction.
    Returns (fetch ms, fetch + write ms)."""
    from typing import cast

    import psycopg
    from sqlalchemy import Table

    from app.store import Change, Record
    from app.store.server.download import stored_form

    records, changes = cast(Table, Record.__table__), cast(Table, Change.__table__)
    start = time.perf_counter()
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        forms = ", ".join(stored_form(c) for c in changes.c)
        cur.execute(
            f"SELECT {forms} FROM changes WHERE server_seq > %s ORDER BY server_seq", (after,)
        )
        entries = cur.fetchall()
        ids = list({row[2] for row in entries})
        forms = ", ".join(stored_form(c) for c in records.c)
        cur.execute(
            f"SELECT {forms} FROM records WHERE replace(id::text, '-', '') = ANY(%s)", (ids,)
        )
        rows = cur.fetchall()
    fetched = (time.perf_counter() - start) * 1000
    lite = sqlite3.connect(lite_path)
    for t, got in ((changes, entries), (records, rows)):
        quoted = ", ".join(f'"{c.name}"' for c in t.c)
        marks = ", ".join("?" * len(t.c))
        lite.executemany(f'INSERT OR REPLACE INTO "{t.name}" ({quoted}) VALUES ({marks})', got)
    lite.commit()
    lite.close()
    return fetched, (time.perf_counter() - start) * 1000


def measure_push_pull(small: Path, url_base: str) -> list[Figure]:
    from sqlalchemy import func, select

    from app.domain.sync.pull import pull_once
    from app.domain.sync.push import pending_count, push_once
    from app.domain.sync.team import connect, download_replica, init_server
    from app.store import Record
    from app.store.engine import open_database

    name = "tend_bench_push"
    url = _server(url_base, name)
    try:
        init_server(url, from_file=small)
        with tempfile.TemporaryDirectory(dir=small.parent) as tmp:
            a_path, b_path = Path(tmp) / "a.db", Path(tmp) / "b.db"
            download_replica(url, None, a_path)
            download_replica(url, None, b_path)
            a, b = open_database(a_path), open_database(b_path)
            engine = connect(url, None)
            try:
                with engine.connect() as conn:
                    cursor = int(conn.exec_driver_sql("SELECT seq FROM sync_counter").scalar_one())
                ids = _edits(a, CHANGES // 2)
                with a.session() as session:
                    waiting = pending_count(session)
                    values = {
                        rid: (props.get("nps"), props.get("employees"))
                        for rid, props in session.execute(
                            select(Record.id, Record.props).where(Record.id.in_(ids))
                        )
                    }
                start = time.perf_counter()
                while push_once(a, engine) is not None:
                    pass
                push_ms = (time.perf_counter() - start) * 1000
                push_floor = _raw_push(url, [(rid, *values[rid]) for rid in ids])
                _backup(b_path, Path(tmp) / "floor.db")  # the replica before its pull
                fetch_floor, pull_floor = _raw_pull(url, cursor, Path(tmp) / "floor.db")
                start = time.perf_counter()
                pulled = 0
                while (page := pull_once(b, engine)) is not None:
                    pulled += page.theirs
                pull_ms = (time.perf_counter() - start) * 1000
                with b.session() as session:
                    same = session.scalar(
                        select(func.count()).where(
                            Record.id.in_(ids), Record.props["nps"].as_integer().is_not(None)
                        )
                    )
            finally:
                engine.dispose()
                a.dispose()
                b.dispose()
    finally:
        _drop(url_base, name)
    push = Figure.of(
        "sync_push_10k", [push_ms], [push_floor],
        f"{waiting:,} change entries (NPS and employees of {len(ids):,} customers) pushed;"
        " floor: psycopg executemany of the same entries and UPDATEs",
    )  # fmt: skip
    pull = Figure.of(
        "sync_pull_10k", [pull_ms], [pull_floor],
        f"{pulled:,} entries pulled and applied on a second replica ({same:,} customers);"
        " floor: the same entries and rows fetched raw by psycopg and written raw by sqlite3"
        f" executemany (the fetch alone: {fetch_floor:,.0f} ms)",
    )  # fmt: skip
    return [push, pull]


PG = "postgresql://postgres@127.0.0.1:5432"


def measure(big: Path, small: Path, url_base: str = PG) -> list[Figure]:
    """The three sync figures (and the upload beside the download)."""
    return [*measure_push_pull(small, url_base), *measure_download(big, url_base)]


if __name__ == "__main__":
    from benchmarks.demo_cache import demo_database
    from benchmarks.report import merge_json, print_table

    which = sys.argv[1:] or ["push", "download"]
    figures = []
    if "push" in which:
        figures += measure_push_pull(demo_database(7_000), PG)
        print_table(figures)
    if "download" in which:
        figures += measure_download(demo_database(100_000), PG)
        print_table(figures)
    merge_json(figures)
