"""Every rule of SPEC section 1 against every domain function that writes (PERM-3..6,
SET-2), for each kind of user, on SQLite and PostgreSQL: allowed, or refused with the
reason. The writing functions are found by walking `app/domain`, so a new one that is not
in the matrix fails `test_the_matrix_lists_every_writing_function`.

The scene: the main workspace and the "Onboarding" team workspace. Its team's CSM, its
Manage-CS holder, a deactivated and a no-access member act in it; "another team's admin"
holds Manage CS settings in the Sales team, whose workspace is the main one; the super
admins are everywhere. Each call runs in its own transaction, rolled back.
"""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    activities,
    associations,
    card_order,
    csv_import,
    dashboards,
    feed,
    icalendar_io,
    merge,
    object_settings,
    pipeline_settings,
    pipelines,
    preferences,
    record_detail,
    records,
    reports,
    saved_views,
    tab_settings,
    task_bulk,
    task_undo,
    tasks,
    team_workspaces,
    users_teams,
    workspace,
    writer,
)
from app.domain import summary as summary_cards
from app.domain.errors import PermissionDenied
from app.domain.health import editing as health
from app.domain.health import summary as health_summary
from app.domain.history import ChangeBatch
from app.domain.sync import conflicts
from app.domain.viewer import Viewer, viewer_of
from app.store import (
    Alert,
    ChangeSource,
    Conflict,
    FeedEvent,
    FeedEventKind,
    GroupKind,
    HealthCategory,
    ObjectType,
    Pipeline,
    PropertyDefinition,
    PropertyType,
    Record,
    SavedView,
    Sharing,
    Stage,
    Team,
    TeamMembership,
    User,
    UserPreference,
    ViewTab,
    Workspace,
)
from app.store.engine import Database
from tests.conftest import database_on
from tests.support import not_none

UTC = ZoneInfo("UTC")
KINDS = ("admin", "seatless_admin", "lead", "csm", "deactivated", "other_team_admin", "no_access")

# The reasons the rules give (app/domain/permissions.py), as the user reads them.
GONE = "This user is deactivated."
NO_ACCESS = "You don't have access to the Customer Success workspace."
SUMMARY_ONLY = "Without a service seat you can use the Summary tab only. Ask an admin for a seat."
NOT_IN = "You are not in the “Onboarding” workspace: it is another team's."
NOT_IN_MAIN = "You are not in the “Customer Success” workspace: it is another team's."
ONLY = "Only super admins and users with Manage CS settings can "
PERM4 = ONLY + "change settings."
PERM4_SEAT = "Managing Customer Success settings needs a service seat."
SHARE = ONLY + "share a view with Everyone."
DEFAULTS = ONLY + "set or remove default views."
SHARED = ONLY + "edit or delete shared views."
BUILT_IN = "Built-in views cannot be edited. Create a view of your own."
HEALTH_SEAT = "Creating or editing a health score needs a service seat."
USERS_ONLY = "Only super admins can manage users and teams."
OK = None


def expect(**overrides: str | None) -> dict[str, str | None]:
    """Allowed for every kind of user but those named (with their refusal's reason)."""
    assert set(overrides) <= set(KINDS)
    return {kind: overrides.get(kind, OK) for kind in KINDS}


# The rules, as each kind of user meets them.
OPENS = expect(deactivated=GONE, no_access=NO_ACCESS)  # PERM-3: open the workspace
FULL_USE = expect(seatless_admin=SUMMARY_ONLY, deactivated=GONE, no_access=NO_ACCESS)  # PERM-3
FULL_USE_IN_TEAM = {**FULL_USE, "other_team_admin": NOT_IN}  # PERM-3 and SET-2
PERM4_OWN = expect(  # PERM-4, in the viewer's own workspace
    seatless_admin=PERM4_SEAT, csm=PERM4, deactivated=GONE, no_access=NO_ACCESS
)
WORKSPACE_SETTINGS_IN_TEAM = expect(  # PERM-3/PERM-4 and SET-2
    csm=PERM4, deactivated=GONE, other_team_admin=NOT_IN, no_access=NO_ACCESS
)

ACCOUNT_SETTINGS = expect(  # PERM-3/PERM-4 in the main workspace: objects, team workspaces
    csm=PERM4, deactivated=GONE, lead=NOT_IN_MAIN, no_access=NO_ACCESS
)
HEALTH = expect(  # HEALTH-6/PERM-3 in the main workspace, where the profiles are (SET-2)
    seatless_admin=HEALTH_SEAT, lead=NOT_IN_MAIN, deactivated=GONE, no_access=NO_ACCESS,
    csm=ONLY + "create or edit health scores.",
)  # fmt: skip


def perm5_in_team(reason: str) -> dict[str, str | None]:
    """PERM-5 in the team workspace: full use (PERM-3), the right, membership (SET-2)."""
    return {**FULL_USE_IN_TEAM, "csm": reason}


@dataclass
class Scene:
    db: Database
    users: dict[str, uuid.UUID]
    team_ws: uuid.UUID
    companies: uuid.UUID
    csm_property: uuid.UUID
    acme: uuid.UUID
    dup: uuid.UUID
    deal: uuid.UUID
    first_stage: uuid.UUID
    next_stage: uuid.UUID
    task: uuid.UUID
    shared_view: uuid.UUID
    builtin_view: uuid.UUID
    own_views: dict[str, uuid.UUID] = field(default_factory=dict)


ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:kickoff-1\r\n"
    b"SUMMARY:Kickoff\r\nDTSTART:20260312T100000Z\r\nDTEND:20260312T103000Z\r\nEND:VEVENT\r\n"
    b"END:VCALENDAR\r\n"
)


