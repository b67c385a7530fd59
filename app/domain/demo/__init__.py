"""The demo workspace generator (DATA-5): `tend demo` and the first-start dialog use it.

Deterministic: the same seed and the same `today` give the same data, ids included.
The small, rule-laden part (people, objects, pipelines, workspaces, health profiles) goes
through the ORM and the catalogue; the bulk (records, activities, feed) is written in
chunks straight into SQLite (see writer.py), with progress and cancel between chunks. For
a big demo, a helper process makes the contacts and activities meanwhile (helper.py).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import replica
from app.domain.catalog import install_derived_properties
from app.domain.demo.context import Context
from app.domain.demo.health import RECOMPUTED_FACT, create_health_profiles, store_health
from app.domain.demo.helper import PARALLEL_FROM, Helper, Plan, make_activities
from app.domain.demo.people import create_catalog, create_people
from app.domain.demo.pipelines import pipeline_records
from app.domain.demo.records import companies as write_companies
from app.domain.demo.records import name_space
from app.domain.demo.writer import BulkWriter, DemoCancelled, IdMaker
from app.domain.errors import ValidationError
from app.domain.history import ChangeBatch, SystemWork
from app.domain.i18n import QT_TR_NOOP
from app.domain.workspace import is_empty
from app.store import ObjectType, Record
from app.store.base import frozen_clock
from app.store.engine import SYNCHRONOUS, Database, open_database, remove_database_files
from app.store.ids import seeded_ids
from app.store.tend_file import check_tend_file, holds_workspace

__all__ = ["DemoCancelled", "DemoSummary", "generate_demo", "generate_demo_file"]

BIG_TABLES = (
    "records", "associations", "changes", "tasks", "activity_links", "feed_events",
    "notes", "calls", "emails", "meetings", "meeting_attendees",
)  # fmt: skip
HEALTH_TABLES = ("health_scores", "health_score_history", "alerts")
ROWS_PER_COMPANY = 40  # roughly, for the progress fraction


@dataclass
class DemoSummary:
    """What was generated: row counts by kind, and who is signed in."""

    counts: dict[str, int]
    signed_in_user_id: uuid.UUID


def _check_target(db: Database, companies: int) -> None:
    """Refuse a shared database, a non-empty one, or fewer than one company."""
    if not db.is_local:
        raise ValidationError(
            "database", QT_TR_NOOP("The demo is generated into a local database file.")
        )
    if companies < 1:
        raise ValidationError("companies", QT_TR_NOOP("The demo needs at least one company."))
    most = name_space()[1]
    if companies > most:
        raise ValidationError(
            "companies", QT_TR_NOOP("The demo has names for at most {n} companies."),
            n=f"{most:,}",
        )  # fmt: skip
    with db.session() as session:
        if not is_empty(session):
            raise ValidationError(
                "database", QT_TR_NOOP("This database already has a workspace; choose a new file.")
            )


def pin_demo_reports(session: Session) -> None:
    """Every demo user's Summary shows the gallery's ready reports (SUM-7), five at most,
    as a CS lead sets it up: customers by health, ARR by CSM, renewals, deals, tickets."""
    from app.domain.reports import MAX_PINNED, gallery, pin, save_report
    from app.domain.viewer import viewer_of
    from app.domain.workspace import workspace_for
    from app.store import User

    for user in session.scalars(select(User).where(User.is_active, User.deleted_at.is_(None))):
        viewer = viewer_of(user)
        for name, spec in gallery(session, workspace_for(session, viewer).id)[:MAX_PINNED]:
            pin(session, viewer, save_report(session, viewer, name, spec))
    session.flush()


def generate_demo(
    db: Database,
    *,
    companies: int = 300,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Callable[[str, float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Fill an empty local database with a realistic demo workspace of `companies` companies.

    Raises ValidationError for a non-empty or non-SQLite database, DemoCancelled when
    `cancelled()` turns true (the caller discards the file).
    """
    _check_target(db, companies)
    today = today or dt.date.today()
    now = dt.datetime.combine(today, dt.time(12), dt.UTC)
    rng = random.Random(seed)
    ids = IdMaker(rng)
    if progress is not None:
        progress(QT_TR_NOOP("People and settings"), 0.0)
    with (
        seeded_ids(lambda: ids.at(now)),
        frozen_clock(now),
        db.session() as session,
        session.begin(),
    ):
        people = create_people(session, ids, now)
        catalog = create_catalog(session)
        create_health_profiles(session, now)

    raw = db.engine.raw_connection()
    conn = raw.driver_connection
    assert conn is not None
    # The demo goes into a new file that its callers throw away on failure or cancel, so
    # the load skips the journal and fsyncs; the file is back in WAL mode after, synced
    # as the app's connections are.
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA foreign_keys=OFF")
    # Ids arrive in random order, so every insert lands on a random page of each key
    # index: with SQLite's 2 MB default cache a big demo spends its time re-reading pages.
    conn.execute("PRAGMA cache_size=-1048576")  # 1 GiB, given back when the load ends
    # The driver begins no transaction itself (app/store/transactions.py): without this
    # BEGIN every executemany row would be a transaction of its own.
    conn.execute("BEGIN IMMEDIATE")
    writer = BulkWriter(conn, progress, cancelled, companies * ROWS_PER_COMPANY)
    ctx = Context(rng, ids, today, now, people, catalog, writer)
    helper: Helper | None = None
    try:
        writer.drop_indexes(BIG_TABLES)
        write_companies(ctx, companies)
        plan = Plan(seed, today, now, people, catalog, ctx.companies)
        if companies >= PARALLEL_FROM:
            helper = Helper(plan)
            writer.between_chunks = helper.write_ready
        for key in ("services", "deals", "subscriptions", "tickets"):
            pipeline_records(ctx, key)
        if helper is None:
            make_activities(plan.context(writer))
        else:
            helper.write_rest(writer)
        # Index builds sort: faster with the default cache and a second sorting thread.
        conn.execute("PRAGMA cache_size=-2000")
        conn.execute("PRAGMA threads=2")
        writer.rebuild_indexes(share=0.3)  # the health scores and their indexes follow
        writer.fill_search_index()
        conn.commit()
        scored_on = store_health(conn, writer, seed, now, HEALTH_TABLES)
    except BaseException:
        conn.rollback()
        raise
    finally:
        if helper is not None:
            helper.stop()
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA cache_size=-2000")
        conn.execute("PRAGMA threads=0")
        conn.execute(f"PRAGMA synchronous={SYNCHRONOUS}")  # as the app's connections
        conn.execute("PRAGMA journal_mode=WAL")
        raw.close()
    # Added last, so the records above are what the seed made before they existed.
    with (
        seeded_ids(lambda: ids.at(now)),
        frozen_clock(now),
        db.session() as session,
        session.begin(),
    ):
        install_derived_properties(session, ChangeBatch.system(session, SystemWork.DEMO))
        replica.set_fact(session, RECOMPUTED_FACT, scored_on)
        pin_demo_reports(session)
    if progress is not None:
        progress(QT_TR_NOOP("Done"), 1.0)
    counts = {"users": len(people)}
    with db.session() as session:
        rows = session.execute(
            select(ObjectType.key, func.count(Record.id))
            .join(Record, Record.object_type_id == ObjectType.id)
            .group_by(ObjectType.key)
            .order_by(ObjectType.position)
        )
        counts.update({key: count for key, count in rows})
    # In a fixed order: with the helper, tables finish in whatever order the chunks came.
    counted = (*BIG_TABLES[1:], *HEALTH_TABLES)
    counts.update({t: writer.counts[t] for t in counted if t in writer.counts})
    return DemoSummary(counts, people[0].id)


def generate_demo_file(
    path: Path,
    *,
    companies: int = 300,
    seed: int = 1,
    progress: Callable[[str, float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    replace: bool = False,
) -> DemoSummary:
    """Generate the demo into a side file and move it to `path` only once complete.

    A cancel, an error or a killed process leaves whatever was at `path` untouched. The
    demo never replaces another program's file, nor a Tend workspace unless `replace`
    (`tend demo --force`): NotATendFile or FileExistsError, before any work.
    """
    check_tend_file(path)
    if not replace and holds_workspace(path):
        raise FileExistsError(
            f"{path.name} already holds a workspace; the demo leaves it as it is."
        )
    partial = path.with_name(path.name + ".partial")
    remove_database_files(partial)
    db = open_database(partial)
    try:
        summary = generate_demo(
            db, companies=companies, seed=seed, progress=progress, cancelled=cancelled
        )
    except BaseException:
        db.dispose()
        remove_database_files(partial)
        raise
    db.dispose()
    remove_database_files(path)
    os.replace(partial, path)
    return summary
