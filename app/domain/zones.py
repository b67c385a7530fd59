"""Time zones by name and the UTC bounds of a local day."""

from __future__ import annotations

import datetime as dt
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class _Zoned(Protocol):
    @property
    def time_zone(self) -> str: ...


def zone_named(name: str | None) -> ZoneInfo:
    """A zone by its IANA name, UTC when the name is unknown."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def zone_of(person: _Zoned) -> ZoneInfo:
    """A person's time zone (UTC when theirs is unknown)."""
    return zone_named(person.time_zone)


def day_bounds(day: dt.date, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants where a local day starts and ends."""
    start = dt.datetime.combine(day, dt.time(), tz)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tz)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)
