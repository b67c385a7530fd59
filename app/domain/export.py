"""Export a view to CSV (DATA-4): a records view (`export_csv`) or a task view
(`export_tasks_csv`), every matching row with the view's columns, read page by page in a
worker thread with progress and cancel; a half-written file never replaces anything."""

from __future__ import annotations

import csv
import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.domain import record_query, task_query
from app.domain.filters import FilterContext
from app.domain.i18n import QT_TR_NOOP
from app.domain.properties import FILE_TEXT, PropertyInfo, value_text
from app.domain.zones import zone_named
from app.store import PropertyType
from app.store.engine import Database

EXPORT_PAGE = 2000
# A spreadsheet runs a cell that starts with these as a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMERIC = (PropertyType.NUMBER, PropertyType.CURRENCY)


def cell_text(prop: PropertyInfo | None, value: Any, text: str) -> str:
    """What a cell holds: the value's text, with a leading quote when a spreadsheet would
    read it as a formula; a real number (a negative amount) stays a number."""
    if not text.startswith(FORMULA_STARTS):
        return text
    if prop is not None and prop.type in NUMERIC and isinstance(value, (int, float, Decimal)):
        return text
    return "'" + text


class ExportCancelled(Exception):
    """The user cancelled the export; no file was written."""


Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]


def _write_pages(
    path: Path,
    header: Sequence[str],
    pages: Iterator[list[list[str]]],
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    """Write `header` and each page of cells to `path` through a `.partial` file that
    replaces `path` only once every page is written (removed on cancel or error)."""
    partial = path.with_name(path.name + ".partial")
    written = 0
    try:
        with partial.open("w", newline="", encoding="utf-8-sig") as out:
            writer = csv.writer(out)
            writer.writerow([cell_text(None, h, h) for h in header])
            while True:
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                rows = next(pages, None)
                if rows is None:
                    break
                writer.writerows(rows)
                written += len(rows)
                if progress is not None:
                    progress(QT_TR_NOOP("Exporting"), written / max(total, 1))
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return written


def export_csv(
    db: Database,
    query: record_query.RecordQuery,
    props: Mapping[str, PropertyInfo],
    columns: Sequence[PropertyInfo],
    ctx: FilterContext,
    path: Path,
    *,
    time_zone: str = "UTC",
    user_names: Mapping[uuid.UUID, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the query's records to `path`; returns how many rows were written."""
    names = user_names or {}
    zone = ZoneInfo(time_zone)
    with db.session() as session:
        total = record_query.count(session, query, props, ctx)

        def pages() -> Iterator[list[list[str]]]:
            cursor: record_query.Cursor | None = None
            while True:
                rows, cursor = record_query.page_values(
                    session, query, props, ctx, columns, after=cursor, limit=EXPORT_PAGE
                )
                yield [
                    [
                        cell_text(p, v, value_text(p, v, zone, names))
                        for p, v in zip(columns, values, strict=True)
                    ]
                    for _id, values in rows
                ]
                if cursor is None:
                    return

        header = [p.label for p in columns]
        return _write_pages(path, header, pages(), total, progress, cancelled)


# The Actions tab's columns and the words of the task choices (the model passes them
# translated; these are the English defaults).
TASK_COLUMNS = (
    QT_TR_NOOP("Title"),
    QT_TR_NOOP("Type"),
    QT_TR_NOOP("Priority"),
    QT_TR_NOOP("Due"),
    QT_TR_NOOP("Assignee"),
    QT_TR_NOOP("Associated record"),
    QT_TR_NOOP("Status"),
)
TASK_WORDS = {
    "todo": QT_TR_NOOP("To-do"), "call": QT_TR_NOOP("Call"), "email": QT_TR_NOOP("E-mail"),
    "none": "", "low": QT_TR_NOOP("Low"), "medium": QT_TR_NOOP("Medium"),
    "high": QT_TR_NOOP("High"),
    "open": QT_TR_NOOP("Open"), "completed": QT_TR_NOOP("Completed"),
}  # fmt: skip


def task_cells(
    task: task_query.TaskRow,
    zone: dt.tzinfo,
    names: Mapping[uuid.UUID, str],
    words: Mapping[str, str],
) -> list[str]:
    """A task's line as the Actions table shows it, in file form: the due day (all-day)
    or the due time (ISO, to the minute) in the viewer's zone."""
    due = ""
    if task.due_at is not None:
        local = task.due_at.astimezone(zone)
        due = local.date().isoformat() if task.due_all_day else FILE_TEXT.moment(local)
    texts = [
        task.title,
        words.get(task.type, task.type),
        words.get(task.priority, task.priority),
        due,
        names.get(task.assignee_id, "") if task.assignee_id else "",
        task.record or "",
        words.get(task.status, task.status),
    ]
    return [cell_text(None, t, t) for t in texts]


def export_tasks_csv(
    db: Database,
    query: task_query.TaskQuery,
    path: Path,
    *,
    now: dt.datetime,
    time_zone: str = "UTC",
    user_names: Mapping[uuid.UUID, str] | None = None,
    header: Sequence[str] = TASK_COLUMNS,
    words: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the task view's tasks at `now` (due-ness in `time_zone`) to `path`, in the
    table's order and columns; returns how many rows were written."""
    names = user_names or {}
    texts = TASK_WORDS if words is None else words
    zone = zone_named(time_zone)  # as the Actions table's (UTC when the zone is unknown)
    with db.session() as session:
        total = task_query.count(session, query, now, zone)

        def pages() -> Iterator[list[list[str]]]:
            cursor: task_query.TaskCursor | None = None
            while True:
                rows, cursor = task_query.page(
                    session, query, now, zone, after=cursor, limit=EXPORT_PAGE
                )
                yield [task_cells(t, zone, names, texts) for t in rows]
                if cursor is None:
                    return

        return _write_pages(path, header, pages(), total, progress, cancelled)
