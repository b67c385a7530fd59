"""The schedule as iCalendar (DATA-4): an export calendar programs read back with the same
times and zones; imports of Google's and Outlook's files (repeats expanded over the days
shown, exceptions honoured, Windows zone names understood); a re-import updates instead of
duplicating; a broken file is refused whole; what cannot be imported is reported."""

from __future__ import annotations

import datetime as dt
import itertools
from contextlib import ExitStack
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from app.domain import records
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.history import history_of
from app.domain.icalendar_io import (
    MAX_OCCURRENCES,
    OCCURRENCES_CAPPED,
    Skipped,
    export_schedule,
    import_ics,
)
from app.domain.tasks import NewTask, create_task
from app.domain.workspace import SetupChoice, setup_empty_workspace
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
from app.store.engine import open_database
from tests.conftest import throwaway_pg_database

DATA = Path(__file__).parent / "data"
NEW_YORK = ZoneInfo("America/New_York")
WARSAW = ZoneInfo("Europe/Warsaw")
UTC = dt.UTC
ZULU = ZoneInfo("UTC")
MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def _ada(session):
    return session.scalar(select(User).where(User.email == "ada@example.com"))


def _contact(session, name, email):
    contacts = session.scalar(select(ObjectType).where(ObjectType.key == "contacts"))
    return records.create_record(session, _ada(session), contacts, {"name": name, "email": email})


def _meeting(session, title, start, minutes, organizer, *, all_day_until=None, **values):
    """A meeting row as the Schedule tab would save it (times in UTC, its own zone)."""
    if all_day_until is not None:
        zone = start.tzinfo
        end = dt.datetime.combine(all_day_until, dt.time(), zone)
    else:
        end = start + dt.timedelta(minutes=minutes)
    meeting = Meeting(
        title=title, start_at=start.astimezone(UTC), end_at=end.astimezone(UTC),
        all_day=all_day_until is not None, time_zone=start.tzinfo.key,
        organizer_id=organizer.id, **values,
    )  # fmt: skip
    session.add(meeting)
    session.flush()
    return meeting


def _meetings(session):
    """The live meetings by title."""
    rows = session.scalars(select(Meeting).where(Meeting.deleted_at.is_(None)))
    return {m.title: m for m in rows}


def _count(session, model=Meeting):
    return session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def _ics(*events: str, head: str = "") -> bytes:
    """A calendar of the given VEVENT/VTODO bodies, with CRLF line ends."""
    text = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n" + head
    text += "".join(events) + "END:VCALENDAR\n"
    return text.replace("\n", "\r\n").encode()


def _event(uid: str, summary: str | None, *lines: str) -> str:
    title = f"SUMMARY:{summary}\n" if summary is not None else ""
    return f"BEGIN:VEVENT\nUID:{uid}\n{title}" + "".join(f"{x}\n" for x in lines) + "END:VEVENT\n"


def _schedule(session):
    """Ada's week: New York and Warsaw meetings, an all-day one, tasks, and others' items."""
    ada = _ada(session)
    olu = User(name="Olu Other", email="olu@example.com", has_service_seat=True)
    session.add(olu)
    session.flush()
    carla = _contact(session, "Carla Contact", "carla@acme.example")
    kickoff = _meeting(
        session, "Acme kickoff", dt.datetime(2026, 3, 10, 9, 0, tzinfo=NEW_YORK), 60, ada,
        location="Room 4", link="https://meet.google.com/abc-defg-hij",
        description="Agenda:\nintroductions, plan",
    )  # fmt: skip
    session.add_all([
        MeetingAttendee(meeting_id=kickoff.id, contact_id=carla.id, name="Carla Contact"),
        MeetingAttendee(meeting_id=kickoff.id, email="guest@partner.example", name="Gus Guest"),
    ])  # fmt: skip
    _meeting(session, "Warsaw review", dt.datetime(2026, 3, 11, 14, 0, tzinfo=WARSAW), 30, ada)
    _meeting(
        session, "Customer summit", dt.datetime(2026, 3, 12, tzinfo=NEW_YORK), 0, ada,
        all_day_until=dt.date(2026, 3, 14),
    )  # fmt: skip
    hosted = _meeting(session, "Olu's demo", dt.datetime(2026, 3, 13, 8, 0, tzinfo=ZULU), 45, olu)
    session.add(MeetingAttendee(meeting_id=hosted.id, user_id=ada.id))
    _meeting(session, "Olu alone", dt.datetime(2026, 3, 13, 10, 0, tzinfo=ZULU), 45, olu)
    _meeting(session, "Next month", dt.datetime(2026, 4, 2, 10, 0, tzinfo=NEW_YORK), 30, ada)
    gone = _meeting(session, "Deleted", dt.datetime(2026, 3, 10, 11, 0, tzinfo=NEW_YORK), 30, ada)
    gone.deleted_at = dt.datetime.now(UTC)
    create_task(
        session, ada,
        NewTask("Send deck", priority="high", due_date="2026-03-10", due_time="09:30",
                notes="Slides 1-12"),
        NEW_YORK,
    )  # fmt: skip
    done = create_task(session, ada, NewTask("File notes", priority="low", due_date="2026-03-11"),
                       NEW_YORK)  # fmt: skip
    done.status = TaskStatus.COMPLETED
    session.flush()


