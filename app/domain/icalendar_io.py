"""The schedule as iCalendar (DATA-4): export the viewer's meetings and tasks over a range
of days as an .ics file, and import a calendar program's .ics file as meetings.

Reading, writing and recurrence expansion are icalendar's and recurring_ical_events' (which
also applies Google's X-WR-TIMEZONE). A file is read and checked whole before any row is
written, so a broken file saves nothing. Import is idempotent: a meeting remembers the
event's UID (an occurrence of a repeating event: UID/original start in UTC), and importing
the same file again updates those meetings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import recurring_ical_events
import x_wr_timezone
from icalendar import STATUS, Calendar, Component, Event, Todo, vCalAddress
from icalendar.timezone.tzid import tzids_from_tzinfo
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain import permissions, schedule, writer
from app.domain.errors import ValidationError
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP, Message
from app.domain.viewer import Person
from app.store import (
    ActivityKind,
    ActivityLink,
    ChangeOp,
    ChangeSource,
    Meeting,
    MeetingAttendee,
    ObjectType,
    Record,
    User,
    new_id,
)

PRODID = "-//Tend//Customer Success workspace//EN"
NO_TITLE = QT_TR_NOOP("(No title)")
TASKS_SKIPPED = QT_TR_NOOP("tasks in calendar files are not imported")
PRIORITIES = {"high": 1, "medium": 5, "low": 9}
URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
# Where calendar programs put a video link, best first (Google Meet, Teams, RFC 7986).
CANCELLED = QT_TR_NOOP("was cancelled")
MAX_OCCURRENCES = 500  # a series' meetings imported over the days shown
_CAPPED = Message(
    QT_TR_NOOP("repeats more than {n} times in the days shown; the first {n} were imported"),
    {"n": MAX_OCCURRENCES},
)
OCCURRENCES_CAPPED = str(_CAPPED)
LINK_PROPERTIES = (
    "URL", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-MICROSOFT-SKYPETEAMSURL",
    "CONFERENCE", "LOCATION", "DESCRIPTION",
)  # fmt: skip
TEND_UID = re.compile(r"^([0-9a-f-]{36})@tend\.local$")
YEAR = dt.timedelta(days=366)
# The properties import reads beyond text (which always reads); a broken one refuses the file.
READ = {"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID",
        "SEQUENCE", "ATTENDEE", "ORGANIZER", "URL", "CONFERENCE", "X-WR-TIMEZONE"}  # fmt: skip
# A repeat rule's line (RRULE or EXRULE, with or without parameters) once unfolded.
RULE_LINE = re.compile(rb"^((?:RRULE|EXRULE)[^:\r\n]*:)([^\r\n]*)", re.IGNORECASE | re.MULTILINE)
FOLD = re.compile(rb"\r?\n[ \t]")
RULE_SPACE = re.compile(rb"\s*([,;=])\s*")


@dataclass(frozen=True)
class Skipped:
    """Something in the file that was not imported, and why (in English; `what_text()`
    and `reason_text()` in the user's language)."""

    what: str
    reason: str
    # a cancelled meeting's import key (imported before, it is removed); not shown
    key: str = field(default="", compare=False, repr=False)
    what_message: Message = field(default=Message(""), compare=False, repr=False)
    reason_message: Message = field(default=Message(""), compare=False, repr=False)

    @classmethod
    def of(cls, what: Message, reason: Message | str, key: str = "") -> Skipped:
        """What was skipped and why, as messages (`reason` a marked text or a `Message`)."""
        why = reason if isinstance(reason, Message) else Message(reason)
        return cls(str(what), str(why), key, what, why)

    def what_text(self) -> str:
        """What was skipped, in the user's language."""
        return _in_language(self.what_message, self.what)

    def reason_text(self) -> str:
        """Why it was skipped, in the user's language."""
        return _in_language(self.reason_message, self.reason)


def _in_language(message: Message, english: str) -> str:
    return (message if message and str(message) == english else Message(english)).translated()


@dataclass(frozen=True)
class ImportReport:
    """What an import did: meetings created, meetings updated, items skipped."""

    created: int
    updated: int
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class _Guest:
    """An attendee as the file names them."""

    email: str
    name: str


@dataclass(frozen=True)
class _Planned:
    """One meeting to create or update: its UID, the people in it, its `MEETING_FIELDS`."""

    uid: str
    guests: tuple[_Guest, ...]
    title: str
    start_at: dt.datetime
    end_at: dt.datetime
    all_day: bool
    time_zone: str
    location: str
    link: str
    description: str


MEETING_FIELDS = ("title", "start_at", "end_at", "all_day", "time_zone", "location", "link",
                  "description")  # fmt: skip


# ---- export ---------------------------------------------------------------------------


def export_schedule(
    session: Session, viewer: Person, first: dt.date, last: dt.date, zone: ZoneInfo
) -> bytes:
    """The viewer's meetings and tasks on days first..last (in `zone`) as an .ics file."""
    items = schedule.events_between(session, viewer, first, last, zone)
    meeting_ids = [i.id for i in items if i.kind == schedule.EventKind.MEETING]
    meetings = {
        m.id: m for m in session.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids)))
    }
    organizers = {u.id: u for u in session.scalars(
        select(User).where(User.id.in_({m.organizer_id for m in meetings.values()}))
    )}  # fmt: skip
    guests = _addresses(session, meeting_ids)
    calendar = Calendar.new(prodid=PRODID, calscale="GREGORIAN", method="PUBLISH")
    for item in items:
        if item.kind == schedule.EventKind.MEETING:
            meeting = meetings[item.id]
            organizer = organizers.get(meeting.organizer_id) if meeting.organizer_id else None
            calendar.add_component(_vevent(meeting, item.days, organizer, guests.get(item.id, [])))
        else:
            calendar.add_component(_vtodo(item, zone))
    earliest = min([first, *(i.start.date() for i in items)])
    latest = max([last, *(i.end.date() for i in items)])
    calendar.add_missing_timezones(first_date=earliest - YEAR, last_date=latest + YEAR)
    return bytes(calendar.to_ical())


