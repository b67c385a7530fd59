"""The Feed (FEED-1..4): what the contacts of the viewer's customers did — e-mails
opened, clicked and replied to, forms submitted, pages visited, meetings booked, sequences
enrolled in, finished and left — newest first, a page at a time.

"Companies the viewer owns" are the customers whose CSM is the viewer (the workspace's
CSM property, SET-1/SET-3); an event belongs to the company the contact was at when it
happened (`feed_events.company_id`), so the feed is one join, read newest first through
the `(at, id)` index a page at a time (keyset paging: "Load older activities" reads the
page before the last one shown, FEED-3). Deleting a notification tombstones it (it can be
restored like any synced row). Follow-ups (FEED-4) are the record activities of
`activities.py`, logged against the contact.

"Sequence enrollment" (FEED-2) is the contact's: enrolled when their latest sequence
event is an enrollment (a deleted notification still says what happened)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain import permissions, writer
from app.domain.errors import NotFound, PermissionDenied
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP
from app.domain.search import needle, text_contains
from app.domain.summary import csm_condition
from app.domain.viewer import Person
from app.domain.workspace import workspace_for
from app.store import FeedEvent, FeedEventKind, Record, User, Workspace

__all__ = [
    "KIND_LABELS", "PAGE", "Enrollment", "FeedEventKind", "FeedFilter", "FeedItem",
    "FeedPage", "delete_notifications", "feed_page", "restore_notifications",
]  # fmt: skip

PAGE = 50
# A book of at most this many customers: their notifications are read and sorted; a
# bigger one's are found reading the newest notifications first (the time index).
SMALL_BOOK = 2_000
SEQUENCE_KINDS = (
    FeedEventKind.SEQUENCE_ENROLLED,
    FeedEventKind.SEQUENCE_FINISHED,
    FeedEventKind.SEQUENCE_UNENROLLED,
)
# The activity-type filter's choices, as a CSM names them (FEED-2).
KIND_LABELS: dict[FeedEventKind, str] = {
    FeedEventKind.EMAIL_OPENED: QT_TR_NOOP("E-mail opened"),
    FeedEventKind.EMAIL_CLICKED: QT_TR_NOOP("E-mail clicked"),
    FeedEventKind.EMAIL_REPLIED: QT_TR_NOOP("E-mail replied"),
    FeedEventKind.FORM_SUBMITTED: QT_TR_NOOP("Form submitted"),
    FeedEventKind.PAGE_VISITED: QT_TR_NOOP("Page visited"),
    FeedEventKind.MEETING_BOOKED: QT_TR_NOOP("Meeting booked"),
    FeedEventKind.SEQUENCE_ENROLLED: QT_TR_NOOP("Enrolled in sequence"),
    FeedEventKind.SEQUENCE_FINISHED: QT_TR_NOOP("Finished sequence"),
    FeedEventKind.SEQUENCE_UNENROLLED: QT_TR_NOOP("Unenrolled from sequence"),
}


class Enrollment(enum.StrEnum):
    """FEED-2's sequence filter: every contact, or only those (not) in a sequence now."""

    ANY = "any"
    ENROLLED = "enrolled"
    NOT_ENROLLED = "not_enrolled"


@dataclass(frozen=True)
class FeedFilter:
    """What the feed lists: a search, activity types (none chosen: all), enrollment."""

    search: str = ""
    kinds: frozenset[FeedEventKind] = frozenset()
    enrollment: Enrollment = Enrollment.ANY


@dataclass(frozen=True)
class FeedItem:
    """One notification."""

    id: uuid.UUID
    kind: FeedEventKind
    at: dt.datetime
    title: str
    detail: str
    url: str
    sequence: str | None
    contact_id: uuid.UUID
    contact: str
    company_id: uuid.UUID | None
    company: str


@dataclass(frozen=True)
class FeedPage:
    """A page of the feed, and whether older notifications remain."""

    items: list[FeedItem]
    more: bool

    @property
    def last(self) -> tuple[dt.datetime, uuid.UUID] | None:
        """Where the page ends: "Load older activities" reads from there."""
        return (self.items[-1].at, self.items[-1].id) if self.items else None


def _enrolled_contacts() -> Any:
    """Contacts whose latest sequence event is an enrollment: read once for the page (not
    per notification), each enrollment checked through the `(contact_id, at)` index."""
    enrolled, later = aliased(FeedEvent), aliased(FeedEvent)
    latest = ~exists().where(
        later.contact_id == enrolled.contact_id,
        later.kind.in_(SEQUENCE_KINDS),
        or_(later.at > enrolled.at, and_(later.at == enrolled.at, later.id > enrolled.id)),
    )
    return (
        select(enrolled.contact_id)
        .where(enrolled.kind == FeedEventKind.SEQUENCE_ENROLLED, latest)
        .correlate(None)
    )


