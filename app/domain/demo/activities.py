"""Demo activities: tasks, meetings with attendees, notes, calls, e-mails (each linked to its
company) and the contacts' activity feed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from app.domain.demo import names
from app.domain.demo.context import Company, Context
from app.domain.demo.people import Person
from app.domain.demo.writer import ts
from app.domain.i18n import QT_TR_NOOP

TASK_COLUMNS = (
    "id", "title", "type", "priority", "status", "due_at", "due_all_day", "assignee_id",
    "created_by_id", "completed_at", "notes", "created_at", "updated_at",
)  # fmt: skip
LINK_COLUMNS = ("id", "kind", "activity_id", "record_id", "at", "created_at", "updated_at")
MEETING_COLUMNS = (
    "id", "title", "start_at", "end_at", "all_day", "time_zone", "location", "link",
    "description", "organizer_id", "outcome", "created_at", "updated_at",
)  # fmt: skip
ATTENDEE_COLUMNS = (
    "id", "meeting_id", "user_id", "contact_id", "email", "name", "created_at", "updated_at",
)  # fmt: skip
NOTE_COLUMNS = ("id", "body", "author_id", "at", "created_at", "updated_at")
CALL_COLUMNS = (
    "id", "title", "body", "direction", "outcome", "duration_s", "user_id", "at",
    "created_at", "updated_at",
)  # fmt: skip
EMAIL_COLUMNS = (
    "id", "subject", "body", "direction", "from_address", "to_addresses", "user_id", "at",
    "created_at", "updated_at",
)  # fmt: skip
FEED_COLUMNS = (
    "id", "kind", "contact_id", "company_id", "at", "title", "detail", "sequence_name", "url",
    "created_at", "updated_at",
)  # fmt: skip
PRIORITIES = ("none", "low", "medium", "high")


class Links:
    """Collects activity links (activity -> company) to write after the activities."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.rows: list[tuple] = []

    def add(self, kind: str, activity_hex: str, company: Company, at: dt.datetime) -> None:
        """Link one activity to its company."""
        t = ts(at)
        self.rows.append((self.ctx.ids.hex_at(at), kind, activity_hex, company.id, t, t, t))


def _by_owner(ctx: Context) -> dict[str, list[Company]]:
    owned: dict[str, list[Company]] = {p.name: [] for p in ctx.people}
    for c in ctx.companies:
        owned[c.owner.name].append(c)
    return owned


def _task(
    ctx: Context, links: Links, person: Person, company: Company, day: dt.date, done: bool
) -> tuple:
    rng = ctx.rng
    all_day = rng.random() < 0.2
    due = (
        ctx.local(person, day, 0)
        if all_day
        else ctx.local(person, day, rng.randint(9, 17), rng.choice((0, 15, 30, 45)))
    )
    created = min(due, ctx.now) - dt.timedelta(days=rng.uniform(1, 20))
    tid = ctx.ids.hex_at(created)
    completed = (min(due, ctx.now) - dt.timedelta(hours=rng.uniform(0, 20))) if done else None
    links.add("task", tid, company, due)
    title = rng.choice(names.TASK_TITLES)
    made, done_at = ts(created), ts(completed)
    return (
        tid, title, ctx.pick(("todo", "call", "email"), (6, 2, 2)),
        ctx.pick(PRIORITIES, (3, 3, 3, 1)), "completed" if done else "open", ts(due),
        int(all_day), person.id.hex, ctx.people[0].id.hex, done_at, "", made,
        done_at or made,
    )  # fmt: skip


def tasks(ctx: Context, links: Links) -> None:
    """About three tasks per company, plus a sure set for every CSM's Summary."""
    rng = ctx.rng
    owned = _by_owner(ctx)
    ctx.writer.report(QT_TR_NOOP("Tasks"))

    def generate() -> Iterator[tuple]:
        # Every seated user has tasks due yesterday, today, tomorrow and next week.
        for person in ctx.csms:
            mine = owned[person.name] or ctx.companies
            for offset, count, done in ((-1, 2, 0), (0, 3, 1), (1, 2, 0), (7, 2, 0)):
                for i in range(count + done):
                    day = ctx.today + dt.timedelta(days=offset)
                    yield _task(ctx, links, person, rng.choice(mine), day, done=i >= count)
        for company in ctx.companies:
            for _ in range(ctx.pick((1, 2, 3, 4, 5), (2, 3, 4, 3, 2))):
                person = company.owner if rng.random() < 0.9 else rng.choice(ctx.csms)
                offset = ctx.pick((rng.randint(-90, -1), 0, rng.randint(1, 30)), (55, 8, 37))
                done_odds = 0.8 if offset < 0 else 0.25 if offset == 0 else 0.0
                day = ctx.today + dt.timedelta(days=offset)
                yield _task(ctx, links, person, company, day, done=rng.random() < done_odds)

    ctx.writer.insert("tasks", TASK_COLUMNS, generate())


