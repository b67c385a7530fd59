"""A report in the window (issue 15 items 1-2): computed off the GUI thread, computed again
when an edit changes its object's records (nothing stale) and not for another object's,
a refusal said, values in the viewer's locale and currency."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from app.domain import records, reports
from app.domain.reports import Measure, ReportSpec
from app.domain.viewer import viewer_of
from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace
from app.models.changes import channel_for, write
from app.models.reports import ReportModel
from app.store import ObjectType, Record, User
from app.store.engine import open_database


@pytest.fixture
def db(tmp_path):
    db = open_database(str(tmp_path / "tend.db"))
    with db.session() as s, s.begin():
        setup_empty_workspace(
            s, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
        )
        ada = viewer_of(s.scalars(select(User).where(User.name == "Ada Admin")).one())
        for name, tier, arr in (
            ("Acme", "SMB", 120_000),
            ("Globex", "SMB", 80_050),
            ("Initech", "Enterprise", 0),
        ):
            records.create_record(
                s, ada, customer_object(s), {"name": name, "tier": tier, "arr": arr}
            )
    channel_for(db)  # made on the GUI thread, as the main window does
    yield db
    db.dispose()


def _ada(db):
    with db.session() as s:
        return viewer_of(s.scalars(select(User).where(User.name == "Ada Admin")).one())


def _spec(db, **kw) -> ReportSpec:
    with db.session() as s:
        return ReportSpec(customer_object(s).id, **kw)


def test_computed_off_the_gui_thread_and_again_after_an_edit(qtbot, db, monkeypatch):
    threads = []
    real = reports.compute

    def watched(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr("app.models.reports.compute", watched)
    model = ReportModel(db, _ada(db), _spec(db, group_key="tier"))
    with qtbot.waitSignal(model.resultChanged):
        model.refresh()
    assert model.result is not None
    assert {g.key: g.count for g in model.result.groups} == {"Enterprise": 1, "SMB": 2}
    assert threads == [False]

    def retier(s) -> None:
        initech = s.scalars(select(Record).where(Record.name == "Initech")).one()
        records.update_record(s, _ada(db), initech, {"tier": "SMB"})

    with qtbot.waitSignal(model.resultChanged, timeout=5_000):  # an edit: shown again
        write(db, retier)
    assert model.result is not None
    assert {g.key: g.count for g in model.result.groups} == {"SMB": 3}


def test_another_objects_records_leave_it_alone(qtbot, db):
    model = ReportModel(db, _ada(db), _spec(db, group_key="tier"))
    with qtbot.waitSignal(model.resultChanged):
        model.refresh()
    with qtbot.assertNotEmitted(model.resultChanged, wait=300):

        def make_deal(s):
            deals = s.scalar(select(ObjectType).where(ObjectType.key == "deals"))
            records.create_record(s, _ada(db), deals, {"name": "Acme renewal"})

        write(db, make_deal)


def test_money_reads_in_its_currency_and_a_broken_report_says_why(qtbot, db):
    model = ReportModel(db, _ada(db), _spec(db, measure=Measure.SUM, measure_key="arr"))
    with qtbot.waitSignal(model.resultChanged):
        model.refresh()
    assert model.result is not None
    assert model.value_text()(model.result.total) == "$2,000.50"
    broken = ReportModel(db, _ada(db), _spec(db, measure=Measure.SUM, measure_key="tier"))
    with qtbot.waitSignal(broken.failed) as said:
        broken.refresh()
    assert "number or currency" in said.args[0] and broken.result is None
