"""Running an import (DATA-4, UX-1, UX-5): the dry run's plan and the real run, in
batches of rows, each batch one write transaction through the one write path with a
`ChangeBatch` of source import; the per-row report of rejected rows; and undo.

Rules we chose (docs/decisions.md, "CSV import"):
- A row is validated whole before anything of it is written: every mapped cell parsed and
  checked by `properties.coerce`, its stage found by name and the stage's required
  properties present, its company found. A row with any problem is rejected, with each
  problem (row, column, value, reason), and writes nothing.
- The dedupe key (`ImportMapping.key`) finds the record a row updates; a row without a key
  value creates. Two rows of one file with the same key: the later one is rejected (the
  file names one record twice); a key that two live records share is rejected too.
- On update an empty cell leaves the value alone; a row that changes nothing is skipped.
- A created record whose row leaves the owner property empty gets the mapping's `owner`
  (the importing user, by default in the wizard); an update never does.
- A record of an object with pipelines created without a stage column goes to the first
  pipeline's first stage; an unknown stage or pipeline is a problem, never created.
- Creates are written in bulk (`writer.add_many`, and a change entry per value as
  `records.create_record` logs them); updates go through `records.update_record`.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import permissions, records, tasks, writer
from app.domain.csv_import import mapping as m
from app.domain.csv_import import values
from app.domain.csv_import.reading import CsvFile
from app.domain.csv_import.tasks import TASKS
from app.domain.errors import ValidationError
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP, Message, translated
from app.domain.properties import coerce, to_json
from app.domain.tasks import NewTask
from app.domain.viewer import Person
from app.domain.zones import zone_named
from app.store import (
    Association,
    ChangeOp,
    ChangeSource,
    ObjectType,
    PropertyDefinition,
    PropertyType,
    Record,
    TaskPriority,
    TaskStatus,
    TaskType,
    new_id,
)
from app.store.engine import Database

BATCH = 1000
ENTITY = "records"
REASON = QT_TR_NOOP("Import problem")
Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Problem:
    """Why a row was rejected: its row number (the header is row 1), the column, the
    cell's text and the reason (in English; `message` keeps it to translate, and
    `reason_text()` is it in the user's language)."""

    row: int
    column: str
    value: str
    reason: str
    message: Message = field(default=Message(""), compare=False)

    def reason_text(self) -> str:
        """The reason in the user's language."""
        same = self.message and str(self.message) == self.reason
        return (self.message if same else Message(self.reason)).translated()

    @classmethod
    def of(cls, row: int, column: str, value: str, reason: Message) -> Problem:
        """A problem whose reason is `reason` (English in `reason`, kept in `message`)."""
        return cls(row, column, value, str(reason), reason)


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not imported, as it was in the file, with its problems."""

    row: int
    cells: tuple[str, ...]
    problems: tuple[Problem, ...]


@dataclass
class ImportReport:
    """What a dry run would do or a real run did: rows created, updated, skipped (nothing
    to change), rejected with their problems; the change batches written (for undo);
    whether the user cancelled (the batches written so far stay, whole)."""

    total: int
    created: int = 0
    updated: int = 0
    skipped: int = 0
    linked: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    batch_ids: list[uuid.UUID] = field(default_factory=list)
    cancelled: bool = False
    dry_run: bool = False

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.rejected for p in r.problems]


@dataclass
class _Row:
    """One row as validated: its values by property key, placement, company, dedupe key."""

    number: int
    cells: list[str]
    values: dict[str, Any] = field(default_factory=dict)
    texts: dict[str, tuple[str, str]] = field(default_factory=dict)  # target -> (header, cell)
    placement: tuple[uuid.UUID, uuid.UUID] | None = None
    pipeline_only: uuid.UUID | None = None
    company: tuple[str, str] | None = None  # (link target, normalised text)
    company_id: uuid.UUID | None = None
    key: str | None = None
    problems: list[Problem] = field(default_factory=list)

    def fail(self, target: str, reason: str | Message, /, **values: object) -> None:
        """Reject the row at `target`'s column: `reason` a marked template with `values`
        (or a `Message`)."""
        header, text = self.texts.get(target, (target, ""))
        message = reason if isinstance(reason, Message) else Message(reason, values)
        self.problems.append(Problem.of(self.number, header, text, message))


@dataclass
class _Run:
    """What every batch of one run shares."""

    viewer: Person
    mapping: m.ImportMapping
    catalog: m.ObjectCatalog
    companies_type_id: uuid.UUID | None
    report: ImportReport
    write: bool
    seen: dict[str, int] = field(default_factory=dict)  # dedupe key -> first row
    required: dict[uuid.UUID, list[str]] = field(default_factory=dict)  # stage -> keys
    blank: dict[str, Any] = field(default_factory=dict)  # every column a create may set
    indexes: dict[tuple[uuid.UUID, str], dict[str, list[uuid.UUID]]] = field(default_factory=dict)

    context: values.Context = field(init=False)
    columns: list[m.ColumnMapping] = field(init=False)

    def __post_init__(self) -> None:
        self.context = self.catalog.context
        self.columns = self.mapping.mapped()
        # One executemany needs the same columns in every row.
        columns = {p.column for p in self.catalog.props.values() if p.column and not p.is_read_only}
        self.blank = {c: None for c in (*sorted(columns), "pipeline_id", "stage_id")}


# ---- entry points --------------------------------------------------------------------------


def plan_import(
    db: Database,
    viewer: Person,
    source: CsvFile,
    mapping: m.ImportMapping,
    *,
    batch_size: int = BATCH,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """The dry run: how many rows would be created, updated, skipped, and each rejected
    row's problems; nothing is written."""
    return _go(db, viewer, source, mapping, False, batch_size, progress, cancelled)


