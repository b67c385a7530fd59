"""Where calendar items sit (SCH-1): overlaps side by side, items cut at midnight, whole-day
bars on free rows, a month's cells in order."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

from app.domain.schedule import Event, EventKind
from app.models.schedule_layout import Span, by_day, day_bars, shown_days, step, timed_blocks

UTC = ZoneInfo("UTC")
MONDAY = dt.date(2026, 11, 23)


def _at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=dt.UTC)


def _meeting(title: str, start: dt.datetime, end: dt.datetime) -> Event:
    return Event(EventKind.MEETING, uuid.uuid4(), title, start, end)


def _whole(title: str, first: dt.date, last: dt.date) -> Event:
    start = dt.datetime.combine(first, dt.time(), dt.UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), dt.UTC)
    return Event(EventKind.MEETING, uuid.uuid4(), title, start, end, True, (first, last))


def test_overlapping_meetings_sit_side_by_side_and_the_next_one_is_full_width():
    days = shown_days(Span.WEEK, MONDAY)
    events = [
        _meeting("A", _at(23, 9), _at(23, 10)),
        _meeting("B", _at(23, 9, 30), _at(23, 11)),
        _meeting("C", _at(23, 10), _at(23, 10, 30)),  # after A ends: A's lane again
        _meeting("D", _at(23, 12), _at(23, 13)),
    ]
    blocks = {events[b.event].title: b for b in timed_blocks(events, days, UTC)}
    assert (blocks["A"].lane, blocks["B"].lane, blocks["C"].lane) == (0, 1, 0)
    assert blocks["A"].lanes == blocks["B"].lanes == blocks["C"].lanes == 2
    assert (blocks["D"].lane, blocks["D"].lanes) == (0, 1)
    assert (blocks["A"].start, blocks["A"].end) == (9 * 60, 10 * 60)


def test_a_meeting_past_midnight_is_cut_into_both_days_and_zones_move_it():
    days = shown_days(Span.WEEK, MONDAY)
    late = _meeting("Late", _at(23, 22), _at(24, 1))
    pieces = sorted((b.column, b.start, b.end) for b in timed_blocks([late], days, UTC))
    assert pieces == [(0, 22 * 60, 24 * 60), (1, 0, 60)]
    warsaw = sorted(
        (b.column, b.start, b.end) for b in timed_blocks([late], days, ZoneInfo("Europe/Warsaw"))
    )
    assert warsaw == [(0, 23 * 60, 24 * 60), (1, 0, 120)]


def test_a_short_item_still_gets_room_and_a_late_task_stays_on_its_day():
    days = [MONDAY, MONDAY + dt.timedelta(days=1)]
    task = Event(EventKind.TASK, uuid.uuid4(), "Call", _at(23, 15), _at(23, 15))
    (block,) = timed_blocks([task], days, UTC)
    assert block.end - block.start == 30
    meeting = _meeting("Quick", _at(23, 15), _at(23, 15, 5))
    (block,) = timed_blocks([meeting], days, UTC)
    assert block.end - block.start == 20
    late = Event(EventKind.TASK, uuid.uuid4(), "Late", _at(23, 23, 45), _at(23, 23, 45))
    (block,) = timed_blocks([late], days, UTC)
    assert (block.column, block.start, block.end) == (0, 23 * 60 + 30, 24 * 60)
    cells = by_day([late], days, UTC)
    assert cells == {MONDAY: [0], MONDAY + dt.timedelta(days=1): []}


def test_whole_day_bars_take_the_first_free_row_and_keep_their_dates_in_any_zone():
    days = shown_days(Span.WEEK, MONDAY)
    events = [
        _whole("Offsite", MONDAY, MONDAY + dt.timedelta(days=2)),
        _whole("Holiday", MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=1)),
        _whole("Friday", MONDAY + dt.timedelta(days=4), MONDAY + dt.timedelta(days=4)),
    ]
    bars = {
        events[b.event].title: (b.first, b.last, b.row)
        for b in day_bars(events, days, ZoneInfo("Asia/Tokyo"))
    }
    assert bars == {"Offsite": (0, 2, 0), "Holiday": (1, 1, 1), "Friday": (4, 4, 0)}
    assert timed_blocks(events, days, UTC) == []


def test_a_month_lists_whole_day_items_first_then_by_time():
    days = shown_days(Span.MONTH, MONDAY)
    events = [
        _meeting("Later", _at(24, 15), _at(24, 16)),
        _meeting("Earlier", _at(24, 9), _at(24, 10)),
        _whole("All day", dt.date(2026, 11, 24), dt.date(2026, 11, 24)),
    ]
    cells = by_day(events, days, UTC)
    assert [events[i].title for i in cells[dt.date(2026, 11, 24)]] == [
        "All day",
        "Earlier",
        "Later",
    ]
    assert cells[dt.date(2026, 11, 25)] == []


def test_shown_days_by_span_week_start_and_weekends():
    assert shown_days(Span.DAY, MONDAY) == [MONDAY]
    week = shown_days(Span.WEEK, dt.date(2026, 11, 25), week_start=6)  # weeks start on Sunday
    assert week[0] == dt.date(2026, 11, 22) and len(week) == 7
    workdays = shown_days(Span.WEEK, dt.date(2026, 11, 25), hide_weekends=True)
    assert [d.weekday() for d in workdays] == [0, 1, 2, 3, 4]
    month = shown_days(Span.MONTH, dt.date(2026, 11, 25))
    assert month[0] == dt.date(2026, 10, 26) and month[-1] == dt.date(2026, 12, 6)
    assert len(month) % 7 == 0
    assert step(Span.MONTH, dt.date(2026, 12, 31), 1) == dt.date(2027, 1, 1)
    assert step(Span.WEEK, MONDAY, -1) == MONDAY - dt.timedelta(days=7)
