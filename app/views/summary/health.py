"""The Summary's "Customer health" card (SUM-6): the average score, the share of At risk /
Neutral / Healthy customers with "[N] customers" opening Customers on that band, a profile
menu when several live profiles exist, the distribution and the average over twelve
months. Its figures aggregate every customer's score and a year of history, so they are
read off the GUI thread (`LatestRead`: the latest profile asked for wins)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import permissions
from app.domain.health.summary import HealthCategory, Scope
from app.domain.viewer import Viewer
from app.models import Database
from app.models.latest import LatestRead
from app.models.summary import HealthView, concerns_health, load_health
from app.views.common.stale import StaleWatcher
from app.views.palette import BAND_COLOURS, band_label

BANDS = (HealthCategory.AT_RISK, HealthCategory.NEUTRAL, HealthCategory.HEALTHY)


class HealthSummaryCard(QFrame):
    """The health summary of the viewer's customers under one live profile."""

    # "[N] customers": (the viewer's book?, the band, the profile to keep or None, its name)
    bandOpened = Signal(bool, str, object, str)

    def __init__(
        self,
        db: Database,
        viewer: Viewer,
        set_up: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="Card")
        self.db = db
        self.viewer = viewer
        self.viewer_locale = QLocale(viewer.locale)
        self.set_up = set_up  # opens Settings → Health scores (None: not offered)
        self.profile_id: uuid.UUID | None = None
        self.shown: HealthView | None = None
        self._reader = LatestRead(self)
        self.setAccessibleName(self.tr("Customer health"))
        body = QVBoxLayout(self)
        body.setContentsMargins(16, 14, 16, 14)
        body.setSpacing(8)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = QLabel(self.tr("Customer health"), objectName="CardTitle")
        self.subtitle = QLabel(objectName="Muted")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.profile_menu = QComboBox()
        self.profile_menu.setAccessibleName(self.tr("Health profile"))
        self.profile_menu.setToolTip(self.tr("The health profile shown"))
        self.profile_menu.hide()
        self.profile_menu.activated.connect(self._profile_chosen)
        head.addWidget(self.profile_menu, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(head)
        self.stack = QStackedWidget()
        body.addWidget(self.stack)
        self.loading = QLabel(self.tr("Reading health scores…"), objectName="Muted")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setMinimumHeight(60)
        self.stack.addWidget(self.loading)
        # The figures (two charts) are made when the first figures arrive: the Summary's
        # first frame shows "Reading health scores…" without paying for them.
        self.figures: QWidget | None = None
        self.stack.addWidget(QWidget())
        self.stack.addWidget(self._none_set_up())
        StaleWatcher(self, db, concerns_health, self.reload)
        self.reload()

    # -- the three faces: reading, the figures, nothing set up --------------------------
    def _figures(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(20)
        stats = QVBoxLayout()
        stats.setSpacing(2)
        self.average = QLabel(objectName="HealthAverage")
        self.average.setAccessibleName(self.tr("Average score"))
        stats.addWidget(self.average)
        stats.addWidget(QLabel(self.tr("average score"), objectName="Muted"))
        stats.addSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.band_shares: dict[HealthCategory, QLabel] = {}
        self.band_links: dict[HealthCategory, QPushButton] = {}
        for i, band in enumerate(BANDS):
            dot = QLabel("●")
            dot.setStyleSheet(f"color: {BAND_COLOURS[band.value].name()};")
            name = QLabel(band_label(band.value))
            share = QLabel(objectName="Muted")
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            link = QPushButton(objectName="LinkButton")
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.clicked.connect(lambda _=False, b=band: self._open_band(b))
            grid.addWidget(dot, i, 0)
            grid.addWidget(name, i, 1)
            grid.addWidget(share, i, 2)
            grid.addWidget(link, i, 3, Qt.AlignmentFlag.AlignLeft)
            self.band_shares[band] = share
            self.band_links[band] = link
        grid.setColumnStretch(4, 1)
        stats.addLayout(grid)
        stats.addStretch(1)
        row.addLayout(stats, 0)
        from app.views.common.charts import HistogramChart, TrendChart  # pyqtgraph: not at start

        self.histogram = HistogramChart()
        # Every 20 points: the card can be narrow (beside the preview panel at 1024 px).
        ticks = [(v, str(v)) for v in range(0, 101, 20)]
        self.histogram.plot.getAxis("bottom").setTicks([ticks])
        self.trend = TrendChart()
        for chart, title in (
            (self.histogram, self.tr("Distribution")),
            (self.trend, self.tr("Average over 12 months")),
        ):
            chart.setMinimumSize(170, 170)
            chart.setMaximumHeight(230)  # the day's cards below stay in sight
            chart.setAccessibleName(title)
            box = QVBoxLayout()
            box.setSpacing(4)
            box.addWidget(QLabel(title, objectName="Muted"))
            box.addWidget(chart, 1)
            row.addLayout(box, 1)
        return page

    def _none_set_up(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        text = QLabel(
            self.tr(
                "No health score is set up yet. A health score shows at a glance which "
                "customers need attention, from their data and your team's activity."
            ),
            objectName="Muted",
        )
        text.setWordWrap(True)
        box.addWidget(text)
        self.set_up_button: QPushButton | None = None
        set_up = self.set_up
        if set_up is not None and permissions.can_edit_health_profiles(self.viewer):
            self.set_up_button = QPushButton(self.tr("Set up health scores"))
            self.set_up_button.clicked.connect(lambda _=False: set_up())
            box.addWidget(self.set_up_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        return page

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the figures again off the GUI thread (the shown ones stay until then)."""
        if self.shown is None:
            self.stack.setCurrentWidget(self.loading)
        db, viewer, profile_id = self.db, self.viewer, self.profile_id
        self._reader.run(lambda: load_health(db, viewer, profile_id), self._show)

    @property
    def pending(self) -> bool:
        """A read was asked for and is not shown yet."""
        return self._reader.pending

    def _profile_chosen(self, index: int) -> None:
        chosen = self.profile_menu.itemData(index)
        self.profile_id = uuid.UUID(chosen) if chosen else None
        self.reload()

    def _show(self, view: HealthView) -> None:
        self.shown = view
        summary = view.summary
        self._fill_profiles(view)
        if summary.profile is None:
            self.subtitle.setText("")
            self.stack.setCurrentIndex(2)
            return
        if self.figures is None:
            placeholder = self.stack.widget(1)
            assert placeholder is not None
            self.figures = self._figures()
            self.stack.insertWidget(1, self.figures)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        n = self.viewer_locale.toString(summary.customers)
        scope = (
            self.tr("Your {n} customers") if summary.scope == Scope.BOOK else
            self.tr("All {n} customers")
        ).format(n=n)  # fmt: skip
        if summary.scored != summary.customers:
            scope += " · " + self.tr("{m} scored by {profile}").format(
                m=self.viewer_locale.toString(summary.scored), profile=summary.profile.name
            )
        self.subtitle.setText(scope)
        self.average.setText(
            "–"
            if summary.average is None
            else self.viewer_locale.toString(int(summary.average + 0.5))  # 42.5 shows 43
        )
        for band in BANDS:
            count = summary.by_category.get(band, 0)
            share = round(100 * summary.share(band))
            self.band_shares[band].setText(self.tr("{p} %").format(p=share))
            link = self.band_links[band]
            link.setText(
                self.tr("1 customer") if count == 1 else self.tr("%Ln customers", "", count)
            )
            link.setAccessibleName(
                self.tr("{band}: {n} customers, open in Customers").format(
                    band=band_label(band.value), n=count
                )
            )
            link.setEnabled(count > 0)
        thresholds = (summary.profile.at_risk_max, summary.profile.neutral_max)
        self.histogram.set_counts(summary.histogram, *thresholds)
        self.trend.set_points(view.trend, *thresholds)
        self.stack.setCurrentIndex(1)

    def _fill_profiles(self, view: HealthView) -> None:
        profiles = view.summary.profiles
        current = view.summary.profile
        self.profile_menu.blockSignals(True)
        self.profile_menu.clear()
        for profile in profiles:
            self.profile_menu.addItem(profile.name, str(profile.id))
        if current is not None:
            self.profile_menu.setCurrentIndex(self.profile_menu.findData(str(current.id)))
            self.profile_id = current.id
        self.profile_menu.blockSignals(False)
        self.profile_menu.setVisible(len(profiles) > 1)

    def _open_band(self, band: HealthCategory) -> None:
        if self.shown is None or self.shown.summary.profile is None:
            return
        summary = self.shown.summary
        profile = summary.profile
        assert profile is not None
        several = len(summary.profiles) > 1
        self.bandOpened.emit(
            summary.scope == Scope.BOOK,
            band.value,
            profile.id if several else None,
            profile.name,
        )
