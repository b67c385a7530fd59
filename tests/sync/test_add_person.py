"""Settings → Users & teams → Add a person… in a team workspace (issue 14 item 1, PERM-1,
PERM-2), driven with clicks and keys: the super admin's laptop asks the server to add a
teammate with a login of their own; a wrong entry is said in the dialog; the person
arrives with a sync, and a change of their rights on the page is pushed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from app.domain.sync.run import sync_once
from app.domain.sync.team import connect, download_replica, init_server
from app.domain.viewer import viewer_of
from app.domain.workspace import signed_in
from app.store import User
from app.store.engine import open_database
from app.store.server.roles import login_exists
from app.views.settings.dialog import SettingsDialog
from app.views.settings.team_members import AddPersonDialog
from tests.conftest import _pg_admin, throwaway_pg_database
from tests.views.conftest import run_until


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def test_a_super_admin_adds_a_teammate_from_settings(qtbot, qloop, tmp_path, memory_keyring):
    login = f"t_{uuid.uuid4().hex[:10]}"
    with throwaway_pg_database() as url:
        init_server(_plain(url), "Ada Admin", "ada@example.com")
        path = tmp_path / "ada.db"
        download_replica(_plain(url), None, path)
        db = open_database(path)
        try:
            with db.session() as session:
                ada = viewer_of(signed_in(session))  # type: ignore[arg-type]
            dialog = SettingsDialog(db, ada)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.mouseClick(dialog.users_button, Qt.MouseButton.LeftButton)
            people = dialog.users_dialog
            assert people.add_person_button is not None
            qtbot.mouseClick(people.add_person_button, Qt.MouseButton.LeftButton)
            add = people.add_person_dialog
            assert isinstance(add, AddPersonDialog)  # a team server's: a login of their own
            qtbot.keyClicks(add.name, "Sam Rivera")
            qtbot.keyClicks(add.email, "sam@example.com")
            qtbot.keyClicks(add.login, login)
            qtbot.keyClicks(add.password, "s3cret")
            qtbot.keyClicks(add.again, "other")
            qtbot.mouseClick(add.add_button, Qt.MouseButton.LeftButton)
            run_until(qloop, add.error.isVisible)
            assert add.error.text() == "The two passwords differ."
            add.again.clear()
            qtbot.keyClicks(add.again, "s3cret")
            add.manage.setChecked(True)
            qtbot.mouseClick(add.add_button, Qt.MouseButton.LeftButton)
            run_until(qloop, lambda: add.result() == add.DialogCode.Accepted, timeout=30)
            engine = connect(_plain(url), None)
            try:
                with engine.connect() as conn:
                    assert login_exists(conn, login)
                sync_once(db, engine)
            finally:
                engine.dispose()
            with db.session() as session:
                sam = session.scalars(select(User).where(User.login == login)).one()
                assert (sam.name, sam.can_manage_cs_settings, sam.has_service_seat) == (
                    "Sam Rivera",
                    True,
                    True,
                )
                sam_id = sam.id
            # The super admin takes Manage CS settings back on the Users & teams page; the
            # change is pushed like any other and the server takes it (a super admin's).
            people.model.reload()
            people.select(sam_id)
            assert people.manage.isChecked()
            qtbot.mouseClick(people.manage, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
            qtbot.mouseClick(people.save_button, Qt.MouseButton.LeftButton)
            assert not people.error.isVisible()
            engine = connect(_plain(url), None)
            try:
                sync_once(db, engine)
                with engine.connect() as conn:
                    taken = conn.execute(
                        select(User.can_manage_cs_settings).where(User.id == sam_id)
                    ).scalar_one()
                assert taken is False
            finally:
                engine.dispose()
            # Sam is no super admin: Settings offers Sam no Users & teams page.
            other = SettingsDialog(db, viewer_of(sam))
            qtbot.addWidget(other)
            assert not hasattr(other, "users_button")
        finally:
            db.dispose()
            with _pg_admin() as admin:
                admin.execute(f'DROP ROLE IF EXISTS "{login}"')
