"""DATA-4: files written by common calendar programs (Google Calendar, Thunderbird,
Exchange) import with their instants and zones; each file is the program's own output."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.domain.icalendar_io import import_ics
from app.store import Meeting, User

PROGRAMS = Path(__file__).parent / "data" / "programs"
UTC = dt.UTC


@pytest.mark.parametrize(
    ("name", "title", "start", "end", "zone"),
    [
        # Google writes UTC times and names the calendar's zone in X-WR-TIMEZONE
        ("google_calendar_export.ics", "event with alarms",
         dt.datetime(2024, 10, 4, 18, 15, tzinfo=UTC), dt.datetime(2024, 10, 4, 19, 0, tzinfo=UTC),
         "Europe/London"),
        # Thunderbird: an IANA TZID with its own long VTIMEZONE (British summer time)
        ("thunderbird_export.ics", "event with alarms",
         dt.datetime(2024, 10, 23, 14, 0, tzinfo=UTC), dt.datetime(2024, 10, 23, 15, 0, tzinfo=UTC),
         "Europe/London"),
        # Exchange: a Windows zone name, quoted, defined by the file
        ("exchange_2010_invitation.ics", "Test 4",
         dt.datetime(2017, 2, 24, 20, 0, tzinfo=UTC), dt.datetime(2017, 2, 24, 20, 30, tzinfo=UTC),
         "America/Los_Angeles"),
    ],
)  # fmt: skip
def test_a_file_written_by_a_calendar_program_imports(workspace_db, name, title, start, end, zone):
    data = (PROGRAMS / name).read_bytes()
    with workspace_db.session() as session, session.begin():
        ada = session.scalar(select(User).where(User.email == "ada@example.com"))
        report = import_ics(
            session, ada, data, start.date(), start.date(), ZoneInfo("Europe/Warsaw")
        )
    assert (report.created, report.updated, report.skipped) == (1, 0, ())
    with workspace_db.session() as session:
        meeting = session.scalar(select(Meeting))
        assert (meeting.title, meeting.start_at, meeting.end_at) == (title, start, end)
        assert meeting.time_zone == zone and not meeting.all_day


# Exchange writes a repeat rule's days with a space after each comma, and folds long rules
# wherever the line reaches 75 octets, here mid-list (written in Exchange's layout: RFC 5545
# wants BYDAY=MO,TU,WE). Before, icalendar refused the RRULE and the series was left out.
EXCHANGE_RULE = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:Microsoft Exchange Server 2010\r\n"
    b"BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E00800000000\r\nSUMMARY:Standup\r\n"
    b'DTSTART;TZID="Pacific Standard Time":20261130T090000\r\n'
    b'DTEND;TZID="Pacific Standard Time":20261130T091500\r\n'
    b"RRULE:FREQ=WEEKLY;UNTIL=20261231T170000Z;INTERVAL=1;BYDAY=MO, TU,\r\n  WE;WKST=SU\r\n"
    b"END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_an_exchange_repeat_rule_with_spaces_after_its_commas_imports(workspace_db):
    with workspace_db.session() as session, session.begin():
        ada = session.scalar(select(User).where(User.email == "ada@example.com"))
        report = import_ics(
            session, ada, EXCHANGE_RULE, dt.date(2026, 11, 30), dt.date(2026, 12, 6),
            ZoneInfo("Europe/Warsaw"),
        )  # fmt: skip
    assert report.skipped == ()
    with workspace_db.session() as session:
        starts = sorted(m.start_at for m in session.scalars(select(Meeting)))
    # Monday, Tuesday and Wednesday of the week, 09:00 in Los Angeles (17:00 UTC)
    la = ZoneInfo("America/Los_Angeles")
    days = [dt.datetime(2026, 11, 30, 9, tzinfo=la)] + [
        dt.datetime(2026, 12, d, 9, tzinfo=la) for d in (1, 2)
    ]
    assert starts == [d.astimezone(UTC) for d in days]
