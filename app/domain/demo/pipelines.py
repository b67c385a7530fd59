"""Demo pipeline records: services, deals, subscriptions and tickets, each with its company
association and the change entry of its current stage; stage-required values are filled."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator
from typing import Any

from app.domain.demo import names
from app.domain.demo.context import Company, Context
from app.domain.demo.records import (
    ASSOCIATION_COLUMNS,
    CHANGE_COLUMNS,
    RECORD_COLUMNS,
    _change,
    _record,
)
from app.domain.demo.writer import ts
from app.domain.i18n import QT_TR_NOOP

# Per object: share of companies that have one, stage weights by stage position.
SHARE = {"services": 0.3, "deals": 0.5, "subscriptions": 0.2, "tickets": 0.5}


def _service(ctx: Context, c: Company, stage: str) -> tuple[str, dict[str, Any], int, dt.date]:
    rng = ctx.rng
    kind = rng.choice(("Standard", "Guided", "Enterprise"))
    props: dict[str, Any] = {
        "implementation": kind,
        "kickoff_date": (ctx.today - dt.timedelta(days=rng.randint(5, 120))).isoformat(),
    }
    if stage in ("Go-live", "Completed"):
        props["go_live_date"] = (ctx.today - dt.timedelta(days=rng.randint(0, 60))).isoformat()
    if stage == "Completed":
        props["handoff_notes"] = f"Handed over to {c.owner.name}; admins trained, SSO live."
    value = rng.choice((5, 8, 12, 20, 35, 60)) * 1000_00
    return (
        f"{c.name} – {kind} onboarding",
        props,
        value,
        ctx.today + dt.timedelta(days=rng.randint(-20, 120)),
    )


def _deal(ctx: Context, c: Company, stage: str, pipeline: str) -> tuple[str, dict, int, dt.date]:
    rng = ctx.rng
    renewal = pipeline == "Renewals"
    props: dict[str, Any] = {
        "deal_type": "Renewal" if renewal else rng.choice(("Expansion", "New")),
        "next_step": rng.choice(("Send proposal", "Pricing call", "Security review", "Sign-off")),
    }
    if stage == "Closed lost":
        props["lost_reason"] = rng.choice(("Budget", "Competitor", "No decision", "Timing"))
    name = (
        f"{c.name} – Renewal {ctx.today.year + rng.randint(0, 1)}"
        if renewal
        else f"{c.name} – {rng.choice(('Analytics', 'Automation', 'Seats'))} expansion"
    )
    amount = int(math.exp(rng.uniform(8, 12.5))) * 100
    return name, props, amount, ctx.today + dt.timedelta(days=rng.randint(-60, 180))


def _subscription(ctx: Context, c: Company, stage: str) -> tuple[str, dict, int, dt.date]:
    rng = ctx.rng
    plan = rng.choice(("Starter", "Growth", "Scale", "Enterprise"))
    props: dict[str, Any] = {
        "plan": plan,
        "seats": rng.choice((10, 25, 50, 100, 250, 500)),
        "auto_renew": rng.random() < 0.6,
    }
    if stage == "Churned":
        props["churn_reason"] = rng.choice(("Price", "Missing features", "Switched vendor"))
    amount = int(math.exp(rng.uniform(8.5, 13))) * 100
    return (
        f"{c.name} – {plan} plan",
        props,
        amount,
        ctx.today + dt.timedelta(days=rng.randint(-30, 365)),
    )


def _ticket(ctx: Context, c: Company, stage: str) -> tuple[str, dict, int | None, None]:
    rng = ctx.rng
    props = {
        "priority": ctx.pick(("low", "medium", "high", "urgent"), (4, 4, 2, 1)),
        "category": rng.choice(("Product issue", "Billing", "Feature request", "How-to")),
    }
    return rng.choice(names.TICKET_TITLES), props, None, None


# The progress phase of each pipeline object's records (a view translates it).
PHASES = {
    "deals": QT_TR_NOOP("Deals"),
    "services": QT_TR_NOOP("Services"),
    "subscriptions": QT_TR_NOOP("Subscriptions"),
    "tickets": QT_TR_NOOP("Tickets"),
}

BUILDERS: dict[str, Callable[..., tuple]] = {
    "services": _service,
    "subscriptions": _subscription,
    "tickets": _ticket,
}


def pipeline_records(ctx: Context, object_key: str) -> None:
    """Records of one pipeline object for a share of the companies."""
    rng = ctx.rng
    pipelines = ctx.catalog.pipelines[object_key]
    ctx.writer.report(PHASES.get(object_key, object_key.capitalize()))
    changes: list[tuple] = []
    links: list[tuple] = []

    def generate() -> Iterator[tuple]:
        for company in ctx.companies:
            share = SHARE[object_key]
            if object_key == "tickets":  # unhappy accounts file more
                share = 0.2 + 0.6 * (1 - company.mood)
            if rng.random() >= share:
                continue
            weights = (7, 3) if object_key == "deals" else (1,) * len(pipelines)
            pipe_id, pipe_name, stages = ctx.pick(pipelines, weights[: len(pipelines)])
            stage_id, stage_name = rng.choice(stages)
            if object_key == "deals":
                name, props, amount, date = _deal(ctx, company, stage_name, pipe_name)
            else:
                name, props, amount, date = BUILDERS[object_key](ctx, company, stage_name)
            created = max(company.created_at, ctx.past(200, 1))
            rid = ctx.ids.hex_at(created)
            activity = ctx.past(min(60, (ctx.now - created).days + 0.5))
            moved = created + (activity - created) * rng.random()
            changes.append(_change(ctx, rid, "pipeline", str(pipe_id), created, company.owner.id))
            changes.append(_change(ctx, rid, "stage", str(stage_id), moved, company.owner.id))
            made = ts(created)
            links.append((ctx.ids.hex_at(created), rid, company.id, "", 1, made, made))
            yield _record(
                ctx, object_key, rid, name, created=created, owner=company.owner.id,
                pipeline=pipe_id, stage=stage_id, amount=amount, renewal=date,
                activity=activity, props=props,
            )  # fmt: skip

    ctx.writer.insert("records", RECORD_COLUMNS, generate())
    ctx.writer.insert("changes", CHANGE_COLUMNS, changes)
    ctx.writer.insert("associations", ASSOCIATION_COLUMNS, links)
