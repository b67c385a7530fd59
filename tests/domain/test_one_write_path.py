"""One write path, as a user sees it: after each user action every synced row that appeared
or changed has its change entries, written in the action's own transaction, with the
action's batch, source and user, and the change channel hears of it (OBJ-5, DESIGN "Data")."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.domain import (
    activities,
    csv_import,
    icalendar_io,
    merge,
    pipelines,
    record_detail,
    records,
    saved_views,
    tab_settings,
    task_bulk,
    task_undo,
    tasks,
    workspace,
)
from app.domain.health import editing as health
from app.domain.history import Touched, touched
from app.store import (
    Association,
    Base,
    Change,
    ChangeSource,
    GroupKind,
    ObjectType,
    Pipeline,
    Record,
    SavedView,
    Stage,
    User,
    ViewTab,
)
from app.store.engine import Database
from tests.support import not_none, viewer_in

WARSAW = ZoneInfo("Europe/Warsaw")
PERSONAL = {"user_preferences"}  # per-user preferences: the documented exception
SYNCED: list[Table] = [
    t
    for t in Base.metadata.sorted_tables
    if {"id", "updated_at", "deleted_at"} <= set(t.c.keys()) and t.name not in PERSONAL
]
SYNCED_COLUMNS = {t.name: list(t.c.keys()) for t in SYNCED}
Key = tuple[str, uuid.UUID]


@dataclass
class Scene:
    db: Database
    ada: uuid.UUID
    acme: uuid.UUID
    dup: uuid.UUID
    carla: uuid.UUID
    deal: uuid.UUID
    proposal: uuid.UUID  # a stage of the deal's pipeline


@pytest.fixture
def scene(workspace_db: Database) -> Scene:
    """Two companies (one a duplicate sharing a contact), a contact, a deal; rows the
    test writes itself, before any snapshot."""
    with workspace_db.session() as s, s.begin():
        ada = workspace.signed_in(s)
        assert ada is not None
        companies = workspace.customer_object(s)
        contacts = s.scalars(select(ObjectType).where(ObjectType.key == "contacts")).one()
        deals = s.scalars(select(ObjectType).where(ObjectType.key == "deals")).one()
        renewals = s.scalars(select(Pipeline).where(Pipeline.object_type_id == deals.id)).first()
        assert renewals is not None
        first, proposal = s.scalars(
            select(Stage).where(Stage.pipeline_id == renewals.id).order_by(Stage.position)
        ).all()[:2]
        acme = records.create_record(s, ada, companies, {"name": "Acme"})
        dup = records.create_record(s, ada, companies, {"name": "ACME Inc", "tier": "SMB"})
        carla = records.create_record(
            s, ada, contacts, {"name": "Carla", "email": "carla@acme.example"}
        )
        deal = records.create_record(s, ada, deals, {"name": "Acme renewal", "stage": first.id})
        s.add_all([
            Association(from_record_id=carla.id, to_record_id=acme.id),
            Association(from_record_id=carla.id, to_record_id=dup.id),
        ])  # fmt: skip
        activities.log_note(s, ada, dup.id, "About the duplicate")
        record_detail.set_following(s, ada, dup.id, True)
        record_detail.set_following(s, ada, acme.id, True)
        return Scene(workspace_db, ada.id, acme.id, dup.id, carla.id, deal.id, proposal.id)


def _snapshot(db: Database) -> dict[Key, tuple[Any, ...]]:
    """Every synced row, every column, by (table, id)."""
    with db.session() as s:
        return {(t.name, row.id): tuple(row) for t in SYNCED for row in s.execute(select(t))}


def _entries(db: Database) -> dict[uuid.UUID, Any]:
    with db.session() as s:
        return {c.id: c for c in s.execute(select(Change.__table__))}


def _object_types(db: Database, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    with db.session() as s:
        return set(s.scalars(select(Record.object_type_id).where(Record.id.in_(ids))))


def _actor(s: Session, scene: Scene) -> User:
    actor = s.get(User, scene.ada)
    assert actor is not None
    return actor


def _record(s: Session, record_id: uuid.UUID) -> Record:
    record = s.get(Record, record_id)
    assert record is not None
    return record


ICS = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\nBEGIN:VEVENT\nUID:qbr-1\n"
    "SUMMARY:QBR\nDTSTART;TZID=Europe/Warsaw:{start}\nDURATION:PT30M\n"
    "ATTENDEE;CN=Carla:mailto:carla@acme.example\n{more}END:VEVENT\nEND:VCALENDAR\n"
)


def _ics(start: str, more: str = "") -> bytes:
    return ICS.format(start=start, more=more).replace("\n", "\r\n").encode()


def _import(s: Session, scene: Scene, data: bytes) -> None:
    day = dt.date(2026, 3, 10)
    icalendar_io.import_ics(s, _actor(s, scene), data, day, day, WARSAW)


def _view(s: Session, scene: Scene | None) -> SavedView:
    ws = workspace.main_workspace(s)
    actor = _actor(s, scene) if scene else not_none(workspace.signed_in(s))
    return saved_views.create_view(s, actor, ws, ViewTab.CUSTOMERS, "Mine")


def _tab_settings(s: Session, scene: Scene) -> None:
    """Hide the Revenue tab, show every pipeline, the first as default, as a table."""
    actor = _actor(s, scene)
    every = [p.id for p in tab_settings.tab_settings(s, actor, ViewTab.REVENUE).pipelines]
    tab_settings.update_tab_settings(
        s, actor, ViewTab.REVENUE, shown=False, pipeline_ids=every,
        default_pipeline_id=every[0], default_layout="table",
    )  # fmt: skip


def _customer_settings(s: Session, scene: Scene) -> None:
    """Keep the customer object and CSM property; drop the renewal-date property."""
    ws = workspace.main_workspace(s)
    workspace.update_customer_settings(
        s, _actor(s, scene), ws, customer_object_id=ws.customer_object_id,
        csm_property_id=ws.csm_property_id, renewal_property_id=None,
    )  # fmt: skip


def _health_draft(s: Session) -> health.ProfileDraft:
    """Fit and engagement, applying to a customers view made for it."""
    return health.ProfileDraft("Standard", groups=[
        health.GroupDraft("Fit", GroupKind.PROPERTY, 40, [health.RuleDraft(
            "Promoter", {"conditions": [{"property": "nps", "op": "gte", "value": 9}],
                         "points": 20})]),
        health.GroupDraft("Engagement", GroupKind.EVENT, 60, [
            health.RuleDraft("Meetings", {"event": "meetings", "window_days": 30,
                                          "bands": [[0, 0], [1, 60]]}),
            health.RuleDraft("Recency", {"event": "days_since_activity",
                                         "bands": [[0, 20], [30, 0]]})]),
    ], segment_view_ids=[_view(s, None).id])  # fmt: skip


def _edit_live_health(s: Session, scene: Scene) -> None:
    """Publish a profile, edit it through its draft (a rule and a segment fewer, a window
    changed) and publish the draft: the live rows rewritten, the draft's tombstoned."""
    actor = _actor(s, scene)
    live = health.publish(s, actor, health.create_profile(s, actor, _health_draft(s)))
    draft_id = health.edit_live(s, actor, live)
    edited = health.read_draft(s, draft_id)
    edited.groups[1].rules.pop()
    edited.groups[1].rules[0].config["window_days"] = 60
    edited.segment_view_ids = []
    health.save_profile(s, actor, draft_id, edited)
    health.publish(s, actor, draft_id)


