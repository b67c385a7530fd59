"""Per-user preferences (column widths of a view, last layout of a tab...): personal, so
no permission is needed, and they never touch the shared data."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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


def set_preference(session: Session, user_id: uuid.UUID, key: str, value: Any) -> None:
    """Store a JSON value for the user under `key`."""
    text = json.dumps(value, separators=(",", ":"))
    if len(text) > 4000:
        raise ValueError("a preference holds at most 4,000 characters")
    row = session.scalar(
        select(UserPreference).where(UserPreference.user_id == user_id, UserPreference.key == key)
    )
    if row is None:
        session.add(UserPreference(user_id=user_id, key=key, value=text))
    else:
        row.value = text
    session.flush()
