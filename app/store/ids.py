"""Time-ordered UUID7 keys, so records made offline on two laptops never collide."""

from __future__ import annotations

import random
import uuid

from uuid6 import uuid7


def new_id() -> uuid.UUID:
    """A fresh UUID7 from the clock and the OS random source."""
    return uuid7()


def uuid7_at(ms: int, rng: random.Random) -> uuid.UUID:
    """A valid UUID7 for a given Unix time in milliseconds, random bits from `rng`.

    The demo generator uses this so the same seed gives the same ids.
    """
    rand_a = rng.getrandbits(12)
    rand_b = rng.getrandbits(62)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    return uuid.UUID(int=value)
