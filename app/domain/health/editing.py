"""Building health profiles (Settings → Health scores; HEALTH-1, HEALTH-2, HEALTH-6, PERM-3):
list, read, check, create, save, publish, unpublish, clone, delete, set the default, and
test a record against a profile that is not stored yet.

An editor works on a `ProfileDraft`: plain data with no ids, so a template, an unsaved
draft and a stored profile are edited alike. `check_draft` refuses what could not score
(a `DraftError` naming the field, and the group and rule it is in); every stored profile
passed it, so a stored one always scores. Every writing function starts with
`permissions.actor_for(..., can_edit_health_profiles, workspace)` and writes through the
writer with one `ChangeBatch`.

Profiles live in the main workspace. A new profile is a draft; `publish` makes it live
(the first live one is the default) or, for a draft of a live profile (`edit_live`),
copies its content into the live profile and tombstones the draft, so the scores stored
under the live profile keep its id. Groups and rules are written in place by position
(a changed group keeps its id, extra rows are tombstoned), segments by view.
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import permissions, writer
from app.domain.errors import NotFound, ValidationError
from app.domain.filters import FilterContext
from app.domain.health import profiles
from app.domain.health.profiles import GroupSpec, ProfileSpec, RuleSpec
from app.domain.health.scoring import NOBODY, CustomerScore, score_customers
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP, Message
from app.domain.properties import PropertyInfo, load_properties
from app.domain.viewer import Person
from app.domain.workspace import customer_object, main_workspace
from app.store import (
    GroupKind,
    HealthGroup,
    HealthProfile,
    HealthProfileSegment,
    HealthRule,
    HealthScore,
    ProfileStatus,
    SavedView,
    ViewTab,
    Workspace,
    utcnow,
)

NAME_MAX = 200  # health_profiles.name, health_groups.name
LABEL_MAX = 300  # health_rules.label
MAX_SEGMENTS = 5
COPY_OF = "Copy of "
SPEC_NAMESPACE = uuid.UUID("6f1d2c1e-4a55-4f0e-9a43-5b0f6d1a7c11")  # ids of an unstored spec


@dataclass
class RuleDraft:
    label: str
    config: dict[str, Any]


@dataclass
class GroupDraft:
    name: str
    kind: GroupKind
    max_points: int
    rules: list[RuleDraft]


@dataclass
class ProfileDraft:
    name: str
    description: str = ""
    at_risk_max: int = 39
    neutral_max: int = 69
    groups: list[GroupDraft] = field(default_factory=list)
    segment_view_ids: list[uuid.UUID] = field(default_factory=list)  # at most 5 customer views


@dataclass(frozen=True)
class ProfileSummary:
    id: uuid.UUID
    name: str
    description: str
    status: ProfileStatus
    is_default: bool
    draft_of_id: uuid.UUID | None
    group_count: int
    segment_names: tuple[str, ...]
    updated_at: dt.datetime
    scored: int  # customers with a stored score under it (0 for drafts)


class DraftError(ValidationError):
    """A draft refused at `field`; `group` and `rule` are the positions (from 0) of the
    group and of the rule within it where the field is, when it is in one."""

    def __init__(
        self,
        field: str,
        message: str | Message,
        /,
        *,
        group: int | None = None,
        rule: int | None = None,
        **values: object,
    ) -> None:
        super().__init__(field, message, **values)
        self.group = group
        self.rule = rule


# ---- reading --------------------------------------------------------------------------------


def _profile(session: Session, profile_id: uuid.UUID) -> HealthProfile:
    row = session.get(HealthProfile, profile_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("This health profile no longer exists."))
    return row


def _groups(session: Session, profile_id: uuid.UUID) -> list[HealthGroup]:
    return list(
        session.scalars(
            select(HealthGroup)
            .where(HealthGroup.profile_id == profile_id, HealthGroup.deleted_at.is_(None))
            .order_by(HealthGroup.position, HealthGroup.id)
        )
    )


def _rules(session: Session, group_id: uuid.UUID) -> list[HealthRule]:
    return list(
        session.scalars(
            select(HealthRule)
            .where(HealthRule.group_id == group_id, HealthRule.deleted_at.is_(None))
            .order_by(HealthRule.position, HealthRule.id)
        )
    )


def _segments(session: Session, profile_id: uuid.UUID) -> list[HealthProfileSegment]:
    """The profile's live segment rows, in order (also those whose view was deleted)."""
    return list(
        session.scalars(
            select(HealthProfileSegment)
            .where(
                HealthProfileSegment.profile_id == profile_id,
                HealthProfileSegment.deleted_at.is_(None),
            )
            .order_by(HealthProfileSegment.position, HealthProfileSegment.id)
        )
    )