def _build(db: Database) -> Scene:
    with db.session() as s, s.begin():
        ada = workspace.setup_empty_workspace(
            s,
            workspace.SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com"),
        )
        main = workspace.main_workspace(s)
        objects = {o.key: o for o in s.scalars(select(ObjectType))}
        setup = ChangeBatch(s, ada.id)
        team_ws = writer.add(
            setup,
            Workspace(
                name="Onboarding", is_main=False, position=1,
                customer_object_id=main.customer_object_id, csm_property_id=main.csm_property_id,
            ),
        )  # fmt: skip
        s.flush()
        workspace.configure_pipelines(s, team_ws, objects["services"], [objects["deals"]], setup)
        saved_views.ensure_builtin_views(s, team_ws)
        onboarding = writer.add(setup, Team(name="Onboarding", workspace_id=team_ws.id))
        sales = writer.add(setup, Team(name="Sales"))
        s.flush()

        def person(name: str, team: Team, **rights: bool) -> User:
            user = User(name=name, email=f"{name.split()[0].lower()}@example.com",
                        primary_team_id=team.id, **rights)  # fmt: skip
            writer.add(setup, user)
            s.flush()
            writer.add(setup, TeamMembership(user_id=user.id, team_id=team.id))
            return user

        people = {
            "admin": ada,
            "seatless_admin": person("Sid Seatless", onboarding, is_super_admin=True),
            "lead": person(
                "Lee Lead", onboarding, can_manage_cs_settings=True, has_service_seat=True
            ),
            "csm": person("Cory Csm", onboarding, has_service_seat=True),
            "deactivated": person("Dee Gone", onboarding, has_service_seat=True, is_active=False),
            "other_team_admin": person(
                "Otto Other", sales, can_manage_cs_settings=True, has_service_seat=True
            ),
            "no_access": person(
                "Nia Noaccess", onboarding, has_service_seat=True, has_workspace_access=False
            ),
        }
        companies = objects["companies"]
        acme = records.create_record(s, ada, companies, {"name": "Acme"})
        dup = records.create_record(s, ada, companies, {"name": "Acme Inc"})
        pipeline = s.scalars(
            select(Pipeline).where(Pipeline.object_type_id == objects["deals"].id)
        ).first()
        assert pipeline is not None
        stages = s.scalars(
            select(Stage).where(Stage.pipeline_id == pipeline.id).order_by(Stage.position)
        ).all()
        deal = records.create_record(
            s, ada, objects["deals"], {"name": "Acme renewal", "stage": stages[0].id}
        )
        shared = saved_views.create_view(
            s, people["lead"], team_ws, ViewTab.CUSTOMERS, "Renewals", sharing=Sharing.EVERYONE
        )
        builtin = s.scalars(
            select(SavedView).where(
                SavedView.workspace_id == team_ws.id,
                SavedView.builtin == saved_views.OWNED_BY_ME,
                SavedView.tab == ViewTab.CUSTOMERS,
            )
        ).one()
        own = {}
        for kind, user in people.items():  # each one's own private view (made by Tend's
            view = SavedView(  # setup here: not every kind may create one)
                workspace_id=team_ws.id, tab=ViewTab.CUSTOMERS, object_type_id=companies.id,
                name=f"Mine ({kind})", owner_id=user.id, sharing=Sharing.PRIVATE,
            )  # fmt: skip
            own[kind] = writer.add(setup, view).id
        task = tasks.create_task(s, ada, tasks.NewTask("Call back"), UTC)
        csm_property = s.get(PropertyDefinition, main.csm_property_id)
        assert csm_property is not None
        return Scene(
            db, {k: u.id for k, u in people.items()}, team_ws.id, companies.id,
            csm_property.id, acme.id, dup.id, deal.id, stages[0].id, stages[1].id, task.id,
            shared.id, builtin.id, own,
        )  # fmt: skip


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def scene(request, tmp_path_factory) -> Iterator[Scene]:
    with ExitStack() as stack:
        yield _build(database_on(request.param, tmp_path_factory, stack, "matrix"))


Call = Callable[[Session, Viewer, Scene, str], Any]


def _view(s: Session, view_id: uuid.UUID) -> SavedView:
    view = s.get(SavedView, view_id)
    assert view is not None
    return view


def _ws(s: Session, sc: Scene) -> Workspace:
    ws = s.get(Workspace, sc.team_ws)
    assert ws is not None
    return ws


# An export with its header only: an allowed import or dry run writes nothing to the scene.
HEADER_ONLY = Path(__file__).parent / "data" / "imports" / "header_only.csv"


def _csv_import(s: Session, v: Viewer, sc: Scene, run: Callable[..., Any]) -> Any:
    source = csv_import.read_csv(HEADER_ONLY)
    mapping = csv_import.guess_mapping(s, source, csv_import.load_catalog(s, "companies"))
    return run(sc.db, v, source, mapping)


def _tab(s: Session, v: Viewer, sc: Scene, kind: str) -> None:
    current = tab_settings.tab_settings(s, v, ViewTab.SERVICES)
    tab_settings.update_tab_settings(
        s, v, ViewTab.SERVICES, shown=True, pipeline_ids=current.shown_ids,
        default_pipeline_id=current.default_pipeline_id, default_layout="table",
    )  # fmt: skip


def _key(s: Session, key: str) -> uuid.UUID:
    return not_none(s.scalar(select(ObjectType.id).where(ObjectType.key == key)))


def _custom(s: Session, sc: Scene) -> ObjectType:
    """A custom object with stages and a choice property, made by the admin."""
    admin = viewer_of(not_none(s.get(User, sc.users["admin"])))
    obj = object_settings.create_object(s, admin, "Plan", "Plans", has_pipelines=True)
    object_settings.add_property(s, admin, obj.id, "Tier", PropertyType.CHOICE, ("A", "B"))
    return obj


def _prop(s: Session, sc: Scene, key: str = "tier") -> PropertyDefinition:
    obj = _custom(s, sc)
    return not_none(s.scalar(select(PropertyDefinition).where(
        PropertyDefinition.object_type_id == obj.id, PropertyDefinition.key == key)))  # fmt: skip


def _options(s: Session, sc: Scene) -> list[uuid.UUID]:
    return [o.id for o in object_settings.options(s, _prop(s, sc).id)]


def _pipeline(s: Session, sc: Scene) -> Pipeline:
    obj = _custom(s, sc)
    return not_none(s.scalar(select(Pipeline).where(Pipeline.object_type_id == obj.id)))


