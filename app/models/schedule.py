"""The Schedule tab's model (SCH-1, SCH-2): which days are shown (day, week or month,
weekends hidden or not, the week starting on the locale's first day), in which time zone,
and the viewer's meetings and tasks over them, read in one short session per move.

It is a list model of the shown items, so any Qt view (and qtmodeltester) can read it;
the painted calendar reads the same `Event`s through `item()` and the layout module."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from sqlalchemy.orm import Session

from app.domain import schedule, task_bulk
from app.domain.schedule import ContactMet, Event, EventKind
from app.domain.viewer import Viewer
from app.domain.workspace import user_names
from app.domain.zones import zone_of
from app.models.changes import write
from app.models.latest import LatestRead
from app.models.schedule_layout import Span, by_day, shown_days, step

__all__ = ["IcsCancelled", "ScheduleModel", "Span", "first_weekday", "shown_days", "step"]
from app.store import ChangeSource
from app.store.engine import Database

if TYPE_CHECKING:
    from app.domain.icalendar_io import ImportReport

Index = QModelIndex | QPersistentModelIndex
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
START_ROLE = Qt.ItemDataRole.UserRole + 2
END_ROLE = Qt.ItemDataRole.UserRole + 3
ALL_DAY_ROLE = Qt.ItemDataRole.UserRole + 4
ID_ROLE = Qt.ItemDataRole.UserRole + 5


class IcsCancelled(Exception):
    """The user cancelled an iCalendar import or export: nothing was saved or written."""


def first_weekday(locale: QLocale) -> int:
    """The locale's first day of the week as `date.weekday()` (Monday 0)."""
    return locale.firstDayOfWeek().value - 1


@dataclass(frozen=True)
class Choice:
    """What the calendar is asked to show: the span holding `anchor`, in `zone`."""

    span: Span
    anchor: dt.date
    zone: ZoneInfo
    hide_weekends: bool
    meetings: bool
    tasks: bool