def meetings(ctx: Context, links: Links) -> None:
    """This week's meetings for every CSM, with links and attendees; some past ones."""
    rng = ctx.rng
    owned = _by_owner(ctx)
    monday = ctx.today - dt.timedelta(days=ctx.today.weekday())
    rows: list[tuple] = []
    attendees: list[tuple] = []
    ctx.writer.report(QT_TR_NOOP("Meetings"))
    for person in ctx.csms:
        mine = owned[person.name] or ctx.companies
        days = [monday + dt.timedelta(days=d) for d in range(5)]
        past = min(len(mine) // 4, 150)
        days += [ctx.today - dt.timedelta(days=rng.randint(7, 90)) for _ in range(past)]
        for i, day in enumerate(days):
            for _ in range(rng.randint(1, 3) if i < 5 else 1):
                company = rng.choice(mine)
                start = ctx.local(person, day, rng.randint(9, 16), rng.choice((0, 30)))
                end = start + dt.timedelta(minutes=rng.choice((30, 45, 60)))
                mid = ctx.ids.hex_at(start)
                online = rng.random() < 0.85
                code = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(10))
                link = f"https://meet.example.com/{code[:3]}-{code[3:7]}-{code[7:]}"
                title = f"{rng.choice(names.MEETING_TITLES)} · {company.name}"
                rows.append(
                    (mid, title, ts(start), ts(end), 0, person.time_zone,
                     "" if online else f"{company.name} office", link if online else "",
                     "", person.id.hex, "completed" if end < ctx.now else "scheduled",
                     ts(start - dt.timedelta(days=3)), ts(start - dt.timedelta(days=3)))
                )  # fmt: skip
                links.add("meeting", mid, company, start)
                attendees.append(
                    (ctx.ids.hex_at(start), mid, person.id.hex, None, "", person.name,
                     ts(start), ts(start))
                )  # fmt: skip
                for cid, cname, email in rng.sample(
                    company.contacts, min(len(company.contacts), rng.randint(1, 2))
                ):
                    attendees.append(
                        (ctx.ids.hex_at(start), mid, None, cid, email, cname,
                         ts(start), ts(start))
                    )  # fmt: skip
    ctx.writer.insert("meetings", MEETING_COLUMNS, rows)
    ctx.writer.insert("meeting_attendees", ATTENDEE_COLUMNS, attendees)


def engagements(ctx: Context, links: Links) -> None:
    """Notes, calls and e-mails over the last six months, linked to their companies."""
    rng = ctx.rng
    notes: list[tuple] = []
    calls: list[tuple] = []
    emails: list[tuple] = []
    ctx.writer.report(QT_TR_NOOP("Notes, calls and e-mails"))
    for company in ctx.companies:
        person = company.owner
        contact = company.contacts[0][1] if company.contacts else "the team"
        for _ in range(ctx.pick((0, 1, 2), (3, 5, 2))):
            at = ctx.past(180)
            nid = ctx.ids.hex_at(at)
            body = rng.choice(names.NOTE_BODIES).format(p=contact)
            t = ts(at)
            notes.append((nid, body, person.id.hex, t, t, t))
            links.add("note", nid, company, at)
        if rng.random() < 0.3 + 0.4 * company.mood:
            at = ctx.past(120)
            cid = ctx.ids.hex_at(at)
            duration = rng.choice((120, 300, 600, 1200, 1800, 2700))
            t = ts(at)
            calls.append(
                (cid, f"Call with {contact}", "Discussed adoption and next steps.",
                 rng.choice(("inbound", "outbound")), "connected", duration, person.id.hex,
                 t, t, t)
            )  # fmt: skip
            links.add("call", cid, company, at)
        for _ in range(ctx.pick((0, 1, 2), (4, 5, 1) if company.mood < 0.5 else (2, 5, 3))):
            at = ctx.past(150)
            eid = ctx.ids.hex_at(at)
            to = company.contacts[0][2] if company.contacts else f"hello@{company.domain}"
            mail = person.name.lower().replace(" ", ".")
            t = ts(at)
            emails.append(
                (eid, rng.choice(names.EMAIL_SUBJECTS), f"Hi {contact},\n\nThanks!",
                 "outbound", f"{mail}@tend-demo.com", to, person.id.hex, t, t, t)
            )  # fmt: skip
            links.add("email", eid, company, at)
    ctx.writer.insert("notes", NOTE_COLUMNS, notes)
    ctx.writer.insert("calls", CALL_COLUMNS, calls)
    ctx.writer.insert("emails", EMAIL_COLUMNS, emails)


FEED_KINDS = (
    ("email_opened", 30), ("email_clicked", 12), ("email_replied", 5), ("page_visited", 25),
    ("form_submitted", 6), ("meeting_booked", 4), ("sequence_enrolled", 6),
    ("sequence_finished", 3), ("sequence_unenrolled", 2),
)  # fmt: skip


def feed(ctx: Context) -> None:
    """What the contacts did in the last 30 days (FEED-1)."""
    rng = ctx.rng
    kinds, weights = zip(*FEED_KINDS, strict=True)
    ctx.writer.report(QT_TR_NOOP("Activity feed"))

    def generate() -> Iterator[tuple]:
        for company in ctx.companies:
            if not company.contacts:
                continue
            for _ in range(ctx.pick((0, 1, 2, 3, 4), (2, 3, 3, 2, 1))):
                cid, cname, _email = rng.choice(company.contacts)
                kind = ctx.pick(kinds, weights)
                at = ctx.past(30)
                subject = rng.choice(names.EMAIL_SUBJECTS)
                sequence, url, title = None, "", ""
                if kind.startswith("email"):
                    verb = kind.split("_")[1]
                    title = f"{cname} {verb} “{subject}”"
                elif kind == "page_visited":
                    url = f"https://www.tend-demo.com{rng.choice(names.PAGES)}"
                    title = f"{cname} visited {url}"
                elif kind == "form_submitted":
                    title = f"{cname} submitted “{rng.choice(names.FORMS)}”"
                elif kind == "meeting_booked":
                    title = f"{cname} booked a meeting with {company.owner.name}"
                else:
                    sequence = rng.choice(names.SEQUENCES)
                    verb = kind.split("_")[1]
                    title = f"{cname} {verb} the sequence “{sequence}”"
                t = ts(at)
                yield (
                    ctx.ids.hex_at(at), kind, cid, company.id, t, title, "", sequence, url, t, t,
                )  # fmt: skip

    ctx.writer.insert("feed_events", FEED_COLUMNS, generate())