# ---- export ---------------------------------------------------------------------------


def test_export_keeps_titles_instants_and_zones(workspace_db):
    with workspace_db.session() as session, session.begin():
        _schedule(session)
        data = export_schedule(session, _ada(session), dt.date(2026, 3, 9), dt.date(2026, 3, 15),
                               NEW_YORK)  # fmt: skip
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == "-//Tend//Customer Success workspace//EN"
    assert str(calendar["VERSION"]) == "2.0"
    events = {str(e["SUMMARY"]): e for e in calendar.events}
    assert set(events) == {"Acme kickoff", "Warsaw review", "Customer summit", "Olu's demo"}
    kickoff = events["Acme kickoff"]
    assert kickoff.start == dt.datetime(2026, 3, 10, 9, 0, tzinfo=NEW_YORK)
    assert kickoff.end == dt.datetime(2026, 3, 10, 10, 0, tzinfo=NEW_YORK)
    assert kickoff["DTSTART"].params["TZID"] == "America/New_York"
    assert (str(kickoff["LOCATION"]), str(kickoff["URL"])) == (
        "Room 4", "https://meet.google.com/abc-defg-hij",
    )  # fmt: skip
    assert str(kickoff["DESCRIPTION"]) == "Agenda:\nintroductions, plan"
    assert str(kickoff["ORGANIZER"]) == "mailto:ada@example.com"
    assert {(str(a), a.params["CN"]) for a in kickoff.attendees} == {
        ("mailto:carla@acme.example", "Carla Contact"),
        ("mailto:guest@partner.example", "Gus Guest"),
    }
    assert str(kickoff["UID"]).endswith("@tend.local") and "DTSTAMP" in kickoff
    warsaw = events["Warsaw review"]
    assert warsaw.start == dt.datetime(2026, 3, 11, 14, 0, tzinfo=WARSAW)
    assert warsaw["DTEND"].params["TZID"] == "Europe/Warsaw"
    summit = events["Customer summit"]
    assert (summit.start, summit.end) == (dt.date(2026, 3, 12), dt.date(2026, 3, 14))
    assert events["Olu's demo"].start == dt.datetime(2026, 3, 13, 8, 0, tzinfo=UTC)
    assert {str(tz["TZID"]) for tz in calendar.timezones} == {"America/New_York", "Europe/Warsaw"}
    todos = {str(t["SUMMARY"]): t for t in calendar.todos}
    deck, notes = todos["Send deck"], todos["File notes"]
    assert dt.datetime(2026, 3, 10, 9, 30, tzinfo=NEW_YORK) == deck.DUE
    assert deck["DUE"].params["TZID"] == "America/New_York"
    assert (str(deck["STATUS"]), deck["PRIORITY"], str(deck["DESCRIPTION"])) == (
        "NEEDS-ACTION", 1, "Slides 1-12",
    )  # fmt: skip
    assert (notes.DUE, str(notes["STATUS"]), notes["PRIORITY"]) == (
        dt.date(2026, 3, 11), "COMPLETED", 9,
    )  # fmt: skip