def _stages(s: Session, sc: Scene) -> list[uuid.UUID]:
    pipeline = _pipeline(s, sc)
    return list(s.scalars(select(Stage.id).where(Stage.pipeline_id == pipeline.id)
                          .order_by(Stage.position)))  # fmt: skip


def _spare_pipeline(s: Session, sc: Scene) -> uuid.UUID:
    admin = viewer_of(not_none(s.get(User, sc.users["admin"])))
    return pipeline_settings.add_pipeline(s, admin, _key(s, "deals"), "Spare").id


def _onboarding_team(s: Session) -> uuid.UUID:
    return not_none(s.scalar(select(Team.id).where(Team.name == "Onboarding")))


def _own_alert(s: Session, v: Viewer, sc: Scene) -> uuid.UUID:
    """A live health alert on Acme for the acting viewer (the store raises them directly)."""
    now = dt.datetime(2026, 3, 11, 9, 0, tzinfo=dt.UTC)
    alert = Alert(
        id=uuid.uuid4(), record_id=sc.acme, user_id=v.id, new_category=HealthCategory.AT_RISK,
        raised_at=now, expires_at=now + dt.timedelta(days=14),
    )  # fmt: skip
    s.add(alert)
    s.flush()
    return alert.id


def _own_notification(s: Session, v: Viewer, sc: Scene, deleted: bool = False) -> uuid.UUID:
    """A notification in the acting viewer's feed: Acme made theirs (its CSM), an e-mail
    opened by one of its contacts."""
    prop = not_none(s.get(PropertyDefinition, sc.csm_property))
    acme = not_none(s.get(Record, sc.acme))
    if prop.column:
        setattr(acme, prop.column, v.id)
    else:
        acme.props = {**(acme.props or {}), prop.key: str(v.id)}
    at = dt.datetime(2026, 3, 11, 9, 0, tzinfo=dt.UTC)
    event = FeedEvent(id=uuid.uuid4(), kind=FeedEventKind.EMAIL_OPENED, contact_id=sc.dup,
                      company_id=sc.acme, at=at, title="Opened “Renewal”",
                      deleted_at=at if deleted else None)  # fmt: skip
    s.add(event)
    s.flush()
    return event.id


PERM4_IN_TEAM = expect(  # PERM-4 and SET-2: a workspace's Dashboards tab
    seatless_admin=PERM4_SEAT, csm=PERM4, deactivated=GONE, other_team_admin=NOT_IN,
    no_access=NO_ACCESS,
)  # fmt: skip
ON_ITS_TAB = {**FULL_USE, "other_team_admin": dashboards.NOT_ON_TAB}  # DASH-2: who sees it


def _admin_viewer(s: Session, sc: Scene) -> Viewer:
    return viewer_of(not_none(s.get(User, sc.users["admin"])))


def _board(s: Session, sc: Scene, on_team_tab: bool = True) -> uuid.UUID:
    """A dashboard the admin made, on the team workspace's tab (or the main one's)."""
    ws = _ws(s, sc) if on_team_tab else workspace.main_workspace(s)
    return dashboards.create_dashboard(s, _admin_viewer(s, sc), ws, "Board", confirmed=True)


def _placement(s: Session, sc: Scene) -> uuid.UUID:
    _board(s, sc)
    (info,) = dashboards.visible_dashboards(s, _admin_viewer(s, sc), _ws(s, sc))
    return info.placement_id


def _board_tile(s: Session, sc: Scene) -> uuid.UUID:
    board = _board(s, sc)
    return dashboards.add_report(s, _admin_viewer(s, sc), board, "By tier",
                                 reports.ReportSpec(sc.companies))  # fmt: skip


def _reversed_cards(s: Session, v: Viewer, sc: Scene) -> None:
    ws = _ws(s, sc)
    order = [c.view_id for c in summary_cards.view_cards(s, v, ws)]
    summary_cards.reorder_view_cards(s, v, ws, list(reversed(order)))


def _health_draft() -> health.ProfileDraft:
    return health.ProfileDraft("Standard", groups=[
        health.GroupDraft("Fit", GroupKind.PROPERTY, 40, [health.RuleDraft(
            "Promoter", {"conditions": [{"property": "nps", "op": "gte", "value": 9}],
                         "points": 20})]),
        health.GroupDraft("Engagement", GroupKind.EVENT, 60, [health.RuleDraft(
            "Meetings", {"event": "meetings", "window_days": 30, "bands": [[0, 0], [1, 60]]})]),
    ])  # fmt: skip


def _health(s: Session, sc: Scene, *, live: bool = False) -> uuid.UUID:
    """A draft health profile (published when `live`), made by the admin."""
    admin = viewer_of(not_none(s.get(User, sc.users["admin"])))
    profile_id = health.create_profile(s, admin, _health_draft())
    return health.publish(s, admin, profile_id) if live else profile_id


def _conflict(s: Session, sc: Scene, kind: str) -> uuid.UUID:
    """A value of `kind`'s that a teammate's later edit replaced (shared mode, DATA-2)."""
    conflict = Conflict(
        id=uuid.uuid4(), entity="records", row_id=sc.acme, field="tier",
        losing_value="SMB", winning_value="Enterprise", losing_user_id=sc.users[kind],
    )  # fmt: skip
    s.add(conflict)
    s.flush()
    return conflict.id


OS, PS, TW = object_settings, pipeline_settings, team_workspaces
MANAGE_USERS = expect(  # PERM-1/PERM-2: a super admin's (a seatless one too)
    lead=USERS_ONLY, csm=USERS_ONLY, deactivated=GONE, other_team_admin=USERS_ONLY,
    no_access=USERS_ONLY,
)  # fmt: skip


def _report(s: Session, sc: Scene) -> uuid.UUID:
    """A report made by the admin (anyone who opens the workspace may pin one)."""
    admin = viewer_of(not_none(s.get(User, sc.users["admin"])))
    return reports.save_report(s, admin, "By tier", reports.ReportSpec(sc.companies))


