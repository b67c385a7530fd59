"""What every demo phase shares: the seeded randomness, the clock anchor, who and what."""

from __future__ import annotations

import datetime as dt
import functools
import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TypeVar
from zoneinfo import ZoneInfo

from app.domain.demo.people import Catalog, Person
from app.domain.demo.writer import BulkWriter, IdMaker

T = TypeVar("T")


@functools.cache
def _cumulative(weights: tuple[float, ...]) -> list[float]:
    return list(accumulate(weights))


@dataclass
class Company:
    """A generated company, kept for the phases that link to it."""

    id: str  # hex, as stored
    name: str
    domain: str
    owner: Person
    created_at: dt.datetime
    # How the account really does, 0..1: its NPS, how recently and how often it is in
    # touch and its support tickets lean on it, so a health score finds a real book.
    mood: float = 0.5
    contacts: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Context:
    """The seeded generator state passed from phase to phase."""

    rng: random.Random
    ids: IdMaker
    today: dt.date
    now: dt.datetime  # noon UTC of `today`: every generated time is relative to it
    people: list[Person]
    catalog: Catalog
    writer: BulkWriter
    companies: list[Company] = field(default_factory=list)

    @property
    def csms(self) -> list[Person]:
        """The seated users who own customers."""
        return [p for p in self.people if p.seated]

    def zone(self, person: Person) -> ZoneInfo:
        """A person's time zone."""
        return ZoneInfo(person.time_zone)

    def local(self, person: Person, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        """A wall-clock time on `day` in the person's zone, as aware UTC."""
        return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=self.zone(person))

    def past(self, max_days: float, min_days: float = 0) -> dt.datetime:
        """A random instant between `max_days` and `min_days` before now."""
        return self.now - dt.timedelta(days=self.rng.uniform(min_days, max_days))

    def pick(self, options: Sequence[T], weights: tuple[float, ...]) -> T:
        """One of `options` at random, by `weights`: `rng.choices(options, weights)[0]`
        (the same draw, so the same seed gives the same demo) without summing the weights
        again on each of a million calls."""
        cumulative = _cumulative(weights)
        return options[bisect(cumulative, self.rng.random() * cumulative[-1], 0, len(options) - 1)]
