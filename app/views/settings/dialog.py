"""The settings dialog: which object is the customer, its CSM and renewal properties
(SET-1, SET-3). Refusals come from the domain (PERM-4/PERM-6) and are shown in the dialog."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import or_, select

from app.domain import permissions
from app.domain.errors import DomainError, ValidationError
from app.domain.workspace import (
    CUSTOMER_OBJECT_KEYS,
    update_customer_settings,
    user_properties,
    workspace_for,
)
from app.store import ObjectType, PropertyDefinition, PropertyType, User, Workspace
from app.store.engine import Database


def _selected(combo: QComboBox) -> uuid.UUID | None:
    """The id held by a combo's current item (ids are kept as text in Qt's item data)."""
    data = combo.currentData()
    return uuid.UUID(data) if data else None


class SettingsDialog(QDialog):
    """Customers settings of the viewer's workspace."""

    def __init__(self, db: Database, viewer: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        with db.session() as session:
            ws = workspace_for(session, viewer)
            self.workspace_id = ws.id
            self.is_main = ws.is_main
            current = (ws.customer_object_id, ws.csm_property_id, ws.renewal_property_id)
            objects = session.scalars(
                select(ObjectType)
                .where(
                    or_(ObjectType.key.in_(CUSTOMER_OBJECT_KEYS), ObjectType.is_custom),
                    ObjectType.deleted_at.is_(None),
                )
                .order_by(ObjectType.position)
            ).all()
            self.objects = [(o.id, o.plural) for o in objects]
            self.heading = QLabel(
                self.tr("Customers settings · {ws}").format(ws=ws.name), objectName="CardTitle"
            )
        layout.addWidget(self.heading)
        verdict = permissions.can_change_workspace_settings(viewer)
        self.banner = QLabel(verdict.reason, objectName="Banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(not verdict)
        layout.addWidget(self.banner)

        form = QFormLayout()
        self.customer_object = QComboBox()
        self.customer_object.setAccessibleName(self.tr("Customer object"))
        for oid, plural in self.objects:
            self.customer_object.addItem(plural, str(oid))
        self.customer_object.setCurrentIndex(max(0, self.customer_object.findData(str(current[0]))))
        self.customer_object.setEnabled(self.is_main)
        self.csm_property = QComboBox()
        self.csm_property.setAccessibleName(self.tr("CSM property"))
        self.renewal_property = QComboBox()
        self.renewal_property.setAccessibleName(self.tr("Renewal date property"))
        self.customer_object.currentIndexChanged.connect(lambda _i: self._fill_properties())
        self._fill_properties(current[1], current[2])
        form.addRow(self.tr("Customers are"), self.customer_object)
        form.addRow(self.tr("CSM property"), self.csm_property)
        form.addRow(self.tr("Renewal date"), self.renewal_property)
        layout.addLayout(form)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(bool(verdict))
        if not verdict:
            self.save_button.setToolTip(verdict.reason)
        layout.addWidget(buttons)

    def _fill_properties(
        self, csm_id: uuid.UUID | None = None, renewal_id: uuid.UUID | None = None
    ) -> None:
        object_id = _selected(self.customer_object)
        self.csm_property.clear()
        self.renewal_property.clear()
        self.renewal_property.addItem(self.tr("None"), None)
        if object_id is None:
            return
        with self.db.session() as session:
            for prop in user_properties(session, object_id):
                self.csm_property.addItem(prop.label, str(prop.id))
            dates = session.scalars(
                select(PropertyDefinition)
                .where(
                    PropertyDefinition.object_type_id == object_id,
                    PropertyDefinition.type == PropertyType.DATE,
                    PropertyDefinition.deleted_at.is_(None),
                )
                .order_by(PropertyDefinition.position)
            ).all()
            for prop in dates:
                self.renewal_property.addItem(prop.label, str(prop.id))
        if csm_id is not None:
            self.csm_property.setCurrentIndex(max(0, self.csm_property.findData(str(csm_id))))
        if renewal_id is not None:
            found = self.renewal_property.findData(str(renewal_id))
            self.renewal_property.setCurrentIndex(max(0, found))

    def save(self) -> None:
        """Save through the domain; show a refusal here and keep the dialog open."""
        self.error.hide()
        try:
            with self.db.session() as session, session.begin():
                ws = session.get(Workspace, self.workspace_id)
                actor = session.get(User, self.viewer.id)
                assert ws is not None and actor is not None
                update_customer_settings(
                    session,
                    actor,
                    ws,
                    customer_object_id=_selected(self.customer_object),
                    csm_property_id=_selected(self.csm_property),
                    renewal_property_id=_selected(self.renewal_property),
                )
        except (ValidationError, DomainError) as exc:
            self.error.setText(getattr(exc, "message", None) or str(exc))
            self.error.show()
            return
        self.accept()
