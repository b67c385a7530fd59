"""A Services or Revenue tab's settings from its gear (SET-4, SET-5): show the tab, the
pipelines it shows, the default pipeline and layout. Anyone may look; saving needs PERM-4,
and a refusal (from the domain) is explained in the dialog."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ViewTab
from app.domain.errors import DomainError
from app.models.i18n import tr
from app.models.pipeline_tab import PipelineTabSettings
from app.views.common.verdict_buttons import save_cancel_buttons

TITLES = {ViewTab.SERVICES: "Services", ViewTab.REVENUE: "Revenue"}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TabSettingsDialog(QDialog):
    """The settings of one pipeline tab of the viewer's workspace."""

    def __init__(self, model: PipelineTabSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        settings = model.tab_settings()
        title = tr(TITLES[model.tab])
        self.setWindowTitle(self.tr("{tab} tab settings").format(tab=title))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addWidget(
            QLabel(self.tr("{tab} tab settings").format(tab=title), objectName="CardTitle")
        )
        verdict = model.may_change_settings()
        self.banner = QLabel(verdict.user_message, objectName="Banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(not verdict)
        layout.addWidget(self.banner)

        self.shown = QCheckBox(self.tr("Show the {tab} tab").format(tab=title))
        self.shown.setChecked(settings.shown)
        layout.addWidget(self.shown)
        layout.addWidget(QLabel(self.tr("Pipelines shown"), objectName="Muted"))
        self.pipelines = QListWidget()
        self.pipelines.setAccessibleName(self.tr("Pipelines shown"))
        self.pipelines.setMaximumHeight(140)
        form = QFormLayout()
        self.default_pipeline = QComboBox()
        self.default_pipeline.setAccessibleName(self.tr("Default pipeline"))
        for pipeline in settings.pipelines:
            label = (
                pipeline.name
                if model.tab == ViewTab.SERVICES
                else f"{pipeline.object_label} · {pipeline.name}"
            )
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, str(pipeline.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shown = pipeline.id in settings.shown_ids
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            self.pipelines.addItem(item)
            self.default_pipeline.addItem(label, str(pipeline.id))
        if settings.default_pipeline_id is not None:
            index = self.default_pipeline.findData(str(settings.default_pipeline_id))
            self.default_pipeline.setCurrentIndex(max(0, index))
        layout.addWidget(self.pipelines)
        self.default_layout = QComboBox()
        self.default_layout.setAccessibleName(self.tr("Default layout"))
        self.default_layout.addItem(self.tr("Board"), "board")
        self.default_layout.addItem(self.tr("Table"), "table")
        self.default_layout.setCurrentIndex(
            max(0, self.default_layout.findData(settings.default_layout))
        )
        form.addRow(self.tr("Default pipeline"), self.default_pipeline)
        form.addRow(self.tr("Default layout"), self.default_layout)
        layout.addLayout(form)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons, self.save_button = save_cancel_buttons(self, verdict, self.save)
        layout.addWidget(buttons)

    def checked_ids(self) -> list[uuid.UUID]:
        """The pipelines ticked to be shown."""
        items = (self.pipelines.item(i) for i in range(self.pipelines.count()))
        return [
            uuid.UUID(item.data(ID_ROLE))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        """Save through the domain; a refusal is shown here and the dialog stays open."""
        self.error.hide()
        try:
            self.model.save_settings(
                self.shown.isChecked(),
                self.checked_ids(),
                uuid.UUID(self.default_pipeline.currentData()),
                self.default_layout.currentData(),
            )
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            return
        self.accept()
