"""The demo generator (DATA-5): deterministic, realistic, consistent with the write path."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.domain.demo import DemoCancelled, generate_demo
from app.domain.errors import ValidationError
from app.domain.properties import PropertyInfo, coerce, load_properties
from app.domain.records import get_value, required_for_stage
from app.domain.zones import day_bounds, zone_of
from app.store import (
    Association,
    Change,
    Meeting,
    ObjectType,
    Record,
    Task,
    Team,
    User,
)
from app.store.engine import open_database
from tests.support import signed_in_user

TODAY = dt.date(2026, 3, 11)  # a Wednesday
N = 60


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One generated demo shared by the read-only tests of this module."""
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    summary = generate_demo(db, companies=N, seed=3, today=TODAY)
    yield db, summary
    db.dispose()


def _objects(session) -> dict[str, ObjectType]:
    return {o.key: o for o in session.scalars(select(ObjectType))}


def _snapshot(db) -> dict[str, list]:
    queries = {
        "users": "SELECT id, name, email, time_zone FROM users ORDER BY id",
        "objects": "SELECT id, key FROM object_types ORDER BY id",
        "records": "SELECT id, object_type_id, name, owner_id, stage_id, amount_minor, "
        "renewal_date, created_at, props FROM records ORDER BY id",
        "tasks": "SELECT id, title, due_at, status, assignee_id FROM tasks ORDER BY id",
        "changes": "SELECT id, row_id, field, new_value, at FROM changes ORDER BY id",
        "meetings": "SELECT id, title, start_at, link FROM meetings ORDER BY id",
        "feed": "SELECT id, kind, title, at FROM feed_events ORDER BY id",
    }
    with db.engine.connect() as conn:
        return {k: [tuple(r) for r in conn.execute(text(q))] for k, q in queries.items()}


def test_same_seed_and_day_give_the_same_data_and_another_seed_does_not(tmp_path):
    snapshots = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        db = open_database(tmp_path / f"{name}.db")
        generate_demo(db, companies=30, seed=seed, today=TODAY)
        snapshots.append(_snapshot(db))
        db.dispose()
    assert snapshots[0] == snapshots[1]
    assert snapshots[0]["records"]
    assert snapshots[0]["records"] != snapshots[2]["records"]


def test_people_teams_and_who_is_signed_in(demo):
    db, summary = demo
    with db.session() as session:
        users = session.scalars(select(User)).all()
        assert len(users) == 8
        assert session.scalar(select(func.count()).select_from(Team)) == 3
        seatless_admins = [u for u in users if u.is_super_admin and not u.has_service_seat]
        assert len(seatless_admins) == 1
        assert any(u.can_manage_cs_settings and not u.is_super_admin for u in users)
        assert any(u.has_service_seat and not u.can_manage_cs_settings for u in users)
        assert len({u.time_zone for u in users}) >= 5
        me = signed_in_user(session)
        assert me is not None and me.id == summary.signed_in_user_id
        assert me.is_super_admin and me.has_service_seat


def test_record_counts_and_associations(demo):
    db, summary = demo
    with db.session() as session:
        objects = _objects(session)
        by_type = Counter(
            session.scalars(select(Record.object_type_id).where(Record.deleted_at.is_(None)))
        )
        assert by_type[objects["companies"].id] == N == summary.counts["companies"]
        companies = set(
            session.scalars(
                select(Record.id).where(Record.object_type_id == objects["companies"].id)
            )
        )
        links = session.execute(select(Association.from_record_id, Association.to_record_id)).all()
        linked_to = {f: t for f, t in links}
        contacts = session.scalars(
            select(Record.id).where(Record.object_type_id == objects["contacts"].id)
        ).all()
        per_company = Counter(linked_to[c] for c in contacts)
        assert set(per_company) == companies
        assert all(1 <= n <= 5 for n in per_company.values())
        for key in ("services", "deals", "tickets", "subscriptions"):
            ids = session.scalars(
                select(Record.id).where(Record.object_type_id == objects[key].id)
            ).all()
            assert ids, key
            assert all(linked_to.get(i) in companies for i in ids), key


def test_every_seated_user_has_tasks_due_yesterday_today_tomorrow_and_next_week(demo):
    db, _ = demo
    with db.session() as session:
        for user in session.scalars(select(User).where(User.has_service_seat)):
            tz = zone_of(user)
            for offset in (-1, 0, 1, 7):
                start, end = day_bounds(TODAY + dt.timedelta(days=offset), tz)
                open_tasks = session.scalar(
                    select(func.count())
                    .select_from(Task)
                    .where(
                        Task.assignee_id == user.id,
                        Task.status == "open",
                        Task.due_at >= start,
                        Task.due_at < end,
                    )
                )
                assert open_tasks >= 2, (user.name, offset)
        assert session.scalar(select(func.count()).select_from(Task)) >= 3 * N


def test_meetings_this_week_have_links_and_attendees(demo):
    db, _ = demo
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    start = dt.datetime.combine(monday, dt.time(), dt.UTC) - dt.timedelta(hours=14)
    end = start + dt.timedelta(days=6)
    with db.session() as session:
        week = session.scalars(
            select(Meeting).where(Meeting.start_at >= start, Meeting.start_at < end)
        ).all()
        organizers = {m.organizer_id for m in week}
        seated = set(session.scalars(select(User.id).where(User.has_service_seat)))
        assert organizers == seated
        with_link = [m for m in week if m.link.startswith("https://")]
        assert len(with_link) >= 0.6 * len(week)
        assert all(m.end_at > m.start_at for m in week)