# ---- round trip, on SQLite and PostgreSQL ---------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def new_workspace(request, tmp_path):
    """Makes fresh workspaces (Ada as super admin) on the parametrized backend."""
    names = itertools.count()
    with ExitStack() as stack:

        def make():
            if request.param == "sqlite":
                target = str(tmp_path / f"tend{next(names)}.db")
            else:
                target = stack.enter_context(throwaway_pg_database())
            db = open_database(target)
            stack.callback(db.dispose)
            with db.session() as session, session.begin():
                setup_empty_workspace(
                    session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
                )
            return db

        yield make


def _shape(session):
    """What a round trip must keep: title, UTC instants, zone, whole day."""
    return {
        (m.title, m.start_at, m.end_at, m.time_zone, m.all_day)
        for m in session.scalars(
            select(Meeting).where(Meeting.deleted_at.is_(None), Meeting.title != "Olu alone")
        )
        if m.start_at < dt.datetime(2026, 3, 16, tzinfo=UTC)
    }


def test_round_trip_into_a_fresh_database_and_import_twice_updates(new_workspace):
    source, target = new_workspace(), new_workspace()
    first, last = dt.date(2026, 3, 9), dt.date(2026, 3, 15)
    with source.session() as session, session.begin():
        _schedule(session)
        data = export_schedule(session, _ada(session), first, last, NEW_YORK)
        expected = _shape(session)
    assert len(expected) == 4
    with target.session() as session, session.begin():
        report = import_ics(session, _ada(session), data, first, last, NEW_YORK)
    assert (report.created, report.updated) == (4, 0)
    assert sorted(s.what.split(" (UID")[0] for s in report.skipped) == ["File notes", "Send deck"]
    assert {s.reason for s in report.skipped} == {"tasks in calendar files are not imported"}
    with target.session() as session, session.begin():
        assert _shape(session) == expected
        kickoff = _meetings(session)["Acme kickoff"]
        assert kickoff.organizer_id == _ada(session).id
        assert kickoff.link == "https://meet.google.com/abc-defg-hij"
        assert kickoff.description == "Agenda:\nintroductions, plan"
        assert kickoff.ical_uid.endswith("@tend.local")
        guests = session.scalars(
            select(MeetingAttendee).where(MeetingAttendee.meeting_id == kickoff.id)
        ).all()
        assert {(g.email, g.name) for g in guests} == {
            ("carla@acme.example", "Carla Contact"), ("guest@partner.example", "Gus Guest"),
        }  # fmt: skip
        olu_demo = _meetings(session)["Olu's demo"]
        olu_guests = session.scalars(
            select(MeetingAttendee).where(MeetingAttendee.meeting_id == olu_demo.id)
        ).all()
        assert [(g.email, g.name) for g in olu_guests] == [("olu@example.com", "Olu Other")]
        again = import_ics(session, _ada(session), data, first, last, NEW_YORK)
        assert (again.created, again.updated) == (0, 0)  # found again, nothing changed
        assert _count(session) == 4
        assert _shape(session) == expected


