"""The pipelines part of Settings → Objects (OBJ-3, SET-4, SET-5): an object's pipelines and
their stages (add, rename, move, archive: each saved at once), the properties the selected
stage requires, and, for the Services or Revenue tab's objects, their CSM and renewal
properties."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.domain.enums import ViewTab
from app.domain.errors import DomainError
from app.domain.permissions import Verdict
from app.domain.pipelines import PipelineInfo
from app.models.object_settings import ObjectSettings

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _ids(widget: QListWidget) -> list[uuid.UUID]:
    return [uuid.UUID(widget.item(i).data(ID_ROLE)) for i in range(widget.count())]


def _current(widget: QListWidget) -> uuid.UUID | None:
    item = widget.currentItem()
    return uuid.UUID(item.data(ID_ROLE)) if item is not None else None


def _swap(ids: list[uuid.UUID], wanted: uuid.UUID, step: int) -> list[uuid.UUID] | None:
    i = ids.index(wanted)
    j = i + step
    if not 0 <= j < len(ids):
        return None
    ids = list(ids)
    ids[i], ids[j] = ids[j], ids[i]
    return ids


class PipelineEditor(QWidget):
    """The pipelines and stages of one object with stages."""

    failed = Signal(str)  # a refusal, for the page's message line
    changed = Signal()

    def __init__(self, model: ObjectSettings, verdict: Verdict, parent: QWidget | None = None):
        super().__init__(parent)
        self.model, self.verdict = model, verdict
        self.object_id: uuid.UUID | None = None
        self.pipelines: list[PipelineInfo] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(12)
        self.pipeline_list = QListWidget()
        self.pipeline_list.setAccessibleName(self.tr("Pipelines"))
        self.stage_list = QListWidget()
        self.stage_list.setAccessibleName(self.tr("Stages"))
        self.required_list = QListWidget()
        self.required_list.setAccessibleName(self.tr("Required properties"))
        self.buttons: dict[str, QAbstractButton] = {}
        for col, (title, widget, actions) in enumerate((
            (self.tr("Pipelines"), self.pipeline_list, (
                ("add_pipeline", self.tr("Add…"), self.add_pipeline),
                ("rename_pipeline", self.tr("Rename…"), self.rename_pipeline),
                ("up_pipeline", "↑", lambda: self.move_pipeline(-1)),
                ("down_pipeline", "↓", lambda: self.move_pipeline(1)),
                ("archive_pipeline", self.tr("Archive"), self.archive_pipeline),
            )),
            (self.tr("Stages"), self.stage_list, (
                ("add_stage", self.tr("Add…"), self.add_stage),
                ("rename_stage", self.tr("Rename…"), self.rename_stage),
                ("up_stage", "↑", lambda: self.move_stage(-1)),
                ("down_stage", "↓", lambda: self.move_stage(1)),
                ("archive_stage", self.tr("Archive"), self.archive_stage),
                ("closed_stage", self.tr("Closed"), self.toggle_closed),
            )),
            (self.tr("Required to enter the stage"), self.required_list, (
                ("save_required", self.tr("Save required"), self.save_required),
            )),
        )):  # fmt: skip
            grid.addWidget(QLabel(title, objectName="Muted"), 0, col)
            grid.addWidget(widget, 1, col)
            row = QHBoxLayout()
            row.setSpacing(4)
            for key, text, slot in actions:
                button = QToolButton()  # compact: three columns fit a 1024-pixel screen
                button.setText(text)
                if text in ("↑", "↓"):
                    button.setAccessibleName(
                        self.tr("Move up") if text == "↑" else self.tr("Move down")
                    )
                button.clicked.connect(slot)
                button.setEnabled(bool(verdict))
                button.setToolTip(verdict.user_message)
                self.buttons[key] = button
                row.addWidget(button)
            row.addStretch(1)
            grid.addLayout(row, 2, col)
        closed = self.buttons["closed_stage"]
        closed.setCheckable(True)
        closed.setToolTip(
            verdict.user_message or self.tr("A closed stage marks won, lost or done.")
        )
        self.pipeline_list.currentRowChanged.connect(lambda _r: self._fill_stages())
        self.stage_list.currentRowChanged.connect(lambda _r: self._fill_required())
        # SET-4, SET-5: the object's CSM and renewal properties in its tab
        self.role_box = QWidget()
        role = QFormLayout(self.role_box)
        role.setContentsMargins(0, 8, 0, 0)
        self.role_title = QLabel(objectName="Muted")
        role.addRow(self.role_title)
        self.csm = QComboBox()
        self.csm.setAccessibleName(self.tr("CSM property"))
        self.renewal = QComboBox()
        self.renewal.setAccessibleName(self.tr("Renewal date property"))
        save_role = QPushButton(self.tr("Save"))
        save_role.setEnabled(bool(verdict))
        save_role.setToolTip(verdict.user_message)
        save_role.clicked.connect(self.save_role)
        self.buttons["save_role"] = save_role
        line = QHBoxLayout()
        line.addWidget(self.csm, 1)
        line.addWidget(QLabel(self.tr("Renewal date")))
        line.addWidget(self.renewal, 1)
        line.addWidget(save_role)
        role.addRow(self.tr("CSM property"), line)
        grid.addWidget(self.role_box, 3, 0, 1, 3)
        self.role_tab: ViewTab | None = None

    # ---- loading ---------------------------------------------------------------------

    def load(self, object_id: uuid.UUID, select: uuid.UUID | None = None) -> None:
        """Show an object's pipelines (keeping `select`, else the current one, selected)."""
        keep = select or (_current(self.pipeline_list) if object_id == self.object_id else None)
        stage = _current(self.stage_list) if object_id == self.object_id else None
        self.object_id = object_id
        self.pipelines = self.model.pipelines(object_id)
        self.pipeline_list.blockSignals(True)
        self.pipeline_list.clear()
        for pipeline in self.pipelines:
            item = QListWidgetItem(pipeline.name)
            item.setData(ID_ROLE, str(pipeline.id))
            self.pipeline_list.addItem(item)
            if pipeline.id == keep:
                self.pipeline_list.setCurrentItem(item)
        if self.pipeline_list.currentRow() < 0 and self.pipelines:
            self.pipeline_list.setCurrentRow(0)
        self.pipeline_list.blockSignals(False)
        self._fill_stages(stage)
        self._fill_role()

    def pipeline(self) -> PipelineInfo | None:
        """The selected pipeline."""
        wanted = _current(self.pipeline_list)
        return next((p for p in self.pipelines if p.id == wanted), None)

    def _fill_stages(self, select: uuid.UUID | None = None) -> None:
        self.stage_list.blockSignals(True)
        self.stage_list.clear()
        pipeline = self.pipeline()
        for stage in pipeline.stages if pipeline else ():
            text = stage.name + (self.tr("  · closed") if stage.is_closed else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, str(stage.id))
            self.stage_list.addItem(item)
            if stage.id == select:
                self.stage_list.setCurrentItem(item)
        if self.stage_list.currentRow() < 0 and self.stage_list.count():
            self.stage_list.setCurrentRow(0)
        self.stage_list.blockSignals(False)
        self._fill_required()

    def _fill_required(self) -> None:
        self.required_list.clear()
        stage_id = _current(self.stage_list)
        pipeline = self.pipeline()
        closed = self.buttons["closed_stage"]
        closed.blockSignals(True)
        closed.setChecked(bool(stage_id and pipeline and pipeline.stage(stage_id).is_closed))
        closed.blockSignals(False)
        if stage_id is None or self.object_id is None:
            return
        required = self.model.required(stage_id)
        for prop in self.model.properties(self.object_id):
            if prop.is_read_only:
                continue
            item = QListWidgetItem(prop.label)
            item.setData(ID_ROLE, str(prop.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = prop.id in required
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.required_list.addItem(item)

    def _fill_role(self) -> None:
        assert self.object_id is not None
        role = self.model.tab_role(self.object_id)
        self.role_box.setVisible(role is not None)
        self.role_tab = role.tab if role else None
        if role is None:
            return
        tab = self.tr("Services") if role.tab == ViewTab.SERVICES else self.tr("Revenue")
        self.role_title.setText(self.tr("In your workspace's {tab} tab").format(tab=tab))
        for combo, choices, current in (
            (self.csm, role.users, role.csm_property_id),
            (self.renewal, role.dates, role.renewal_property_id),
        ):
            combo.clear()
            combo.addItem(self.tr("None"), None)
            for pid, label in choices:
                combo.addItem(label, str(pid))
            combo.setCurrentIndex(max(0, combo.findData(str(current))) if current else 0)

    # ---- changes ---------------------------------------------------------------------

    def _run(self, action: Callable[[], object], select: uuid.UUID | None = None) -> None:
        try:
            action()
        except DomainError as exc:
            self.failed.emit(exc.user_message)
            return
        assert self.object_id is not None
        self.load(self.object_id, select)
        self.changed.emit()

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def add_pipeline(self) -> None:
        """A new pipeline with the starting stages."""
        name = self._ask(self.tr("Add a pipeline"), self.tr("Pipeline name"))
        if name is not None and self.object_id is not None:
            object_id = self.object_id
            made: list[uuid.UUID] = []
            self._run(lambda: made.append(self.model.add_pipeline(object_id, name)))

    def rename_pipeline(self) -> None:
        """Rename the selected pipeline."""
        pipeline = self.pipeline()
        if pipeline is None:
            return
        name = self._ask(self.tr("Rename the pipeline"), self.tr("Pipeline name"), pipeline.name)
        if name is not None:
            self._run(lambda: self.model.rename_pipeline(pipeline.id, name), pipeline.id)

    def move_pipeline(self, step: int) -> None:
        """Move the selected pipeline up or down."""
        pipeline = self.pipeline()
        ids = _swap(_ids(self.pipeline_list), pipeline.id, step) if pipeline else None
        if ids is not None and self.object_id is not None and pipeline is not None:
            object_id = self.object_id
            self._run(lambda: self.model.reorder_pipelines(object_id, ids), pipeline.id)

    def archive_pipeline(self) -> None:
        """Archive the selected pipeline (refused while it holds records)."""
        pipeline = self.pipeline()
        if pipeline is not None:
            self._run(lambda: self.model.archive_pipeline(pipeline.id))

    def add_stage(self) -> None:
        """A new stage at the end of the selected pipeline."""
        pipeline = self.pipeline()
        if pipeline is None:
            return
        name = self._ask(self.tr("Add a stage"), self.tr("Stage name"))
        if name is not None:
            self._run(lambda: self.model.add_stage(pipeline.id, name), pipeline.id)

    def rename_stage(self) -> None:
        """Rename the selected stage."""
        stage_id, item = _current(self.stage_list), self.stage_list.currentItem()
        pipeline = self.pipeline()
        if stage_id is None or item is None or pipeline is None:
            return
        name = self._ask(
            self.tr("Rename the stage"), self.tr("Stage name"), pipeline.stage(stage_id).name
        )
        if name is not None:
            self._run(lambda: self.model.rename_stage(stage_id, name), pipeline.id)

    def move_stage(self, step: int) -> None:
        """Move the selected stage up or down (the board's columns follow)."""
        stage_id, pipeline = _current(self.stage_list), self.pipeline()
        ids = _swap(_ids(self.stage_list), stage_id, step) if stage_id else None
        if ids is not None and pipeline is not None:
            self._run(lambda: self.model.reorder_stages(pipeline.id, ids), pipeline.id)

    def archive_stage(self) -> None:
        """Archive the selected stage (refused while it holds records)."""
        stage_id, pipeline = _current(self.stage_list), self.pipeline()
        if stage_id is not None and pipeline is not None:
            self._run(lambda: self.model.archive_stage(stage_id), pipeline.id)

    def toggle_closed(self) -> None:
        """Mark the selected stage closed or open, as the button now says."""
        stage_id, pipeline = _current(self.stage_list), self.pipeline()
        if stage_id is None or pipeline is None:
            return
        closed = self.buttons["closed_stage"].isChecked()
        self._run(lambda: self.model.set_stage_closed(stage_id, closed), pipeline.id)

    def save_required(self) -> None:
        """Save the ticked properties as the selected stage's required ones."""
        stage_id, pipeline = _current(self.stage_list), self.pipeline()
        if stage_id is None or pipeline is None:
            return
        items = (self.required_list.item(i) for i in range(self.required_list.count()))
        ticked = [
            uuid.UUID(i.data(ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked
        ]
        self._run(lambda: self.model.set_required(stage_id, ticked), pipeline.id)

    def save_role(self) -> None:
        """Save the object's CSM and renewal properties in its tab."""
        if self.role_tab is None or self.object_id is None:
            return
        tab, object_id = self.role_tab, self.object_id
        csm = uuid.UUID(self.csm.currentData()) if self.csm.currentData() else None
        renewal = uuid.UUID(self.renewal.currentData()) if self.renewal.currentData() else None
        self._run(lambda: self.model.save_tab_role(tab, object_id, csm, renewal))