def _live_segment_views(
    session: Session, profile_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[SavedView]]:
    """Per profile, the live views of its live segments, in order."""
    found: dict[uuid.UUID, list[SavedView]] = {}
    if not profile_ids:
        return found
    rows = session.execute(
        select(HealthProfileSegment.profile_id, SavedView)
        .join(SavedView, SavedView.id == HealthProfileSegment.view_id)
        .where(
            HealthProfileSegment.profile_id.in_(list(profile_ids)),
            HealthProfileSegment.deleted_at.is_(None),
            SavedView.deleted_at.is_(None),
        )
        .order_by(HealthProfileSegment.position, HealthProfileSegment.id)
    )
    for profile_id, view in rows:
        found.setdefault(profile_id, []).append(view)
    return found


def list_profiles(session: Session) -> list[ProfileSummary]:
    """The main workspace's profiles: live ones first, then drafts, each by name."""
    ws = main_workspace(session)
    rows = list(
        session.scalars(
            select(HealthProfile).where(
                HealthProfile.workspace_id == ws.id, HealthProfile.deleted_at.is_(None)
            )
        )
    )
    ids = [r.id for r in rows]
    groups: dict[uuid.UUID, int] = {
        profile_id: n
        for profile_id, n in session.execute(
            select(HealthGroup.profile_id, func.count())
            .where(HealthGroup.profile_id.in_(ids), HealthGroup.deleted_at.is_(None))
            .group_by(HealthGroup.profile_id)
        )
    }
    scored: dict[uuid.UUID, int] = {
        profile_id: n
        for profile_id, n in session.execute(
            select(HealthScore.profile_id, func.count())
            .where(HealthScore.profile_id.in_(ids), HealthScore.deleted_at.is_(None))
            .group_by(HealthScore.profile_id)
        )
    }
    views = _live_segment_views(session, ids)
    edited = _edited_at(session, ids)
    summaries = [
        ProfileSummary(
            r.id,
            r.name,
            r.description or "",
            ProfileStatus(r.status),
            bool(r.is_default),
            r.draft_of_id,
            groups.get(r.id, 0),
            tuple(v.name for v in views.get(r.id, [])),
            max(r.updated_at, edited.get(r.id, r.updated_at)),
            scored.get(r.id, 0) if r.status == ProfileStatus.LIVE else 0,
        )
        for r in rows
    ]
    summaries.sort(key=lambda p: (p.status != ProfileStatus.LIVE, p.name.casefold(), str(p.id)))
    return summaries


def _edited_at(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dt.datetime]:
    """Per profile, the last time one of its groups, rules or segments was written (a
    save that changes only a rule leaves the profile's own row as it was)."""
    found: dict[uuid.UUID, dt.datetime] = {}
    queries = (
        select(HealthGroup.profile_id, func.max(HealthGroup.updated_at))
        .where(HealthGroup.profile_id.in_(ids))
        .group_by(HealthGroup.profile_id),
        select(HealthGroup.profile_id, func.max(HealthRule.updated_at))
        .join(HealthGroup, HealthGroup.id == HealthRule.group_id)
        .where(HealthGroup.profile_id.in_(ids))
        .group_by(HealthGroup.profile_id),
        select(HealthProfileSegment.profile_id, func.max(HealthProfileSegment.updated_at))
        .where(HealthProfileSegment.profile_id.in_(ids))
        .group_by(HealthProfileSegment.profile_id),
    )
    for query in queries:
        for profile_id, at in session.execute(query):
            if at is not None and (profile_id not in found or at > found[profile_id]):
                found[profile_id] = at
    return found


