"""Saved views (CUS-1, CUS-3, CUS-4): built-in and custom views of a tab, who may create,
share, edit, delete them and set them as default (PERM-5), enforced here (PERM-6).

A built-in view ("Owned by me", "Assigned in the last 30 days") keeps no filters of its
own: they are derived from the workspace's CSM property when the view is read, so they
follow a change of that setting (SET-3).

The Actions tab's views (ACT-1) are views of the Tasks object: their filters are checked
against the task properties (`task_filters.py`). Its built-in views (Due today...) are not
rows but constants of `task_query.py`; only custom task views are stored here.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain import permissions, writer
from app.domain.errors import NotFound, ValidationError
from app.domain.filters import ME, FilterContext, compile_filters
from app.domain.history import ChangeBatch, SystemWork
from app.domain.i18n import QT_TR_NOOP
from app.domain.properties import load_properties
from app.domain.task_filters import TASKS_OBJECT_KEY, compile_task_filters, tasks_object
from app.domain.viewer import Person
from app.store import (
    ObjectType,
    PropertyDefinition,
    SavedView,
    Sharing,
    User,
    ViewTab,
    Workspace,
    WorkspaceRevenueObject,
    new_id,
    utcnow,
)

ENTITY = "saved_views"
MAX_DEFAULTS = 6  # SUM-4: at most six default customer views on the Summary
NAME_MAX = 200
OWNED_BY_ME, ASSIGNED_30_DAYS = "owned_by_me", "assigned_30_days"
ALL_RECORDS = "all_records"
# CUS-1's two default views, and every customer (not a default: no Summary card), so that
# customers without a CSM yet (just imported, say) are one click away (issue 12 item 8).
BUILTINS = (
    (OWNED_BY_ME, QT_TR_NOOP("Owned by me"), QT_TR_NOOP("Customers where you are the CSM.")),
    (
        ASSIGNED_30_DAYS,
        QT_TR_NOOP("Assigned in the last 30 days"),
        QT_TR_NOOP("Customers you became CSM of recently."),
    ),
    (ALL_RECORDS, QT_TR_NOOP("All customers"), QT_TR_NOOP("Every customer of the workspace.")),
)
PIPELINE_BUILTINS = (
    (ALL_RECORDS, QT_TR_NOOP("All records"), QT_TR_NOOP("Every record of the pipeline.")),
    (OWNED_BY_ME, QT_TR_NOOP("Owned by me"), QT_TR_NOOP("Records you own.")),
)


def csm_property_key(
    session: Session, workspace: Workspace, tab: ViewTab, object_type_id: uuid.UUID | None
) -> str | None:
    """The user property that says whose a record is, for a tab (SET-3, SET-4, SET-5): the
    customers' CSM property, the service object's or a revenue object's CSM property."""
    if tab == ViewTab.SERVICES:
        property_id = workspace.service_csm_property_id
    elif tab == ViewTab.REVENUE:
        property_id = session.scalar(
            select(WorkspaceRevenueObject.csm_property_id).where(
                WorkspaceRevenueObject.workspace_id == workspace.id,
                WorkspaceRevenueObject.object_type_id == object_type_id,
                WorkspaceRevenueObject.deleted_at.is_(None),
            )
        )
    else:
        property_id = workspace.csm_property_id
    prop = session.get(PropertyDefinition, property_id) if property_id else None
    return prop.key if prop is not None else None


def builtin_filters(
    session: Session,
    workspace: Workspace,
    builtin: str,
    tab: ViewTab = ViewTab.CUSTOMERS,
    object_type_id: uuid.UUID | None = None,
) -> list[Any]:
    """The filters of a built-in view under the workspace's current CSM property."""
    if builtin == ALL_RECORDS:
        return []
    key = csm_property_key(session, workspace, tab, object_type_id)
    if key is None:
        return [[{"property": "__no_csm_property__", "op": "is_known"}]]
    if builtin == OWNED_BY_ME:
        return [[{"property": key, "op": "is_any_of", "value": [ME]}]]
    return [[{"property": key, "op": "assigned_in_last_days", "value": 30}]]


