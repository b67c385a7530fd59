"""A database fixture over both backends: the local SQLite file and PostgreSQL."""

from __future__ import annotations

import pytest

from app.store.engine import open_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request, tmp_path):
    """A migrated, empty database on SQLite, then on PostgreSQL."""
    if request.param == "sqlite":
        database = open_database(tmp_path / "tend.db")
    else:
        database = open_database(request.getfixturevalue("pg_url"))
    yield database
    database.dispose()
