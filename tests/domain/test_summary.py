"""The Summary's lists are the viewer's days, in the viewer's time zone (SUM-2, SUM-3, SUM-5)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.domain import records
from app.domain.summary import summary_for
from app.domain.workspace import customer_object, main_workspace
from app.store import (
    ActivityKind,
    ActivityLink,
    Meeting,
    MeetingAttendee,
    Task,
    TaskStatus,
    User,
)

WARSAW = ZoneInfo("Europe/Warsaw")
# 10:00 in Warsaw on Wednesday 11 March 2026.
NOW = dt.datetime(2026, 3, 11, 10, 0, tzinfo=WARSAW)


def _task(session, user, title, local_due, status=TaskStatus.OPEN, customer=None):
    task = Task(title=title, due_at=local_due, assignee_id=user.id, status=status)
    session.add(task)
    session.flush()
    if customer is not None:
        session.add(
            ActivityLink(kind=ActivityKind.TASK, activity_id=task.id, record_id=customer.id)
        )


def test_lists_follow_the_viewers_time_zone(workspace_db):
    with workspace_db.session() as session, session.begin():
        viewer = session.scalars(select(User)).one()
        viewer.time_zone = "Europe/Warsaw"
        acme = records.create_record(
            session, viewer, customer_object(session), {"name": "Acme", "csm_owner": viewer.id}
        )
        # 23:30 in Warsaw is 22:30 UTC: today for the viewer; 00:15 is 23:15 UTC yesterday.
        _task(
            session,
            viewer,
            "Late today",
            dt.datetime(2026, 3, 11, 23, 30, tzinfo=WARSAW),
            customer=acme,
        )
        _task(session, viewer, "Early today", dt.datetime(2026, 3, 11, 0, 15, tzinfo=WARSAW))
        _task(
            session,
            viewer,
            "Done today",
            dt.datetime(2026, 3, 11, 9, 0, tzinfo=WARSAW),
            TaskStatus.COMPLETED,
        )
        _task(session, viewer, "Yesterday", dt.datetime(2026, 3, 10, 23, 59, tzinfo=WARSAW))
        _task(session, viewer, "Tomorrow", dt.datetime(2026, 3, 12, 0, 0, tzinfo=WARSAW))
        _task(session, viewer, "Next week", dt.datetime(2026, 3, 18, 9, 0, tzinfo=WARSAW))
        meeting = Meeting(
            title="QBR",
            start_at=dt.datetime(2026, 3, 11, 14, 0, tzinfo=WARSAW),
            end_at=dt.datetime(2026, 3, 11, 15, 0, tzinfo=WARSAW),
            organizer_id=viewer.id,
            link="https://meet.example.com/qbr",
        )
        session.add(meeting)
        session.flush()
        session.add(MeetingAttendee(meeting_id=meeting.id, name="Yara Moreau", email="y@acme.com"))
        session.add(
            Meeting(
                title="Tomorrow's call",
                start_at=dt.datetime(2026, 3, 12, 9, 0, tzinfo=WARSAW),
                end_at=dt.datetime(2026, 3, 12, 9, 30, tzinfo=WARSAW),
                organizer_id=viewer.id,
            )
        )

    with workspace_db.session() as session:
        viewer = session.scalars(select(User)).one()
        summary = summary_for(session, viewer, main_workspace(session), now=NOW)
    assert summary.today == dt.date(2026, 3, 11)
    assert [t.title for t in summary.due_today.items] == ["Early today", "Late today"]
    assert summary.due_today.items[1].customer == "Acme"
    assert [t.title for t in summary.overdue.items] == ["Yesterday"]
    assert [t.title for t in summary.due_tomorrow.items] == ["Tomorrow"]
    assert (summary.done_today, summary.total_today) == (1, 3)
    assert [m.title for m in summary.meetings] == ["QBR"]
    assert summary.meetings[0].attendees == ("Yara Moreau",)
    assert summary.owned_customers == 1


def test_lists_show_six_items_and_count_them_all(workspace_db):
    with workspace_db.session() as session, session.begin():
        viewer = session.scalars(select(User)).one()
        viewer.time_zone = "Europe/Warsaw"
        for i in range(9):
            _task(session, viewer, f"Task {i}", dt.datetime(2026, 3, 11, 9, i, tzinfo=WARSAW))
    with workspace_db.session() as session:
        viewer = session.scalars(select(User)).one()
        summary = summary_for(session, viewer, main_workspace(session), now=NOW)
    assert summary.due_today.total == 9
    assert len(summary.due_today.items) == 6


def test_owned_customers_follow_a_csm_property_kept_in_json(workspace_db):
    from app.domain.workspace import update_customer_settings, user_properties

    with workspace_db.session() as session, session.begin():
        viewer = session.scalars(select(User)).one()
        companies = customer_object(session)
        ws = main_workspace(session)
        company_owner = next(
            p for p in user_properties(session, companies.id) if p.key == "company_owner"
        )
        assert company_owner.column is None  # stored in the props JSON, not promoted
        update_customer_settings(
            session, viewer, ws, customer_object_id=companies.id,
            csm_property_id=company_owner.id, renewal_property_id=None,
        )  # fmt: skip
        records.create_record(
            session, viewer, companies, {"name": "Mine", "company_owner": viewer.id}
        )
        records.create_record(
            session, viewer, companies, {"name": "Not mine", "csm_owner": viewer.id}
        )
    with workspace_db.session() as session:
        viewer = session.scalars(select(User)).one()
        assert summary_for(session, viewer, main_workspace(session), now=NOW).owned_customers == 1
