"""Settings → Objects (OBJ-1..3, SET-1, SET-4, SET-5, PERM-4): which objects the workspace's
Services and Revenue tabs show, the object list with custom objects (new, rename,
archive), the selected object's properties (add, edit, move, archive, restore) and, for
objects with stages, its pipelines. Every change is saved at once through the domain; a
viewer without PERM-4 sees it all read-only, with the reason."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.object_settings import ObjectInfo
from app.domain.properties import PropertyInfo
from app.domain.viewer import Viewer
from app.models import Database
from app.models.object_settings import ObjectSettings
from app.views.settings.page_dialog import PageDialog
from app.views.settings.pipeline_editor import PipelineEditor
from app.views.settings.property_dialog import PropertyDialog, type_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ObjectDialog(QDialog):
    """A custom object's singular and plural names, and (when new) whether it has stages."""

    def __init__(self, parent: QWidget, obj: ObjectInfo | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New object") if obj is None else self.tr("Rename object"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.singular = QLineEdit(obj.singular if obj else "")
        self.singular.setAccessibleName(self.tr("Singular name"))
        self.singular.setPlaceholderText(self.tr("e.g. Subscription"))
        self.plural = QLineEdit(obj.plural if obj else "")
        self.plural.setAccessibleName(self.tr("Plural name"))
        self.plural.setPlaceholderText(self.tr("e.g. Subscriptions"))
        form.addRow(self.tr("Singular name"), self.singular)
        form.addRow(self.tr("Plural name"), self.plural)
        layout.addLayout(form)
        self.has_pipelines = QCheckBox(self.tr("Records move through stages (pipelines)"))
        self.has_pipelines.setVisible(obj is None)
        layout.addWidget(self.has_pipelines)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save: Callable[[], None] | None = None

    def accept(self) -> None:
        """Run the save the page gave; a refusal stays in the dialog."""
        if self.save is not None:
            try:
                self.save()
            except DomainError as exc:
                self.error.setText(exc.user_message)
                self.error.show()
                return
        super().accept()


class ObjectsPage(QWidget):
    """The Objects page of the settings."""

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ObjectSettings(db, viewer)
        self.verdict = self.model.verdict()
        self.dialog: QDialog | None = None
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.banner = QLabel(self.verdict.user_message, objectName="Banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(not self.verdict)
        layout.addWidget(self.banner)
        layout.addWidget(self._choices_row())
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._object_column())
        splitter.addWidget(self._object_pane())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 780])
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        self.reload()

    def _button(self, text: str, slot: Callable[[], None], writes: bool = True) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if writes:
            button.setEnabled(bool(self.verdict))
            button.setToolTip(self.verdict.user_message)
        return button

    # ---- SET-1: the Services and Revenue tabs' objects ----------------------------------

    def _choices_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.service_object = QComboBox()
        self.service_object.setAccessibleName(self.tr("Service object"))
        self.revenue_first = QComboBox()
        self.revenue_first.setAccessibleName(self.tr("First revenue object"))
        self.revenue_second = QComboBox()
        self.revenue_second.setAccessibleName(self.tr("Second revenue object"))
        row.addWidget(QLabel(self.tr("Services are")))
        row.addWidget(self.service_object, 1)
        row.addSpacing(8)
        row.addWidget(QLabel(self.tr("Revenue is")))
        row.addWidget(self.revenue_first, 1)
        row.addWidget(QLabel(self.tr("then")))
        row.addWidget(self.revenue_second, 1)
        self.save_choices = self._button(self.tr("Save"), self.save_object_choices)
        self.save_choices.setAccessibleName(self.tr("Save the tabs' objects"))
        row.addWidget(self.save_choices)
        return box

    def _fill_choices(self) -> None:
        choices = self.model.object_choices()
        revenue = [*choices.revenue_object_ids, None, None]
        for combo, options, current, none in (
            (self.service_object, choices.service_choices, choices.service_object_id, False),
            (self.revenue_first, choices.revenue_choices, revenue[0], True),
            (self.revenue_second, choices.revenue_choices, revenue[1], True),
        ):
            combo.clear()
            if none:
                combo.addItem(self.tr("None"), None)
            for oid, label in options:
                combo.addItem(label, str(oid))
            combo.setCurrentIndex(max(0, combo.findData(str(current))) if current else 0)

    def save_object_choices(self) -> None:
        """SET-1: save the service object and the revenue objects (first one first)."""
        service = self.service_object.currentData()
        revenue = [
            uuid.UUID(c.currentData())
            for c in (self.revenue_first, self.revenue_second)
            if c.currentData()
        ]
        if service is None:
            return
        self._run(lambda: self.model.save_object_choices(uuid.UUID(service), revenue))

    # ---- the object list -------------------------------------------------------------

    def _object_column(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Objects"), objectName="Muted"))
        self.object_list = QListWidget()
        self.object_list.setAccessibleName(self.tr("Objects"))
        self.object_list.setMinimumWidth(170)
        self.object_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.object_list.currentRowChanged.connect(lambda _r: self._show_object())
        column.addWidget(self.object_list, 1)
        self.new_object_button = self._button(self.tr("New object…"), self.new_object)
        column.addWidget(self.new_object_button)
        return box

    def _object_pane(self) -> QWidget:
        pane = QWidget()
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.object_title = QLabel(objectName="CardTitle")
        head.addWidget(self.object_title, 1)
        self.rename_object_button = self._button(self.tr("Rename…"), self.rename_object)
        self.archive_object_button = self._button(self.tr("Archive"), self.archive_object)
        head.addWidget(self.rename_object_button)
        head.addWidget(self.archive_object_button)
        column.addLayout(head)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(self._properties_section(), self.tr("Properties"))
        self.pipeline_editor = PipelineEditor(self.model, self.verdict)
        self.pipeline_editor.failed.connect(self._show_error)
        self.pipeline_editor.changed.connect(self.error.hide)
        self.sections.addTab(self.pipeline_editor, self.tr("Pipelines"))
        column.addWidget(self.sections, 1)
        return pane

    def _properties_section(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        self.property_table = QTableWidget(0, 3)
        self.property_table.setAccessibleName(self.tr("Properties"))
        self.property_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Options")]
        )
        self.property_table.verticalHeader().hide()
        self.property_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.property_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.property_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.property_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 220)
        self.property_table.doubleClicked.connect(lambda _i: self.edit_property())
        self.property_table.itemSelectionChanged.connect(self._property_selected)
        column.addWidget(self.property_table, 1)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.property_buttons = {
            "add": self._button(self.tr("Add property…"), self.add_property),
            "edit": self._button(self.tr("Edit…"), self.edit_property, writes=False),
            "up": self._button(self.tr("Move up"), lambda: self.move_property(-1)),
            "down": self._button(self.tr("Move down"), lambda: self.move_property(1)),
            "archive": self._button(self.tr("Archive"), self.archive_property),
            "restore": self._button(self.tr("Restore…"), self.restore_property),
        }
        for button in self.property_buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    # ---- loading ---------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read everything again, keeping the selected object (or selecting `select`)."""
        keep = select or self.current_object_id()
        self._fill_choices()
        self.objects = {o.id: o for o in self.model.objects()}
        self.object_list.blockSignals(True)
        self.object_list.clear()
        for obj in self.objects.values():
            text = obj.plural + (self.tr(" (custom)") if obj.is_custom else "")
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(ID_ROLE, str(obj.id))
            self.object_list.addItem(item)
            if obj.id == keep:
                self.object_list.setCurrentItem(item)
        if self.object_list.currentRow() < 0 and self.object_list.count():
            self.object_list.setCurrentRow(0)
        self.object_list.blockSignals(False)
        self._show_object()

    def current_object_id(self) -> uuid.UUID | None:
        """The object selected in the list."""
        item = self.object_list.currentItem() if hasattr(self, "object_list") else None
        return uuid.UUID(item.data(ID_ROLE)) if item is not None else None

    def current_object(self) -> ObjectInfo | None:
        """The selected object."""
        oid = self.current_object_id()
        return self.objects.get(oid) if oid is not None else None

    def select_object(self, plural: str) -> None:
        """Select an object by its plural name (as a user clicks it)."""
        for i in range(self.object_list.count()):
            oid = uuid.UUID(self.object_list.item(i).data(ID_ROLE))
            if self.objects[oid].plural == plural:
                self.object_list.setCurrentRow(i)
                return
        raise KeyError(plural)

    def _show_object(self, select_property: uuid.UUID | None = None) -> None:
        obj = self.current_object()
        if obj is None:
            return
        kind = self.tr("Custom object") if obj.is_custom else self.tr("Standard object")
        self.object_title.setText(f"{obj.plural}  ·  {kind}")
        for button in (self.rename_object_button, self.archive_object_button):
            button.setVisible(obj.is_custom)
        self.sections.setTabEnabled(1, obj.has_pipelines)
        self.sections.setTabToolTip(
            1, "" if obj.has_pipelines else self.tr("{obj} have no stages.").format(obj=obj.plural)
        )
        if not obj.has_pipelines:
            self.sections.setCurrentIndex(0)
        else:
            self.pipeline_editor.load(obj.id)
        self.props = self.model.properties(obj.id)
        self.property_table.setRowCount(len(self.props))
        for row, prop in enumerate(self.props):
            cells = (prop.label, type_label(self, prop.type), ", ".join(prop.options))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(f"{prop.label} ({prop.key})" if col == 0 else text)
                cell.setData(ID_ROLE, str(prop.id))
                self.property_table.setItem(row, col, cell)
            if prop.id == select_property:
                self.property_table.selectRow(row)
        self._property_selected()
        self.property_buttons["restore"].setEnabled(
            bool(self.verdict) and bool(self.model.archived(obj.id))
        )

    def _property_selected(self) -> None:
        """Archive only what may be archived (the domain refuses the rest, with the reason)."""
        prop = self.current_property()
        button = self.property_buttons["archive"]
        kept = prop is not None and (prop.column == "name" or prop.is_read_only)
        button.setEnabled(bool(self.verdict) and prop is not None and not kept)
        button.setToolTip(
            self.verdict.user_message
            or (self.tr("Tend keeps this property: it cannot be archived.") if kept else "")
        )

    def current_property(self) -> PropertyInfo | None:
        """The property selected in the table."""
        row = self.property_table.currentRow()
        return self.props[row] if 0 <= row < len(self.props) else None

    # ---- changes ---------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _run(self, action: Callable[[], object], select: uuid.UUID | None = None) -> bool:
        self.error.hide()
        try:
            action()
        except DomainError as exc:
            self._show_error(exc.user_message)
            return False
        self.reload(select)
        return True

    def new_object(self) -> None:
        """Ask for a custom object's names and make it."""
        dialog = ObjectDialog(self)
        made: list[uuid.UUID] = []

        def save() -> None:
            made.append(
                self.model.create_object(
                    dialog.singular.text(), dialog.plural.text(), dialog.has_pipelines.isChecked()
                )
            )

        dialog.save = save
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and made:
            self.reload(made[0])

    def rename_object(self) -> None:
        """Rename the selected custom object."""
        obj = self.current_object()
        if obj is None:
            return
        dialog = ObjectDialog(self, obj)
        dialog.save = lambda: self.model.rename_object(
            obj.id, dialog.singular.text(), dialog.plural.text()
        )
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(obj.id)

    def archive_object(self) -> None:
        """Archive the selected custom object, once the user agrees."""
        obj = self.current_object()
        if obj is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Archive an object"),
            self.tr("Archive {obj}? Its records and history are kept, but it is no longer "
                    "offered anywhere.").format(obj=obj.plural),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.model.archive_object(obj.id))

    def property_dialog(self, prop: PropertyInfo | None = None) -> PropertyDialog | None:
        """The property dialog for the selected object (a new property, or `prop`)."""
        obj = self.current_object()
        if obj is None:
            return None
        self.dialog = PropertyDialog(self.model, obj.id, self.verdict, prop, self)
        self.dialog.finished.connect(lambda _r: self._show_object(prop.id if prop else None))
        return self.dialog

    def add_property(self) -> None:
        """Open the property dialog for a new property."""
        dialog = self.property_dialog()
        if dialog is not None:
            dialog.open()

    def edit_property(self) -> None:
        """Open the property dialog for the selected property."""
        prop = self.current_property()
        dialog = self.property_dialog(prop) if prop is not None else None
        if dialog is not None:
            dialog.open()

    def move_property(self, step: int) -> None:
        """Move the selected property up or down."""
        prop, obj = self.current_property(), self.current_object()
        if prop is None or obj is None:
            return
        ids = [p.id for p in self.props]
        i = ids.index(prop.id)
        j = i + step
        if 0 <= j < len(ids):
            ids[i], ids[j] = ids[j], ids[i]
            if self._run(lambda: self.model.reorder_properties(obj.id, ids)):
                self._show_object(prop.id)

    def archive_property(self) -> None:
        """Archive the selected property (its values and history stay)."""
        prop = self.current_property()
        if prop is not None:
            self._run(lambda: self.model.archive_property(prop.id))

    def restore_property(self) -> None:
        """Pick an archived property and bring it back."""
        obj = self.current_object()
        archived = self.model.archived(obj.id) if obj else []
        if not archived:
            return
        labels = [label for _i, label in archived]
        label, ok = QInputDialog.getItem(
            self, self.tr("Restore a property"), self.tr("Archived property"), labels, 0, False
        )
        if ok:
            chosen = archived[labels.index(label)][0]
            self._run(lambda: self.model.restore_property(chosen))


class ObjectsDialog(PageDialog):
    """Settings → Objects, as a dialog of its own from the settings dialog."""

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__((960, 600), parent)
        self.page = ObjectsPage(db, viewer, self)
        self.show_page(self.tr("Objects and properties"), self.page)