def run_import(
    db: Database,
    viewer: Person,
    source: CsvFile,
    mapping: m.ImportMapping,
    *,
    batch_size: int = BATCH,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import the file's rows as the mapping says, `batch_size` rows per write transaction;
    `cancelled()` is asked before each batch (the batches already written stay)."""
    return _go(db, viewer, source, mapping, True, batch_size, progress, cancelled)


def _go(
    db: Database,
    viewer: Person,
    source: CsvFile,
    mapping: m.ImportMapping,
    write: bool,
    batch_size: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ImportReport:
    zone = zone_named(viewer.time_zone)
    with db.session() as session:
        permissions.actor_for(session, viewer, permissions.can_edit_records)
        catalog = m.load_catalog(session, mapping.object_key, zone)
        companies = session.scalar(select(ObjectType.id).where(ObjectType.key == "companies"))
    _check_mapping(mapping, catalog)
    report = ImportReport(source.row_count, dry_run=not write)
    if write and _wants_source_id(mapping) and m.SOURCE_ID not in catalog.props:
        with db.write_session() as session:
            ensure_source_property(session, viewer, catalog.object_type_id)
        with db.session() as session:
            catalog = m.load_catalog(session, mapping.object_key, zone)
    run = _Run(viewer, mapping, catalog, companies, report, write)
    rows = source.rows()
    done = 0
    while True:
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        chunk = list(islice(rows, batch_size))
        if not chunk:
            break
        if write:
            with db.write_session() as session:
                actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
                batch = ChangeBatch(session, actor.id, ChangeSource.IMPORT)
                if _batch(session, run, chunk, batch):
                    report.batch_ids.append(batch.id)
        else:
            with db.session() as session:
                _batch(session, run, chunk, None)
        done += len(chunk)
        if progress is not None:
            progress("Checking rows" if not write else "Importing", done / max(source.row_count, 1))
    return report


def _wants_source_id(mapping: m.ImportMapping) -> bool:
    return any(c.target == m.SOURCE_ID for c in mapping.columns) or mapping.key == m.SOURCE_ID


def _check_mapping(mapping: m.ImportMapping, catalog: m.ObjectCatalog) -> None:
    """Refuse a mapping that cannot run: an unknown target, one target twice, a key no
    column fills."""
    allowed = set(m.targets_of(catalog))
    seen: set[str] = set()
    for column in mapping.mapped():
        assert column.target is not None
        if column.target not in allowed:
            raise ValidationError(
                "mapping",
                QT_TR_NOOP("“{column}”: {field} is not something to import into."),
                column=column.header,
                field=column.target,
            )
        if column.target in seen:
            raise ValidationError(
                "mapping", QT_TR_NOOP("Two columns fill {field}."), field=column.target
            )
        seen.add(column.target)
    if mapping.key is not None and mapping.key not in seen:
        raise ValidationError(
            "mapping", QT_TR_NOOP("No column holds the key {key}."), key=mapping.key
        )
    if mapping.owner is not None:
        key, user_id = mapping.owner
        prop = catalog.props.get(key)
        if prop is None or prop.type != PropertyType.USER or prop.is_read_only:
            raise ValidationError(
                "owner", QT_TR_NOOP("{key} is not a user property to fill."), key=key
            )
        if user_id not in set(catalog.users.values()):
            raise ValidationError(
                "owner", QT_TR_NOOP("The owner for rows without one is not an active user.")
            )


def ensure_source_property(
    session: Session, viewer: Person, object_type_id: uuid.UUID
) -> PropertyDefinition:
    """The object's "Source record ID" text property (key `source_id`), created by the
    importing user when missing: it keeps the source CRM's record ID, so a re-import finds
    the record it made."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    found = session.scalars(
        select(PropertyDefinition).where(
            PropertyDefinition.object_type_id == object_type_id,
            PropertyDefinition.key == m.SOURCE_ID,
        )
    ).one_or_none()
    batch = ChangeBatch(session, actor.id, ChangeSource.IMPORT)
    if found is not None:
        writer.restore(batch, found)
        return found
    last = session.scalars(
        select(PropertyDefinition.position)
        .where(PropertyDefinition.object_type_id == object_type_id)
        .order_by(PropertyDefinition.position.desc())
    ).first()
    prop = PropertyDefinition(
        id=new_id(), object_type_id=object_type_id, key=m.SOURCE_ID, label=m.SOURCE_LABEL,
        type=PropertyType.TEXT, group_name="Import", position=(last or 0) + 1,
        is_read_only=False,
    )  # fmt: skip
    writer.add(batch, prop)
    session.flush()
    return prop


