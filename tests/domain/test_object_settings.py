"""Settings → Objects (OBJ-1..3, SET-1, SET-4, SET-5, PERM-4): custom objects, properties of
every OBJ-2 type, choice options, pipelines and stages with required properties, and the
service and revenue objects, each refusal with its reason."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain import object_settings as objs
from app.domain import pipeline_settings as ps
from app.domain import records, tab_settings
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.pipelines import move_to_stage, pipelines_of, tab_pipelines
from app.domain.properties import load_properties
from app.domain.workspace import customer_object, main_workspace
from app.store import (
    Change,
    ObjectType,
    PropertyDefinition,
    PropertyType,
    Record,
    User,
    ViewTab,
)

T = PropertyType


def _admin(s) -> User:
    return s.scalar(select(User).where(User.name == "Ada Admin"))


def _object(s, key: str) -> ObjectType:
    return s.scalar(select(ObjectType).where(ObjectType.key == key))


@pytest.fixture
def csm(workspace_db):
    with workspace_db.session() as s, s.begin():
        user = User(name="Cory Csm", email="cory@example.com", has_service_seat=True)
        s.add(user)
    return user


def _refused(exc, field: str, text: str) -> None:
    assert exc.value.field == field and text in exc.value.message, exc.value.message


def test_a_custom_object_with_stages_gets_a_name_an_owner_and_a_first_pipeline(workspace_db):
    with workspace_db.session() as s, s.begin():
        subs = objs.create_object(s, _admin(s), "Subscription", "Subscriptions", has_pipelines=True)
        assert subs.key == "subscriptions" and subs.is_custom
    with workspace_db.session() as s:
        props = load_properties(s, subs.id)
        assert props["name"].column == "name" and props["name"].is_required
        assert props["owner"].type == T.USER and props["owner"].column == "owner_id"
        (pipeline,) = pipelines_of(s, subs)
        assert [st.name for st in pipeline.stages] == ["New", "In progress", "Done"]
        assert [st.is_closed for st in pipeline.stages] == [False, False, True]
        plain = objs.create_object(s, _admin(s), "Licence", "Licences")
        assert not plain.has_pipelines and pipelines_of(s, plain) == []
        s.rollback()


def test_objects_are_named_once_and_standard_ones_keep_their_names(workspace_db):
    with workspace_db.session() as s, s.begin():
        admin = _admin(s)
        subs = objs.create_object(s, admin, "Subscription", "Subscriptions")
        with pytest.raises(ValidationError) as refused:
            objs.create_object(s, admin, "subscription", "SUBSCRIPTIONS")
        _refused(refused, "plural", "already is an object called “Subscriptions”")
        with pytest.raises(ValidationError) as refused:
            objs.create_object(s, admin, "Company", "Firms")
        _refused(refused, "plural", "“Companies”")
        with pytest.raises(ValidationError) as refused:
            objs.create_object(s, admin, " ", "Plans")
        _refused(refused, "singular", "Enter the singular name")
        objs.rename_object(s, admin, subs.id, "Plan", "Plans")
        assert (subs.singular, subs.plural, subs.key) == ("Plan", "Plans", "subscriptions")
        with pytest.raises(ValidationError) as refused:
            objs.rename_object(s, admin, _object(s, "deals").id, "Opportunity", "Opportunities")
        _refused(refused, "plural", "Deals is a standard object")
        with pytest.raises(ValidationError) as refused:
            objs.archive_object(s, admin, _object(s, "companies").id)
        _refused(refused, "object", "cannot be archived")
        objs.archive_object(s, admin, subs.id)
        assert subs.deleted_at is not None
        assert "Plans" not in [o.plural for o in objs.objects(s)]


def test_an_object_a_workspace_uses_is_not_archived(workspace_db):
    with workspace_db.session() as s, s.begin():
        admin = _admin(s)
        subs = objs.create_object(s, admin, "Subscription", "Subscriptions", has_pipelines=True)
        tab_settings.update_object_choices(
            s, admin, main_workspace(s), service_object_id=subs.id, revenue_object_ids=[]
        )
        with pytest.raises(ValidationError) as refused:
            objs.archive_object(s, admin, subs.id)
        _refused(refused, "object", "the service object of “Customer Success”")


@pytest.mark.parametrize(
    ("kind", "options"),
    [
        (T.TEXT, ()), (T.MULTILINE, ()), (T.NUMBER, ()), (T.CURRENCY, ()), (T.DATE, ()),
        (T.DATETIME, ()), (T.CHOICE, ("Gold", "Silver")), (T.MULTI_CHOICE, ("A", "B")),
        (T.CHECKBOX, ()), (T.USER, ()),
    ],
)  # fmt: skip
def test_every_property_type_can_be_added_and_holds_a_value(workspace_db, kind, options):
    values = {
        T.TEXT: "x", T.MULTILINE: "a\nb", T.NUMBER: 3, T.CURRENCY: 1250, T.DATE: "2026-03-01",
        T.DATETIME: "2026-03-01T10:00:00+00:00", T.CHOICE: "Gold", T.MULTI_CHOICE: ["B"],
        T.CHECKBOX: True,
    }  # fmt: skip
    with workspace_db.session() as s, s.begin():
        admin = _admin(s)
        companies = customer_object(s)
        prop = objs.add_property(s, admin, companies.id, f"Plan {kind.value}", kind, options)
        assert prop.key == f"plan_{kind.value}" and prop.type == kind
        info = load_properties(s, companies.id)[prop.key]
        assert info.options == options
        value = admin.id if kind == T.USER else values[kind]
        record = records.create_record(s, admin, companies, {"name": "Acme", prop.key: value})
        assert records.get_value(record, info) not in (None, "", [])


def test_keys_come_from_labels_and_duplicates_are_refused(workspace_db):
    with workspace_db.session() as s, s.begin():
        admin = _admin(s)
        companies = customer_object(s).id
        first = objs.add_property(s, admin, companies, "Contract términos", T.TEXT)
        assert first.key == "contract_terminos"
        with pytest.raises(ValidationError) as refused:
            objs.add_property(s, admin, companies, "contract TÉRMINOS", T.TEXT)
        _refused(refused, "label", "Companies already have a property called “Contract términos”")
        objs.archive_property(s, admin, first.id)
        again = objs.add_property(s, admin, companies, "Contract términos", T.NUMBER)
        assert again.key == "contract_terminos_2"  # the archived one keeps its key
        assert objs.add_property(s, admin, companies, "Stage", T.TEXT).key == "stage_2"
        assert objs.add_property(s, admin, companies, "2026 goal", T.TEXT).key == "p_2026_goal"
        with pytest.raises(ValidationError) as refused:
            objs.add_property(s, admin, companies, "", T.TEXT)
        _refused(refused, "label", "Enter the property name")
        with pytest.raises(ValidationError) as refused:
            objs.add_property(s, admin, companies, "Health", T.CHOICE)
        _refused(refused, "options", "needs at least one option")
        with pytest.raises(ValidationError) as refused:
            objs.add_property(s, admin, companies, "Health", T.CHOICE, ("Good", "good"))
        _refused(refused, "options", "Two options are called “good”")
        with pytest.raises(ValidationError) as refused:
            objs.add_property(s, admin, companies, "Health", T.TEXT, ("Good",))
        _refused(refused, "options", "Only choice properties")
        with pytest.raises(ValidationError) as refused:
            objs.add_property(s, admin, companies, "Count", T.DERIVED)
        _refused(refused, "type", "Choose a property type")
        with pytest.raises(ValidationError) as refused:
            objs.add_property(s, admin, companies, "MRR", T.CURRENCY, currency="dollars")
        _refused(refused, "currency", "three-letter code")


def test_a_new_date_owner_or_money_property_takes_its_free_column(workspace_db):
    with workspace_db.session() as s, s.begin():
        admin = _admin(s)
        subs = objs.create_object(s, admin, "Subscription", "Subscriptions", has_pipelines=True)
        end = objs.add_property(s, admin, subs.id, "End date", T.DATE)
        mrr = objs.add_property(s, admin, subs.id, "MRR", T.CURRENCY)
        other = objs.add_property(s, admin, subs.id, "Start date", T.DATE)
        seller = objs.add_property(s, admin, subs.id, "Seller", T.USER)
        assert (end.column, mrr.column, other.column) == ("renewal_date", "amount_minor", None)
        assert seller.column is None  # the owner holds owner_id
        assert mrr.currency == "USD"


def test_properties_are_renamed_reordered_archived_and_restored_with_their_values(
    workspace_db,
):
    with workspace_db.session() as s, s.begin():
        admin = _admin(s)
        companies = customer_object(s)
        plan = objs.add_property(s, admin, companies.id, "Plan", T.TEXT)
        acme = records.create_record(s, admin, companies, {"name": "Acme", "plan": "Gold"})
        objs.rename_property(s, admin, plan.id, "Plan name")
        assert plan.label == "Plan name" and plan.key == "plan"
        with pytest.raises(ValidationError) as refused:
            objs.rename_property(s, admin, plan.id, "industry")
        _refused(refused, "label", "“Industry”")
        order = [p.id for p in objs.properties(s, companies.id)]
        objs.reorder_properties(s, admin, companies.id, [order[-1], *order[:-1]])
        assert objs.properties(s, companies.id)[0].key == "plan"
        with pytest.raises(ValidationError) as refused:
            objs.reorder_properties(s, admin, companies.id, order[:-1])
        _refused(refused, "order", "every property once")
        objs.archive_property(s, admin, plan.id)
        assert "plan" not in load_properties(s, companies.id)
        assert acme.props["plan"] == "Gold"  # the value stays, and the history names it
        assert [p.key for p in objs.archived_properties(s, companies.id)] == ["plan"]
        objs.restore_property(s, admin, plan.id)
        assert "plan" in load_properties(s, companies.id)
        entries = s.scalars(select(Change).where(Change.row_id == plan.id)).all()
        assert {e.field for e in entries} >= {"label", "deleted_at"}


def test_tends_own_and_used_properties_are_not_archived(workspace_db):
    with workspace_db.session() as s, s.begin():
        admin = _admin(s)
        props = {p.key: p for p in s.scalars(select(PropertyDefinition).where(
            PropertyDefinition.object_type_id == customer_object(s).id))}  # fmt: skip
        for key in ("name", "create_date", "contact_count"):
            with pytest.raises(ValidationError) as refused:
                objs.archive_property(s, admin, props[key].id)
            _refused(refused, "property", "is kept by Tend")
        with pytest.raises(ValidationError) as refused:
            objs.archive_property(s, admin, props["csm_owner"].id)
        _refused(refused, "property", "the CSM property of “Customer Success”")


def test_choice_options_are_added_renamed_reordered_and_archived(workspace_db):
    with workspace_db.session() as s, s.begin():
        admin = _admin(s)
        companies = customer_object(s)
        plan = objs.add_property(s, admin, companies.id, "Plan", T.CHOICE, ("Gold", "Silver"))
        acme = records.create_record(s, admin, companies, {"name": "Acme", "plan": "Gold"})
        objs.add_option(s, admin, plan.id, "Bronze")
        with pytest.raises(ValidationError) as refused:
            objs.add_option(s, admin, plan.id, "bronze")
        _refused(refused, "options", "already has the option “bronze”")
        gold, silver, bronze = objs.options(s, plan.id)
        assert objs.rename_option(s, admin, gold.id, "Platinum") == 1
        s.refresh(acme)
        assert acme.props["plan"] == "Platinum"
        with pytest.raises(ValidationError):
            objs.rename_option(s, admin, silver.id, "platinum")
        objs.reorder_options(s, admin, plan.id, [bronze.id, silver.id, gold.id])
        assert [o.value for o in objs.options(s, plan.id)] == ["Bronze", "Silver", "Platinum"]
        objs.archive_option(s, admin, silver.id)
        objs.archive_option(s, admin, bronze.id)
        assert load_properties(s, companies.id)["plan"].options == ("Platinum",)
        with pytest.raises(ValidationError) as refused:
            objs.archive_option(s, admin, gold.id)
        _refused(refused, "options", "keeps at least one option")
        objs.add_option(s, admin, plan.id, "Silver")  # the archived one comes back
        assert [o.id for o in objs.options(s, plan.id)] == [gold.id, silver.id]
        with pytest.raises(ValidationError) as refused:
            objs.add_option(s, admin, load_properties(s, companies.id)["nps"].id, "9")
        _refused(refused, "options", "is not a choice property")


def test_pipelines_and_stages_are_added_renamed_reordered_and_archived(workspace_db):
    with workspace_db.session() as s, s.begin():
        admin = _admin(s)
        subs = objs.create_object(s, admin, "Subscription", "Subscriptions", has_pipelines=True)
        tab_settings.update_object_choices(
            s, admin, main_workspace(s), service_object_id=subs.id, revenue_object_ids=[]
        )
        first = pipelines_of(s, subs)[0]
        renewals = ps.add_pipeline(s, admin, subs.id, "Renewals", ("Due", "Signed"))
        # the workspace that shows the object shows the new pipeline too
        shown = tab_pipelines(s, admin, ViewTab.SERVICES)
        assert [p.name for p in shown.pipelines] == ["Subscriptions", "Renewals"]
        with pytest.raises(ValidationError) as refused:
            ps.add_pipeline(s, admin, subs.id, "renewals")
        _refused(refused, "pipeline", "already have a pipeline “renewals”")
        with pytest.raises(ValidationError) as refused:
            ps.add_pipeline(s, admin, customer_object(s).id, "Accounts")
        _refused(refused, "pipeline", "Companies have no stages")
        ps.rename_pipeline(s, admin, renewals.id, "Renewal desk")
        ps.reorder_pipelines(s, admin, subs.id, [renewals.id, first.id])
        assert [p.name for p in pipelines_of(s, subs)] == ["Renewal desk", "Subscriptions"]
        due, signed = (st.id for st in pipelines_of(s, subs)[0].stages)
        lost = ps.add_stage(s, admin, renewals.id, "Lost", closed=True)
        with pytest.raises(ValidationError) as refused:
            ps.add_stage(s, admin, renewals.id, "lost")
        _refused(refused, "stage", "already has a stage “lost”")
        ps.rename_stage(s, admin, due, "Renewal due")
        ps.set_stage_closed(s, admin, signed, False)
        assert not pipelines_of(s, subs)[0].stage(signed).is_closed
        ps.reorder_stages(s, admin, renewals.id, [due, lost.id, signed])
        assert [st.name for st in pipelines_of(s, subs)[0].stages] == [
            "Renewal due", "Lost", "Signed"
        ]  # fmt: skip
        record = records.create_record(s, admin, subs, {"name": "Acme", "stage": lost.id})
        with pytest.raises(ValidationError) as refused:
            ps.archive_stage(s, admin, lost.id)
        _refused(refused, "stage", "1 records are in “Lost”")
        with pytest.raises(ValidationError) as refused:
            ps.archive_pipeline(s, admin, renewals.id)
        _refused(refused, "pipeline", "1 records are in “Renewal desk”")
        records.delete_record(s, admin, record)
        ps.archive_stage(s, admin, lost.id)
        ps.archive_pipeline(s, admin, renewals.id)
        assert [p.name for p in pipelines_of(s, subs)] == ["Subscriptions"]
        assert [p.name for p in tab_pipelines(s, admin, ViewTab.SERVICES).pipelines] == [
            "Subscriptions"
        ]
        with pytest.raises(ValidationError) as refused:
            ps.archive_pipeline(s, admin, first.id)
        _refused(refused, "pipeline", "keep at least one pipeline")
        only = ps.add_pipeline(s, admin, subs.id, "Single", ("Only",))
        with pytest.raises(ValidationError) as refused:
            ps.archive_stage(s, admin, pipelines_of(s, subs)[1].stages[0].id)
        _refused(refused, "stage", "keeps at least one stage")
        assert only.name == "Single"


def test_a_stage_requires_properties_before_a_record_enters_it(workspace_db):
    with workspace_db.session() as s, s.begin():
        admin = _admin(s)
        subs = objs.create_object(s, admin, "Subscription", "Subscriptions", has_pipelines=True)
        end = objs.add_property(s, admin, subs.id, "End date", T.DATE)
        new, _progress, done = pipelines_of(s, subs)[0].stages
        ps.set_required_properties(s, admin, done.id, [end.id])
        assert ps.required_property_ids(s, done.id) == {end.id}
        record = records.create_record(s, admin, subs, {"name": "Acme", "stage": new.id})
        with pytest.raises(ValidationError):
            move_to_stage(s, admin, [record.id], done.id)
        move_to_stage(s, admin, [record.id], done.id, {"end_date": "2027-01-31"})
        with pytest.raises(ValidationError) as refused:
            ps.set_required_properties(
                s, admin, done.id, [load_properties(s, subs.id)["create_date"].id]
            )
        _refused(refused, "required", "editable properties of its object")
        # an archived property is no longer required
        objs.archive_property(s, admin, end.id)
        assert ps.required_property_ids(s, done.id) == set()
        ps.set_required_properties(s, admin, done.id, [])


def test_the_service_and_revenue_objects_are_chosen_in_set_1(workspace_db):
    with workspace_db.session() as s, s.begin():
        admin = _admin(s)
        ws = main_workspace(s)
        subs = objs.create_object(s, admin, "Subscription", "Subscriptions", has_pipelines=True)
        deals, services = _object(s, "deals"), _object(s, "services")
        choices = tab_settings.object_choices(s, admin)
        assert choices.service_object_id == services.id
        assert choices.revenue_object_ids == (deals.id,)
        assert {label for _i, label in choices.revenue_choices} == {"Deals", "Subscriptions"}
        tab_settings.update_object_choices(
            s, admin, ws, service_object_id=services.id, revenue_object_ids=[subs.id, deals.id]
        )
        revenue = tab_pipelines(s, admin, ViewTab.REVENUE)
        assert [p.object_label for p in revenue.pipelines] == ["Subscriptions", "Deals"]
        tab_settings.update_object_choices(
            s, admin, ws, service_object_id=services.id, revenue_object_ids=[deals.id]
        )
        assert [p.object_label for p in tab_pipelines(s, admin, ViewTab.REVENUE).pipelines] == [
            "Deals"
        ]
        for service, revenue_ids, field, text in (
            (customer_object(s).id, [], "service_object", "an object with stages"),
            (services.id, [subs.id, deals.id, _object(s, "tickets").id], "revenue_objects",
             "at most two"),
            (services.id, [_object(s, "tickets").id], "revenue_objects", "deals or custom"),
            (subs.id, [subs.id], "revenue_objects", "Subscriptions are the service object"),
        ):  # fmt: skip
            with pytest.raises(ValidationError) as refused:
                tab_settings.update_object_choices(
                    s, admin, ws, service_object_id=service, revenue_object_ids=revenue_ids
                )
            _refused(refused, field, text)


def test_the_csm_and_renewal_property_of_a_tab_object_are_chosen(workspace_db):
    with workspace_db.session() as s, s.begin():
        admin = _admin(s)
        ws = main_workspace(s)
        deals = _object(s, "deals")
        seller = objs.add_property(s, admin, deals.id, "Seller", T.USER)
        tab_settings.update_object_properties(
            s, admin, ViewTab.REVENUE, deals.id, csm_property_id=seller.id,
            renewal_property_id=None,
        )  # fmt: skip
        assert [p.owner_key for p in tab_pipelines(s, admin, ViewTab.REVENUE).pipelines] == [
            "seller"
        ]
        services = _object(s, "services")
        owner = load_properties(s, services.id)["service_owner"]
        tab_settings.update_object_properties(
            s, admin, ViewTab.SERVICES, services.id, csm_property_id=owner.id,
            renewal_property_id=None,
        )  # fmt: skip
        assert ws.service_renewal_property_id is None
        with pytest.raises(ValidationError) as refused:
            tab_settings.update_object_properties(
                s, admin, ViewTab.REVENUE, deals.id, csm_property_id=owner.id,
                renewal_property_id=None,
            )  # fmt: skip
        _refused(refused, "csm_property", "a user property of Deals")
        with pytest.raises(ValidationError) as refused:
            tab_settings.update_object_properties(
                s, admin, ViewTab.REVENUE, services.id, csm_property_id=None,
                renewal_property_id=None,
            )  # fmt: skip
        _refused(refused, "object", "not shown in this tab")


def test_a_csm_without_manage_cs_settings_is_refused_and_nothing_is_written(workspace_db, csm):
    with workspace_db.session() as s:
        companies = customer_object(s).id
        cory = s.get(User, csm.id)
        assert not objs.may_change(s, cory)
        for call in (
            lambda: objs.create_object(s, cory, "Plan", "Plans"),
            lambda: objs.add_property(s, cory, companies, "Plan", T.TEXT),
            lambda: ps.add_pipeline(s, cory, _object(s, "deals").id, "More"),
        ):
            with pytest.raises(PermissionDenied) as refused:
                call()
            assert "Manage CS settings" in refused.value.reason
        assert s.scalar(select(Record.id).limit(1)) is None
        assert "plan" not in load_properties(s, companies)


@pytest.fixture
def demo(db):
    from app.domain.demo import generate_demo

    generate_demo(db, companies=20, seed=5)
    return db


def test_on_the_demo_an_option_rename_follows_every_record_and_busy_stages_stay(demo):
    with demo.session() as s, s.begin():
        admin = s.scalar(
            select(User).where(User.is_super_admin, User.has_service_seat).order_by(User.name)
        )
        companies = customer_object(s)
        tier = load_properties(s, companies.id)["tier"]
        smb = next(o for o in objs.options(s, tier.id) if o.value == "SMB")
        holders = [
            r.id
            for r in s.scalars(select(Record).where(Record.object_type_id == companies.id))
            if (r.props or {}).get("tier") == "SMB" and r.deleted_at is None
        ]
        assert holders
        assert objs.rename_option(s, admin, smb.id, "Small business") == len(holders)
        for record_id in holders:
            assert s.get(Record, record_id).props["tier"] == "Small business"
        deals = _object(s, "deals")
        busy = s.scalar(
            select(Record.stage_id).where(
                Record.object_type_id == deals.id, Record.deleted_at.is_(None)
            )
        )
        with pytest.raises(ValidationError) as refused:
            ps.archive_stage(s, admin, busy)
        _refused(refused, "stage", "records are in")
        prop = objs.add_property(s, admin, deals.id, "Renewal risk", T.CHOICE, ("Low", "High"))
        assert prop.key == "renewal_risk"
