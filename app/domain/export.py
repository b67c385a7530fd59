"""Export a view's records to CSV (DATA-4): every matching row, the view's columns, read
page by page in a worker thread with progress and cancel; a half-written file never
replaces anything."""

from __future__ import annotations

import csv
import datetime as dt
import os
import uuid
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.domain import record_query
from app.domain.filters import FilterContext
from app.domain.properties import PropertyInfo
from app.store import PropertyType
from app.store.engine import Database

T = PropertyType
EXPORT_PAGE = 2000


class ExportCancelled(Exception):
    """The user cancelled the export; no file was written."""


def csv_value(
    prop: PropertyInfo, value: Any, zone: dt.tzinfo, user_names: Mapping[uuid.UUID, str]
) -> str:
    """A value as spreadsheet-friendly text: ISO dates, plain numbers, names for users."""
    if value is None:
        return ""
    match prop.type:
        case T.CURRENCY:
            return str(Decimal(int(value)) / 100)
        case T.DATE:
            return value.isoformat() if isinstance(value, dt.date) else str(value)
        case T.DATETIME:
            return value.astimezone(zone).isoformat(timespec="minutes")
        case T.USER:
            return user_names.get(value, str(value))
        case T.MULTI_CHOICE:
            return ";".join(value)
        case T.CHECKBOX:
            return "Yes" if value else "No"
    return str(value)


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
                writer.writerow([p.label for p in columns])
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
                                csv_value(p, v, zone, names)
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
