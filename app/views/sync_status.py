"""The status bar's sync state in a team workspace (issue 14 item 3, UX-1): "Synced",
"3 changes waiting", "Offline since 10:42", "Sign-in needed", "2 conflicts", with
"Sync now" and, when the server refused the password, "Sign in…"."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QLineEdit, QToolButton, QWidget

from app.domain.viewer import Viewer
from app.domain.zones import zone_of
from app.models.sync import Syncer, SyncState, SyncStatus


class SyncStatusBar(QWidget):
    """A label and buttons, kept up to date from a Syncer."""

    def __init__(self, syncer: Syncer, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.syncer = syncer
        self.viewer_locale = QLocale(viewer.locale)
        self.zone = zone_of(viewer)  # times in the viewer's zone, as every view shows them
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Sync status"))
        self.conflicts = QLabel(objectName="Muted")
        self.conflicts.setToolTip(
            self.tr(
                "Values of yours that a teammate's later edit replaced, or that the team "
                "server refused. Each record's Property history shows them, with Put back."
            )
        )
        self.sync_button = QToolButton(text=self.tr("Sync now"), autoRaise=True)
        self.sync_button.setToolTip(self.tr("Send your changes and fetch the team's now"))
        self.sync_button.clicked.connect(syncer.sync_now)
        self.sign_in_button = QToolButton(text=self.tr("Sign in…"), autoRaise=True)
        self.sign_in_button.clicked.connect(self.ask_password)
        for widget in (self.label, self.conflicts, self.sync_button, self.sign_in_button):
            row.addWidget(widget)
        syncer.statusChanged.connect(self.show_status)
        self.show_status(syncer.status)

    def _time(self, at) -> str:
        local = at.astimezone(self.zone)
        return self.viewer_locale.toString(local.time(), QLocale.FormatType.ShortFormat)

    def text_for(self, status: SyncStatus) -> str:
        """The words for a state, as the status bar shows them."""
        n = status.waiting
        waiting = ""
        if n:
            waiting = (
                self.tr("1 change waiting") if n == 1 else self.tr("%Ln changes waiting", "", n)
            )
        match status.state:
            case SyncState.SYNCING:
                text = self.tr("Syncing…")
            case SyncState.SYNCED:
                text = waiting or self.tr("Synced")
                waiting = ""
            case SyncState.OFFLINE:
                assert status.since is not None
                text = self.tr("Offline since {time}").format(time=self._time(status.since))
            case SyncState.SIGN_IN:
                text = self.tr("Sign-in needed")
        return " · ".join(part for part in (text, waiting) if part)

    def show_status(self, status: SyncStatus) -> None:
        self.label.setText(self.text_for(status))
        tips = []
        if status.synced_at is not None:
            tips.append(self.tr("Last synced at {time}").format(time=self._time(status.synced_at)))
        if status.reason:
            tips.append(status.reason)
        self.label.setToolTip("\n".join(tips))
        n = status.conflicts
        self.conflicts.setText(self.tr("1 conflict") if n == 1 else self.tr("%Ln conflicts", "", n))
        self.conflicts.setVisible(bool(status.conflicts))
        self.sync_button.setEnabled(status.state is not SyncState.SYNCING)
        self.sign_in_button.setVisible(status.state is SyncState.SIGN_IN)
        window = self.window()
        if status.refused and hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("The team server refused a change: {why}").format(why=status.refused[0]),
                15_000,
            )

    def ask_password(self) -> None:
        """The password for this laptop's login, asked where the user is looking."""
        reason = self.syncer.status.reason
        prompt = self.tr("Password for {url}").format(url=self.syncer.url)
        if reason:
            prompt = f"{reason}\n\n{prompt}"
        password, ok = QInputDialog.getText(
            self, self.tr("Sign in to the team server"), prompt, QLineEdit.EchoMode.Password
        )
        if ok and password:
            self.syncer.sign_in(password)
