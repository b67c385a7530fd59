"""The Qt side's access to saved views (CUS-1, CUS-3, CUS-4): it owns the sessions and
returns plain snapshots, so widgets never hold ORM objects across transactions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.domain import permissions
from app.domain import saved_views as domain
from app.domain.preferences import get_preference, set_preference
from app.domain.record_query import RecordQuery
from app.domain.viewer import Viewer
from app.domain.workspace import csm_property, workspace_for
from app.models.changes import write
from app.models.i18n import view_words
from app.store import SavedView, Sharing, ViewTab
from app.store.engine import Database


@dataclass(frozen=True)
class ViewInfo:
    """A snapshot of one view, for the sidebar and the table."""

    id: uuid.UUID
    name: str
    sharing: Sharing
    builtin: str | None
    is_default: bool
    description: str
    owner_id: uuid.UUID | None
    object_type_id: uuid.UUID
    filters: list[Any]
    columns: list[str]
    sort: list[Any]
    column_widths: dict[str, int]

    @property
    def query(self) -> RecordQuery:
        """The view's records: its filters and saved sort."""
        key, direction = self.sort[0] if self.sort else ("name", "asc")
        return RecordQuery(
            self.object_type_id, filters=self.filters, sort_key=key,
            descending=direction == "desc",
        )  # fmt: skip


DEFAULT_COLUMNS = [
    "name", "csm_owner", "health_score", "health_status", "arr", "renewal_date", "nps",
    "last_activity_date",
]  # fmt: skip


class SavedViews:
    """The views of one tab for the viewer, and the CUS-4 actions on them."""

    def __init__(
        self,
        db: Database,
        viewer: Viewer,
        tab: ViewTab = ViewTab.CUSTOMERS,
        object_type_id: uuid.UUID | None = None,
    ) -> None:
        self.db = db
        self.viewer = viewer
        self.tab = tab
        # The Services and Revenue tabs list the views of the shown pipeline's object.
        self.object_type_id = object_type_id

    @property
    def supports_defaults(self) -> bool:
        """Default views are the Customers tab's (featured on the Summary, SUM-4)."""
        return self.tab == ViewTab.CUSTOMERS

    def _info(self, session: Any, view: SavedView) -> ViewInfo:
        # A pipeline tab's built-in views keep no columns: the tab shows its own defaults.
        default = DEFAULT_COLUMNS if self.tab == ViewTab.CUSTOMERS else []
        columns = list(view.columns or []) or default
        return ViewInfo(
            view.id, view_words(view.name, view.builtin), Sharing(view.sharing), view.builtin,
            view.is_default, view_words(view.description or "", view.builtin) or view.description,
            view.owner_id, view.object_type_id or uuid.UUID(int=0),
            domain.effective_filters(session, view), columns, list(view.sort or []),
            dict(view.column_widths or {}),
        )  # fmt: skip

    def views(self) -> list[ViewInfo]:
        """The views the viewer sees, in order (built-in ones are created if missing)."""

        def read(session: Session) -> list[ViewInfo]:
            ws = workspace_for(session, self.viewer)
            if not self.db.read_only and (
                self.tab == ViewTab.CUSTOMERS or self.object_type_id is not None
            ):
                domain.ensure_builtin_views(session, ws, self.tab, self.object_type_id)
            return [
                self._info(session, v)
                for v in domain.visible_views(session, self.viewer, ws, self.tab)
                if self.object_type_id is None or v.object_type_id == self.object_type_id
            ]

        if self.db.read_only:  # a read-only file (issue 11 item 2): the views it has
            with self.db.session() as session:
                return read(session)
        return write(self.db, read, self)

    def csm_key(self) -> str | None:
        """The key of the CSM property (the quick "CSM owner" filter uses it)."""
        with self.db.session() as session:
            prop = csm_property(session, workspace_for(session, self.viewer))
            return prop.key if prop else None

    def check_filters(self, object_type_id: uuid.UUID, filters: list[Any]) -> None:
        """Raise the domain's ValidationError when filters do not fit the object."""
        with self.db.session() as session:
            domain.validate_filters(session, self.viewer, object_type_id, filters)

    def column_widths(self, view: ViewInfo) -> dict[str, int]:
        """The viewer's own widths for a view's columns, else the view's saved ones."""
        with self.db.session() as session:
            mine = get_preference(session, self.viewer.id, f"column_widths:{view.id}", {})
        return {**view.column_widths, **mine}

    def remember_column_widths(self, view_id: uuid.UUID, widths: dict[str, int]) -> None:
        """Keep the viewer's column widths for a view (personal: their own only)."""
        if self.db.read_only:  # a read-only file remembers nothing (issue 11 item 2)
            return
        with self.db.session() as session, session.begin():
            set_preference(session, self.viewer, f"column_widths:{view_id}", widths)

    def may_share(self) -> permissions.Verdict:
        """PERM-5: may the viewer share with Everyone and set defaults?"""
        return permissions.can_share_with_everyone(self.viewer)

    def create(
        self, name: str, sharing: Sharing, *, make_default: bool = False, description: str = "",
        filters: list[Any] | None = None, columns: list[str] | None = None,
        sort: list[Any] | None = None,
    ) -> ViewInfo:  # fmt: skip
        """CUS-3 "+ Create view" (raises the domain's refusals)."""

        def create(session: Session) -> ViewInfo:
            view = domain.create_view(
                session, self.viewer, workspace_for(session, self.viewer),
                self.tab, name, sharing=sharing, object_type_id=self.object_type_id,
                filters=filters or [], columns=columns or DEFAULT_COLUMNS, sort=sort or [],
                make_default=make_default, description=description,
            )  # fmt: skip
            return self._info(session, view)

        return write(self.db, create, self)

    def _act(self, view_id: uuid.UUID, action: Any) -> None:
        def act(session: Session) -> None:
            action(session, self.viewer, domain.get_view(session, self.viewer, view_id))

        write(self.db, act, self)

    def edit(self, view_id: uuid.UUID, name: str, sharing: Sharing) -> None:
        """CUS-4 "Edit view"."""
        self._act(view_id, lambda s, a, v: domain.edit_view(s, a, v, name=name, sharing=sharing))

    def delete(self, view_id: uuid.UUID, confirmed: bool) -> None:
        """CUS-4 "Delete view" (needs the tick)."""
        self._act(view_id, lambda s, a, v: domain.delete_view(s, a, v, confirmed=confirmed))

    def set_default(self, view_id: uuid.UUID, description: str) -> None:
        """CUS-4 "Set as default"."""
        self._act(view_id, lambda s, a, v: domain.set_default(s, a, v, description))

    def remove_default(self, view_id: uuid.UUID) -> None:
        """CUS-4 "Remove as default"."""
        self._act(view_id, lambda s, a, v: domain.remove_default(s, a, v))

    def save_state(
        self, view_id: uuid.UUID, filters: list[Any], columns: list[str], sort: list[Any],
        column_widths: dict[str, int] | None = None,
    ) -> None:  # fmt: skip
        """CUS-3 "Save view"."""
        self._act(
            view_id,
            lambda s, a, v: domain.save_view_state(
                s, a, v, filters=filters, columns=columns, sort=sort, column_widths=column_widths
            ),
        )
