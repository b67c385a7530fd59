"""What this computer keeps for Tend's windows — geometry and last tab per workspace file,
the appearance and the language chosen — in one INI file (`app.config.settings_file`)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.config import settings_file


def computer_settings() -> QSettings:
    """The per-computer settings file, read and written through QSettings."""
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)