def _clone_and_delete_health(s: Session, scene: Scene) -> None:
    actor = _actor(s, scene)
    first = health.publish(s, actor, health.create_profile(s, actor, _health_draft(s)))
    copy = health.clone(s, actor, first)
    draft = health.read_draft(s, copy)
    draft.segment_view_ids = []  # a live profile's segments are its own
    health.save_profile(s, actor, copy, draft)
    health.publish(s, actor, copy)
    health.set_default(s, actor, copy)
    health.unpublish(s, actor, first)
    health.delete_profile(s, actor, first)


# Each action: (what it does in one transaction, the sources its entries have).
SessionAction = Callable[[Session, Scene], Any]
U, SYS = ChangeSource.USER, ChangeSource.SYSTEM
ACTIONS: dict[str, tuple[SessionAction, set[ChangeSource]]] = {
    "create a record": (
        lambda s, sc: records.create_record(
            s, _actor(s, sc), workspace.customer_object(s), {"name": "Blue", "tier": "SMB"}
        ),
        {U},
    ),
    "update a record": (
        lambda s, sc: records.update_record(
            s, _actor(s, sc), _record(s, sc.acme), {"tier": "Enterprise", "nps": 8}
        ),
        {U},
    ),
    "delete a record": (
        lambda s, sc: records.delete_record(s, _actor(s, sc), _record(s, sc.dup)),
        {U},
    ),
    "move a stage": (
        lambda s, sc: pipelines.move_to_stage(s, _actor(s, sc), [sc.deal], sc.proposal),
        {U},
    ),
    "merge": (
        lambda s, sc: merge.merge_records(s, _actor(s, sc), sc.acme, sc.dup),
        {ChangeSource.MERGE},
    ),
    "create a task": (
        lambda s, sc: tasks.create_task(
            s,
            _actor(s, sc),
            tasks.NewTask("Call", due_date="2026-03-12", record_ids=[sc.acme]),
            WARSAW,
        ),
        {U},
    ),
    "a task from the preview": (
        lambda s, sc: activities.create_task(
            s, _actor(s, sc), sc.acme, "Call back", "2026-03-12 14:00", WARSAW
        ),
        {U, SYS},
    ),
    "log a call": (
        lambda s, sc: activities.log_call(s, _actor(s, sc), sc.acme, "Check-in", "", "20"),
        {U, SYS},
    ),
    "unfollow": (
        lambda s, sc: record_detail.set_following(s, _actor(s, sc), sc.dup, False),
        {U},
    ),
    "save a view": (
        lambda s, sc: saved_views.save_view_state(
            s, _actor(s, sc), _view(s, sc), filters=[], columns=["name", "tier"], sort=[]
        ),
        {U},
    ),
    "delete a view": (
        lambda s, sc: saved_views.delete_view(s, _actor(s, sc), _view(s, sc), confirmed=True),
        {U},
    ),
    "tab settings": (_tab_settings, {U}),
    "customer settings": (_customer_settings, {U}),
    "create a health profile": (
        lambda s, sc: health.create_profile(s, _actor(s, sc), _health_draft(s)),
        {U},
    ),
    "edit a live health profile": (_edit_live_health, {U}),
    "clone, unpublish and delete health profiles": (_clone_and_delete_health, {U}),
    "import an .ics file": (
        lambda s, sc: _import(s, sc, _ics("20260310T100000")),
        {ChangeSource.IMPORT},
    ),
}