def test_a_changed_event_updates_its_fields_with_history(workspace_db):
    first, last = MARCH
    before = _ics(_event(
        "evt-1", "Pricing call", "DTSTART;TZID=Europe/Warsaw:20260310T100000",
        "DTEND;TZID=Europe/Warsaw:20260310T110000", "ATTENDEE;CN=Pat:mailto:pat@x.example",
        "ATTENDEE;CN=Lee:mailto:lee@x.example",
    ))  # fmt: skip
    after = _ics(_event(
        "evt-1", "Pricing call (moved)", "DTSTART;TZID=Europe/Warsaw:20260311T150000",
        "DTEND;TZID=Europe/Warsaw:20260311T160000", "ATTENDEE;CN=Pat:mailto:pat@x.example",
        "LOCATION:https://zoom.us/j/123",
    ))  # fmt: skip
    with workspace_db.session() as session, session.begin():
        assert import_ics(session, _ada(session), before, first, last, WARSAW).created == 1
    with workspace_db.session() as session, session.begin():
        report = import_ics(session, _ada(session), after, first, last, WARSAW)
        assert (report.created, report.updated, report.skipped) == (0, 1, ())
    with workspace_db.session() as session:
        meeting = session.scalar(select(Meeting))
        assert (meeting.title, meeting.start_at, meeting.link) == (
            "Pricing call (moved)", dt.datetime(2026, 3, 11, 14, 0, tzinfo=UTC),
            "https://zoom.us/j/123",
        )  # fmt: skip
        changes = {c.field: (c.old_value, c.new_value) for c in history_of(
            session, "meetings", meeting.id) if c.op == "set"}  # fmt: skip
        assert changes == {
            "title": ("Pricing call", "Pricing call (moved)"),
            "start_at": ("2026-03-10T09:00:00+00:00", "2026-03-11T14:00:00+00:00"),
            "end_at": ("2026-03-10T10:00:00+00:00", "2026-03-11T15:00:00+00:00"),
            "location": ("", "https://zoom.us/j/123"),
            "link": ("", "https://zoom.us/j/123"),
            "attendees": (["lee@x.example", "pat@x.example"], ["pat@x.example"]),
        }
        live = session.scalars(
            select(MeetingAttendee.email).where(MeetingAttendee.deleted_at.is_(None))
        ).all()
        assert live == ["pat@x.example"]


# ---- files written by calendar programs -----------------------------------------------


def test_a_google_calendar_file(workspace_db):
    with workspace_db.session() as session, session.begin():
        carla = _contact(session, "Carla Contact", "carla@acme.example").id
        report = import_ics(session, _ada(session), (DATA / "google_calendar.ics").read_bytes(),
                            *MARCH, NEW_YORK)  # fmt: skip
    assert (report.created, report.updated, report.skipped) == (6, 0, ())
    with workspace_db.session() as session:
        rows = session.scalars(select(Meeting).order_by(Meeting.start_at)).all()
        got = [(m.title, m.start_at, m.end_at, m.time_zone, m.all_day) for m in rows]
        ny = "America/New_York"
        assert got == [
            ("Acme weekly sync", dt.datetime(2026, 3, 2, 15, 0, tzinfo=UTC),  # EST
             dt.datetime(2026, 3, 2, 15, 30, tzinfo=UTC), ny, False),
            # X-WR-TIMEZONE: a UTC time shown in the calendar's zone
            ("Globex QBR", dt.datetime(2026, 3, 5, 15, 0, tzinfo=UTC),
             dt.datetime(2026, 3, 5, 16, 0, tzinfo=UTC), ny, False),
            ("Acme weekly sync", dt.datetime(2026, 3, 9, 14, 0, tzinfo=UTC),  # EDT from Mar 8
             dt.datetime(2026, 3, 9, 14, 30, tzinfo=UTC), ny, False),
            ("Customer summit", dt.datetime(2026, 3, 12, 4, 0, tzinfo=UTC),  # local midnights
             dt.datetime(2026, 3, 14, 4, 0, tzinfo=UTC), ny, True),
            # Mar 16 is an EXDATE; Mar 23 was moved to the afternoon
            ("Acme weekly sync (moved)", dt.datetime(2026, 3, 23, 18, 0, tzinfo=UTC),
             dt.datetime(2026, 3, 23, 18, 30, tzinfo=UTC), ny, False),
            ("Acme weekly sync", dt.datetime(2026, 3, 30, 14, 0, tzinfo=UTC),
             dt.datetime(2026, 3, 30, 14, 30, tzinfo=UTC), ny, False),
        ]  # fmt: skip
        weekly = [m for m in rows if m.title.startswith("Acme weekly")]
        uid = "7kukuqrfedlm2f9t0vr42q2gec@google.com"
        assert [m.ical_uid for m in weekly] == [
            f"{uid}/2026-03-02T15:00:00Z", f"{uid}/2026-03-09T14:00:00Z",
            f"{uid}/2026-03-23T14:00:00Z", f"{uid}/2026-03-30T14:00:00Z",
        ]  # fmt: skip
        assert {m.link for m in weekly} == {"https://meet.google.com/abc-defg-hij"}
        assert rows[3].location == "Austin, TX"
        guests = session.execute(
            select(MeetingAttendee.email, MeetingAttendee.contact_id, MeetingAttendee.user_id)
            .where(MeetingAttendee.meeting_id == weekly[0].id)
        ).all()  # fmt: skip
        assert guests == [("Carla@Acme.example", carla, None)]  # Ada organizes: not a guest
        links = session.scalars(select(ActivityLink).where(ActivityLink.record_id == carla)).all()
        assert sorted((link.activity_id, link.at) for link in links) == sorted(
            (m.id, m.start_at) for m in weekly
        )
        qbr = session.execute(
            select(MeetingAttendee.email, MeetingAttendee.name)
            .where(MeetingAttendee.meeting_id == rows[1].id)
        ).all()  # fmt: skip
        assert qbr == [("ben@globex.example", "Ben Buyer")]  # organizer and attendee, once