def effective_filters(session: Session, view: SavedView) -> list[Any]:
    """What a view filters by: its own filters, or a built-in view's derived ones."""
    if view.builtin:
        workspace = session.get(Workspace, view.workspace_id)
        assert workspace is not None
        return builtin_filters(
            session, workspace, view.builtin, ViewTab(view.tab), view.object_type_id
        )
    return list(view.filters or [])


def ensure_builtin_views(
    session: Session,
    workspace: Workspace,
    tab: ViewTab = ViewTab.CUSTOMERS,
    object_type_id: uuid.UUID | None = None,
    batch: ChangeBatch | None = None,
) -> None:
    """Create a tab's built-in views once; a deleted one stays deleted (CUS-1). The
    Services and Revenue tabs have theirs per object ("All records", "Owned by me"); the
    Actions tab's are constants of `task_query`, never rows. Tend makes them (a system
    change) unless `batch` is the setup's."""
    if tab == ViewTab.ACTIONS:
        return
    object_type_id = object_type_id or workspace.customer_object_id
    query = select(SavedView.builtin).where(
        SavedView.workspace_id == workspace.id,
        SavedView.builtin.is_not(None),
        SavedView.tab == tab,
    )
    if tab != ViewTab.CUSTOMERS:  # the Customers tab's are the workspace's, whatever object
        query = query.where(SavedView.object_type_id == object_type_id)
    existing = set(session.scalars(query))
    batch = batch or ChangeBatch.system(session, SystemWork.BUILTIN_VIEWS)
    for position, (key, name, description) in enumerate(
        BUILTINS if tab == ViewTab.CUSTOMERS else PIPELINE_BUILTINS
    ):
        if key in existing:
            continue
        default = tab == ViewTab.CUSTOMERS and key != ALL_RECORDS
        writer.add(
            batch,
            SavedView(
                id=new_id(), workspace_id=workspace.id, tab=tab,
                object_type_id=object_type_id, name=name, builtin=key,
                sharing=Sharing.EVERYONE, is_default=default,
                description=description, position=position,
            ),
        )  # fmt: skip
    session.flush()


def visible_views(
    session: Session, viewer: Person, workspace: Workspace, tab: ViewTab
) -> list[SavedView]:
    """The views of a tab the viewer sees: shared ones and their own private ones, in order;
    PermissionDenied in a workspace that is not theirs (SET-2)."""
    permissions.in_workspace(session, viewer, workspace).require()
    return list(
        session.scalars(
            select(SavedView)
            .where(
                SavedView.workspace_id == workspace.id,
                SavedView.tab == tab,
                SavedView.deleted_at.is_(None),
                or_(SavedView.sharing == Sharing.EVERYONE, SavedView.owner_id == viewer.id),
            )
            .order_by(SavedView.position, SavedView.created_at)
        )
    )


def get_view(session: Session, viewer: Person, view_id: uuid.UUID) -> SavedView:
    """A live view the viewer may see, or NotFound."""
    view = session.get(SavedView, view_id)
    if view is None or view.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("That view no longer exists."))
    if view.sharing != Sharing.EVERYONE and view.owner_id != viewer.id:
        raise NotFound(QT_TR_NOOP("That view no longer exists."))
    return view


def _check_name(session: Session, workspace_id: uuid.UUID, tab: ViewTab, name: str,
                owner_id: uuid.UUID, exclude: uuid.UUID | None = None) -> str:  # fmt: skip
    name = name.strip()
    if not name:
        raise ValidationError("name", QT_TR_NOOP("Give the view a name."))
    if len(name) > NAME_MAX:
        raise ValidationError(
            "name", QT_TR_NOOP("A view name has at most {n} characters."), n=NAME_MAX
        )
    clash = select(SavedView.id).where(
        SavedView.workspace_id == workspace_id,
        SavedView.tab == tab,
        SavedView.deleted_at.is_(None),
        func.lower(SavedView.name) == name.lower(),
        or_(SavedView.sharing == Sharing.EVERYONE, SavedView.owner_id == owner_id),
    )
    if exclude is not None:
        clash = clash.where(SavedView.id != exclude)
    if session.scalar(clash) is not None:
        raise ValidationError(
            "name", QT_TR_NOOP("There is already a view called “{name}”."), name=name
        )
    return name


