"""Versioned migrations (DATA-3) on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from app.store import Base, migrate
from app.store.engine import open_database


def _diff(engine) -> list:
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)


def _downgrade_to_base(engine) -> None:
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")


def test_head_revision_constant_is_alembics_head():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == migrate.HEAD_REVISION


def test_an_empty_database_is_upgraded_to_a_schema_equal_to_the_models(any_db):
    assert migrate.current_revision(any_db.engine) == migrate.HEAD_REVISION
    assert _diff(any_db.engine) == []
    tables = set(inspect(any_db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_downgrade_then_opening_again_upgrades_the_older_database(any_db):
    _downgrade_to_base(any_db.engine)
    assert migrate.current_revision(any_db.engine) is None
    assert "records" not in inspect(any_db.engine).get_table_names()
    reopened = open_database(any_db.url)
    assert migrate.current_revision(reopened.engine) == migrate.HEAD_REVISION
    assert _diff(reopened.engine) == []
    reopened.dispose()


def test_a_current_database_opens_without_running_alembic(tmp_path, monkeypatch):
    path = tmp_path / "tend.db"
    open_database(path).dispose()

    def refuse(*_args, **_kwargs):
        raise AssertionError("Alembic ran on an up-to-date database")

    monkeypatch.setattr(command, "upgrade", refuse)
    db = open_database(path)
    assert migrate.current_revision(db.engine) == migrate.HEAD_REVISION
    db.dispose()


def test_a_database_from_a_newer_tend_is_refused(tmp_path):
    path = tmp_path / "tend.db"
    db = open_database(path)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    db.dispose()
    with pytest.raises(migrate.SchemaTooNew, match="newer version of Tend"):
        open_database(path)
