"""The colours Tend paints with beyond the widget palette (UX-4): the health bands and the
series of a chart, in one place. Everything else a painted surface uses comes from the
widget's `QPalette` (text, base, highlight, placeholder text), so it follows the system's
light and dark themes. No chart library here: the Summary's first paint imports this, not
pyqtgraph."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from app.domain.i18n import QT_TR_NOOP
from app.models.i18n import tr

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
    labels = {
        AT_RISK: QT_TR_NOOP("At risk"),
        NEUTRAL: QT_TR_NOOP("Neutral"),
        HEALTHY: QT_TR_NOOP("Healthy"),
    }
    return tr(labels[status])


def series_colour(i: int, key: object = None) -> QColor:
    """The `i`th colour of a chart's groups; a health status's band colour for its key."""
    if isinstance(key, str) and key in BAND_COLOURS:
        return QColor(BAND_COLOURS[key])
    return QColor(SERIES[i % len(SERIES)])


# The Feed's dot per kind of activity: e-mail, web, forms, meetings, sequences (mid tones,
# read on a light and a dark page alike).
KIND_COLOURS = {
    "email": QColor("#2f7fc1"),
    "page": QColor("#7a8794"),
    "form": QColor("#8a5cc2"),
    "meeting": QColor("#2e9d5b"),
    "sequence": QColor("#d38a1c"),
}


# ---- the Schedule's items, the board's cards: a light and a dark form -------------------

ACCENT = QColor("#1f7a6d")  # Tend's green: today's date, "+N more", a selected card
NOW_LINE = QColor("#c0392b")


def is_dark(palette: QPalette) -> bool:
    """Whether a widget's palette is a dark one (its window darker than its text)."""
    return (
        palette.color(QPalette.ColorRole.Window).lightness()
        < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


# (fill, edge) of a meeting, a task and a completed task; pastel fills on a light page,
# deep ones with brighter edges on a dark page (pastels glared there).
_ITEMS = {
    False: {"meeting": ("#dbe7fb", "#3566c8"), "task": ("#fbecd3", "#b7791f"),
            "done": ("#e9ecef", "#98a2ad"), "text": "#1d2733"},
    True: {"meeting": ("#1f3354", "#6d9cf0"), "task": ("#41301a", "#e0a44a"),
           "done": ("#2c3136", "#7d8791"), "text": "#e6edf3"},
}  # fmt: skip


def link_colour(palette: QPalette) -> QColor:
    """A painted link (an alert's customer): Tend's green, brighter on a dark page."""
    return QColor(STYLE_COLOURS[is_dark(palette)]["link"])


# The style sheet's colours (`resources/styles/tend.qss` names them @name), light and dark:
# a link button, an error, the read-only banner, the primary button, the default view's
# star. On a dark page the link is the brighter green (the light one read at 2.6:1 there).
STYLE_COLOURS = {
    False: {"link": "#1a6e62", "error": "#c0392b", "banner-fill": "#fff4d6",
            "banner-text": "#5c4400", "banner-edge": "#f0d68a", "accent": "#1f7a6d",
            "accent-hover": "#196559", "accent-disabled": "#9dbfb8", "on-accent": "#ffffff",
            "default-mark": "#c99a06"},
    True: {"link": "#5cc8b6", "error": "#ef6f61", "banner-fill": "#3a3120",
           "banner-text": "#f3e2b0", "banner-edge": "#6e5b28", "accent": "#1f7a6d",
           "accent-hover": "#26917f", "accent-disabled": "#2f4a46", "on-accent": "#ffffff",
           "default-mark": "#e0b534"},
}  # fmt: skip


def error(palette: QPalette) -> QColor:
    """A figure in error (too many segments, maxima that do not add up)."""
    return QColor(STYLE_COLOURS[is_dark(palette)]["error"])


def themed(sheet: str, dark: bool) -> str:
    """The style sheet with its @names replaced by their light or dark colour (longest
    names first, so @accent-hover is not read as @accent)."""
    colours = STYLE_COLOURS[dark]
    for name in sorted(colours, key=len, reverse=True):
        sheet = sheet.replace(f"@{name}", colours[name])
    return sheet


def item_colours(palette: QPalette, kind: str) -> tuple[QColor, QColor]:
    """The fill and edge of a calendar item ("meeting", "task" or "done")."""
    fill, edge = _ITEMS[is_dark(palette)][kind]
    return QColor(fill), QColor(edge)


def item_text(palette: QPalette) -> QColor:
    """The text on a calendar item's fill."""
    return QColor(_ITEMS[is_dark(palette)]["text"])


def accent(palette: QPalette) -> QColor:
    """The accent, a little brighter on a dark page."""
    return QColor("#3fb3a3") if is_dark(palette) else QColor(ACCENT)


def overdue(palette: QPalette) -> QColor:
    """A date that has passed (an overdue card's): the error colour."""
    return error(palette)


def badge(palette: QPalette) -> QColor:
    """The disc behind an owner's initials on a card."""
    return QColor("#1e3b37") if is_dark(palette) else QColor("#d7ece8")
