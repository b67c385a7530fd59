"""CSV import (DATA-4): read an export (`reading`), map its columns onto an object's
properties (`mapping`), parse its cells (`values`), plan and run the import in batches
through the one write path (`run`), and undo it (`undo`).

A caller (the import wizard) goes: `read_csv(path)` → `load_catalog(session, object_key,
zone)` → `guess_mapping(...)` (the preview: targets, samples, parse results; change a
column with `ImportMapping.with_target` and re-check with `check_columns`) →
`plan_import` (the dry run) → `run_import` in a worker thread → `write_rejected` for the
rows to fix → `undo_import(report.batch_ids)` if the user wants it back out."""

from app.domain.csv_import.mapping import (
    ColumnMapping,
    ImportMapping,
    ObjectCatalog,
    ParseResult,
    check_columns,
    guess_mapping,
    load_catalog,
    owner_property,
)
from app.domain.csv_import.reading import CsvFile, read_csv
from app.domain.csv_import.run import (
    ImportReport,
    Problem,
    RejectedRow,
    ensure_source_property,
    plan_import,
    run_import,
    write_rejected,
)
from app.domain.csv_import.undo import UndoReport, undo_import
from app.domain.csv_import.values import ColumnOptions

__all__ = [
    "ColumnMapping",
    "ColumnOptions",
    "CsvFile",
    "ImportMapping",
    "ImportReport",
    "ObjectCatalog",
    "ParseResult",
    "Problem",
    "RejectedRow",
    "UndoReport",
    "check_columns",
    "ensure_source_property",
    "guess_mapping",
    "load_catalog",
    "owner_property",
    "plan_import",
    "read_csv",
    "run_import",
    "undo_import",
    "write_rejected",
]