def feed_page(
    session: Session,
    viewer: Person,
    workspace: Workspace,
    shown: FeedFilter = FeedFilter(),
    before: tuple[dt.datetime, uuid.UUID] | None = None,
    limit: int = PAGE,
) -> FeedPage:
    """FEED-1..3: the viewer's notifications newest first, `limit` of them, older than
    `before` (the last one shown) when given; empty when the workspace names no CSM
    property or the viewer owns no customers."""
    permissions.in_workspace(session, viewer, workspace).require()
    owner = csm_condition(session, workspace, viewer.id)
    if owner is None or workspace.customer_object_id is None:
        return FeedPage([], False)
    live_customers = (
        Record.object_type_id == workspace.customer_object_id,
        Record.deleted_at.is_(None),
        owner,
    )
    book = session.scalar(select(func.count()).select_from(Record).where(*live_customers)) or 0
    if book <= SMALL_BOOK:  # their few customers' notifications, read and sorted
        theirs: Any = FeedEvent.company_id.in_(select(Record.id).where(*live_customers))
    else:  # the newest notifications first (the time index), kept when theirs
        theirs = exists().where(Record.id == FeedEvent.company_id, *live_customers)
    contact, company = aliased(Record), aliased(Record)
    contact_name = select(contact.name).where(contact.id == FeedEvent.contact_id)
    company_name = select(company.name).where(company.id == FeedEvent.company_id)
    live_contact = exists().where(contact.id == FeedEvent.contact_id, contact.deleted_at.is_(None))
    query = select(FeedEvent, contact_name.scalar_subquery(), company_name.scalar_subquery()).where(
        FeedEvent.deleted_at.is_(None), theirs, live_contact
    )
    if shown.kinds:
        query = query.where(FeedEvent.kind.in_(sorted(shown.kinds)))
    if shown.enrollment != Enrollment.ANY:
        enrolled = FeedEvent.contact_id.in_(_enrolled_contacts())
        query = query.where(enrolled if shown.enrollment == Enrollment.ENROLLED else ~enrolled)
    if needle(shown.search):
        dialect = session.get_bind().dialect.name
        query = query.where(
            or_(*(text_contains(column, shown.search, dialect) for column in (
                FeedEvent.title, contact_name.scalar_subquery(), company_name.scalar_subquery())))
        )  # fmt: skip
    if before is not None:
        at, event_id = before
        query = query.where(
            or_(FeedEvent.at < at, and_(FeedEvent.at == at, FeedEvent.id < event_id))
        )
    rows = session.execute(
        query.order_by(FeedEvent.at.desc(), FeedEvent.id.desc()).limit(limit + 1)
    ).all()
    items = [
        FeedItem(
            event.id,
            FeedEventKind(event.kind),
            event.at,
            event.title,
            event.detail,
            event.url,
            event.sequence_name,
            event.contact_id,
            contact_name or "",
            event.company_id,
            company_name or "",
        )
        for event, contact_name, company_name in rows[:limit]
    ]
    return FeedPage(items, len(rows) > limit)


def _yours(session: Session, actor: User, event: FeedEvent) -> None:
    """A notification is its company's CSM's (PERM-6): no one deletes another's."""
    workspace = workspace_for(session, actor)
    owner = csm_condition(session, workspace, actor.id)
    owned = owner is not None and session.scalar(
        select(func.count()).select_from(Record).where(Record.id == event.company_id, owner)
    )
    if not owned:
        raise PermissionDenied(QT_TR_NOOP("This notification is in another CSM's feed."))


def delete_notifications(session: Session, viewer: Person, event_ids: Iterable[uuid.UUID]) -> int:
    """FEED-3: delete notifications from the viewer's feed (full use, PERM-3; theirs
    only); NotFound for one already deleted. Returns how many were deleted."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    batch = ChangeBatch(session, actor.id)
    deleted = 0
    for event_id in event_ids:
        event = session.get(FeedEvent, event_id)
        if event is None or event.deleted_at is not None:
            raise NotFound(QT_TR_NOOP("That notification was already deleted."))
        _yours(session, actor, event)
        deleted += writer.tombstone(batch, event)
    session.flush()
    return deleted


def restore_notifications(session: Session, viewer: Person, event_ids: Iterable[uuid.UUID]) -> None:
    """Undo FEED-3's delete (the viewer's own notifications)."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    batch = ChangeBatch(session, actor.id)
    for event_id in event_ids:
        event = session.get(FeedEvent, event_id)
        if event is not None:
            _yours(session, actor, event)
            writer.restore(batch, event)
    session.flush()
