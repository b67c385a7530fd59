"""Facts about this one database file (`replica_state`): who is signed in on this laptop,
and later the sync cursor and replica id. They are not shared with other replicas, so they
are not synced rows and leave no change entries: a documented exception to the one write
path (docs/architecture.md)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.store import ReplicaState


def fact(session: Session, key: str) -> str | None:
    """The file's fact under `key`, if any."""
    state = session.get(ReplicaState, key)
    return state.value if state is not None else None


def set_fact(session: Session, key: str, value: str) -> None:
    """Remember a fact about this file."""
    state = session.get(ReplicaState, key)
    if state is None:
        session.add(ReplicaState(key=key, value=value))
    else:
        state.value = value


def bump(session: Session, key: str, by: int) -> int:
    """Add `by` to a numeric fact (created at 0) and return the new value: the replica's
    client sequence, taken under the write transaction's lock."""
    state = session.get(ReplicaState, key)
    if state is None:
        state = ReplicaState(key=key, value="0")
        session.add(state)
    value = int(state.value or 0) + by
    state.value = str(value)
    return value
