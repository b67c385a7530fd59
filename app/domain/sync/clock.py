"""The hybrid logical clock of a replica (docs/sync.md "Words").

A time is "<ms since the epoch, 15 digits>-<counter, 6 digits>": text that sorts as the
times do. A new time is later than both the wall clock and every time this replica made or
pulled, so an edit made after seeing another is later than it even when this laptop's
clock is behind.
"""

from __future__ import annotations

import time

WIDTH = 15
COUNTER = 6


def encode(ms: int, counter: int) -> str:
    """The text form of a clock reading."""
    return f"{ms:0{WIDTH}d}-{counter:0{COUNTER}d}"


def decode(value: str) -> tuple[int, int]:
    """(ms, counter) of a reading; an empty or malformed one is the clock's start."""
    ms, _, counter = value.partition("-")
    try:
        return int(ms), int(counter or 0)
    except ValueError:
        return 0, 0


def wall_ms() -> int:
    """The wall clock in milliseconds since the epoch."""
    return time.time_ns() // 1_000_000


def tick(last: str, now_ms: int | None = None) -> str:
    """The next reading after `last` for a local change."""
    ms, counter = decode(last)
    now = wall_ms() if now_ms is None else now_ms
    if now > ms:
        return encode(now, 0)
    return encode(ms, counter + 1)


def observe(last: str, seen: str) -> str:
    """The clock after seeing another replica's reading: never behind it."""
    return max(last, seen) if seen else last
