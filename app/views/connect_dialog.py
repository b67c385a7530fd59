"""Connect to a team server (issue 14 item 2, DATA-2): the server's address and this
person's password; the workspace downloads into this laptop's file with progress and
Cancel, off the GUI thread. Accepted once the file is a replica of the server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.domain.sync.team import JoinCancelled, TeamServerError
from app.models.startup import join_team_server
from app.views.common.background import Progress, run_off_gui_thread


class ConnectDialog(QDialog):
    """The address and password, then the download."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.joined_as = ""
        self.progress: Progress | None = None
        self.setWindowTitle(self.tr("Connect to a team server"))
        self.setMinimumWidth(560)
        root = QVBoxLayout(self)
        root.setContentsMargins(22, 20, 22, 18)
        root.setSpacing(12)
        root.addWidget(QLabel(self.tr("Connect to a team server"), objectName="Greeting"))
        intro = QLabel(
            self.tr(
                "Your team's workspace is downloaded to this computer, so Tend works offline "
                "and sends your changes when the server answers. Your admin gives you the "
                "server's address, with your login in it, and your password."
            ),
            objectName="Muted",
        )
        intro.setWordWrap(True)
        intro.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        root.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit(placeholderText="postgresql://you@server.example.com/team")
        self.address.setAccessibleName(self.tr("Server address"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self.connect_to_server)
        form.addRow(self.tr("Server address"), self.address)
        form.addRow(self.tr("Password"), self.password)
        root.addLayout(form)
        hint = QLabel(
            self.tr("The password is kept in this computer's keyring."), objectName="Muted"
        )
        root.addWidget(hint)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        root.addWidget(self.error)
        self.phase = QLabel(objectName="Muted")
        self.bar = QProgressBar(maximum=100)
        for widget in (self.phase, self.bar):
            widget.hide()
            root.addWidget(widget)
        buttons = QDialogButtonBox()
        self.connect_button = QPushButton(self.tr("Connect"), objectName="Primary")
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.connect_to_server)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        root.addWidget(buttons)

    def _cancel(self) -> None:
        """During the download: stop it (nothing is kept); otherwise close the dialog."""
        if self.progress is not None:
            self.progress.cancel()
        else:
            self.reject()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    @asyncSlot()
    async def connect_to_server(self) -> None:
        address, password = self.address.text().strip(), self.password.text()
        self.error.hide()
        if not address:
            self._fail(self.tr("Enter the server's address, as your admin gave it."))
            self.address.setFocus()
            return
        if self.progress is not None:
            return  # already downloading
        self.progress = progress = Progress(self)
        progress.changed.connect(self._show_progress)
        self._set_busy(True)
        try:
            self.joined_as = await run_off_gui_thread(
                join_team_server, self.path, address, password, progress.report,
                progress.cancelled,
            )  # fmt: skip
        except JoinCancelled:
            self._fail(self.tr("Cancelled; nothing was downloaded."))
            return
        except TeamServerError as exc:
            self._fail(exc.user_message)
            return
        except Exception as exc:  # the network went away mid-download: nothing is kept
            self._fail(self.tr("The download stopped: {e}").format(e=exc))
            return
        finally:
            self.progress = None
            self._set_busy(False)
        self.accept()

    def _show_progress(self, phase: str, fraction: float) -> None:
        self.phase.setText(self.tr("{phase}…").format(phase=phase))
        self.bar.setValue(round(fraction * 100))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.phase, self.bar):
            widget.setVisible(busy)
        self.bar.setValue(0)
        self.connect_button.setEnabled(not busy)
        self.address.setEnabled(not busy)
        self.password.setEnabled(not busy)