def _csm_rights(s: Session, sc: Scene) -> users_teams.Rights:
    """The CSM given Manage CS settings and the Onboarding team as another team."""
    return users_teams.Rights(
        has_service_seat=True, can_manage_cs_settings=True, is_super_admin=False,
        is_active=True, primary_team_id=None, other_team_ids=[_onboarding_team(s)],
    )  # fmt: skip


# (writing function, what the call does, the call, who may) — every rule of SPEC section 1
# meets every writing function through these rows.
MATRIX: list[tuple[Callable[..., Any], str, Call, dict[str, str | None]]] = [
    (reports.save_report, "a report",
     lambda s, v, sc, k: reports.save_report(
         s, v, "Companies by tier", reports.ReportSpec(sc.companies, group_key="tier")), OPENS),
    (reports.pin, "a report on the Summary",
     lambda s, v, sc, k: reports.pin(s, v, _report(s, sc)), OPENS),
    (reports.unpin, "a report off the Summary",
     lambda s, v, sc, k: reports.unpin(s, v, _report(s, sc)), OPENS),
    (users_teams.add_person, "a person in a local file",
     lambda s, v, sc, k: users_teams.add_person(
         s, v, "Cy Lee", f"cy.{k}@example.com", _csm_rights(s, sc)), MANAGE_USERS),
    (users_teams.set_rights, "a CSM's rights and teams",
     lambda s, v, sc, k: users_teams.set_rights(s, v, sc.users["csm"], _csm_rights(s, sc)),
     MANAGE_USERS),
    (records.create_record, "a company",
     lambda s, v, sc, k: records.create_record(s, v, not_none(s.get(ObjectType, sc.companies)),
                                               {"name": "New Co"}), FULL_USE),
    (records.update_record, "a value",
     lambda s, v, sc, k: records.update_record(s, v, records.get_record(s, sc.acme),
                                               {"tier": "SMB"}), FULL_USE),
    (conflicts.put_back, "a replaced value",
     lambda s, v, sc, k: conflicts.put_back(s, v, _conflict(s, sc, k)), FULL_USE),
    (records.delete_record, "a company",
     lambda s, v, sc, k: records.delete_record(s, v, records.get_record(s, sc.acme)), FULL_USE),
    (records.restore_record, "a company",
     lambda s, v, sc, k: records.restore_record(s, v, records.get_record(s, sc.acme)), FULL_USE),
    (pipelines.move_to_stage, "a deal",
     lambda s, v, sc, k: pipelines.move_to_stage(s, v, [sc.deal], sc.next_stage), FULL_USE),
    (pipelines.undo_moves, "a deal's move",
     lambda s, v, sc, k: pipelines.undo_moves(
         s, v, [pipelines.StageMove(sc.deal, sc.next_stage, sc.first_stage)]), FULL_USE),
    (merge.merge_records, "two companies",
     lambda s, v, sc, k: merge.merge_records(s, v, sc.acme, sc.dup), FULL_USE),
    (associations.associate, "a company with another",
     lambda s, v, sc, k: associations.associate(s, v, sc.acme, sc.dup), FULL_USE),
    (associations.dissociate, "a company from another",
     lambda s, v, sc, k: (
         associations.associate(s, viewer_of(not_none(s.get(User, sc.users["admin"]))),
                                sc.acme, sc.dup),
         associations.dissociate(s, v, sc.acme, sc.dup)), FULL_USE),
    (record_detail.set_following, "a company",
     lambda s, v, sc, k: record_detail.set_following(s, v, sc.acme, True), FULL_USE),
    (activities.log_note, "on a company",
     lambda s, v, sc, k: activities.log_note(s, v, sc.acme, "Spoke to Ann"), FULL_USE),
    (activities.log_email, "to a company",
     lambda s, v, sc, k: activities.log_email(s, v, sc.acme, "Hello", ""), FULL_USE),
    (activities.log_call, "with a company",
     lambda s, v, sc, k: activities.log_call(s, v, sc.acme, "Check-in", "", 15), FULL_USE),
    (activities.create_task, "about a company",
     lambda s, v, sc, k: activities.create_task(s, v, sc.acme, "Follow up", "2026-03-12", UTC),
     FULL_USE),
    (activities.log_meeting, "with a company",
     lambda s, v, sc, k: activities.log_meeting(s, v, sc.acme, "Kickoff", "2026-03-12 10:00",
                                                30, "", UTC), FULL_USE),
    (tasks.create_task, "from the Actions tab",
     lambda s, v, sc, k: tasks.create_task(s, v, tasks.NewTask("Renewal prep"), UTC), FULL_USE),
    (task_bulk.apply_batch, "Mark complete",
     lambda s, v, sc, k: task_bulk.apply_batch(s, v, [sc.task], task_bulk.BulkAction(
         task_bulk.BulkKind.COMPLETE), UTC), FULL_USE),
    (task_bulk.run_bulk, "Mark complete (no task ticked)",
     lambda s, v, sc, k: task_bulk.run_bulk(sc.db, v, [], task_bulk.BulkAction(
         task_bulk.BulkKind.COMPLETE), UTC), FULL_USE),
    (task_undo.undo_bulk, "of no batch",
     lambda s, v, sc, k: task_undo.undo_bulk(sc.db, v, []), FULL_USE),
    (icalendar_io.import_ics, "one meeting",
     lambda s, v, sc, k: icalendar_io.import_ics(s, v, ICS, dt.date(2026, 3, 9),
                                                 dt.date(2026, 3, 15), UTC), FULL_USE),
    (csv_import.plan_import, "the dry run of a companies file",
     lambda s, v, sc, k: _csv_import(s, v, sc, csv_import.plan_import), FULL_USE),
    (csv_import.run_import, "a companies file",
     lambda s, v, sc, k: _csv_import(s, v, sc, csv_import.run_import), FULL_USE),
    (csv_import.ensure_source_property, "the companies' source ID",
     lambda s, v, sc, k: csv_import.ensure_source_property(s, v, sc.companies), FULL_USE),
    (csv_import.undo_import, "of no batch",
     lambda s, v, sc, k: csv_import.undo_import(sc.db, v, []), FULL_USE),
    (preferences.set_preference, "the viewer's layout",
     lambda s, v, sc, k: preferences.set_preference(s, v, "layout:services", "table"), OPENS),
    (dashboards.create_dashboard, "a dashboard on the team workspace's tab",
     lambda s, v, sc, k: dashboards.create_dashboard(s, v, _ws(s, sc), "Ours", confirmed=True),
     PERM4_IN_TEAM),
    (dashboards.add_dashboard, "the main tab's dashboard on the team workspace's tab",
     lambda s, v, sc, k: dashboards.add_dashboard(
         s, v, _ws(s, sc), _board(s, sc, on_team_tab=False), confirmed=True), PERM4_IN_TEAM),
    (dashboards.set_access, "who sees a dashboard of the team workspace",
     lambda s, v, sc, k: dashboards.set_access(
         s, v, _placement(s, sc), access=dashboards.DashboardAccess.EVERYONE, confirmed=True),
     PERM4_IN_TEAM),
    (dashboards.remove_dashboard, "a dashboard off the team workspace's tab",
     lambda s, v, sc, k: dashboards.remove_dashboard(s, v, _placement(s, sc)), PERM4_IN_TEAM),
    (dashboards.add_report, "a report on a dashboard of the team workspace",
     lambda s, v, sc, k: dashboards.add_report(
         s, v, _board(s, sc), "By tier", reports.ReportSpec(sc.companies)), ON_ITS_TAB),
    (dashboards.remove_tile, "a report off a dashboard of the team workspace",
     lambda s, v, sc, k: dashboards.remove_tile(s, v, _board_tile(s, sc)), ON_ITS_TAB),
    (dashboards.arrange, "a report moved on a dashboard of the team workspace",
     lambda s, v, sc, k: dashboards.arrange(s, v, _board_tile(s, sc), 0), ON_ITS_TAB),
    (dashboards.resize_tile, "a report widened on a dashboard of the team workspace",
     lambda s, v, sc, k: dashboards.resize_tile(s, v, _board_tile(s, sc), 2, 1), ON_ITS_TAB),
    (feed.delete_notifications, "a notification of the viewer's feed",
     lambda s, v, sc, k: feed.delete_notifications(s, v, [_own_notification(s, v, sc)]),
     FULL_USE),
    (feed.restore_notifications, "a notification of the viewer's feed, deleted",
     lambda s, v, sc, k: feed.restore_notifications(
         s, v, [_own_notification(s, v, sc, deleted=True)]), FULL_USE),
    (summary_cards.reorder_view_cards, "the Summary's view cards of the team workspace",
     lambda s, v, sc, k: _reversed_cards(s, v, sc),
     {**OPENS, "csm": ONLY + "reorder Summary cards.", "other_team_admin": NOT_IN}),
    (health_summary.dismiss_alert, "the viewer's own health alert",
     lambda s, v, sc, k: health_summary.dismiss_alert(s, v, _own_alert(s, v, sc)), OPENS),
    (card_order.arrange, "the viewer's column",
     lambda s, v, sc, k: card_order.arrange(s, v, sc.first_stage, [sc.deal]), OPENS),
    (saved_views.create_view, "a private view in the team workspace",
     lambda s, v, sc, k: saved_views.create_view(s, v, _ws(s, sc), ViewTab.CUSTOMERS, "Fresh"),
     FULL_USE_IN_TEAM),
    (saved_views.create_view, "a view shared with Everyone",
     lambda s, v, sc, k: saved_views.create_view(s, v, _ws(s, sc), ViewTab.CUSTOMERS, "Fresh",
                                                 sharing=Sharing.EVERYONE), perm5_in_team(SHARE)),
    (saved_views.create_view, "a default view",
     lambda s, v, sc, k: saved_views.create_view(
         s, v, _ws(s, sc), ViewTab.CUSTOMERS, "Fresh", sharing=Sharing.EVERYONE,
         make_default=True, description="For the Summary"), perm5_in_team(SHARE)),
    (saved_views.edit_view, "rename a shared view",
     lambda s, v, sc, k: saved_views.edit_view(s, v, _view(s, sc.shared_view), name="Renamed"),
     perm5_in_team(SHARED)),
    (saved_views.edit_view, "rename the viewer's own private view",
     lambda s, v, sc, k: saved_views.edit_view(s, v, _view(s, sc.own_views[k]), name="Renamed"),
     FULL_USE_IN_TEAM),
    (saved_views.edit_view, "rename someone else's private view",
     lambda s, v, sc, k: saved_views.edit_view(
         s, v, _view(s, sc.own_views["csm" if k != "csm" else "lead"]), name="Renamed"),
     {**FULL_USE, "admin": "Only the person who made this private view can edit it.",
      **{k: "Only the person who made this private view can edit it."
         for k in ("lead", "csm", "other_team_admin")}}),
    (saved_views.edit_view, "a built-in view",
     lambda s, v, sc, k: saved_views.edit_view(s, v, _view(s, sc.builtin_view), name="Mine"),
     {kind: BUILT_IN for kind in KINDS}),
    (saved_views.save_view_state, "a shared view's columns",
     lambda s, v, sc, k: saved_views.save_view_state(
         s, v, _view(s, sc.shared_view), filters=[], columns=["name"], sort=[]),
     perm5_in_team(SHARED)),
    (saved_views.save_view_state, "the viewer's own view's columns",
     lambda s, v, sc, k: saved_views.save_view_state(
         s, v, _view(s, sc.own_views[k]), filters=[], columns=["name"], sort=[]),
     FULL_USE_IN_TEAM),
    (saved_views.set_default, "a shared view",
     lambda s, v, sc, k: saved_views.set_default(s, v, _view(s, sc.shared_view), "Renewals"),
     perm5_in_team(DEFAULTS)),
    (saved_views.remove_default, "the built-in default view",
     lambda s, v, sc, k: saved_views.remove_default(s, v, _view(s, sc.builtin_view)),
     perm5_in_team(DEFAULTS)),
    (saved_views.delete_view, "the team workspace's built-in view",
     lambda s, v, sc, k: saved_views.delete_view(s, v, _view(s, sc.builtin_view),
                                                 confirmed=True), perm5_in_team(SHARED)),
    (saved_views.delete_view, "a shared view",
     lambda s, v, sc, k: saved_views.delete_view(s, v, _view(s, sc.shared_view),
                                                 confirmed=True), perm5_in_team(SHARED)),
    (saved_views.delete_view, "the viewer's own private view",
     lambda s, v, sc, k: saved_views.delete_view(s, v, _view(s, sc.own_views[k]),
                                                 confirmed=True), FULL_USE_IN_TEAM),
    (tab_settings.update_tab_settings, "the viewer's workspace's Services tab", _tab, PERM4_OWN),
    (workspace.update_customer_settings, "the team workspace's customer settings",
     lambda s, v, sc, k: workspace.update_customer_settings(
         s, v, _ws(s, sc), customer_object_id=sc.companies, csm_property_id=sc.csm_property,
         renewal_property_id=None), WORKSPACE_SETTINGS_IN_TEAM),
    (OS.create_object, "a custom object",
     lambda s, v, sc, k: OS.create_object(s, v, "Plan", "Plans"), ACCOUNT_SETTINGS),
    (OS.rename_object, "a custom object",
     lambda s, v, sc, k: OS.rename_object(s, v, _custom(s, sc).id, "Offer", "Offers"),
     ACCOUNT_SETTINGS),
    (OS.archive_object, "a custom object",
     lambda s, v, sc, k: OS.archive_object(s, v, _custom(s, sc).id), ACCOUNT_SETTINGS),
    (OS.add_property, "a companies' property",
     lambda s, v, sc, k: OS.add_property(s, v, sc.companies, "Plan", PropertyType.TEXT),
     ACCOUNT_SETTINGS),
    (OS.rename_property, "a property",
     lambda s, v, sc, k: OS.rename_property(s, v, _prop(s, sc).id, "Level"), ACCOUNT_SETTINGS),
    (OS.reorder_properties, "an object's properties",
     lambda s, v, sc, k: OS.reorder_properties(
         s, v, sc.companies, [p.id for p in reversed(OS.properties(s, sc.companies))]),
     ACCOUNT_SETTINGS),
    (OS.archive_property, "a property",
     lambda s, v, sc, k: OS.archive_property(s, v, _prop(s, sc).id), ACCOUNT_SETTINGS),
    (OS.restore_property, "a property",
     lambda s, v, sc, k: OS.restore_property(s, v, _prop(s, sc).id), ACCOUNT_SETTINGS),
    (OS.add_option, "a choice option",
     lambda s, v, sc, k: OS.add_option(s, v, _prop(s, sc).id, "C"), ACCOUNT_SETTINGS),
    (OS.rename_option, "a choice option",
     lambda s, v, sc, k: OS.rename_option(s, v, _options(s, sc)[0], "Z"), ACCOUNT_SETTINGS),
    (OS.reorder_options, "a choice's options",
     lambda s, v, sc, k: OS.reorder_options(
         s, v, (p := _prop(s, sc)).id, [o.id for o in reversed(OS.options(s, p.id))]),
     ACCOUNT_SETTINGS),
    (OS.archive_option, "a choice option",
     lambda s, v, sc, k: OS.archive_option(s, v, _options(s, sc)[0]), ACCOUNT_SETTINGS),
    (PS.add_pipeline, "a deals pipeline",
     lambda s, v, sc, k: PS.add_pipeline(s, v, _key(s, "deals"), "Upsell"), ACCOUNT_SETTINGS),
    (PS.rename_pipeline, "a pipeline",
     lambda s, v, sc, k: PS.rename_pipeline(s, v, _pipeline(s, sc).id, "Main"), ACCOUNT_SETTINGS),
    (PS.reorder_pipelines, "an object's pipelines",
     lambda s, v, sc, k: PS.reorder_pipelines(s, v, (p := _pipeline(s, sc)).object_type_id,
                                             [p.id]), ACCOUNT_SETTINGS),
    (PS.archive_pipeline, "an empty pipeline",
     lambda s, v, sc, k: PS.archive_pipeline(s, v, _spare_pipeline(s, sc)), ACCOUNT_SETTINGS),
    (PS.add_stage, "a stage",
     lambda s, v, sc, k: PS.add_stage(s, v, _pipeline(s, sc).id, "Paused"), ACCOUNT_SETTINGS),
    (PS.rename_stage, "a stage",
     lambda s, v, sc, k: PS.rename_stage(s, v, _stages(s, sc)[0], "Fresh"), ACCOUNT_SETTINGS),
    (PS.set_stage_closed, "a stage",
     lambda s, v, sc, k: PS.set_stage_closed(s, v, _stages(s, sc)[0], True), ACCOUNT_SETTINGS),
    (PS.reorder_stages, "a pipeline's stages",
     lambda s, v, sc, k: PS.reorder_stages(s, v, (p := _pipeline(s, sc)).id, list(reversed(
         list(s.scalars(select(Stage.id).where(Stage.pipeline_id == p.id)))))),
     ACCOUNT_SETTINGS),
    (PS.archive_stage, "an empty stage",
     lambda s, v, sc, k: PS.archive_stage(s, v, _stages(s, sc)[0]), ACCOUNT_SETTINGS),
    (PS.set_required_properties, "a stage's required properties",
     lambda s, v, sc, k: PS.set_required_properties(s, v, sc.next_stage, [
         not_none(s.scalar(select(PropertyDefinition.id).where(
             PropertyDefinition.key == "next_step")))]), ACCOUNT_SETTINGS),
    (tab_settings.update_object_choices, "the team workspace's service and revenue objects",
     lambda s, v, sc, k: tab_settings.update_object_choices(
         s, v, _ws(s, sc), service_object_id=_key(s, "services"),
         revenue_object_ids=[_key(s, "deals")]), WORKSPACE_SETTINGS_IN_TEAM),
    (tab_settings.update_object_properties, "the services' CSM property",
     lambda s, v, sc, k: tab_settings.update_object_properties(
         s, v, ViewTab.SERVICES, _key(s, "services"), csm_property_id=None,
         renewal_property_id=None), PERM4_OWN),
    (TW.create_team_workspace, "a team workspace",
     lambda s, v, sc, k: TW.create_team_workspace(s, v, "Growth"), ACCOUNT_SETTINGS),
    (TW.update_team_workspace, "the Onboarding workspace",
     lambda s, v, sc, k: TW.update_team_workspace(
         s, v, sc.team_ws, name="Onboarding", description="First 90 days",
         team_ids=[_onboarding_team(s)]), ACCOUNT_SETTINGS),
    (TW.delete_team_workspace, "the Onboarding workspace, ticked",
     lambda s, v, sc, k: TW.delete_team_workspace(s, v, sc.team_ws, confirmed=True),
     ACCOUNT_SETTINGS),
    (health.create_profile, "a health profile",
     lambda s, v, sc, k: health.create_profile(s, v, _health_draft()), HEALTH),
    (health.save_profile, "a health profile",
     lambda s, v, sc, k: health.save_profile(s, v, _health(s, sc), _health_draft()), HEALTH),
    (health.publish, "a draft health profile",
     lambda s, v, sc, k: health.publish(s, v, _health(s, sc)), HEALTH),
    (health.unpublish, "the only live health profile",
     lambda s, v, sc, k: health.unpublish(s, v, _health(s, sc, live=True)), HEALTH),
    (health.clone, "a live health profile",
     lambda s, v, sc, k: health.clone(s, v, _health(s, sc, live=True)), HEALTH),
    (health.edit_live, "a live health profile",
     lambda s, v, sc, k: health.edit_live(s, v, _health(s, sc, live=True)), HEALTH),
    (health.delete_profile, "a draft health profile",
     lambda s, v, sc, k: health.delete_profile(s, v, _health(s, sc)), HEALTH),
    (health.set_default, "a live health profile",
     lambda s, v, sc, k: health.set_default(s, v, _health(s, sc, live=True)), HEALTH),
]  # fmt: skip

