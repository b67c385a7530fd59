"""Logging activities against a record (CUS-5's activity buttons): a note, an e-mail, a
call, a task or a meeting, linked to the record, which becomes recently active. Each is
one transaction with its change entries."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.domain import date_input, permissions, tasks, writer
from app.domain.errors import ValidationError
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP
from app.domain.records import get_record
from app.domain.viewer import Person
from app.store import (
    ActivityKind,
    ActivityLink,
    Call,
    ChangeSource,
    Email,
    Meeting,
    Note,
    Record,
    Task,
    User,
)

ACTIVE = "last_activity_date"  # the property of `Record.last_activity_at`

TABLES = {
    ActivityKind.NOTE: "notes",
    ActivityKind.EMAIL: "emails",
    ActivityKind.CALL: "calls",
    ActivityKind.TASK: "tasks",
    ActivityKind.MEETING: "meetings",
}


def _text(field: str, value: str, missing: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(field, missing)
    return value


def _link(session: Session, actor: User, record_id: uuid.UUID, kind: ActivityKind, row: Any,
          at: dt.datetime) -> None:  # fmt: skip
    """Save the activity, link it to the record, and mark the record active (history too)."""
    record = get_record(session, record_id, for_update=True)
    batch = ChangeBatch(session, actor.id)
    writer.add(batch, row)
    writer.add(batch, ActivityLink(kind=kind, activity_id=row.id, record_id=record.id, at=at))
    _mark_active(session, actor, record, at, batch.at)
    session.flush()


def _mark_active(
    session: Session, actor: User, record: Record, at: dt.datetime, now: dt.datetime
) -> None:
    """The record was active at `at` (not later than now): a system change in its history."""
    when = min(at, now)
    if record.last_activity_at is None or record.last_activity_at < when:
        system = ChangeBatch(session, actor.id, ChangeSource.SYSTEM, at=now)
        writer.set_fields(
            system, record, {"last_activity_at": when}, names={"last_activity_at": ACTIVE}
        )


def log_note(session: Session, viewer: Person, record_id: uuid.UUID, body: str) -> Note:
    """A note about the record."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    note = Note(
        body=_text("body", body, QT_TR_NOOP("Enter the note.")),
        author_id=actor.id,
        at=dt.datetime.now(dt.UTC),
    )
    _link(session, actor, record_id, ActivityKind.NOTE, note, note.at)
    return note


def log_email(
    session: Session, viewer: Person, record_id: uuid.UUID, subject: str, body: str
) -> Email:
    """An e-mail sent to the record's people."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    email = Email(
        subject=_text("subject", subject, QT_TR_NOOP("Enter a subject.")), body=body or "",
        user_id=actor.id, from_address=actor.email, at=dt.datetime.now(dt.UTC),
    )  # fmt: skip
    _link(session, actor, record_id, ActivityKind.EMAIL, email, email.at)
    return email


def log_call(session: Session, viewer: Person, record_id: uuid.UUID, title: str, notes: str,
             minutes: str | int) -> Call:  # fmt: skip
    """A call; its length feeds health rules such as "calls over 15 minutes"."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    try:
        duration = int(str(minutes).strip() or 0)
    except ValueError:
        raise ValidationError(
            "minutes", QT_TR_NOOP("Enter the call's length in whole minutes.")
        ) from None
    if not 0 <= duration <= 24 * 60:
        raise ValidationError("minutes", QT_TR_NOOP("A call lasts between 0 and 1,440 minutes."))
    call = Call(
        title=_text("title", title, QT_TR_NOOP("Enter what the call was about.")), body=notes or "",
        duration_s=duration * 60, user_id=actor.id, at=dt.datetime.now(dt.UTC),
    )  # fmt: skip
    _link(session, actor, record_id, ActivityKind.CALL, call, call.at)
    return call


def create_task(session: Session, viewer: Person, record_id: uuid.UUID, title: str, due: str,
                zone: dt.tzinfo, locale: str | None = None) -> Task:  # fmt: skip
    """A to-do for the actor about the record, due on a day or at a time (ISO, or as the
    viewer types dates and times in `locale`), made as the Actions tab makes tasks
    (`tasks.create_task`)."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    title = _text("title", title, QT_TR_NOOP("Enter a title."))
    day = time = ""
    if due.strip():
        parsed, timed = _due(due.strip(), zone, locale)
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(zone)
        day = parsed.date().isoformat()
        time = parsed.strftime("%H:%M") if timed else ""
    record = get_record(session, record_id, for_update=True)
    new = tasks.NewTask(title=title, due_date=day, due_time=time, record_ids=(record.id,))
    task = tasks.create_task(session, actor, new, cast(ZoneInfo, zone))
    now = task.created_at
    _mark_active(session, actor, record, now, now)
    session.flush()
    return task


def _due(text: str, zone: dt.tzinfo, locale: str | None) -> tuple[dt.datetime, bool]:
    """A task's due day, or day and time, and whether a time was given."""
    if locale is None:
        try:
            return dt.datetime.fromisoformat(text), len(text) > 10
        except ValueError:
            raise ValidationError(
                "due",
                QT_TR_NOOP("“{text}” is not a date (YYYY-MM-DD, optionally HH:MM)."),
                text=text,
            ) from None
    try:
        return dt.datetime.combine(date_input.parse_date(text, locale), dt.time()), False
    except date_input.DateInputError as exc:
        if " " not in text:
            raise ValidationError("due", exc.message_parts) from None
    try:
        return date_input.parse_datetime(text, locale, zone), True
    except date_input.DateInputError as exc:
        raise ValidationError("due", exc.message_parts) from None


def log_meeting(session: Session, viewer: Person, record_id: uuid.UUID, title: str, start: str,
                minutes: str | int, link: str, zone: dt.tzinfo,
                locale: str | None = None) -> Meeting:  # fmt: skip
    """A meeting with the record's people, in the actor's zone unless the time says one;
    its start typed in ISO or, with `locale`, as the viewer types dates and times."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    title = _text("title", title, QT_TR_NOOP("Enter a title."))
    try:
        begins = (
            date_input.parse_datetime(start, locale, zone)
            if locale is not None
            else dt.datetime.fromisoformat(start.strip())
        )
    except date_input.DateInputError as exc:
        raise ValidationError("start", exc.message_parts) from None
    except ValueError:
        raise ValidationError(
            "start", QT_TR_NOOP("“{text}” is not a date and time (YYYY-MM-DD HH:MM)."), text=start
        ) from None
    if begins.tzinfo is None:
        begins = begins.replace(tzinfo=zone)
    try:
        length = int(str(minutes).strip() or 30)
    except ValueError:
        raise ValidationError(
            "minutes", QT_TR_NOOP("Enter the meeting's length in minutes.")
        ) from None
    if not 1 <= length <= 24 * 60:
        raise ValidationError("minutes", QT_TR_NOOP("A meeting lasts between 1 and 1,440 minutes."))
    link = link.strip()
    if link and not link.startswith(("https://", "http://")):
        raise ValidationError("link", QT_TR_NOOP("A meeting link starts with https://"))
    meeting = Meeting(
        title=title, start_at=begins.astimezone(dt.UTC),
        end_at=(begins + dt.timedelta(minutes=length)).astimezone(dt.UTC),
        time_zone=getattr(zone, "key", "UTC"), link=link, organizer_id=actor.id,
    )  # fmt: skip
    _link(session, actor, record_id, ActivityKind.MEETING, meeting, meeting.start_at)
    return meeting
