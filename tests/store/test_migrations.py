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
        context = MigrationContext.configure(conn, opts={"include_name": migrate.include_name})
        return compare_metadata(context, Base.metadata)


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


def old_record(session, object_type_id, name: str) -> None:
    """A record row with only the columns every revision's `records` has."""
    import sqlalchemy as sa

    from app.store import new_id, utcnow
    from app.store.base import UTCDateTime

    now = utcnow()
    baseline = sa.table(
        "records",
        sa.column("id", sa.Uuid()), sa.column("object_type_id", sa.Uuid()),
        sa.column("name", sa.String()), sa.column("props", sa.JSON()),
        sa.column("created_at", UTCDateTime()), sa.column("updated_at", UTCDateTime()),
    )  # fmt: skip
    session.execute(
        sa.insert(baseline).values(
            id=new_id(), object_type_id=object_type_id, name=name, props={},
            created_at=now, updated_at=now,
        )
    )  # fmt: skip


def test_a_baseline_database_with_records_is_upgraded_keeping_them(any_db):
    from sqlalchemy import text

    from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace

    # The workspace is set up by today's Tend (its rows survive the downgrade); the record
    # row is written as a Tend of the baseline wrote it (today's writer also keeps the
    # search index, a table the baseline does not have, and today's records have columns
    # it lacks).
    with any_db.session() as session, session.begin():
        setup_empty_workspace(session, SetupChoice("companies", "csm_owner", "A", "a@b.co"))
        companies_id = customer_object(session).id
    cfg = migrate.alembic_config()
    with any_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001_baseline")
    assert migrate.current_revision(any_db.engine) == "0001_baseline"
    with any_db.session() as session, session.begin():
        old_record(session, companies_id, "Kept")
    reopened = open_database(any_db.url)
    assert migrate.current_revision(reopened.engine) == migrate.HEAD_REVISION
    with reopened.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM records")).scalars().all() == ["Kept"]
    reopened.dispose()


def test_record_indexes_cover_live_rows_only(any_db):
    from sqlalchemy import text

    with any_db.engine.connect() as conn:
        if any_db.is_local:
            rows = conn.execute(
                text("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'records'")
            ).all()
        else:
            rows = conn.execute(
                text("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'records'")
            ).all()
    live = {name: sql for name, sql in rows if name and name.startswith("ix_records_live")}
    assert len(live) == 12
    assert all("deleted_at IS NULL" in sql for sql in live.values())


def test_an_older_file_gets_its_records_folded_into_the_search_index(any_db):
    """Migration 0007 backfills the index of records written before it (issue 11 item 7)."""
    from sqlalchemy import text

    from app.domain.filters import FilterContext
    from app.domain.properties import load_properties
    from app.domain.record_query import RecordQuery, page
    from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace

    with any_db.engine.begin() as conn, any_db.sessions(bind=conn) as session:
        admin = setup_empty_workspace(session, SetupChoice("companies", "csm_owner", "A", "a@b.co"))
        companies = customer_object(session)
        session.flush()
        admin_id, companies_id = admin.id, companies.id
    cfg = migrate.alembic_config()
    with any_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006_attendee_user_index")
    assert "record_search" not in inspect(any_db.engine).get_table_names()
    # Written as a Tend of 0006 wrote them: the record rows alone.
    with any_db.engine.begin() as conn, any_db.sessions(bind=conn) as session:
        for name in ("École Polytechnique", "ÉCOLE Two", "Other"):
            old_record(session, companies_id, name)
    reopened = open_database(any_db.url)
    assert migrate.current_revision(reopened.engine) == migrate.HEAD_REVISION
    with reopened.engine.connect() as conn:
        folded = conn.execute(text("SELECT folded_name FROM record_search")).scalars().all()
    assert sorted(folded) == ["ecole polytechnique", "ecole two", "other"]
    with reopened.session() as session:
        import datetime as dt

        now = dt.datetime.now(dt.UTC)
        query = RecordQuery(companies_id, search="école")
        props = load_properties(session, companies_id)
        rows, _ = page(session, query, props, FilterContext(admin_id, now.date(), now))
    assert sorted(r.name for r in rows) == ["ÉCOLE Two", "École Polytechnique"]
    reopened.dispose()
