"""Field-level change entries (OBJ-5) that history, timeline, undo and sync all read.

A change entry is written in the same transaction as the change it describes
(DESIGN "one write path"). Until shared-mode sync pushes it, an entry with
`server_seq IS NULL` is also the replica's outbox row.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import BigInteger, Enum, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, JSONValue, utcnow
from app.store.ids import new_id


class ChangeSource(enum.StrEnum):
    """Where a change came from; shown in property history."""

    USER = "user"
    IMPORT = "import"
    DEMO = "demo"
    MERGE = "merge"
    UNDO = "undo"
    SYNC = "sync"
    SYSTEM = "system"
    BULK = "bulk"


class ChangeOp(enum.StrEnum):
    """Whether the entry created the row, set one field, or deleted (tombstoned) it."""

    CREATE = "create"
    SET = "set"
    DELETE = "delete"
    RESTORE = "restore"


class Change(Base):
    """One field of one row changed: old and new value, who, when, source."""

    __tablename__ = "changes"
    __table_args__ = (
        Index("ix_changes_row", "entity", "row_id", "at"),
        Index("ix_changes_field_at", "entity", "field", "at"),
        Index("ix_changes_unpushed", "server_seq", "client_seq"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(64))  # table name: "records", "tasks", ...
    row_id: Mapped[uuid.UUID] = mapped_column()
    op: Mapped[ChangeOp] = mapped_column(
        Enum(ChangeOp, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])
    )
    field: Mapped[str] = mapped_column(String(100), default="")  # property key or column
    old_value: Mapped[Any] = mapped_column(JSONValue(), nullable=True, default=None)
    new_value: Mapped[Any] = mapped_column(JSONValue(), nullable=True, default=None)
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    source: Mapped[ChangeSource] = mapped_column(
        Enum(
            ChangeSource,
            native_enum=False,
            length=16,
            values_callable=lambda e: [m.value for m in e],
        ),
        default=ChangeSource.USER,
    )
    # All entries written by one user action share a batch id: undo reverts a batch.
    batch_id: Mapped[uuid.UUID] = mapped_column(index=True)
    # Shared-mode sync: hybrid-logical-clock time, replica id and order, server order once pushed.
    hlc: Mapped[str] = mapped_column(String(40), default="")
    client_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    client_seq: Mapped[int | None] = mapped_column(BigInteger, default=None)
    server_seq: Mapped[int | None] = mapped_column(BigInteger, default=None)
    # The replica's sync cursor when the change was made: the server version it saw.
    base_seq: Mapped[int | None] = mapped_column(BigInteger, default=None)


class Conflict(Base):
    """A concurrent edit that lost last-writer-wins: kept, never discarded (DATA-2)."""

    __tablename__ = "conflicts"
    __table_args__ = (Index("ix_conflicts_row", "entity", "row_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column()
    field: Mapped[str] = mapped_column(String(100))
    losing_value: Mapped[Any] = mapped_column(JSONValue(), nullable=True, default=None)
    winning_value: Mapped[Any] = mapped_column(JSONValue(), nullable=True, default=None)
    losing_change_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    losing_user_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    winning_user_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    decided_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Shared mode (docs/sync.md): the server's order (pulled by replicas), why a pushed
    # change was refused, and when the losing value was put back or dismissed.
    server_seq: Mapped[int | None] = mapped_column(BigInteger, default=None, index=True)
    reason: Mapped[str] = mapped_column(String(400), default="", server_default="")
    resolved_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class ReplicaState(Base):
    """Key/value facts about this database file: client id, sync cursor, mode."""

    __tablename__ = "replica_state"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(String(4000), default="")
