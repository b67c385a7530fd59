"""Export to CSV from a tab's table (DATA-4), the same on every tab: the Export button
asks where (a name suggested from the view), the work runs off the GUI thread with a
progress row and Cancel, and the tab's message bar says what happened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)
from qasync import asyncSlot

from app.views.common.background import Progress, run_off_gui_thread

# Characters a file name cannot hold on Windows (and "/" anywhere).
_NOT_IN_NAMES = str.maketrans({c: "_" for c in '<>:"/\\|?*'})


@dataclass(frozen=True)
class ExportSource:
    """What a tab exports now: a name for the file, how many rows it will be (in words,
    e.g. "12 customers"), and the model's writer (`write(path, progress, cancelled)`
    returns the rows written, or None when cancelled)."""

    name: str
    counted: Callable[[int], str]
    total: int
    write: Callable[[Path, Callable[[str, float], None], Callable[[], bool]], int | None]


def suggested_path(name: str) -> Path:
    """`name`.csv in the home folder, without the characters a file name cannot hold."""
    stem = name.translate(_NOT_IN_NAMES).strip(" .") or "export"
    return Path.home() / f"{stem}.csv"


class ExportRow(QWidget):
    """The progress row (hidden until an export runs) and its `button` for the tab's
    head row; `source()` says what the tab shows now (None: nothing to export) and
    `show_message` is the tab's message bar's. A tab whose head row is full passes its
    own (smaller) `button`."""

    def __init__(
        self,
        parent: QWidget,
        source: Callable[[], ExportSource | None],
        show_message: Callable[[str], None],
        tooltip: str,
        button: QAbstractButton | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.show_message = show_message
        self.button = button or QPushButton()
        self.button.setText(self.tr("Export"))
        self.button.setToolTip(tooltip)
        self.button.clicked.connect(self.choose_file)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(objectName="Muted")
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.cancel = QPushButton(self.tr("Cancel"))
        row.addWidget(self.label)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel)
        self.hide()

    def choose_file(self) -> None:
        """Ask where to write the view's rows, then write them."""
        source = self.source()
        if source is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.parentWidget(), self.tr("Export to CSV"), str(suggested_path(source.name)),
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if path:
            self.export_to(Path(path))

    @asyncSlot(object)
    async def export_to(self, path: Path) -> None:
        """Write every row of the current view to `path`, off the GUI thread."""
        source = self.source()
        if source is None:
            return
        progress = Progress(self)
        progress.changed.connect(lambda _phase, f: self.progress_bar.setValue(round(f * 100)))
        self.cancel.clicked.connect(progress.cancel)
        self.label.setText(self.tr("Exporting {n}…").format(n=source.counted(source.total)))
        self.progress_bar.setValue(0)
        self.show()
        self.button.setEnabled(False)
        try:
            written = await run_off_gui_thread(
                source.write, path, progress.report, progress.cancelled
            )
        except OSError as exc:
            self.show_message(self.tr("The export could not be written: {e}").format(e=exc))
        else:
            if written is None:
                self.show_message(self.tr("Export cancelled; no file was written."))
            else:
                self.show_message(
                    self.tr("Exported {n} to {path}").format(n=source.counted(written), path=path)
                )
        finally:
            self.hide()
            self.button.setEnabled(True)
            self.cancel.clicked.disconnect()
            progress.deleteLater()