def test_an_outlook_file_with_windows_zone_names(workspace_db):
    with workspace_db.session() as session, session.begin():
        report = import_ics(session, _ada(session), (DATA / "outlook_calendar.ics").read_bytes(),
                            *MARCH, WARSAW)  # fmt: skip
    assert (report.created, report.updated) == (4, 0)
    assert report.skipped == (
        Skipped("Canceled: Globex pricing call (UID 040000008200E00074C5B7101A82E00800000000"
                "ABCDEF0123456DA010000000000000000100000000ABCDEF01234560718293A4B5C6D7E8F93)",
                "was cancelled"),
    )  # fmt: skip
    with workspace_db.session() as session:
        rows = session.scalars(select(Meeting).order_by(Meeting.start_at)).all()
        got = [(m.title, m.start_at, m.time_zone, m.all_day) for m in rows]
        assert got == [
            ("Initech onboarding", dt.datetime(2026, 3, 4, 17, 0, tzinfo=UTC),
             "America/Los_Angeles", False),
            ("Acme renewal planning", dt.datetime(2026, 3, 10, 9, 0, tzinfo=UTC),
             "Europe/Warsaw", False),
            # every other Wednesday, 09:00 Pacific: PDT from Mar 8; Apr 1 is past the window
            ("Initech onboarding", dt.datetime(2026, 3, 18, 16, 0, tzinfo=UTC),
             "America/Los_Angeles", False),
            ("Out of office", dt.datetime(2026, 3, 19, 23, 0, tzinfo=UTC), "Europe/Warsaw", True),
        ]  # fmt: skip
        assert rows[3].end_at == dt.datetime(2026, 3, 20, 23, 0, tzinfo=UTC)
        assert rows[1].end_at - rows[1].start_at == dt.timedelta(hours=1)
        assert rows[1].link.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_")
        assert rows[1].link.endswith("%7d")  # the <...> around it is not part of it
        assert rows[1].location == "Microsoft Teams Meeting"
        assert rows[0].link == "https://zoom.us/j/98765432100?pwd=abcDEF"


# ---- refusals and skips ---------------------------------------------------------------


GOOD = _event("good-1", "Fine meeting", "DTSTART:20260310T100000Z", "DTEND:20260310T110000Z")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"  \r\n ", "empty"),
        (bytes(range(256)) * 4, "no BEGIN:VCALENDAR"),
        (b"Subject,Start Date\r\nBoard review,2026-03-10\r\n", "no BEGIN:VCALENDAR"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carla\r\nEND:VCARD\r\nBEGIN:VCALENDAR", "incomplete"),
        (_ics(GOOD, _event("bad-7", "Board review", "DTSTART:2026-13-45")),
         "Board review (UID bad-7): the value of DTSTART cannot be read"),
        (_ics(GOOD, _event("bad-8", "Offsite", "DTSTART:20260310T100000Z", "DURATION:1 hour")),
         "Offsite (UID bad-8): the value of DURATION cannot be read"),
        (_ics(GOOD, _event("bad-9", "Sync", "DTSTART:20260310T100000Z", "this line has no colon")),
         "Sync (UID bad-9): a line cannot be read"),
        (_ics(GOOD).replace(b"END:VCALENDAR\r\n", b""), "no END:VCALENDAR line"),
        (_ics(GOOD, _event("bad-10", "Tz", "DTSTART;TZID=Europe/Warsaw:2026031T1000")),
         "Tz (UID bad-10): the value of DTSTART cannot be read"),
    ],
)  # fmt: skip
def test_a_broken_file_is_refused_and_saves_nothing(workspace_db, data, words):
    with workspace_db.session() as session, session.begin():
        _meeting(session, "Existing", dt.datetime(2026, 3, 2, 9, tzinfo=WARSAW), 30, _ada(session))
    with (
        pytest.raises(ValidationError) as refused,
        workspace_db.session() as session,
        session.begin(),
    ):
        import_ics(session, _ada(session), data, *MARCH, WARSAW)
    assert refused.value.field == "file"
    assert words in refused.value.message
    with workspace_db.session() as session:
        assert _count(session) == 1
        assert _count(session, MeetingAttendee) == 0


