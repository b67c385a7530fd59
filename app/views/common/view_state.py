"""What a tab with saved views does with them (CUS-3, SRV-3, REV-3): mark filter, column
and sort changes as unsaved, "Save view" them (a refusal is explained in the message
bar) or "Reset" to the saved view. Shared by the Customers, Services and Revenue tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.domain.errors import DomainError, PermissionDenied
from app.models.saved_views import ViewInfo
from app.views.common.filter_bar import FilterBar
from app.views.common.message_bar import MessageBar
from app.views.common.view_sidebar import ViewSidebar


class SavedViewState:
    """A mixin for a QWidget tab with `sidebar`, `filter_bar`, `messages`, the shown
    `view`, its `columns` and `sort`, and a `show_view(view)` that shows a view as saved."""

    view: ViewInfo | None
    filter_bar: FilterBar | None
    sidebar: ViewSidebar
    messages: MessageBar
    columns: list[str]
    sort: list[Any]

    def _make_view_buttons(self: Any) -> list[QWidget]:
        """The "Reset" and "Save view" buttons for the tab's header; the unsaved marker is made here
        too, as `self.unsaved`, for the header's line under the title."""
        self.unsaved = QLabel(self.tr("· Unsaved"), objectName="Muted")
        self.unsaved.setToolTip(
            self.tr("This view has changes: Save view keeps them, Reset drops them.")
        )
        self.reset_button = QPushButton(self.tr("Reset"))
        self.save_button = QPushButton(self.tr("Save view"), objectName="Primary")
        self.save_button.clicked.connect(self.save_view)
        self.reset_button.clicked.connect(self.reset_view)
        return [self.reset_button, self.save_button]

    def _update_unsaved(self) -> None:
        """The marker shows when the filters, columns or sort differ from the saved view."""
        if self.view is None or self.filter_bar is None:
            return
        saved_sort = self.view.sort or [["name", "asc"]]
        changed = (
            self.filter_bar.filters() != self.view.filters
            or (self.sort or saved_sort) != saved_sort
            or (bool(self.view.columns) and self.columns != self.view.columns)
        )
        self._set_unsaved(changed)

    def _set_unsaved(self: Any, unsaved: bool) -> None:
        for widget in (self.unsaved, self.save_button, self.reset_button):
            widget.setVisible(unsaved)

    def current_state(self) -> dict[str, Any]:
        """The table's filters, columns and sort, as a view would keep them."""
        assert self.view is not None and self.filter_bar is not None
        return {
            "filters": self.filter_bar.filters(),
            "columns": list(self.columns),
            "sort": list(self.sort),
        }

    def save_view(self: Any) -> None:
        """ "Save view": keep the changes (refusals are explained in the message bar)."""
        if self.view is None:
            return
        state = self.current_state()
        try:
            self.sidebar.model.save_state(
                self.view.id, state["filters"], state["columns"], state["sort"]
            )
        except PermissionDenied as exc:
            self.messages.show_message(
                exc.reason
                + " "
                + self.tr("Use “+ Create view” to keep these changes as a new view.")
            )
            return
        except DomainError as exc:
            self.messages.show_message(exc.user_message)
            return
        self.messages.hide()
        self.sidebar.refresh(self.view.id)

    def reset_view(self: Any) -> None:
        """ "Reset": drop the unsaved changes."""
        if self.view is not None:
            self.show_view(self.view)
