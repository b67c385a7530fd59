"""Opening a database at start-up and setting up an empty one (SET-7)."""

from __future__ import annotations

from pathlib import Path

from app.domain.workspace import SetupChoice, is_empty, setup_empty_workspace
from app.store.engine import Database, open_database


def open_workspace(path: Path) -> tuple[Database, bool]:
    """Open (creating and migrating if needed) the file; True when it has no workspace yet."""
    db = open_database(path)
    with db.session() as session:
        return db, is_empty(session)


def create_empty_workspace(path: Path, choice: SetupChoice) -> None:
    """Set up an empty workspace in the file, in one transaction (ValidationError if bad)."""
    db = open_database(path)
    try:
        with db.session() as session, session.begin():
            setup_empty_workspace(session, choice)
    finally:
        db.dispose()
