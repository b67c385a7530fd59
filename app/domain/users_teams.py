"""Users & teams (PERM-1, PERM-2): who is in the account, their seat, rights, primary team
and other teams, as Settings → Users & teams lists and edits them. Only super admins
change people (`permissions.can_manage_users`; a team server's `tend_push` checks it
again). A change goes through the write path, so a team workspace pushes it like any
other and every replica pulls it. The account always keeps an active super admin: the
last one cannot lose the right, be deactivated, or take it from themselves.

Adding a person with a login of their own is `sync.team.add_user` (it creates the
server's login); a local workspace file adds one without a login (`add_person`), who can
then be signed in as from the user menu."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import permissions, writer
from app.domain.errors import NotFound, ValidationError, ValidationErrors
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP
from app.domain.viewer import Person
from app.store import Team, TeamMembership, User, new_id


@dataclass(frozen=True)
class PersonRow:
    """A person as the Users & teams page lists them."""

    id: uuid.UUID
    name: str
    email: str
    login: str | None
    has_service_seat: bool
    can_manage_cs_settings: bool
    is_super_admin: bool
    is_active: bool
    primary_team_id: uuid.UUID | None
    other_team_ids: frozenset[uuid.UUID]


@dataclass(frozen=True)
class Rights:
    """What a super admin sets for a person."""

    has_service_seat: bool
    can_manage_cs_settings: bool
    is_super_admin: bool
    is_active: bool
    primary_team_id: uuid.UUID | None
    other_team_ids: Collection[uuid.UUID] = ()


def teams(session: Session) -> list[tuple[uuid.UUID, str]]:
    """The account's teams, by name."""
    query = select(Team.id, Team.name).where(Team.deleted_at.is_(None)).order_by(Team.name)
    return [(tid, name) for tid, name in session.execute(query)]


def people(session: Session) -> list[PersonRow]:
    """Everyone in the account (deactivated people too, last), by name."""
    others: dict[uuid.UUID, set[uuid.UUID | None]] = defaultdict(set)
    for user_id, team_id in session.execute(
        select(TeamMembership.user_id, TeamMembership.team_id).where(
            TeamMembership.deleted_at.is_(None)
        )
    ):
        others[user_id].add(team_id)
    users = session.scalars(
        select(User).where(User.deleted_at.is_(None)).order_by(User.is_active.desc(), User.name)
    )
    return [_row(u, others[u.id] - {u.primary_team_id}) for u in users]


def _row(u: User, others: set[uuid.UUID | None]) -> PersonRow:
    return PersonRow(
        u.id, u.name, u.email, u.login, u.has_service_seat, u.can_manage_cs_settings,
        u.is_super_admin, u.is_active, u.primary_team_id,
        frozenset(t for t in others if t is not None),
    )  # fmt: skip


def _active_super_admins(session: Session) -> set[uuid.UUID]:
    query = select(User.id).where(
        User.deleted_at.is_(None), User.is_active.is_(True), User.is_super_admin.is_(True)
    )
    return set(session.scalars(query))


def set_rights(session: Session, viewer: Person, user_id: uuid.UUID, rights: Rights) -> bool:
    """Give a person these rights and teams; False when nothing changed."""
    permissions.can_manage_users(viewer).require()
    user = session.get(User, user_id)
    if user is None or user.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("This person is no longer in the account."))
    keeps_admin = rights.is_super_admin and rights.is_active
    if user.is_super_admin and user.is_active and not keeps_admin:
        if user_id == viewer.id:
            raise ValidationError(
                "is_super_admin",
                QT_TR_NOOP(
                    "You cannot take super admin rights from yourself or deactivate yourself: "
                    "ask another super admin."
                ),
            )
        if _active_super_admins(session) == {user_id}:
            raise ValidationError(
                "is_super_admin", QT_TR_NOOP("The account needs at least one active super admin.")
            )
    wanted = _teams_of(session, rights)
    batch = ChangeBatch(session, viewer.id)
    changed = bool(
        writer.set_fields(
            batch, user,
            {
                "has_service_seat": rights.has_service_seat,
                "can_manage_cs_settings": rights.can_manage_cs_settings,
                "is_super_admin": rights.is_super_admin,
                "is_active": rights.is_active,
                "primary_team_id": rights.primary_team_id,
            },
        )
    )  # fmt: skip
    return _set_memberships(batch, user.id, wanted) or changed


def add_person(
    session: Session, viewer: Person, name: str, email: str, rights: Rights
) -> uuid.UUID:
    """A new person in a local workspace file (a team server's are `sync.team.add_user`:
    they need a login there). They take the adder's time zone and locale until they
    choose their own."""
    permissions.can_manage_users(viewer).require()
    name, email = name.strip(), email.strip()
    problems: dict[str, str | ValidationError] = {}
    if not name:
        problems["name"] = QT_TR_NOOP("Enter the person's name.")
    elif len(name) > 200:
        problems["name"] = QT_TR_NOOP("The name is at most 200 characters.")
    if "@" not in email or email.startswith("@") or email.endswith("@") or " " in email:
        problems["email"] = QT_TR_NOOP("Enter an e-mail address, like sam@company.com.")
    elif session.scalar(select(User.id).where(User.email == email)) is not None:
        problems["email"] = ValidationError(
            "email", QT_TR_NOOP("{email} is already someone in the account."), email=email
        )
    if problems:
        raise ValidationErrors(problems)
    wanted = _teams_of(session, rights)
    batch = ChangeBatch(session, viewer.id)
    user = writer.add(
        batch,
        User(
            id=new_id(), name=name, email=email, time_zone=viewer.time_zone,
            locale=viewer.locale, has_service_seat=rights.has_service_seat,
            can_manage_cs_settings=rights.can_manage_cs_settings,
            is_super_admin=rights.is_super_admin, is_active=rights.is_active,
            primary_team_id=rights.primary_team_id,
        ),
    )  # fmt: skip
    session.flush()
    _set_memberships(batch, user.id, wanted)
    return user.id


def _teams_of(session: Session, rights: Rights) -> set[uuid.UUID]:
    """Every team the rights name (the primary one too), each still in the account."""
    wanted = {t for t in (rights.primary_team_id, *rights.other_team_ids) if t is not None}
    if not wanted <= {tid for tid, _name in teams(session)}:
        raise NotFound(QT_TR_NOOP("A chosen team no longer exists."))
    return wanted


def _set_memberships(batch: ChangeBatch, user_id: uuid.UUID, wanted: set[uuid.UUID]) -> bool:
    """The person's team memberships (primary team included) become `wanted`: a missing
    one is added or brought back, one no longer wanted is tombstoned."""
    session = batch.session
    rows = list(session.scalars(select(TeamMembership).where(TeamMembership.user_id == user_id)))
    changed = False
    for row in rows:
        if row.team_id in wanted:
            changed = writer.restore(batch, row) or changed
        else:
            changed = writer.tombstone(batch, row) or changed
    for team_id in wanted - {row.team_id for row in rows}:
        writer.add(batch, TeamMembership(id=new_id(), user_id=user_id, team_id=team_id))
        changed = True
    return changed
