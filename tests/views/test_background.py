"""Long work off the GUI thread (UX-1): garbage is collected on the GUI thread only, so a
worker never destroys a widget (Qt would crash later on the widget's timers)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QLineEdit

from app.views.common.background import GuiThreadGarbage


def test_cyclic_garbage_is_collected_by_the_gui_thread_timer(qtbot, qapp):
    collector = GuiThreadGarbage(qapp, interval_ms=10)
    try:
        assert not gc.isenabled()
        destroyed_in: list[str] = []

        class Cycle:
            me: object
            editor: QLineEdit

        cycle = Cycle()
        cycle.me = cycle  # only the cyclic collector frees it
        cycle.editor = QLineEdit()  # a widget with its own timers (the cursor blink)
        cycle.editor.destroyed.connect(lambda: destroyed_in.append(threading.current_thread().name))
        gone = weakref.ref(cycle)
        del cycle
        # A worker allocating a lot triggers no collection now.
        worker = threading.Thread(target=lambda: [[object()] for _ in range(200_000)])
        worker.start()
        worker.join()
        assert gone() is not None
        qtbot.waitUntil(lambda: gone() is None)
        assert destroyed_in == [threading.main_thread().name]
    finally:
        collector.deleteLater()


def test_freezing_after_start_up_leaves_its_objects_out_of_full_collections(qapp):
    collector = GuiThreadGarbage(qapp)
    try:
        collector.freeze()
        assert gc.get_freeze_count() > 0
        collector.collect()  # still collects what comes after
    finally:
        gc.unfreeze()
        collector.deleteLater()
