"""The "+ Create" record form (OBJ-2, OBJ-3, UX-5): the object's required and common
properties (the owner starts as the viewer), its pipeline and stage where it has them,
and the chosen stage's required properties. Create checks every field at once: each
refusal shows beside its field, the dialog stays open and nothing typed is lost. Create
is greyed, with the reason, for a viewer who may not create records (PERM-3)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain import permissions
from app.domain.errors import DomainError, ValidationError, ValidationErrors
from app.domain.properties import PropertyInfo
from app.models.i18n import tr
from app.models.record_form import RecordForm
from app.views.common.preview_host import PreviewHost
from app.views.common.property_editor import editor_value, property_editor
from app.views.common.verdict_buttons import B, verdict_button


class RecordFormDialog(QDialog):
    """Creates one record; emits `created` with its id, then closes."""

    created = Signal(object)

    def __init__(self, model: RecordForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        spec = model.spec
        self.setWindowTitle(self.tr("Create {object}").format(object=spec.singular.lower()))
        self.setMinimumWidth(520)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.props: dict[str, PropertyInfo] = {}
        self.labels: dict[str, QLabel] = {}
        self.stage_keys: list[str] = []
        self.kept: dict[str, QWidget] = {}  # a stage's editors, kept when another is chosen
        root = QVBoxLayout(self)
        root.setSpacing(10)
        heading = QLabel(self.windowTitle(), objectName="CardTitle")
        root.addWidget(heading)
        note = QLabel(self.tr("Fields marked * are required."), objectName="Muted")
        root.addWidget(note)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        root.addLayout(self.form)
        for prop in model.fields:
            value = model.viewer.id if prop.key == spec.owner_key else None
            self._add_field(self.form, prop, value)
        self.pipeline_menu: QComboBox | None = None
        self.stage_menu: QComboBox | None = None
        # The chosen stage's own fields follow this line, in the same form (aligned).
        self.stage_intro = QLabel(objectName="Muted")
        self.stage_intro.setWordWrap(True)
        if spec.pipelines:
            self._add_placement()
        self.message = QLabel(objectName="FormError")
        self.message.setWordWrap(True)
        self.message.hide()
        root.addWidget(self.message)
        root.addStretch(1)
        self._add_buttons(root)
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.setFocus()

    # -- building ---------------------------------------------------------------------------
    def _add_field(self, form: QFormLayout, prop: PropertyInfo, value: Any) -> None:
        editor = self.kept.pop(prop.key, None)
        if editor is None:  # Enter in a line presses Create, the dialog's default button
            editor = property_editor(prop, value, self.model.formatter)
        self._add_row(form, prop.key, prop.label + (" *" if prop.is_required else ""), editor)
        self.props[prop.key] = prop
        self.labels[prop.key] = row_label(form, editor)

    def _add_row(self, form: QFormLayout, key: str, label: str, editor: QWidget) -> None:
        error = QLabel(objectName="FieldError")
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(error)
        form.addRow(label, box)
        self.editors[key] = editor
        self.errors[key] = error

    def _add_placement(self) -> None:
        """The pipeline and stage menus (OBJ-3), starting where the form was opened."""
        spec, model = self.model.spec, self.model
        self.pipeline_menu = QComboBox()
        self.pipeline_menu.setAccessibleName(self.tr("Pipeline"))
        for pipeline in spec.pipelines:
            self.pipeline_menu.addItem(pipeline.name, str(pipeline.id))
        chosen = spec.pipeline(model.pipeline_id)
        if chosen is not None:
            self.pipeline_menu.setCurrentIndex(self.pipeline_menu.findData(str(chosen.id)))
        self.stage_menu = QComboBox()
        self.stage_menu.setAccessibleName(self.tr("Stage"))
        self._add_row(self.form, "pipeline", self.tr("Pipeline"), self.pipeline_menu)
        self._add_row(self.form, "stage", self.tr("Stage"), self.stage_menu)
        self.form.addRow(self.stage_intro)
        self._fill_stages(model.stage_id)
        self.pipeline_menu.currentIndexChanged.connect(lambda _i: self._fill_stages(None))
        self.stage_menu.currentIndexChanged.connect(lambda _i: self._show_stage_fields())

    def _fill_stages(self, stage_id: uuid.UUID | None) -> None:
        assert self.pipeline_menu is not None and self.stage_menu is not None
        pipeline = self.model.spec.pipeline(uuid.UUID(self.pipeline_menu.currentData()))
        self.stage_menu.blockSignals(True)
        self.stage_menu.clear()
        for stage in pipeline.stages if pipeline else ():
            self.stage_menu.addItem(stage.name, str(stage.id))
        self.stage_menu.setCurrentIndex(max(0, self.stage_menu.findData(str(stage_id))))
        self.stage_menu.blockSignals(False)
        self._show_stage_fields()

    def _add_buttons(self, root: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("Primary")
        # Enter in a line presses Create, never Cancel (which would lose what was typed).
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        verdict = self.model.verdict()
        if not verdict:  # PERM-3, PERM-6: greyed with the reason (the domain refuses too)
            self.create_button.setEnabled(False)
            self.create_button.setToolTip(verdict.user_message)
            self._say(verdict.user_message)
        root.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """Keep Create the default button (the button box picks one as it is shown)."""
        super().showEvent(event)
        self.create_button.setDefault(True)

    # -- the chosen stage's required properties (OBJ-3) ---------------------------------------
    def current_stage(self) -> uuid.UUID | None:
        """The stage chosen (None for an object without pipelines)."""
        if self.stage_menu is None or not self.stage_menu.currentData():
            return None
        return uuid.UUID(self.stage_menu.currentData())

    def _show_stage_fields(self) -> None:
        """Ask for what the chosen stage requires; another stage's typed values are kept
        in case it is chosen again."""
        for key in self.stage_keys:  # the last rows of the form
            editor = self.editors.pop(key)
            self.errors.pop(key)
            self.props.pop(key)
            self.labels.pop(key)
            editor.setParent(None)  # out of its row, which is deleted
            self.kept[key] = editor
            self.form.removeRow(self.form.rowCount() - 1)
        needed = self.model.stage_fields(self.current_stage())
        self.stage_keys = [p.key for p in needed]
        for prop in needed:
            self._add_field(self.form, prop, None)
            self.labels[prop.key].setText(prop.label + " *")
        required = self.model.spec.stage_fields.get(self.current_stage() or uuid.UUID(int=0), ())
        for prop in self.model.fields:  # the stage may require fields the form has anyway
            marked = prop.is_required or prop in required
            self.labels[prop.key].setText(prop.label + (" *" if marked else ""))
        if needed and self.stage_menu is not None:
            self.stage_intro.setText(
                self.tr("{stage} needs these too:").format(stage=self.stage_menu.currentText())
            )
        if self.stage_menu is not None:
            self.form.setRowVisible(self.stage_intro, bool(needed))

    # -- saving -------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What the fields hold, by property key (and the pipeline and stage)."""
        values = {
            key: editor_value(prop, self.editors[key], self.model.formatter)
            for key, prop in self.props.items()
        }
        if self.pipeline_menu is not None and self.stage_menu is not None:
            values["pipeline"] = self.pipeline_menu.currentData()
            values["stage"] = self.stage_menu.currentData()
        return values

    def save(self) -> None:
        """Create the record; every refused field says why beside it, nothing is lost."""
        if not self.create_button.isEnabled():
            return
        for label in self.errors.values():
            label.hide()
        self.message.hide()
        try:
            record_id = self.model.create(self.values())
        except ValidationErrors as exc:
            self._refuse(exc.errors)
            return
        except ValidationError as exc:
            self._refuse({exc.field: exc.user_message})
            return
        except DomainError as exc:
            self._say(exc.user_message)
            return
        self.created.emit(record_id)
        self.accept()

    def _refuse(self, errors: dict[str, str]) -> None:
        focused = False
        for key, message in errors.items():
            label = self.errors.get(key)
            if label is None:
                self._say(message)
                continue
            label.setText(message)
            label.show()
            if not focused:
                self.editors[key].setFocus()
                focused = True
        self.adjustSize()  # room for the wrapped messages

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        self.adjustSize()


