"""Demo records: companies, contacts, services, deals, subscriptions and tickets, their
associations, and the change entries the product reads (CSM assignment, stage)."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Iterator
from typing import Any

from app.domain.demo import names
from app.domain.demo.context import Company, Context
from app.domain.demo.writer import jd, ts
from app.domain.i18n import QT_TR_NOOP

RECORD_COLUMNS = (
    "id", "object_type_id", "name", "search_key", "owner_id", "pipeline_id", "stage_id",
    "amount_minor", "currency", "renewal_date", "last_activity_at", "props",
    "merged_into_id", "created_at", "updated_at", "deleted_at",
)  # fmt: skip
ASSOCIATION_COLUMNS = (
    "id", "from_record_id", "to_record_id", "label", "is_primary", "created_at", "updated_at",
)  # fmt: skip
CHANGE_COLUMNS = (
    "id", "entity", "row_id", "op", "field", "old_value", "new_value", "user_id", "at",
    "source", "batch_id", "hlc",
)  # fmt: skip
INDUSTRIES = (
    "Software", "Financial services", "Healthcare", "Manufacturing", "Retail",
    "Education", "Logistics", "Media", "Energy", "Hospitality",
)  # fmt: skip
PRODUCTS = ("Core", "Analytics", "Automation", "Integrations", "Premium support")
# NPS 0..10 weights for unhappy, middling and happy accounts (Company.mood).
NPS_WEIGHTS = (
    (5, 4, 4, 5, 5, 6, 6, 5, 3, 2, 1),
    (2, 1, 1, 2, 2, 4, 6, 9, 12, 10, 8),
    (0, 0, 0, 1, 1, 2, 3, 7, 12, 15, 15),
)


def _record(
    ctx: Context,
    object_key: str,
    rid: str,
    name: str,
    *,
    created: dt.datetime,
    owner: uuid.UUID | None = None,
    search_key: str | None = None,
    pipeline: uuid.UUID | None = None,
    stage: uuid.UUID | None = None,
    amount: int | None = None,
    renewal: dt.date | None = None,
    activity: dt.datetime | None = None,
    props: dict[str, Any] | None = None,
) -> tuple:
    updated = max(created, activity) if activity else created
    made = ts(created)
    return (
        rid, ctx.catalog.objects[object_key].hex, name, search_key,
        owner.hex if owner else None, pipeline.hex if pipeline else None,
        stage.hex if stage else None, amount, "USD" if amount is not None else None,
        renewal.isoformat() if renewal else None, ts(activity), jd(props or {}),
        None, made, ts(updated) if updated is not created else made, None,
    )  # fmt: skip


def _change(
    ctx: Context, row: str, field: str, new: str, at: dt.datetime, user: uuid.UUID | None
) -> tuple:
    return (
        ctx.ids.hex_at(at), "records", row, "set", field, "null", jd(new),
        user.hex if user else None, ts(at), "demo", ctx.ids.hex_at(at), "",
    )  # fmt: skip


def name_space() -> tuple[int, int]:
    """How many companies the stems, trades and legal forms name, and with the regions."""
    base = len(names.STEM_A) * len(names.STEM_B) * len(names.TRADE) * len(names.LEGAL)
    return base, base * (1 + len(names.REGIONS))


def company_names(ctx: Context, n: int) -> Iterator[tuple[str, str]]:
    """`n` distinct (name, domain) pairs: up to 320,000 without a region (the names every
    demo of that size has always had), beyond with the regions too (the million-company
    demo)."""
    a, b, t, legal = names.STEM_A, names.STEM_B, names.TRADE, names.LEGAL
    base, most = name_space()
    if n > most:
        raise ValueError(f"the demo can name at most {most:,} companies")
    regions = ("",) if n <= base else ("", *names.REGIONS)
    for k in ctx.rng.sample(range(base * len(regions)), n):
        k, ri = divmod(k, len(regions))
        k, li = divmod(k, len(legal))
        k, ti = divmod(k, len(t))
        ai, bi = divmod(k, len(b))
        stem, region = a[ai] + b[bi], regions[ri]
        suffix, tld = legal[li]
        trade = f"{region} {t[ti]}" if region else t[ti]
        yield f"{stem} {trade}{suffix}", f"{stem.lower()}{region.lower()}{t[ti].lower()}.{tld}"


def companies(ctx: Context, n: int) -> None:
    """The customers and their CSM assignment history."""
    rng, csms = ctx.rng, ctx.csms
    head = ctx.people[0]
    weights = tuple(0.4 if p is head else 1.0 for p in csms)
    rows: list[tuple] = []
    changes: list[tuple] = []
    for name, domain in company_names(ctx, n):
        created = ctx.past(730, 1)
        owner = ctx.pick(csms, weights)
        country, cities = rng.choice(names.COUNTRIES)
        mood = rng.random()
        # A happy account was in touch lately; an unhappy one may have gone quiet.
        activity = None if rng.random() < 0.08 else ctx.past(30 + 60 * (1 - mood))
        props: dict[str, Any] = {
            "company_owner": str(rng.choice(ctx.people).id),
            "industry": rng.choice(INDUSTRIES),
            "tier": ctx.pick(("Enterprise", "Mid-market", "SMB"), (2, 5, 8)),
            "priority": ctx.pick(("low", "medium", "high"), (5, 4, 2)),
            "employees": int(math.exp(rng.uniform(2.3, 10))),
            "country": country,
            "city": rng.choice(cities),
            "phone": f"+1 555 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
            "products": sorted(rng.sample(PRODUCTS, rng.randint(1, 3)), key=PRODUCTS.index),
            "strategic": rng.random() < 0.12,
        }
        if rng.random() > 0.15:
            props["nps"] = ctx.pick(range(11), NPS_WEIGHTS[(mood >= 0.3) + (mood >= 0.7)])
        arr = int(math.exp(rng.uniform(8.5, 14))) * 100
        renewal = ctx.today + dt.timedelta(days=rng.randint(-30, 540))
        company = Company(ctx.ids.hex_at(created), name, domain, owner, created, mood)
        ctx.companies.append(company)
        rows.append(
            _record(
                ctx, "companies", company.id, name, created=created, owner=owner.id,
                search_key=domain, amount=arr, renewal=renewal, activity=activity, props=props,
            )
        )  # fmt: skip
        # When the CSM got the account: mostly long ago, some in the last 30 days.
        recent = rng.random() < 0.06
        span = (ctx.now - created).days
        assigned = ctx.past(29.5) if recent else ctx.past(max(span, 1), min(30, span))
        changes.append(_change(ctx, company.id, "csm_owner", str(owner.id), assigned, head.id))
    ctx.writer.report(QT_TR_NOOP("Companies"))
    ctx.writer.insert("records", RECORD_COLUMNS, rows)
    ctx.writer.insert("changes", CHANGE_COLUMNS, changes)


def contacts(ctx: Context) -> None:
    """One to five contacts per company, associated to it."""
    rng = ctx.rng
    ctx.writer.report(QT_TR_NOOP("Contacts"))

    def generate() -> Iterator[tuple]:
        for company in ctx.companies:
            seen: set[str] = set()
            for _ in range(ctx.pick((1, 2, 3, 4, 5), (2, 3, 4, 3, 2))):
                first, last = rng.choice(names.FIRST), rng.choice(names.LAST)
                local = f"{first}.{last}".lower().replace("ü", "u")
                while local in seen:
                    local += str(rng.randrange(10))
                seen.add(local)
                email = f"{local}@{company.domain}"
                created = company.created_at + dt.timedelta(days=rng.uniform(0, 60))
                created = min(created, ctx.now)
                cid = ctx.ids.hex_at(created)
                company.contacts.append((cid, f"{first} {last}", email))
                activity = None if rng.random() < 0.3 else ctx.past(120)
                props = {
                    "job_title": rng.choice(names.JOB_TITLES),
                    "role": rng.choice(("Champion", "Decision maker", "Executive sponsor",
                                        "End user", "Billing")),
                    "phone": f"+1 555 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
                }  # fmt: skip
                yield _record(
                    ctx, "contacts", cid, f"{first} {last}", created=created,
                    owner=company.owner.id, search_key=email, activity=activity, props=props,
                )  # fmt: skip

    ctx.writer.insert("records", RECORD_COLUMNS, generate())
    ctx.writer.insert(
        "associations",
        ASSOCIATION_COLUMNS,
        (
            (ctx.ids.hex_at(c.created_at), cid, c.id, "Works at", 1, t, t)
            for c in ctx.companies
            for t in (ts(c.created_at),)
            for cid, _name, _email in c.contacts
        ),
    )  # fmt: skip