def _vevent(meeting: Meeting, days: tuple[dt.date, dt.date] | None, organizer: User | None,
            guests: list[vCalAddress]) -> Event:  # fmt: skip
    """A meeting as a VEVENT: times in its own zone, an all-day one as dates."""
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime
    if meeting.all_day and days is not None:
        start, end = days[0], days[1] + dt.timedelta(days=1)  # DTEND is exclusive
    else:
        tz = _tz(meeting.time_zone)
        start = meeting.start_at.astimezone(tz)
        end = max(meeting.start_at, meeting.end_at).astimezone(tz)
    return Event.new(
        uid=meeting.ical_uid or f"{meeting.id}@tend.local", summary=meeting.title,
        start=start, end=end, description=meeting.description or None,
        location=meeting.location or None, url=meeting.link or None,
        organizer=vCalAddress.new(organizer.email, cn=organizer.name) if organizer else None,
        attendees=guests, created=meeting.created_at, last_modified=meeting.updated_at,
    )  # fmt: skip


def _vtodo(item: schedule.Event, zone: ZoneInfo) -> Todo:
    """A task as a VTODO: due on a date, or at a time in the viewer's zone."""
    todo = Todo.new(
        uid=f"{item.id}@tend.local", summary=item.title, description=item.description or None,
        status=STATUS.COMPLETED if item.completed else STATUS.NEEDS_ACTION,
        priority=PRIORITIES.get(item.priority),
    )  # fmt: skip
    todo.DUE = item.days[0] if item.days else item.start.astimezone(zone)
    return todo


