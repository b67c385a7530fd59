"""The demo generator (DATA-5): deterministic, realistic, consistent with the write path."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from app.domain import replica
from app.domain.demo import DemoCancelled, generate_demo
from app.domain.demo.health import scoring_zone
from app.domain.errors import ValidationError
from app.domain.health import store
from app.domain.health.profiles import load_profile
from app.domain.properties import PropertyInfo, coerce, load_properties
from app.domain.records import get_value, required_for_stage
from app.domain.zones import day_bounds, zone_of
from app.store import (
    Alert,
    Association,
    Change,
    HealthCategory,
    HealthProfile,
    HealthProfileSegment,
    HealthScore,
    HealthScoreHistory,
    Meeting,
    ObjectType,
    ProfileStatus,
    Record,
    SavedView,
    Sharing,
    Task,
    Team,
    User,
)
from app.store.engine import open_database
from tests.support import signed_in_user

TODAY = dt.date(2026, 3, 11)  # a Wednesday
N = 150  # enough customers for the health distribution's bands to mean something
NOW = dt.datetime.combine(TODAY, dt.time(12), dt.UTC)


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
        "scores": "SELECT id, record_id, score, breakdown FROM health_scores ORDER BY id",
        "history": "SELECT id, score, at, reason FROM health_score_history ORDER BY id",
        "alerts": "SELECT id, user_id, old_category, new_category FROM alerts ORDER BY id",
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
    assert snapshots[0]["records"] and snapshots[0]["history"] and snapshots[0]["scores"]
    assert snapshots[0]["records"] != snapshots[2]["records"]
    assert snapshots[0]["history"] != snapshots[2]["history"]


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


def test_two_live_profiles_one_per_segment(demo):
    """Issue 13 item 6: "Enterprise health" on the shared view "Enterprise customers",
    "Standard health" the default for everyone else; each of 4-5 groups summing to 100."""
    db, _ = demo
    with db.session() as session:
        profiles = session.scalars(select(HealthProfile).order_by(HealthProfile.name)).all()
        assert [(p.name, p.status, p.is_default) for p in profiles] == [
            ("Enterprise health", ProfileStatus.LIVE, False),
            ("Standard health", ProfileStatus.LIVE, True),
        ]
        segments = session.scalars(select(HealthProfileSegment)).all()
        assert [s.profile_id for s in segments] == [profiles[0].id]
        view = session.get(SavedView, segments[0].view_id)
        assert view is not None and view.name == "Enterprise customers"
        assert view.sharing == Sharing.EVERYONE
        assert view.filters == [[{"property": "tier", "op": "is_any_of", "value": ["Enterprise"]}]]
        for p in profiles:
            spec = load_profile(session, p.id)
            assert 4 <= len(spec.groups) <= 5
            assert sum(g.max_points for g in spec.groups) == 100
        # Every customer is scored, an Enterprise one by its profile, the rest by the default.
        tiers = {r.id: r.props.get("tier") for r in _customers(session)}
        by_profile = dict(
            session.execute(select(HealthScore.record_id, HealthScore.profile_id)).all()
        )
        assert set(by_profile) == set(tiers)
        for record_id, tier in tiers.items():
            expected = profiles[0].id if tier == "Enterprise" else profiles[1].id
            assert by_profile[record_id] == expected


def _customers(session) -> list[Record]:
    companies = _objects(session)["companies"]
    return list(session.scalars(select(Record).where(Record.object_type_id == companies.id)))


def test_the_scores_spread_like_a_real_book(demo):
    """Roughly 15-25 % At risk, 35-50 % Neutral, the rest Healthy; the records' columns
    hold the same score and status."""
    db, _ = demo
    with db.session() as session:
        scores = {r: (s, c) for r, s, c in session.execute(
            select(HealthScore.record_id, HealthScore.score, HealthScore.category))}  # fmt: skip
        categories = Counter(c for _s, c in scores.values())
        share = {c: n / len(scores) for c, n in categories.items()}
        assert 0.15 <= share[HealthCategory.AT_RISK] <= 0.25, share
        assert 0.35 <= share[HealthCategory.NEUTRAL] <= 0.50, share
        assert share[HealthCategory.HEALTHY] >= 0.25, share
        for record in _customers(session):
            assert (record.health_score, record.health_status) == scores[record.id]


def test_the_stored_scores_are_the_engine_s_own(demo, tmp_path):
    """The app's recompute of the demo at its "now" finds nothing to change (and raises
    no alert): each stored score and breakdown is what `store.recompute` stores."""
    db, _ = demo
    with db.session() as session:
        zone = scoring_zone(session)
        result = store.recompute(session, NOW, zone)
        assert result.scored == N
        assert (result.changed, result.alerts, result.cleared) == (0, 0, 0)
        session.rollback()
        # ... so the app, opening it, does not recompute them all again today.
        from app.models.health_scores import FACT

        assert replica.fact(session, FACT) == NOW.astimezone(zone).date().isoformat()


def _history(session) -> dict[uuid.UUID, list[HealthScoreHistory]]:
    out: dict[uuid.UUID, list[HealthScoreHistory]] = {}
    for point in session.scalars(select(HealthScoreHistory).order_by(HealthScoreHistory.at)):
        out.setdefault(point.record_id, []).append(point)
    return out


def test_a_year_of_history_ending_at_the_current_score(demo):
    """A point per changed day over the last 12 months (most customers 6-15), each with
    the rules that moved it; the last point is the stored score; deterministic ids."""
    db, _ = demo
    with db.session() as session:
        zone = scoring_zone(session)
        stored = {s.record_id: s for s in session.scalars(select(HealthScore))}
        history = _history(session)
        assert set(history) == set(stored)
        counts = [len(points) for points in history.values()]
        assert all(1 <= n <= 15 for n in counts)
        assert sum(n >= 6 for n in counts) >= 0.6 * len(counts)
        labels: dict[str, set[str]] = {}
        for p in session.scalars(select(HealthProfile)):
            labels[p.name] = {r.label for g in load_profile(session, p.id).groups for r in g.rules}
        names = {p.id: p.name for p in session.scalars(select(HealthProfile))}
        for record_id, points in history.items():
            last = points[-1]
            assert (last.score, last.category) == (
                stored[record_id].score,
                stored[record_id].category,
            )
            assert json.loads(points[0].reason) == {"moves": []}
            assert all(a.score != b.score for a, b in pairwise(points))
            days = [p.at.astimezone(zone).date() for p in points]
            assert days == sorted(set(days))
            assert TODAY - dt.timedelta(days=366) <= days[0] and points[-1].at <= NOW
            for point, day in zip(points, days, strict=True):
                assert point.id == store.history_id(record_id, point.profile_id, day)
                assert point.profile_id == stored[record_id].profile_id
            for point in points[1:]:
                moves = json.loads(point.reason)["moves"]
                assert moves, point.reason
                for m in moves:
                    assert m["rule"] in labels[names[point.profile_id]]
                    assert m["before"] != m["after"]
        for s in stored.values():
            assert s.id == store.score_id(s.record_id, s.profile_id)


def test_the_story_has_slides_and_climbs(demo):
    """About one customer in ten slid from Healthy or Neutral to At risk over the last
    two or three months; some climbed; most stayed near where they are."""
    db, _ = demo
    before = NOW - dt.timedelta(days=100)
    with db.session() as session:
        history = _history(session)
    slid = climbed = stable = 0
    for points in history.values():
        then = [p for p in points if p.at <= before]
        if not then:
            continue
        was, now = then[-1], points[-1]
        if now.category == HealthCategory.AT_RISK and was.category != HealthCategory.AT_RISK:
            slid += 1
        if points[-1].score - points[0].score >= 15:
            climbed += 1
        if was.category == now.category:
            stable += 1
    assert 0.05 * N <= slid <= 0.2 * N, slid
    assert climbed >= 0.1 * N, climbed
    assert stable >= 0.4 * N, stable


def test_alerts_are_the_category_changes_of_the_last_14_days(demo):
    db, _ = demo
    with db.session() as session:
        zone = scoring_zone(session)
        owners = {r.id: r.owner_id for r in _customers(session)}
        expected = {}
        for record_id, points in _history(session).items():
            for before, point in pairwise(points):
                if point.category != before.category and point.at > NOW - dt.timedelta(days=14):
                    day = point.at.astimezone(zone).date()
                    key = store.alert_id(record_id, point.profile_id, day)
                    expected[key] = (record_id, before.category, point.category, point.at)
        alerts = session.scalars(select(Alert)).all()
        assert expected and {a.id for a in alerts} == set(expected)
        for a in alerts:
            record_id, old, new, at = expected[a.id]
            assert (a.record_id, a.old_category, a.new_category, a.raised_at) == (
                record_id, old, new, at,
            )  # fmt: skip
            assert a.user_id == owners[record_id] and a.user_id is not None
            assert a.expires_at == a.raised_at + dt.timedelta(days=14) > NOW
            assert a.dismissed_at is None


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


def test_past_the_names_of_the_stems_a_region_names_the_rest(monkeypatch):
    """Issue 16 item 6: the stems, trades and legal forms name 320,000 companies; a bigger
    demo (a million) names the rest with a region; a demo within them keeps its names."""
    import random
    from types import SimpleNamespace

    from app.domain.demo import names
    from app.domain.demo.records import company_names, name_space

    monkeypatch.setattr(names, "STEM_A", ("Apex", "Blue"))
    monkeypatch.setattr(names, "STEM_B", ("haven",))
    monkeypatch.setattr(names, "TRADE", ("Capital",))
    monkeypatch.setattr(names, "LEGAL", (("", "com"),))
    assert name_space() == (2, 2 * (1 + len(names.REGIONS)))

    def ctx() -> Any:  # company_names draws from the context's generator only
        return SimpleNamespace(rng=random.Random(1))

    small = sorted(company_names(ctx(), 2))
    assert small == [("Apexhaven Capital", "apexhavencapital.com"),
                     ("Bluehaven Capital", "bluehavencapital.com")]  # fmt: skip
    big = list(company_names(ctx(), 18))
    assert len({name for name, _ in big}) == 18 and len({domain for _, domain in big}) == 18
    assert ("Apexhaven Pacific Capital", "apexhavenpacificcapital.com") in big
    with pytest.raises(ValueError):
        list(company_names(ctx(), 19))


def test_progress_only_goes_forward(db):
    """The bar a user watches never jumps back (the first index rebuild once ran to 98 %,
    then the search index and health scores started again from 68 %)."""
    seen: list[tuple[str, float]] = []
    generate_demo(db, companies=60, progress=lambda phase, fraction: seen.append((phase, fraction)))
    fractions = [fraction for _phase, fraction in seen]
    assert all(a <= b for a, b in pairwise(fractions)), seen
    assert seen[-1] == ("Done", 1.0)
    assert {"Companies", "Indexes", "Health scores"} <= {phase for phase, _ in seen}


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
    """Big demos make contacts and activities, and half the score history, in a second
    process; the data must not change."""
    import app.domain.demo as demo
    import app.domain.demo.health as health

    snapshots = []
    for name, parallel_from in (("alone", 10**9), ("helped", 1)):
        monkeypatch.setattr(demo, "PARALLEL_FROM", parallel_from)
        monkeypatch.setattr(health, "PARALLEL_FROM", parallel_from)  # history's worker too
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