# ---- one batch -----------------------------------------------------------------------------


def _batch(
    session: Session, run: _Run, chunk: list[tuple[int, list[str]]], batch: ChangeBatch | None
) -> bool:
    """Validate a batch's rows, find what they update and the companies they name (one
    query each), then count or write them; True when something was written."""
    rows = [_parse(run, number, cells) for number, cells in chunk]
    _dedupe(run, rows)
    existing = _existing(session, run, [r for r in rows if not r.problems and r.key])
    _link(session, run, [r for r in rows if not r.problems and r.company])
    creates: list[_Row] = []
    updates: list[tuple[_Row, Record]] = []
    for row in rows:
        if row.problems:
            continue
        record = existing.get(row.key) if row.key else None
        if record is None:
            _check_create(session, run, row)
            if not row.problems:
                creates.append(row)
        else:
            _check_update(session, run, row, record)
            if not row.problems:
                updates.append((row, record))
    for row in rows:
        if row.problems:
            run.report.rejected.append(
                RejectedRow(row.number, tuple(row.cells), tuple(row.problems))
            )
    if batch is None:
        _count(session, run, creates, updates)
        return False
    return _write(session, run, batch, creates, updates)


def _parse(run: _Run, number: int, cells: list[str]) -> _Row:
    row = _Row(number, cells)
    catalog = run.catalog
    names: dict[str, str] = {}
    pipeline = stage = None
    for column in run.columns:
        target = column.target
        assert target is not None
        text = cells[column.index] if column.index < len(cells) else ""
        row.texts[target] = (column.header, text)
        if not text.strip():
            continue
        if target in (m.FIRST_NAME, m.LAST_NAME):
            names[target] = text.strip()
        elif target == m.PIPELINE:
            pipeline = text
        elif target == m.STAGE:
            stage = text
        elif target in m.LINKS:
            normal = values.domain(text) if target == m.COMPANY_DOMAIN else text.strip()
            row.company = (target, normal)
        else:
            _parse_value(row, run, column, target, text)
    if "name" not in row.values and names and "name" in catalog.props:
        row.values["name"] = " ".join(
            n for n in (names.get(m.FIRST_NAME), names.get(m.LAST_NAME)) if n
        )
    _place(row, catalog, pipeline, stage)
    key = run.mapping.key
    if key is not None and row.values.get(key) not in (None, ""):
        row.key = str(row.values[key])
    return row


