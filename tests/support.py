"""Helpers the tests share: the type checker's narrowing said once, as a test's assert."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from app.domain.viewer import Viewer, viewer_of
from app.domain.workspace import signed_in
from app.store import User
from app.store.engine import Database

T = TypeVar("T")


def not_none(value: T | None) -> T:
    """`value`, which the test needs there: a window open, a model loaded, a row found."""
    assert value is not None
    return value


def signed_in_user(session: Session) -> User:
    """Who is signed in on the test's database; the test fails when nobody is."""
    user = signed_in(session)
    assert user is not None, "nobody is signed in"
    return user


def viewer_in(db: Database, user_id: uuid.UUID) -> Viewer:
    """The viewer of a stored user (what the Qt side holds and passes to a write)."""
    with db.session() as session:
        return viewer_of(not_none(session.get(User, user_id)))
