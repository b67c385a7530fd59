"""Tasks, meetings, notes, calls, e-mails (OBJ-1) and the customer activity feed (FEED-1)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import Enum, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, Synced


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=24, values_callable=lambda e: [m.value for m in e])


class TaskType(enum.StrEnum):
    TODO = "todo"
    CALL = "call"
    EMAIL = "email"


class TaskPriority(enum.StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class TaskStatus(enum.StrEnum):
    OPEN = "open"
    COMPLETED = "completed"


class Task(Synced, Base):
    """A CSM's task (ACT-1..3). `due_at` is UTC; `due_all_day` tasks have a date, no time."""

    __tablename__ = "tasks"
    __table_args__ = (
        # A CSM's live tasks by due date: counts and pages from the index (migration 0005).
        Index(
            "ix_tasks_live_assignee_status_due",
            "assignee_id",
            "status",
            "due_at",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        # ... and by completion time: the Summary's overdue progress (migration 0016)
        Index(
            "ix_tasks_live_assignee_completed",
            "assignee_id",
            "completed_at",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index("ix_tasks_status_due", "status", "due_at"),
    )

    title: Mapped[str] = mapped_column(String(500))
    type: Mapped[TaskType] = mapped_column(_enum(TaskType), default=TaskType.TODO)
    priority: Mapped[TaskPriority] = mapped_column(_enum(TaskPriority), default=TaskPriority.NONE)
    status: Mapped[TaskStatus] = mapped_column(_enum(TaskStatus), default=TaskStatus.OPEN)
    due_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    due_all_day: Mapped[bool] = mapped_column(default=False)
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    completed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class Meeting(Synced, Base):
    """A meeting with a start, an end, a time zone and an optional video link (SCH-1, SCH-3)."""

    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_organizer_start", "organizer_id", "start_at"),)

    title: Mapped[str] = mapped_column(String(500))
    start_at: Mapped[dt.datetime] = mapped_column()
    end_at: Mapped[dt.datetime] = mapped_column()
    all_day: Mapped[bool] = mapped_column(default=False)
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    location: Mapped[str] = mapped_column(String(500), default="")
    link: Mapped[str] = mapped_column(String(2000), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    organizer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    # iCalendar UID for imported/exported meetings (DATA-4).
    ical_uid: Mapped[str | None] = mapped_column(String(500), default=None, index=True)
    outcome: Mapped[str] = mapped_column(String(50), default="scheduled")


class MeetingAttendee(Synced, Base):
    """An attendee: a user, a contact record, or just an e-mail address."""

    __tablename__ = "meeting_attendees"
    __table_args__ = (
        Index("ix_meeting_attendees_contact", "contact_id"),
        # The meetings a user attends, for their calendar (SCH-1, migration 0006).
        Index("ix_meeting_attendees_user", "user_id", "meeting_id"),
    )

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), default=None
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), default=None
    )
    email: Mapped[str] = mapped_column(String(320), default="")
    name: Mapped[str] = mapped_column(String(200), default="")


class Note(Synced, Base):
    """A note logged against records."""

    __tablename__ = "notes"

    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    at: Mapped[dt.datetime] = mapped_column()


class CallDirection(enum.StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class Call(Synced, Base):
    """A logged call; its duration feeds health rules such as "calls over 15 minutes"."""

    __tablename__ = "calls"

    title: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    direction: Mapped[CallDirection] = mapped_column(
        _enum(CallDirection), default=CallDirection.OUTBOUND
    )
    outcome: Mapped[str] = mapped_column(String(50), default="connected")
    duration_s: Mapped[int] = mapped_column(default=0)
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    at: Mapped[dt.datetime] = mapped_column()


class Email(Synced, Base):
    """A logged e-mail."""

    __tablename__ = "emails"

    subject: Mapped[str] = mapped_column(String(1000), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    direction: Mapped[CallDirection] = mapped_column(
        _enum(CallDirection), default=CallDirection.OUTBOUND
    )
    from_address: Mapped[str] = mapped_column(String(320), default="")
    to_addresses: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    at: Mapped[dt.datetime] = mapped_column()


class ActivityKind(enum.StrEnum):
    """The tables an activity link may point at."""

    TASK = "task"
    MEETING = "meeting"
    NOTE = "note"
    CALL = "call"
    EMAIL = "email"


class ActivityLink(Synced, Base):
    """Associates an activity with a record: feeds the record timeline and health rules."""

    __tablename__ = "activity_links"
    __table_args__ = (
        UniqueConstraint("kind", "activity_id", "record_id"),
        Index("ix_activity_links_record", "record_id", "kind"),
    )

    kind: Mapped[ActivityKind] = mapped_column(_enum(ActivityKind))
    activity_id: Mapped[uuid.UUID] = mapped_column()
    record_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"))
    # When the activity happened, copied here so a timeline is one indexed read.
    at: Mapped[dt.datetime | None] = mapped_column(default=None)


class FeedEventKind(enum.StrEnum):
    """Notifications of FEED-1."""

    EMAIL_OPENED = "email_opened"
    EMAIL_CLICKED = "email_clicked"
    EMAIL_REPLIED = "email_replied"
    FORM_SUBMITTED = "form_submitted"
    PAGE_VISITED = "page_visited"
    MEETING_BOOKED = "meeting_booked"
    SEQUENCE_ENROLLED = "sequence_enrolled"
    SEQUENCE_UNENROLLED = "sequence_unenrolled"
    SEQUENCE_FINISHED = "sequence_finished"


class FeedEvent(Synced, Base):
    """Something a contact did (FEED-1); deleting it tombstones it (FEED-3)."""

    __tablename__ = "feed_events"
    __table_args__ = (
        Index("ix_feed_events_company_at", "company_id", "at"),
        Index("ix_feed_events_contact_at", "contact_id", "at"),
        # the Feed's newest first (migration 0015)
        Index("ix_feed_events_live_at", "at", "id", sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
    )  # fmt: skip

    kind: Mapped[FeedEventKind] = mapped_column(_enum(FeedEventKind))
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"))
    # The contact's company at the time, so "companies the viewer owns" is one join.
    company_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("records.id", ondelete="SET NULL"), default=None
    )
    at: Mapped[dt.datetime] = mapped_column()
    title: Mapped[str] = mapped_column(String(1000), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    sequence_name: Mapped[str | None] = mapped_column(String(200), default=None)
    url: Mapped[str] = mapped_column(String(2000), default="")
