"""The demo's people, teams, objects, pipelines and workspaces (ORM: small)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.catalog import (
    ObjectSpec,
    PipelineSpec,
    PropertySpec,
    _activity,
    _created,
    create_object,
    create_pipeline,
    install_standard_objects,
)
from app.domain.demo.writer import IdMaker
from app.domain.history import ChangeBatch, SystemWork
from app.domain.saved_views import ensure_builtin_views
from app.domain.workspace import configure_pipelines, set_signed_in
from app.store import (
    ObjectType,
    Pipeline,
    PropertyDefinition,
    PropertyType,
    Stage,
    Team,
    TeamMembership,
    User,
    Workspace,
)

T = PropertyType

SUBSCRIPTIONS = ObjectSpec(
    "subscriptions",
    "Subscription",
    "Subscriptions",
    (
        PropertySpec("name", "Subscription name", T.TEXT, "name", required=True),
        PropertySpec("owner", "Subscription owner", T.USER, "owner_id"),
        PropertySpec("arr", "ARR", T.CURRENCY, "amount_minor", currency="USD"),
        PropertySpec("end_date", "End date", T.DATE, "renewal_date"),
        PropertySpec(
            "plan", "Plan", T.CHOICE, options=("Starter", "Growth", "Scale", "Enterprise")
        ),
        PropertySpec("seats", "Seats", T.NUMBER),
        PropertySpec("auto_renew", "Auto-renew", T.CHECKBOX),
        PropertySpec(
            "churn_reason",
            "Churn reason",
            T.CHOICE,
            options=("Price", "Missing features", "Switched vendor", "Business closed"),
        ),
        _created(),
        _activity(),
    ),
    has_pipelines=True,
    is_custom=True,
)

DEMO_PIPELINES = (
    PipelineSpec(
        "deals",
        "Expansion",
        ("Discovery", "Proposal", "Closed won", "Closed lost"),
        closed=("Closed won", "Closed lost"),
        requires={"Closed won": ("amount", "close_date"), "Closed lost": ("lost_reason",)},
        probabilities=(20, 60, 100, 0),
    ),
    PipelineSpec(
        "subscriptions",
        "Subscription lifecycle",
        ("Trial", "Active", "At risk", "Renewing", "Churned"),
        closed=("Churned",),
        requires={"Churned": ("churn_reason",)},
    ),
)

# name, e-mail, zone, locale, team, super admin, seat, manage CS settings, other teams
PEOPLE = (
    (
        "Avery Stone",
        "avery.stone",
        "America/New_York",
        "en_US",
        "Enterprise CS",
        True,
        True,
        True,
        ("Mid-Market CS",),
    ),
    (
        "Jordan Blake",
        "jordan.blake",
        "Europe/London",
        "en_US",
        "Enterprise CS",
        True,
        False,
        False,
        (),
    ),
    (
        "Priya Raman",
        "priya.raman",
        "America/New_York",
        "en_US",
        "Enterprise CS",
        False,
        True,
        True,
        (),
    ),
    (
        "Marcus Chen",
        "marcus.chen",
        "America/Los_Angeles",
        "zh_CN",
        "Enterprise CS",
        False,
        True,
        False,
        (),
    ),
    (
        "Tomasz Nowak",
        "tomasz.nowak",
        "Europe/Warsaw",
        "pl_PL",
        "Mid-Market CS",
        False,
        True,
        True,
        (),
    ),
    (
        "Sofia Alvarez",
        "sofia.alvarez",
        "Europe/Madrid",
        "es_ES",
        "Mid-Market CS",
        False,
        True,
        False,
        (),
    ),
    ("Aiko Tanaka", "aiko.tanaka", "Asia/Tokyo", "en_US", "Onboarding", False, True, False, ()),
    (
        "Lucas Oliveira",
        "lucas.oliveira",
        "America/Sao_Paulo",
        "pt_BR",
        "Onboarding",
        False,
        True,
        False,
        (),
    ),
)
TEAMS = ("Enterprise CS", "Mid-Market CS", "Onboarding")


@dataclass
class Person:
    """What the bulk phases need of a demo user."""

    id: uuid.UUID
    name: str
    time_zone: str
    seated: bool


@dataclass
class Catalog:
    """Ids the bulk phases need: objects, properties by key, pipelines and their stages."""

    objects: dict[str, uuid.UUID]
    # (object key) -> {property key: (column or None, type)}
    properties: dict[str, dict[str, tuple[str | None, PropertyType]]]
    # (object key) -> [(pipeline id, name, [(stage id, stage name, required keys)])]
    pipelines: dict[str, list[tuple[uuid.UUID, str, list[tuple[uuid.UUID, str]]]]] = field(
        default_factory=dict
    )


def create_people(session: Session, ids: IdMaker, now: dt.datetime) -> list[Person]:
    """Eight users in three teams, the head of CS signed in (she is the first)."""
    since = now - dt.timedelta(days=800)
    teams = {name: Team(id=ids.at(since), name=name, created_at=since) for name in TEAMS}
    session.add_all(teams.values())
    session.flush()
    people = []
    memberships = []
    for name, mail, zone, locale, team, admin, seat, manage, others in PEOPLE:
        user = User(
            id=ids.at(since),
            name=name,
            email=f"{mail}@tend-demo.com",
            time_zone=zone,
            locale=locale,
            primary_team_id=teams[team].id,
            is_super_admin=admin,
            has_workspace_access=True,
            can_manage_cs_settings=manage,
            has_service_seat=seat,
            created_at=since,
        )
        session.add(user)
        memberships += [(user.id, teams[t].id) for t in (team, *others)]
        people.append(Person(user.id, name, zone, seat))
    session.flush()  # users before their memberships (no ORM relationship orders them)
    for user_id, team_id in memberships:
        session.add(
            TeamMembership(id=ids.at(since), user_id=user_id, team_id=team_id, created_at=since)
        )
    session.flush()
    set_signed_in(session, session.get(User, people[0].id))  # type: ignore[arg-type]
    return people


def create_catalog(session: Session) -> Catalog:
    """Standard objects, Subscriptions, extra pipelines; main and Onboarding workspaces."""
    batch = ChangeBatch.system(session, SystemWork.DEMO)
    objects = install_standard_objects(session, batch)
    objects["subscriptions"] = create_object(session, SUBSCRIPTIONS, len(objects), batch)
    for i, spec in enumerate(DEMO_PIPELINES):
        create_pipeline(session, spec, 10 + i, batch)
    companies = objects["companies"]

    def prop(key: str) -> uuid.UUID:
        return session.scalars(
            select(PropertyDefinition.id).where(
                PropertyDefinition.object_type_id == companies.id, PropertyDefinition.key == key
            )
        ).one()

    onboarding_team = session.scalars(select(Team).where(Team.name == "Onboarding")).one()
    for name, main, description in (
        ("Customer Success", True, ""),
        ("Onboarding", False, "The onboarding team's services and first-90-days customers."),
    ):
        ws = Workspace(
            name=name,
            is_main=main,
            description=description,
            position=0 if main else 1,
            customer_object_id=companies.id,
            csm_property_id=prop("csm_owner"),
            renewal_property_id=prop("renewal_date"),
            services_default_layout="board",
        )
        session.add(ws)
        session.flush()
        configure_pipelines(
            session, ws, objects["services"], [objects["deals"], objects["subscriptions"]], batch
        )
        ensure_builtin_views(session, ws, batch=batch)
        if not main:
            onboarding_team.workspace_id = ws.id
    session.flush()
    return _read_catalog(session)


def _read_catalog(session: Session) -> Catalog:
    objects = {o.key: o.id for o in session.scalars(select(ObjectType))}
    properties: dict[str, dict[str, tuple[str | None, PropertyType]]] = {}
    key_of = {v: k for k, v in objects.items()}
    for p in session.scalars(select(PropertyDefinition)):
        properties.setdefault(key_of[p.object_type_id], {})[p.key] = (p.column, p.type)
    catalog = Catalog(objects, properties)
    for pipe in session.scalars(select(Pipeline).order_by(Pipeline.position)):
        stages = session.scalars(
            select(Stage).where(Stage.pipeline_id == pipe.id).order_by(Stage.position)
        ).all()
        catalog.pipelines.setdefault(key_of[pipe.object_type_id], []).append(
            (pipe.id, pipe.name, [(s.id, s.name) for s in stages])
        )
    return catalog