# Tend's own work: no user acts, so no viewer (ChangeBatch.system, SystemWork); and the
# whole demo generator, which writes a side file before anyone uses it.
DEMO = "app.domain.demo."
SYSTEM = {
    "app.domain.workspace.setup_empty_workspace": "first start, before anyone signs in",
    "app.domain.workspace.configure_pipelines": "part of setting up a workspace",
    "app.domain.saved_views.ensure_builtin_views": "Tend makes the built-in views",
    "app.domain.catalog.create_object": "the standard and demo objects",
    "app.domain.catalog.create_pipeline": "the standard and demo pipelines",
    "app.domain.catalog.install_standard_objects": "the standard objects at setup",
    "app.domain.catalog.install_derived_properties": "the derived properties at setup",
    # A team server's administration runs as PostgreSQL logins, not as a viewer: the
    # database owner sets it up; only a super admin's login adds users (`_super_admin`),
    # and no other login may write a table at all (roles.py).
    "app.domain.sync.team.init_server": "a team server set up by its owner's login",
    "app.domain.sync.team.add_user": "a team server's super admin login adds a person",
}

CELLS = [
    pytest.param(fn, call, kind, want[kind], id=f"{fn.__name__}-{what}-{kind}")
    for fn, what, call, want in MATRIX
    for kind in KINDS
]


