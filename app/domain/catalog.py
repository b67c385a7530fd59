"""The standard objects of OBJ-1 with their properties and starting pipelines.

Both the empty-workspace setup (SET-7) and the demo generator start from this catalogue,
so a property key means the same thing in every Tend database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import writer
from app.domain.history import ChangeBatch, SystemWork
from app.store import (
    ObjectType,
    Pipeline,
    PropertyDefinition,
    PropertyOption,
    PropertyType,
    Stage,
    StageRequiredProperty,
    new_id,
)

T = PropertyType


@dataclass(frozen=True)
class PropertySpec:
    """A property to create: key, label, type, promoted column, options, flags."""

    key: str
    label: str
    type: PropertyType
    column: str | None = None
    options: tuple[str, ...] = ()
    required: bool = False
    read_only: bool = False
    group: str = "Details"
    currency: str | None = None
    derivation: dict[str, Any] | None = None
    option_labels: tuple[str, ...] = ()  # labels when they differ from the stored values


@dataclass(frozen=True)
class ObjectSpec:
    """An object type to create with its properties."""

    key: str
    singular: str
    plural: str
    properties: tuple[PropertySpec, ...] = ()
    has_pipelines: bool = False
    is_custom: bool = False


@dataclass(frozen=True)
class PipelineSpec:
    """A pipeline: stage names in order, closed stages, and properties a stage requires."""

    object_key: str
    name: str
    stages: tuple[str, ...]
    closed: tuple[str, ...] = ()
    requires: dict[str, tuple[str, ...]] = field(default_factory=dict)
    probabilities: tuple[int, ...] = ()


def _created() -> PropertySpec:
    return PropertySpec("create_date", "Create date", T.DATETIME, "created_at", read_only=True)


def _activity() -> PropertySpec:
    return PropertySpec(
        "last_activity_date", "Last activity date", T.DATETIME, "last_activity_at", read_only=True
    )


def _derived(
    key: str, label: str, derivation: dict[str, Any], currency: str | None = None
) -> PropertySpec:
    """A read-only value computed from the record's associations (OBJ-2, `associations`)."""
    return PropertySpec(
        key, label, T.DERIVED, read_only=True, group="Associations", currency=currency,
        derivation=derivation,
    )  # fmt: skip


INDUSTRIES = (
    "Software",
    "Financial services",
    "Healthcare",
    "Manufacturing",
    "Retail",
    "Education",
    "Logistics",
    "Media",
    "Energy",
    "Hospitality",
)
PRIORITIES = ("low", "medium", "high")

COMPANIES = ObjectSpec(
    "companies",
    "Company",
    "Companies",
    (
        PropertySpec("name", "Company name", T.TEXT, "name", required=True),
        PropertySpec("domain", "Company domain", T.TEXT, "search_key"),
        PropertySpec("csm_owner", "CSM owner", T.USER, "owner_id", group="Customer success"),
        PropertySpec("company_owner", "Company owner", T.USER),
        PropertySpec("arr", "ARR", T.CURRENCY, "amount_minor", currency="USD", group="Revenue"),
        PropertySpec("renewal_date", "Renewal date", T.DATE, "renewal_date", group="Revenue"),
        PropertySpec("industry", "Industry", T.CHOICE, options=INDUSTRIES),
        PropertySpec("tier", "Tier", T.CHOICE, options=("Enterprise", "Mid-market", "SMB")),
        PropertySpec("priority", "Priority", T.CHOICE, options=PRIORITIES),
        PropertySpec("nps", "NPS", T.NUMBER, group="Customer success"),
        PropertySpec("employees", "Number of employees", T.NUMBER),
        PropertySpec("country", "Country", T.TEXT),
        PropertySpec("city", "City", T.TEXT),
        PropertySpec("phone", "Phone number", T.TEXT),
        PropertySpec(
            "products",
            "Products",
            T.MULTI_CHOICE,
            options=("Core", "Analytics", "Automation", "Integrations", "Premium support"),
        ),
        PropertySpec("strategic", "Strategic account", T.CHECKBOX, group="Customer success"),
        PropertySpec("description", "Description", T.MULTILINE),
        PropertySpec(
            "contact_count",
            "Associated contacts",
            T.DERIVED,
            read_only=True,
            derivation={"count": "contacts"},
            group="Associations",
        ),
        _created(),
        _activity(),
    ),
)

CONTACTS = ObjectSpec(
    "contacts",
    "Contact",
    "Contacts",
    (
        PropertySpec("name", "Full name", T.TEXT, "name", required=True),
        PropertySpec("email", "E-mail", T.TEXT, "search_key"),
        PropertySpec("contact_owner", "Contact owner", T.USER, "owner_id"),
        PropertySpec("job_title", "Job title", T.TEXT),
        PropertySpec("phone", "Phone number", T.TEXT),
        PropertySpec(
            "role",
            "Buying role",
            T.CHOICE,
            options=("Champion", "Decision maker", "Executive sponsor", "End user", "Billing"),
        ),
        PropertySpec("renewal_date", "Renewal date", T.DATE, "renewal_date"),
        _created(),
        _activity(),
    ),
)

