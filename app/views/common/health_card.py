"""A customer's health card on the preview panel and the record page (HEALTH-4, issue 13
item 5): the score in large, its status as a coloured pill, the trend over the last twelve
months, and the latest changes with the rules that moved them. A customer without a score
says so and why. It reads again when scores are stored (the change channel)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.health.card import HealthCard, RuleMove, ScoreChange, Unscored
from app.models.formatting import ValueFormatter
from app.models.health import HealthReader, concerns_health
from app.views.common.charts import TrendChart
from app.views.common.health_pill import StatusPill
from app.views.common.stale import StaleWatcher
from app.views.palette import BAND_COLOURS


class HealthCardWidget(QFrame):
    """The health card of the customer shown (hidden for records of other objects)."""

    def __init__(
        self, reader: HealthReader, formatter: ValueFormatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="Card")
        self.reader = reader
        self.formatter = formatter
        self.record_id: uuid.UUID | None = None
        self.card: HealthCard | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Health"), objectName="CardTitle"))
        head.addStretch(1)
        self.profile = QLabel(objectName="Muted")
        head.addWidget(self.profile)
        layout.addLayout(head)
        line = QHBoxLayout()
        line.setSpacing(10)
        self.score = QLabel(objectName="HealthScore")
        self.score.setStyleSheet("font-size: 30px; font-weight: 600;")
        self.score.setAccessibleName(self.tr("Health score"))
        line.addWidget(self.score)
        self.pill = StatusPill()
        line.addWidget(self.pill, 0, Qt.AlignmentFlag.AlignVCenter)
        self.computed = QLabel(objectName="Muted")
        # Wraps in a narrow panel rather than widen the card past it.
        self.computed.setWordWrap(True)
        self.computed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        line.addWidget(self.computed, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(line)
        self.why = QLabel(objectName="Muted")
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        self.trend = TrendChart()
        self.trend.setLocale(formatter.locale)
        self.trend.setMinimumHeight(130)
        self.trend.setMaximumHeight(160)
        layout.addWidget(self.trend)
        self.moved_title = QLabel(self.tr("What moved it"), objectName="Muted")
        layout.addWidget(self.moved_title)
        self.moves = QLabel()
        self.moves.setWordWrap(True)
        self.moves.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.moves)
        self.hide()
        StaleWatcher(self, reader.db, concerns_health, self.reload)

    def show_record(self, record_id: uuid.UUID | None) -> None:
        """Show the card of this record (hidden when it is not a customer, or None)."""
        self.record_id = record_id
        self.card = self.reader.card(record_id) if record_id is not None else None
        self._fill()

    def reload(self) -> None:
        """Read the card again (scores were stored)."""
        self.show_record(self.record_id)

    def _fill(self) -> None:
        card = self.card
        if card is None:
            self.hide()
            return
        if card.score is None or card.category is None:
            self._fill_unscored(card)
        else:
            self._fill_scored(card)
        self.show()

    def _fill_unscored(self, card: HealthCard) -> None:
        self.score.setText(self.tr("Not scored yet"))
        self.score.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.pill.hide()
        self.computed.clear()
        self.profile.setText(card.profile_name or "")
        if card.unscored == Unscored.NO_PROFILE:
            why = self.tr("No live health profile: publish one in Settings → Health scores.")
        else:
            why = self.tr("None of the profile's rules has an input for this customer yet.")
        self.why.setText(why)
        self.why.show()
        for widget in (self.trend, self.moved_title, self.moves):
            widget.hide()

    def _fill_scored(self, card: HealthCard) -> None:
        assert card.score is not None and card.category is not None
        self.score.setText(self.formatter.locale.toString(card.score))
        self.score.setStyleSheet(
            f"font-size: 30px; font-weight: 600; color: {BAND_COLOURS[card.category].name()};"
        )
        self.pill.set_status(str(card.category))
        self.pill.show()
        self.profile.setText(card.profile_name or "")
        self.computed.setText(
            self.tr("Updated {at}").format(at=self.formatter.datetime(card.computed_at))
            if card.computed_at
            else ""
        )
        self.why.hide()
        self.trend.set_points(list(card.trend), card.at_risk_max, card.neutral_max, steps=True)
        self.trend.show()
        self.moves.setText(self.moves_html(card.changes))
        self.moved_title.setVisible(bool(card.changes))
        self.moves.setVisible(bool(card.changes))

    def _day(self, change: ScoreChange) -> str:
        day = change.day
        return self.formatter.locale.toString(QDate(day.year, day.month, day.day), "d MMM")

    def change_lines(self, change: ScoreChange) -> list[str]:
        """A change as plain lines: "12 Nov · 72 → 64", then one per rule that moved it."""
        number = self.formatter.locale.toString
        if change.previous is None and not change.moves:
            head = self.tr("{day} · first scored {score}").format(
                day=self._day(change), score=number(change.score)
            )
        elif change.previous is None:
            head = f"{self._day(change)} · {number(change.score)}"
        else:
            head = f"{self._day(change)} · {number(change.previous)} → {number(change.score)}"
        return [head, *(self.move_text(move) for move in change.moves)]

    def move_text(self, move: RuleMove) -> str:
        """ "Meetings in the last 30 days 0 → 20" (points before and after)."""
        number = self.formatter.locale.toString
        before = "0" if move.before is None else number(move.before)
        return f"{move.rule or move.group} {before} → {number(move.after)}"

    def moves_html(self, changes: tuple[ScoreChange, ...]) -> str:
        """The latest changes, each with its rules indented under it."""
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        blocks = []
        for change in changes:
            head, *moves = (_escape(line) for line in self.change_lines(change))
            colour = BAND_COLOURS[change.category].name()
            lines = [f"<span style='color:{colour}'>●</span> <b>{head}</b>"]
            lines += [
                f"&nbsp;&nbsp;&nbsp;&nbsp;<span style='color:{muted}'>{move}</span>"
                for move in moves
            ]
            blocks.append("<br>".join(lines))
        return "<br>".join(blocks)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
