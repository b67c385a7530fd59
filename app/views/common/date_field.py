"""Date and time fields that accept what Tend shows (DESIGN "What a user sees", UX-3,
UX-5): a date typed in the viewer's locale short form (as the tables show it) or ISO,
with a calendar button; a time in 12- or 24-hour form; both side by side for a date and
time. The fields hold text; the domain reads it (`app/domain/date_input.py`) and names
what it cannot read, shown beside the field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import date_input
from app.models.formatting import ValueFormatter
from app.views.resources import icon


class CalendarPopup(QFrame):
    """A month calendar under its field; a click or Enter picks the day, Esc closes."""

    picked = Signal(object)  # dt.date

    def __init__(self, parent: QWidget, first_day: Qt.DayOfWeek) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setFirstDayOfWeek(first_day)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName(self.tr("Pick a date"))
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(dt.date(day.year(), day.month(), day.day()))
        self.close()


class DateField(QLineEdit):
    """A date typed as the viewer reads dates, or picked from the calendar button at its
    end (a QLineEdit: Enter, text() and typing work as in any line)."""

    def __init__(
        self, formatter: ValueFormatter, value: dt.date | None = None, name: str = ""
    ) -> None:
        hint = date_input.date_hint_message(formatter.locale_name).translated()
        super().__init__(placeholderText=hint)
        self.formatter = formatter
        self.setAccessibleName(name or self.tr("Date"))
        self.setToolTip(self.tr("A date such as {example}").format(example=hint))
        self.pick_action = self.addAction(
            icon("calendar"), QLineEdit.ActionPosition.TrailingPosition
        )
        self.pick_action.setToolTip(self.tr("Pick a date from a calendar"))
        self.pick_action.setText(self.tr("Pick {name} from a calendar").format(name=name))
        self.pick_action.triggered.connect(self.open_calendar)
        self.popup: CalendarPopup | None = None
        self.set_date(value)

    def use_short_hint(self) -> None:
        """Show only the locale's example where the field is narrow (ISO is in the tooltip)."""
        self.setPlaceholderText(date_input.date_hint(self.formatter.locale_name).split(" or ")[0])

    def set_date(self, day: dt.date | None) -> None:
        """Show `day` as the tables do (empty for None)."""
        self.setText(self.formatter.date(day) if day else "")

    def typed_date(self) -> dt.date | None:
        """The date the text reads as, or None when it reads as none."""
        try:
            return date_input.parse_date(self.text(), self.formatter.locale_name)
        except date_input.DateInputError:
            return None

    def open_calendar(self) -> None:
        """The calendar under the field, on the typed date (else today)."""
        self.popup = CalendarPopup(self, self.formatter.locale.firstDayOfWeek())
        self.popup.calendar.setLocale(self.formatter.locale)
        day = self.typed_date() or dt.date.today()
        self.popup.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.popup.picked.connect(self._picked)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.calendar.setFocus()

    def _picked(self, day: dt.date) -> None:
        self.set_date(day)
        self.setFocus()


class TimeField(QLineEdit):
    """A time typed in 12-hour (3:30 PM, 3pm) or 24-hour (15:30) form."""

    def __init__(
        self, formatter: ValueFormatter, value: dt.time | None = None, name: str = ""
    ) -> None:
        # The locale's own form shows; the tooltip (and a refusal) names both.
        super().__init__(
            placeholderText=date_input.time_hint(formatter.locale_name).split(" or ")[0]
        )
        self.formatter = formatter
        self.setAccessibleName(name or self.tr("Time"))
        self.setToolTip(self.tr("A time such as 3:30 PM, 3pm or 15:30"))
        self.set_time(value)

    def set_time(self, at: dt.time | None) -> None:
        """Show `at` in the locale's short time form (empty for None)."""
        self.setText(self.formatter.time(at) if at else "")


class DateTimeField(QWidget):
    """A date field and a time field, read together in the viewer's zone."""

    def __init__(
        self, formatter: ValueFormatter, value: dt.datetime | None = None, name: str = ""
    ) -> None:
        super().__init__()
        local = value.astimezone(formatter.zone) if value else None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.date = DateField(formatter, local.date() if local else None, name)
        self.time = TimeField(
            formatter, local.time() if local else None, self.tr("{name} time").format(name=name)
        )
        self.date.use_short_hint()  # two fields share the width
        row.addWidget(self.date, 3)
        row.addWidget(self.time, 2)
        self.setFocusProxy(self.date)

    def text(self) -> str:
        """The date and the time as typed, as one text the domain reads (empty: none)."""
        return " ".join(t for t in (self.date.text().strip(), self.time.text().strip()) if t)
