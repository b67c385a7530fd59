"""The command line: `tend demo` and its refusals."""

from __future__ import annotations

from sqlalchemy import func, select

from app.cli import main
from app.domain.workspace import signed_in
from app.store import User
from app.store.engine import open_database
from tests.conftest import count_records


def test_demo_generates_a_workspace_and_prints_progress(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo", "--companies", "30", "--seed", "7", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "30 companies" in out and "Done in" in out
    assert count_records(path) == 30
    db = open_database(path)
    with db.session() as session:
        assert signed_in(session) is not None
        assert session.scalar(select(func.count()).select_from(User)) == 8
    db.dispose()


def test_demo_refuses_to_overwrite_without_force(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo", "--companies", "10", "--db", str(path)]) == 0
    assert main(["demo", "--companies", "12", "--db", str(path)]) == 2
    assert "--force" in capsys.readouterr().err
    assert count_records(path) == 10
    assert main(["demo", "--companies", "12", "--db", str(path), "--force"]) == 0
    assert count_records(path) == 12


def test_demo_refuses_a_size_below_one(tmp_path, capsys):
    assert main(["demo", "--companies", "0", "--db", str(tmp_path / "x.db")]) == 2
    assert "at least 1" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_demo_refuses_more_companies_than_it_has_names_for(tmp_path, capsys):
    """A traceback (ValueError) before; now the reason, and no file."""
    assert main(["demo", "--companies", "5000000", "--db", str(tmp_path / "x.db")]) == 2
    err = capsys.readouterr().err
    assert "at most 2,880,000 companies" in err and "Traceback" not in err
    assert not (tmp_path / "x.db").exists()


def test_top_level_db_option_is_used_by_demo(tmp_path):
    path = tmp_path / "top.db"
    assert main(["--db", str(path), "demo", "--companies", "5"]) == 0
    assert count_records(path) == 5


def test_check_says_whether_a_workspace_file_is_damaged(tmp_path, capsys):
    """Issue 11 item 2: `tend check` reads the whole file; exit 1 names the damage and the
    latest backup."""
    from app.store import backups

    path = tmp_path / "demo.db"
    assert main(["demo", "--companies", "40", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["check", "--db", str(path)]) == 0
    assert "no damage found" in capsys.readouterr().out
    backup = backups.take_backup(path, "daily")
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek((size // 2) // 4096 * 4096)
        f.write(bytes((i * 131 + 7) % 256 for i in range(6 * 4096)))
    before = path.read_bytes()
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and str(backup.path) in err
    assert path.read_bytes() == before
    assert main(["check", "--db", str(tmp_path / "missing.db")]) == 2