def _parse_value(row: _Row, run: _Run, column: m.ColumnMapping, target: str, text: str) -> None:
    prop = run.catalog.props.get(target)
    if prop is None:  # the source ID of a dry run, before its property exists
        row.values[target] = text.strip()
        return
    try:
        typed = values.parse_cell(prop, run.catalog.word(prop.key, text), column.options,
                                  run.context)  # fmt: skip
        if prop.column == "search_key" and isinstance(typed, str):
            typed = _key_text(run.catalog, typed)
        row.values[target] = coerce(prop, typed)
    except (values.CellError, ValidationError) as exc:
        row.fail(target, _reason(exc))


def _key_text(catalog: m.ObjectCatalog, text: str) -> str:
    """A domain or e-mail as it is compared: a company's domain from a website, lower case."""
    return values.domain(text) if catalog.object_key == "companies" else text.strip().lower()


def _reason(exc: values.CellError | ValidationError) -> Message:
    return exc.message_parts


def _place(row: _Row, catalog: m.ObjectCatalog, pipeline: str | None, stage: str | None) -> None:
    try:
        if stage is not None:
            row.placement = catalog.stage_named(pipeline, stage)
        elif pipeline is not None:
            row.pipeline_only = catalog.pipeline_named(pipeline)
    except values.CellError as exc:
        row.fail(m.STAGE if stage is not None else m.PIPELINE, exc.message_parts)


def _dedupe(run: _Run, rows: list[_Row]) -> None:
    for row in rows:
        if row.problems or row.key is None:
            continue
        first = run.seen.setdefault(row.key.casefold(), row.number)
        if first != row.number:
            row.fail(
                run.mapping.key or "", QT_TR_NOOP("Row {row} of this file has the same value."),
                row=first,
            )  # fmt: skip


def _existing(session: Session, run: _Run, rows: list[_Row]) -> dict[str, Record]:
    """The live records the rows' keys name, by key (one query); a key two records share
    rejects its row."""
    key = run.mapping.key
    if not rows or key is None:
        return {}
    wanted = {r.key for r in rows if r.key}
    prop = run.catalog.props.get(key)
    base = select(Record).where(
        Record.object_type_id == run.catalog.object_type_id, Record.deleted_at.is_(None)
    )
    if prop is not None and prop.column:
        column = getattr(Record, prop.column)
        found = list(session.scalars(base.where(column.in_(wanted | {w.lower() for w in wanted}))))
        value_of = lambda r: getattr(r, prop.column)  # noqa: E731
    else:  # a JSON value has no index: the records that had one when the run began
        index = _json_index(session, run, run.catalog.object_type_id, key)
        ids = [i for w in wanted for i in index.get(w.casefold(), ())]
        found = list(session.scalars(base.where(Record.id.in_(ids)))) if ids else []
        value_of = lambda r: (r.props or {}).get(key)  # noqa: E731
    by_key: dict[str, list[Record]] = {}
    for record in found:
        value = value_of(record)
        if value is not None:
            by_key.setdefault(str(value).casefold(), []).append(record)
    out: dict[str, Record] = {}
    for row in rows:
        assert row.key is not None
        matches = by_key.get(row.key.casefold(), [])
        if len(matches) > 1:
            row.fail(
                key, QT_TR_NOOP("{n} {object} records have this value."), n=len(matches),
                object=run.catalog.singular.lower(),
            )  # fmt: skip
        elif matches:
            out[row.key] = matches[0]
    return out


