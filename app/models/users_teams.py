"""Settings → Users & teams (PERM-1, PERM-2): the table of people and the save of one
person's rights, over `app/domain/people.py`. The table reloads when the change channel
says people or teams changed (a sync brought a teammate's edit, or this page saved)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)

from app.domain import users_teams as people
from app.domain.i18n import QT_TR_NOOP
from app.domain.permissions import Verdict, can_manage_users
from app.domain.users_teams import PersonRow, Rights
from app.domain.viewer import Viewer
from app.models.changes import Changes, channel_for, write
from app.models.rows_table import Index, RowsTableModel
from app.store.engine import Database

PEOPLE_TABLES = ("users", "teams", "team_memberships")


class PeopleTableModel(RowsTableModel):
    """One row per person: name, e-mail, seat, rights, primary team, other teams."""

    HEADERS = (
        QT_TR_NOOP("Name"),
        QT_TR_NOOP("Seat"),
        QT_TR_NOOP("Rights"),
        QT_TR_NOOP("Teams"),
    )  # the e-mail is beside, in the form

    def __init__(self, db: Database, viewer: Viewer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.viewer = db, viewer
        self.rows: list[PersonRow] = []
        self.team_names: dict[uuid.UUID, str] = {}
        self.reload()
        channel_for(db).changed.connect(self._changed)

    @property
    def verdict(self) -> Verdict:
        """Whether the viewer may change people (the domain checks it again on save)."""
        return can_manage_users(self.viewer)

    def _changed(self, changes: Changes) -> None:
        if changes.touched.touches(*PEOPLE_TABLES):
            self.reload()

    def reload(self) -> None:
        with self.db.session() as session:
            rows = people.people(session)
            names = dict(people.teams(session))
        self.beginResetModel()
        self.rows, self.team_names = rows, names
        self.endResetModel()

    def teams(self) -> list[tuple[uuid.UUID, str]]:
        """The account's teams, by name."""
        return sorted(self.team_names.items(), key=lambda item: item[1].casefold())

    def row_of(self, person_id: uuid.UUID) -> int:
        """The row showing a person, -1 when they are not listed."""
        return next((i for i, p in enumerate(self.rows) if p.id == person_id), -1)

    def save(self, person_id: uuid.UUID, rights: Rights) -> bool:
        """Store a person's rights and teams; False when nothing changed. Raises the
        domain's refusal (PermissionDenied, ValidationError, NotFound)."""
        return write(
            self.db, lambda session: people.set_rights(session, self.viewer, person_id, rights)
        )

    def add(self, name: str, email: str, rights: Rights) -> uuid.UUID:
        """A new person in a local file; raises ValidationErrors (per field) or the
        refusal."""
        return write(
            self.db, lambda session: people.add_person(session, self.viewer, name, email, rights)
        )

    # -- Qt ----------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        person = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return str(person.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if not person.is_active:
                return self.tr("Deactivated: cannot sign in or be assigned")
            return person.email if index.column() == 0 else self._text(person, index.column())
        return None

    def _text(self, person: PersonRow, column: int) -> str:
        match column:
            case 0:
                return person.name if person.is_active else f"{person.name} ({self.tr('off')})"
            case 1:
                return self.tr("Service") if person.has_service_seat else self.tr("None")
            case 2:
                rights = [self.tr("Super admin")] if person.is_super_admin else []
                if person.can_manage_cs_settings:
                    rights.append(self.tr("CS settings"))
                return ", ".join(rights)
            case 3:
                return self._teams_text(person)
        return ""

    def _teams_text(self, person: PersonRow) -> str:
        """The primary team first, marked, then the others by name."""
        names = sorted(self.team_names.get(t, "") for t in person.other_team_ids)
        if person.primary_team_id in self.team_names:
            primary = self.team_names[person.primary_team_id]
            names.insert(0, self.tr("{team} (primary)").format(team=primary))
        return ", ".join(names)