def test_the_bad_date_is_quoted_in_the_message(workspace_db):
    data = _ics(_event("bad-7", "Board review", "DTSTART:2026-13-45"))
    with workspace_db.session() as session, pytest.raises(ValidationError) as refused:
        import_ics(session, _ada(session), data, *MARCH, WARSAW)
    assert "2026-13-45" in refused.value.message


def test_what_cannot_be_imported_is_reported_with_reasons(workspace_db):
    data = _ics(
        _event("c-1", "Cancelled QBR", "STATUS:CANCELLED", "DTSTART:20260310T100000Z"),
        _event("m-1", "On Mars", "DTSTART;TZID=Mars/Olympus_Mons:20260310T100000"),
        _event("n-1", "No start", "DTEND:20260310T100000Z"),
        _event("b-1", "Backwards", "DTSTART:20260310T100000Z", "DTEND:20260310T090000Z"),
        _event("x-1", None, "DTSTART:20260311T100000", "DURATION:PT45M"),  # floating
        _event("x-2", "Long ago", "DTSTART;VALUE=DATE:20190101"),  # single: any date
        _event("r-1", "Daily", "DTSTART;TZID=Europe/Warsaw:20260330T080000",
               "RRULE:FREQ=DAILY;COUNT=5", "EXDATE;TZID=Europe/Warsaw:20260331T080000"),
        _event("r-1", "Daily", "RECURRENCE-ID;TZID=Europe/Warsaw:20260330T080000",
               "DTSTART;TZID=Europe/Warsaw:20260330T080000", "STATUS:CANCELLED"),
        "BEGIN:VTODO\nUID:t-1\nSUMMARY:Send deck\nDUE:20260310T100000Z\nEND:VTODO\n",
        "BEGIN:VJOURNAL\nUID:j-1\nSUMMARY:Notes\nDTSTART:20260310T100000Z\nEND:VJOURNAL\n",
    )  # fmt: skip
    with workspace_db.session() as session, session.begin():
        report = import_ics(session, _ada(session), data, *MARCH, WARSAW)
    assert (report.created, report.updated) == (2, 0)
    assert sorted(report.skipped, key=lambda s: s.what) == [
        Skipped("Backwards (UID b-1)", "ends before it starts"),
        Skipped("Cancelled QBR (UID c-1)", "was cancelled"),
        Skipped("Daily on 2026-03-30 (UID r-1)", "was cancelled"),
        Skipped("No start (UID n-1)", "has no start time"),
        Skipped("Notes (UID j-1)", "tasks in calendar files are not imported"),
        Skipped("On Mars (UID m-1)", "its time zone “Mars/Olympus_Mons” is unknown"),
        Skipped("Send deck (UID t-1)", "tasks in calendar files are not imported"),
    ]
    with workspace_db.session() as session:
        got = {(m.title, m.start_at, m.end_at, m.time_zone, m.all_day)
               for m in session.scalars(select(Meeting))}  # fmt: skip
    assert got == {
        # no SUMMARY: a placeholder title; a floating time is read in the importer's zone
        ("(No title)", dt.datetime(2026, 3, 11, 9, 0, tzinfo=UTC),
         dt.datetime(2026, 3, 11, 9, 45, tzinfo=UTC), "Europe/Warsaw", False),
        ("Long ago", dt.datetime(2018, 12, 31, 23, 0, tzinfo=UTC),
         dt.datetime(2019, 1, 1, 23, 0, tzinfo=UTC), "Europe/Warsaw", True),
    }  # fmt: skip


