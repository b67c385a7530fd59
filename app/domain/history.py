"""Writing and reading field-level change entries (OBJ-5)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.properties import to_json
from app.store import Change, ChangeOp, ChangeSource, new_id, utcnow


class ChangeBatch:
    """The change entries of one user action: one batch id, one timestamp, one author.

    Undo reverts a batch; history groups by it.
    """

    def __init__(
        self,
        session: Session,
        user_id: uuid.UUID | None,
        source: ChangeSource = ChangeSource.USER,
        at: dt.datetime | None = None,
    ) -> None:
        self.session = session
        self.user_id = user_id
        self.source = source
        self.at = at or utcnow()
        self.id = new_id()
        self.entries: list[Change] = []

    def log(
        self,
        entity: str,
        row_id: uuid.UUID,
        op: ChangeOp,
        field: str = "",
        old: Any = None,
        new: Any = None,
    ) -> Change:
        """Add one entry to the session (committed with the change it describes)."""
        change = Change(
            id=new_id(),
            entity=entity,
            row_id=row_id,
            op=op,
            field=field,
            old_value=to_json(old),
            new_value=to_json(new),
            user_id=self.user_id,
            at=self.at,
            source=self.source,
            batch_id=self.id,
        )
        self.session.add(change)
        self.entries.append(change)
        return change


def history_of(
    session: Session, entity: str, row_id: uuid.UUID, field: str | None = None
) -> list[Change]:
    """A row's change entries, newest first; only one field's when `field` is given."""
    query = select(Change).where(Change.entity == entity, Change.row_id == row_id)
    if field is not None:
        query = query.where(Change.field == field)
    return list(session.scalars(query.order_by(Change.at.desc(), Change.id.desc())))
