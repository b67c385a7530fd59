"""How Tend's transactions begin on SQLite (docs/architecture.md, "Transactions").

The sqlite3 driver's own transaction control is switched off (`isolation_level = None`)
because it begins a transaction only at the first INSERT, UPDATE or DELETE: a write's
reads would run before its transaction and could be stale by the time it writes. Instead
SQLAlchemy's `begin` event emits the BEGIN, so every transaction starts before its first
statement (SQLAlchemy's documented pysqlite recipe). A write transaction begins IMMEDIATE:
it takes the file's write lock at once (waiting up to the busy timeout), so what it reads
is current until it commits. Every other transaction stays DEFERRED: with WAL a reader
never waits behind a writer.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine

BEGIN_OPTION = "tend_sqlite_begin"
_MODES = frozenset({"DEFERRED", "IMMEDIATE"})


def disable_driver_transactions(dbapi_conn: Any) -> None:
    """Stop the sqlite3 driver from beginning transactions itself (the `connect` hook)."""
    dbapi_conn.isolation_level = None


def emit_begin(conn: Connection) -> None:
    """Begin a SQLite transaction in the mode the connection asks for (the `begin` hook)."""
    options = conn.get_execution_options()
    if options.get("isolation_level") == "AUTOCOMMIT":
        return
    mode = options.get(BEGIN_OPTION, "DEFERRED")
    if mode not in _MODES:
        raise ValueError(f"unknown SQLite BEGIN mode {mode!r}")
    conn.exec_driver_sql(f"BEGIN {mode}")


def for_writing(engine: Engine) -> Engine:
    """The engine (same pool) whose transactions take the write lock when they begin;
    on PostgreSQL the option means nothing and writes lock the rows they read instead."""
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