SERVICES = ObjectSpec(
    "services",
    "Service",
    "Services",
    (
        PropertySpec("name", "Service name", T.TEXT, "name", required=True),
        PropertySpec("service_owner", "Service owner", T.USER, "owner_id"),
        PropertySpec("value", "Service value", T.CURRENCY, "amount_minor", currency="USD"),
        PropertySpec("target_date", "Target go-live date", T.DATE, "renewal_date"),
        PropertySpec("kickoff_date", "Kickoff date", T.DATE),
        PropertySpec(
            "implementation",
            "Implementation type",
            T.CHOICE,
            options=("Standard", "Guided", "Enterprise"),
        ),
        PropertySpec("go_live_date", "Go-live date", T.DATE),
        PropertySpec("handoff_notes", "Handoff notes", T.MULTILINE),
        _created(),
        _activity(),
    ),
    has_pipelines=True,
)

DEALS = ObjectSpec(
    "deals",
    "Deal",
    "Deals",
    (
        PropertySpec("name", "Deal name", T.TEXT, "name", required=True),
        PropertySpec("deal_owner", "Deal owner", T.USER, "owner_id"),
        PropertySpec("amount", "Amount", T.CURRENCY, "amount_minor", currency="USD"),
        PropertySpec("close_date", "Close date", T.DATE, "renewal_date"),
        PropertySpec("deal_type", "Deal type", T.CHOICE, options=("New", "Renewal", "Expansion")),
        PropertySpec(
            "lost_reason",
            "Closed lost reason",
            T.CHOICE,
            options=("Budget", "Competitor", "No decision", "Product fit", "Timing"),
        ),
        PropertySpec("next_step", "Next step", T.TEXT),
        _created(),
        _activity(),
    ),
    has_pipelines=True,
)

TICKETS = ObjectSpec(
    "tickets",
    "Ticket",
    "Tickets",
    (
        PropertySpec("name", "Ticket name", T.TEXT, "name", required=True),
        PropertySpec("ticket_owner", "Ticket owner", T.USER, "owner_id"),
        PropertySpec("priority", "Priority", T.CHOICE, options=("low", "medium", "high", "urgent")),
        PropertySpec(
            "category",
            "Category",
            T.CHOICE,
            options=("Product issue", "Billing", "Feature request", "How-to"),
        ),
        PropertySpec("description", "Description", T.MULTILINE),
        _created(),
        _activity(),
    ),
    has_pipelines=True,
)

# Association-derived values (OBJ-2, app/domain/associations.py), installed after the
# standard objects (`install_derived_properties`): the demo adds them once its random
# records are made, so a seed still makes the same demo as before they existed.
DERIVED_PROPERTIES: dict[str, tuple[PropertySpec, ...]] = {
    "companies": (
        _derived("open_deal_count", "Open deals", {"count": "deals", "open": True}),
        _derived("open_deal_amount", "Open deal amount", {"sum": "deals", "open": True}, "USD"),
        _derived("open_ticket_count", "Open tickets", {"count": "tickets", "open": True}),
    ),
    "contacts": (
        _derived("company_count", "Associated companies", {"count": "companies"}),
        _derived("open_ticket_count", "Open tickets", {"count": "tickets", "open": True}),
    ),
}

# A customer's health (issue 13, HEALTH-1/2): read-only, promoted columns that
# `app.domain.health.store` fills; installed with the derived values, on the objects that
# can be the customer object.
HEALTH_PROPERTIES = (
    PropertySpec(
        "health_score", "Health score", T.NUMBER, "health_score", read_only=True, group="Health"
    ),
    PropertySpec(
        "health_status", "Health status", T.CHOICE, "health_status", read_only=True,
        group="Health", options=("at_risk", "neutral", "healthy"),
        option_labels=("At risk", "Neutral", "Healthy"),
    ),
)  # fmt: skip
COMPUTED_PROPERTIES: dict[str, tuple[PropertySpec, ...]] = {
    key: (*DERIVED_PROPERTIES.get(key, ()), *HEALTH_PROPERTIES) for key in ("companies", "contacts")
}

# Activities live in their own tables (app.store.activities); their object types exist so
# settings, reports and associations can name them (OBJ-1).
ACTIVITY_OBJECTS = tuple(
    ObjectSpec(key, singular, plural)
    for key, singular, plural in (
        ("tasks", "Task", "Tasks"),
        ("meetings", "Meeting", "Meetings"),
        ("notes", "Note", "Notes"),
        ("calls", "Call", "Calls"),
        ("emails", "E-mail", "E-mails"),
    )
)

STANDARD_OBJECTS = (CONTACTS, COMPANIES, SERVICES, DEALS, TICKETS, *ACTIVITY_OBJECTS)

