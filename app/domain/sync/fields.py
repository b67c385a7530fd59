"""What syncs (docs/sync.md): the synced tables, their sync fields, and rows as JSON."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.domain.properties import to_json
from app.store import PropertyDefinition, Record
from app.store.base import Base

# Rows each replica computes or keeps for itself: never pushed or pulled.
LOCAL_TABLES = frozenset(
    {"health_scores", "health_score_history", "alerts", "user_preferences", "board_positions"}
)
# Columns of synced tables that are derived on each replica (health copies its score here).
DERIVED_COLUMNS: dict[str, frozenset[str]] = {
    "records": frozenset({"health_score", "health_status"})
}
PROPS = "props."
RECORD_PLACES = {"pipeline": "pipeline_id", "stage": "stage_id"}


def synced_tables() -> list[Table]:
    """The synced tables in foreign-key order (a row's targets first)."""
    return [
        t for t in Base.metadata.sorted_tables if "deleted_at" in t.c and t.name not in LOCAL_TABLES
    ]


CHUNK = 500  # ids in one IN (...)
SYNCED = frozenset(t.name for t in synced_tables())


def table(entity: str) -> Table:
    """The table of an entity."""
    return cast(Table, Base.metadata.tables[entity])


def columns(entity: str) -> list[str]:
    """The synced columns of an entity (derived ones left out)."""
    derived = DERIVED_COLUMNS.get(entity, frozenset())
    return [c.name for c in table(entity).c if c.name not in derived]


class FieldMap:
    """Maps an entry's field to its sync field; a record's property keys are read once
    per object (`PropertyDefinition.column`)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._columns: dict[uuid.UUID, dict[str, str | None]] = {}
        self._by_key: dict[str, set[str]] | None = None

    def sync_field(self, entity: str, object_type_id: uuid.UUID | None, field: str) -> str:
        """The column (or `props.<key>`) an entry of `field` changed."""
        if entity != "records" or field == "deleted_at":
            return field
        if field in RECORD_PLACES:
            return RECORD_PLACES[field]
        keys = self._keys(object_type_id)
        if field in keys:
            column = keys[field]
            return column if column else PROPS + field
        return field if field in table("records").c else PROPS + field

    def columns_for(self, entity: str, fields: Iterable[str]) -> set[str]:
        """The columns a set of entries' fields can change, whatever the row's object: what
        to read of the rows to give those entries' values (with `id`; records add their
        object and properties)."""
        t = table(entity)
        if entity != "records":
            return {"id", *(f for f in fields if f in t.c)}
        if self._by_key is None:
            self._by_key = defaultdict(set)
            query = select(PropertyDefinition.key, PropertyDefinition.column).where(
                PropertyDefinition.column.is_not(None)
            )
            for key, column in self.session.execute(query):
                self._by_key[key].add(str(column))
        out = {"id", "object_type_id", "props"}
        for f in fields:
            out |= self._by_key.get(f, set())
            if f in RECORD_PLACES:
                out.add(RECORD_PLACES[f])
            elif f in t.c:
                out.add(f)
        return out

    def _keys(self, object_type_id: uuid.UUID | None) -> dict[str, str | None]:
        if object_type_id is None:
            return {}
        found = self._columns.get(object_type_id)
        if found is None:
            query = select(PropertyDefinition.key, PropertyDefinition.column).where(
                PropertyDefinition.object_type_id == object_type_id
            )
            found = {key: column for key, column in self.session.execute(query)}
            self._columns[object_type_id] = found
        return found


def rows_values(
    session: Session, entity: str, ids: Iterable[uuid.UUID], only: set[str] | None = None
) -> dict[uuid.UUID, dict[str, Any]]:
    """Rows' synced columns (or `only` those) as JSON (as `to_jsonb` writes them), by id,
    read a chunk at a time (absent rows left out)."""
    t = table(entity)
    names = [n for n in columns(entity) if only is None or n in only]
    listed = sorted(set(ids))
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for start in range(0, len(listed), CHUNK):
        chunk = listed[start : start + CHUNK]
        for found in session.execute(select(*(t.c[n] for n in names)).where(t.c.id.in_(chunk))):
            out[found.id] = {n: to_json(v) for n, v in zip(names, found, strict=True)}
    return out


def field_value(row: dict[str, Any], field: str) -> Any:
    """A sync field's JSON value in a row given by `rows_values`."""
    if field.startswith(PROPS):
        return (row.get("props") or {}).get(field[len(PROPS) :])
    return row.get(field)


def object_type_of(session: Session, entity: str, row_id: uuid.UUID) -> uuid.UUID | None:
    """A record's object (for its property keys); None for other rows."""
    if entity != "records":
        return None
    return session.scalar(select(Record.object_type_id).where(Record.id == row_id))
