"""The "+ Create" record form's rules (OBJ-2, OBJ-3, UX-5, PERM-3): which fields it asks
for, every field's refusal at once, a stage's required values, and the permission."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.domain import records
from app.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from app.domain.record_form import form_spec
from app.store import Change, ObjectType, Pipeline, Record, Stage, User
from tests.support import signed_in_user


def _object(session, key) -> ObjectType:
    return session.scalars(select(ObjectType).where(ObjectType.key == key)).one()


def _stage(session, stage_name: str) -> Stage:
    return session.scalars(
        select(Stage).join(Pipeline).where(Pipeline.name == "Renewals", Stage.name == stage_name)
    ).one()


def _counts(session) -> tuple[int, int]:
    return (
        session.scalar(select(func.count()).select_from(Record)),
        session.scalar(select(func.count()).select_from(Change)),
    )


def test_the_form_asks_for_required_and_common_properties(workspace_db):
    with workspace_db.session() as session:
        companies = form_spec(session, _object(session, "companies").id)
        contacts = form_spec(session, _object(session, "contacts").id)
        deals = form_spec(session, _object(session, "deals").id)
        won = _stage(session, "Closed won").id
    assert [p.key for p in companies.fields] == [
        "name", "domain", "csm_owner", "arr", "renewal_date",
    ]  # fmt: skip
    assert companies.owner_key == "csm_owner" and not companies.pipelines
    assert [p.key for p in contacts.fields] == ["name", "email", "contact_owner", "renewal_date"]
    assert [p.key for p in deals.fields] == ["name", "deal_owner", "amount", "close_date"]
    assert [p.name for p in deals.pipelines] == ["Renewals"]
    # Closed won needs the amount and the close date: both are on the form already.
    assert deals.for_stage(won) == ()
    lost = next(s for s in deals.pipelines[0].stages if s.name == "Closed lost")
    assert [p.key for p in deals.for_stage(lost.id)] == ["lost_reason"]


def test_every_field_is_refused_at_once_and_nothing_is_written(workspace_db):
    with workspace_db.session() as session, session.begin():
        admin = signed_in_user(session)
        deals = _object(session, "deals")
        lost = _stage(session, "Closed lost")
        before = _counts(session)
        values = {
            "name": "", "amount": "12,5x", "close_date": "31/02/2027",
            "deal_owner": str(admin.id), "stage": str(lost.id),
        }  # fmt: skip
        errors = records.check_new_record(session, admin, deals, values, "en_GB")
        with pytest.raises(ValidationErrors) as refused:
            records.create_record(session, admin, deals, values, locale="en_GB")
        assert _counts(session) == before
    assert refused.value.errors == errors
    assert list(errors) == ["name", "amount", "close_date", "lost_reason"]
    assert errors["name"] == "Deal name: is required."
    assert "is not an amount" in errors["amount"]
    assert errors["close_date"].startswith("Close date: “31/02/2027” is not a date")
    assert errors["lost_reason"] == "Closed lost reason is required to enter Closed lost."
    assert isinstance(refused.value, ValidationError) and refused.value.field == "name"


def test_a_missing_name_is_named_even_when_it_was_not_given(workspace_db):
    with workspace_db.session() as session:
        admin = signed_in_user(session)
        errors = records.check_new_record(
            session, admin, _object(session, "companies"), {"domain": "acme.com"}, "en_US"
        )
    assert errors == {"name": "A company needs a name."}


def test_a_form_in_the_viewers_locale_creates_the_record(workspace_db):
    with workspace_db.session() as session, session.begin():
        admin = signed_in_user(session)
        deals = _object(session, "deals")
        won = _stage(session, "Closed won")
        values = {
            "name": "Acme renewal", "amount": "12 500,50", "close_date": "15.06.2027",
            "deal_owner": str(admin.id), "pipeline": str(won.pipeline_id), "stage": str(won.id),
        }  # fmt: skip
        assert records.check_new_record(session, admin, deals, values, "pl_PL") == {}
        deal = records.create_record(session, admin, deals, values, locale="pl_PL")
        assert (deal.amount_minor, deal.renewal_date) == (1_250_050, dt.date(2027, 6, 15))
        assert (deal.stage_id, deal.owner_id) == (won.id, admin.id)


def test_a_viewer_who_cannot_edit_records_is_refused_in_the_domain(workspace_db):
    with workspace_db.session() as session, session.begin():
        guest = User(name="Gus Guest", email="gus@example.com", has_workspace_access=True)
        session.add(guest)
        session.flush()
        before = _counts(session)
        with pytest.raises(PermissionDenied):
            records.create_record(
                session, guest, _object(session, "companies"), {"name": "Acme"}, locale="en_US"
            )
        assert _counts(session) == before
