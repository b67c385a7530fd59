"""Object types, properties, pipelines and stages, and the records themselves (OBJ-1..6)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import BigInteger, Enum, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, Synced


class PropertyType(enum.StrEnum):
    """The property types of OBJ-2."""

    TEXT = "text"  # single-line text
    MULTILINE = "multiline"
    NUMBER = "number"
    CURRENCY = "currency"  # integer minor units
    DATE = "date"
    DATETIME = "datetime"
    CHOICE = "choice"  # single choice
    MULTI_CHOICE = "multi_choice"
    CHECKBOX = "checkbox"
    USER = "user"  # an owner property
    DERIVED = "derived"  # association-derived, read-only


class ObjectType(Synced, Base):
    """A record type: a standard object of OBJ-1 or a custom one (e.g. Subscriptions)."""

    __tablename__ = "object_types"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    singular: Mapped[str] = mapped_column(String(100))
    plural: Mapped[str] = mapped_column(String(100))
    is_custom: Mapped[bool] = mapped_column(default=False)
    has_pipelines: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)


# Record columns that a property may be stored in instead of the JSON `props` bag,
# so the hot filters and sorts (CSM owner, renewal, create and last-activity dates) use indexes.
PROMOTED_COLUMNS = frozenset(
    {
        "name",
        "search_key",
        "owner_id",
        "amount_minor",
        "renewal_date",
        "created_at",
        "last_activity_at",
        "pipeline_id",
        "stage_id",
    }
)


class PropertyDefinition(Synced, Base):
    """A property (field) of an object type, with its OBJ-2 type."""

    __tablename__ = "property_definitions"
    __table_args__ = (UniqueConstraint("object_type_id", "key"),)

    object_type_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("object_types.id", ondelete="CASCADE")
    )
    key: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(200))
    type: Mapped[PropertyType] = mapped_column(
        Enum(
            PropertyType,
            native_enum=False,
            length=16,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    # One of PROMOTED_COLUMNS, or None when the value lives in Record.props[key].
    column: Mapped[str | None] = mapped_column(String(64), default=None)
    group_name: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str | None] = mapped_column(String(3), default=None)
    is_required: Mapped[bool] = mapped_column(default=False)
    is_read_only: Mapped[bool] = mapped_column(default=False)
    # For DERIVED: how the value is computed from associations, e.g.
    # {"count": "contacts"} or {"sum": "deals", "property": "amount"}.
    derivation: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    position: Mapped[int] = mapped_column(default=0)


class PropertyOption(Synced, Base):
    """One option of a single or multiple choice property."""

    __tablename__ = "property_options"
    __table_args__ = (UniqueConstraint("property_id", "value"),)

    property_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("property_definitions.id", ondelete="CASCADE")
    )
    value: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)


class Pipeline(Synced, Base):
    """An ordered list of stages of an object with stages (OBJ-3)."""

    __tablename__ = "pipelines"

    object_type_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("object_types.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)


class Stage(Synced, Base):
    """A stage of a pipeline; `is_closed` marks won/lost/done stages."""

    __tablename__ = "stages"

    pipeline_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("pipelines.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    probability: Mapped[int | None] = mapped_column(default=None)  # percent, for deals
    is_closed: Mapped[bool] = mapped_column(default=False)


class StageRequiredProperty(Synced, Base):
    """A property that must have a value before a record enters the stage (OBJ-3)."""

    __tablename__ = "stage_required_properties"
    __table_args__ = (UniqueConstraint("stage_id", "property_id"),)

    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stages.id", ondelete="CASCADE"))
    property_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("property_definitions.id", ondelete="CASCADE")
    )


class Record(Synced, Base):
    """One row of any object. Hot properties are promoted columns; the rest are in `props`.

    Write it only through `app.domain.records` (the one write path), never directly.
    """

    __tablename__ = "records"
    # Partial indexes over live records: the tables' counts and sorts always filter on
    # deleted_at IS NULL, which these answer without reading the rows (migration 0002).
    __table_args__ = tuple(
        Index(
            name,
            *columns,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        )
        for name, columns in (
            ("ix_records_live_type_name", ("object_type_id", "name")),
            ("ix_records_live_type_search_key", ("object_type_id", "search_key")),
            # A sum of amounts per owner ("ARR by CSM") from the index alone (0013).
            ("ix_records_live_type_owner_amount", ("object_type_id", "owner_id", "amount_minor")),
            ("ix_records_live_type_amount", ("object_type_id", "amount_minor")),
            ("ix_records_live_type_renewal", ("object_type_id", "renewal_date")),
            # "My customers renewing soon": the CSM's rows in renewal order (migration 0003).
            ("ix_records_live_type_owner_renewal", ("object_type_id", "owner_id", "renewal_date")),
            ("ix_records_live_type_created", ("object_type_id", "created_at")),
            ("ix_records_live_type_activity", ("object_type_id", "last_activity_at")),
            # Customers sorted or filtered by health (issue 13, migration 0008).
            ("ix_records_live_type_health", ("object_type_id", "health_score")),
            # "Customers by health status" counted from the index alone (migration 0014).
            ("ix_records_live_type_status", ("object_type_id", "health_status")),
            # The board: a column's cards in date order, the columns' totals from the
            # index alone (migration 0004).
            ("ix_records_live_stage_renewal", ("stage_id", "renewal_date")),
            (
                "ix_records_live_pipeline_stage_amount",
                ("pipeline_id", "stage_id", "object_type_id", "amount_minor"),
            ),
        )
    )

    object_type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("object_types.id"))
    name: Mapped[str] = mapped_column(String(500), default="")
    # A company's domain, a contact's e-mail: the second thing a record is searched by.
    search_key: Mapped[str | None] = mapped_column(String(320), default=None)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    pipeline_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("pipelines.id", ondelete="SET NULL"), default=None
    )
    stage_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stages.id", ondelete="SET NULL"), default=None
    )
    amount_minor: Mapped[int | None] = mapped_column(BigInteger, default=None)
    currency: Mapped[str | None] = mapped_column(String(3), default=None)
    # A company's renewal date, a deal's close date, a subscription's end date.
    renewal_date: Mapped[dt.date | None] = mapped_column(default=None)
    last_activity_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # A customer's current health score and status (HEALTH-1/2), copied from its
    # `health_scores` row by `app.domain.health.store` so tables sort and filter on them.
    health_score: Mapped[int | None] = mapped_column(default=None)
    health_status: Mapped[str | None] = mapped_column(String(16), default=None)
    props: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Set when merged into another record (OBJ-6); the record is also tombstoned.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("records.id", ondelete="SET NULL"), default=None, index=True
    )


class Association(Synced, Base):
    """A link between two records of any objects (OBJ-4), stored once, read both ways."""

    __tablename__ = "associations"
    __table_args__ = (
        UniqueConstraint("from_record_id", "to_record_id"),
        Index("ix_associations_to", "to_record_id"),
    )

    from_record_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"))
    to_record_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(100), default="")
    is_primary: Mapped[bool] = mapped_column(default=False)


class Follow(Synced, Base):
    """A user following a record (OBJ-6)."""

    __tablename__ = "follows"
    __table_args__ = (UniqueConstraint("user_id", "record_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    record_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), index=True
    )


class BoardPosition(Synced, Base):
    """A user's own order of a card within a board column; never touches the record."""

    __tablename__ = "board_positions"
    __table_args__ = (UniqueConstraint("user_id", "record_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    record_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[float] = mapped_column(default=0.0)
