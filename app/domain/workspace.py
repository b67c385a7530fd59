"""Workspaces: first-start setup (SET-7), which workspace a user sees (SET-2), the customer
settings (SET-1, SET-3), and who is signed in on this laptop: in local mode whoever was
chosen last; in a team server's replica always the person whose login it signs in with
(PERM-6: no one signs in as someone else)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain import permissions, replica, writer
from app.domain.catalog import install_derived_properties, install_standard_objects
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.history import ChangeBatch, SystemWork
from app.domain.i18n import QT_TR_NOOP
from app.domain.saved_views import ensure_builtin_views
from app.domain.viewer import Person
from app.store import (
    ObjectType,
    Pipeline,
    PropertyDefinition,
    PropertyType,
    Team,
    User,
    Workspace,
    WorkspacePipeline,
    WorkspaceRevenueObject,
    new_id,
)

SIGNED_IN_KEY = "signed_in_user_id"
CUSTOMER_OBJECT_KEYS = ("companies", "contacts")


def is_empty(session: Session) -> bool:
    """True for a database with no workspace yet: the first start (SET-7)."""
    return session.scalar(select(func.count()).select_from(Workspace)) == 0


def main_workspace(session: Session) -> Workspace:
    """The main workspace."""
    ws = session.scalar(select(Workspace).where(Workspace.is_main, Workspace.deleted_at.is_(None)))
    if ws is None:
        raise NotFound(QT_TR_NOOP("This database has no workspace yet."))
    return ws


def workspace_for(session: Session, user: Person) -> Workspace:
    """SET-2: the workspace of the user's primary team, otherwise the main one."""
    if user.primary_team_id is not None:
        team = session.get(Team, user.primary_team_id)
        if team is not None and team.workspace_id is not None:
            ws = session.get(Workspace, team.workspace_id)
            if ws is not None and ws.deleted_at is None:
                return ws
    return main_workspace(session)


def customer_object(session: Session) -> ObjectType:
    """The object that represents customer accounts (SET-1), from the main workspace."""
    ws = main_workspace(session)
    obj = session.get(ObjectType, ws.customer_object_id) if ws.customer_object_id else None
    if obj is None:
        raise NotFound(QT_TR_NOOP("No customer object is set in the workspace settings."))
    return obj


def properties_of_type(
    session: Session, object_type_id: uuid.UUID, kind: PropertyType
) -> list[PropertyDefinition]:
    """The live properties of one type of an object, in their order."""
    return list(
        session.scalars(
            select(PropertyDefinition)
            .where(
                PropertyDefinition.object_type_id == object_type_id,
                PropertyDefinition.type == kind,
                PropertyDefinition.deleted_at.is_(None),
            )
            .order_by(PropertyDefinition.position)
        )
    )


def csm_property(session: Session, ws: Workspace) -> PropertyDefinition | None:
    """The user property that names a customer's CSM in this workspace (SET-3)."""
    return session.get(PropertyDefinition, ws.csm_property_id) if ws.csm_property_id else None


def user_properties(session: Session, object_type_id: uuid.UUID) -> list[PropertyDefinition]:
    """The user (owner) properties of an object: the choices for a CSM property (SET-3)."""
    return properties_of_type(session, object_type_id, PropertyType.USER)


def date_properties(session: Session, object_type_id: uuid.UUID) -> list[PropertyDefinition]:
    """The date properties of an object: the choices for a renewal-date property (SET-3)."""
    return properties_of_type(session, object_type_id, PropertyType.DATE)


def customer_object_choices(session: Session) -> list[ObjectType]:
    """The objects that may represent customers (SET-1): contacts, companies, custom ones."""
    return list(
        session.scalars(
            select(ObjectType)
            .where(
                or_(ObjectType.key.in_(CUSTOMER_OBJECT_KEYS), ObjectType.is_custom),
                ObjectType.deleted_at.is_(None),
            )
            .order_by(ObjectType.position)
        )
    )


def _object(session: Session, key: str) -> ObjectType:
    obj = session.scalar(select(ObjectType).where(ObjectType.key == key))
    if obj is None:
        raise ValidationError("customer_object", QT_TR_NOOP("There is no object “{key}”."), key=key)
    return obj


def _property(
    session: Session, obj: ObjectType, key: str, kind: PropertyType, field: str
) -> PropertyDefinition:
    prop = session.scalar(
        select(PropertyDefinition).where(
            PropertyDefinition.object_type_id == obj.id, PropertyDefinition.key == key
        )
    )
    if prop is None or prop.type != kind:
        refusal = (
            QT_TR_NOOP("“{key}” is not a user property of {objects}.")
            if kind == PropertyType.USER
            else QT_TR_NOOP("“{key}” is not a date property of {objects}.")
        )
        raise ValidationError(field, refusal, key=key, objects=obj.plural)
    return prop