class ScheduleModel(QAbstractListModel):
    """The viewer's meetings and tasks on the shown days, in the chosen zone.

    With `background=True` (the Schedule tab) a move reads its items off the GUI thread
    (the busiest CSM's month is 20,000 items, a third of a second to read): what is shown
    stays until the new span's items arrive, then days, zone and items change together;
    `chosen` is what was asked for, `reading` whether it is still on its way. Otherwise
    (the Summary's day) every move reads at once."""

    changed = Signal()  # days, zone or items changed: views lay out again
    readingChanged = Signal(bool)  # a background read started (True) or was shown (False)

    def __init__(
        self, db: Database, viewer: Viewer, parent: QObject | None = None, *,
        span: Span = Span.WEEK, tasks: bool = True, background: bool = False,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.locale = QLocale(viewer.locale)
        self.home_zone = zone_of(viewer)
        self.week_start = first_weekday(self.locale)
        # What is shown (the views read these); `chosen` may be ahead while reading.
        self.zone = self.home_zone
        self.shown_span = span  # not `span`: that is QAbstractItemModel.span()
        self.hide_weekends = False
        self.show_meetings = True
        self.show_tasks = tasks
        self.anchor = self.today()
        self.chosen = Choice(span, self.anchor, self.zone, False, True, tasks)
        self._shown_choice = self.chosen  # what the attributes above show
        self._read = LatestRead(self) if background else None
        self.days: list[dt.date] = []
        self.events: list[Event] = []
        self._cells: dict[dt.date, list[int]] | None = None
        self._labels: dict[int, str] = {}
        # today's contacts (SCH-2) by (day, zone): the same whichever span is shown, read
        # again when the day or zone changes or `reload` says the data may have
        self._contacts: tuple[tuple[dt.date, str], list[ContactMet]] | None = None
        self.reload()

    # -- state ---------------------------------------------------------------------------
    def today(self) -> dt.date:
        """Today in the shown zone."""
        return dt.datetime.now(self.zone).date()

    def set_span(self, span: Span) -> None:
        """Day, week or month."""
        self._choose(span=Span(span))

    def set_anchor(self, day: dt.date) -> None:
        """Show the span holding `day`."""
        self._choose(anchor=day)

    def show_day(self, day: dt.date) -> None:
        """The day view of `day` (a day's heading, "+N more"), in one read."""
        self._choose(span=Span.DAY, anchor=day)

    def go(self, direction: int) -> None:
        """The previous (-1) or next (1) day, week or month (from the one asked for last,
        so three quick clicks move three weeks)."""
        self.set_anchor(step(self.chosen.span, self.chosen.anchor, direction))

    def go_today(self) -> None:
        """Back to today."""
        self.set_anchor(dt.datetime.now(self.chosen.zone).date())

    def set_zone(self, name: str) -> bool:
        """Show times in another zone (the events stay the same instants); False, and
        nothing changes, for a name that is no zone."""
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return False
        if zone.key != self.chosen.zone.key:  # the box says it twice (chosen, then left)
            self._choose(zone=zone)
        return True

    def set_hide_weekends(self, hide: bool) -> None:
        """Leave Saturdays and Sundays out of weeks and months."""
        self._choose(hide_weekends=hide)

    def set_kinds(self, meetings: bool, tasks: bool) -> None:
        """The legend's checkboxes: show meetings, tasks, or both."""
        self._choose(meetings=meetings, tasks=tasks)

    # -- reading -------------------------------------------------------------------------
    @property
    def reading(self) -> bool:
        """The items last asked for are still being read (what is shown is older)."""
        return self._read is not None and self._read.pending

    def reload(self) -> None:
        """Read the shown days' items (and today's contacts) again: the data changed (in
        the background, the read starts now and shows when done)."""
        self._contacts = None
        self._show()

    def _choose(self, **changes: Any) -> None:
        self.chosen = replace(self.chosen, **changes)
        self._show()

    def _show(self) -> None:
        """Read the items of the days now chosen (off the GUI thread when `background`),
        then show days, zone and items together."""
        choice = self.chosen
        hide = choice.hide_weekends and choice.span != Span.DAY
        days = shown_days(choice.span, choice.anchor, self.week_start, hide)
        if choice.span == Span.DAY and not days:
            days = [choice.anchor]
        db, viewer = self.db, self.viewer

        def read() -> list[Event]:
            if not days:
                return []
            with db.session() as session:
                return schedule.events_between(
                    session, viewer, days[0], days[-1], choice.zone,
                    meetings=choice.meetings, tasks=choice.tasks,
                )  # fmt: skip

        if self._read is None:
            self._apply(choice, days, read())
            return
        if not self.days:  # the first read: the days at once, their items when read
            self._apply(choice, days, [])

        def attempt() -> list[Event] | Exception:
            try:
                return read()
            except Exception as exc:  # shown on the GUI thread, after the model is whole
                return exc

        self._read.run(attempt, lambda got: self._arrived(choice, days, got))
        self.readingChanged.emit(True)

    def _arrived(self, choice: Choice, days: list[dt.date], got: list[Event] | Exception) -> None:
        if not isinstance(got, Exception):
            self._apply(choice, days, got)
            return
        # the read failed (a locked file, say): what is shown stays and is what is chosen
        # again (so the span menu and zone box follow `changed`), then the error is said
        self.chosen = self._shown_choice
        self.changed.emit()
        self.readingChanged.emit(False)
        raise got

    def _apply(self, choice: Choice, days: list[dt.date], events: list[Event]) -> None:
        self.beginResetModel()
        self._shown_choice = choice
        self.shown_span, self.anchor, self.zone = choice.span, choice.anchor, choice.zone
        self.hide_weekends = choice.hide_weekends
        self.show_meetings, self.show_tasks = choice.meetings, choice.tasks
        self.days, self.events = days, events
        self._cells, self._labels = None, {}
        self.endResetModel()
        self.changed.emit()
        if not self.reading:
            self.readingChanged.emit(False)

    def contacts_met_today(self) -> list[ContactMet]:
        """SCH-2: the contacts in the viewer's meetings today (in the shown zone)."""
        key = (self.today(), self.zone.key)
        if self._contacts is None or self._contacts[0] != key:
            with self.db.session() as session:
                met = schedule.contacts_met_on(session, self.viewer, key[0], self.zone)
            self._contacts = (key, met)
        return list(self._contacts[1])

    # -- writing (each one transaction) ---------------------------------------------------
    def set_task_done(self, task_id: uuid.UUID, done: bool) -> None:
        """SCH-3: mark a task complete or open again, then show the change."""
        action = task_bulk.BulkAction(
            task_bulk.BulkKind.COMPLETE if done else task_bulk.BulkKind.INCOMPLETE
        )
        write(self.db, lambda session: task_bulk.apply_batch(
            session, self.viewer, [task_id], action, self.home_zone,
            ChangeSource.USER,
        ), self)  # fmt: skip
        self.reload()

    def export_ics(
        self, path: Path, first: dt.date, last: dt.date, cancelled: Callable[[], bool]
    ) -> int:
        """DATA-4: write days `first`..`last` to an .ics file; how many items it holds.
        Runs in a worker thread; the file is written only when not cancelled."""
        with self.db.session() as session:
            from app.domain import icalendar_io  # icalendar: imported when a file is written

            data = icalendar_io.export_schedule(session, self.viewer, first, last, self.zone)
        if cancelled():
            raise IcsCancelled
        path.write_bytes(data)
        return data.count(b"BEGIN:VEVENT") + data.count(b"BEGIN:VTODO")

    def import_ics(self, path: Path, cancelled: Callable[[], bool]) -> ImportReport:
        """DATA-4: import an .ics file's meetings in one transaction, recurrences expanded
        over the shown days; times without a zone are the viewer's own (not the zone
        shown). Runs in a worker thread; a cancel rolls everything back."""
        data = path.read_bytes()
        first, last = self.days[0], self.days[-1]

        from app.domain import icalendar_io  # icalendar: imported when a file is read

        def run(session: Session) -> ImportReport:
            report = icalendar_io.import_ics(
                session, self.viewer, data, first, last, self.home_zone
            )
            if cancelled():
                raise IcsCancelled  # leaving the transaction rolls the import back
            return report

        return write(self.db, run, self)

    def user_names(self) -> dict[uuid.UUID, str]:
        """Every user's name by id (the preview panel shows owners by name)."""
        with self.db.session() as session:
            return user_names(session)

    def task_details(self, task_id: uuid.UUID) -> Event:
        """One task's summary, whether or not this model reads tasks."""
        with self.db.session() as session:
            return schedule.task_event(session, self.viewer, task_id)

    def details(self, row: int) -> Event:
        """The item on a row with its attendees and associated record (its summary)."""
        with self.db.session() as session:
            return schedule.with_details(session, self.events[row])

    def cells(self) -> dict[dt.date, list[int]]:
        """A month's day cells (`by_day`), laid out once per read, not once per paint."""
        if self._cells is None:
            self._cells = by_day(self.events, self.days, self.zone)
        return self._cells

    def chip_label(self, row: int) -> str:
        """An item's line in a month's cell: its title, after its time when it has one
        (made once per read: a month paints a hundred of them)."""
        label = self._labels.get(row)
        if label is None:
            event = self.events[row]
            label = event.title if event.all_day else f"{self.time_text(event.start)} {event.title}"
            self._labels[row] = label
        return label

    def item_tooltip(self, row: int) -> str:
        """What hovering an item shows: its whole title and when it is."""
        event = self.events[row]
        return f"{event.title}\n{self.describe_time(event)}"

    def item(self, row: int) -> Event:
        """The item on a row (not `event`: that is QObject's event handler)."""
        return self.events[row]

    def row_of_title(self, title: str) -> int | None:
        """The row of the first shown item with this title."""
        return next((i for i, e in enumerate(self.events) if e.title == title), None)

    def local(self, at: dt.datetime) -> dt.datetime:
        """An instant in the shown zone."""
        return at.astimezone(self.zone)

    def qdatetime(self, at: dt.datetime) -> QDateTime:
        """An instant as a QDateTime in the shown zone's wall time."""
        local = self.local(at)
        return QDateTime(
            QDate(local.year, local.month, local.day),
            QTime(local.hour, local.minute, local.second),
            QTimeZone(self.zone.key.encode()),
        )

    # -- the list model ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.events):
            return None
        event = self.events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return event.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe_time(event)
        if role == KIND_ROLE:
            return str(event.kind)
        if role == START_ROLE:
            return self.qdatetime(event.start)
        if role == END_ROLE:
            return self.qdatetime(event.end)
        if role == ALL_DAY_ROLE:
            return event.all_day
        if role == ID_ROLE:
            return str(event.id)
        return None

    # -- words ---------------------------------------------------------------------------
    def time_text(self, at: dt.datetime) -> str:
        """A time of day in the viewer's locale, in the shown zone."""
        local = self.local(at)
        return self.locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)

    def date_text(self, day: dt.date, fmt: str = "ddd d MMM") -> str:
        """A date in the viewer's locale."""
        return self.locale.toString(QDate(day.year, day.month, day.day), fmt)

    def describe_time(self, event: Event) -> str:
        """When an item is, as a person reads it: its day(s) and times in the shown zone."""
        if event.all_day and event.days is not None:
            first, last = event.days
            if first == last:
                return self.tr("{day} · all day").format(day=self.date_text(first))
            return self.tr("{first} – {last} · all day").format(
                first=self.date_text(first), last=self.date_text(last)
            )
        day = self.date_text(self.local(event.start).date())
        if event.kind == EventKind.TASK:
            return self.tr("{day} · due {time}").format(day=day, time=self.time_text(event.start))
        end_day = self.local(event.end).date()
        if end_day != self.local(event.start).date() and event.end != event.start:
            return f"{day} {self.time_text(event.start)} – {self.date_text(end_day)} " + (
                self.time_text(event.end)
            )
        return f"{day} · {self.time_text(event.start)} – {self.time_text(event.end)}"

    def range_text(self) -> str:
        """The heading: "Wednesday 25 November 2026", "23 – 29 Nov 2026", "November 2026"."""
        if not self.days:
            return ""
        if self.shown_span == Span.DAY:
            return self.date_text(self.anchor, "dddd d MMMM yyyy")
        if self.shown_span == Span.MONTH:
            return self.date_text(self.anchor, "MMMM yyyy")
        first, last = self.days[0], self.days[-1]
        if first.month == last.month:
            return f"{first.day} – {self.date_text(last, 'd MMM yyyy')}"
        if first.year == last.year:
            return f"{self.date_text(first, 'd MMM')} – {self.date_text(last, 'd MMM yyyy')}"
        return f"{self.date_text(first, 'd MMM yyyy')} – {self.date_text(last, 'd MMM yyyy')}"
