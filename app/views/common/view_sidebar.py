"""The views sidebar shared by the Customers, Services, Revenue and Actions tabs (CUS-1,
CUS-3, CUS-4): the views, "+ Create view", a ⋮ menu per view, and collapsing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Sharing
from app.domain.errors import DomainError
from app.models.saved_views import SavedViews, ViewInfo
from app.views.common.elided_label import ElidedLabel
from app.views.common.view_dialogs import DefaultDialog, DeleteDialog, ViewFormDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
WIDTH = 270


class ViewSidebar(QWidget):
    """Lists the viewer's views; emits `viewSelected` and reports refusals with `refused`."""

    viewSelected = Signal(object)  # ViewInfo
    viewsChanged = Signal()
    refused = Signal(str)

    def __init__(self, model: SavedViews, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.views: list[ViewInfo] = []
        self.dialog: QDialog | None = None  # the open dialog, for tests and focus
        # The table's current filters, columns and sort: "+ Create view" keeps them.
        self.state_provider: Callable[[], dict[str, Any]] = dict
        # A tab whose other list (the Actions tab's built-in views) may be the current one
        # turns this off, so refreshing never jumps to the first view.
        self.select_first = True
        self.setObjectName("ViewSidebar")
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 8, 12)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Views"), objectName="CardTitle")
        self.collapse = QToolButton(text="«")
        self.collapse.setToolTip(self.tr("Collapse the views"))
        self.collapse.setAccessibleName(self.tr("Collapse or expand the views"))
        self.collapse.setAutoRaise(True)
        self.collapse.clicked.connect(self.toggle)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.collapse)
        root.addLayout(head)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Views"))
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        self.list.currentItemChanged.connect(self._current_changed)
        root.addWidget(self.list, 1)
        self.create_button = QPushButton(self.tr("+ Create view"))
        self.create_button.clicked.connect(lambda: self.create_view())
        root.addWidget(self.create_button)
        # A tab whose records can be deleted offers them back here (PreviewHost).
        self.deleted_button = QPushButton(self.tr("Deleted records…"), objectName="LinkButton")
        self.deleted_button.setToolTip(self.tr("Records that were deleted, to restore them"))
        self.deleted_button.hide()
        root.addWidget(self.deleted_button)
        self.setFixedWidth(WIDTH)
        self.refresh()

    # -- listing -------------------------------------------------------------------------
    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Read the views again and keep (or move to) the selected one."""
        current = select or self.current_id()
        self.views = self.model.views()
        self.list.blockSignals(True)
        self.list.clear()
        for view in self.views:
            item = QListWidgetItem()
            item.setData(ID_ROLE, str(view.id))
            item.setSizeHint(QSize(200, 34))
            self.list.addItem(item)
            self.list.setItemWidget(item, self._row(view))
        self.list.blockSignals(False)
        ids = [v.id for v in self.views]
        if current not in ids and not self.select_first:
            return  # nothing was chosen here (another list is): keep it so
        row = ids.index(current) if current in ids else 0
        if self.views:
            self.list.setCurrentRow(row)
            self._current_changed(self.list.currentItem(), None)

    def _row(self, view: ViewInfo) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(6, 0, 0, 0)
        name = ElidedLabel(view.name)  # a long (or translated) name: cut with "…"
        name.setToolTip(view.description or view.name)
        line.addWidget(name, 1)
        if view.is_default:
            star = QLabel("★", objectName="DefaultMark")
            star.setToolTip(self.tr("Default view: featured on the Summary"))
            star.setAccessibleName(self.tr("Default view"))
            line.addWidget(star)
        if view.sharing == Sharing.PRIVATE:
            line.addWidget(QLabel(self.tr("Private"), objectName="Muted"))
        more = QToolButton(text="⋮", objectName="RowMenu")
        more.setAutoRaise(True)
        more.setAccessibleName(self.tr("Actions for {name}").format(name=view.name))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setMenu(self._menu(view, more))
        line.addWidget(more)
        return row

    def _menu(self, view: ViewInfo, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        # A default view is featured on the Summary: Customers views only (SUM-4).
        if self.model.supports_defaults and view.is_default:
            menu.addAction(self.tr("Remove as default"), lambda: self.remove_default(view))
        elif self.model.supports_defaults and view.sharing == Sharing.EVERYONE:
            menu.addAction(self.tr("Set as default"), lambda: self.set_default(view))
        if not view.builtin:  # built-in views cannot be edited (CUS-1)
            menu.addAction(self.tr("Edit view"), lambda: self.edit_view(view))
        menu.addAction(self.tr("Delete view"), lambda: self.delete_view(view))
        return menu

    def current_id(self) -> uuid.UUID | None:
        """The selected view's id."""
        item = self.list.currentItem()
        return uuid.UUID(item.data(ID_ROLE)) if item is not None else None

    def current_view(self) -> ViewInfo | None:
        """The selected view."""
        current = self.current_id()
        return next((v for v in self.views if v.id == current), None)

    def select(self, view_id: uuid.UUID) -> None:
        """Select a view by id."""
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == str(view_id):
                self.list.setCurrentRow(row)

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        view = self.current_view()
        if item is not None and view is not None:
            self.viewSelected.emit(view)

    def toggle(self) -> None:
        """Collapse to a thin strip or expand again (CUS-3)."""
        collapsed = self.list.isVisible()
        for widget in (self.list, self.create_button, self.title):
            widget.setVisible(not collapsed)
        self.collapse.setText("»" if collapsed else "«")
        self.setFixedWidth(36 if collapsed else WIDTH)

    # -- actions ----------------------------------------------------------------------------
    def _run(self, action) -> bool:
        try:
            action()
        except DomainError as exc:
            self.refused.emit(exc.user_message)
            return False
        return True

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def create_view(self, state: dict | None = None) -> None:
        """CUS-3 "+ Create view" (with the table's current filters, columns and sort)."""
        state = state if state is not None else self.state_provider()
        dialog = ViewFormDialog(
            self.tr("Create view"), self.model.may_share(), self,
            with_default=self.model.supports_defaults,
        )  # fmt: skip
        created: list[ViewInfo] = []

        def submit() -> None:
            created.append(
                self.model.create(
                    dialog.name.text(),
                    dialog.chosen_sharing(),
                    make_default=dialog.make_default.isChecked(),
                    description=dialog.description.toPlainText(),
                    **state,
                )
            )

        dialog.submit = submit
        dialog.accepted.connect(lambda: self._changed(created[0].id if created else None))
        self._open(dialog)

    def edit_view(self, view: ViewInfo) -> None:
        """CUS-4 "Edit view": name and sharing."""
        dialog = ViewFormDialog(
            self.tr("Edit view"), self.model.may_share(), self, name=view.name,
            sharing=view.sharing, with_default=False,
        )  # fmt: skip
        dialog.submit = lambda: self.model.edit(
            view.id, dialog.name.text(), dialog.chosen_sharing()
        )
        dialog.accepted.connect(lambda: self._changed(view.id))
        self._open(dialog)

    def set_default(self, view: ViewInfo) -> None:
        """CUS-4 "Set as default": asks a description."""
        dialog = DefaultDialog(view.name, self)
        dialog.submit = lambda: self.model.set_default(view.id, dialog.description.toPlainText())
        dialog.accepted.connect(lambda: self._changed(view.id))
        self._open(dialog)

    def remove_default(self, view: ViewInfo) -> None:
        """CUS-4 "Remove as default"."""
        if self._run(lambda: self.model.remove_default(view.id)):
            self._changed(view.id)

    def delete_view(self, view: ViewInfo) -> None:
        """CUS-4 "Delete view": asks for the tick."""
        dialog = DeleteDialog(view.name, self)
        dialog.submit = lambda: self.model.delete(view.id, dialog.sure.isChecked())
        dialog.accepted.connect(lambda: self._changed(None))
        self._open(dialog)

    def _changed(self, select: uuid.UUID | None) -> None:
        self.refresh(select)
        self.viewsChanged.emit()