def _link(session: Session, run: _Run, rows: list[_Row]) -> None:
    """Find the company each row names (by domain, name or source ID: one query per kind);
    a company not found, or named by two, rejects the row."""
    if not rows or run.companies_type_id is None:
        return
    by_kind: dict[str, set[str]] = {}
    for row in rows:
        assert row.company is not None
        by_kind.setdefault(row.company[0], set()).add(row.company[1])
    found: dict[tuple[str, str], list[uuid.UUID]] = {}
    for kind, texts in by_kind.items():
        for rid, value in _companies(session, run, run.companies_type_id, kind, texts):
            found.setdefault((kind, str(value)), []).append(rid)
    for row in rows:
        assert row.company is not None
        ids = found.get(row.company, [])
        if len(ids) == 1:
            row.company_id = ids[0]
        elif not ids:
            row.fail(row.company[0], QT_TR_NOOP("No company has “{text}”."), text=row.company[1])
        else:
            row.fail(
                row.company[0], QT_TR_NOOP("{n} companies have “{text}”."), n=len(ids),
                text=row.company[1],
            )  # fmt: skip


def _json_index(
    session: Session, run: _Run, object_type_id: uuid.UUID, key: str
) -> dict[str, list[uuid.UUID]]:
    """The live records of an object by a property kept in JSON (the source ID), read once
    per run: a JSON value has no index, and a query per batch would read every record of
    the object each time. What the run itself creates is never looked up (a file naming
    one key twice is rejected), so the records there when it began are the ones to find."""
    cached = run.indexes.get((object_type_id, key))
    if cached is None:
        value = Record.props[key].as_string()
        query = select(Record.id, value).where(
            Record.object_type_id == object_type_id,
            Record.deleted_at.is_(None),
            value.is_not(None),
        )
        cached = {}
        for record_id, text in session.execute(query):
            cached.setdefault(str(text).casefold(), []).append(record_id)
        run.indexes[(object_type_id, key)] = cached
    return cached


def _companies(
    session: Session, run: _Run, companies: uuid.UUID, kind: str, texts: set[str]
) -> list[tuple[uuid.UUID, Any]]:
    """(id, the value matched) of the live companies whose domain, name or source ID is
    one of `texts`."""
    if kind == m.COMPANY_DOMAIN:
        column: Any = Record.search_key
    elif kind == m.COMPANY_NAME:
        column = Record.name
    else:
        index = _json_index(session, run, companies, m.SOURCE_ID)
        return [(i, text) for text in texts for i in index.get(text.casefold(), ())]
    query = select(Record.id, column).where(
        Record.object_type_id == companies, Record.deleted_at.is_(None), column.in_(texts)
    )
    return [(rid, value) for rid, value in session.execute(query)]


def _required(session: Session, run: _Run, stage_id: uuid.UUID) -> list[str]:
    if stage_id not in run.required:
        run.required[stage_id] = [p.key for p in records.required_for_stage(session, stage_id)]
    return run.required[stage_id]


def _check_create(session: Session, run: _Run, row: _Row) -> None:
    catalog = run.catalog
    owner = run.mapping.owner
    if owner is not None and row.values.get(owner[0]) in (None, ""):
        row.values[owner[0]] = coerce(catalog.props[owner[0]], owner[1])
    if row.placement is None and catalog.has_pipelines:
        if row.pipeline_only is not None:
            stages = next(s for p, s in catalog.pipelines.values() if p == row.pipeline_only)
            first = next(iter(stages.values()), None)
            row.placement = (row.pipeline_only, first) if first else None
        else:
            row.placement = catalog.first_stage
    for prop in catalog.props.values():
        if prop.is_required and row.values.get(prop.key) in (None, ""):
            row.fail(
                prop.key, QT_TR_NOOP("A {object} needs a {field}."),
                object=catalog.singular.lower(), field=prop.label.lower(),
            )  # fmt: skip
    if row.placement is not None:
        for key in _required(session, run, row.placement[1]):
            if row.values.get(key) in (None, "", []):
                _stage_fail(row, run, key)


