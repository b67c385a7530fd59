"""A tab that shows records in the side preview panel (CUS-5, SRV-6, REV-6, and the
associated records of tasks and meetings): one way to open it, beside the tab's content
in its splitter. The panel keeps itself current through the change channel. A tab that
lists one object's records also offers its deleted records back ("Deleted records…" in
its views sidebar)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QSplitter

from app.domain import permissions
from app.domain.viewer import Viewer
from app.models import Database
from app.models.formatting import ValueFormatter
from app.models.record_detail import RecordActions
from app.views.common.view_sidebar import ViewSidebar

if TYPE_CHECKING:  # the panel (and its health chart) is imported when first opened
    from app.views.common.preview_panel import PreviewPanel


class PreviewHost:
    """A mixin for a QWidget tab with `db`, `viewer` and a `splitter` the panel joins."""

    db: Database
    viewer: Viewer
    splitter: QSplitter
    preview: PreviewPanel | None

    def preview_formatter(self) -> ValueFormatter:
        """How the panel shows values (the tab's own formatter, for the same names)."""
        raise NotImplementedError

    def before_preview(self) -> None:
        """Make room for the panel (a tab with another side panel hides it)."""

    def open_preview(self: Any, record_id: uuid.UUID) -> None:
        """Show one record in the side panel."""
        if self.preview is None:
            from app.views.common.preview_panel import PreviewPanel

            model = RecordActions(self.db, self.viewer)
            self.preview = PreviewPanel(model, self.preview_formatter(), self)
            self.splitter.addWidget(self.preview)
            self.splitter.setSizes([900, 380])
        self.before_preview()
        self.preview.show_record(record_id)

    def deleted_records_object(self) -> uuid.UUID | None:
        """The object whose deleted records the tab offers (None: none shown)."""
        return None

    def offer_deleted_records(self: Any, sidebar: ViewSidebar) -> None:
        """Show "Deleted records…" in the tab's views sidebar."""
        sidebar.deleted_button.show()
        sidebar.deleted_button.clicked.connect(self.open_deleted_records)

    def open_deleted_records(self: Any) -> None:
        """The "Deleted records" dialog of the object the tab shows."""
        object_type_id = self.deleted_records_object()
        if object_type_id is None:
            return
        from app.views.common.deleted_records import DeletedRecordsDialog

        model = RecordActions(self.db, self.viewer)
        self.deleted_dialog = DeletedRecordsDialog(
            model, self.preview_formatter(), object_type_id,
            model.object_plural(object_type_id), self,
        )  # fmt: skip
        self.deleted_dialog.open()

    def offer_row_menu(
        self: Any, table: QAbstractItemView, record_at: Callable[[int], uuid.UUID | None]
    ) -> None:
        """A table's right-click menu on a record: Open, and Delete… (the preview panel's
        confirmation, then its Undo)."""
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda pos: self.show_row_menu(table, record_at, pos)
        )

    def show_row_menu(
        self: Any,
        table: QAbstractItemView,
        record_at: Callable[[int], uuid.UUID | None],
        pos: QPoint,
    ) -> None:
        """The menu of the record under `pos` (nothing on an empty spot)."""
        index = table.indexAt(pos)
        record_id = record_at(index.row()) if index.isValid() else None
        if record_id is None:
            return
        self.row_menu = menu = QMenu(table)
        menu.addAction(self.tr("Open"), lambda: self.open_preview(record_id))
        delete = menu.addAction(self.tr("Delete…"), lambda: self.delete_from_table(record_id))
        verdict = permissions.can_edit_records(self.viewer)
        delete.setEnabled(bool(verdict))
        delete.setToolTip(verdict.user_message)
        menu.setToolTipsVisible(True)
        menu.popup(table.viewport().mapToGlobal(pos))

    def delete_from_table(self: Any, record_id: uuid.UUID) -> None:
        """Open the record beside the table and ask to delete it there."""
        self.open_preview(record_id)
        self.preview.confirm_delete()
