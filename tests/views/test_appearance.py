"""Light and dark (UX-4, issue 16 item 2): the user's choice in Settings applies at once to
every window and painted surface, is kept for the next start, and "as the system" follows
Qt's colour scheme."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.views import appearance
from app.views.palette import is_dark, item_colours
from app.views.settings.dialog import SettingsDialog


@pytest.fixture
def app_palette(qapp):
    """The application's palette put back after the test (other tests paint in light)."""
    yield qapp
    appearance.apply(qapp, appearance.LIGHT)


def test_dark_chosen_in_settings_turns_the_window_dark_at_once_and_is_kept(
    qtbot, app_palette, workspace_db
):
    from app.domain.viewer import viewer_of
    from app.domain.workspace import default_viewer

    with workspace_db.session() as s:
        user = default_viewer(s)
        assert user is not None
        viewer = viewer_of(user)
    dialog = SettingsDialog(workspace_db, viewer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.appearance.currentData() == appearance.SYSTEM
    light = item_colours(dialog.palette(), "meeting")
    dialog.appearance.setCurrentIndex(dialog.appearance.findData(appearance.DARK))
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    assert is_dark(qapp.palette()) and is_dark(dialog.palette())  # no restart
    assert item_colours(dialog.palette(), "meeting") != light
    link = qapp.palette().color(QPalette.ColorRole.Link)
    base = qapp.palette().color(QPalette.ColorRole.Base)
    assert link.lightness() - base.lightness() > 100  # links read on the dark page
    assert appearance.chosen() == appearance.DARK  # kept for the next start
    appearance.follow_system(qapp)  # the next start applies it
    assert is_dark(qapp.palette())
    dialog.appearance.setCurrentIndex(dialog.appearance.findData(appearance.LIGHT))
    assert not is_dark(qapp.palette()) and appearance.chosen() == appearance.LIGHT
    dialog.appearance.setCurrentIndex(dialog.appearance.findData(appearance.SYSTEM))
    assert is_dark(qapp.palette()) == appearance.is_system_dark(qapp)


# -- the style sheet's colours (issue 16 item 2) -------------------------------------------
def _luminance(colour) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a, b) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_style_sheet_names_its_colours_and_each_form_fills_them():
    import re

    from app.views.palette import STYLE_COLOURS, themed
    from app.views.resources import style_sheet

    sheet = style_sheet()
    rules = sheet.split("*/", 1)[1]  # past the heading comment
    assert not re.findall(r"#[0-9a-fA-F]{3,8}\b|\brgb\(|\b(?:white|black)\b", rules)
    named = set(re.findall(r"@([a-z-]+)", rules))
    assert named == set(STYLE_COLOURS[False]) == set(STYLE_COLOURS[True])
    for dark in (False, True):
        assert "@" not in themed(sheet, dark).split("*/", 1)[1]


@pytest.mark.parametrize("dark", [False, True])
def test_links_errors_and_the_banner_read_on_their_page(qapp, dark):
    """WCAG's 4.5:1 for text (the light green link read at 2.6:1 on the dark page)."""
    from PySide6.QtGui import QColor

    from app.views.palette import STYLE_COLOURS

    colours = {k: QColor(v) for k, v in STYLE_COLOURS[dark].items()}
    page = appearance.dark_palette() if dark else qapp.style().standardPalette()
    base = page.color(QPalette.ColorRole.Base)
    window = page.color(QPalette.ColorRole.Window)
    for name in ("link", "error"):
        assert min(_contrast(colours[name], base), _contrast(colours[name], window)) >= 4.5
    assert _contrast(colours["banner-text"], colours["banner-fill"]) >= 4.5
    assert _contrast(colours["on-accent"], colours["accent"]) >= 4.5


def test_the_dark_window_takes_the_dark_forms_and_the_light_one_the_light(qapp):
    try:
        appearance.apply(qapp, appearance.DARK)
        assert "#5cc8b6" in qapp.styleSheet() and "#1a6e62" not in qapp.styleSheet()
        appearance.apply(qapp, appearance.LIGHT)
        assert "#5cc8b6" not in qapp.styleSheet() and "#1a6e62" in qapp.styleSheet()
    finally:
        appearance.apply(qapp, appearance.LIGHT)