def read_draft(session: Session, profile_id: uuid.UUID) -> ProfileDraft:
    """A stored profile as a draft to edit (segments whose view was deleted left out)."""
    row = _profile(session, profile_id)
    groups = [
        GroupDraft(
            g.name,
            GroupKind(g.kind),
            g.max_points,
            [
                RuleDraft(r.label, copy.deepcopy(dict(r.config or {})))
                for r in _rules(session, g.id)
            ],
        )
        for g in _groups(session, row.id)
    ]
    views = _live_segment_views(session, [row.id]).get(row.id, [])
    return ProfileDraft(
        row.name,
        row.description or "",
        row.at_risk_max,
        row.neutral_max,
        groups,
        [v.id for v in views],
    )


def spec_of(draft: ProfileDraft, profile_id: uuid.UUID | None = None) -> ProfileSpec:
    """The draft as the engine reads it, without storing it: groups' and rules' ids are
    derived from the profile's id (or a fixed one) and their positions, so two specs of
    one draft name the same rules."""
    base = profile_id or SPEC_NAMESPACE
    groups = []
    for i, g in enumerate(draft.groups):
        rules = tuple(
            RuleSpec(uuid.uuid5(base, f"group {i} rule {j}"), r.label, _config(r.config))
            for j, r in enumerate(g.rules)
        )
        groups.append(
            GroupSpec(uuid.uuid5(base, f"group {i}"), g.name, _kind(g.kind, i), g.max_points, rules)
        )
    return ProfileSpec(
        profile_id or SPEC_NAMESPACE, draft.name, draft.at_risk_max, draft.neutral_max,
        tuple(groups),
    )  # fmt: skip


def _config(config: Any) -> dict[str, Any]:
    """A rule's config as its own copy (nested lists too: a draft edited after it was
    stored must not change what the stored row compares against)."""
    return copy.deepcopy(dict(config)) if isinstance(config, Mapping) else {}


def _kind(kind: Any, group: int) -> GroupKind:
    try:
        return GroupKind(kind)
    except ValueError:
        raise DraftError("kind", QT_TR_NOOP("Choose what the group scores."), group=group) from None


# ---- checking -------------------------------------------------------------------------------


def _context(session: Session) -> tuple[dict[str, PropertyInfo], FilterContext]:
    props = load_properties(session, customer_object(session).id)
    now = utcnow()
    return props, FilterContext(NOBODY, now.date(), now)


def check_draft(session: Session, draft: ProfileDraft) -> None:
    """Refuse a draft that could not score, at its field (`DraftError`): the name
    (required, at most 200 characters), each group's name and rules (at least one),
    each rule's label, thresholds, maxima summing to 100, each rule's config, the
    conditions against the customer object's properties, and at most five segments,
    each a live saved view of the customer object in the main workspace."""
    name = (draft.name or "").strip()
    if not name:
        raise DraftError("name", QT_TR_NOOP("Name the profile."))
    if len(name) > NAME_MAX:
        raise DraftError(
            "name", QT_TR_NOOP("A profile's name has at most {n} characters."), n=NAME_MAX
        )
    profiles.validate_thresholds(draft.at_risk_max, draft.neutral_max)
    spec = spec_of(draft)
    for i, g in enumerate(spec.groups):
        _check_group_name(i, g)
    try:
        profiles.validate_maxima(spec.groups)
    except ValidationError as e:
        raise DraftError(e.field, e.message_parts, group=_group_at_fault(spec.groups)) from None
    props, ctx = _context(session)
    for i, g in enumerate(spec.groups):
        for j, rule in enumerate(g.rules):
            _check_rule(session, g.kind, rule, props, ctx, i, j)
    _check_segments(session, draft.segment_view_ids)


def _check_group_name(i: int, g: GroupSpec) -> None:
    name = (g.name or "").strip()
    if not name:
        raise DraftError("group_name", QT_TR_NOOP("Name the group."), group=i)
    if len(name) > NAME_MAX:
        raise DraftError(
            "group_name",
            QT_TR_NOOP("A group's name has at most {n} characters."),
            group=i,
            n=NAME_MAX,
        )
    if not g.rules:
        raise DraftError("rules", QT_TR_NOOP("{name}: add at least one rule."), group=i, name=name)


