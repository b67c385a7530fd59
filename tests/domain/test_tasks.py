"""Creating a task (ACT-2): each field checked where it is, the task and its links saved
together, due times read in the creator's zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.domain import records
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.history import history_of
from app.domain.tasks import NewTask, create_task, find_records
from app.domain.workspace import customer_object
from app.store import ActivityKind, ActivityLink, Task, User

WARSAW = ZoneInfo("Europe/Warsaw")


def _ada(session):
    return session.scalar(select(User).where(User.name == "Ada Admin"))


def test_a_task_with_time_assignee_and_records(workspace_db):
    with workspace_db.session() as session, session.begin():
        ada = _ada(session)
        acme = records.create_record(session, ada, customer_object(session), {"name": "Acme"})
        task = create_task(
            session, ada,
            NewTask("  Call Acme ", "call", "high", "2026-03-11", "09:30",
                    record_ids=[acme.id, acme.id], notes="Renewal"),
            WARSAW,
        )  # fmt: skip
        task_id, acme_id = task.id, acme.id
    with workspace_db.session() as session:
        task = session.get(Task, task_id)
        assert (task.title, task.type, task.priority, task.notes) == (
            "Call Acme", "call", "high", "Renewal",
        )  # fmt: skip
        assert task.due_at == dt.datetime(2026, 3, 11, 8, 30, tzinfo=dt.UTC)  # 09:30 in Warsaw
        assert not task.due_all_day and task.assignee_id == _ada(session).id
        links = session.scalars(
            select(ActivityLink).where(ActivityLink.activity_id == task_id)
        ).all()
        assert [(link.kind, link.record_id) for link in links] == [(ActivityKind.TASK, acme_id)]
        assert history_of(session, "tasks", task_id)[0].op == "create"


@pytest.mark.parametrize(
    ("new", "field"),
    [
        (NewTask("   "), "title"),
        (NewTask("Call", due_time="10:00"), "due_time"),
        (NewTask("Call", due_date="31/02/2026"), "due_date"),
        (NewTask("Call", due_date="2026-02-11", due_time="25:00"), "due_time"),
        (NewTask("Call", type="meeting"), "type"),
        # issue 11 item 4: year 1 in Warsaw is before year 1 in UTC (it was OverflowError)
        (NewTask("Call", due_date="0001-01-01"), "due_date"),
        (NewTask("Call", due_date="9999-12-31", due_time="23:30"), "due_date"),
        (NewTask("C" * 501), "title"),
        (NewTask("Call\x00me"), "title"),
        (NewTask("Call", notes="a\x00b"), "notes"),
        (NewTask("Call \ud800"), "title"),
    ],
)
def test_a_refused_field_is_named_and_nothing_is_saved(workspace_db, new, field):
    with (
        pytest.raises(ValidationError) as refused,
        workspace_db.session() as session,
        session.begin(),
    ):
        create_task(session, _ada(session), new, WARSAW)
    assert refused.value.field == field
    with workspace_db.session() as session:
        assert session.scalars(select(Task)).all() == []


def test_a_date_alone_is_a_whole_day_and_a_seatless_admin_is_refused(workspace_db):
    with workspace_db.session() as session, session.begin():
        task = create_task(session, _ada(session), NewTask("Review", due_date="2026-03-11"), WARSAW)
        assert task.due_all_day and task.due_at == dt.datetime(2026, 3, 10, 23, 0, tzinfo=dt.UTC)
        sam = User(name="Sam Super", email="sam@example.com", is_super_admin=True)
        session.add(sam)
        session.flush()
        with pytest.raises(PermissionDenied):
            create_task(session, sam, NewTask("Nope"), WARSAW)


def test_records_are_found_by_part_of_their_name(workspace_db):
    with workspace_db.session() as session, session.begin():
        ada = _ada(session)
        companies = customer_object(session)
        for name in ("Acme Corp", "Blue Acme", "Cobalt"):
            records.create_record(session, ada, companies, {"name": name})
    with workspace_db.session() as session:
        assert [r.name for r in find_records(session, "acme")] == ["Acme Corp", "Blue Acme"]
        assert find_records(session, "a") == []  # two letters at least
        assert find_records(session, "cobalt")[0].object_label == "Company"


def test_a_due_date_alone_is_the_assignees_day_in_their_zone(workspace_db):
    from app.domain.schedule import events_between

    tokyo, new_york = ZoneInfo("Asia/Tokyo"), ZoneInfo("America/New_York")
    with workspace_db.session() as session, session.begin():
        ada = _ada(session)
        ada.time_zone = "Asia/Tokyo"
        cy = User(name="Cy Csm", email="cy@example.com", has_service_seat=True,
                  time_zone="America/New_York")  # fmt: skip
        session.add(cy)
        session.flush()
        task = create_task(
            session, ada, NewTask("Renewal prep", due_date="2026-11-25", assignee_id=cy.id), tokyo
        )
        assert task.due_all_day
        assert task.due_at == dt.datetime(2026, 11, 25, 5, 0, tzinfo=dt.UTC)  # NY midnight
        day = dt.date(2026, 11, 25)
        assert [e.title for e in events_between(session, cy, day, day, new_york)] == [
            "Renewal prep"
        ]
        timed = create_task(
            session, ada,
            NewTask("Call", due_date="2026-11-25", due_time="09:00", assignee_id=cy.id), tokyo,
        )  # fmt: skip
        assert timed.due_at == dt.datetime(2026, 11, 25, 0, 0, tzinfo=dt.UTC)  # 09:00 Tokyo
