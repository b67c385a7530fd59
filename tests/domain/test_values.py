"""Issue 11 item 4: every bad value is a ValidationError at its field on SQLite and
PostgreSQL (amounts, numbers, dates and times past their bounds, ids that are not ids),
numbers typed in the viewer's locale, and a refused write leaves no change entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from app.domain import pipelines, records
from app.domain.errors import NotFound, ValidationError
from app.domain.properties import load_properties
from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace
from app.store import (
    Change,
    ObjectType,
    Pipeline,
    PropertyDefinition,
    PropertyType,
    Record,
    Stage,
    User,
)
from app.store.engine import Database
from tests.conftest import database_on

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
PLUS_5 = dt.timezone(dt.timedelta(hours=5))
MINUS_5 = dt.timezone(dt.timedelta(hours=-5))


@dataclass
class Workspace:
    db: Database
    admin_id: object


def add_json_properties(session, object_type_id) -> None:
    """Properties kept in `props` JSON for the types the catalogue only promotes (test
    set-up, not a user action)."""
    for key, kind, currency in (
        ("bonus", PropertyType.CURRENCY, "EUR"),
        ("first_call", PropertyType.DATETIME, None),
        ("signed_on", PropertyType.DATE, None),
    ):
        session.add(
            PropertyDefinition(
                object_type_id=object_type_id, key=key, label=key.title(), type=kind,
                currency=currency, position=90,
            )
        )  # fmt: skip


@pytest.fixture(scope="module", params=BACKENDS)
def ws(request, tmp_path_factory) -> Iterator[Workspace]:
    with ExitStack() as stack:
        db = database_on(request.param, tmp_path_factory, stack, "values")
        with db.write_session() as session:
            admin = setup_empty_workspace(
                session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
            add_json_properties(session, customer_object(session).id)
            admin_id = admin.id
        yield Workspace(db, admin_id)


def _refused(ws: Workspace, values: dict, *, locale: str | None = None) -> ValidationError:
    """Create a company with `values`; it must be refused, and nothing is written."""
    with ws.db.session() as session:
        before = session.scalar(select(func.count()).select_from(Change))
    with pytest.raises(ValidationError) as refused, ws.db.write_session() as session:
        records.create_record(
            session, session.get_one(User, ws.admin_id), customer_object(session),
            {"name": "Acme", **values}, **_in(locale),
        )  # fmt: skip
    with ws.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Change)) == before
    return refused.value


def _in(locale: str | None) -> dict:
    return {"locale": locale} if locale else {}  # the plain form when None


def _stored(ws: Workspace, values: dict, *, locale: str | None = None) -> dict:
    with ws.db.write_session() as session:
        made = records.create_record(
            session, session.get_one(User, ws.admin_id), customer_object(session),
            {"name": "Acme", **values}, **_in(locale),
        )  # fmt: skip
        made_id = made.id
    with ws.db.session() as session:
        record = records.get_record(session, made_id)
        props = load_properties(session, record.object_type_id)
        return {key: records.get_value(record, props[key]) for key in values}


@pytest.mark.parametrize(
    "key, value",
    [
        ("arr", 10**30),
        ("arr", "1e400"),
        ("arr", 2**63),
        ("bonus", 10**30),
        ("bonus", "1e400"),
    ],
)
def test_an_amount_past_its_bound_is_refused_at_the_field(ws, key, value):
    """Tried: currency 10**30 or "1e400" raised OverflowError."""
    refused = _refused(ws, {key: value})
    assert refused.field == key and "less than" in refused.message


def test_the_largest_amount_is_stored_on_both(ws):
    largest = 10**14 - 1
    assert _stored(ws, {"arr": largest, "bonus": "999999999999.99"}) == {
        "arr": largest, "bonus": largest,
    }  # fmt: skip


@pytest.mark.parametrize(
    "value",
    [
        dt.datetime(1, 1, 1, 3, tzinfo=PLUS_5),
        dt.datetime(9999, 12, 31, 22, tzinfo=MINUS_5),
        "0001-01-01T00:00+05:00",
        "9999-12-31T23:00-05:00",
    ],
)
def test_an_extreme_date_time_is_refused_at_the_field(ws, value):
    """Tried: year 1 at +05:00 and 9999 at -05:00 raised OverflowError."""
    refused = _refused(ws, {"first_call": value})
    assert refused.field == "first_call" and "between" in refused.message


@pytest.mark.parametrize("key", ["renewal_date", "signed_on"])
@pytest.mark.parametrize("value", [dt.date(1, 1, 1), "9999-12-31"])
def test_a_date_past_its_bound_is_refused_at_the_field(ws, key, value):
    refused = _refused(ws, {key: value})
    assert refused.field == key and "between" in refused.message


def test_dates_and_times_at_their_bounds_are_stored_in_utc(ws):
    early = dt.datetime(1, 1, 2, 5, tzinfo=PLUS_5)
    assert _stored(ws, {"first_call": early, "renewal_date": "9999-12-30"}) == {
        "first_call": dt.datetime(1, 1, 2, tzinfo=dt.UTC),
        "renewal_date": dt.date(9999, 12, 30),
    }


@pytest.mark.parametrize(
    "value, says",
    [
        (10**30, "less than"),
        (1e300, "less than"),
        ("1e400", "less than"),
        (float("inf"), "finite"),
        ("0.1234567890123456789", "significant digits"),
        ("1e-400", "too small"),
    ],
)
def test_a_number_that_would_not_read_back_is_refused_at_the_field(ws, value, says):
    """Numbers live in JSON: 10**30 was stored on both but compared as a double."""
    refused = _refused(ws, {"nps": value})
    assert refused.field == "nps" and says in refused.message


def test_numbers_within_bounds_read_back_equal(ws):
    values = {"nps": 10**15 - 1, "employees": 0.30000000000000004}
    assert _stored(ws, values) == values


@pytest.mark.parametrize("key", ["stage", "pipeline"])
def test_a_stage_or_pipeline_that_is_not_an_id_is_refused_at_the_field(ws, key):
    """Tried: a non-UUID stage or pipeline raised StatementError."""
    with ws.db.write_session() as session:
        deals = session.scalars(select(ObjectType).where(ObjectType.key == "deals")).one()
        admin = session.get_one(User, ws.admin_id)
        deal = records.create_record(session, admin, deals, {"name": "Renewal"})
    for value in ("abc", 42):
        with pytest.raises(ValidationError) as refused, ws.db.write_session() as session:
            records.update_record(session, session.get_one(User, ws.admin_id), deal, {key: value})
        assert refused.value.field == key
        with pytest.raises(ValidationError) as refused, ws.db.write_session() as session:
            records.create_record(
                session, session.get_one(User, ws.admin_id), deals,
                {"name": "Other", key: value},
            )  # fmt: skip
        assert refused.value.field == key


def test_moving_to_a_stage_that_is_not_an_id_is_refused(ws):
    with ws.db.write_session() as session:
        deals = session.scalars(select(ObjectType).where(ObjectType.key == "deals")).one()
        admin = session.get_one(User, ws.admin_id)
        stage = session.scalars(
            select(Stage).join(Pipeline).where(Pipeline.object_type_id == deals.id)
        ).first()
        deal = records.create_record(session, admin, deals, {"name": "Renewal", "stage": stage.id})
        deal_id = deal.id
    with pytest.raises(ValidationError) as refused, ws.db.write_session() as session:
        pipelines.move_to_stage(session, session.get_one(User, ws.admin_id), [deal_id], "abc")  # type: ignore[arg-type]
    assert refused.value.field == "stage"
    with pytest.raises(NotFound), ws.db.write_session() as session:
        pipelines.move_to_stage(session, session.get_one(User, ws.admin_id), ["abc"], stage.id)  # type: ignore[list-item]


@pytest.mark.parametrize("value", ["abc", "", 42, "00000000-0000-0000-0000-000000000000"])
def test_a_user_property_given_a_non_user_is_refused_at_the_field(ws, value):
    if value == "":
        assert _stored(ws, {"company_owner": value}) == {"company_owner": None}
        return
    refused = _refused(ws, {"csm_owner": value, "company_owner": value})
    assert refused.field == "csm_owner"


@pytest.mark.parametrize(
    "locale, text, nps, arr",
    [
        ("pl_PL", "1,5", 1.5, 150),
        ("pl_PL", "1 234,5", 1234.5, 123450),
        ("pl_PL", "1\u00a0234,50", 1234.5, 123450),
        ("es_ES", "1.234,5", 1234.5, 123450),
        ("pt_BR", "1,5", 1.5, 150),
        ("en_US", "1,234.5", 1234.5, 123450),
        ("en_US", "1.5", 1.5, 150),
    ],
)
def test_numbers_are_read_in_the_viewers_locale(ws, locale, text, nps, arr):
    """Tried: "1,5" became NPS 15 and "1,50" became 150.00."""
    assert _stored(ws, {"nps": text, "arr": text}, locale=locale) == {"nps": nps, "arr": arr}


@pytest.mark.parametrize(
    "locale, text, hint",
    [
        ("en_US", "1,5", "Write 12,345.5 or 12345.5."),
        ("en_US", "1,50", "Write 12,345.5 or 12345.5."),
        (None, "1,5", "Write 12345.5."),
        ("pl_PL", "1.5", "Write 12\u00a0345,5 or 12345,5."),
        ("pl_PL", "1.500", "Write 12\u00a0345,5 or 12345,5."),
        ("es_ES", "1.5", "Write 12.345,5 or 12345,5."),
        ("pt_BR", "1,234.5", "Write 12.345,5 or 12345,5."),
    ],
)
def test_text_that_does_not_fit_the_locale_is_refused_with_a_hint(ws, locale, text, hint):
    for key in ("nps", "arr"):
        refused = _refused(ws, {key: text}, locale=locale)
        assert refused.field == key and refused.message.endswith(hint)


def test_a_refused_create_leaves_no_change_entry_even_when_the_caller_commits(ws):
    """Tried: create_record logged history before it checked the name."""
    with ws.db.session() as session:
        before = session.scalar(select(func.count()).select_from(Change))
        records_before = session.scalar(select(func.count()).select_from(Record))
    with ws.db.write_session() as session:
        admin = session.get_one(User, ws.admin_id)
        for values in ({"tier": "SMB"}, {"name": "Acme", "stage": "abc"}, {"nps": 10**30}):
            with pytest.raises(ValidationError):
                records.create_record(session, admin, customer_object(session), values)
        # the write session commits here, as a careless caller would
    with ws.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Change)) == before
        assert session.scalar(select(func.count()).select_from(Record)) == records_before
