"""Scores kept fresh from the change channel (HEALTH-4): an edit rescores just the
customers it touched and reports it; a profile change recomputes everyone; opening the
file on a new day recomputes once; cancel stops a whole recompute."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.domain import records, writer
from app.domain.health import store
from app.domain.history import ChangeBatch
from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace
from app.models.changes import channel_for, write
from app.models.health_scores import FACT, HealthScorer
from app.store import HealthScore, Record
from app.store.engine import open_database
from tests.domain.test_health_store import _admin, _profile, store_work


@pytest.fixture
def db(tmp_path):
    db = open_database(str(tmp_path / "tend.db"))
    with db.session() as session, session.begin():
        setup_empty_workspace(
            session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
        )
        _profile(session, "Standard", default=True)
        for name, nps in (("Acme", 3), ("Globex", 10)):
            records.create_record(
                session, _admin(session), customer_object(session), {"name": name, "nps": nps}
            )
    yield db
    db.dispose()


@pytest.fixture
def scorer(qtbot, db):
    channel_for(db)  # made on the GUI thread, as the main window does
    scorer = HealthScorer(db)
    yield scorer
    scorer.close()


def _score_of(db, name: str) -> int | None:
    with db.session() as session:
        return session.scalar(select(Record.health_score).where(Record.name == name))


def test_opening_recomputes_once_a_day(qtbot, db, scorer):
    with qtbot.waitSignal(scorer.busy, check_params_cb=lambda busy: not busy, timeout=10_000):
        scorer.start()
    assert _score_of(db, "Acme") == 0 and _score_of(db, "Globex") == 60
    with db.session() as session:
        from app.domain import replica

        assert replica.fact(session, FACT) is not None
    # Opened again the same day: nothing to do.
    again = HealthScorer(db)
    try:
        started: list[bool] = []
        again.busy.connect(started.append)
        again.start()
        again.wait()
        assert started == []
    finally:
        again.close()


def test_an_edit_rescores_the_customer_and_reports_it(qtbot, db, scorer):
    with qtbot.waitSignal(scorer.busy, check_params_cb=lambda busy: not busy, timeout=10_000):
        scorer.start()
    reports: list = []
    channel_for(db).changed.connect(reports.append)

    def promote(session):
        acme = session.scalars(select(Record).where(Record.name == "Acme")).one()
        records.update_record(session, _admin(session), acme, {"nps": 9})

    write(db, promote)
    qtbot.waitUntil(lambda: _score_of(db, "Acme") == 60, timeout=10_000)
    qtbot.waitUntil(lambda: any(r.origin is scorer for r in reports), timeout=5_000)
    mine = next(r for r in reports if r.origin is scorer)
    assert mine.touches("health_scores", "records")


def test_a_profile_change_recomputes_everyone(qtbot, db, scorer):
    with qtbot.waitSignal(scorer.busy, check_params_cb=lambda busy: not busy, timeout=10_000):
        scorer.start()

    def drop_profile(session):
        from app.store import HealthProfile

        profile = session.scalars(select(HealthProfile)).one()
        writer.tombstone(ChangeBatch.system(session, store_work()), profile)

    with qtbot.waitSignal(scorer.busy, check_params_cb=lambda busy: not busy, timeout=10_000):
        write(db, drop_profile)
    assert _score_of(db, "Acme") is None and _score_of(db, "Globex") is None
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(HealthScore)) == 0


def test_cancel_stops_a_whole_recompute_between_chunks(qtbot, db, scorer, monkeypatch):
    monkeypatch.setattr(store, "CHUNK", 1)
    first = store.store_scores

    def then_cancel(*args):  # the user presses Cancel while the first chunk is stored
        result = first(*args)
        scorer.cancel()
        return result

    monkeypatch.setattr(store, "store_scores", then_cancel)
    with qtbot.waitSignal(scorer.busy, check_params_cb=lambda busy: not busy, timeout=10_000):
        scorer.start()
    with db.session() as session:
        from app.domain import replica

        assert replica.fact(session, FACT) is None  # not finished: tried again next time
        assert session.scalar(select(func.count()).select_from(HealthScore)) == 1


def test_a_deleted_customer_loses_its_score_and_a_restored_one_gets_it_back(qtbot, db, scorer):
    with qtbot.waitSignal(scorer.busy, check_params_cb=lambda busy: not busy, timeout=10_000):
        scorer.start()

    def acme(session):
        return session.scalars(select(Record).where(Record.name == "Globex")).one()

    write(db, lambda s: records.delete_record(s, _admin(s), acme(s)))
    qtbot.waitUntil(lambda: _score_of(db, "Globex") is None, timeout=10_000)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(HealthScore)) == 1
    write(db, lambda s: records.restore_record(s, _admin(s), acme(s)))
    qtbot.waitUntil(lambda: _score_of(db, "Globex") == 60, timeout=10_000)