def row_label(form: QFormLayout, field: QWidget) -> QLabel:
    """The label QFormLayout made for the row holding `field`."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        layout = item.layout() if item is not None else None
        if layout is not None and layout.indexOf(field) >= 0:
            label = form.labelForField(layout)
            assert isinstance(label, QLabel)
            return label
    raise LookupError("the field is not in the form")


def create_button(tab: PreviewHost, button: B, what: str) -> B:
    """A tab's "+ Create" button: greyed with the reason for a viewer who may not create
    records (PERM-3; the domain refuses them too), else its tooltip says `what`."""
    button.setText(tr("+ Create"))
    button.setAccessibleName(what)
    return verdict_button(button, permissions.can_edit_records(tab.viewer), what)


def open_record_form(
    tab: PreviewHost,
    object_type_id: uuid.UUID,
    pipeline_id: uuid.UUID | None = None,
    stage_id: uuid.UUID | None = None,
) -> RecordFormDialog:
    """Open the create form over `tab`; the new record opens in the tab's preview panel
    (the tab's table or board shows it through the change channel)."""
    model = RecordForm(tab.db, tab.viewer, object_type_id, pipeline_id, stage_id)
    dialog = RecordFormDialog(model, tab if isinstance(tab, QWidget) else None)
    dialog.created.connect(tab.open_preview)
    dialog.open()
    return dialog
