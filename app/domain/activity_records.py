"""The record an activity shows beside it: its first live associated record, by name. The
task table and the schedule's item summary both read it, many activities in one query."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.stored import core, raw, to_uuid
from app.store import ActivityKind, ActivityLink, Record


def first_records(
    session: Session, kind: ActivityKind, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[uuid.UUID, str]]:
    """Each activity's first live associated record as (record id, name), by name (one
    query); activities without one are left out."""
    if not ids:
        return {}
    # Ids are read in the driver's form and converted once per activity: a page of tasks
    # asks for 200 activities.
    rows = (
        core(session)
        .execute(
            select(raw(ActivityLink.activity_id), raw(Record.id), Record.name)
            .join(Record, Record.id == ActivityLink.record_id)
            .where(
                ActivityLink.kind == kind,
                ActivityLink.activity_id.in_(ids),
                ActivityLink.deleted_at.is_(None),
                Record.deleted_at.is_(None),
            )
            .order_by(ActivityLink.activity_id, Record.name)
        )
        .all()
    )  # fetched at once: iterating the result fetches a row at a time
    firsts: dict[object, tuple[object, str]] = {}
    for activity_id, record_id, name in rows:
        firsts.setdefault(activity_id, (record_id, name))
    return {to_uuid(a): (to_uuid(r), name) for a, (r, name) in firsts.items()}
