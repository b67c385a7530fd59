"""`tend server init`, `tend server add-user` and `tend join` as a person types them, the
password kept in the keyring (issue 14)."""

from __future__ import annotations

import io
import uuid

from sqlalchemy import create_engine, select

from app.cli import main
from app.domain.replica import fact
from app.domain.sync import outbox
from app.store import User
from app.store.engine import open_database
from app.store.secrets import SERVICE, key_for
from tests.conftest import _pg_admin, throwaway_pg_database


def test_a_team_server_set_up_and_joined_from_the_command_line(
    tmp_path, monkeypatch, capsys, memory_keyring
):
    login = f"t_{uuid.uuid4().hex[:10]}"
    with throwaway_pg_database() as url:
        plain = url.replace("postgresql+psycopg://", "postgresql://", 1)
        try:
            assert main(["server", "init", plain]) == 2  # a new server needs its admin
            assert "--name and --email" in capsys.readouterr().err
            assert main(["server", "init", plain, "--name", "Ada", "--email", "a@x.io"]) == 0
            assert "ready with a new workspace" in capsys.readouterr().out
            monkeypatch.setattr("sys.stdin", io.StringIO("pw-of-cy\n"))
            args = ["server", "add-user", plain, "--name", "Cy CSM", "--email", "cy@x.io"]
            assert main([*args, "--login", login, "--password-stdin"]) == 0
            cy_url = plain.replace("postgres@", f"{login}@", 1)
            path = tmp_path / "cy.db"
            monkeypatch.setattr("sys.stdin", io.StringIO("pw-of-cy\n"))
            assert main(["join", cy_url, "--db", str(path), "--password-stdin"]) == 0
            out = capsys.readouterr().out
            assert "Joined as Cy CSM" in out and "Downloading users" in out
            assert f"tend join {cy_url}" in out
            assert memory_keyring.kept[(SERVICE, key_for(cy_url))] == "pw-of-cy"
            laptop = open_database(path)
            with laptop.session() as session:
                assert fact(session, outbox.LOGIN) == login
                me = session.scalars(select(User).where(User.login == login)).one()
                assert me.name == "Cy CSM" and me.has_service_seat
                from app.domain import records
                from app.domain.viewer import viewer_of
                from app.domain.workspace import customer_object

            with laptop.write_session() as session:
                cy = viewer_of(session.scalars(select(User).where(User.login == login)).one())
                records.create_record(session, cy, customer_object(session), {"name": "Acme"})
            laptop.dispose()
            assert main(["sync", "--db", str(path)]) == 0  # the password from the keyring
            assert "Sent 2 changes, received 0" in capsys.readouterr().out
            # joining again into the same file is refused, the file untouched
            assert main(["join", cy_url, "--db", str(path)]) == 2
            assert "already holds a workspace" in capsys.readouterr().err
        finally:
            engine = create_engine(url)
            engine.dispose()
            with _pg_admin() as admin:
                admin.execute(f'DROP ROLE IF EXISTS "{login}"')


def test_a_server_address_is_not_opened_as_a_file(capsys, tmp_path):
    assert main(["--db", "postgresql://cy@db.example.com/tend"]) == 2
    assert "tend join" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    local = tmp_path / "local.db"
    open_database(local).dispose()
    assert main(["sync", "--db", str(local)]) == 2
    assert "a local workspace" in capsys.readouterr().err


def test_a_bad_login_name_is_refused_before_anything_is_written(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    args = ["server", "add-user", "postgresql://postgres@127.0.0.1/none", "--name", "Cy"]
    assert main([*args, "--email", "cy@x.io", "--login", "Cy Smith", "--password-stdin"]) == 2
    assert "cannot be a login" in capsys.readouterr().err
