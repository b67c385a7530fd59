"""Building health profiles (issue 13 item 4; HEALTH-1, HEALTH-2, HEALTH-6): create, read,
save, publish, edit a live profile through its draft, clone, unpublish, delete and the
default, round trip on SQLite and PostgreSQL; validation at the field; the 10 live / 20
draft limits; the templates on an empty workspace and on the demo; Test a record and
Preview distribution against a direct `score_customers`."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import activities, records, saved_views, writer
from app.domain.demo import generate_demo
from app.domain.errors import NotFound, ValidationError
from app.domain.health import editing, preview, profiles, store, templates
from app.domain.health.editing import GroupDraft, ProfileDraft, RuleDraft
from app.domain.health.scoring import score_customers
from app.domain.history import ChangeBatch
from app.domain.properties import PropertyInfo
from app.domain.workspace import (
    SetupChoice,
    customer_object,
    main_workspace,
    setup_empty_workspace,
)
from app.store import (
    Change,
    ChangeOp,
    GroupKind,
    HealthCategory,
    HealthGroup,
    HealthProfile,
    HealthProfileSegment,
    HealthRule,
    HealthScore,
    ObjectType,
    ProfileStatus,
    PropertyType,
    SavedView,
    Sharing,
    User,
    ViewTab,
)
from app.store.base import frozen_clock
from app.store.engine import Database, open_database
from tests.conftest import database_on
from tests.support import not_none

UTC = ZoneInfo("UTC")
NOW = dt.datetime(2026, 3, 12, 12, 0, tzinfo=dt.UTC)
NPS_HIGH = {"conditions": [{"property": "nps", "op": "gte", "value": 9}], "points": 20}
STRATEGIC = {"conditions": [{"property": "strategic", "op": "is", "value": True}], "points": 20}
MEETINGS = {"event": "meetings", "window_days": 30, "bands": [[0, 0], [1, 30], [2, 60]]}
RECENT = {"event": "days_since_activity", "bands": [[0, 20], [30, 0]]}


def _draft(name: str = "Standard", *, fit: int = 40, engagement: int = 60) -> ProfileDraft:
    return ProfileDraft(
        name,
        "Fit and engagement",
        groups=[
            GroupDraft("Fit", GroupKind.PROPERTY, fit,
                       [RuleDraft("Promoter", dict(NPS_HIGH)), RuleDraft("Strategic", STRATEGIC)]),
            GroupDraft("Engagement", GroupKind.EVENT, engagement,
                       [RuleDraft("Meetings in 30 days", dict(MEETINGS))]),
        ],
    )  # fmt: skip


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def book(request, tmp_path_factory) -> Iterator[Database]:
    """An empty workspace with twelve companies (NPS, strategic, meetings) and a shared
    customers view; each test rolls its writes back."""
    with ExitStack() as stack:
        db = database_on(request.param, tmp_path_factory, stack, "health_editing")
        with db.session() as s, s.begin():
            admin = setup_empty_workspace(
                s, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
            companies = customer_object(s)
            for i in range(12):
                values: dict[str, Any] = {"name": f"Company {i:02d}"}
                if i % 3:
                    values["nps"] = i % 11
                if i % 4 == 0:
                    values["strategic"] = True
                company = records.create_record(s, admin, companies, values)
                for day in range(i % 3):
                    activities.log_meeting(
                        s, admin, company.id, "Check-in", f"2026-03-0{day + 2} 10:00", 30, "", UTC
                    )
            ws = main_workspace(s)
            for name in ("Enterprise", "SMB", "EMEA", "APAC", "Americas", "Startups"):
                saved_views.create_view(
                    s, admin, ws, ViewTab.CUSTOMERS, name, sharing=Sharing.EVERYONE,
                    filters=[[{"property": "nps", "op": "gt", "value": 3}]],
                )  # fmt: skip
        yield db


def _admin(s: Session) -> User:
    return s.scalars(select(User).where(User.name == "Ada Admin")).one()


def _views(s: Session) -> dict[str, uuid.UUID]:
    return {
        v.name: v.id
        for v in s.scalars(
            select(SavedView).where(SavedView.builtin.is_(None), SavedView.deleted_at.is_(None))
        )
    }


def _refused(fn: Any, *args: Any) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        fn(*args)
    return refused.value


def _live_rows(s: Session, model: Any, column: Any, value: uuid.UUID) -> list[Any]:
    return list(s.scalars(select(model).where(column == value, model.deleted_at.is_(None))))


# ---- round trips ----------------------------------------------------------------------------


def test_create_read_save_and_list(book):
    with book.session() as s:
        try:
            admin = _admin(s)
            draft = _draft()
            draft.segment_view_ids = [_views(s)["Enterprise"]]
            pid = editing.create_profile(s, admin, draft)
            assert editing.read_draft(s, pid) == draft
            [summary] = editing.list_profiles(s)
            assert (summary.id, summary.name, summary.status, summary.is_default) == (
                pid, "Standard", ProfileStatus.DRAFT, False,
            )  # fmt: skip
            assert (summary.group_count, summary.segment_names, summary.scored) == (
                2, ("Enterprise",), 0,
            )  # fmt: skip
            fit_id = _live_rows(s, HealthGroup, HealthGroup.profile_id, pid)[0].id

            changed = editing.read_draft(s, pid)
            changed.name = "  Renamed  "
            changed.at_risk_max, changed.neutral_max = 29, 59
            changed.groups[0].max_points = 30
            changed.groups[0].rules.pop()  # Strategic goes
            changed.groups[1].max_points = 50
            changed.groups.append(
                GroupDraft("Recency", GroupKind.EVENT, 20, [RuleDraft("Recent", RECENT)])
            )
            changed.segment_view_ids = [_views(s)["SMB"], _views(s)["Enterprise"]]
            editing.save_profile(s, admin, pid, changed)
            again = editing.read_draft(s, pid)
            assert again.name == "Renamed"
            assert again.groups == changed.groups
            assert again.segment_view_ids == changed.segment_view_ids
            assert (again.at_risk_max, again.neutral_max) == (29, 59)
            groups = _live_rows(s, HealthGroup, HealthGroup.profile_id, pid)
            assert fit_id in {g.id for g in groups}  # written in place: the group keeps its id
            assert len(_live_rows(s, HealthRule, HealthRule.group_id, fit_id)) == 1
            [summary] = editing.list_profiles(s)
            assert summary.segment_names == ("SMB", "Enterprise")

            changed.segment_view_ids = [_views(s)["Enterprise"]]  # SMB's row is tombstoned,
            editing.save_profile(s, admin, pid, changed)
            changed.segment_view_ids = [_views(s)["SMB"]]  # and restored (one row per view)
            editing.save_profile(s, admin, pid, changed)
            assert editing.read_draft(s, pid).segment_view_ids == [_views(s)["SMB"]]
            rows = s.scalars(
                select(HealthProfileSegment).where(HealthProfileSegment.profile_id == pid)
            ).all()
            assert len(rows) == 2 and sum(r.deleted_at is None for r in rows) == 1
        finally:
            s.rollback()


def test_a_profile_was_edited_when_any_of_its_rules_was(book):
    with book.session() as s:
        try:
            admin = _admin(s)
            with frozen_clock(NOW):
                pid = editing.create_profile(s, admin, _draft())
            draft = editing.read_draft(s, pid)
            draft.groups[1].rules[0].config["window_days"] = 14
            later = NOW + dt.timedelta(hours=3)
            with frozen_clock(later):
                editing.save_profile(s, admin, pid, draft)
            assert not_none(s.get(HealthProfile, pid)).updated_at == NOW  # its own row as was
            assert [p.updated_at for p in editing.list_profiles(s)] == [later]
        finally:
            s.rollback()


def test_publish_edit_live_clone_default_unpublish_delete(book):
    with book.session() as s:
        try:
            admin = _admin(s)
            pid = editing.create_profile(s, admin, _draft())
            assert editing.publish(s, admin, pid) == pid
            row = not_none(s.get(HealthProfile, pid))
            assert (row.status, row.is_default) == (ProfileStatus.LIVE, True)  # the first live
            assert editing.publish(s, admin, pid) == pid  # already live: as it is

            draft_id = editing.edit_live(s, admin, pid)
            assert draft_id != pid
            assert editing.edit_live(s, admin, pid) == draft_id  # the one draft of it
            draft_row = not_none(s.get(HealthProfile, draft_id))
            assert (draft_row.status, draft_row.draft_of_id) == (ProfileStatus.DRAFT, pid)
            assert editing.read_draft(s, draft_id) == editing.read_draft(s, pid)
            edited = editing.read_draft(s, draft_id)
            edited.description = "Edited safely"
            edited.groups[1].rules[0].config["window_days"] = 60
            editing.save_profile(s, admin, draft_id, edited)
            assert editing.read_draft(s, pid).description == "Fit and engagement"  # live as was
            live_groups = {g.id for g in _live_rows(s, HealthGroup, HealthGroup.profile_id, pid)}

            assert editing.publish(s, admin, draft_id) == pid  # the live one, replaced
            assert editing.read_draft(s, pid) == edited
            assert {g.id for g in _live_rows(s, HealthGroup, HealthGroup.profile_id, pid)} == (
                live_groups
            )
            assert not_none(s.get(HealthProfile, draft_id)).deleted_at is not None
            assert _live_rows(s, HealthGroup, HealthGroup.profile_id, draft_id) == []
            assert [p.id for p in editing.list_profiles(s)] == [pid]

            copy_id = editing.clone(s, admin, pid)
            copy = not_none(s.get(HealthProfile, copy_id))
            assert (copy.name, copy.status, copy.draft_of_id) == (
                "Copy of Standard", ProfileStatus.DRAFT, None,
            )  # fmt: skip
            assert editing.read_draft(s, copy_id).groups == edited.groups
            assert not_none(s.get(HealthProfile, editing.clone(s, admin, pid))).name == (
                "Copy of Standard (2)"
            )
            assert editing.publish(s, admin, copy_id) == copy_id
            assert not copy.is_default
            summaries = editing.list_profiles(s)
            assert [(p.name, p.status) for p in summaries] == [
                ("Copy of Standard", ProfileStatus.LIVE), ("Standard", ProfileStatus.LIVE),
                ("Copy of Standard (2)", ProfileStatus.DRAFT),
            ]  # fmt: skip

            # the default is neither unpublished nor deleted while another is live
            assert _refused(editing.unpublish, s, admin, pid).field == "is_default"
            assert _refused(editing.delete_profile, s, admin, pid).field == "is_default"
            editing.set_default(s, admin, copy_id)
            assert (copy.is_default, not_none(s.get(HealthProfile, pid)).is_default) == (
                True, False,
            )  # fmt: skip
            editing.unpublish(s, admin, pid)
            assert not_none(s.get(HealthProfile, pid)).status == ProfileStatus.DRAFT
            assert _refused(editing.set_default, s, admin, pid).field == "is_default"
            assert _refused(editing.unpublish, s, admin, pid).field == "status"
            editing.delete_profile(s, admin, pid)
            with pytest.raises(NotFound):
                editing.read_draft(s, pid)
            editing.delete_profile(s, admin, copy_id)  # the last live one may go
            assert [p.name for p in editing.list_profiles(s)] == ["Copy of Standard (2)"]
        finally:
            s.rollback()


def test_a_draft_of_a_deleted_live_profile_becomes_a_profile_of_its_own(book):
    with book.session() as s:
        try:
            admin = _admin(s)
            pid = editing.publish(s, admin, editing.create_profile(s, admin, _draft()))
            draft_id = editing.edit_live(s, admin, pid)
            editing.delete_profile(s, admin, pid)
            assert not_none(s.get(HealthProfile, draft_id)).draft_of_id is None
            assert editing.publish(s, admin, draft_id) == draft_id
            row = not_none(s.get(HealthProfile, draft_id))
            assert (row.status, row.is_default) == (ProfileStatus.LIVE, True)
            again = editing.edit_live(s, admin, draft_id)
            editing.unpublish(s, admin, draft_id)  # so does a draft of an unpublished one
            assert not_none(s.get(HealthProfile, again)).draft_of_id is None
        finally:
            s.rollback()


def test_a_nested_change_of_a_rule_is_saved(book):
    """A condition's value edited inside the draft read from the same session is a change
    (the draft holds its own copy of the stored config)."""
    with book.session() as s:
        try:
            admin = _admin(s)
            pid = editing.create_profile(s, admin, _draft())
            draft = editing.read_draft(s, pid)
            draft.groups[0].rules[0].config["conditions"][0]["value"] = 10
            draft.groups[1].rules[0].config["bands"][1][1] = 40
            editing.save_profile(s, admin, pid, draft)
            s.expire_all()
            stored = editing.read_draft(s, pid)
            assert stored.groups[0].rules[0].config["conditions"][0]["value"] == 10
            assert stored.groups[1].rules[0].config["bands"][1] == [1, 40]
        finally:
            s.rollback()


def test_live_profiles_keep_their_names_and_segments_their_own(book):
    with book.session() as s:
        try:
            admin = _admin(s)
            first = _draft("Enterprise health")
            first.segment_view_ids = [_views(s)["Enterprise"]]
            editing.publish(s, admin, editing.create_profile(s, admin, first))
            same_name = editing.create_profile(s, admin, _draft("enterprise health"))
            assert _refused(editing.publish, s, admin, same_name).field == "name"
            second = _draft("SMB health")
            second.segment_view_ids = [_views(s)["SMB"], _views(s)["Enterprise"]]
            clash = editing.create_profile(s, admin, second)  # a draft may share a segment
            error = _refused(editing.publish, s, admin, clash)
            assert error.field == "segments" and "Enterprise" in error.message
        finally:
            s.rollback()


def test_every_write_has_its_change_entries(book):
    with book.session() as s:
        try:
            admin = _admin(s)
            pid = editing.create_profile(s, admin, _draft())
            draft_id = editing.edit_live(s, admin, editing.publish(s, admin, pid))
            edited = editing.read_draft(s, draft_id)
            edited.groups[0].rules.pop()
            edited.groups[1].rules[0].config["window_days"] = 45
            editing.save_profile(s, admin, draft_id, edited)
            editing.publish(s, admin, draft_id)
            s.flush()
            entries = s.scalars(select(Change).where(Change.user_id == admin.id)).all()
            by_row = {(e.entity, e.row_id, e.op, e.field) for e in entries}
            assert ("health_profiles", pid, ChangeOp.CREATE, "") in by_row
            assert ("health_profiles", pid, ChangeOp.SET, "status") in by_row
            assert ("health_profiles", draft_id, ChangeOp.DELETE, "deleted_at") in by_row
            strategic = s.scalars(select(HealthRule).where(HealthRule.label == "Strategic")).all()
            assert any(("health_rules", r.id, ChangeOp.DELETE, "deleted_at") in by_row
                       for r in strategic)  # fmt: skip
            window = [e for e in entries if e.entity == "health_rules" and e.field == "config"]
            assert window  # the live rule's config copied from its draft, as an entry
        finally:
            s.rollback()


# ---- validation -----------------------------------------------------------------------------


def test_a_draft_is_refused_at_its_field(book):
    with book.session() as s:
        try:
            check = editing.check_draft
            editing.check_draft(s, _draft())
            assert _refused(check, s, _draft("  ")).field == "name"
            assert _refused(check, s, _draft("x" * 201)).field == "name"
            error = _refused(check, s, _draft(fit=40, engagement=50))
            assert error.field == "max_points" and "90" in error.message
            assert _refused(check, s, _draft(fit=0, engagement=100)).field == "max_points"
            six = _draft()
            six.segment_view_ids = list(_views(s).values())[:6]
            assert len(six.segment_view_ids) == 6
            assert _refused(check, s, six).field == "segments"
            twice = _draft()
            twice.segment_view_ids = [_views(s)["SMB"]] * 2
            assert _refused(check, s, twice).field == "segments"
            ghost = _draft()
            ghost.segment_view_ids = [uuid.uuid4()]
            assert _refused(check, s, ghost).field == "segments"
            bad_property = _draft()
            bad_property.groups[0].rules[1].config = {
                "conditions": [{"property": "mood", "op": "is", "value": "sunny"}], "points": 5,
            }  # fmt: skip
            error = _refused(check, s, bad_property)
            assert isinstance(error, editing.DraftError)
            assert (error.field, error.group, error.rule) == ("mood", 0, 1)
            no_rules = _draft()
            no_rules.groups[1].rules = []
            error = _refused(check, s, no_rules)
            assert isinstance(error, editing.DraftError)
            assert (error.field, error.group) == ("rules", 1)
            unnamed = _draft()
            unnamed.groups[1].rules[0].label = ""
            assert _refused(check, s, unnamed).field == "label"
            thresholds = _draft()
            thresholds.at_risk_max = 70
            assert _refused(check, s, thresholds).field == "neutral_max"
            bad_bands = _draft()
            bad_bands.groups[1].rules[0].config = {**MEETINGS, "bands": [[2, 10], [1, 20]]}
            assert _refused(check, s, bad_bands).field == "bands"
            services_view = saved_views.create_view(
                s, _admin(s), main_workspace(s), ViewTab.SERVICES, "Onboarding",
                object_type_id=s.scalar(select(ObjectType.id).where(ObjectType.key == "services")),
            )  # fmt: skip
            wrong_tab = _draft()
            wrong_tab.segment_view_ids = [services_view.id]
            assert _refused(check, s, wrong_tab).field == "segments"
            # nothing refused is stored
            before = s.scalar(select(func.count()).select_from(HealthProfile))
            assert _refused(editing.create_profile, s, _admin(s), no_rules).field == "rules"
            assert s.scalar(select(func.count()).select_from(HealthProfile)) == before
        finally:
            s.rollback()


def test_at_most_ten_live_and_twenty_draft_profiles(book):
    with book.session() as s:
        try:
            admin = _admin(s)
            for i in range(10):
                editing.publish(s, admin, editing.create_profile(s, admin, _draft(f"Live {i}")))
            ids = [editing.create_profile(s, admin, _draft(f"Draft {i}")) for i in range(20)]
            assert _refused(editing.create_profile, s, admin, _draft("One more")).field == "status"
            assert _refused(editing.clone, s, admin, ids[0]).field == "status"
            editing.delete_profile(s, admin, ids.pop())
            assert _refused(editing.publish, s, admin, ids[0]).field == "status"  # 11th live
            live = [p.id for p in editing.list_profiles(s) if p.status == ProfileStatus.LIVE]
            non_default = next(i for i in live if not not_none(s.get(HealthProfile, i)).is_default)
            editing.create_profile(s, admin, _draft("Twentieth"))
            assert _refused(editing.unpublish, s, admin, non_default).field == "status"  # 21st
        finally:
            s.rollback()


# ---- templates ------------------------------------------------------------------------------


def _templates_validate(s: Session) -> None:
    """Every ready template validates; "Start from scratch" only once its groups have rules."""
    for t in templates.TEMPLATES:
        draft = t.build(s)
        assert sum(g.max_points for g in draft.groups) == 100, t.key
        assert t.title and t.description
        if t.key == "blank":
            assert [(g.name, g.max_points, g.rules) for g in draft.groups] == [
                ("Fit", 50, []), ("Engagement", 50, []),
            ]  # fmt: skip
            assert _refused(editing.check_draft, s, draft).field == "rules"
            draft.groups[0].rules.append(
                RuleDraft(
                    "Known renewal",
                    {"conditions": [{"property": "renewal_date", "op": "is_known"}], "points": 50},
                )
            )
            draft.groups[1].rules.append(RuleDraft("Meetings", dict(MEETINGS)))  # fmt: skip
        editing.check_draft(s, draft)


def test_templates_on_an_empty_workspace_of_companies(workspace_db):
    with workspace_db.session() as s:
        _templates_validate(s)
        names = {g.name for g in templates.template("complete").build(s).groups}
        assert names == {"One-to-one engagement", "Call engagement", "Supported tickets",
                         "CSM sentiment and NPS", "Activity recency", "Renewal"}  # fmt: skip


def test_templates_on_an_empty_workspace_of_contacts(db):
    """Contacts have no NPS: the sentiment group is left out, the others scaled to 100."""
    with db.session() as s, s.begin():
        admin = setup_empty_workspace(
            s, SetupChoice("contacts", "contact_owner", "Ada Admin", "ada@example.com")
        )
        _templates_validate(s)
        complete = templates.template("complete").build(s)
        assert "CSM sentiment and NPS" not in {g.name for g in complete.groups}
        pid = editing.publish(s, admin, editing.create_profile(s, admin, complete))
        assert editing.read_draft(s, pid).groups == complete.groups


def test_a_sentiment_property_gets_its_rules():
    props = {
        "csm_sentiment": PropertyInfo(
            uuid.uuid4(), "csm_sentiment", "CSM sentiment", PropertyType.CHOICE, None,
            False, False, ("Positive", "Neutral", "Negative"),
        )
    }  # fmt: skip
    rules = dict(templates._sentiment_and_nps(props))
    assert rules["CSM sentiment: positive"]["conditions"][0]["value"] == ["Positive"]
    assert rules["CSM sentiment: negative"]["points"] == -100
    assert templates.scale_to_100([25, 15, 15, 10, 10]) == [34, 20, 20, 13, 13]
    assert sum(templates.scale_to_100([1, 1, 1])) == 100


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("health_demo") / "demo.db")
    generate_demo(db, companies=30, seed=3, today=dt.date(2026, 3, 11))
    yield db
    db.dispose()


def test_templates_on_the_demo(demo):
    with demo.session() as s:
        try:
            _templates_validate(s)
            admin = s.scalars(select(User).where(User.is_super_admin)).first()
            draft = templates.template("complete").build(s)
            pid = editing.create_profile(s, not_none(admin), draft)
            result = score_customers(s, editing.spec_of(draft, pid), NOW, zone=UTC)
            assert len(result.scores) > 1 and len({c.score for c in result.scores.values()}) > 1
        finally:
            s.rollback()


# ---- Test a record and Preview distribution -------------------------------------------------


def test_test_a_record_equals_the_engine(book):
    with book.session() as s:
        spec = editing.spec_of(_draft())
        assert editing.spec_of(_draft()) == spec  # stable ids for an unstored draft
        everyone = score_customers(s, spec, NOW, zone=UTC)
        for record_id, expected in everyone.scores.items():
            assert editing.test_record(s, spec, record_id, NOW, UTC) == expected
        assert editing.test_record(s, spec, uuid.uuid4(), NOW, UTC) is None


def _expected(s: Session, spec: profiles.ProfileSpec) -> tuple[Counter[int], Counter[Any], int]:
    result = score_customers(s, spec, NOW, zone=UTC)
    scores = Counter(c.score for c in result.scores.values())
    categories = Counter(c.category for c in result.scores.values())
    return scores, categories, len(result.unscored)


def test_preview_counts_what_the_engine_scores(book, monkeypatch):
    monkeypatch.setattr(preview, "CHUNK", 5)  # three chunks of the twelve customers
    with book.session() as s:
        try:
            admin = _admin(s)
            draft = _draft()
            draft.groups[0].rules = [RuleDraft("Promoter", dict(NPS_HIGH))]  # some lack NPS
            draft.groups = draft.groups[:1]
            draft.groups[0].max_points = 100
            spec = editing.spec_of(draft)
            result = score_customers(s, spec, NOW, zone=UTC)
            assert result.unscored  # the companies with no NPS
            # stored scores: some customers' categories differ from the preview's
            pid = editing.publish(s, admin, editing.create_profile(s, admin, _draft()))
            batch = ChangeBatch(s, admin.id)
            flipped = 0
            scored_ids = sorted(result.scores)
            for i, record_id in enumerate([*scored_ids, *sorted(result.unscored)]):
                now_cat = result.scores[record_id].category if record_id in result.scores else None
                stored = HealthCategory.HEALTHY if i % 2 else HealthCategory.AT_RISK
                flipped += now_cat != stored
                writer.add(batch, HealthScore(
                    record_id=record_id, profile_id=pid, score=50, category=stored,
                    computed_at=NOW, breakdown={}))  # fmt: skip
            s.flush()
            calls: list[tuple[int, int]] = []
            got = preview.preview_distribution(
                s, spec, NOW, UTC, progress=lambda d, t: calls.append((d, t))
            )
            scores, categories, unscored = _expected(s, spec)
            assert got.total == 12 and got.unscored == unscored == len(result.unscored)
            assert len(got.histogram) == 101
            assert {n: c for n, c in enumerate(got.histogram) if c} == dict(scores)
            assert {k: v for k, v in got.by_category.items() if v} == dict(categories)
            assert got.changes == flipped
            expected_average = sum(c.score for c in result.scores.values()) / len(result.scores)
            assert got.average == pytest.approx(expected_average)
            assert calls == [(0, 12), (5, 12), (10, 12), (12, 12)]
            assert [p.scored for p in editing.list_profiles(s) if p.id == pid] == [12]
        finally:
            s.rollback()


def test_published_scores_stored_tested_and_previewed_agree(book):
    """Publish, store the scores (`store.recompute`): Test a record gives each customer's
    stored score, the list counts them, a preview of the same profile changes nobody and
    one of its edited draft changes those whose category moves."""
    with book.session() as s:
        try:
            admin = _admin(s)
            pid = editing.publish(s, admin, editing.create_profile(s, admin, _draft()))
            store.recompute(s, NOW, UTC)
            stored = {
                h.record_id: h
                for h in s.scalars(select(HealthScore).where(HealthScore.profile_id == pid))
            }
            assert stored
            spec = profiles.load_profile(s, pid)
            for record_id, row in stored.items():
                tested = not_none(editing.test_record(s, spec, record_id, NOW, UTC))
                assert (tested.score, tested.category) == (row.score, HealthCategory(row.category))
            [summary] = editing.list_profiles(s)
            assert summary.scored == len(stored)
            same = preview.preview_distribution(s, spec, NOW, UTC)
            assert same.changes == 0 and same.total - same.unscored == len(stored)

            draft_id = editing.edit_live(s, admin, pid)
            stricter = editing.read_draft(s, draft_id)
            stricter.at_risk_max, stricter.neutral_max = 59, 89
            editing.save_profile(s, admin, draft_id, stricter)
            moved = preview.preview_distribution(s, editing.spec_of(stricter), NOW, UTC)
            result = score_customers(s, editing.spec_of(stricter), NOW, zone=UTC)
            expected = sum(
                1
                for record_id, row in stored.items()
                if record_id not in result.scores
                or result.scores[record_id].category != HealthCategory(row.category)
            )
            assert moved.changes == expected > 0
            assert editing.publish(s, admin, draft_id) == pid  # the stored scores' profile
            store.recompute(s, NOW, UTC)
            assert (
                preview.preview_distribution(s, profiles.load_profile(s, pid), NOW, UTC).changes
                == 0
            )
        finally:
            s.rollback()


def test_a_preview_stops_when_cancelled(book, monkeypatch):
    monkeypatch.setattr(preview, "CHUNK", 5)
    with book.session() as s:
        asked: list[int] = []

        def cancelled() -> bool:
            asked.append(1)
            return len(asked) > 1  # after the first chunk

        with pytest.raises(preview.PreviewCancelled):
            preview.preview_distribution(
                s, editing.spec_of(_draft()), NOW, UTC, cancelled=cancelled
            )
        assert len(asked) == 2
        empty = preview.preview_distribution(s, editing.spec_of(_draft()), NOW, UTC)
        assert empty.changes == 0 and empty.total == 12  # no stored scores: no changes
