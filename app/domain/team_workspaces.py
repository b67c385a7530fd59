"""Team workspaces (SET-2, SET-6): besides the main workspace, up to five team workspaces,
each with a name, a description and teams. A team belongs to at most one workspace; its
members see that workspace (`workspace.workspace_for`). Creating, editing and deleting them
are the account's settings: `can_change_workspace_settings` in the main workspace
(docs/decisions.md, "Objects and properties"). Deleting asks for the tick "I understand
that deleting this workspace cannot be undone" (`confirmed=True`), refused here without it.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import permissions, writer
from app.domain.errors import NotFound, ValidationError
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP, Message
from app.domain.pipelines import revenue_settings
from app.domain.saved_views import ensure_builtin_views
from app.domain.viewer import Person
from app.domain.workspace import configure_pipelines, main_workspace
from app.store import ObjectType, Team, User, Workspace, new_id

MAX_TEAM_WORKSPACES = 5
DESCRIPTION_MAX = 2000
CONFIRMATION = QT_TR_NOOP("I understand that deleting this workspace cannot be undone")


@dataclass(frozen=True)
class TeamInfo:
    """A team and the live team workspace it belongs to, if any."""

    id: uuid.UUID
    name: str
    workspace_id: uuid.UUID | None


@dataclass(frozen=True)
class TeamWorkspace:
    """A team workspace as the settings page lists it."""

    id: uuid.UUID
    name: str
    description: str
    team_ids: tuple[uuid.UUID, ...]


def _live_workspaces(session: Session) -> list[Workspace]:
    return list(
        session.scalars(
            select(Workspace)
            .where(Workspace.deleted_at.is_(None), Workspace.is_main.is_(False))
            .order_by(Workspace.position, Workspace.name)
        )
    )


def _live_teams(session: Session) -> list[Team]:
    return list(session.scalars(select(Team).where(Team.deleted_at.is_(None)).order_by(Team.name)))


def teams(session: Session) -> list[TeamInfo]:
    """Every live team, with its live team workspace (None: the main one)."""
    live = {ws.id for ws in _live_workspaces(session)}
    return [
        TeamInfo(t.id, t.name, t.workspace_id if t.workspace_id in live else None)
        for t in _live_teams(session)
    ]


def team_workspaces(session: Session) -> list[TeamWorkspace]:
    """The live team workspaces, in order, with their teams."""
    members: dict[uuid.UUID, list[uuid.UUID]] = {}
    for t in _live_teams(session):
        if t.workspace_id is not None:
            members.setdefault(t.workspace_id, []).append(t.id)
    return [
        TeamWorkspace(ws.id, ws.name, ws.description, tuple(members.get(ws.id, ())))
        for ws in _live_workspaces(session)
    ]


def _actor(session: Session, viewer: Person) -> User:
    return permissions.actor_for(
        session, viewer, permissions.can_change_workspace_settings, main_workspace(session)
    )


def _team_workspace(session: Session, workspace_id: uuid.UUID) -> Workspace:
    ws = session.get(Workspace, workspace_id)
    if ws is None or ws.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("That workspace no longer exists."))
    if ws.is_main:
        raise ValidationError(
            "workspace", QT_TR_NOOP("The main workspace is not a team workspace.")
        )
    return ws


def _check(
    session: Session, name: str, description: str, except_id: uuid.UUID | None
) -> tuple[str, str]:
    text = (name or "").strip()
    if not text:
        raise ValidationError("name", QT_TR_NOOP("Enter the workspace's name."))
    if "\n" in text or len(text) > 200:
        raise ValidationError("name", QT_TR_NOOP("The name is one line of at most 200 characters."))
    every = session.scalars(select(Workspace).where(Workspace.deleted_at.is_(None)))
    if any(ws.id != except_id and ws.name.casefold() == text.casefold() for ws in every):
        raise ValidationError(
            "name", QT_TR_NOOP("There already is a workspace called “{text}”."), text=text
        )
    about = (description or "").strip()
    if len(about) > DESCRIPTION_MAX:
        raise ValidationError(
            "description", QT_TR_NOOP("The description is over {n} characters."), n=DESCRIPTION_MAX
        )
    return text, about


def _check_teams(
    session: Session, workspace_id: uuid.UUID | None, team_ids: Collection[uuid.UUID]
) -> set[uuid.UUID]:
    """The chosen teams, once none belongs to another live workspace (SET-2: a team belongs
    to at most one), checked before anything is written."""
    live = {w.id: w for w in _live_workspaces(session)}
    by_id = {t.id: t for t in _live_teams(session)}
    wanted = set(team_ids)
    for team_id in wanted:
        team = by_id.get(team_id)
        if team is None:
            raise ValidationError("teams", QT_TR_NOOP("That team no longer exists."))
        other = live.get(team.workspace_id) if team.workspace_id is not None else None
        if other is not None and other.id != workspace_id:
            raise ValidationError(
                "teams",
                QT_TR_NOOP(
                    "The team “{team}” belongs to the workspace “{workspace}”: remove it there "
                    "first."
                ),
                team=team.name,
                workspace=other.name,
            )
    return wanted


def _assign_teams(
    session: Session, batch: ChangeBatch, ws: Workspace, wanted: set[uuid.UUID]
) -> None:
    """The chosen teams join `ws`; teams no longer chosen go back to the main workspace."""
    for team in _live_teams(session):
        if team.id in wanted:
            writer.set_fields(batch, team, {"workspace_id": ws.id})
        elif team.workspace_id == ws.id:
            writer.set_fields(batch, team, {"workspace_id": None})


def create_team_workspace(
    session: Session,
    viewer: Person,
    name: str,
    description: str = "",
    team_ids: Collection[uuid.UUID] = (),
) -> Workspace:
    """A new team workspace (at most five): the main workspace's customer settings, its
    service and revenue objects with every pipeline shown, and the built-in views."""
    actor = _actor(session, viewer)
    if len(_live_workspaces(session)) >= MAX_TEAM_WORKSPACES:
        raise ValidationError(
            "workspace",
            QT_TR_NOOP("There can be at most {n} team workspaces."),
            n=MAX_TEAM_WORKSPACES,
        )
    name, description = _check(session, name, description, None)
    wanted = _check_teams(session, None, team_ids)
    main = main_workspace(session)
    batch = ChangeBatch(session, actor.id)
    last = max((w.position for w in session.scalars(select(Workspace))), default=0)
    ws = writer.add(batch, Workspace(
        id=new_id(), name=name, description=description, is_main=False, position=last + 1,
        customer_object_id=main.customer_object_id, csm_property_id=main.csm_property_id,
        renewal_property_id=main.renewal_property_id,
    ))  # fmt: skip
    session.flush()
    services = session.get(ObjectType, main.service_object_id) if main.service_object_id else None
    chosen = (session.get(ObjectType, r.object_type_id) for r in revenue_settings(session, main))
    revenue = [o for o in chosen if o is not None]
    if services is not None:
        configure_pipelines(session, ws, services, revenue, batch)
    ensure_builtin_views(session, ws, batch=batch)
    _assign_teams(session, batch, ws, wanted)
    session.flush()
    return ws


def update_team_workspace(
    session: Session,
    viewer: Person,
    workspace_id: uuid.UUID,
    *,
    name: str,
    description: str,
    team_ids: Collection[uuid.UUID],
) -> None:
    """A team workspace's name, description and teams (SET-2)."""
    actor = _actor(session, viewer)
    ws = _team_workspace(session, workspace_id)
    name, description = _check(session, name, description, ws.id)
    wanted = _check_teams(session, ws.id, team_ids)
    batch = ChangeBatch(session, actor.id)
    writer.set_fields(batch, ws, {"name": name, "description": description})
    _assign_teams(session, batch, ws, wanted)
    session.flush()


def delete_team_workspace(
    session: Session, viewer: Person, workspace_id: uuid.UUID, *, confirmed: bool = False
) -> None:
    """Delete a team workspace once the user ticked CONFIRMATION (SET-6): its teams go back
    to the main workspace; its views and settings go with it."""
    actor = _actor(session, viewer)
    ws = _team_workspace(session, workspace_id)
    if not confirmed:
        raise ValidationError(
            "confirmed",
            QT_TR_NOOP("Tick “{confirmation}” to delete “{name}”."),
            confirmation=Message(CONFIRMATION),
            name=ws.name,
        )
    batch = ChangeBatch(session, actor.id)
    _assign_teams(session, batch, ws, set())
    writer.tombstone(batch, ws)
    session.flush()
