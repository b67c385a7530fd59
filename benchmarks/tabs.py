"""A workspace tab of the demo's signed-in user, shown offscreen at a laptop size, for the
figures that time a tab's own work; closed and its database let go afterwards."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def shown_tab(database: Path, factory: Callable[[Any, Any], Any]) -> Iterator[tuple[Any, Any, Any]]:
    """(application, database, tab): `factory(db, viewer)` built, shown and painted once."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.domain.workspace import signed_in
    from app.store.engine import open_database

    app = QApplication.instance() or QApplication([])
    db = open_database(database)
    with db.session() as session:
        viewer = signed_in(session)
        assert viewer is not None
        session.expunge(viewer)
    tab = factory(db, viewer)
    tab.resize(1280, 800)
    tab.show()
    app.processEvents()
    try:
        yield app, db, tab
    finally:
        tab.close()
        tab.deleteLater()
        app.processEvents()
        db.dispose()


@contextmanager
def collected_as_in_the_app() -> Iterator[None]:
    """Garbage collection as the application runs it (app/views/application.py installs
    `GuiThreadGarbage`): automatic collection off, the GUI thread collecting on a timer.
    With automatic collection on, a read that makes hundreds of objects pays for
    collections of the whole window's heap that the application never makes there."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.views.common.background import GuiThreadGarbage

    app = QApplication.instance() or QApplication([])
    keeper = GuiThreadGarbage(app)
    try:
        yield
    finally:
        keeper.deleteLater()  # its timer goes with it
        app.processEvents()
        gc.enable()
