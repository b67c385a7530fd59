"""The Qt side's access to the CSV import engine (DATA-4, UX-1, UX-5): it opens the
sessions, so the import wizard never does. Every step that reads the file or the database
(`inspect`, `guess`, `recheck`, `plan`, `run`, `undo`) is a plain method the wizard calls
from a worker thread (views/common/background.py); `run` and `undo` write in batches,
each its own transaction, and tell the change channel once when they end so every open
tab reads the imported records again."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from app.domain import csv_import as ci
from app.domain import permissions
from app.domain.csv_import import mapping as m
from app.domain.csv_import import values
from app.domain.csv_import.run import BATCH
from app.domain.csv_import.tasks import TASKS
from app.domain.errors import PermissionDenied
from app.domain.history import Touched
from app.domain.permissions import Verdict
from app.domain.viewer import Viewer
from app.domain.workspace import active_users
from app.domain.zones import zone_of
from app.models.changes import channel_for
from app.store import ObjectType, PropertyType
from app.store.engine import Database

Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ImportObject:
    """An object rows can be imported into: its key, id and plural label."""

    key: str
    id: uuid.UUID
    plural: str
    singular: str


@dataclass(frozen=True)
class Target:
    """Something a column can fill: its key (a property key or a special target of
    `mapping`), the property's label ("" for a special target: the view names it), and
    whether its cells are dates or numbers (the column's options then apply)."""

    key: str
    label: str
    dates: bool = False
    numbers: bool = False


@dataclass(frozen=True)
class OwnerChoice:
    """The user property a created record is owned through, its label, the active users
    (id, name) and who is chosen at first (the importing user)."""

    key: str
    label: str
    users: tuple[tuple[uuid.UUID, str], ...]
    default: uuid.UUID | None


@dataclass(frozen=True)
class Guess:
    """What the mapping page shows for a file and an object: the guessed mapping, what
    each column may fill, the targets that can find an existing record, the owner choice
    (None when the object has no owner property)."""

    mapping: ci.ImportMapping
    targets: tuple[Target, ...]
    keys: tuple[str, ...]
    owner: OwnerChoice | None


_DATES = frozenset({PropertyType.DATE, PropertyType.DATETIME})
_NUMBERS = frozenset({PropertyType.NUMBER, PropertyType.CURRENCY})


class CsvImport:
    """One import wizard's work on one database as one viewer."""

    def __init__(self, db: Database, viewer: Viewer) -> None:
        self.db = db
        self.viewer = viewer
        self.zone = zone_of(viewer)
        self._catalogs: dict[str, m.ObjectCatalog] = {}
        self.batch_size = BATCH  # rows per write transaction (and per cancel check)

    def verdict(self) -> Verdict:
        """May the viewer import (a read-only file or no seat refuses, with the reason)."""
        if self.db.read_only:
            return Verdict(False, self.db.read_only_message)
        return permissions.can_edit_records(self.viewer)

    def objects(self) -> list[ImportObject]:
        """The objects of the workspace that hold records, and tasks (not the other
        activities)."""
        with self.db.session() as session:
            rows = session.scalars(
                select(ObjectType)
                .where(ObjectType.deleted_at.is_(None))
                .order_by(ObjectType.position, ObjectType.plural)
            )
            return [
                ImportObject(o.key, o.id, o.plural, o.singular)
                for o in rows
                if o.key not in m.ACTIVITY_KEYS or o.key == TASKS
            ]

    def inspect(self, path: Path) -> ci.CsvFile:
        """The file's encoding, delimiter, header and row count (ValidationError "file")."""
        return ci.read_csv(path)

    def catalog(self, object_key: str) -> m.ObjectCatalog:
        """The object's properties, users and pipelines, read once per wizard."""
        if object_key not in self._catalogs:
            with self.db.session() as session:
                self._catalogs[object_key] = ci.load_catalog(session, object_key, self.zone)
        return self._catalogs[object_key]

    def guess(self, source: ci.CsvFile, object_key: str) -> Guess:
        """Each column's guessed target with its samples and parse results, the dedupe
        key, and the owner for rows without one (the importing user)."""
        self._catalogs.pop(object_key, None)  # a property added since is offered
        catalog = self.catalog(object_key)
        with self.db.session() as session:
            mapping = ci.guess_mapping(session, source, catalog)
            owner_key = ci.owner_property(session, self.viewer, catalog)
            users = tuple((u.id, u.name) for u in active_users(session))
        owner = None
        if owner_key is not None:
            me = self.viewer.id if any(i == self.viewer.id for i, _n in users) else None
            owner = OwnerChoice(owner_key, catalog.props[owner_key].label, users, me)
            if me is not None:
                mapping = replace(mapping, owner=(owner_key, me))
        targets = []
        for key in m.targets_of(catalog):
            prop = catalog.props.get(key)
            if prop is None:
                targets.append(Target(key, ""))
            else:
                targets.append(Target(key, prop.label, prop.type in _DATES, prop.type in _NUMBERS))
        search_key = catalog.by_column("search_key")
        keys = (m.SOURCE_ID, *([search_key.key] if search_key is not None else []))
        return Guess(mapping, tuple(targets), keys, owner)

    def recheck(self, source: ci.CsvFile, mapping: ci.ImportMapping) -> ci.ImportMapping:
        """The mapping with every column's samples and parse results read again (after
        the user changed a column's options)."""
        catalog = self.catalog(mapping.object_key)
        with self.db.session() as session:
            return ci.check_columns(session, source, mapping, catalog)

    def retarget(
        self, source: ci.CsvFile, mapping: ci.ImportMapping, index: int, target: str | None
    ) -> ci.ImportMapping:
        """The mapping with column `index` filling `target` (None: not imported), its
        options guessed again for the new target, and its parse results read again; a
        dedupe key no column fills any more is dropped."""
        catalog = self.catalog(mapping.object_key)
        texts = [cells[index] for _row, cells in source.sample(m.SAMPLE_ROWS)]
        prop = catalog.props.get(target) if target else None
        options = (
            ci.ColumnOptions()
            if prop is None
            else values.guess_options(prop, texts, source.delimiter)
        )
        columns = tuple(
            replace(c, target=target, options=options, note="") if c.index == index else c
            for c in mapping.columns
        )
        changed = replace(mapping, columns=columns)
        if changed.key is not None and changed.key not in {c.target for c in columns}:
            changed = replace(changed, key=None)
        return self.recheck(source, changed)

    def _check(self) -> None:
        verdict = self.verdict()
        if not verdict:
            raise PermissionDenied(verdict.message)

    def plan(
        self,
        source: ci.CsvFile,
        mapping: ci.ImportMapping,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ci.ImportReport:
        """The dry run: what the import would create, update, skip and reject."""
        self._check()
        return ci.plan_import(
            self.db, self.viewer, source, mapping, batch_size=self.batch_size,
            progress=progress, cancelled=cancelled,
        )  # fmt: skip

    def run(
        self,
        source: ci.CsvFile,
        mapping: ci.ImportMapping,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ci.ImportReport:
        """The import, batch by batch; the open tabs are told once when it ends (also
        when it was cancelled or failed: the batches written before stay)."""
        self._check()
        # The source CRM's ID gets a property of its own the first time: only then do the
        # window's tabs need building again (a new column), not after every import.
        adds_source = mapping.object_key != TASKS and (
            m.SOURCE_ID in {c.target for c in mapping.columns}
            and m.SOURCE_ID not in self.catalog(mapping.object_key).props
        )
        try:
            return ci.run_import(
                self.db, self.viewer, source, mapping, batch_size=self.batch_size,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip
        finally:
            self._report(mapping.object_key, adds_source)

    def undo(
        self,
        report: ci.ImportReport,
        object_key: str,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ci.UndoReport:
        """Undo an import's batches (created records removed, updated ones put back)."""
        self._check()
        try:
            return ci.undo_import(
                self.db, self.viewer, report.batch_ids, chunk_size=self.batch_size,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip
        finally:
            self._report(object_key, False)

    def save_rejected(self, report: ci.ImportReport, source: ci.CsvFile, path: Path) -> int:
        """The rejected rows as a CSV to fix and import again; how many were written."""
        return ci.write_rejected(report, source, path)

    # -- a new property for a column (OBJ-2, PERM-4) -----------------------------------------
    def suggest_property(
        self, source: ci.CsvFile, index: int
    ) -> tuple[PropertyType, tuple[str, ...]]:
        """The type (and a choice's options) a new property for column `index` likely has,
        from the file's first values (the wizard's "New property…" starts there)."""
        texts = [cells[index] for _row, cells in source.sample(m.SAMPLE_ROWS)]
        return values.suggest_type(texts)

    def target_of(self, object_key: str, property_id: uuid.UUID) -> Target:
        """A property made since the catalogue was read, as a target columns can fill."""
        self._catalogs.pop(object_key, None)  # read again with the new property
        prop = next(p for p in self.catalog(object_key).props.values() if p.id == property_id)
        return Target(prop.key, prop.label, prop.type in _DATES, prop.type in _NUMBERS)

    def _report(self, object_key: str, properties: bool = False) -> None:
        """One change report for the whole run: the object's records, and the companies
        its rows were linked to (or the tasks and their links); `properties` when the run
        added one."""
        if object_key == TASKS:
            what = Touched(frozenset({"tasks", "activity_links"}))
            channel_for(self.db).report(what, self)
            return
        ids = {self.catalog(object_key).object_type_id}
        if object_key != "companies":
            companies = next((o for o in self.objects() if o.key == "companies"), None)
            if companies is not None:
                ids.add(companies.id)
        tables = {"records", "associations"} | ({"property_definitions"} if properties else set())
        what = Touched(
            frozenset(tables),
            frozenset(),
            frozenset(ids),
        )
        channel_for(self.db).report(what, self)