@pytest.mark.parametrize(("fn", "call", "kind", "reason"), CELLS)
def test_the_rule_holds_where_data_is_written(scene, fn, call, kind, reason):
    with scene.db.session() as s:
        viewer = viewer_of(s.get(User, scene.users[kind]))
        try:
            if reason is None:
                call(s, viewer, scene, kind)
            else:
                with pytest.raises(PermissionDenied) as refused:
                    call(s, viewer, scene, kind)
                assert refused.value.reason == reason
        finally:
            s.rollback()


# ---- the matrix stays complete ----------------------------------------------------------

DOMAIN = Path(__file__).resolve().parents[2] / "app" / "domain"
PRIMITIVES = {"add", "set_fields", "stamp", "tombstone", "restore", "add_many", "set_many"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(DOMAIN.parents[1]).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _calls(
    tree: ast.Module, module: str
) -> tuple[dict[str, set[str]], dict[str, bool], dict[str, bool]]:
    """Per top-level function of a module: what it calls (qualified names where the import
    says), whether it writes itself (a ChangeBatch, the writer, a raw ORM add), and whether
    it makes a system batch."""
    imported: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                imported[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    calls: dict[str, set[str]] = {}
    writes: dict[str, bool] = {}
    system: dict[str, bool] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        name = f"{module}.{node.name}"
        calls[name], writes[name], system[name] = set(), False, False
        for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
            target = call.func
            if isinstance(target, ast.Name):
                calls[name].add(imported.get(target.id, f"{module}.{target.id}"))
                writes[name] |= target.id == "ChangeBatch"
            elif isinstance(target, ast.Attribute):
                owner = target.value.id if isinstance(target.value, ast.Name) else ""
                qualified = imported.get(owner, "")
                if qualified:
                    calls[name].add(f"{qualified}.{target.attr}")
                writes[name] |= qualified == "app.domain.writer" and target.attr in PRIMITIVES
                writes[name] |= owner == "session" and target.attr in ("add", "add_all")
                system[name] |= owner == "ChangeBatch" and target.attr == "system"
                writes[name] |= system[name]
    return calls, writes, system


def _walk() -> tuple[set[str], set[str]]:
    """The public writing functions of app/domain (directly or through the functions they
    call), and the functions that make system batches."""
    calls: dict[str, set[str]] = {}
    writes: dict[str, bool] = {}
    system: set[str] = set()
    for path in sorted(DOMAIN.rglob("*.py")):
        if path.name in ("writer.py", "history.py") and path.parent == DOMAIN:
            continue  # the write path itself
        module = _module_name(path)
        found_calls, found_writes, found_system = _calls(ast.parse(path.read_text()), module)
        calls |= found_calls
        writes |= found_writes
        system |= {name for name, made in found_system.items() if made}
    writing = {name for name, wrote in writes.items() if wrote}
    grown = True
    while grown:
        more = {name for name, called in calls.items() if called & writing} - writing
        writing |= more
        grown = bool(more)
    public = {name for name in writing if not name.rsplit(".", 1)[1].startswith("_")}
    return public, system


# Writes to this file's own facts or the signed-in user (local mode: whoever holds the file
# is trusted, docs/decisions.md), not to shared data.
LOCAL = {
    "app.domain.replica.set_fact": "this file's own facts",
    "app.domain.workspace.set_signed_in": "who is signed in on this laptop",
    "app.domain.workspace.default_viewer": "who is signed in on this laptop",
    "app.domain.replica.bump": "this file's own facts (its client sequence)",
    "app.domain.sync.outbox.stamp_for": "this file's own facts (its clock)",
    "app.domain.sync.outbox.next_seqs": "this file's own facts (its client sequence)",
    # Sync moves changes already made between the replica and the server: the server's
    # push function checks each against its author's permissions (docs/sync.md).
    "app.domain.sync.push.push_once": "sync: the outbox sent, checked by tend_push",
    "app.domain.sync.push.renumber": "sync: this file's client id and sequence",
    "app.domain.sync.pull.pull_once": "sync: the team's changes, already checked",
    "app.domain.sync.run.sync_once": "sync: push then pull",
    "app.domain.sync.apply.write_rows": "sync: the team's rows, already checked",
    "app.domain.sync.apply.restore_from_server": "sync: a refused change undone",
    "app.domain.sync.team.download_replica": "joining: the team's rows into a new file",
}


def test_the_matrix_lists_every_writing_function():
    found, _system = _walk()
    in_matrix = {f"{fn.__module__}.{fn.__name__}" for fn, *_ in MATRIX}
    found = {name for name in found if not name.startswith(DEMO)}
    assert found - in_matrix - set(SYSTEM) - set(LOCAL) == set(), "add them to MATRIX"
    assert in_matrix <= found, "the walk must find what the matrix lists"


def test_every_user_action_takes_the_acting_viewer():
    for fn in {fn for fn, *_ in MATRIX}:
        first, second, *_ = inspect.signature(fn).parameters
        assert (first, second) in (("session", "viewer"), ("db", "viewer")), fn.__name__


def test_only_tends_own_work_makes_changes_by_no_one():
    _found, system = _walk()
    helpers = {"app.domain.catalog._system"}  # the catalogue's batch, for its three functions
    assert {name for name in system if not name.startswith(DEMO)} <= set(SYSTEM) | helpers
    with pytest.raises(TypeError):
        ChangeBatch(None, None, ChangeSource.SYSTEM)  # type: ignore[arg-type]


# ---- the tried cases of issue 11 item 5 ---------------------------------------------------


def test_a_system_source_write_needs_an_actor(scene):
    with scene.db.session() as s:
        try:
            with pytest.raises(TypeError):
                ChangeBatch(s, None, ChangeSource.SYSTEM)  # type: ignore[arg-type]
            with pytest.raises(PermissionDenied):
                records.create_record(
                    s, None, s.get(ObjectType, scene.companies),  # type: ignore[arg-type]
                    {"name": "Ghost"}, source=ChangeSource.SYSTEM,
                )  # fmt: skip
        finally:
            s.rollback()


def test_preferences_are_written_for_the_acting_viewer_only(scene):
    with scene.db.session() as s:
        try:
            csm = viewer_of(s.get(User, scene.users["csm"]))
            with pytest.raises(TypeError):  # a bare id is not a viewer
                preferences.set_preference(s, scene.users["lead"], "layout:x", "table")
            with pytest.raises(TypeError):
                card_order.arrange(s, scene.users["lead"], scene.first_stage, [])
            preferences.set_preference(s, csm, "layout:x", "table")
            card_order.arrange(s, csm, scene.first_stage, [scene.deal])
            owners = set(s.scalars(select(UserPreference.user_id)))
            assert owners == {scene.users["csm"]}
        finally:
            s.rollback()


def test_a_main_workspace_csm_neither_lists_nor_creates_views_of_a_team_workspace(scene):
    with scene.db.session() as s:
        try:
            stranger = User(name="Mo Main", email="mo@example.com", has_service_seat=True)
            writer.add(ChangeBatch(s, scene.users["admin"]), stranger)
            s.flush()
            assert workspace.workspace_for(s, stranger).is_main
            with pytest.raises(PermissionDenied) as refused:
                saved_views.visible_views(s, stranger, _ws(s, scene), ViewTab.CUSTOMERS)
            assert refused.value.reason == NOT_IN
            with pytest.raises(PermissionDenied) as refused:
                saved_views.create_view(s, stranger, _ws(s, scene), ViewTab.CUSTOMERS, "Mine")
            assert refused.value.reason == NOT_IN
            # the team's own CSM lists them
            csm = viewer_of(s.get(User, scene.users["csm"]))
            names = {v.name for v in saved_views.visible_views(s, csm, _ws(s, scene),
                                                               ViewTab.CUSTOMERS)}  # fmt: skip
            assert {"Renewals", "Mine (csm)"} <= names
        finally:
            s.rollback()


def test_a_member_of_another_team_belongs_to_that_teams_workspace_too(scene):
    with scene.db.session() as s:
        try:
            otto = s.get(User, scene.users["other_team_admin"])
            onboarding = s.scalars(select(Team).where(Team.name == "Onboarding")).one()
            writer.add(
                ChangeBatch(s, scene.users["admin"]),
                TeamMembership(user_id=scene.users["other_team_admin"], team_id=onboarding.id),
            )
            s.flush()
            saved_views.delete_view(s, viewer_of(otto), _view(s, scene.builtin_view),
                                    confirmed=True)  # fmt: skip
        finally:
            s.rollback()
