"""Time-ordered UUID7 keys, so records made offline on two laptops never collide."""

from __future__ import annotations

import os
import random
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from uuid6 import uuid7

_source: ContextVar[Callable[[], uuid.UUID] | None] = ContextVar("tend_id_source", default=None)


def new_id() -> uuid.UUID:
    """A fresh UUID7 from the clock and the OS random source (or the seeded source)."""
    source = _source.get()
    return source() if source is not None else uuid7()


def new_ids(count: int) -> list[uuid.UUID]:
    """`count` fresh UUID7s of this millisecond with random bits from the OS (or from the
    seeded source): for bulk writes, where `new_id` costs as much as writing the row."""
    source = _source.get()
    if source is not None:
        return [source() for _ in range(count)]
    ms = time.time_ns() // 1_000_000
    rng = random.Random(os.urandom(16))  # seeded from the OS once, not read per id
    return [uuid.UUID(int=uuid7_int(ms, rng)) for _ in range(count)]


@contextmanager
def seeded_ids(source: Callable[[], uuid.UUID]) -> Iterator[None]:
    """Within the block (and this thread), `new_id` takes its ids from `source`."""
    token = _source.set(source)
    try:
        yield
    finally:
        _source.reset(token)


def uuid7_at(ms: int, rng: random.Random) -> uuid.UUID:
    """A valid UUID7 for a given Unix time in milliseconds, random bits from `rng`.

    The demo generator uses this so the same seed gives the same ids.
    """
    return uuid.UUID(int=uuid7_int(ms, rng))


_VERSION_AND_VARIANT = (0x7 << 76) | (0b10 << 62)


def uuid7_int(ms: int, rng: random.Random) -> int:
    """The 128-bit integer of `uuid7_at` (bulk writers format it themselves)."""
    rand = rng.getrandbits(74)  # 12 bits of rand_a, 62 of rand_b
    return (
        ((ms & 0xFFFF_FFFF_FFFF) << 80)
        | _VERSION_AND_VARIANT
        | ((rand >> 62) << 64)
        | (rand & ((1 << 62) - 1))
    )