def _addresses(
    session: Session, meeting_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[vCalAddress]]:
    """Each meeting's live attendees as mailto: addresses (users' and contacts' own e-mail)."""
    rows = session.execute(
        select(MeetingAttendee.meeting_id, MeetingAttendee.email, MeetingAttendee.name,
               User.email, User.name, Record.search_key, Record.name)
        .outerjoin(User, User.id == MeetingAttendee.user_id)
        .outerjoin(Record, Record.id == MeetingAttendee.contact_id)
        .where(MeetingAttendee.meeting_id.in_(meeting_ids), MeetingAttendee.deleted_at.is_(None))
        .order_by(MeetingAttendee.meeting_id, MeetingAttendee.email)
    )  # fmt: skip
    out: dict[uuid.UUID, list[vCalAddress]] = {}
    for meeting_id, email, name, user_email, user_name, contact_email, contact_name in rows:
        address = user_email or contact_email or email
        if address:
            cn = name or user_name or contact_name or None
            out.setdefault(meeting_id, []).append(vCalAddress.new(address, cn=cn))
    return out


def _tz(name: str) -> ZoneInfo:
    """The zone of that IANA name (UTC when unknown)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


# ---- import: reading and checking -----------------------------------------------------


def import_ics(session: Session, viewer: Person, data: bytes, first: dt.date, last: dt.date,
               zone: ZoneInfo) -> ImportReport:  # fmt: skip
    """DATA-4: the file's events as the actor's meetings; repeats expanded over first..last."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    calendars = _read(data)
    window = (dt.datetime.combine(first, dt.time(), zone),
              dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), zone))  # fmt: skip
    planned: dict[str, _Planned] = {}
    skipped: list[Skipped] = []
    cancelled: list[str] = []
    for calendar in calendars:
        for item in calendar.walk():
            if item.name in ("VTODO", "VJOURNAL"):
                skipped.append(Skipped.of(_what(item), TASKS_SKIPPED))
        for uid, series in _by_uid(calendar).items():
            meetings, left_out = _plan_series(uid, series, window, zone, actor.email)
            planned.update((m.uid, m) for m in meetings)
            skipped += left_out
            cancelled += [s.key for s in left_out if s.key]
    created, updated, not_again = _write(
        session, actor, list(planned.values()), [u for u in cancelled if u not in planned]
    )
    return ImportReport(created, updated, tuple(skipped + not_again))


def _read(data: bytes) -> list[Calendar]:
    """The file's calendars, each in RFC 5545 form, or ValidationError naming the problem."""
    if not data.strip():
        raise ValidationError("file", QT_TR_NOOP("The file is empty."))
    if b"BEGIN:VCALENDAR" not in data.upper():
        raise ValidationError("file", QT_TR_NOOP("This is not an iCalendar (.ics) file: it has no "
                                      "BEGIN:VCALENDAR line."))  # fmt: skip
    try:
        found = Calendar.from_ical(_tidy_rules(data), multiple=True)
    except ValueError as exc:
        raise ValidationError(
            "file", QT_TR_NOOP("This iCalendar file cannot be read: {reason}"), reason=exc
        ) from None
    calendars = [c for c in found if c.name == "VCALENDAR"]
    if not calendars:
        raise ValidationError(
            "file",
            QT_TR_NOOP(
                "The calendar in this file is incomplete: it has no "
                "END:VCALENDAR line (was the file cut short?)."
            ),
        )
    for calendar in calendars:
        _check(calendar)
    return [_standard(c) for c in calendars]


def _tidy_rules(data: bytes) -> bytes:
    """Repeat rules as Microsoft Exchange writes them, `BYDAY=MO, TU, WE` (spaces after the
    commas, sometimes folded mid-rule), made RFC 5545's `BYDAY=MO,TU,WE`: icalendar and
    dateutil refuse the spaces, so the whole series would be left out."""
    if not RULE_LINE.search(data):
        return data
    unfolded = FOLD.sub(b"", data)
    return RULE_LINE.sub(lambda m: m[1] + RULE_SPACE.sub(rb"\1", m[2]).strip(), unfolded)


