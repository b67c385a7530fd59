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
