"""The Qt side's access to Settings → Health scores (HEALTH-1..6, PERM-3): the profiles as
a table model, reads in short sessions, and each change as one user action through the
change channel (`changes.write`). "Test a record" and "Preview distribution" score the
editor's current, unsaved draft (nothing is stored); the preview runs in a worker thread
with its own session."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy.orm import Session

from app.domain import permissions
from app.domain.enums import ViewTab
from app.domain.filters import FilterContext, operators_for
from app.domain.health import editing, preview, templates
from app.domain.health.profiles import ORDERED
from app.domain.health.scoring import CustomerScore
from app.domain.i18n import QT_TR_NOOP
from app.domain.permissions import Verdict
from app.domain.properties import PropertyInfo, load_properties
from app.domain.record_query import RecordQuery, page_values
from app.domain.saved_views import ASSIGNED_30_DAYS, OWNED_BY_ME, visible_views
from app.domain.viewer import Viewer
from app.domain.workspace import customer_object, user_names, workspace_for
from app.models.changes import Changes, write
from app.models.formatting import ValueFormatter
from app.models.health_scores import scoring_zone
from app.models.i18n import tr
from app.models.rows_table import RowsTableModel
from app.store import ProfileStatus, PropertyType
from app.store.engine import Database

Index = QModelIndex | QPersistentModelIndex
HEALTH_TABLES = ("health_profiles", "health_profile_segments", "health_groups", "health_rules")
# The scores themselves cannot be a rule's input (a score would read itself).
NOT_INPUTS = frozenset({"health_score", "health_status"})
# Built-in views whose customers depend on who looks ("Owned by me"): no segment.
VIEWER_RELATIVE = frozenset({OWNED_BY_ME, ASSIGNED_30_DAYS})


def concerns_profiles(changes: Changes) -> bool:
    """True when a committed action changed profiles (or the scores the list counts)."""
    return changes.touches(*HEALTH_TABLES, "health_scores", "saved_views")


@dataclass(frozen=True)
class EditorChoices:
    """What the profile editor offers: the customer object's properties a condition can
    read, the users (for user properties), and the saved customer views (segments)."""

    properties: tuple[PropertyInfo, ...]
    users: dict[uuid.UUID, str]
    views: tuple[tuple[uuid.UUID, str], ...]


class HealthSettings:
    """Health profiles of the viewer's workspace: read, change, test and preview."""

    def __init__(self, db: Database, viewer: Viewer) -> None:
        self.db = db
        self.viewer = viewer
        # The scoring zone's days, as stored scores count them (so Test a record equals
        # the stored score around midnight too).
        self.zone = scoring_zone(db)
        self.formatter = ValueFormatter(viewer.locale, viewer.time_zone, {})
        self.clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)

    def _read(self, read: Callable[[Session], Any]) -> Any:
        with self.db.session() as session:
            return read(session)

    def _write(self, fn: Callable[..., Any], *args: Any) -> Any:
        return write(self.db, lambda session: fn(session, self.viewer, *args), self)

    def verdict(self) -> Verdict:
        """May the viewer create or edit health profiles (HEALTH-6, PERM-3), with the reason
        if not (the domain refuses them too)."""
        if self.db.read_only:
            return Verdict(False, self.db.read_only)
        return permissions.can_edit_health_profiles(self.viewer)

    # ---- reads ------------------------------------------------------------------------------

    def profiles(self) -> list[editing.ProfileSummary]:
        """Live profiles first, then drafts, by name."""
        return self._read(editing.list_profiles)

    def draft(self, profile_id: uuid.UUID) -> editing.ProfileDraft:
        """A stored profile as the editor edits it."""
        return self._read(lambda s: editing.read_draft(s, profile_id))

    def templates(self) -> tuple[templates.Template, ...]:
        """The ready templates (and "blank")."""
        return templates.TEMPLATES

    def from_template(self, key: str) -> editing.ProfileDraft:
        """A new draft built from a template over this workspace's objects."""
        return self._read(templates.template(key).build)

    def choices(self) -> EditorChoices:
        """The properties, users and saved customer views the editor offers."""

        def read(session: Session) -> EditorChoices:
            customers = customer_object(session)
            props = [
                p
                for p in load_properties(session, customers.id).values()
                if p.key not in NOT_INPUTS and health_operators(p.type)
            ]
            props.sort(key=lambda p: p.label.lower())
            ws = workspace_for(session, self.viewer)
            views = [
                (v.id, v.name)
                for v in visible_views(session, self.viewer, ws, ViewTab.CUSTOMERS)
                if v.object_type_id in (None, customers.id) and v.builtin not in VIEWER_RELATIVE
            ]
            return EditorChoices(tuple(props), user_names(session), tuple(views))

        return self._read(read)

    def find_customers(self, text: str) -> list[tuple[uuid.UUID, str]]:
        """Up to 20 customers whose name or domain contains `text` (the merge dialog's and
        the association finder's search)."""

        def read(session: Session) -> list[tuple[uuid.UUID, str]]:
            customers = customer_object(session)
            props = load_properties(session, customers.id)
            now = dt.datetime.now(dt.UTC)
            ctx = FilterContext(self.viewer.id, now.astimezone(self.zone).date(), now)
            query = RecordQuery(customers.id, search=text)
            rows, _cursor = page_values(session, query, props, ctx, [props["name"]], limit=20)
            return [(rid, str(values[0] or "")) for rid, values in rows]

        return self._read(read)

    def check(self, draft: editing.ProfileDraft) -> None:
        """ValidationError at the field that does not fit (nothing is stored)."""
        self._read(lambda s: editing.check_draft(s, draft))

    def test_record(
        self, draft: editing.ProfileDraft, record_id: uuid.UUID
    ) -> CustomerScore | None:
        """The unsaved draft's score of one customer, rule by rule (None: it has no input
        for any group); ValidationError when the draft does not fit."""

        def read(session: Session) -> CustomerScore | None:
            editing.check_draft(session, draft)
            spec = editing.spec_of(draft)
            return editing.test_record(session, spec, record_id, self.clock(), self.zone)

        return self._read(read)

    def preview(
        self,
        draft: editing.ProfileDraft,
        progress: Callable[[str, float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> preview.Distribution | None:
        """How the unsaved draft's scores would spread over every customer (None when
        cancelled); runs in a worker thread (its own session). `progress(phase, fraction)`."""

        def counted(done: int, total: int) -> None:
            if progress is not None:
                progress("preview", done / total if total else 1.0)

        def read(session: Session) -> preview.Distribution | None:
            editing.check_draft(session, draft)
            try:
                return preview.preview_distribution(
                    session, editing.spec_of(draft), self.clock(), self.zone,
                    progress=counted, cancelled=cancelled,
                )  # fmt: skip
            except preview.PreviewCancelled:
                return None

        return self._read(read)

    # ---- changes (each one user action) -----------------------------------------------------

    def create(self, draft: editing.ProfileDraft) -> uuid.UUID:
        """A new draft profile; its id."""
        return self._write(editing.create_profile, draft)

    def save(self, profile_id: uuid.UUID, draft: editing.ProfileDraft) -> None:
        """Save a draft's fields, groups, rules and segments."""
        self._write(editing.save_profile, profile_id, draft)

    def edit_live(self, profile_id: uuid.UUID) -> uuid.UUID:
        """The draft a live profile is edited through (made on first edit)."""
        return self._write(editing.edit_live, profile_id)

    def publish(self, profile_id: uuid.UUID) -> uuid.UUID:
        """Make a draft live; the live profile's id."""
        return self._write(editing.publish, profile_id)

    def unpublish(self, profile_id: uuid.UUID) -> None:
        """A live profile back to a draft."""
        self._write(editing.unpublish, profile_id)

    def clone(self, profile_id: uuid.UUID) -> uuid.UUID:
        """A draft "Copy of …"; its id."""
        return self._write(editing.clone, profile_id)

    def delete(self, profile_id: uuid.UUID) -> None:
        """Delete a profile."""
        self._write(editing.delete_profile, profile_id)

    def set_default(self, profile_id: uuid.UUID) -> None:
        """The live profile for customers in no segment."""
        self._write(editing.set_default, profile_id)


def health_operators(kind: PropertyType) -> tuple[str, ...]:
    """The operators a health condition offers on a property: the filter editor's (without
    those that read who is asking), with "is at least" / "is at most" on numbers and dates
    and "is" / "is not" one option on a choice."""
    ops = [op for op in operators_for(kind) if op != "assigned_in_last_days"]
    if kind in ORDERED:
        at = ops.index("is") + 1 if "is" in ops else 0
        ops[at:at] = ["gte", "lte"]
    if kind == PropertyType.CHOICE:
        ops[0:0] = ["is", "is_not"]
    return tuple(ops)


OPERATOR_LABELS = {
    "gte": QT_TR_NOOP("is at least"), "lte": QT_TR_NOOP("is at most"), "is": QT_TR_NOOP("is"),
    "is_not": QT_TR_NOOP("is not"),
}  # fmt: skip


# ---- the list of profiles -------------------------------------------------------------------


class ProfileTableModel(RowsTableModel):
    """The profiles as rows: name, status, default, segments, groups, customers scored,
    last edited; `profile(row)` is the row's summary."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    HEADERS = (
        QT_TR_NOOP("Name"), QT_TR_NOOP("Status"), QT_TR_NOOP("Default"), QT_TR_NOOP("Segments"),
        QT_TR_NOOP("Groups"), QT_TR_NOOP("Customers scored"), QT_TR_NOOP("Last edited"),
    )  # fmt: skip

    def __init__(self, formatter: ValueFormatter, parent: Any = None) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self.rows: list[editing.ProfileSummary] = []

    def set_rows(self, rows: Sequence[editing.ProfileSummary]) -> None:
        """Show these profiles."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def profile(self, row: int) -> editing.ProfileSummary | None:
        """The summary shown on `row`."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, profile_id: uuid.UUID) -> int:
        """The row showing that profile (-1 if none)."""
        return next((i for i, p in enumerate(self.rows) if p.id == profile_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        p = self.rows[index.row()]
        col = index.column()
        if role == self.ID_ROLE:
            return str(p.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and p.description:
            return p.description
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, p: editing.ProfileSummary, col: int) -> str:
        loc = self.formatter.locale
        match col:
            case 0:
                return p.name
            case 1:
                if p.status == ProfileStatus.LIVE:
                    return tr("Live")
                return tr("Draft of a live profile") if p.draft_of_id else tr("Draft")
            case 2:
                return tr("Default") if p.is_default else ""
            case 3:
                return ", ".join(p.segment_names) or "—"
            case 4:
                return loc.toString(p.group_count)
            case 5:
                return loc.toString(p.scored) if p.status == ProfileStatus.LIVE else "—"
            case 6:
                at = p.updated_at if p.updated_at.tzinfo else p.updated_at.replace(tzinfo=dt.UTC)
                return self.formatter.datetime(at)
        return ""