def _check(calendar: Calendar) -> None:
    """Refuse the file when icalendar could not read a line, or a value that import reads
    (icalendar reads values lazily: a bad date would only fail when used)."""
    for item in calendar.walk():
        for name, message in item.errors:
            if name and item.name in ("VEVENT", "VCALENDAR") and name not in READ:
                continue  # e.g. a broken GEO or PRIORITY: not needed for a meeting
            where = (
                Message(QT_TR_NOOP("the value of {name}"), {"name": name})
                if name
                else Message(QT_TR_NOOP("a line"))
            )
            raise ValidationError(
                "file", QT_TR_NOOP("{item}: {where} cannot be read ({reason})."),
                item=_what(item), where=where, reason=message,
            )  # fmt: skip


def _standard(calendar: Calendar) -> Calendar:
    """Google's X-WR-TIMEZONE applied to its UTC times (an unknown zone is ignored)."""
    try:
        return x_wr_timezone.to_standard(calendar)
    except (ZoneInfoNotFoundError, ValueError):
        return calendar


def _what(item: Component, on: str = "") -> Message:
    """How the report names a component: its title, the occurrence's day, its UID."""
    title = Message(str(item.get("SUMMARY", "")).strip() or NO_TITLE)
    uid = str(item.get("UID", "")).strip()
    values = {"title": title, "day": on, "uid": uid}
    if on and uid:
        named = Message(QT_TR_NOOP("{title} on {day} (UID {uid})"), values)
    elif on:
        named = Message(QT_TR_NOOP("{title} on {day}"), {"title": title, "day": on})
    elif uid:
        named = Message(QT_TR_NOOP("{title} (UID {uid})"), {"title": title, "uid": uid})
    else:
        named = title
    if item.name in ("VEVENT", "VTODO", "VJOURNAL"):
        return named
    if item.name == "VCALENDAR":
        return Message(QT_TR_NOOP("The calendar"))
    return Message(QT_TR_NOOP("A {kind} in {item}"), {"kind": item.name, "item": named})


def _by_uid(calendar: Calendar) -> dict[str, list[Event]]:
    """The events grouped by UID: a repeating event with its changed occurrences."""
    out: dict[str, list[Event]] = {}
    for event in calendar.walk("VEVENT"):
        if isinstance(event, Event):
            out.setdefault(_uid(event), []).append(event)
    return out


def _uid(event: Event) -> str:
    """The event's UID; without one, a stable stand-in made from its content."""
    uid = str(event.get("UID", "")).strip()
    return uid or hashlib.sha256(event.to_ical()).hexdigest()[:32] + "@import.tend.local"


# ---- import: from events to meetings --------------------------------------------------


def _plan_series(uid: str, series: list[Event], window: tuple[dt.datetime, dt.datetime],
                 zone: ZoneInfo, email: str) -> tuple[list[_Planned], list[Skipped]]:  # fmt: skip
    """The meetings of one UID: the event itself, or its occurrences in the window."""
    main = next((e for e in series if "RECURRENCE-ID" not in e), series[0])
    for event in series:
        problem = _problem(event, zone)
        if problem:
            cancelled = problem.template == CANCELLED
            return [], [Skipped.of(_what(main), problem, uid if cancelled else "")]
    if not any(k in e for e in series for k in ("RRULE", "RDATE", "RECURRENCE-ID")):
        latest = max(series, key=lambda e: int(e.get("SEQUENCE", 0)))
        return [_planned(latest, uid, zone, email)], []
    occurrences, skipped = _occurrences(main, series, window, zone)
    planned: list[_Planned] = []
    for occurrence in occurrences:
        original = occurrence.get("RECURRENCE-ID")
        key = _instant_id(original.dt if original else occurrence.start, zone)
        if str(occurrence.get("STATUS", "")).upper() == "CANCELLED":
            skipped.append(Skipped.of(_what(occurrence, key[:10]), CANCELLED, f"{uid}/{key}"))
        else:
            planned.append(_planned(occurrence, f"{uid}/{key}", zone, email))
    return planned, skipped


