"""Ids and timestamps read in the driver's form (`stored`) convert to what the typed columns
give, per type and on both databases; and each activity's first associated record is read
for tasks and meetings alike (`activity_records.first_records`)."""

from __future__ import annotations

import datetime as dt
import uuid
from contextlib import ExitStack

import pytest
from sqlalchemy import select

from app.domain import records
from app.domain.activity_records import first_records
from app.domain.stored import core, raw, to_utc, to_utc_or_none, to_uuid, to_uuid_or_none
from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace
from app.store import ActivityKind, ActivityLink, Meeting, Record, Task
from tests.conftest import database_on

AT = dt.datetime(2026, 3, 11, 23, 30, 15, 250_000, tzinfo=dt.UTC)
ON_THE_SECOND = dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def stored_db(request, tmp_path_factory):
    """Tasks with and without due times and assignees, a meeting, and records linked to
    them (a deleted one among them), on SQLite and PostgreSQL."""
    with ExitStack() as stack:
        db = database_on(request.param, tmp_path_factory, stack, "stored")
        with db.session() as session, session.begin():
            admin = setup_empty_workspace(
                session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
            companies = customer_object(session)
            zed, acme, gone = (
                records.create_record(session, admin, companies, {"name": name})
                for name in ("Zed Ltd", "Acme", "Aardvark (deleted)")
            )
            gone.deleted_at = AT
            session.add_all(
                [
                    Task(title="Timed", due_at=AT, assignee_id=admin.id),
                    Task(title="On the second", due_at=ON_THE_SECOND, assignee_id=None),
                    Task(title="Someday", due_at=None, assignee_id=admin.id),
                    Meeting(title="Kick-off", start_at=AT, end_at=AT, organizer_id=admin.id),
                ]
            )
            session.flush()
            tasks = {t.title: t for t in session.scalars(select(Task))}
            meeting = session.scalars(select(Meeting)).one()

            def link(kind, activity_id, record):
                session.add(ActivityLink(kind=kind, activity_id=activity_id, record_id=record.id))

            for record in (zed, acme, gone):
                link(ActivityKind.TASK, tasks["Timed"].id, record)
            link(ActivityKind.TASK, tasks["On the second"].id, zed)
            link(ActivityKind.MEETING, meeting.id, zed)
        yield db


def test_ids_and_times_in_storage_form_convert_to_the_typed_values(stored_db):
    with stored_db.session() as session:
        typed = session.execute(
            select(Task.id, Task.due_at, Task.assignee_id).order_by(Task.title)
        ).all()
        stored = (
            core(session)
            .execute(select(raw(Task.id), raw(Task.due_at), raw(Task.assignee_id)))
            .all()
        )
    by_id = {to_uuid(i): (to_utc_or_none(due), to_uuid_or_none(who)) for i, due, who in stored}
    assert len(by_id) == len(typed) == 3
    for task_id, due_at, assignee_id in typed:
        due, who = by_id[task_id]
        assert (due, who) == (due_at, assignee_id)
        assert type(task_id) is uuid.UUID
        if due is not None:
            assert due.tzinfo is dt.UTC and due.utcoffset() == dt.timedelta(0)
    assert {due for due, _who in by_id.values()} == {AT, ON_THE_SECOND, None}


@pytest.mark.parametrize(
    "stored, expected",
    [
        ("0190f0e8a2b47c3d9e1f2a3b4c5d6e7f", uuid.UUID("0190f0e8-a2b4-7c3d-9e1f-2a3b4c5d6e7f")),
        ("0190f0e8-a2b4-7c3d-9e1f-2a3b4c5d6e7f", uuid.UUID("0190f0e8a2b47c3d9e1f2a3b4c5d6e7f")),
    ],
)
def test_a_stored_uuid_is_the_uuid_it_spells(stored, expected):
    made = to_uuid(stored)
    assert made == expected and hash(made) == hash(expected) and str(made) == str(expected)
    assert made.is_safe == expected.is_safe and to_uuid(expected) is expected


@pytest.mark.parametrize(
    "stored",
    [
        "2026-03-11 23:30:15.250000",  # SQLAlchemy's SQLite form
        "2026-03-11T23:30:15.250000",
        dt.datetime(2026, 3, 11, 23, 30, 15, 250_000),
        dt.datetime(2026, 3, 12, 0, 30, 15, 250_000, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    ],
)
def test_a_stored_timestamp_is_the_aware_utc_instant(stored):
    assert to_utc(stored) == AT and to_utc(stored).tzinfo is dt.UTC


def test_first_records_are_the_first_live_ones_by_name_per_activity(stored_db):
    with stored_db.session() as session:
        tasks = {t.title: t.id for t in session.scalars(select(Task))}
        meeting = session.scalars(select(Meeting.id)).one()
        names = {r.id: r.name for r in session.scalars(select(Record))}
        found = first_records(session, ActivityKind.TASK, list(tasks.values()))
        met = first_records(session, ActivityKind.MEETING, [meeting, tasks["Timed"]])
        assert first_records(session, ActivityKind.TASK, []) == {}
    assert {tasks_id: names[r] for tasks_id, (r, _name) in found.items()} == {
        tasks["Timed"]: "Acme",  # "Aardvark" comes first by name but is deleted
        tasks["On the second"]: "Zed Ltd",
    }
    assert all(name == names[r] and type(r) is uuid.UUID for r, name in found.values())
    assert [(a, n) for a, (_r, n) in met.items()] == [(meeting, "Zed Ltd")]  # by kind
