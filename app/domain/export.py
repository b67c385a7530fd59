"""Export a view's records to CSV (DATA-4): every matching row, the view's columns, read
page by page in a worker thread with progress and cancel; a half-written file never
replaces anything."""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.domain import record_query
from app.domain.filters import FilterContext
from app.domain.properties import PropertyInfo, value_text
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
    progress: Callable[[str, float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the query's records to `path`; returns how many rows were written."""
    names = user_names or {}
    zone = ZoneInfo(time_zone)
    partial = path.with_name(path.name + ".partial")
    written = 0
    try:
        with db.session() as session:
            total = record_query.count(session, query, props, ctx)
            with partial.open("w", newline="", encoding="utf-8-sig") as out:
                writer = csv.writer(out)
                writer.writerow([cell_text(None, p.label, p.label) for p in columns])
                cursor: record_query.Cursor | None = None
                while True:
                    if cancelled is not None and cancelled():
                        raise ExportCancelled()
                    rows, cursor = record_query.page_values(
                        session, query, props, ctx, columns, after=cursor, limit=EXPORT_PAGE
                    )
                    for _id, values in rows:
                        writer.writerow(
                            [
                                cell_text(p, v, value_text(p, v, zone, names))
                                for p, v in zip(columns, values, strict=True)
                            ]
                        )
                    written += len(rows)
                    if progress is not None:
                        progress("Exporting", written / max(total, 1))
                    if cursor is None:
                        break
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return written