def validate_filters(
    session: Session, viewer: Person, object_type_id: uuid.UUID, filters: Sequence[Any]
) -> None:
    """Refuse filters that do not fit the object's properties (ValidationError); the Tasks
    object's are the task properties."""
    if not isinstance(filters, (list, tuple)) or any(
        not isinstance(g, (list, tuple)) or any(not isinstance(c, Mapping) for c in g)
        for g in filters
    ):
        raise ValidationError("filters", QT_TR_NOOP("Filters are groups of conditions."))
    now = utcnow()
    ctx = FilterContext(viewer.id, now.date(), now)
    obj = session.get(ObjectType, object_type_id)
    if obj is not None and obj.key == TASKS_OBJECT_KEY:
        compile_task_filters(filters, ctx, session)
        return
    compile_filters(filters, load_properties(session, object_type_id), ctx, session)


def _editor(session: Session, viewer: Person, view: SavedView) -> User:
    """The acting user, allowed to edit `view` in its workspace (CUS-4, PERM-5)."""
    return permissions.actor_for(
        session,
        viewer,
        lambda user: permissions.can_edit_view(user, view),
        _workspace(session, view),
    )


def _workspace(session: Session, view: SavedView) -> Workspace:
    ws = session.get(Workspace, view.workspace_id)
    if ws is None:
        raise NotFound(QT_TR_NOOP("That view's workspace no longer exists."))
    return ws


def _log(batch: ChangeBatch, view: SavedView, changes: dict[str, Any]) -> None:
    writer.set_fields(batch, view, changes)


def create_view(
    session: Session,
    viewer: Person,
    workspace: Workspace,
    tab: ViewTab,
    name: str,
    *,
    sharing: Sharing = Sharing.PRIVATE,
    object_type_id: uuid.UUID | None = None,
    filters: Sequence[Any] = (),
    columns: Sequence[str] = (),
    sort: Sequence[Any] = (),
    make_default: bool = False,
    description: str = "",
) -> SavedView:
    """CUS-3 "+ Create view": Everyone sharing and defaults need PERM-5. An Actions view
    (ACT-1) lists the Tasks object, whose properties its filters name."""
    actor = permissions.actor_for(session, viewer, permissions.can_create_views, workspace)
    if sharing == Sharing.EVERYONE:
        permissions.can_share_with_everyone(actor).require()
    if tab == ViewTab.ACTIONS:
        tasks_id = tasks_object(session).id
        if object_type_id not in (None, tasks_id):
            raise ValidationError("object", QT_TR_NOOP("A view of the Actions tab lists tasks."))
        object_type_id = tasks_id
    object_type_id = object_type_id or workspace.customer_object_id
    if object_type_id is None:
        raise ValidationError("object", QT_TR_NOOP("Choose what the view lists."))
    name = _check_name(session, workspace.id, tab, name, actor.id)
    validate_filters(session, actor, object_type_id, filters)
    if make_default:
        _check_default(session, actor, workspace.id, tab, sharing, description)
    position = session.scalar(
        select(func.coalesce(func.max(SavedView.position), -1) + 1).where(
            SavedView.workspace_id == workspace.id, SavedView.tab == tab
        )
    )
    view = SavedView(
        id=new_id(), workspace_id=workspace.id, tab=tab, object_type_id=object_type_id,
        name=name, owner_id=actor.id, sharing=sharing, is_default=make_default,
        description=description.strip() if make_default else "", position=position or 0,
        filters=list(filters), columns=list(columns), sort=list(sort),
    )  # fmt: skip
    writer.add(ChangeBatch(session, actor.id), view)
    session.flush()
    return view


