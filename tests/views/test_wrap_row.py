"""A toolbar that wraps instead of cutting its text (issue 16 item 4): one line, the last
groups at the right edge, while the width holds every group at its natural size; two
left-aligned lines when it does not — on the Schedule and the pipeline tabs at 1024 px."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.views.common.wrap_row import WrapRow
from tests.views.conftest import shown


def _group(*texts: str) -> QWidget:
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    for text in texts:
        line.addWidget(QPushButton(text))
    return box


def test_groups_share_a_line_while_they_fit_and_wrap_when_not(qtbot):
    holder = QWidget()
    row = WrapRow(holder)
    left, right = _group("Week", "Today", "6 – 12 Dec 2026"), _group("Import…", "Export…")
    row.addWidget(left)
    row.add_right(right)
    wide = left.sizeHint().width() + right.sizeHint().width() + 100
    shown(qtbot, holder, (wide, 80))
    qtbot.waitUntil(lambda: right.geometry().right() == holder.width() - 1)
    assert left.geometry().top() == right.geometry().top()  # one line
    assert left.geometry().left() == 0
    one_line = row.heightForWidth(wide)
    narrow = max(left.sizeHint().width(), right.sizeHint().width()) + 10
    holder.resize(narrow, 200)
    qtbot.waitUntil(lambda: right.geometry().top() > left.geometry().bottom())
    assert right.geometry().left() == 0  # the second line starts at the left
    assert row.heightForWidth(narrow) > one_line
    assert left.width() == left.sizeHint().width()  # nothing squeezed or cut


def test_the_pipeline_header_overlaps_nothing_at_1024(qtbot, workspace_db):
    """The pipeline menu lay under its count at 1024 pixels."""
    from functools import partial

    from app.store import ViewTab
    from app.views.pipelines.tab import PipelineTab
    from tests.views.conftest import shown_tab

    revenue = partial(PipelineTab, kind=ViewTab.REVENUE)
    tab = shown_tab(qtbot, workspace_db, revenue, size=(1024, 600))
    widgets = [tab.title, tab.pipeline_menu, tab.count, tab.search, tab.board_button,
               tab.table_button, tab.import_button, tab.export_button]  # fmt: skip
    rects = [w.mapTo(tab, w.rect().topLeft()) for w in widgets]
    boxes = [w.rect().translated(p) for w, p in zip(widgets, rects, strict=True)]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.intersects(b), (a, b)