def _stage_fail(row: _Row, run: _Run, key: str) -> None:
    prop = run.catalog.props.get(key)
    label = prop.label if prop else key
    column = next((c.header for c in run.mapping.mapped() if c.target == m.STAGE), m.STAGE)
    typed = row.texts.get(m.STAGE, (column, ""))[1]
    reason = (
        Message(
            QT_TR_NOOP("{field} is required to enter {stage}."), {"field": label, "stage": typed}
        )
        if typed
        else Message(QT_TR_NOOP("{field} is required to enter its stage."), {"field": label})
    )
    row.problems.append(Problem.of(row.number, column, typed or "its stage", reason))


def _changes(run: _Run, row: _Row, record: Record) -> dict[str, Any]:
    """What the row changes of the record (empty cells leave values alone)."""
    out = {}
    for key, new in row.values.items():
        prop = run.catalog.props.get(key)
        if prop is not None and records.get_value(record, prop) != new:
            out[key] = new
    if row.placement is not None and row.placement != (record.pipeline_id, record.stage_id):
        out[records.PIPELINE], out[records.STAGE] = row.placement
    elif row.pipeline_only is not None and row.pipeline_only != record.pipeline_id:
        row.fail(m.PIPELINE, QT_TR_NOOP("Moving a record to another pipeline needs its stage too."))
    return out


def _check_update(session: Session, run: _Run, row: _Row, record: Record) -> None:
    changes = _changes(run, row, record)
    stage_id = changes.get(records.STAGE)
    if stage_id is None:
        return
    for key in _required(session, run, stage_id):
        prop = run.catalog.props.get(key)
        current = changes.get(key, records.get_value(record, prop) if prop else None)
        if current in (None, "", []):
            _stage_fail(row, run, key)


def _has_link(
    session: Session, pairs: Iterable[tuple[uuid.UUID, uuid.UUID]]
) -> set[tuple[uuid.UUID, uuid.UUID]]:
    wanted = list(pairs)
    if not wanted:
        return set()
    froms = {a for a, _b in wanted}
    rows = session.execute(
        select(Association.from_record_id, Association.to_record_id).where(
            Association.from_record_id.in_(froms), Association.deleted_at.is_(None)
        )
    )
    return {(a, b) for a, b in rows}


def _count(
    session: Session, run: _Run, creates: list[_Row], updates: list[tuple[_Row, Record]]
) -> None:
    report = run.report
    report.created += len(creates)
    report.linked += sum(1 for r in creates if r.company_id)
    linked = _has_link(session, [(rec.id, r.company_id) for r, rec in updates if r.company_id])
    for row, record in updates:
        new_link = row.company_id is not None and (record.id, row.company_id) not in linked
        report.linked += new_link
        if _changes(run, row, record) or new_link:
            report.updated += 1
        else:
            report.skipped += 1


# ---- writing -------------------------------------------------------------------------------


def _record_row(run: _Run, row: _Row) -> tuple[dict[str, Any], list[tuple[str, Any]]]:
    """A new record's columns and its logged (key, value) pairs, as create_record writes."""
    columns: dict[str, Any] = {
        "id": new_id(),
        "object_type_id": run.catalog.object_type_id,
        **run.blank,
    }
    props: dict[str, Any] = {}
    logged: list[tuple[str, Any]] = []
    for key, value in row.values.items():
        prop = run.catalog.props.get(key)
        if prop is None or value is None:
            continue
        if prop.column:
            columns[prop.column] = value
        else:
            props[key] = to_json(value)
        logged.append((key, value))
    columns["props"] = props
    if row.placement is not None:
        columns["pipeline_id"], columns["stage_id"] = row.placement
        logged += [(records.PIPELINE, row.placement[0]), (records.STAGE, row.placement[1])]
    return columns, logged