def _check_default(session: Session, actor: User, workspace_id: uuid.UUID, tab: ViewTab,
                   sharing: Sharing, description: str) -> None:  # fmt: skip
    permissions.can_set_default_views(actor).require()
    if tab != ViewTab.CUSTOMERS:
        raise ValidationError(
            "default", QT_TR_NOOP("Default views are customer views: they feature on the Summary.")
        )
    if sharing != Sharing.EVERYONE:
        raise ValidationError(
            "sharing", QT_TR_NOOP("Only views shared with Everyone can be defaults on the Summary.")
        )
    if not description.strip():
        raise ValidationError("description", QT_TR_NOOP("Describe the view for its Summary card."))
    defaults = session.scalar(
        select(func.count())
        .select_from(SavedView)
        .where(
            SavedView.workspace_id == workspace_id,
            SavedView.tab == tab,
            SavedView.is_default,
            SavedView.deleted_at.is_(None),
        )
    )
    if (defaults or 0) >= MAX_DEFAULTS:
        raise ValidationError(
            "default",
            QT_TR_NOOP("The Summary shows at most {n} default views: remove one first."),
            n=MAX_DEFAULTS,
        )


def edit_view(
    session: Session, viewer: Person, view: SavedView, *, name: str | None = None,
    sharing: Sharing | None = None,
) -> None:  # fmt: skip
    """CUS-4 "Edit view": name and sharing."""
    actor = _editor(session, viewer, view)
    changes: dict[str, Any] = {}
    if name is not None:
        changes["name"] = _check_name(
            session, view.workspace_id, view.tab, name, actor.id, exclude=view.id
        )
    if sharing is not None and sharing != view.sharing:
        if Sharing.EVERYONE in (sharing, view.sharing):
            permissions.can_share_with_everyone(actor).require()
        changes["sharing"] = sharing
        if sharing == Sharing.PRIVATE:
            changes["is_default"] = False  # a private view cannot feature on everyone's Summary
            changes["owner_id"] = view.owner_id or actor.id
    _log(ChangeBatch(session, actor.id), view, changes)
    session.flush()


def save_view_state(
    session: Session, viewer: Person, view: SavedView, *, filters: Sequence[Any],
    columns: Sequence[str], sort: Sequence[Any], column_widths: dict[str, int] | None = None,
) -> None:  # fmt: skip
    """CUS-3 "Save view": keep the changed filters, columns and sort."""
    actor = _editor(session, viewer, view)
    validate_filters(session, actor, view.object_type_id or uuid.UUID(int=0), filters)
    changes: dict[str, Any] = {
        "filters": list(filters),
        "columns": list(columns),
        "sort": list(sort),
    }
    if column_widths is not None:
        changes["column_widths"] = dict(column_widths)
    _log(ChangeBatch(session, actor.id), view, changes)
    session.flush()


def set_default(session: Session, viewer: Person, view: SavedView, description: str) -> None:
    """CUS-4 "Set as default" (asks a description); PERM-5."""
    actor = permissions.actor_for(
        session, viewer, permissions.can_set_default_views, _workspace(session, view)
    )
    if not view.is_default:
        _check_default(session, actor, view.workspace_id, view.tab, view.sharing, description)
    else:
        permissions.can_set_default_views(actor).require()
        if not description.strip():
            raise ValidationError(
                "description", QT_TR_NOOP("Describe the view for its Summary card.")
            )
    _log(ChangeBatch(session, actor.id), view,
         {"is_default": True, "description": description.strip()})  # fmt: skip
    session.flush()


def remove_default(session: Session, viewer: Person, view: SavedView) -> None:
    """CUS-4 "Remove as default"; PERM-5."""
    actor = permissions.actor_for(
        session, viewer, permissions.can_set_default_views, _workspace(session, view)
    )
    _log(ChangeBatch(session, actor.id), view, {"is_default": False})
    session.flush()


def delete_view(session: Session, viewer: Person, view: SavedView, *, confirmed: bool) -> None:
    """CUS-4 "Delete view": needs the "I'm sure" tick; built-in views can be deleted too."""
    actor = permissions.actor_for(
        session, viewer, lambda user: permissions.can_delete_view(user, view),
        _workspace(session, view),
    )  # fmt: skip
    if not confirmed:
        raise ValidationError(
            "confirm", QT_TR_NOOP("Tick “I'm sure I want to delete this view” first.")
        )
    writer.tombstone(ChangeBatch(session, actor.id), view)
    session.flush()
