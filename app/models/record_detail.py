"""The preview panel's access to one record: read it, edit a property through the one
write path, read a property's history, follow or unfollow, associate and dissociate
records (OBJ-4), delete and restore it."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.orm import Session

from app.domain import activities, associations, permissions
from app.domain import record_detail as domain
from app.domain import records as record_rules
from app.domain.filters import FilterContext
from app.domain.merge import merge_records
from app.domain.properties import PropertyInfo, load_properties
from app.domain.record_query import RecordQuery, page_values
from app.domain.records import DeletedRecord, get_record, update_record
from app.domain.sync import conflicts as sync_conflicts
from app.domain.viewer import Viewer
from app.domain.zones import zone_of
from app.models.changes import write
from app.store import ObjectType
from app.store.engine import Database


class RecordActions:
    """One viewer's reads and edits of records for the preview panel."""

    def __init__(self, db: Database, viewer: Viewer) -> None:
        self.db = db
        self.viewer = viewer

    def load(self, record_id: uuid.UUID) -> domain.RecordDetail:
        """The record as the panel shows it."""
        with self.db.session() as session:
            return domain.record_detail(session, self.viewer, record_id)

    def save(self, record_id: uuid.UUID, key: str, value: Any) -> None:
        """Set one property in one transaction; ValidationError or PermissionDenied
        leave everything as it was."""
        write(self.db, lambda session: update_record(
            session, self.viewer, get_record(session, record_id),
            {key: value}, locale=self.viewer.locale,
        ), self)  # fmt: skip

    def history(self, record_id: uuid.UUID, prop: PropertyInfo) -> list[domain.HistoryEntry]:
        """The property's changes, newest first."""
        with self.db.session() as session:
            return domain.property_history(session, record_id, prop)

    def log_activity(self, kind: str, record_id: uuid.UUID, **fields: Any) -> None:
        """Log a note, e-mail, call, task or meeting against the record (one transaction)."""
        zone = zone_of(self.viewer)

        def log(session: Session) -> None:
            actor = self.viewer
            match kind:
                case "note":
                    activities.log_note(session, actor, record_id, fields["body"])
                case "email":
                    activities.log_email(
                        session, actor, record_id, fields["subject"], fields["body"]
                    )
                case "call":
                    activities.log_call(
                        session,
                        actor,
                        record_id,
                        fields["title"],
                        fields["notes"],
                        fields["minutes"],
                    )
                case "task":
                    activities.create_task(
                        session, actor, record_id, fields["title"], fields["due"], zone,
                        self.viewer.locale,
                    )  # fmt: skip
                case "meeting":
                    activities.log_meeting(
                        session, actor, record_id, fields["title"], fields["start"],
                        fields["minutes"], fields["link"], zone, self.viewer.locale,
                    )  # fmt: skip
                case _:
                    raise ValueError(f"unknown activity {kind!r}")

        write(self.db, log, self)

    def find(
        self, object_type_id: uuid.UUID, text: str, exclude: uuid.UUID
    ) -> list[tuple[uuid.UUID, str]]:
        """Up to 20 records of the object whose name or domain contains `text`."""
        with self.db.session() as session:
            props = load_properties(session, object_type_id)
            now = dt.datetime.now(dt.UTC)
            ctx = FilterContext(self.viewer.id, now.date(), now)
            query = RecordQuery(object_type_id, search=text)
            rows, _cursor = page_values(session, query, props, ctx, [props["name"]], limit=21)
        return [(rid, values[0]) for rid, values in rows if rid != exclude][:20]

    def merge(self, survivor_id: uuid.UUID, other_id: uuid.UUID) -> None:
        """Merge `other` into `survivor` in one transaction (OBJ-6)."""
        write(self.db, lambda session: merge_records(
            session, self.viewer, survivor_id, other_id
        ), self)  # fmt: skip

    def timeline(self, record_id: uuid.UUID) -> list[domain.TimelineItem]:
        """The record's activities, newest first."""
        with self.db.session() as session:
            return domain.timeline(session, record_id)

    def record_history(self, record_id: uuid.UUID) -> list[tuple[str, domain.HistoryEntry]]:
        """Every property change of the record, newest first."""
        with self.db.session() as session:
            return domain.record_history(session, record_id)

    # -- shared mode: a value a teammate's later edit replaced (DATA-2) ---------------------
    def record_conflicts(self, record_id: uuid.UUID) -> list[sync_conflicts.RecordConflict]:
        """The record's replaced or refused values, newest first."""
        with self.db.session() as session:
            return sync_conflicts.for_record(session, record_id)

    def put_back(self, conflict_id: uuid.UUID) -> None:
        """Set a replaced value again (an edit of the viewer's, synced like any other)."""
        write(self.db, lambda s: sync_conflicts.put_back(s, self.viewer, conflict_id), self)

    def dismiss_conflict(self, conflict_id: uuid.UUID) -> None:
        """Keep the value that won."""
        write(self.db, lambda s: sync_conflicts.dismiss(s, self.viewer, conflict_id), self)

    def set_following(self, record_id: uuid.UUID, follow: bool) -> None:
        """Follow or unfollow the record."""
        write(self.db, lambda session: domain.set_following(
            session, self.viewer, record_id, follow
        ), self)  # fmt: skip

    # -- associations (OBJ-4) ------------------------------------------------------------
    def find_to_associate(
        self, record_id: uuid.UUID, object_type_id: uuid.UUID, text: str
    ) -> list[associations.Associated]:
        """Records of the object to associate, found by name, domain or e-mail (called on
        a worker thread by the finder: its own session)."""
        with self.db.session() as session:
            return associations.find_to_associate(session, record_id, object_type_id, text)

    def associate(self, record_id: uuid.UUID, other_id: uuid.UUID) -> None:
        """Associate two records in one transaction; both records' views refresh."""
        write(self.db, lambda session: associations.associate(
            session, self.viewer, record_id, other_id
        ), self)  # fmt: skip

    def dissociate(self, record_id: uuid.UUID, other_id: uuid.UUID) -> None:
        """Remove the association of two records (it can be added back)."""
        write(self.db, lambda session: associations.dissociate(
            session, self.viewer, record_id, other_id
        ), self)  # fmt: skip

    # -- delete and restore -----------------------------------------------------------------
    def can_edit(self) -> permissions.Verdict:
        """Whether the viewer may change records (the reason when not)."""
        return permissions.can_edit_records(self.viewer)

    def delete(self, record_id: uuid.UUID) -> None:
        """Delete (tombstone) the record; `restore` brings it back."""
        write(self.db, lambda session: record_rules.delete_record(
            session, self.viewer, get_record(session, record_id)
        ), self)  # fmt: skip

    def restore(self, record_id: uuid.UUID) -> None:
        """Bring a deleted record back, its associations and history with it."""
        write(self.db, lambda session: record_rules.restore_record(
            session, self.viewer, record_rules.get_deleted(session, record_id)
        ), self)  # fmt: skip

    def deleted_records(self, object_type_id: uuid.UUID) -> list[DeletedRecord]:
        """The object's deleted records, newest first."""
        with self.db.session() as session:
            return record_rules.deleted_records(session, object_type_id)

    def object_plural(self, object_type_id: uuid.UUID) -> str:
        """An object's plural name ("Companies")."""
        with self.db.session() as session:
            obj = session.get(ObjectType, object_type_id)
            return obj.plural if obj is not None else ""