def _check_rule(
    session: Session,
    kind: GroupKind,
    rule: RuleSpec,
    props: Mapping[str, PropertyInfo],
    ctx: FilterContext,
    i: int,
    j: int,
) -> None:
    label = (rule.label or "").strip()
    if not label:
        raise DraftError("label", QT_TR_NOOP("Name the rule."), group=i, rule=j)
    if len(label) > LABEL_MAX:
        raise DraftError(
            "label",
            QT_TR_NOOP("A rule's name has at most {n} characters."),
            group=i,
            rule=j,
            n=LABEL_MAX,
        )
    try:
        profiles.validate_rule_config(kind, rule)
        if kind == GroupKind.PROPERTY:
            for c in rule.config["conditions"]:
                profiles.condition_sql(c, props, ctx, session)
    except ValidationError as e:
        raise DraftError(e.field, e.message_parts, group=i, rule=j) from None


def _group_at_fault(groups: Sequence[GroupSpec]) -> int | None:
    """The first group whose own maximum is out of range (None: it is the sum)."""
    for i, g in enumerate(groups):
        m = g.max_points
        if isinstance(m, bool) or not isinstance(m, int) or not 1 <= m <= profiles.TOTAL_POINTS:
            return i
    return None


def _check_segments(session: Session, view_ids: Sequence[uuid.UUID]) -> None:
    if len(view_ids) > MAX_SEGMENTS:
        raise DraftError(
            "segments", QT_TR_NOOP("A profile applies to at most {n} segments."), n=MAX_SEGMENTS
        )
    if len(set(view_ids)) != len(view_ids):
        raise DraftError("segments", QT_TR_NOOP("A segment is listed twice."))
    if not view_ids:
        return
    ws = main_workspace(session)
    customers = customer_object(session).id
    views = {
        v.id: v for v in session.scalars(select(SavedView).where(SavedView.id.in_(list(view_ids))))
    }
    for view_id in view_ids:
        view = views.get(view_id)
        if view is None or view.deleted_at is not None:
            raise DraftError("segments", QT_TR_NOOP("A segment's saved view no longer exists."))
        if (
            view.workspace_id != ws.id
            or view.tab != ViewTab.CUSTOMERS
            or view.object_type_id not in (None, customers)
        ):
            raise DraftError(
                "segments", QT_TR_NOOP("“{name}” is not a saved view of Customers."), name=view.name
            )


def _check_live_clash(
    session: Session, row: HealthProfile, draft: ProfileDraft, *, besides: uuid.UUID
) -> None:
    """A live profile's name and segments are its own among the workspace's live profiles
    (`besides`: the live profile the draft is or replaces)."""
    others = [
        p
        for p in session.scalars(
            select(HealthProfile).where(
                HealthProfile.workspace_id == row.workspace_id,
                HealthProfile.status == ProfileStatus.LIVE,
                HealthProfile.deleted_at.is_(None),
                HealthProfile.id != besides,
            )
        )
    ]
    name = draft.name.strip().casefold()
    for p in others:
        if p.name.strip().casefold() == name:
            raise DraftError(
                "name", QT_TR_NOOP("A live profile is already named “{name}”."), name=p.name
            )
    taken = _live_segment_views(session, [p.id for p in others])
    wanted = set(draft.segment_view_ids)
    for p in others:
        for view in taken.get(p.id, []):
            if view.id in wanted:
                raise DraftError(
                    "segments",
                    QT_TR_NOOP("“{view}” is already the segment of “{profile}”."),
                    view=view.name,
                    profile=p.name,
                )


# ---- writing --------------------------------------------------------------------------------


def _workspace_of(session: Session, row: HealthProfile) -> Workspace:
    ws = session.get(Workspace, row.workspace_id)
    if ws is None:
        raise NotFound(QT_TR_NOOP("This health profile's workspace no longer exists."))
    return ws


