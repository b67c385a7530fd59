"""Per-user preferences (column widths of a view, last layout of a tab...): personal, so
they never touch the shared data, and each user writes only their own: a write takes the
acting viewer (never a bare user id) and needs only that they can open the workspace."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import permissions
from app.domain.viewer import Person
from app.store import UserPreference


def get_preference(session: Session, user_id: uuid.UUID, key: str, default: Any = None) -> Any:
    """A user's stored value for `key` (JSON), or `default`."""
    row = session.scalar(
        select(UserPreference).where(UserPreference.user_id == user_id, UserPreference.key == key)
    )
    if row is None or not row.value:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def set_preference(session: Session, viewer: Person, key: str, value: Any) -> None:
    """Store a JSON value under `key` for the acting viewer (PERM-6: their own only)."""
    actor = permissions.actor_for(session, viewer, permissions.can_keep_preferences)
    text = json.dumps(value, separators=(",", ":"))
    if len(text) > 4000:
        raise ValueError("a preference holds at most 4,000 characters")
    row = session.scalar(
        select(UserPreference).where(UserPreference.user_id == actor.id, UserPreference.key == key)
    )
    if row is None:
        session.add(UserPreference(user_id=actor.id, key=key, value=text))
    else:
        row.value = text
    session.flush()
