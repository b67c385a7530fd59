"""Merge with another record (CUS-5, OBJ-6): find it by name, then merge it into this one."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from app.views.common.record_finder import RecordFinder
from app.views.common.view_dialogs import FormDialog


class MergeDialog(FormDialog):
    """Search, pick, Merge: the picked record is merged into `survivor_name`."""

    def __init__(
        self, survivor_name: str, find: Callable[[str], list[tuple[uuid.UUID, str]]],
        merge: Callable[[uuid.UUID], None], parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(self.tr("Merge with another record"), parent)
        self.find_records = find
        explain = QLabel(
            self.tr(
                "The record you pick is merged into “{name}”: its associations, activities "
                "and history move here, and its values fill the properties “{name}” lacks."
            ).format(name=survivor_name),
            objectName="Muted",
        )
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.finder = RecordFinder(
            find, self.tr("Search by name or domain"), self.tr("Find the record to merge")
        )
        self.search, self.matches = self.finder.search, self.finder.matches
        self.finder.picked.connect(lambda rid: self.save_button.setEnabled(rid is not None))
        self.add_field("search", self.tr("Find"), self.finder)
        self.save_button.setText(self.tr("Merge"))
        self.save_button.setEnabled(False)
        self.finish_layout()
        self.submit = lambda: merge(not_none(self.finder.current_id()))


def not_none(rid: uuid.UUID | None) -> uuid.UUID:
    """The picked record (Merge is enabled only once one is)."""
    assert rid is not None
    return rid