def _actor_for(session: Session, viewer: Person, ws: Workspace) -> ChangeBatch:
    actor = permissions.actor_for(session, viewer, permissions.can_edit_health_profiles, ws)
    return ChangeBatch(session, actor.id)


def _fields(draft: ProfileDraft) -> dict[str, Any]:
    return {
        "name": draft.name.strip(),
        "description": (draft.description or "").strip(),
        "at_risk_max": draft.at_risk_max,
        "neutral_max": draft.neutral_max,
    }


def _write_content(batch: ChangeBatch, row: HealthProfile, draft: ProfileDraft) -> None:
    """The profile's groups and rules become the draft's, in place by position: the
    group (rule) at a position keeps its row and id with its fields set, extra rows are
    tombstoned, missing ones added."""
    session = batch.session
    old_groups = _groups(session, row.id)
    for i, g in enumerate(draft.groups):
        values = {"name": g.name.strip(), "kind": GroupKind(g.kind),
                  "max_points": g.max_points, "position": i}  # fmt: skip
        if i < len(old_groups):
            group = old_groups[i]
            writer.set_fields(batch, group, values)
            old_rules = _rules(session, group.id)
        else:
            group = writer.add(batch, HealthGroup(profile_id=row.id, **values))
            session.flush()
            old_rules = []
        for j, r in enumerate(g.rules):
            rule_values = {"label": r.label.strip(), "config": _config(r.config), "position": j}
            if j < len(old_rules):
                writer.set_fields(batch, old_rules[j], rule_values)
            else:
                writer.add(batch, HealthRule(group_id=group.id, **rule_values))
        for extra in old_rules[len(g.rules) :]:
            writer.tombstone(batch, extra)
    for extra_group in old_groups[len(draft.groups) :]:
        for rule in _rules(session, extra_group.id):
            writer.tombstone(batch, rule)
        writer.tombstone(batch, extra_group)
    session.flush()


def _write_segments(batch: ChangeBatch, row: HealthProfile, view_ids: Sequence[uuid.UUID]) -> None:
    """The profile's segments become `view_ids`, in order: a view's row (one per profile
    and view, tombstoned or not) is kept, restored or added; the others tombstoned."""
    session = batch.session
    existing = {
        s.view_id: s
        for s in session.scalars(
            select(HealthProfileSegment).where(HealthProfileSegment.profile_id == row.id)
        )
    }
    for position, view_id in enumerate(view_ids):
        segment = existing.pop(view_id, None)
        if segment is None:
            writer.add(
                batch, HealthProfileSegment(profile_id=row.id, view_id=view_id, position=position)
            )
        else:
            writer.set_fields(batch, segment, {"deleted_at": None, "position": position})
    for segment in existing.values():
        writer.tombstone(batch, segment)
    session.flush()


def _tombstone_all(batch: ChangeBatch, row: HealthProfile) -> None:
    """The profile, its groups, rules and segments, as tombstones."""
    session = batch.session
    for group in _groups(session, row.id):
        for rule in _rules(session, group.id):
            writer.tombstone(batch, rule)
        writer.tombstone(batch, group)
    for segment in _segments(session, row.id):
        writer.tombstone(batch, segment)
    writer.tombstone(batch, row)


def _add_profile(
    batch: ChangeBatch, ws: Workspace, draft: ProfileDraft, draft_of: uuid.UUID | None = None
) -> HealthProfile:
    session = batch.session
    profiles.check_room(session, ws.id, ProfileStatus.DRAFT)
    row = writer.add(
        batch,
        HealthProfile(
            workspace_id=ws.id, status=ProfileStatus.DRAFT, is_default=False,
            draft_of_id=draft_of, **_fields(draft),
        ),
    )  # fmt: skip
    session.flush()
    _write_content(batch, row, draft)
    _write_segments(batch, row, draft.segment_view_ids)
    return row


def create_profile(session: Session, viewer: Person, draft: ProfileDraft) -> uuid.UUID:
    """Store a new draft profile in the main workspace (at most 20 drafts)."""
    ws = main_workspace(session)
    batch = _actor_for(session, viewer, ws)
    check_draft(session, draft)
    return _add_profile(batch, ws, draft).id


