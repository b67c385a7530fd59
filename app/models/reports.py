"""A report for the window (issue 15 items 1-2, SUM-7, DASH-2): computed off the GUI thread
(`LatestRead`: the newest request wins), computed again when the change channel says its
object's records, its stages, people or properties changed (nothing stale), and its
values formatted in the viewer's locale (a currency in its units, digits grouped)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal
from sqlalchemy.orm import Session

from app.domain.errors import DomainError
from app.domain.filters import FilterContext
from app.domain.record_query import RecordQuery
from app.domain.reports import (
    Group,
    Measure,
    ReportResult,
    ReportSpec,
    compute,
    drill_down,
    gallery,
    pin,
    pinned,
    records_tab,
    save_report,
    unpin,
)
from app.domain.viewer import Viewer
from app.domain.workspace import customer_object
from app.domain.zones import zone_of
from app.models.changes import Changes, channel_for, write
from app.models.formatting import ValueFormatter
from app.models.latest import LatestRead
from app.store import PropertyType, ViewTab
from app.store.engine import Database

# Tables whose change can move a report's figures or names besides its object's records.
NAMES = ("stages", "users", "property_definitions", "property_options", "records")


def report_context(viewer: Viewer) -> FilterContext:
    """The viewer and now in the viewer's zone (a date-and-time grouped by their day)."""
    now = dt.datetime.now(zone_of(viewer))
    return FilterContext(viewer.id, now.date(), now)


class ReportModel(QObject):
    """One report's result for one viewer, kept fresh."""

    resultChanged = Signal(object)  # ReportResult
    failed = Signal(str)  # why the report cannot be computed (a property deleted...)

    def __init__(
        self, db: Database, viewer: Viewer, spec: ReportSpec, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.viewer, self.spec = db, viewer, spec
        self.result: ReportResult | None = None
        self.records_tab: ViewTab | None = None  # where a click opens its records (if any)
        self.error = ""
        self._read = LatestRead(self)
        self._formatter = ValueFormatter(viewer.locale, viewer.time_zone, {})
        channel_for(db).changed.connect(self._changed)

    @property
    def computing(self) -> bool:
        return self._read.pending

    def refresh(self) -> None:
        """Compute again, off the GUI thread; `resultChanged` or `failed` follows."""
        self._read.run(self._compute, self._show)

    def _compute(self) -> tuple[ReportResult, ViewTab | None] | str:
        try:
            with self.db.session() as session:
                result = compute(session, self.spec, report_context(self.viewer))
                return result, records_tab(session, self.viewer, self.spec.object_type_id)
        except DomainError as exc:
            return exc.user_message

    def _show(self, outcome: tuple[ReportResult, ViewTab | None] | str) -> None:
        if isinstance(outcome, str):
            self.result, self.error = None, outcome
            self.failed.emit(outcome)
            return
        (self.result, self.records_tab), self.error = outcome, ""
        self.resultChanged.emit(self.result)

    def _changed(self, changes: Changes) -> None:
        touched = changes.touched
        if not touched.touches(*NAMES):
            return
        if (
            touched.tables == frozenset({"records"})
            and touched.object_type_ids
            and self.spec.object_type_id not in touched.object_type_ids
        ):
            return  # another object's records: this report's figures are the same
        self.refresh()

    def value_text(self) -> Callable[[float | None], str]:
        """How the report's values read: money in its currency, other figures as numbers
        in the viewer's locale (an average with one decimal)."""
        result = self.result
        prop = result.measure_prop if result is not None else None
        locale: QLocale = self._formatter.locale
        if prop is not None and prop.type == PropertyType.CURRENCY:
            currency = prop.currency
            return lambda v: "–" if v is None else self._formatter.money(round(v), currency)
        decimals = 1 if self.spec.measure == Measure.AVERAGE else 0
        return lambda v: "–" if v is None else locale.toString(float(v), "f", decimals)

    def records_of(self, group: Group) -> RecordQuery:
        """The records behind a bar, slice or row, as their tab lists them."""
        return drill_down(self.spec, group)


def tab_of_records(db: Database, viewer: Viewer, object_type_id: uuid.UUID) -> ViewTab | None:
    """The tab that lists an object's records (a report's click opens them there)."""
    with db.session() as session:
        return records_tab(session, viewer, object_type_id)


# ---- the Summary's reports (SUM-7) -------------------------------------------------------


def pinned_reports(db: Database, viewer: Viewer) -> list[tuple[uuid.UUID, str, ReportSpec]]:
    """The reports on the viewer's Summary, in order."""
    with db.session() as session:
        return pinned(session, viewer)


def gallery_reports(db: Database) -> list[tuple[str, ReportSpec]]:
    """The ready reports this workspace can show."""
    with db.session() as session:
        return gallery(session)


def customer_object_id(db: Database) -> uuid.UUID | None:
    """The customer object: its reports' records open on the Customers tab."""
    with db.session() as session:
        found = customer_object(session)
        return found.id if found is not None else None


def add_report(db: Database, viewer: Viewer, name: str, spec: ReportSpec) -> uuid.UUID:
    """ "+ Add report": the report kept and put last on the viewer's Summary."""

    def action(session: Session) -> uuid.UUID:
        report_id = save_report(session, viewer, name, spec)
        pin(session, viewer, report_id)
        return report_id

    return write(db, action)


def remove_report(db: Database, viewer: Viewer, report_id: uuid.UUID) -> None:
    """Take a report off the viewer's Summary."""
    write(db, lambda session: unpin(session, viewer, report_id))
