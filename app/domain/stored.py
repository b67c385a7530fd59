"""Reading ids and timestamps in the driver's form and converting them in one step.

A month of the schedule or a page of tasks is hundreds of rows; SQLAlchemy's per-row type
processing (UUID text → `uuid.UUID`, naive text → aware datetime, through its decorators)
cost more than the statements themselves. Columns read through `raw` come back as the
driver gives them: on SQLite, a UUID as its 32 hex digits and a timestamp as naive UTC text
(SQLAlchemy's own storage formats); on PostgreSQL, `uuid.UUID` and aware datetimes. The
functions below turn either form into what the typed columns give, and `core` runs such
a read on the session's connection, without the ORM's work per row."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Connection, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

_SAFE = uuid.SafeUUID.unknown
_new = object.__new__
_set = object.__setattr__


def raw(expression: Any) -> Any:
    """The expression read without the column type's per-row conversion."""
    return type_coerce(expression, NullType())


def core(session: Session) -> Connection:
    """The session's connection, for a read whose rows need none of the ORM's per-row
    work; pending changes are flushed first, as `session.execute` would."""
    if session.autoflush:
        session.flush()
    return session.connection()


def to_uuid(value: Any) -> uuid.UUID:
    """A stored id as a `uuid.UUID`: the one `uuid.UUID(value)` makes, without its parsing
    of every form a UUID can be written in (the stored one is 32 hex digits)."""
    if type(value) is str and len(value) == 32:
        made = _new(uuid.UUID)
        _set(made, "int", int(value, 16))
        _set(made, "is_safe", _SAFE)
        return made
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def to_uuid_or_none(value: Any) -> uuid.UUID | None:
    """`to_uuid` for a nullable column."""
    return None if value is None else to_uuid(value)


def to_utc(value: Any) -> dt.datetime:
    """A stored timestamp as an aware UTC datetime (as `UTCDateTime` gives it)."""
    if type(value) is str:
        # naive UTC text: parsed with its offset in one call (a `replace` after it costs
        # five times the parse); a zero offset gives `dt.UTC` itself
        return dt.datetime.fromisoformat(value + "+00:00")
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def to_utc_or_none(value: Any) -> dt.datetime | None:
    """`to_utc` for a nullable column."""
    return None if value is None else to_utc(value)