def save_profile(
    session: Session, viewer: Person, profile_id: uuid.UUID, draft: ProfileDraft
) -> None:
    """Store a profile's name, description, thresholds, groups, rules and segments. A
    live profile keeps its name and segments its own among the live ones."""
    row = _profile(session, profile_id)
    batch = _actor_for(session, viewer, _workspace_of(session, row))
    check_draft(session, draft)
    if row.status == ProfileStatus.LIVE:
        _check_live_clash(session, row, draft, besides=row.id)
    writer.set_fields(batch, row, _fields(draft))
    _write_content(batch, row, draft)
    _write_segments(batch, row, draft.segment_view_ids)


def _live_count(session: Session, workspace_id: uuid.UUID, *, besides: uuid.UUID) -> int:
    return (
        session.scalar(
            select(func.count()).where(
                HealthProfile.workspace_id == workspace_id,
                HealthProfile.status == ProfileStatus.LIVE,
                HealthProfile.deleted_at.is_(None),
                HealthProfile.id != besides,
            )
        )
        or 0
    )


def publish(session: Session, viewer: Person, profile_id: uuid.UUID) -> uuid.UUID:
    """Make a draft live; returns the live profile's id. A draft of a live profile
    replaces that profile's content (name, thresholds, groups, rules, segments) and is
    tombstoned, so the live profile keeps its id and its stored scores; another draft
    becomes live itself (at most 10 live), the default if it is the first live one.
    A live profile is returned as it is."""
    row = _profile(session, profile_id)
    batch = _actor_for(session, viewer, _workspace_of(session, row))
    if row.status == ProfileStatus.LIVE:
        return row.id
    draft = read_draft(session, row.id)
    check_draft(session, draft)
    target = session.get(HealthProfile, row.draft_of_id) if row.draft_of_id else None
    if target is not None and target.deleted_at is None and target.status == ProfileStatus.LIVE:
        _check_live_clash(session, target, draft, besides=target.id)
        writer.set_fields(batch, target, _fields(draft))
        _write_content(batch, target, draft)
        _write_segments(batch, target, draft.segment_view_ids)
        _tombstone_all(batch, row)
        return target.id
    _check_live_clash(session, row, draft, besides=row.id)
    profiles.check_room(session, row.workspace_id, ProfileStatus.LIVE, excluding=row.id)
    first = _live_count(session, row.workspace_id, besides=row.id) == 0
    writer.set_fields(
        batch, row, {"status": ProfileStatus.LIVE, "draft_of_id": None, "is_default": first}
    )
    return row.id


def unpublish(session: Session, viewer: Person, profile_id: uuid.UUID) -> None:
    """Make a live profile a draft again (at most 20 drafts). The default profile is
    refused while other live profiles exist: another must be the default first. Its
    drafts from `edit_live` become drafts of their own."""
    row = _profile(session, profile_id)
    batch = _actor_for(session, viewer, _workspace_of(session, row))
    if row.status != ProfileStatus.LIVE:
        raise ValidationError("status", QT_TR_NOOP("This profile is a draft already."))
    if row.is_default and _live_count(session, row.workspace_id, besides=row.id):
        raise ValidationError(
            "is_default",
            QT_TR_NOOP(
                "This is the default profile, the one customers in no segment get: make another "
                "live profile the default before unpublishing it."
            ),
        )
    profiles.check_room(session, row.workspace_id, ProfileStatus.DRAFT, excluding=row.id)
    writer.set_fields(batch, row, {"status": ProfileStatus.DRAFT, "is_default": False})
    _orphan_drafts(batch, row)


def _orphan_drafts(batch: ChangeBatch, row: HealthProfile) -> None:
    """Drafts made to edit `row` (no longer live) become drafts of their own."""
    for draft in batch.session.scalars(
        select(HealthProfile).where(
            HealthProfile.draft_of_id == row.id, HealthProfile.deleted_at.is_(None)
        )
    ):
        writer.set_fields(batch, draft, {"draft_of_id": None})