STANDARD_PIPELINES = (
    PipelineSpec(
        "services",
        "Onboarding",
        ("Kickoff", "Technical setup", "Training", "Go-live", "Completed"),
        closed=("Completed",),
        requires={"Go-live": ("go_live_date",), "Completed": ("handoff_notes",)},
    ),
    PipelineSpec(
        "deals",
        "Renewals",
        ("Renewal upcoming", "Proposal sent", "Negotiation", "Closed won", "Closed lost"),
        closed=("Closed won", "Closed lost"),
        requires={"Closed won": ("amount", "close_date"), "Closed lost": ("lost_reason",)},
        probabilities=(20, 50, 75, 100, 0),
    ),
    PipelineSpec(
        "tickets",
        "Support",
        ("New", "Waiting on contact", "Waiting on us", "Closed"),
        closed=("Closed",),
    ),
)


def _system(session: Session, batch: ChangeBatch | None) -> ChangeBatch:
    """The setup's batch, or Tend's own (a system change) when there is none."""
    return batch or ChangeBatch.system(session, SystemWork.CATALOG)


def create_object(
    session: Session, spec: ObjectSpec, position: int = 0, batch: ChangeBatch | None = None
) -> ObjectType:
    """Create an object type with its properties and options."""
    batch = _system(session, batch)
    obj = ObjectType(
        id=new_id(),
        key=spec.key,
        singular=spec.singular,
        plural=spec.plural,
        is_custom=spec.is_custom,
        has_pipelines=spec.has_pipelines,
        position=position,
    )
    writer.add(batch, obj)
    for i, p in enumerate(spec.properties):
        _add_property(batch, obj, p, i)
    session.flush()
    return obj


def _add_property(batch: ChangeBatch, obj: ObjectType, p: PropertySpec, position: int) -> None:
    prop = PropertyDefinition(
        id=new_id(),
        object_type_id=obj.id,
        key=p.key,
        label=p.label,
        type=p.type,
        column=p.column,
        group_name=p.group,
        currency=p.currency,
        is_required=p.required,
        is_read_only=p.read_only,
        derivation=p.derivation,
        position=position,
    )
    writer.add(batch, prop)
    labels = p.option_labels or p.options
    for j, (option, label) in enumerate(zip(p.options, labels, strict=True)):
        writer.add(
            batch, PropertyOption(property_id=prop.id, value=option, label=label, position=j)
        )


def derived_properties_missing(session: Session) -> bool:
    """Whether a standard object lacks one of its association-derived or health
    properties (a file set up before they existed): one read, so an up-to-date file opens
    without a write."""
    wanted = {(key, spec.key) for key, specs in COMPUTED_PROPERTIES.items() for spec in specs}
    rows = session.execute(
        select(ObjectType.key, PropertyDefinition.key)
        .outerjoin(PropertyDefinition, PropertyDefinition.object_type_id == ObjectType.id)
        .where(ObjectType.key.in_(COMPUTED_PROPERTIES))
    ).all()
    objects = {obj for obj, _prop in rows}
    have = {(obj, prop) for obj, prop in rows}
    return any(pair not in have for pair in wanted if pair[0] in objects)


def install_derived_properties(session: Session, batch: ChangeBatch | None = None) -> None:
    """Add the association-derived and health properties (COMPUTED_PROPERTIES) the
    standard objects lack, after their other properties."""
    batch = _system(session, batch)
    for key, specs in COMPUTED_PROPERTIES.items():
        obj = session.scalars(select(ObjectType).where(ObjectType.key == key)).first()
        if obj is None:
            continue
        have = {
            p.key: p.position
            for p in session.scalars(
                select(PropertyDefinition).where(PropertyDefinition.object_type_id == obj.id)
            )
        }
        position = max(have.values(), default=-1) + 1
        for spec in specs:
            if spec.key not in have:
                _add_property(batch, obj, spec, position)
                position += 1
    session.flush()


def create_pipeline(
    session: Session, spec: PipelineSpec, position: int = 0, batch: ChangeBatch | None = None
) -> Pipeline:
    """Create a pipeline with its stages and stage-required properties."""
    batch = _system(session, batch)
    obj = session.scalars(select(ObjectType).where(ObjectType.key == spec.object_key)).one()
    props = {
        p.key: p.id
        for p in session.scalars(
            select(PropertyDefinition).where(PropertyDefinition.object_type_id == obj.id)
        )
    }
    pipeline = Pipeline(id=new_id(), object_type_id=obj.id, name=spec.name, position=position)
    writer.add(batch, pipeline)
    for i, name in enumerate(spec.stages):
        probability = spec.probabilities[i] if spec.probabilities else None
        stage = Stage(
            id=new_id(),
            pipeline_id=pipeline.id,
            name=name,
            position=i,
            is_closed=name in spec.closed,
            probability=probability,
        )
        writer.add(batch, stage)
        for key in spec.requires.get(name, ()):
            writer.add(batch, StageRequiredProperty(stage_id=stage.id, property_id=props[key]))
    session.flush()
    return pipeline


def install_standard_objects(
    session: Session, batch: ChangeBatch | None = None
) -> dict[str, ObjectType]:
    """Create the standard objects and their starting pipelines; returns them by key."""
    batch = _system(session, batch)
    objects = {
        spec.key: create_object(session, spec, i, batch) for i, spec in enumerate(STANDARD_OBJECTS)
    }
    for i, spec in enumerate(STANDARD_PIPELINES):
        create_pipeline(session, spec, i, batch)
    return objects
