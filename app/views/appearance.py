"""Light and dark (UX-4, issue 16 item 2): Tend follows the system's colour scheme (Qt's
style hints), or the light or dark form the user chooses in Settings, applied at once,
without a restart. The dark palette is Tend's own (`views/palette.py` holds the painted
surfaces' colours in both forms): a platform without a dark theme — or with one Qt cannot
read — still gets a proper dark window, not pastel chips on a dark GTK page."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.i18n import QT_TR_NOOP
from app.views.palette import themed
from app.views.resources import style_sheet
from app.views.window_settings import computer_settings

SYSTEM, LIGHT, DARK = "system", "light", "dark"
CHOICES = (
    (SYSTEM, QT_TR_NOOP("As the system")),
    (LIGHT, QT_TR_NOOP("Light")),
    (DARK, QT_TR_NOOP("Dark")),
)
KEY = "appearance/theme"


def chosen(settings: QSettings | None = None) -> str:
    """The user's choice (the system's scheme unless they chose otherwise)."""
    settings = settings or computer_settings()
    value = settings.value(KEY, SYSTEM)
    return value if value in (SYSTEM, LIGHT, DARK) else SYSTEM


def dark_palette() -> QPalette:
    """Tend's dark palette: a charcoal window, text of high contrast, the green accent as
    the highlight, links a light blue (the low-contrast links of a GTK dark theme)."""
    p = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#1f2226", roles.WindowText: "#e6e8eb", roles.Base: "#16181b",
        roles.AlternateBase: "#1c1f23", roles.ToolTipBase: "#2b2f34",
        roles.ToolTipText: "#e6e8eb", roles.PlaceholderText: "#9aa3ad", roles.Text: "#e6e8eb",
        roles.Button: "#2a2e33", roles.ButtonText: "#e6e8eb", roles.BrightText: "#ffffff",
        roles.Light: "#3a3f45", roles.Midlight: "#30353a", roles.Mid: "#464c53",
        roles.Dark: "#121416", roles.Shadow: "#000000", roles.Highlight: "#2f9e8f",
        roles.HighlightedText: "#ffffff", roles.Link: "#7ab8ff", roles.LinkVisited: "#b59cff",
    }  # fmt: skip
    for role, value in colours.items():
        p.setColor(role, QColor(value))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7780"))
    return p


def is_system_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, choice: str) -> bool:
    """Give the application the light or dark form `choice` asks for (the system's when
    it is SYSTEM); True when it is dark now. The style sheet is set again so what it takes
    from the palette follows."""
    dark = choice == DARK or (choice == SYSTEM and is_system_dark(app))
    if dark and app.style().name().lower() == "windowsvista":
        app.setStyle("Fusion")  # that style paints its own light controls
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    app.setStyleSheet(themed(style_sheet(), dark))
    return dark


def choose(app: QApplication, choice: str, settings: QSettings | None = None) -> bool:
    """The user's choice, kept and applied; True when the window is dark now."""
    settings = settings or computer_settings()
    settings.setValue(KEY, choice)
    settings.sync()
    return apply(app, choice)


def follow_system(app: QApplication, settings: QSettings | None = None) -> None:
    """Apply the kept choice now, and again when the system switches between light and
    dark while the choice is "as the system"."""
    apply(app, chosen(settings))
    if app.property("tend_follows_scheme"):
        return  # made again (a test, a second window): one connection is enough
    app.setProperty("tend_follows_scheme", True)
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply(app, SYSTEM) if chosen(settings) == SYSTEM else None
    )