def _occurrences(main: Event, series: list[Event], window: tuple[dt.datetime, dt.datetime],
                 zone: ZoneInfo) -> tuple[list[Any], list[Skipped]]:  # fmt: skip
    """A repeating series' occurrences (VEVENTs) that start in the window, at most
    MAX_OCCURRENCES; a skip says when the cap cut them or the rule cannot be read."""
    repeating = Calendar()
    for event in series:
        repeating.add_component(event)
    occurrences: list[Any] = []
    try:
        for occurrence in recurring_ical_events.of(repeating).after(window[0]):
            if _instant(occurrence.start, zone) >= window[1]:
                break
            if len(occurrences) == MAX_OCCURRENCES:  # e.g. FREQ=MINUTELY: not a meeting
                return occurrences, [Skipped.of(_what(main), _CAPPED)]
            occurrences.append(occurrence)
    except (ValueError, KeyError, TypeError) as exc:
        why = Message(
            QT_TR_NOOP("its repeat rule cannot be worked out ({reason})"), {"reason": exc}
        )
        return [], [Skipped.of(_what(main), why)]
    return occurrences, []


def _problem(event: Event, zone: ZoneInfo) -> Message | None:
    """Why an event cannot become a meeting, or None."""
    if "RECURRENCE-ID" not in event and str(event.get("STATUS", "")).upper() == "CANCELLED":
        return Message(CANCELLED)
    if "DTSTART" not in event:
        return Message(QT_TR_NOOP("has no start time"))
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
        value = event.get(name)
        if value is not None and _floating(value.dt) and "TZID" in value.params:
            return Message(
                QT_TR_NOOP("its time zone “{zone}” is unknown"), {"zone": value.params["TZID"]}
            )
    try:
        start, end = event.start, event.end
    except ValueError as exc:
        return Message(QT_TR_NOOP("its times cannot be used ({reason})"), {"reason": exc})
    if _instant(end, zone) < _instant(start, zone):
        return Message(QT_TR_NOOP("ends before it starts"))
    return None


def _planned(event: Event, uid: str, zone: ZoneInfo, email: str) -> _Planned:
    """An event (checked by `_problem`) as a meeting's values, times in UTC."""
    start, end = event.start, event.end
    if not isinstance(start, dt.datetime):  # a date: whole days in the importer's zone
        days = max((end - start).days if not isinstance(end, dt.datetime) else 1, 1)
        start_at = _instant(start, zone)
        end_at = _instant(start + dt.timedelta(days=days), zone)
        time_zone = zone.key
    else:
        start_at, end_at = _instant(start, zone), _instant(end, zone)
        time_zone = _zone_name(start, zone)
    return _Planned(
        uid=uid[:500], guests=_guests(event, email),
        title=(str(event.get("SUMMARY", "")).strip() or NO_TITLE)[:500],
        start_at=start_at.astimezone(dt.UTC), end_at=end_at.astimezone(dt.UTC),
        all_day=not isinstance(start, dt.datetime), time_zone=time_zone,
        location=str(event.get("LOCATION", "")).strip()[:500], link=_link(event),
        description=str(event.get("DESCRIPTION", "")).strip(),
    )  # fmt: skip


def _floating(value: dt.date | dt.datetime) -> bool:
    """A time of day without a zone."""
    return isinstance(value, dt.datetime) and value.tzinfo is None


def _instant(value: dt.date | dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """A date (its midnight) or a floating time read in `zone`; a zoned time as it is."""
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time(), zone)
    return value.replace(tzinfo=zone) if value.tzinfo is None else value


def _instant_id(value: dt.date | dt.datetime, zone: ZoneInfo) -> str:
    """An occurrence's key: its date, or its start in UTC (ISO 8601)."""
    if not isinstance(value, dt.datetime):
        return value.isoformat()
    return _instant(value, zone).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _zone_name(value: dt.datetime, zone: ZoneInfo) -> str:
    """The IANA name of a time's zone (Windows names mapped); `zone`'s for floating ones."""
    for tzid in tzids_from_tzinfo(value.tzinfo):
        for name in (tzid, WINDOWS_TO_OLSON.get(tzid)):  # "UTC" is a Windows name too
            try:
                return ZoneInfo(name or "").key or ""
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return zone.key


