"""Two processes writing one record at once lose nothing (issue 10): each edit goes through
the one write path in `Database.write_session()`, as the Qt side does, on SQLite and on
PostgreSQL. The record ends with every field's last value, and every field's history is an
unbroken chain of old → new."""

from __future__ import annotations

import itertools
import multiprocessing
import uuid
from typing import Any

from sqlalchemy import select

from app.domain import records
from app.domain.properties import load_properties, to_json
from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace
from app.store import Change, User
from app.store.engine import Database, open_database
from tests.processes import exit_codes

EDITS = 200
# Each process edits its own two properties: one kept in the `props` JSON, one a column.
FIELDS = {
    "a": ("city", "name"),
    "b": ("phone", "arr"),
}
WRITER_OF = {key: writer for writer, keys in FIELDS.items() for key in keys}
CREATED = ("name", "city")  # set when the record was created (old value None)
TURNS = EDITS // 2


def _value(key: str, writer: str, i: int) -> Any:
    if key == "arr":
        return 100_000 + i  # minor units
    return f"{key} {writer} {i}"


def _hammer(url: str, record_id: uuid.UUID, user_id: uuid.UUID, writer: str, mine, theirs) -> None:
    """One process's edits, each its own user action, written as a careless caller would.

    The two processes pass a turn back and forth in the middle of each edit, after its
    read and before its write, so their transactions overlap every time."""
    db = open_database(url, upgrade=False)
    try:
        for i in range(EDITS):
            assert mine.acquire(timeout=60)
            with db.write_session() as session:
                actor = session.get(User, user_id)
                assert actor is not None
                record = records.get_record(session, record_id)
                theirs.release()
                values = {key: _value(key, writer, i) for key in FIELDS[writer]}
                records.update_record(session, actor, record, values)
    finally:
        db.dispose()


def _seed(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    with db.write_session() as session:
        admin = setup_empty_workspace(
            session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
        )
        company = records.create_record(
            session, admin, customer_object(session), {"name": "Acme", "city": "Oslo"}
        )
        return company.id, admin.id


def test_two_processes_editing_one_record_lose_no_change(any_db: Database) -> None:
    record_id, user_id = _seed(any_db)
    spawn = multiprocessing.get_context("spawn")
    turn = {writer: spawn.Semaphore(0) for writer in FIELDS}
    turn["a"].release()
    workers = [
        spawn.Process(
            target=_hammer, args=(any_db.url, record_id, user_id, writer, turn[writer], turn[other])
        )
        for writer, other in (("a", "b"), ("b", "a"))
    ]
    assert exit_codes(workers, timeout=120) == [0] * len(workers)

    with any_db.session() as session:
        record = records.get_record(session, record_id)
        props = load_properties(session, record.object_type_id)
        final = {key: records.get_value(record, props[key]) for key in WRITER_OF}
        entries = session.execute(
            select(Change.field, Change.old_value, Change.new_value, Change.batch_id)
            .where(Change.entity == "records", Change.row_id == record_id, Change.field != "")
            .order_by(Change.at, Change.id)
        ).all()

    expected = {key: _value(key, writer, EDITS - 1) for key, writer in WRITER_OF.items()}
    for key in WRITER_OF:
        chain = [(e.old_value, e.new_value) for e in entries if e.field == key]
        created = key in CREATED
        assert len(chain) == EDITS + created
        assert chain[0][0] is None
        broken = [
            (n, chain[n - 1][1], old)
            for n, (old, _new) in enumerate(chain)
            if n and old != chain[n - 1][1]
        ]
        assert not broken, f"{key}: {len(broken)} of {len(chain)} links broken, first {broken[:3]}"
        assert chain[-1][1] == to_json(expected[key])
    assert final == expected
    # The two processes really took turns, so the test can catch a lost update.
    batches = list(dict.fromkeys((e.batch_id, WRITER_OF[e.field]) for e in entries))
    turns = sum(1 for prev, this in itertools.pairwise(batches) if prev[1] != this[1])
    assert turns >= TURNS, f"only {turns} turns between the writers"
