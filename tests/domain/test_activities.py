"""Logging activities against a record: each refusal names its field, nothing half-saved."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app.domain import activities, records
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.workspace import customer_object
from app.store import ActivityLink, Email, Meeting, User
from tests.support import signed_in_user

WARSAW = ZoneInfo("Europe/Warsaw")


@pytest.fixture
def acme(workspace_db):
    with workspace_db.session() as session, session.begin():
        admin = signed_in_user(session)
        return records.create_record(session, admin, customer_object(session), {"name": "Acme"}).id


def test_meeting_in_the_viewers_zone_with_a_link(workspace_db, acme):
    with workspace_db.session() as session, session.begin():
        admin = signed_in_user(session)
        meeting = activities.log_meeting(
            session,
            admin,
            acme,
            "QBR",
            "2026-03-11 09:00",
            "45",
            "https://meet.example.com/x",
            WARSAW,
        )
        assert meeting.start_at == dt.datetime(2026, 3, 11, 8, 0, tzinfo=dt.UTC)
        assert meeting.end_at - meeting.start_at == dt.timedelta(minutes=45)
        assert meeting.time_zone == "Europe/Warsaw"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("", "2026-03-11 09:00", "30", ""), "title"),
        (("QBR", "next tuesday", "30", ""), "start"),
        (("QBR", "2026-03-11 09:00", "0", ""), "minutes"),
        (("QBR", "2026-03-11 09:00", "30", "meet.example.com"), "link"),
    ],
)
def test_bad_meeting_input_is_refused_and_nothing_is_saved(
    workspace_db, acme, args: tuple[str, str, str, str], field
):
    with workspace_db.session() as session:
        admin = signed_in_user(session)
        with pytest.raises(ValidationError) as refused:
            activities.log_meeting(session, admin, acme, *args, WARSAW)
        assert refused.value.field == field
        session.rollback()
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0
        assert session.scalar(select(func.count()).select_from(ActivityLink)) == 0


def test_email_needs_a_subject_and_a_seat(workspace_db, acme):
    with workspace_db.session() as session, session.begin():
        admin = signed_in_user(session)
        with pytest.raises(ValidationError) as refused:
            activities.log_email(session, admin, acme, "  ", "body")
        assert refused.value.field == "subject"
        seatless = User(name="No Seat", email="noseat@example.com")
        session.add(seatless)
        session.flush()
        with pytest.raises(PermissionDenied):
            activities.log_email(session, seatless, acme, "Hello", "")
        activities.log_email(session, admin, acme, "Hello", "Hi!")
        assert session.scalars(select(Email)).one().from_address == admin.email


def test_task_due_dates(workspace_db, acme):
    with workspace_db.session() as session, session.begin():
        admin = signed_in_user(session)
        day = activities.create_task(session, admin, acme, "Call back", "2026-03-12", WARSAW)
        assert day.due_all_day and day.due_at == dt.datetime(2026, 3, 11, 23, 0, tzinfo=dt.UTC)
        timed = activities.create_task(
            session, admin, acme, "Call back", "2026-03-12 15:30", WARSAW
        )
        assert timed.due_at is not None and not timed.due_all_day and timed.due_at.hour == 14
        with pytest.raises(ValidationError) as refused:
            activities.create_task(session, admin, acme, "Call back", "12/03/2026", WARSAW)
        assert refused.value.field == "due"