def _link(event: Event) -> str:
    """The meeting's video link: URL, a conference property, else the first in the text."""
    for name in LINK_PROPERTIES:
        values = event.get(name)
        for value in values if isinstance(values, list) else [values]:
            found = URL.search(str(value or ""))
            if found:
                return found.group(0).rstrip(".,;:)]}")[:2000]
    return ""


def _guests(event: Event, own_email: str) -> tuple[_Guest, ...]:
    """The attendees and the organizer, once each, without the importer (who organizes)."""
    seen = {own_email.strip().lower()}
    out = []
    for address in [*event.attendees, event.organizer]:
        email = address.email.strip() if isinstance(address, vCalAddress) else ""
        if "@" not in email or ":" in email or email.lower() in seen:
            continue
        seen.add(email.lower())
        out.append(_Guest(email[:320], str(address.params.get("CN", "")).strip()[:200]))
    return tuple(out)


# ---- import: writing ------------------------------------------------------------------


def _write(
    session: Session, actor: User, planned: list[_Planned], cancelled: list[str]
) -> tuple[int, int, list[Skipped]]:
    """Create or update the meetings, their attendees and contact links, and remove the
    actor's meetings the file now cancels; (created, updated, skipped)."""
    batch = ChangeBatch(session, actor.id, ChangeSource.IMPORT)
    existing = _existing(session, actor, [p.uid for p in planned] + cancelled)
    attending = _attending(session, actor, [p.uid for p in planned])
    people = _people(session, {g.email.lower() for p in planned for g in p.guests})
    created = updated = 0
    skipped: list[Skipped] = []
    for uid in cancelled:
        gone = existing.get(uid)
        if gone is not None:  # imported before, cancelled since: it leaves the calendar
            writer.tombstone(batch, gone)
    for plan in planned:
        meeting = existing.get(plan.uid)
        if meeting is None and plan.uid in attending:
            organizer = attending[plan.uid]
            skipped.append(
                Skipped.of(
                    Message(
                        QT_TR_NOOP("{title} (UID {uid})"), {"title": plan.title, "uid": plan.uid}
                    ),
                    Message(
                        QT_TR_NOOP("is already on your calendar, organized by {name}"),
                        {"name": organizer},
                    ),
                )
            )
            continue  # fmt: skip
        is_new = meeting is None
        if meeting is None:
            values = {name: getattr(plan, name) for name in MEETING_FIELDS}
            meeting = Meeting(id=new_id(), organizer_id=actor.id, ical_uid=plan.uid, **values)
            writer.add(batch, meeting)
            created += 1
        else:
            values = {name: getattr(plan, name) for name in MEETING_FIELDS}
            updated += bool(writer.set_fields(batch, meeting, values))
        _attend(session, meeting, plan.guests, people, batch, is_new)
    session.flush()
    return created, updated, skipped


def _attending(session: Session, actor: User, uids: list[str]) -> dict[str, str]:
    """UIDs of live meetings someone else organizes that the actor attends (a team-mate
    imported the same invitation, or Tend's own export of it), with the organizer's name."""
    own = {uuid.UUID(m.group(1)): uid for uid in uids if (m := TEND_UID.match(uid))}
    rows = session.execute(
        select(Meeting.id, Meeting.ical_uid, User.name)
        .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
        .outerjoin(User, User.id == Meeting.organizer_id)
        .where(
            MeetingAttendee.user_id == actor.id,
            MeetingAttendee.deleted_at.is_(None),
            Meeting.deleted_at.is_(None),
            or_(Meeting.organizer_id != actor.id, Meeting.organizer_id.is_(None)),
            or_(Meeting.ical_uid.in_(uids), Meeting.id.in_(own)),
        )
    )
    out: dict[str, str] = {}
    for meeting_id, uid, name in rows:
        out[own.get(meeting_id, uid or "")] = name or "someone else"
    return out


