"""Quick filters (create date, last activity date, CSM owner) and the advanced-filter
button above a table (CUS-2). Emits `changed` with the filters to apply."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QPushButton, QToolButton, QWidget

from app.domain.filters import ME, combine
from app.domain.properties import PropertyInfo
from app.models.i18n import tr
from app.views.common.filter_editor import FilterEditor, Vocabulary
from app.views.common.wrap_row import WrapRow

DATE_CHOICES: tuple[tuple[str, dict[str, Any] | None], ...] = (
    ("Any time", None),
    ("Today", {"op": "in_last_days", "value": 0}),
    ("Last 7 days", {"op": "in_last_days", "value": 7}),
    ("Last 30 days", {"op": "in_last_days", "value": 30}),
    ("Last 90 days", {"op": "in_last_days", "value": 90}),
    ("More than 30 days ago", {"op": "more_than_days_ago", "value": 30}),
    ("More than 90 days ago", {"op": "more_than_days_ago", "value": 90}),
)

# Health status (issue 13 item 5): "At risk" one click away, the other bands beside it.
HEALTH_CHOICES: tuple[tuple[str, dict[str, Any] | None], ...] = (
    ("Any", None),
    ("At risk", {"op": "is_any_of", "value": ["at_risk"]}),
    ("Neutral", {"op": "is_any_of", "value": ["neutral"]}),
    ("Healthy", {"op": "is_any_of", "value": ["healthy"]}),
    ("Not scored", {"op": "is_unknown"}),
)


class QuickFilter(QToolButton):
    """A drop-down button choosing one condition on one property (or none)."""

    def __init__(
        self,
        prop: PropertyInfo,
        choices: list[tuple[str, dict[str, Any] | None]],
        label: str | None = None,
    ) -> None:
        """`label`: a shorter name than the property's for the button ("Health")."""
        super().__init__(objectName="QuickFilter")
        self.prop = prop
        self.label = label or prop.label
        self.choice: dict[str, Any] | None = None
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(prop.label)
        self.setMinimumWidth(64)  # a narrow window elides the text ("Last ac… date ▾")
        menu = QMenu(self)
        for label, condition in choices:
            action = menu.addAction(tr(label))
            action.triggered.connect(lambda _=False, t=label, c=condition: self.choose(t, c))
        self.setMenu(menu)
        self.changed: Callable[[], None] = lambda: None
        self._label(None)

    def _label(self, label: str | None) -> None:
        self.setText(f"{self.label}: {label}" if label else f"{self.label} ▾")
        self.setProperty("active", bool(label))

    def choose(self, label: str, condition: dict[str, Any] | None) -> None:
        """Pick a choice (None clears this quick filter)."""
        self.choice = {"property": self.prop.key, **condition} if condition else None
        self._label(label if condition else None)
        self.changed()

    def clear(self) -> None:
        """Back to no condition."""
        self.choice = None
        self._label(None)


class FilterBar(QWidget):
    """Quick filters plus "Advanced filters" over a view's own groups."""

    changed = Signal()

    def __init__(
        self, props: Mapping[str, PropertyInfo], users: Mapping[uuid.UUID, str],
        csm_key: str | None, check: Callable[[list[Any]], None], parent: QWidget | None = None,
        vocabulary: Vocabulary | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.props = props
        self.users = users
        self.check = check
        self.groups: list[list[Any]] = []
        # Issue 16 item 4: at 1024 pixels (or in Polish) the filters go onto a second line
        # instead of eliding their names.
        row = WrapRow(self, spacing=6)
        self.quick: list[QuickFilter] = []
        for key in ("create_date", "last_activity_date"):
            if key in props:
                self.quick.append(QuickFilter(props[key], list(DATE_CHOICES)))
        if csm_key and csm_key in props:
            people: list[tuple[str, dict[str, Any] | None]] = [
                ("Anyone", None), ("Me", {"op": "is_any_of", "value": [ME]}),
                ("Unassigned", {"op": "is_unknown"}),
            ]  # fmt: skip
            people += [
                (name, {"op": "is_any_of", "value": [str(uid)]})
                for uid, name in sorted(users.items(), key=lambda kv: kv[1])
            ]
            self.quick.append(QuickFilter(props[csm_key], people))
        for quick in self.quick:
            quick.changed = self._quick_changed
            row.addWidget(quick)
        self.advanced = QPushButton(self.tr("Advanced filters"))
        self.advanced.clicked.connect(self.edit_advanced)
        self.clear_button = QPushButton(self.tr("Clear quick filters"))
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.advanced)
        row.addWidget(self.clear_button)
        self.editor: FilterEditor | None = None
        self._update_labels()

    def add_quick(self, quick: QuickFilter) -> QuickFilter:
        """One more quick filter, after the others (before "Advanced filters")."""
        quick.changed = self._quick_changed
        row = self.layout()
        assert isinstance(row, WrapRow)
        row.insert_widget(row.indexOf(self.advanced), quick)
        self.quick.append(quick)
        return quick

    def set_groups(self, groups: list[list[Any]]) -> None:
        """Show a view's own filters; quick filters start empty."""
        self.groups = [list(g) for g in groups]
        for quick in self.quick:
            quick.clear()
        self._update_labels()

    def filters(self) -> list[list[Any]]:
        """The view's groups with the quick filters ANDed into each."""
        extra = [q.choice for q in self.quick if q.choice]
        return combine(self.groups, extra)

    def _update_labels(self) -> None:
        count = sum(len(g) for g in self.groups)
        self.advanced.setText(
            self.tr("Advanced filters (%n)", "", count) if count else self.tr("Advanced filters")
        )
        self.clear_button.setVisible(any(q.choice for q in self.quick))

    def edit_advanced(self) -> None:
        """Open the editor on the current groups; Apply replaces them."""
        shown = sorted(
            (p for p in self.props.values() if p.type != "derived"), key=lambda p: p.label
        )
        self.editor = FilterEditor(
            shown, self.users, self.groups, self.check, self, self.vocabulary
        )
        self.editor.accepted.connect(self._advanced_applied)
        self.editor.open()

    def _quick_changed(self) -> None:
        self._update_labels()
        self.changed.emit()

    def _advanced_applied(self) -> None:
        assert self.editor is not None
        self.groups = self.editor.result_groups
        self._update_labels()
        self.changed.emit()

    def clear(self) -> None:
        """Drop the quick filters (the view's own conditions are edited in the editor)."""
        for quick in self.quick:
            quick.clear()
        self._update_labels()
        self.changed.emit()