def _copy_name(session: Session, workspace_id: uuid.UUID, name: str) -> str:
    taken = {
        n.casefold()
        for n in session.scalars(
            select(HealthProfile.name).where(
                HealthProfile.workspace_id == workspace_id, HealthProfile.deleted_at.is_(None)
            )
        )
    }
    base = (COPY_OF + name)[:NAME_MAX]
    candidate, n = base, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate = base[: NAME_MAX - len(suffix)] + suffix
        n += 1
    return candidate


def clone(session: Session, viewer: Person, profile_id: uuid.UUID) -> uuid.UUID:
    """A new draft with the profile's content, named "Copy of …" (a clone of a live
    profile is a profile of its own, not a draft of it)."""
    row = _profile(session, profile_id)
    ws = _workspace_of(session, row)
    batch = _actor_for(session, viewer, ws)
    draft = read_draft(session, row.id)
    draft.name = _copy_name(session, ws.id, row.name)
    check_draft(session, draft)
    return _add_profile(batch, ws, draft).id


def edit_live(session: Session, viewer: Person, profile_id: uuid.UUID) -> uuid.UUID:
    """The draft to edit a live profile through: its existing draft, or a new one with
    its content (publishing it replaces the live profile's content)."""
    row = _profile(session, profile_id)
    ws = _workspace_of(session, row)
    batch = _actor_for(session, viewer, ws)
    if row.status != ProfileStatus.LIVE:
        raise ValidationError(
            "status", QT_TR_NOOP("Only a live profile is edited through a draft.")
        )
    existing = session.scalar(
        select(HealthProfile.id)
        .where(
            HealthProfile.draft_of_id == row.id,
            HealthProfile.status == ProfileStatus.DRAFT,
            HealthProfile.deleted_at.is_(None),
        )
        .order_by(HealthProfile.created_at, HealthProfile.id)
        .limit(1)
    )
    if existing is not None:
        return existing
    return _add_profile(batch, ws, read_draft(session, row.id), draft_of=row.id).id


def delete_profile(session: Session, viewer: Person, profile_id: uuid.UUID) -> None:
    """Tombstone a profile with its groups, rules and segments. The default live profile
    is refused while other live profiles exist; the last live one may go. Drafts of a
    deleted live profile stay, as drafts of their own."""
    row = _profile(session, profile_id)
    batch = _actor_for(session, viewer, _workspace_of(session, row))
    if (
        row.status == ProfileStatus.LIVE
        and row.is_default
        and _live_count(session, row.workspace_id, besides=row.id)
    ):
        raise ValidationError(
            "is_default",
            QT_TR_NOOP(
                "This is the default profile, the one customers in no segment get: make another "
                "live profile the default before deleting it."
            ),
        )
    _orphan_drafts(batch, row)
    _tombstone_all(batch, row)


def set_default(session: Session, viewer: Person, profile_id: uuid.UUID) -> None:
    """Make a live profile the default: the one customers in no segment get."""
    row = _profile(session, profile_id)
    batch = _actor_for(session, viewer, _workspace_of(session, row))
    if row.status != ProfileStatus.LIVE:
        raise ValidationError("is_default", QT_TR_NOOP("Only a live profile can be the default."))
    for other in session.scalars(
        select(HealthProfile).where(
            HealthProfile.workspace_id == row.workspace_id,
            HealthProfile.is_default.is_(True),
            HealthProfile.deleted_at.is_(None),
            HealthProfile.id != row.id,
        )
    ):
        writer.set_fields(batch, other, {"is_default": False})
    writer.set_fields(batch, row, {"is_default": True})


# ---- Test a record --------------------------------------------------------------------------


def test_record(
    session: Session, spec: ProfileSpec, record_id: uuid.UUID, now: dt.datetime, zone: dt.tzinfo
) -> CustomerScore | None:
    """HEALTH-3: one customer's score under `spec` with each group's and rule's part
    (None when the customer has no input for any group, or is not a live customer)."""
    return score_customers(session, spec, now, zone=zone, record_ids=[record_id]).scores.get(
        record_id
    )


test_record.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