def _existing(session: Session, actor: User, uids: list[str]) -> dict[str, Meeting]:
    """The actor's live meetings by UID: imported ones, and Tend's own exported back."""
    live = (Meeting.organizer_id == actor.id, Meeting.deleted_at.is_(None))
    out = {m.ical_uid or "": m for m in session.scalars(
        select(Meeting).where(Meeting.ical_uid.in_(uids), *live)
    )}  # fmt: skip
    own = {uuid.UUID(m.group(1)): uid for uid in uids if (m := TEND_UID.match(uid))}
    for meeting in session.scalars(select(Meeting).where(Meeting.id.in_(own), *live)):
        out.setdefault(own[meeting.id], meeting)
    return out


def _people(session: Session, emails: set[str]) -> dict[str, tuple[str, uuid.UUID, str]]:
    """Users and live contacts by lower-cased e-mail: ("user" or "contact", id, name)."""
    out: dict[str, tuple[str, uuid.UUID, str]] = {}
    if not emails:
        return out
    contacts = session.execute(
        select(func.lower(Record.search_key), Record.id, Record.name)
        .join(ObjectType, ObjectType.id == Record.object_type_id)
        .where(ObjectType.key == "contacts", Record.deleted_at.is_(None),
               func.lower(Record.search_key).in_(emails))
        .order_by(Record.created_at.desc())
    )  # fmt: skip
    for email, record_id, name in contacts:
        out[email] = ("contact", record_id, name)  # the oldest contact wins
    users = session.execute(
        select(func.lower(User.email), User.id, User.name).where(
            func.lower(User.email).in_(emails), User.deleted_at.is_(None)
        )
    )
    for email, user_id, name in users:
        out[email] = ("user", user_id, name)  # a user wins over a contact
    return out


def _attend(session: Session, meeting: Meeting, guests: Iterable[_Guest],
            people: dict[str, tuple[str, uuid.UUID, str]], batch: ChangeBatch,
            is_new: bool) -> None:  # fmt: skip
    """Make the meeting's attendees the file's, and link it to the contacts among them."""
    wanted = []
    for guest in guests:
        kind, person_id, known = people.get(guest.email.lower(), ("", None, ""))
        wanted.append(MeetingAttendee(
            id=new_id(), meeting_id=meeting.id, email=guest.email, name=guest.name or known,
            user_id=person_id if kind == "user" else None,
            contact_id=person_id if kind == "contact" else None,
        ))  # fmt: skip
    current = [] if is_new else list(session.scalars(
        select(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting.id,
                                      MeetingAttendee.deleted_at.is_(None))
    ))  # fmt: skip
    if sorted(map(_key, current)) != sorted(map(_key, wanted)):
        if not is_new:
            old, new = sorted(a.email for a in current), sorted(a.email for a in wanted)
            batch.log("meetings", meeting.id, ChangeOp.SET, "attendees", old, new)
        for attendee in current:
            writer.tombstone(batch, attendee)
        for attendee in wanted:
            writer.add(batch, attendee)
    contacts = {a.contact_id for a in wanted if a.contact_id}
    _link_contacts(session, meeting, contacts, batch, is_new)


def _key(attendee: MeetingAttendee) -> tuple[str, str, str, str]:
    """What makes two attendees the same."""
    return (str(attendee.user_id), str(attendee.contact_id), attendee.email.lower(),
            attendee.name)  # fmt: skip


def _link_contacts(session: Session, meeting: Meeting, contact_ids: set[uuid.UUID],
                   batch: ChangeBatch, is_new: bool) -> None:  # fmt: skip
    """Link the meeting to its contacts (the timeline reads the links), at its start."""
    links = {} if is_new else {link.record_id: link for link in session.scalars(
        select(ActivityLink).where(ActivityLink.kind == ActivityKind.MEETING,
                                   ActivityLink.activity_id == meeting.id)
    )}  # fmt: skip
    for link in links.values():
        writer.set_fields(batch, link, {"at": meeting.start_at})
    for contact_id in contact_ids - links.keys():
        writer.add(batch, ActivityLink(kind=ActivityKind.MEETING, activity_id=meeting.id,
                                       record_id=contact_id, at=meeting.start_at))  # fmt: skip
    for contact_id in contact_ids & links.keys():
        writer.restore(batch, links[contact_id])