def _check(
    scene: Scene,
    act: Callable[[], Touched | None],
    sources: set[ChangeSource],
    batches: int | None = None,
    users: set[uuid.UUID | None] | None = None,
) -> set[Key]:
    """Run `act`; every row it added or changed has entries of its own; returns those rows."""
    before, known = _snapshot(scene.db), set(_entries(scene.db))
    heard = act()
    after = _snapshot(scene.db)
    new = [e for i, e in _entries(scene.db).items() if i not in known]

    assert before.keys() <= after.keys(), "a row was deleted instead of tombstoned"
    changed = {key for key, row in after.items() if before.get(key) != row}
    assert changed, "the action changed nothing"
    logged = {(e.entity, e.row_id) for e in new}
    assert not changed - logged, f"changed without a change entry: {changed - logged}"
    for key in changed:  # stamped with its entries' time: the same write
        updated_at = after[key][SYNCED_COLUMNS[key[0]].index("updated_at")]
        columns = SYNCED_COLUMNS[key[0]]
        diff = {
            c: (b, a)
            for c, b, a in zip(
                columns, before.get(key, [None] * len(columns)), after[key], strict=True
            )
            if b != a
        }
        assert updated_at in {e.at for e in new if (e.entity, e.row_id) == key}, (key, diff)
    assert {e.source for e in new} == sources
    if users is not None:
        assert {e.user_id for e in new} == users
    else:  # the user's action, and its system changes (the record marked active) name them
        assert {e.user_id for e in new if e.source != ChangeSource.SYSTEM or e.user_id} == {
            scene.ada
        }
    for batch_id in {e.batch_id for e in new}:  # one batch: one time, source and author
        of_batch = [e for e in new if e.batch_id == batch_id]
        assert len({(e.at, e.source, e.user_id) for e in of_batch}) == 1
    if batches is not None:
        assert len({e.batch_id for e in new}) == batches
    if heard is not None:
        ids = {row_id for _table, row_id in changed}
        assert {table for table, _id in changed} <= heard.tables
        assert ids <= heard.row_ids
        records_changed = {row_id for table, row_id in changed if table == "records"}
        assert _object_types(scene.db, records_changed) <= heard.object_type_ids
    return changed


def _in_one_transaction(scene: Scene, action: SessionAction) -> Callable[[], Touched]:
    def act() -> Touched:
        with scene.db.session() as s, s.begin():
            action(s, scene)
            s.flush()
            return touched(s)

    return act


@pytest.mark.parametrize("name", list(ACTIONS))
def test_every_row_an_action_writes_has_its_change_entries(scene, name):
    action, sources = ACTIONS[name]
    _check(scene, _in_one_transaction(scene, action), sources)


class _Undone(Exception):
    pass


@pytest.mark.parametrize("name", list(ACTIONS))
def test_rows_and_entries_are_one_transaction(scene, name):
    action, _sources = ACTIONS[name]
    before, known = _snapshot(scene.db), set(_entries(scene.db))
    with pytest.raises(_Undone), scene.db.session() as s, s.begin():
        action(s, scene)
        s.flush()
        assert len(s.scalars(select(Change.id)).all()) > len(known)  # written so far
        raise _Undone
    assert _snapshot(scene.db) == before and set(_entries(scene.db)) == known


