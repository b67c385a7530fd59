"""Fixtures for driving the windows as a user would."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings

from app.domain.viewer import viewer_of
from app.store import User, new_id


@pytest.fixture(autouse=True)
def _garbage_on_the_main_thread() -> Iterator[None]:
    """As in the app (views/common/background.py GuiThreadGarbage): the cyclic collector
    must not run in a worker thread and destroy Qt objects there, so during a window test
    it runs only here, on the main thread, when the test ends."""
    from app.models import latest

    gc.disable()
    yield
    # The test's off-thread reads finished first: with collection on again, one still
    # running could start a collection in its thread and destroy the closed windows there
    # (a segmentation fault in a later test).
    latest.wait_idle()
    gc.collect(1)  # what the test left (it was all made with collection off)
    gc.enable()


@pytest.fixture(autouse=True)
def _in_english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The windows speak English whoever signs in (the demo's people include Polish,
    Spanish, Portuguese and Chinese speakers), unless a test asks for a language; English
    again after a test that did (the translators are the application's, not a window's)."""
    from app.views import language

    monkeypatch.setenv("TEND_LANGUAGE", "en")
    language.install("en")  # English plurals ("1 record") in widgets made without a window
    yield
    if language.current() != "en":
        language.install("en")


@pytest.fixture
def qloop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop as the asyncio loop, so `asyncSlot` slots run (DESIGN: Tests)."""
    import qasync

    qapp.setQuitOnLastWindowClosed(False)  # as the app does: a closing dialog must not quit
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()  # joins qasync's worker threads
    asyncio.set_event_loop(None)


def run_until(loop: asyncio.AbstractEventLoop, condition: Callable[[], bool], timeout: float = 20):
    """Run the qasync loop until `condition()` holds (or fail after `timeout` seconds)."""

    async def wait() -> None:
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.02)

    loop.run_until_complete(wait())


@pytest.fixture
def window_settings(tmp_path) -> QSettings:
    """Window state kept in a temporary INI file."""
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def add_user(workspace_db) -> Callable[..., User]:
    """Add a user with the given permission flags to `workspace_db`."""

    def make(name: str, **flags: bool) -> User:
        user = User(
            id=new_id(),
            name=name,
            email=f"{name.split()[0].lower()}@example.com",
            **flags,
        )
        with workspace_db.session() as session, session.begin():
            session.add(user)
        return user

    return make


def shown_tab(qtbot, db, factory, name: str = "Ada Admin", size=(1280, 720)):
    """A tab of `db` as the user called `name` sees it, shown and exposed."""
    from sqlalchemy import select

    with db.session() as session:
        viewer = session.scalar(select(User).where(User.name == name))
        viewer = viewer_of(viewer)  # what the tabs hold
    return shown(qtbot, factory(db, viewer), size)


def shown(qtbot, widget, size=(1280, 720)):
    """The widget at `size`, shown and exposed (closed when the test ends)."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    _wait_for_reads(qtbot, widget)
    return widget


def _wait_for_reads(qtbot, widget) -> None:
    """A page whose parts are read off the GUI thread once it is painted (the Summary):
    as the user sees it a moment after it opens, those parts drawn."""
    if hasattr(widget, "reading"):
        qtbot.waitUntil(lambda: not widget.reading)


def shown_window(qtbot, db, settings: QSettings, size: tuple[int, int] | None = None):
    """The main window of `db` with window state in `settings`, shown (at `size` when
    given) and exposed, closed when the test ends."""
    from app.views.main_window import MainWindow

    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    # A lazy tab's content is shown a turn of the loop after it is built (Qt shows a child
    # added to a visible parent then): the tab in front as the user first sees it.
    content = getattr(window.tabs.currentWidget(), "content", None)
    if content is not None:
        qtbot.waitUntil(content.isVisible)
        _wait_for_reads(qtbot, content)
    return window


def demo_file(tmp_path_factory, name: str, companies: int, seed: int):
    """A small demo workspace file made once for a module's tests (copy it per test)."""
    from app.domain.demo import generate_demo
    from app.store.engine import open_database

    path = tmp_path_factory.mktemp(name) / "demo.db"
    db = open_database(path)
    generate_demo(db, companies=companies, seed=seed)
    db.dispose()
    return path