@dataclass(frozen=True)
class SetupChoice:
    """The answers of the first-start dialog (SET-7)."""

    customer_object_key: str
    csm_property_key: str
    admin_name: str
    admin_email: str
    admin_time_zone: str = "UTC"
    admin_locale: str = "en_US"


def setup_empty_workspace(session: Session, choice: SetupChoice) -> User:
    """Create the standard objects, the main workspace and its first super admin."""
    if not is_empty(session):
        raise ValidationError("workspace", QT_TR_NOOP("This database already has a workspace."))
    name, email = choice.admin_name.strip(), choice.admin_email.strip()
    if not name:
        raise ValidationError("admin_name", QT_TR_NOOP("Enter the super admin's name."))
    if "@" not in email or email.startswith("@") or email.endswith("@"):
        raise ValidationError("admin_email", QT_TR_NOOP("Enter a valid e-mail address."))
    if choice.customer_object_key not in CUSTOMER_OBJECT_KEYS:
        raise ValidationError("customer_object", QT_TR_NOOP("Choose Companies or Contacts."))
    # Setting up is Tend's own work: one system batch, before anyone is signed in.
    batch = ChangeBatch.system(session, SystemWork.SETUP)
    objects = install_standard_objects(session, batch)
    install_derived_properties(session, batch)
    customers = objects[choice.customer_object_key]
    csm = _property(session, customers, choice.csm_property_key, PropertyType.USER, "csm_property")
    renewal = session.scalar(
        select(PropertyDefinition).where(
            PropertyDefinition.object_type_id == customers.id,
            PropertyDefinition.key == "renewal_date",
        )
    )
    admin = User(
        id=new_id(),
        name=name,
        email=email,
        time_zone=choice.admin_time_zone,
        locale=choice.admin_locale,
        is_super_admin=True,
        has_workspace_access=True,
        can_manage_cs_settings=True,
        has_service_seat=True,
    )
    writer.add(batch, admin)
    ws = Workspace(
        id=new_id(),
        name="Customer Success",
        is_main=True,
        customer_object_id=customers.id,
        csm_property_id=csm.id,
        renewal_property_id=renewal.id if renewal else None,
    )
    writer.add(batch, ws)
    session.flush()
    configure_pipelines(session, ws, objects["services"], [objects["deals"]], batch)
    ensure_builtin_views(session, ws, batch=batch)
    set_signed_in(session, admin)
    session.flush()
    return admin


def configure_pipelines(
    session: Session,
    ws: Workspace,
    services: ObjectType,
    revenue: list[ObjectType],
    batch: ChangeBatch | None = None,
) -> None:
    """Show every pipeline of the service and revenue objects, owner as CSM (SET-4, SET-5)."""
    batch = batch or ChangeBatch.system(session, SystemWork.SETUP)

    def owner_of(obj: ObjectType) -> uuid.UUID | None:
        props = user_properties(session, obj.id)
        return props[0].id if props else None

    def date_of(obj: ObjectType) -> uuid.UUID | None:
        return session.scalar(
            select(PropertyDefinition.id).where(
                PropertyDefinition.object_type_id == obj.id,
                PropertyDefinition.column == "renewal_date",
            )
        )

    def pipelines(obj: ObjectType) -> list[Pipeline]:
        return list(
            session.scalars(
                select(Pipeline)
                .where(Pipeline.object_type_id == obj.id)
                .order_by(Pipeline.position)
            )
        )

    service_pipelines = pipelines(services)
    writer.set_fields(batch, ws, {
        "service_object_id": services.id,
        "service_csm_property_id": owner_of(services),
        "service_renewal_property_id": date_of(services),
        "services_default_pipeline_id": service_pipelines[0].id if service_pipelines else None,
    })  # fmt: skip
    position = 0
    for obj in [services, *revenue]:
        for p in pipelines(obj):
            writer.add(
                batch, WorkspacePipeline(workspace_id=ws.id, pipeline_id=p.id, position=position)
            )
            position += 1
    for i, obj in enumerate(revenue[:2]):
        obj_pipelines = pipelines(obj)
        writer.add(
            batch,
            WorkspaceRevenueObject(
                workspace_id=ws.id,
                object_type_id=obj.id,
                position=i,
                csm_property_id=owner_of(obj),
                renewal_property_id=date_of(obj),
                default_pipeline_id=obj_pipelines[0].id if obj_pipelines else None,
            ),
        )


