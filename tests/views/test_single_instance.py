"""One Tend per workspace file (issue 11 item 3): a second start on the same file raises
the first window instead of opening the file twice; a lock left by a crash is taken over."""

from __future__ import annotations

import subprocess
import sys

from app.views.application import Shell
from tests.support import not_none

CRASHED_TEND = """
import os, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1] + ".lock")
assert lock.tryLock(0)
os._exit(9)  # killed while holding the file: the lock file stays behind
"""


def test_a_second_start_on_the_same_file_raises_the_first(qtbot, workspace_db):
    path = not_none(workspace_db.path)
    workspace_db.dispose()
    first = Shell(path)
    assert first.start()
    window = not_none(first.window)
    qtbot.addWidget(window)
    owner = not_none(first.owner)
    try:
        with qtbot.waitSignal(owner.raiseRequested, timeout=5000):
            second = Shell(path)
            assert not second.start()
        assert second.handed_over and second.window is None and second.db is None
    finally:
        first.stop()
        not_none(first.db).dispose()
    third = Shell(path)  # once the first let go, the file opens again
    assert third.start()
    qtbot.addWidget(not_none(third.window))
    third.stop()
    not_none(third.db).dispose()


def test_a_lock_left_by_a_crashed_tend_is_taken_over(qtbot, tmp_path):
    path = tmp_path / "tend.db"
    crashed = subprocess.run([sys.executable, "-c", CRASHED_TEND, str(path)], check=False)
    assert crashed.returncode == 9 and (tmp_path / "tend.db.lock").exists()
    shell = Shell(path)
    assert shell.start()  # the holder is gone: its lock is stale
    qtbot.addWidget(not_none(shell.dialog))
    shell.stop()
