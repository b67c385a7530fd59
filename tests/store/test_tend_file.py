"""Tend opens only Tend files and never destroys a file it was pointed at (issue 11 item 1,
DATA-1): `tend --db places.sqlite` ran migrations on another program's database, switched
it to WAL, and the first-start dialog's demo then deleted it."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.domain.demo import generate_demo_file
from app.models.startup import CannotOpen, open_workspace
from app.store.engine import open_database
from app.store.tend_file import APPLICATION_ID, NotATendFile


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _browser_history(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    return path


def _header_id(path: Path) -> int:
    """The file's application id as SQLite reads it (the header, or the log over it)."""
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("PRAGMA application_id").fetchone()[0])


def test_another_programs_database_is_refused_without_writing_a_byte(tmp_path):
    places = _browser_history(tmp_path / "places.sqlite")
    before = _digest(places)
    with pytest.raises(CannotOpen, match="another program"):
        open_workspace(places)
    with pytest.raises(NotATendFile):
        generate_demo_file(places, companies=5)
    assert _digest(places) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]  # no WAL, no demo
    with sqlite3.connect(places) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_file_that_is_not_sqlite_is_refused_unchanged(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a database\n" * 20)
    before = _digest(notes)
    with pytest.raises(CannotOpen, match="not a SQLite file"):
        open_workspace(notes)
    assert _digest(notes) == before


def test_a_tend_file_is_marked_and_an_older_unmarked_one_still_opens(tmp_path):
    path = tmp_path / "tend.db"
    open_database(path).dispose()
    assert _header_id(path) == APPLICATION_ID
    with closing(sqlite3.connect(path)) as conn:  # as a Tend file from before the mark
        conn.execute("PRAGMA application_id=0")
    assert _header_id(path) == 0
    db, empty = open_workspace(path)
    db.dispose()
    assert empty and _header_id(path) == APPLICATION_ID


def test_an_empty_sqlite_file_and_a_new_path_become_tend_files(tmp_path):
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    for path in (empty, tmp_path / "new.db"):
        db, is_empty = open_workspace(path)
        db.dispose()
        assert is_empty and _header_id(path) == APPLICATION_ID


def test_the_demo_never_replaces_a_workspace_unless_told(workspace_db, tmp_path):
    path = workspace_db.path
    assert path is not None
    workspace_db.dispose()
    before = _digest(path)
    with pytest.raises(FileExistsError, match="already holds a workspace"):
        generate_demo_file(path, companies=5)
    assert _digest(path) == before
    generate_demo_file(path, companies=5, replace=True)  # `tend demo --force`
    assert _digest(path) != before
