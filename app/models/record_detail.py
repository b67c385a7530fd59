"""The preview panel's access to one record: read it, edit a property through the one
write path, read a property's history, follow or unfollow."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.orm import Session

from app.domain import activities
from app.domain import record_detail as domain
from app.domain.filters import FilterContext
from app.domain.merge import merge_records
from app.domain.properties import PropertyInfo, load_properties
from app.domain.record_query import RecordQuery, page_values
from app.domain.records import get_record, update_record
from app.domain.viewer import Viewer
from app.domain.zones import zone_of
from app.models.changes import write
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

    def set_following(self, record_id: uuid.UUID, follow: bool) -> None:
        """Follow or unfollow the record."""
        write(self.db, lambda session: domain.set_following(
            session, self.viewer, record_id, follow
        ), self)  # fmt: skip