def test_stage_required_properties_are_filled(demo):
    db, _ = demo
    checked = 0
    with db.session() as session:
        records = session.scalars(select(Record).where(Record.stage_id.is_not(None))).all()
        props_of: dict[uuid.UUID, dict[str, PropertyInfo]] = {}
        for record in records:
            assert record.stage_id is not None  # the query's own condition
            required = required_for_stage(session, record.stage_id)
            if not required:
                continue
            props = props_of.setdefault(
                record.object_type_id, load_properties(session, record.object_type_id)
            )
            for prop in required:
                assert get_value(record, props[prop.key]) not in (None, "", []), (
                    record.name,
                    prop.key,
                )
                checked += 1
    assert checked > 0


def test_bulk_values_are_what_the_write_path_would_store(demo):
    db, _ = demo
    with db.session() as session:
        objects = _objects(session)
        for key in ("companies", "contacts", "deals", "subscriptions", "services", "tickets"):
            props = load_properties(session, objects[key].id)
            sample = session.scalars(
                select(Record).where(Record.object_type_id == objects[key].id).limit(15)
            ).all()
            for record in sample:
                for prop in props.values():
                    if prop.is_read_only:
                        continue
                    value = get_value(record, prop)
                    if value is None:
                        continue
                    assert coerce(prop, value, session) == value, (key, prop.key, value)


def test_some_customers_were_assigned_to_their_csm_in_the_last_30_days(demo):
    db, _ = demo
    since = dt.datetime.combine(TODAY, dt.time(12), dt.UTC) - dt.timedelta(days=30)
    with db.session() as session:
        recent = session.scalars(
            select(Change).where(Change.field == "csm_owner", Change.at >= since)
        ).all()
        older = session.scalar(
            select(func.count())
            .select_from(Change)
            .where(Change.field == "csm_owner", Change.at < since)
        )
    assert recent and older
    assert all(c.source == "demo" and c.new_value for c in recent)


def test_schema_is_intact_after_the_bulk_load(demo, tmp_path):
    db, _ = demo
    fresh = open_database(tmp_path / "fresh.db")
    query = text("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
    with fresh.engine.connect() as conn:
        expected = conn.execute(query).scalars().all()
    fresh.dispose()
    with db.engine.connect() as conn:
        assert conn.execute(query).scalars().all() == expected
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_refuses_a_database_that_already_has_a_workspace(workspace_db):
    with pytest.raises(ValidationError) as refused:
        generate_demo(workspace_db, companies=5)
    assert refused.value.field == "database"


def test_cancel_stops_the_generation(db):
    calls = []

    def progress(phase: str, fraction: float) -> None:
        calls.append(phase)

    with pytest.raises(DemoCancelled):
        generate_demo(db, companies=200, progress=progress, cancelled=lambda: len(calls) > 1)


def test_a_cancelled_demo_file_leaves_the_existing_file_untouched(tmp_path):
    from app.domain.demo import generate_demo_file

    target = tmp_path / "tend.db"
    assert generate_demo_file(target, companies=8, seed=1).counts["companies"] == 8
    before = target.read_bytes()
    with pytest.raises(DemoCancelled):
        generate_demo_file(target, companies=500, seed=2, cancelled=lambda: True, replace=True)
    assert target.read_bytes() == before
    assert not (tmp_path / "tend.db.partial").exists()


def test_a_big_demo_made_with_the_helper_process_is_the_same_demo(tmp_path, monkeypatch):
    """Big demos make contacts and activities in a second process; the data must not change."""
    import app.domain.demo as demo

    snapshots = []
    for name, parallel_from in (("alone", 10**9), ("helped", 1)):
        monkeypatch.setattr(demo, "PARALLEL_FROM", parallel_from)
        db = open_database(tmp_path / f"{name}.db")
        summary = generate_demo(db, companies=40, seed=9, today=TODAY)
        snapshots.append((summary.counts, _snapshot(db)))
        db.dispose()
    assert snapshots[0] == snapshots[1]
    assert snapshots[0][0]["contacts"] >= 40 and snapshots[0][1]["tasks"]


def test_cancel_also_stops_the_helper_process(db, monkeypatch):
    import multiprocessing

    import app.domain.demo as demo

    monkeypatch.setattr(demo, "PARALLEL_FROM", 1)
    seen: list[int] = []

    def helper_running() -> bool:
        # Cancel while the helper works (waiting for its "Tasks" phase raced: a fast
        # helper could finish first, and nothing was cancelled).
        seen.extend(child.pid for child in multiprocessing.active_children() if child.pid)
        return bool(seen)

    with pytest.raises(DemoCancelled):
        generate_demo(db, companies=300, cancelled=helper_running)
    assert seen  # a helper process was running when the cancel came
    assert multiprocessing.active_children() == []


HUNG_PARENT = """
import multiprocessing, sys, time
import app.domain.demo as demo
from app.store.engine import open_database

def stuck(phase, fraction):
    children = multiprocessing.active_children()
    if children:
        print(children[0].pid, flush=True)
        time.sleep(600)  # the parent hangs; the helper fills its queue and waits

if __name__ == "__main__":
    demo.PARALLEL_FROM = 1
    demo.generate_demo(open_database(sys.argv[1]), companies=300, progress=stuck)
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in state  # a zombie has exited (nobody reaped it yet)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process states from /proc")
def test_the_helper_ends_when_its_parent_is_killed(tmp_path):
    """Issue 11 item 8: `kill -9` of `tend demo` left its helper alive (once for 15 minutes,
    228 MB); now the helper sees its parent die and exits."""
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "hung_parent.py"
    script.write_text(HUNG_PARENT)
    parent = subprocess.Popen(
        [sys.executable, str(script), str(tmp_path / "demo.db")], stdout=subprocess.PIPE,
        text=True, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    try:
        assert parent.stdout is not None
        helper = int(parent.stdout.readline())
        assert _running(helper)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 20
        while _running(helper) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _running(helper)
    finally:
        parent.kill()
