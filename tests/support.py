"""Helpers the tests share: the type checker's narrowing said once, as a test's assert."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from app.domain.workspace import signed_in
from app.store import User

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
