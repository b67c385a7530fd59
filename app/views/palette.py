"""The colours Tend paints with beyond the widget palette (UX-4): the health bands and the
series of a chart, in one place. Everything else a painted surface uses comes from the
widget's `QPalette` (text, base, highlight, placeholder text), so it follows the system's
light and dark themes. No chart library here: the Summary's first paint imports this, not
pyqtgraph."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

AT_RISK, NEUTRAL, HEALTHY = "at_risk", "neutral", "healthy"
# Muted enough for a light card, bright enough for a dark one.
BAND_COLOURS: dict[str, QColor] = {
    AT_RISK: QColor("#d0564b"),
    NEUTRAL: QColor("#d39b2a"),
    HEALTHY: QColor("#3c9a5f"),
}
BAND_ORDER = (AT_RISK, NEUTRAL, HEALTHY)
# A chart's groups, in order (slices of a donut, series of a stacked bar); a health status
# keeps its band's colour instead.
SERIES = ("#3b82c4", "#e0884a", "#4fa37a", "#9a6cc2", "#d2b440", "#5bb5c9", "#c4677e", "#7c8a99")


def band_colour(status: str) -> QColor:
    """The colour of a health status ("at_risk", "neutral", "healthy")."""
    return QColor(BAND_COLOURS[status])


def band_of(score: float, at_risk_max: int, neutral_max: int) -> str:
    """The band a score falls in under the given thresholds."""
    if score <= at_risk_max:
        return AT_RISK
    return NEUTRAL if score <= neutral_max else HEALTHY


def band_label(status: str) -> str:
    """A status as the user reads it."""
    labels = {AT_RISK: "At risk", NEUTRAL: "Neutral", HEALTHY: "Healthy"}
    return QCoreApplication.translate("health", labels[status])


def series_colour(i: int, key: object = None) -> QColor:
    """The `i`th colour of a chart's groups; a health status's band colour for its key."""
    if isinstance(key, str) and key in BAND_COLOURS:
        return QColor(BAND_COLOURS[key])
    return QColor(SERIES[i % len(SERIES)])
