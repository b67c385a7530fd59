"""The customer settings form's data and its save (SET-1, SET-3), over the domain."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.domain import permissions, workspace
from app.domain.errors import NotFound
from app.domain.i18n import QT_TR_NOOP
from app.domain.permissions import Verdict
from app.domain.viewer import Viewer
from app.models.changes import write
from app.store import Workspace
from app.store.engine import Database

Choice = tuple[uuid.UUID, str]  # (id, label)


@dataclass(frozen=True)
class CustomerSettings:
    """What the form shows: the workspace, the current choices and what may be chosen."""

    workspace_id: uuid.UUID
    workspace_name: str
    is_main: bool
    customer_object_id: uuid.UUID | None
    csm_property_id: uuid.UUID | None
    renewal_property_id: uuid.UUID | None
    objects: list[Choice]
    verdict: Verdict


class CustomerSettingsForm:
    """Reads and saves the viewer's workspace customer settings."""

    def __init__(self, db: Database, viewer: Viewer) -> None:
        self.db = db
        self.viewer = viewer

    def load(self) -> CustomerSettings:
        """The current settings of the viewer's workspace."""
        with self.db.session() as session:
            ws = workspace.workspace_for(session, self.viewer)
            objects = [(o.id, o.plural) for o in workspace.customer_object_choices(session)]
            return CustomerSettings(
                ws.id, ws.name, ws.is_main, ws.customer_object_id, ws.csm_property_id,
                ws.renewal_property_id, objects,
                permissions.can_change_workspace_settings(self.viewer),
            )  # fmt: skip

    def properties_for(self, object_id: uuid.UUID) -> tuple[list[Choice], list[Choice]]:
        """The user properties (CSM choices) and date properties (renewal choices)."""
        with self.db.session() as session:
            users = [(p.id, p.label) for p in workspace.user_properties(session, object_id)]
            dates = [(p.id, p.label) for p in workspace.date_properties(session, object_id)]
        return users, dates

    def save(
        self,
        workspace_id: uuid.UUID,
        customer_object_id: uuid.UUID | None,
        csm_property_id: uuid.UUID | None,
        renewal_property_id: uuid.UUID | None,
    ) -> None:
        """Save in one transaction; raises the domain's PermissionDenied or ValidationError."""

        def save(session: Session) -> None:
            ws = session.get(Workspace, workspace_id)
            if ws is None:
                raise NotFound(QT_TR_NOOP("The workspace no longer exists."))
            workspace.update_customer_settings(
                session, self.viewer, ws,
                customer_object_id=customer_object_id, csm_property_id=csm_property_id,
                renewal_property_id=renewal_property_id,
            )  # fmt: skip

        write(self.db, save, self)
