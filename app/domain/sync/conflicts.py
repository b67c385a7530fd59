"""Conflicts a person sees (issue 14 item 4, DATA-2): a value of theirs that a teammate's
later edit replaced, or that the server refused, kept in `conflicts` and shown in the
record's property history ("Your value X was replaced by Y from Sam at 10:42"), with a way
to put it back (an edit of its own, through the one write path, which syncs like any
other) or to dismiss it. Both mark the conflict resolved on this laptop.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, PermissionDenied
from app.domain.i18n import QT_TR_NOOP
from app.domain.properties import PropertyInfo, from_json, load_properties
from app.domain.records import PIPELINE, STAGE, get_record, update_record
from app.domain.viewer import Person
from app.domain.workspace import user_names
from app.store import Conflict, Record, utcnow

RECORDS = "records"


@dataclass(frozen=True)
class RecordConflict:
    """One losing value of a record's field, typed as its property holds it (`prop`;
    None for a stage or pipeline, whose values are ids)."""

    id: uuid.UUID
    field: str
    label: str
    prop: PropertyInfo | None
    losing: Any
    winning: Any
    loser: str  # who wrote the losing value
    winner: str  # who wrote the value that replaced it ("" when the server refused it)
    losing_user_id: uuid.UUID | None
    decided_at: dt.datetime
    reason: str  # the server's reason when it refused the change, else ""
    resolved_at: dt.datetime | None

    @property
    def refused(self) -> bool:
        return bool(self.reason)


def open_count(session: Session, user_id: uuid.UUID) -> int:
    """How many of `user_id`'s values were replaced or refused and not yet looked at."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Conflict)
            .where(Conflict.losing_user_id == user_id, Conflict.resolved_at.is_(None))
        )
        or 0
    )


def for_record(session: Session, record_id: uuid.UUID) -> list[RecordConflict]:
    """The record's conflicts, newest first."""
    record = session.get(Record, record_id)
    if record is None:
        return []
    props = load_properties(session, record.object_type_id)
    names = user_names(session)
    rows = session.scalars(
        select(Conflict)
        .where(Conflict.entity == RECORDS, Conflict.row_id == record_id)
        .order_by(Conflict.decided_at.desc(), Conflict.id)
    ).all()
    out = []
    for c in rows:
        prop = props.get(c.field)
        label = (
            prop.label
            if prop is not None
            else {PIPELINE: "Pipeline", STAGE: "Stage"}.get(c.field, c.field)
        )

        def typed(value: Any, prop: PropertyInfo | None = prop) -> Any:
            return from_json(prop, value) if prop is not None and value is not None else value

        loser = names.get(c.losing_user_id, "") if c.losing_user_id else ""
        winner = names.get(c.winning_user_id, "") if c.winning_user_id else ""
        found = RecordConflict(
            c.id, c.field, label, prop, typed(c.losing_value), typed(c.winning_value),
            loser, winner, c.losing_user_id, c.decided_at, c.reason, c.resolved_at,
        )  # fmt: skip
        out.append(found)
    return out


def _open_conflict(session: Session, viewer: Person, conflict_id: uuid.UUID) -> Conflict:
    conflict = session.get(Conflict, conflict_id)
    if conflict is None or conflict.entity != RECORDS:
        raise NotFound(QT_TR_NOOP("This conflict is no longer kept."))
    if conflict.losing_user_id != viewer.id and not viewer.is_super_admin:
        raise PermissionDenied(
            QT_TR_NOOP("Only the person whose value was replaced can put it back.")
        )
    return conflict


def put_back(session: Session, viewer: Person, conflict_id: uuid.UUID) -> None:
    """Set the field to the losing value again (an edit by the viewer, checked and logged
    like any other) and mark the conflict resolved."""
    conflict = _open_conflict(session, viewer, conflict_id)
    record = get_record(session, conflict.row_id)
    value = conflict.losing_value
    if conflict.field not in (PIPELINE, STAGE):
        prop = load_properties(session, record.object_type_id).get(conflict.field)
        if prop is None:
            raise NotFound(
                QT_TR_NOOP("That property was removed, so its old value cannot be put back.")
            )
        value = from_json(prop, value) if value is not None else None
    else:
        value = uuid.UUID(str(value)) if value is not None else None
    update_record(session, viewer, record, {conflict.field: value})
    conflict.resolved_at = utcnow()
    session.flush()


def dismiss(session: Session, viewer: Person, conflict_id: uuid.UUID) -> None:
    """Keep the winning value: the conflict stays in the history, marked resolved."""
    _open_conflict(session, viewer, conflict_id).resolved_at = utcnow()
    session.flush()
