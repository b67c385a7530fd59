"""Where calendar items sit (SCH-1), as plain numbers the painted views draw: timed items
as blocks in a day column (minutes from local midnight, with overlapping ones side by side
in lanes), whole-day items as bars across day columns, and a month's items per day cell.

No Qt here, so the arithmetic is tested on its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.domain.schedule import Event, EventKind

DAY_MINUTES = 24 * 60
MIN_BLOCK_MINUTES = 20  # a short item still needs room for its title, and takes that room
TASK_MINUTES = 30  # a timed task is a point in time; it shows as half an hour


class Span(StrEnum):
    """How much of the calendar is shown at once."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


WEEKEND = (5, 6)  # Saturday, Sunday (date.weekday())


def shown_days(
    span: Span, anchor: dt.date, week_start: int = 0, hide_weekends: bool = False
) -> list[dt.date]:
    """The days a span shows around `anchor`: one day; the week holding it; or the full
    weeks covering its month. Weekends are left out of weeks and months when hidden."""
    if span == Span.DAY:
        return [anchor]
    if span == Span.WEEK:
        start = anchor - dt.timedelta(days=(anchor.weekday() - week_start) % 7)
        days = [start + dt.timedelta(days=i) for i in range(7)]
    else:
        first = anchor.replace(day=1)
        start = first - dt.timedelta(days=(first.weekday() - week_start) % 7)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        count = (following - start).days
        days = [start + dt.timedelta(days=i) for i in range(-(-count // 7) * 7)]
    if hide_weekends:
        days = [d for d in days if d.weekday() not in WEEKEND]
    return days


def step(span: Span, anchor: dt.date, direction: int) -> dt.date:
    """The anchor one span later (direction 1) or earlier (-1)."""
    if span == Span.DAY:
        return anchor + dt.timedelta(days=direction)
    if span == Span.WEEK:
        return anchor + dt.timedelta(days=7 * direction)
    month = anchor.year * 12 + anchor.month - 1 + direction
    return dt.date(month // 12, month % 12 + 1, 1)


@dataclass(frozen=True)
class TimedBlock:
    """A timed item's piece on one shown day: column, minutes, and its lane."""

    event: int  # index into the events
    column: int  # index into the shown days
    start: int  # minutes after local midnight
    end: int
    lane: int = 0
    lanes: int = 1
    cluster: int = 0  # which run of overlapping blocks of its day it is in


@dataclass(frozen=True)
class DayBar:
    """A whole-day (or several-day) item across shown day columns, on a row of the strip."""

    event: int
    first: int
    last: int
    row: int


def _minutes(at: dt.datetime) -> int:
    return at.hour * 60 + at.minute


def timed_blocks(
    events: Sequence[Event], days: Sequence[dt.date], zone: ZoneInfo
) -> list[TimedBlock]:
    """Each timed item cut at local midnights into the shown days, lanes assigned per day."""
    column_of = {day: i for i, day in enumerate(days)}
    pieces: dict[int, list[TimedBlock]] = {}
    for index, event in enumerate(events):
        if event.all_day:
            continue
        start, end = event.start.astimezone(zone), event.end.astimezone(zone)
        day = start.date()
        while True:
            column = column_of.get(day)
            first = _minutes(start) if day == start.date() else 0
            last = _minutes(end) if day == end.date() else DAY_MINUTES
            if column is not None and (last > first or first == last == _minutes(start)):
                least = TASK_MINUTES if event.kind == EventKind.TASK else MIN_BLOCK_MINUTES
                first = min(first, DAY_MINUTES - least)
                last = min(max(last, first + least), DAY_MINUTES)
                pieces.setdefault(column, []).append(TimedBlock(index, column, first, last))
            day += dt.timedelta(days=1)
            if day > end.date() or (day == end.date() and _minutes(end) == 0):
                break
    out: list[TimedBlock] = []
    for column in sorted(pieces):
        out += _lanes(pieces[column])
    return out


def _lanes(blocks: list[TimedBlock]) -> list[TimedBlock]:
    """Overlapping blocks side by side: each takes the first free lane, and every block of
    a cluster of overlaps shares that cluster's lane count."""
    blocks = sorted(blocks, key=lambda b: (b.start, -b.end, b.event))
    out: list[TimedBlock] = []
    cluster: list[tuple[TimedBlock, int]] = []
    lane_ends: list[int] = []
    cluster_end = -1
    closed = [0]  # clusters closed so far: the next one's number

    def close() -> None:
        number = closed[0]
        closed[0] += 1
        out.extend(
            TimedBlock(b.event, b.column, b.start, b.end, lane, len(lane_ends), number)
            for b, lane in cluster
        )

    for block in blocks:
        if block.start >= cluster_end and cluster:
            close()
            cluster, lane_ends = [], []
        free = next((i for i, end in enumerate(lane_ends) if end <= block.start), None)
        if free is None:
            free = len(lane_ends)
            lane_ends.append(block.end)
        else:
            lane_ends[free] = block.end
        cluster.append((block, free))
        cluster_end = max(cluster_end, block.end) if len(cluster) > 1 else block.end
    if cluster:
        close()
    return out


def day_bars(events: Sequence[Event], days: Sequence[dt.date], zone: ZoneInfo) -> list[DayBar]:
    """Whole-day items across the shown days, each on the first row free over its span."""
    taken: list[set[int]] = [set() for _ in days]  # each column's occupied rows
    free_from = [0] * len(days)  # each column's lowest free row
    out: list[DayBar] = []
    for index, event in enumerate(events):
        if not event.all_day:
            continue
        first_day, last_day = event.local_days(zone)
        columns = [i for i, day in enumerate(days) if first_day <= day <= last_day]
        if not columns:
            continue
        first, last = columns[0], columns[-1]
        span = range(first, last + 1)
        # no row below any column's lowest free row is free over the whole span
        row = max(free_from[c] for c in span)
        while any(row in taken[c] for c in span):
            row += 1
        for c in span:
            taken[c].add(row)
            while free_from[c] in taken[c]:
                free_from[c] += 1
        out.append(DayBar(index, first, last, row))
    return out


def by_day(
    events: Sequence[Event], days: Sequence[dt.date], zone: ZoneInfo
) -> dict[dt.date, list[int]]:
    """A month's cells: each shown day's items, whole-day ones first, then by start."""
    cells: dict[dt.date, list[int]] = {day: [] for day in days}
    if not days:
        return cells
    # A month is laid out on every open: most items are on one day, and each item's sort
    # key is made once, not once per comparison.
    one_day, last_shown = dt.timedelta(days=1), days[-1]
    for index, event in enumerate(events):
        if event.days is None and event.end == event.start:
            # a timed task, most of a month: one instant, one cell (as `local_days`)
            items = cells.get(event.start.astimezone(zone).date())
            if items is not None:
                items.append(index)
            continue
        first, last = event.local_days(zone)
        day = max(first, days[0])
        while day <= last and day <= last_shown:
            items = cells.get(day)
            if items is not None:
                items.append(index)
            day += one_day
    keys = [(not e.all_day, e.start, e.title) for e in events]
    for items in cells.values():
        items.sort(key=keys.__getitem__)
    return cells
