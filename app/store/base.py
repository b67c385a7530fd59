"""The one declarative base, portable column types and the columns every synced table has."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import JSON, DateTime, MetaData, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from app.store.ids import new_id

NAMING = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


_frozen_now: ContextVar[dt.datetime | None] = ContextVar("tend_frozen_now", default=None)


def utcnow() -> dt.datetime:
    """Now, as an aware UTC datetime (or the frozen instant inside `frozen_clock`)."""
    frozen = _frozen_now.get()
    return frozen if frozen is not None else dt.datetime.now(dt.UTC)


@contextmanager
def frozen_clock(at: dt.datetime) -> Iterator[None]:
    """Within the block (and this thread), `utcnow()` is `at`: for reproducible demo data."""
    token = _frozen_now.set(at)
    try:
        yield
    finally:
        _frozen_now.reset(token)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timestamps are UTC in the database and aware datetimes in Python.

    SQLite has no time zones, so the value is stored naive-in-UTC there and
    given its UTC zone back on load; PostgreSQL stores `timestamptz`.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: Tend stores aware UTC timestamps")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class JSONValue(TypeDecorator[Any]):
    """JSON everywhere; JSONB on PostgreSQL so filters on property values can use its
    operators. The PostgreSQL dialect is imported only when it is used, which keeps it out
    of a local-mode start-up."""

    impl = JSON
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import JSONB

            return dialect.type_descriptor(JSONB())
        return dialect.type_descriptor(JSON())


class Base(DeclarativeBase):
    """The declarative base of every Tend table."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        uuid.UUID: Uuid(as_uuid=True),
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSONValue(),
        list[Any]: JSONValue(),
    }


class Synced:
    """UUID7 key, created/updated timestamps and a soft-delete tombstone (DESIGN: Data)."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