def test_the_window_limits_repeats_not_single_events(workspace_db):
    daily = _event("r-2", "Standup", "DTSTART;TZID=Europe/Warsaw:20260228T090000",
                   "DURATION:PT15M", "RRULE:FREQ=DAILY")  # fmt: skip
    data = _ics(daily, _event("s-2", "Kickoff", "DTSTART:20270105T100000Z"))
    with workspace_db.session() as session, session.begin():
        report = import_ics(session, _ada(session), data, dt.date(2026, 3, 2),
                            dt.date(2026, 3, 4), WARSAW)  # fmt: skip
        assert report.created == 4
        starts = sorted(m.start_at for m in session.scalars(select(Meeting)))
    assert starts == [dt.datetime(2026, 3, day, 8, 0, tzinfo=UTC) for day in (2, 3, 4)] + [
        dt.datetime(2027, 1, 5, 10, 0, tzinfo=UTC)
    ]


# ---- people ---------------------------------------------------------------------------


def test_attendees_become_contacts_and_users_by_email(workspace_db):
    data = _ics(_event(
        "p-1", "Renewal", "DTSTART;TZID=Europe/Warsaw:20260310T100000", "DURATION:PT30M",
        "ORGANIZER;CN=Ada:mailto:ADA@example.com",
        "ATTENDEE;CN=C. Contact:MAILTO:CARLA@ACME.EXAMPLE",
        "ATTENDEE;CN=Olu:mailto:olu@example.com",
        "ATTENDEE;CN=Gone:mailto:gone@acme.example",
        "ATTENDEE;CN=Stranger:mailto:who@else.example",
    ))  # fmt: skip
    with workspace_db.session() as session, session.begin():
        carla = _contact(session, "Carla Contact", "carla@acme.example").id
        gone = _contact(session, "Gone Contact", "gone@acme.example")
        gone.deleted_at = dt.datetime.now(UTC)
        olu = User(name="Olu Other", email="olu@example.com", has_service_seat=True)
        session.add(olu)
        session.flush()
        olu_id = olu.id
        assert import_ics(session, _ada(session), data, *MARCH, WARSAW).created == 1
    with workspace_db.session() as session:
        meeting = session.scalar(select(Meeting))
        guests = session.execute(
            select(MeetingAttendee.email, MeetingAttendee.name, MeetingAttendee.contact_id,
                   MeetingAttendee.user_id)
            .where(MeetingAttendee.meeting_id == meeting.id)
            .order_by(MeetingAttendee.email)
        ).all()  # fmt: skip
        assert guests == [
            ("CARLA@ACME.EXAMPLE", "C. Contact", carla, None),
            ("gone@acme.example", "Gone", None, None),
            ("olu@example.com", "Olu", None, olu_id),
            ("who@else.example", "Stranger", None, None),
        ]
        links = session.execute(select(ActivityLink.kind, ActivityLink.record_id,
                                       ActivityLink.at)).all()  # fmt: skip
        assert links == [(ActivityKind.MEETING, carla, dt.datetime(2026, 3, 10, 9, 0, tzinfo=UTC))]
        assert [c.op for c in history_of(session, "meetings", meeting.id)] == ["create"]


def test_importing_needs_full_use(workspace_db):
    with workspace_db.session() as session, session.begin():
        sam = User(name="Sam Super", email="sam@example.com", is_super_admin=True)
        session.add(sam)
        session.flush()
        with pytest.raises(PermissionDenied):
            import_ics(session, sam, _ics(GOOD), *MARCH, WARSAW)


def test_tasks_are_not_touched_by_an_import(workspace_db):
    with workspace_db.session() as session, session.begin():
        import_ics(session, _ada(session), _ics(GOOD), *MARCH, WARSAW)
        assert _count(session, Task) == 0 and _count(session) == 1


