"""The viewer's schedule (SCH-1, SCH-2): their meetings (organized or attended) and tasks
over a range of days in a zone, whole-day items on their own dates, and the contacts they
meet today."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.domain import records
from app.domain.schedule import (
    Event,
    EventKind,
    contacts_met_on,
    events_between,
    with_details,
)
from app.store import (
    ActivityKind,
    ActivityLink,
    Meeting,
    MeetingAttendee,
    ObjectType,
    Task,
    TaskStatus,
    User,
)

WARSAW = ZoneInfo("Europe/Warsaw")
NEW_YORK = ZoneInfo("America/New_York")
DAY = dt.date(2026, 11, 24)
NOV_25 = DAY + dt.timedelta(days=1)


def _utc(hour: int, minute: int = 0, day: dt.date = DAY, zone: ZoneInfo = WARSAW) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), zone).astimezone(dt.UTC)


def _seed(session):
    ada = session.scalar(select(User).where(User.name == "Ada Admin"))
    ada.time_zone = "Europe/Warsaw"
    bo = User(name="Bo Other", email="bo@example.com", has_service_seat=True, time_zone="UTC")
    session.add(bo)
    session.flush()
    contacts = session.scalar(select(ObjectType).where(ObjectType.key == "contacts"))
    cleo = records.create_record(session, ada, contacts, {"name": "Cleo Contact"})
    dan = records.create_record(session, ada, contacts, {"name": "Dan Contact"})
    meetings = {
        "mine": Meeting(title="Kickoff", start_at=_utc(9), end_at=_utc(10), organizer_id=ada.id,
                        time_zone="Europe/Warsaw", link="https://meet.example.com/abc"),
        "invited": Meeting(title="Bo's review", start_at=_utc(11), end_at=_utc(12),
                           organizer_id=bo.id, time_zone="UTC"),
        "others": Meeting(title="Not mine", start_at=_utc(13), end_at=_utc(14), organizer_id=bo.id),
        "deleted": Meeting(title="Gone", start_at=_utc(15), end_at=_utc(16), organizer_id=ada.id,
                           deleted_at=_utc(8)),
        "next_week": Meeting(title="Later", start_at=_utc(9, day=DAY + dt.timedelta(days=7)),
                             end_at=_utc(10, day=DAY + dt.timedelta(days=7)), organizer_id=ada.id),
        # a whole day in New York: 25 Nov there, whatever zone the calendar shows
        "all_day": Meeting(title="Offsite", start_at=_utc(0, day=NOV_25, zone=NEW_YORK),
                           end_at=_utc(0, day=NOV_25 + dt.timedelta(days=1), zone=NEW_YORK),
                           all_day=True, organizer_id=ada.id, time_zone="America/New_York"),
    }  # fmt: skip
    session.add_all(meetings.values())
    session.flush()
    session.add_all([
        MeetingAttendee(meeting_id=meetings["invited"].id, user_id=ada.id, name="Ada Admin"),
        MeetingAttendee(meeting_id=meetings["mine"].id, contact_id=cleo.id, name="Cleo Contact",
                        email="cleo@example.com"),
        MeetingAttendee(meeting_id=meetings["invited"].id, contact_id=cleo.id, name="Cleo Contact"),
        MeetingAttendee(meeting_id=meetings["invited"].id, contact_id=dan.id, name="Dan Contact"),
        MeetingAttendee(meeting_id=meetings["others"].id, contact_id=dan.id, name="Dan Contact"),
        ActivityLink(kind=ActivityKind.MEETING, activity_id=meetings["mine"].id,
                     record_id=cleo.id, at=_utc(9)),
    ])  # fmt: skip
    session.add_all([
        Task(title="Call Cleo", due_at=_utc(16), assignee_id=ada.id),
        Task(title="Send notes", due_at=_utc(0), due_all_day=True, assignee_id=ada.id,
             status=TaskStatus.COMPLETED),
        Task(title="Bo's task", due_at=_utc(16), assignee_id=bo.id),
        Task(title="Deleted task", due_at=_utc(16), assignee_id=ada.id, deleted_at=_utc(8)),
    ])  # fmt: skip
    session.flush()
    return ada, cleo, dan


def test_the_viewers_meetings_and_tasks_of_a_day(workspace_db):
    with workspace_db.session() as session, session.begin():
        ada, cleo, _dan = _seed(session)
        events = events_between(session, ada, DAY, DAY, WARSAW)
        titles = [(e.kind, e.title) for e in events]
        assert titles == [
            (EventKind.TASK, "Send notes"),  # whole day, due at local midnight
            (EventKind.MEETING, "Kickoff"),
            (EventKind.MEETING, "Bo's review"),  # Ada attends it
            (EventKind.TASK, "Call Cleo"),
        ]
        assert events[1].attendees == () and events[1].record is None  # read on opening
        kickoff = with_details(session, events[1])
        assert kickoff.record == (cleo.id, "Cleo Contact")
        assert [a.name for a in kickoff.attendees] == ["Cleo Contact"]
        assert kickoff.link == "https://meet.example.com/abc"
        review = with_details(session, events[2])
        assert (review.attendees[0].name, review.attendees[0].is_user) == ("Ada Admin", True)
        assert events[0].all_day and events[0].days == (DAY, DAY) and events[0].completed
        only_tasks = events_between(session, ada, DAY, DAY, WARSAW, meetings=False)
        assert {e.kind for e in only_tasks} == {EventKind.TASK}


def test_a_whole_day_meeting_keeps_its_own_dates_in_another_zone(workspace_db):
    with workspace_db.session() as session, session.begin():
        ada, _cleo, _dan = _seed(session)
        nov_25 = DAY + dt.timedelta(days=1)
        for zone in (WARSAW, ZoneInfo("Asia/Tokyo"), ZoneInfo("Pacific/Honolulu")):
            shown = [e.title for e in events_between(session, ada, nov_25, nov_25, zone)]
            assert "Offsite" in shown, zone
            before = [e.title for e in events_between(session, ada, DAY, DAY, zone)]
            assert "Offsite" not in before, zone
        week = events_between(session, ada, DAY, DAY + dt.timedelta(days=6), WARSAW)
        offsite = next(e for e in week if e.title == "Offsite")
        assert offsite.local_days(ZoneInfo("Asia/Tokyo")) == (nov_25, nov_25)
        assert "Later" not in [e.title for e in week]


def test_contacts_met_today_once_each_by_first_meeting(workspace_db):
    with workspace_db.session() as session, session.begin():
        ada, _cleo, _dan = _seed(session)
        met = contacts_met_on(session, ada, DAY, WARSAW)
        assert [(c.name, c.meeting_title) for c in met] == [
            ("Cleo Contact", "Kickoff"),
            ("Dan Contact", "Bo's review"),
        ]
        assert contacts_met_on(session, ada, DAY + dt.timedelta(days=3), WARSAW) == []


def test_an_item_made_for_a_month_is_the_item_its_constructor_makes():
    values: dict[str, Any] = {
        "kind": EventKind.TASK, "id": uuid.uuid4(), "title": "Call", "start": _utc(9),
        "end": _utc(9), "all_day": False, "days": None, "time_zone": "UTC",
        "completed": True, "task_type": "call", "priority": "high",
    }  # fmt: skip
    quick, made = Event.many(values), Event(**values)
    assert quick == made and hash(quick) == hash(made) and repr(quick) == repr(made)
    assert quick.attendees == () and quick.record is None  # the defaults are filled in
    assert replace(quick, title="Email").title == "Email"


def test_an_item_made_from_every_field_is_the_same_item():
    # A month's tasks name every field, so `Event.many` takes their dict as it is.
    values: dict[str, Any] = {
        "kind": EventKind.TASK, "id": uuid.uuid4(), "title": "Call", "start": _utc(9),
        "end": _utc(9), "all_day": False, "days": None, "time_zone": "UTC", "link": "",
        "location": "", "description": "notes", "attendees": (), "record": None,
        "completed": False, "task_type": "call", "priority": "high",
    }  # fmt: skip
    quick, made = Event.many(dict(values)), Event(**values)
    assert quick == made and hash(quick) == hash(made) and repr(quick) == repr(made)
