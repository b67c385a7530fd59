"""Paths (platformdirs) and the default database location (DATA-1).

TEND_DATA_DIR and TEND_CONFIG_DIR override the user directories (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_NAME = "Tend"


def data_dir() -> Path:
    """Where the local database lives."""
    return Path(os.environ.get("TEND_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Where window geometry and preferences live."""
    return Path(os.environ.get("TEND_CONFIG_DIR") or user_config_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    """The local SQLite file opened when no --db is given."""
    return data_dir() / "tend.db"


def settings_file() -> Path:
    """The INI file of window state (geometry, last tab), read by the views' QSettings."""
    return config_dir() / "window.ini"
