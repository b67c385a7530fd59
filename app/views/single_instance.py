"""One Tend per workspace file (issue 11 item 3): a lock file beside the database says a
Tend has it open (a lock left by a crash is taken over: Qt's QLockFile knows the holder's
process), and a second start on the same file asks the first to raise its window, over a
local socket named after the file, then leaves."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise"
WAIT_MS = 1000


def _server_name(path: Path) -> str:
    digest = hashlib.sha256(str(path.expanduser().resolve()).encode()).hexdigest()[:16]
    return f"tend-{digest}"


class FileOwner(QObject):
    """This Tend's hold on a workspace file, and the requests of later starts."""

    raiseRequested = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.lock = QLockFile(str(path) + ".lock")
        self.lock.setStaleLockTime(0)  # only a dead holder's lock is stale, however old
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the file; False when another running Tend holds it (it was asked to raise
        its window)."""
        if not self.lock.tryLock(0):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                self._ask_holder_to_raise()
                return False
            return True  # the lock file cannot be written (a read-only folder): go on
        name = _server_name(self.path)
        QLocalServer.removeServer(name)  # a socket left by a crash
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._request)
        self.server.listen(name)
        return True

    def _request(self) -> None:
        assert self.server is not None
        socket = self.server.nextPendingConnection()
        if socket is None:
            return
        socket.setParent(self)

        def read() -> None:
            if bytes(socket.readAll().data()).strip() == RAISE:
                self.raiseRequested.emit()
            socket.disconnectFromServer()

        socket.readyRead.connect(read)

    def _ask_holder_to_raise(self) -> None:
        socket = QLocalSocket()
        socket.connectToServer(_server_name(self.path))
        if socket.waitForConnected(WAIT_MS):
            socket.write(RAISE)
            socket.waitForBytesWritten(WAIT_MS)
            socket.disconnectFromServer()

    def release(self) -> None:
        """Let the file go (the window closed)."""
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
