"""Checking values against their OBJ-2 property type (`coerce`)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.properties import (
    DATE_MAX,
    DATE_MIN,
    MONEY_LIMIT,
    PropertyInfo,
    coerce,
    from_json,
    to_json,
)
from app.store import PropertyType, User

T = PropertyType


def prop(kind: PropertyType, *, options=(), required=False, read_only=False, key="field"):
    return PropertyInfo(uuid.uuid4(), key, key.title(), kind, None, required, read_only, options)


def refused(p: PropertyInfo, value, session=None) -> str:
    with pytest.raises(ValidationError) as err:
        coerce(p, value, session)
    assert err.value.field == p.key
    return err.value.message


def test_single_line_text_refuses_newlines_and_non_text():
    p = prop(T.TEXT)
    assert coerce(p, "Acme") == "Acme"
    assert "single line" in refused(p, "two\nlines")
    assert "text" in refused(p, 12)


def test_multi_line_text_keeps_newlines():
    assert coerce(prop(T.MULTILINE), "a\nb") == "a\nb"
    assert "longer than" in refused(prop(T.MULTILINE), "x" * 70_000)


def test_number():
    p = prop(T.NUMBER)
    assert coerce(p, 7) == 7
    assert coerce(p, "1,234.5", locale="en_US") == 1234.5
    assert coerce(p, "1234.5") == 1234.5  # the plain form of files: no grouping
    refused(p, "1,234.5")
    assert coerce(p, "10.0") == 10
    for bad in (True, "abc", float("nan"), float("inf"), [1]):
        refused(p, bad)


def test_currency_is_minor_units():
    p = prop(T.CURRENCY)
    assert coerce(p, "1200.50") == 120050
    assert coerce(p, 999) == 999  # an int is already minor units
    assert "two decimal places" in refused(p, "12.345")
    assert "not an amount" in refused(p, "twelve")
    refused(p, True)


@given(st.integers(min_value=-(MONEY_LIMIT - 1), max_value=MONEY_LIMIT - 1))
def test_any_integer_amount_round_trips(minor):
    p = prop(T.CURRENCY)
    assert coerce(p, minor) == minor
    assert coerce(p, f"{minor / 100:.2f}" if abs(minor) < 2**50 else minor) == minor


def test_date_refuses_impossible_and_foreign_formats():
    p = prop(T.DATE, key="renewal_date")
    assert coerce(p, "2027-02-28") == dt.date(2027, 2, 28)
    assert coerce(p, dt.date(2027, 1, 1)) == dt.date(2027, 1, 1)
    assert "31/02/2025" in refused(p, "31/02/2025")
    refused(p, "2025-02-31")
    assert "without a time" in refused(p, dt.datetime(2027, 1, 1, tzinfo=dt.UTC))


@given(st.dates(min_value=DATE_MIN, max_value=DATE_MAX))
def test_any_valid_dates_iso_text_is_accepted(day):
    assert coerce(prop(T.DATE), day.isoformat()) == day


def test_the_first_and_last_days_python_has_are_refused_with_the_range():
    """Year 1's first day and 9999's last have no day beside them in every zone."""
    for day in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        assert "must be between" in refused(prop(T.DATE), day.isoformat())


def test_datetime_needs_a_zone_and_is_stored_in_utc():
    p = prop(T.DATETIME)
    value = coerce(p, "2026-03-11T10:00:00+01:00")
    assert value == dt.datetime(2026, 3, 11, 9, 0, tzinfo=dt.UTC)
    assert "time zone" in refused(p, dt.datetime(2026, 3, 11, 10, 0))
    refused(p, "yesterday")


def test_choices():
    single = prop(T.CHOICE, options=("low", "medium", "high"))
    assert coerce(single, "high") == "high"
    assert "options" in refused(single, "urgent")
    multi = prop(T.MULTI_CHOICE, options=("Core", "Analytics", "Automation"))
    assert coerce(multi, ["Automation", "Core"]) == ["Core", "Automation"]
    assert coerce(multi, "Analytics; Core") == ["Core", "Analytics"]
    refused(multi, ["Core", "Nope"])


def test_checkbox():
    p = prop(T.CHECKBOX)
    assert coerce(p, "yes") is True and coerce(p, "No") is False and coerce(p, True) is True
    assert "yes or no" in refused(p, "maybe")


def test_user_must_exist_and_be_active(workspace_db):
    p = prop(T.USER, key="csm_owner")
    with workspace_db.session() as session, session.begin():
        active = session.query(User).one()
        gone = User(name="Old Timer", email="old@example.com", is_active=False)
        session.add(gone)
        session.flush()
        assert coerce(p, str(active.id), session) == active.id
        assert coerce(p, active, session) == active.id
        assert "does not exist" in refused(p, uuid.uuid4(), session)
        assert "deactivated" in refused(p, gone.id, session)
        assert "not a user" in refused(p, "someone", session)


def test_required_read_only_and_empty():
    assert "required" in refused(prop(T.TEXT, required=True), "  ")
    assert coerce(prop(T.TEXT), "") is None
    assert coerce(prop(T.MULTI_CHOICE, options=("a",)), []) is None
    assert "read-only" in refused(prop(T.DERIVED), 3)
    assert "read-only" in refused(prop(T.NUMBER, read_only=True), 3)


def test_json_form_round_trips():
    day, when, who = dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC), uuid.uuid4()
    assert from_json(prop(T.DATE), to_json(day)) == day
    assert from_json(prop(T.DATETIME), to_json(when)) == when
    assert from_json(prop(T.USER), to_json(who)) == who
    assert to_json(["a", who]) == ["a", str(who)]
