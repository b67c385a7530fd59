"""One write path (DESIGN "Data"): no module of `app/` writes rows with the ORM or Core
except the writers named here; docs/architecture.md says why each exception is one."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import app

APP = Path(app.__file__).parent
# The modules (or folders) that may write rows, relative to app/.
WRITERS = {
    "domain/writer.py": "the writer of every synced row",
    "domain/history.py": "ChangeBatch, the only writer of `changes`",
    "domain/preferences.py": "per-user preferences: personal, not shared",
    "domain/replica.py": "replica_state: facts about this one file",
    "domain/health/store.py": "derived health rows: scores, history, alerts (keyed, no history)",
    "domain/demo/": "the demo loader's bulk load",
    "store/migrations/": "Alembic migrations",
    "domain/sync/": "shared-mode sync: pulled rows and entries, acknowledged pushes, conflicts",
    "store/server/": "the team server's sync objects and their bookkeeping (counter, pushed log)",
}
SESSION_WRITES = {
    "add", "add_all", "delete", "merge", "bulk_save_objects", "bulk_insert_mappings",
    "bulk_update_mappings",
}  # fmt: skip
STATEMENTS = {"insert", "update", "delete"}
SESSION_NAMES = {"session", "sess", "s"}
SQL_WRITE = re.compile(r"^\s*(insert|update|delete|replace|upsert)\b", re.IGNORECASE)


def _sqlalchemy_names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Local names of SQLAlchemy's insert/update/delete/text, and aliases of its modules."""
    functions, modules = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            for alias in node.names:
                if alias.name in STATEMENTS | {"text"}:
                    functions.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("sqlalchemy"):
                    modules.add(alias.asname or alias.name.split(".")[0])
    return functions, modules


def _session_bindings(tree: ast.Module) -> set[str]:
    """Names bound to a session: annotated `Session`, or `with ... .session() as name`."""
    names = set(SESSION_NAMES)
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation is not None:
            if "Session" in ast.unparse(node.annotation):
                names.add(node.arg)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if "Session" in ast.unparse(node.annotation):
                names.add(node.target.id)
        elif isinstance(node, ast.withitem) and isinstance(node.optional_vars, ast.Name):
            made = node.context_expr
            if isinstance(made, ast.Call) and ast.unparse(made.func).endswith(
                ("session", "Session", "write_session")
            ):
                names.add(node.optional_vars.id)
    return names


def _terminal(node: ast.expr) -> str:
    """The last name of a receiver: `batch.session` -> "session", `s` -> "s"."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def writes_in(source: str) -> list[tuple[int, str]]:
    """The ORM and Core writes in a module's source: (line, code)."""
    tree = ast.parse(source)
    functions, modules = _sqlalchemy_names(tree)
    sessions = _session_bindings(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name):
            hit = _is_function_write(node, node.func, functions)
        elif isinstance(node.func, ast.Attribute):
            hit = _is_method_write(node, node.func, modules, sessions)
        else:
            hit = False
        if hit:
            found.append((node.lineno, ast.unparse(node)[:80]))
    return found


def _is_function_write(node: ast.Call, func: ast.Name, functions: set[str]) -> bool:
    """insert(Task), update(Task), delete(Task) from sqlalchemy; text("UPDATE ...")."""
    if func.id in functions and func.id != "text":
        return True
    if func.id in functions and node.args:
        first = node.args[0]
        return isinstance(first, ast.Constant) and bool(SQL_WRITE.match(str(first.value)))
    return False


def _is_method_write(
    node: ast.Call, func: ast.Attribute, modules: set[str], sessions: set[str]
) -> bool:
    """A write through a module, a session, a table or a query, or raw SQL."""
    receiver = func.value
    hit = False
    if func.attr in STATEMENTS and isinstance(receiver, ast.Name):
        hit = receiver.id in modules  # sa.insert(...), sqlalchemy.update(...)
    if func.attr in SESSION_WRITES and _terminal(receiver) in sessions:
        hit = True  # session.add(row), self.session.delete(row)
    if func.attr in STATEMENTS and "__table__" in ast.unparse(receiver):
        hit = True  # Task.__table__.insert()
    if func.attr in {"update", "delete"} and ".query(" in ast.unparse(receiver):
        hit = True  # session.query(Task).filter(...).update({...})
    if func.attr in {"exec_driver_sql", "executemany"}:
        hit = not _transaction_control(node)  # raw SQL around the ORM and Core
    return hit


# How a transaction begins and ends, and the file's own settings: not rows written.
TRANSACTION_CONTROL = re.compile(r"\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\b", re.I)


def _transaction_control(call: ast.Call) -> bool:
    """`conn.exec_driver_sql("BEGIN IMMEDIATE")` or a PRAGMA: no row is written."""
    if not call.args:
        return False
    first = call.args[0]
    if isinstance(first, ast.JoinedStr):  # f"BEGIN {mode}": its leading literal
        first = first.values[0] if first.values else first
    return isinstance(first, ast.Constant) and bool(TRANSACTION_CONTROL.match(str(first.value)))


def _allowed(relative: str) -> bool:
    return any(relative == w or (w.endswith("/") and relative.startswith(w)) for w in WRITERS)


def test_only_the_named_writers_write_rows():
    offenders = []
    for path in sorted(APP.rglob("*.py")):
        relative = path.relative_to(APP).as_posix()
        if _allowed(relative):
            continue
        for line, code in writes_in(path.read_text(encoding="utf-8")):
            offenders.append(f"app/{relative}:{line}: {code}")
    assert not offenders, "writes outside the writer modules:\n" + "\n".join(offenders)


def test_every_named_writer_exists_and_is_named_in_the_architecture_notes():
    notes = (APP.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    for writer in WRITERS:
        assert (APP / writer).exists(), writer
        assert f"app/{writer}" in notes, writer


@pytest.mark.parametrize(
    "code",
    [
        "def f(session: Session):\n    session.add(row)",
        "def f(db):\n    with db.session() as tx:\n        tx.delete(row)",
        "class A:\n    def f(self):\n        self.session.add_all(rows)",
        "def f(batch):\n    batch.session.merge(row)",
        "from sqlalchemy import update\nupdate(Task).values(done=True)",
        "from sqlalchemy import insert as ins\nins(Task)",
        "from sqlalchemy.dialects.sqlite import insert\ninsert(Task)",
        "import sqlalchemy as sa\nsa.delete(Task)",
        "Task.__table__.update()",
        "session.query(Task).filter(x).delete()",
        "from sqlalchemy import text\nconn.execute(text('UPDATE tasks SET title = 1'))",
        "conn.exec_driver_sql('DELETE FROM tasks')",
    ],
)
def test_the_scan_sees_a_write(code):
    assert writes_in(code)


@pytest.mark.parametrize(
    "code",
    [
        "values = {}\nvalues.update(other)",
        "class W:\n    def paint(self):\n        self.update()\n        self.header.update()",
        "seen = set()\nseen.add(1)",
        "self.model.delete(view.id, True)",
        "from sqlalchemy import select, text\nsession.execute(text('SELECT 1'))",
        "from sqlalchemy import text\nIndex('ix', postgresql_where=text('deleted_at IS NULL'))",
        "found.row_ids.update(ids)",
        "def f(session):\n    session.execute(select(Task))",
        "conn.exec_driver_sql(f'BEGIN {mode}')",
        "conn.exec_driver_sql('ROLLBACK')",
        "conn.exec_driver_sql(f'PRAGMA application_id={APPLICATION_ID}')",
    ],
)
def test_the_scan_leaves_other_calls_alone(code):
    assert not writes_in(code)