def test_a_broken_value_that_a_meeting_does_not_use_is_ignored(workspace_db):
    data = _ics(_event("g-1", "Site visit", "DTSTART:20260310T100000Z", "DTSTAMP:yesterday",
                       "PRIORITY:high", "GEO:somewhere"))  # fmt: skip
    with workspace_db.session() as session, session.begin():
        report = import_ics(session, _ada(session), data, *MARCH, WARSAW)
        assert (report.created, report.skipped) == (1, ())
        meeting = session.scalar(select(Meeting))
        assert (meeting.title, meeting.start_at, meeting.end_at, meeting.time_zone) == (
            "Site visit", dt.datetime(2026, 3, 10, 10, 0, tzinfo=UTC),
            dt.datetime(2026, 3, 10, 10, 0, tzinfo=UTC), "UTC",
        )  # fmt: skip


def test_an_invitation_a_team_mate_imported_is_not_imported_twice(workspace_db):
    first, last = MARCH
    invite = _ics(_event(
        "qbr-1", "Acme QBR", "DTSTART:20260312T150000Z", "DTEND:20260312T160000Z",
        "ATTENDEE;CN=Bo:mailto:bo@example.com",
    ))  # fmt: skip
    with workspace_db.session() as session, session.begin():
        bo = User(name="Bo Team", email="bo@example.com", has_service_seat=True)
        session.add(bo)
        session.flush()
        assert import_ics(session, _ada(session), invite, first, last, ZULU).created == 1
        report = import_ics(session, bo, invite, first, last, ZULU)
        assert (report.created, report.updated) == (0, 0)
        assert [s.reason for s in report.skipped] == [
            "is already on your calendar, organized by Ada Admin"
        ]
        assert _count(session) == 1


def test_a_meeting_cancelled_since_the_last_import_leaves_the_calendar(workspace_db):
    first, last = MARCH
    lines = ("DTSTART:20260312T150000Z", "DTEND:20260312T160000Z")
    weekly = ("DTSTART:20260302T090000Z", "DTEND:20260302T093000Z", "RRULE:FREQ=WEEKLY;COUNT=3")
    before = _ics(_event("one", "Pricing call", *lines), _event("w", "Weekly sync", *weekly))
    after = _ics(
        _event("one", "Pricing call", *lines, "STATUS:CANCELLED"),
        _event("w", "Weekly sync", *weekly),
        _event("w", "Weekly sync", "RECURRENCE-ID:20260309T090000Z",
               "DTSTART:20260309T090000Z", "DTEND:20260309T093000Z", "STATUS:CANCELLED"),
    )  # fmt: skip
    with workspace_db.session() as session, session.begin():
        assert import_ics(session, _ada(session), before, first, last, ZULU).created == 4
        report = import_ics(session, _ada(session), after, first, last, ZULU)
        assert [s.reason for s in report.skipped] == ["was cancelled", "was cancelled"]
        live = sorted((m.title, m.start_at.day) for m in _meetings_all(session))
        assert live == [("Weekly sync", 2), ("Weekly sync", 16)]
        assert history_of(session, "meetings", _gone(session, "Pricing call").id)[0].op == "delete"


def test_a_teams_invitation_gives_its_join_link(workspace_db):
    teams = _ics(_event(
        "t-1", "Renewal call", "DTSTART:20260312T150000Z", "DTEND:20260312T160000Z",
        "DESCRIPTION:Need help? https://aka.ms/JoinTeamsMeeting?omkt=en-US",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting",
    ))  # fmt: skip
    with workspace_db.session() as session, session.begin():
        import_ics(session, _ada(session), teams, *MARCH, ZULU)
        link = _meetings(session)["Renewal call"].link
        assert link == "https://teams.microsoft.com/l/meetup-join/19%3ameeting"


def _meetings_all(session):
    return session.scalars(select(Meeting).where(Meeting.deleted_at.is_(None))).all()


def _gone(session, title):
    return session.scalar(select(Meeting).where(Meeting.title == title))


def test_a_runaway_repeat_rule_is_capped_and_reported(workspace_db):
    minutely = _ics(_event(
        "m-1", "Ping", "DTSTART:20260310T000000Z", "DTEND:20260310T000100Z", "RRULE:FREQ=MINUTELY",
    ))  # fmt: skip
    with workspace_db.session() as session, session.begin():
        report = import_ics(session, _ada(session), minutely, *MARCH, ZULU)
        assert report.created == MAX_OCCURRENCES == _count(session)
        assert [s.reason for s in report.skipped] == [OCCURRENCES_CAPPED]