def _write(
    session: Session,
    run: _Run,
    batch: ChangeBatch,
    creates: list[_Row],
    updates: list[tuple[_Row, Record]],
) -> bool:
    if run.catalog.object_key == TASKS:
        return _write_tasks(session, run, batch, creates)
    report = run.report
    wrote = bool(creates)
    links: list[dict[str, Any]] = []
    if creates:
        made = [_record_row(run, row) for row in creates]
        ids = writer.add_many(batch, Record, [columns for columns, _ in made])
        entries = [
            (rid, ChangeOp.SET, key, None, value)
            for rid, (_columns, logged) in zip(ids, made, strict=True)
            for key, value in logged
        ]
        batch.log_many(ENTITY, entries, run.catalog.object_type_id)
        report.created += len(creates)
        links += [
            _association(run, rid, row.company_id)
            for rid, row in zip(ids, creates, strict=True)
            if row.company_id
        ]
    linked = _has_link(session, [(rec.id, r.company_id) for r, rec in updates if r.company_id])
    for row, record in updates:
        changes = _changes(run, row, record)
        new_link = row.company_id is not None and (record.id, row.company_id) not in linked
        if new_link:
            assert row.company_id is not None
            links.append(_association(run, record.id, row.company_id))
        if changes:
            records.update_record(
                session, run.viewer, record, changes, source=ChangeSource.IMPORT, batch=batch
            )
        if changes or new_link:
            wrote = True
            report.updated += 1
        else:
            report.skipped += 1
    if links:
        writer.add_many(batch, Association, links)
        writer.note_records(
            batch, {*(a["from_record_id"] for a in links), *(a["to_record_id"] for a in links)}
        )
        report.linked += len(links)
    return wrote


# tasks.create_task's fields, as the import's targets
_TASK_FIELDS = {"assignee": "assignee_id", "due_time": "due_date"}


def _write_tasks(session: Session, run: _Run, batch: ChangeBatch, creates: list[_Row]) -> bool:
    """Each row a task through `tasks.create_task` (the one way tasks are made), linked to
    the company it names; a row it refuses writes nothing and is rejected."""
    zone = zone_named(run.viewer.time_zone)
    wrote = False
    for row in creates:
        v = row.values
        due = v.get("due_date")
        new = NewTask(
            title=str(v.get("title") or ""), type=v.get("type") or TaskType.TODO,
            priority=v.get("priority") or TaskPriority.NONE,
            status=v.get("status") or TaskStatus.OPEN,
            due_date=due.isoformat() if due else "", assignee_id=v.get("assignee_id"),
            record_ids=[row.company_id] if row.company_id else [],
            notes=str(v.get("notes") or ""),
        )  # fmt: skip
        try:
            tasks.create_task(session, run.viewer, new, zone, batch=batch)
        except ValidationError as exc:
            field_ = _TASK_FIELDS.get(exc.field, exc.field)
            if field_ == "records" and row.company is not None:
                field_ = row.company[0]
            row.fail(field_, exc.message_parts)
            run.report.rejected.append(
                RejectedRow(row.number, tuple(row.cells), tuple(row.problems))
            )
            continue
        run.report.created += 1
        run.report.linked += row.company_id is not None
        wrote = True
    return wrote


def _association(run: _Run, record_id: uuid.UUID, company_id: uuid.UUID | None) -> dict[str, Any]:
    """A record's link to its company, stored from the record (as the demo links them)."""
    label = "Works at" if run.catalog.object_key == "contacts" else ""
    return {
        "from_record_id": record_id,
        "to_record_id": company_id,
        "label": label,
        "is_primary": True,
    }


# ---- the report as a file ------------------------------------------------------------------


def write_rejected(report: ImportReport, source: CsvFile, path: Path) -> int:
    """The rejected rows as CSV: the file's header and each row as it was, with a last
    column giving its problems, so the user can fix them and import that file; how many
    rows were written."""
    with path.open("w", newline="", encoding="utf-8-sig") as out:
        writer_ = csv.writer(out)
        writer_.writerow([*source.header, translated(REASON)])
        for rejected in report.rejected:
            reasons = "; ".join(f"{p.column}: {p.reason_text()}" for p in rejected.problems)
            line = Message(
                QT_TR_NOOP("Row {row}: {reasons}"), {"row": rejected.row, "reasons": reasons}
            )
            writer_.writerow([*rejected.cells, line.translated()])
    return len(report.rejected)
