"""Every kind of entity survives a write and a read in a new session, on both backends."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError

from app.store import (
    ActivityKind,
    ActivityLink,
    Alert,
    Association,
    Call,
    Change,
    ChangeOp,
    Conflict,
    Dashboard,
    DashboardReport,
    Email,
    FeedEvent,
    FeedEventKind,
    Follow,
    GroupKind,
    HealthCategory,
    HealthGroup,
    HealthProfile,
    HealthProfileSegment,
    HealthRule,
    HealthScore,
    HealthScoreHistory,
    Meeting,
    MeetingAttendee,
    Note,
    ObjectType,
    Pipeline,
    PropertyDefinition,
    PropertyOption,
    PropertyType,
    Record,
    Report,
    SavedView,
    Sharing,
    Stage,
    StageRequiredProperty,
    SummaryReport,
    Task,
    TaskPriority,
    Team,
    TeamMembership,
    User,
    ViewTab,
    Workspace,
    WorkspaceDashboard,
    WorkspaceDashboardTeam,
    WorkspacePipeline,
    WorkspaceRevenueObject,
    new_id,
)

WHEN = dt.datetime(2026, 3, 11, 9, 30, 15, 123456, tzinfo=dt.UTC)


def _build(session) -> dict[str, object]:
    """One of everything, linked the way the product links them."""
    team = Team(name="Enterprise CS")
    session.add(team)
    session.flush()
    user = User(
        name="Ada Admin", email="ada@example.com", time_zone="Europe/Warsaw", locale="pl_PL",
        primary_team_id=team.id, is_super_admin=True, has_service_seat=True,
    )  # fmt: skip
    session.add(user)
    session.flush()
    companies = ObjectType(key="companies", singular="Company", plural="Companies")
    deals = ObjectType(key="deals", singular="Deal", plural="Deals", has_pipelines=True)
    session.add_all([companies, deals, TeamMembership(user_id=user.id, team_id=team.id)])
    session.flush()
    tier = PropertyDefinition(
        object_type_id=companies.id, key="tier", label="Tier", type=PropertyType.CHOICE
    )
    csm = PropertyDefinition(
        object_type_id=companies.id, key="csm_owner", label="CSM owner",
        type=PropertyType.USER, column="owner_id",
    )  # fmt: skip
    session.add_all([tier, csm])
    session.flush()
    pipeline = Pipeline(object_type_id=deals.id, name="Renewals")
    session.add_all([PropertyOption(property_id=tier.id, value="SMB", label="SMB"), pipeline])
    session.flush()
    stage = Stage(pipeline_id=pipeline.id, name="Closed won", is_closed=True, probability=100)
    session.add(stage)
    session.flush()
    workspace = Workspace(
        name="Customer Success", is_main=True, customer_object_id=companies.id,
        csm_property_id=csm.id, services_default_layout="table",
    )  # fmt: skip
    session.add_all([workspace, StageRequiredProperty(stage_id=stage.id, property_id=tier.id)])
    session.flush()
    team.workspace_id = workspace.id
    company = Record(
        object_type_id=companies.id, name="Acme Ünïcode", search_key="acme.com", owner_id=user.id,
        amount_minor=9_007_199_254_740_993, currency="USD", renewal_date=dt.date(2027, 2, 28),
        last_activity_at=WHEN,
        props={"tier": "SMB", "nps": 9, "products": ["Core", "Analytics"], "strategic": True},
    )  # fmt: skip
    deal = Record(
        object_type_id=deals.id, name="Acme renewal", pipeline_id=pipeline.id, stage_id=stage.id
    )
    session.add_all([company, deal])
    session.flush()
    task = Task(title="Prepare QBR", due_at=WHEN, assignee_id=user.id, priority=TaskPriority.HIGH)
    meeting = Meeting(
        title="QBR", start_at=WHEN, end_at=WHEN + dt.timedelta(hours=1),
        time_zone="America/New_York", link="https://meet.example.com/x", organizer_id=user.id,
    )  # fmt: skip
    note = Note(body="Met the champion.", author_id=user.id, at=WHEN)
    call = Call(title="Check-in", duration_s=1200, user_id=user.id, at=WHEN)
    email = Email(subject="Renewal", to_addresses="a@acme.com", user_id=user.id, at=WHEN)
    session.add_all([task, meeting, note, call, email])
    session.flush()
    profile = HealthProfile(workspace_id=workspace.id, name="Standard", is_default=True)
    view = SavedView(
        workspace_id=workspace.id, tab=ViewTab.CUSTOMERS, object_type_id=companies.id,
        name="Big SMBs", owner_id=user.id, sharing=Sharing.EVERYONE, is_default=True,
        description="SMBs over 100k", filters=[[{"property": "tier", "op": "is", "value": "SMB"}]],
        columns=["name", "tier"], sort=[["name", "asc"]], column_widths={"name": 240},
    )  # fmt: skip
    report = Report(name="By tier", object_type_id=companies.id, config={"group_by": "tier"})
    dashboard = Dashboard(name="Leadership", owner_id=user.id)
    session.add_all([profile, view, report, dashboard])
    session.flush()
    group = HealthGroup(profile_id=profile.id, name="Fit", kind=GroupKind.PROPERTY, max_points=40)
    wdash = WorkspaceDashboard(workspace_id=workspace.id, dashboard_id=dashboard.id)
    session.add_all([group, wdash])
    session.flush()
    rows = [
        WorkspacePipeline(workspace_id=workspace.id, pipeline_id=pipeline.id),
        WorkspaceRevenueObject(workspace_id=workspace.id, object_type_id=deals.id),
        Association(from_record_id=deal.id, to_record_id=company.id, is_primary=True),
        Follow(user_id=user.id, record_id=company.id),
        Change(
            entity="records", row_id=company.id, op=ChangeOp.SET, field="tier", old_value=None,
            new_value="SMB", user_id=user.id, at=WHEN, batch_id=new_id(),
        ),
        Conflict(
            entity="records", row_id=company.id, field="tier", losing_value="Enterprise",
            winning_value="SMB",
        ),
        MeetingAttendee(meeting_id=meeting.id, contact_id=None, email="a@acme.com", name="Ann"),
        ActivityLink(
            kind=ActivityKind.MEETING, activity_id=meeting.id, record_id=company.id, at=WHEN
        ),
        FeedEvent(
            kind=FeedEventKind.EMAIL_OPENED, contact_id=company.id, company_id=company.id,
            at=WHEN, title="Opened “Renewal”",
        ),
        HealthRule(group_id=group.id, config={"conditions": [], "points": 10}),
        HealthProfileSegment(profile_id=profile.id, view_id=view.id),
        HealthScore(
            record_id=company.id, profile_id=profile.id, score=72,
            category=HealthCategory.HEALTHY, computed_at=WHEN, breakdown={"Fit": 30},
        ),
        HealthScoreHistory(
            record_id=company.id, profile_id=profile.id, score=72,
            category=HealthCategory.HEALTHY, at=WHEN, reason="NPS 9",
        ),
        Alert(
            record_id=company.id, user_id=user.id, new_category=HealthCategory.AT_RISK,
            old_category=HealthCategory.NEUTRAL, raised_at=WHEN,
            expires_at=WHEN + dt.timedelta(days=14),
        ),
        SummaryReport(user_id=user.id, report_id=report.id),
        DashboardReport(dashboard_id=dashboard.id, report_id=report.id, width=2),
        WorkspaceDashboardTeam(workspace_dashboard_id=wdash.id, team_id=team.id),
    ]  # fmt: skip
    session.add_all(rows)
    session.flush()
    return {"company": company.id, "user": user.id, "task": task.id, "view": view.id}


def test_everything_round_trips(any_db):
    with any_db.session() as session, session.begin():
        ids = _build(session)
    with any_db.session() as session:
        company = session.get(Record, ids["company"])
        assert company.name == "Acme Ünïcode"
        assert company.amount_minor == 9_007_199_254_740_993
        assert company.renewal_date == dt.date(2027, 2, 28)
        assert company.last_activity_at == WHEN
        assert company.last_activity_at.tzinfo is not None
        assert company.props == {
            "tier": "SMB", "nps": 9, "products": ["Core", "Analytics"], "strategic": True
        }  # fmt: skip
        assert company.created_at.tzinfo is not None and company.deleted_at is None
        assert isinstance(company.id, uuid.UUID) and company.id.version == 7
        task = session.get(Task, ids["task"])
        assert (task.due_at, task.priority, task.status) == (WHEN, "high", "open")
        view = session.get(SavedView, ids["view"])
        assert view.filters == [[{"property": "tier", "op": "is", "value": "SMB"}]]
        assert (view.sharing, view.sort, view.column_widths) == (
            "everyone",
            [["name", "asc"]],
            {"name": 240},
        )
        user = session.get(User, ids["user"])
        assert session.get(Team, user.primary_team_id).workspace_id is not None
        score = session.scalars(select(HealthScore)).one()
        assert (score.score, score.category, score.breakdown) == (72, "healthy", {"Fit": 30})
        change = session.scalars(select(Change)).one()
        assert (change.old_value, change.new_value, change.at) == (None, "SMB", WHEN)
        assert session.scalars(select(Alert)).one().expires_at == WHEN + dt.timedelta(days=14)
        link = session.scalars(select(ActivityLink)).one()
        assert (link.kind, link.at) == ("meeting", WHEN)
        for model in (
            Association, Follow, Conflict, MeetingAttendee, FeedEvent, HealthRule,
            HealthProfileSegment, HealthScoreHistory, SummaryReport, DashboardReport,
            WorkspaceDashboardTeam, WorkspacePipeline, WorkspaceRevenueObject, Note, Call, Email,
            StageRequiredProperty, PropertyOption, TeamMembership,
        ):  # fmt: skip
            assert session.scalars(select(model)).one() is not None, model.__name__


def test_a_tombstoned_record_keeps_its_data(any_db):
    with any_db.session() as session, session.begin():
        ids = _build(session)
        session.get(Record, ids["company"]).deleted_at = WHEN
    with any_db.session() as session:
        company = session.get(Record, ids["company"])
        assert company.deleted_at == WHEN and company.name == "Acme Ünïcode"


def test_foreign_keys_are_enforced(any_db):
    with any_db.session() as session, session.begin():
        ids = _build(session)
    with pytest.raises(IntegrityError), any_db.session() as session, session.begin():
        company = session.get(Record, ids["company"])
        company.owner_id = uuid.uuid4()  # nobody


def test_naive_datetimes_are_refused(any_db):
    with pytest.raises(StatementError, match="naive datetime"), any_db.session() as session:
        session.add(Note(body="x", at=dt.datetime(2026, 1, 1, 9, 0)))
        session.flush()