def update_customer_settings(
    session: Session,
    viewer: Person,
    ws: Workspace,
    *,
    customer_object_id: uuid.UUID | None,
    csm_property_id: uuid.UUID | None,
    renewal_property_id: uuid.UUID | None,
) -> None:
    """SET-1/SET-3: which object is the customer, its CSM and renewal-date properties, in a
    workspace of the viewer's (SET-2)."""
    actor = permissions.actor_for(session, viewer, permissions.can_change_workspace_settings, ws)
    obj = session.get(ObjectType, customer_object_id) if customer_object_id else None
    if obj is None or (obj.key not in CUSTOMER_OBJECT_KEYS and not obj.is_custom):
        raise ValidationError(
            "customer_object",
            QT_TR_NOOP("Customers must be contacts, companies or a custom object."),
        )
    csm = session.get(PropertyDefinition, csm_property_id) if csm_property_id else None
    if csm is None or csm.object_type_id != obj.id or csm.type != PropertyType.USER:
        raise ValidationError(
            "csm_property", QT_TR_NOOP("Choose a user property of {objects}."), objects=obj.plural
        )
    if renewal_property_id is not None:
        renewal = session.get(PropertyDefinition, renewal_property_id)
        if renewal is None or renewal.object_type_id != obj.id or renewal.type != PropertyType.DATE:
            raise ValidationError(
                "renewal_property",
                QT_TR_NOOP("Choose a date property of {objects}."),
                objects=obj.plural,
            )
    values = {"csm_property_id": csm_property_id, "renewal_property_id": renewal_property_id}
    if ws.is_main:
        values = {"customer_object_id": obj.id, **values}
    elif ws.customer_object_id not in (None, obj.id):
        raise ValidationError(
            "customer_object",
            QT_TR_NOOP("Team workspaces use the main workspace's customer object."),
        )
    writer.set_fields(ChangeBatch(session, actor.id), ws, values)
    session.flush()


def active_users(session: Session) -> list[User]:
    """Everyone who can sign in, by name."""
    return list(
        session.scalars(
            select(User).where(User.is_active, User.deleted_at.is_(None)).order_by(User.name)
        )
    )


def user_names(session: Session) -> dict[uuid.UUID, str]:
    """Every user's name by id, deactivated ones too (old records still name them)."""
    return {uid: name for uid, name in session.execute(select(User.id, User.name))}


def replica_login(session: Session) -> str | None:
    """In a team server's replica, the PostgreSQL login it signs in with; None for a local
    workspace (docs/sync.md "Joining")."""
    from app.domain.sync.outbox import LOGIN

    return replica.fact(session, LOGIN) or None


def _login_user(session: Session, login: str) -> User | None:
    user = session.scalars(select(User).where(User.login == login)).first()
    if user is None or not user.is_active or user.deleted_at is not None:
        return None
    return user


def signed_in(session: Session) -> User | None:
    """Who is signed in on this database file, if anyone: in a replica the login's user
    (None when that person was removed), else the user chosen last on this laptop."""
    login = replica_login(session)
    if login is not None:
        return _login_user(session, login)
    value = replica.fact(session, SIGNED_IN_KEY)
    if not value:
        return None
    user = session.get(User, uuid.UUID(value))
    if user is None or not user.is_active or user.deleted_at is not None:
        return None
    return user


def default_viewer(session: Session) -> User | None:
    """Who is signed in: the remembered user, else the first seated super admin, else anyone.
    In a replica only the login's user, never anyone else.

    The choice is remembered, so the next start signs in the same person.
    """
    user = signed_in(session)
    if user is None and replica_login(session) is None:
        ranked = sorted(
            active_users(session), key=lambda u: (not u.is_super_admin, not u.has_service_seat)
        )
        user = ranked[0] if ranked else None
        if user is not None:
            set_signed_in(session, user)
    return user


def set_signed_in(session: Session, user: User) -> None:
    """Remember who is signed in, for the next start. In a replica the signed-in person is
    the login's and cannot be changed (PERM-6)."""
    login = replica_login(session)
    if login is not None and user.login != login:
        raise PermissionDenied(
            QT_TR_NOOP(
                "In a team workspace you are signed in with your own login ({login}); you cannot "
                "sign in as {name}."
            ),
            login=login,
            name=user.name,
        )
    replica.set_fact(session, SIGNED_IN_KEY, str(user.id))