def test_merge_tombstones_duplicates_and_repoints_the_rest(scene):
    changed = _check(scene, _in_one_transaction(scene, ACTIONS["merge"][0]), {ChangeSource.MERGE})
    with scene.db.session() as s:
        links = s.scalars(select(Association).where(Association.from_record_id == scene.carla))
        live = {(a.to_record_id, a.deleted_at is None) for a in links}
    assert live == {(scene.acme, True), (scene.dup, False)}  # the duplicate's is a tombstone
    assert {table for table, _id in changed} >= {"records", "associations", "follows",
                                                  "activity_links"}  # fmt: skip


def test_a_reimport_changes_attendees_and_links_with_entries(scene):
    _check(scene, _in_one_transaction(scene, ACTIONS["import an .ics file"][0]),
           {ChangeSource.IMPORT})  # fmt: skip
    again = _ics("20260310T110000", "ATTENDEE;CN=Olu:mailto:olu@other.example\n")
    changed = _check(
        scene, _in_one_transaction(scene, lambda s, sc: _import(s, sc, again)),
        {ChangeSource.IMPORT}, batches=1,
    )  # fmt: skip
    assert {table for table, _id in changed} == {
        "meetings", "meeting_attendees", "activity_links"
    }  # fmt: skip


def test_bulk_complete_and_its_undo_have_entries_per_task(scene):
    with scene.db.session() as s, s.begin():
        ids = [
            tasks.create_task(s, _actor(s, scene), tasks.NewTask(f"Task {i}"), WARSAW).id
            for i in range(7)
        ]
    complete = task_bulk.BulkAction(task_bulk.BulkKind.COMPLETE)
    result: list[task_bulk.BulkResult] = []

    def run() -> None:
        result.append(
            task_bulk.run_bulk(
                scene.db, viewer_in(scene.db, scene.ada), ids, complete, WARSAW, batch_size=3
            )
        )

    changed = _check(scene, run, {ChangeSource.BULK}, batches=3)
    assert changed == {("tasks", i) for i in ids}

    def undo() -> None:
        task_undo.undo_bulk(scene.db, viewer_in(scene.db, scene.ada), result[0].batch_ids)

    undone = _check(scene, undo, {ChangeSource.UNDO})
    assert undone == changed


def test_setup_and_built_in_views_are_system_changes(db):
    def setup() -> Touched:
        with db.session() as s, s.begin():
            choice = workspace.SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            workspace.setup_empty_workspace(s, choice)
            return touched(s)

    empty = Scene(db, uuid.UUID(int=0), *[uuid.UUID(int=0)] * 5)
    made = _check(empty, setup, {ChangeSource.SYSTEM}, batches=1, users={None})
    assert {"object_types", "property_definitions", "pipelines", "stages", "users",
            "workspaces", "workspace_pipelines", "saved_views"} <= {t for t, _ in made}  # fmt: skip

    def first_open_of_a_board() -> Touched:
        with db.session() as s, s.begin():
            deals = s.scalars(select(ObjectType).where(ObjectType.key == "deals")).one()
            ws = workspace.main_workspace(s)
            saved_views.ensure_builtin_views(s, ws, ViewTab.REVENUE, deals.id)
            return touched(s)

    views = _check(empty, first_open_of_a_board, {ChangeSource.SYSTEM}, users={None})
    assert {t for t, _ in views} == {"saved_views"} and len(views) == 2


def test_a_csv_import_and_its_undo_have_entries_for_every_row(scene, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Email,First Name,Last Name,Associated Company,Job Title\n"
        "carla@acme.example,Carla,Bianchi,Acme,CFO\n"  # an update; already linked to Acme
        "nina@acme.example,Nina,Nowak,Acme,CTO\n"  # a create, linked to Acme
    )
    viewer = viewer_in(scene.db, scene.ada)
    source = csv_import.read_csv(path)
    with scene.db.session() as s:
        mapping = csv_import.guess_mapping(s, source, csv_import.load_catalog(s, "contacts"))
    result: list[csv_import.ImportReport] = []

    def run() -> None:
        result.append(csv_import.run_import(scene.db, viewer, source, mapping, batch_size=1))

    changed = _check(scene, run, {ChangeSource.IMPORT}, batches=2)
    tables = {table for table, _id in changed}
    assert tables == {"records", "associations"}
    assert ("records", scene.carla) in changed
    assert (result[0].created, result[0].updated, result[0].linked) == (1, 1, 1)

    def undo() -> None:
        csv_import.undo_import(scene.db, viewer, result[0].batch_ids)

    undone = _check(scene, undo, {ChangeSource.UNDO})
    assert undone == changed
