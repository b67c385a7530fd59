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
