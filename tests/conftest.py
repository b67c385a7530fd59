"""Shared fixtures: a temporary SQLite database, a throwaway PostgreSQL database, a workspace."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.domain.workspace import SetupChoice, setup_empty_workspace
from app.store.engine import Database, open_database

PG_ADMIN_URL = os.environ.get("TEND_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
REQUIRE_PG = os.environ.get("TEND_REQUIRE_POSTGRES") == "1"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test's config and data files out of the real user directories."""
    base = tmp_path_factory.mktemp("tend-home")
    monkeypatch.setenv("TEND_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("TEND_CONFIG_DIR", str(base / "config"))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty SQLite database file."""
    database = open_database(tmp_path / "tend.db")
    yield database
    database.dispose()


@pytest.fixture
def workspace_db(db: Database) -> Database:
    """A database set up as on first start: companies as customers, CSM owner, one admin."""
    with db.session() as s, s.begin():
        setup_empty_workspace(
            s, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
        )
    return db


def count_records(path: Path, object_key: str = "companies") -> int:
    """How many live records of an object a database file holds."""
    from sqlalchemy import func, select

    from app.store import ObjectType, Record

    database = open_database(path)
    try:
        with database.session() as session:
            return (
                session.scalar(
                    select(func.count())
                    .select_from(Record)
                    .join(ObjectType, ObjectType.id == Record.object_type_id)
                    .where(ObjectType.key == object_key, Record.deleted_at.is_(None))
                )
                or 0
            )
    finally:
        database.dispose()


def _pg_admin():
    import psycopg

    return psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3)


@contextmanager
def throwaway_pg_database() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped afterwards.

    Skips with a reason when no server answers, unless TEND_REQUIRE_POSTGRES=1 (CI).
    """
    import psycopg

    name = f"tend_test_{uuid.uuid4().hex[:12]}"
    try:
        with _pg_admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required (TEND_REQUIRE_POSTGRES=1) but unreachable: {exc}")
        pytest.skip(f"no PostgreSQL server at {PG_ADMIN_URL}: {exc}")
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield f"{base}/{name}"
    finally:
        with _pg_admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def database_on(
    backend: str, tmp_path_factory: pytest.TempPathFactory, stack: ExitStack, name: str
) -> Database:
    """A new, migrated database on "sqlite" (a file) or "postgresql" (a throwaway
    database), closed and dropped when `stack` closes: for fixtures run on both."""
    if backend == "sqlite":
        target = str(tmp_path_factory.mktemp(name) / "tend.db")
    else:
        target = stack.enter_context(throwaway_pg_database())
    db = open_database(target)
    stack.callback(db.dispose)
    return db


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A throwaway PostgreSQL database for one test."""
    with throwaway_pg_database() as url:
        yield url
