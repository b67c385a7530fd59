# ruff: noqa: E501 - the operator table reads best one case a line
"""Filters compile to SQL (CUS-2): every operator against a Python oracle, on SQLite and
PostgreSQL, including random conditions (hypothesis)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.domain import records
from app.domain.errors import ValidationError
from app.domain.filters import ME, FilterContext, compile_filters, operators_for
from app.domain.history import ChangeBatch
from app.domain.properties import load_properties
from app.domain.workspace import customer_object
from app.store import PropertyType, Record, User
from tests.domain.conftest import NOW, TODAY


def _ctx(session) -> FilterContext:
    admin = session.scalars(select(User).where(User.name == "Ada Admin")).one()
    return FilterContext(admin.id, TODAY, NOW)


def _matching(db, groups) -> set[str]:
    with db.session() as session:
        companies = customer_object(session)
        props = load_properties(session, companies.id)
        where = compile_filters(groups, props, _ctx(session), session)
        rows = session.scalars(
            select(Record.name).where(Record.object_type_id == companies.id, where)
        )
        return set(rows)


def _all(db) -> list[tuple[Record, dict]]:
    with db.session() as session:
        companies = customer_object(session)
        props = load_properties(session, companies.id)
        out = []
        for r in session.scalars(select(Record).where(Record.object_type_id == companies.id)):
            out.append((r, {k: records.get_value(r, p) for k, p in props.items()}))
        return out


def _oracle(db, test) -> set[str]:
    return {r.name for r, values in _all(db) if test(values)}


def test_operators_fit_their_types():
    assert "contains" in operators_for(PropertyType.TEXT)
    assert "in_last_days" in operators_for(PropertyType.DATE)
    assert "in_last_days" not in operators_for(PropertyType.NUMBER)
    assert "gt" not in operators_for(PropertyType.CHOICE)
    assert operators_for(PropertyType.DERIVED) == ()
    # Only records have the change history "assigned in the last N days" reads.
    assert "assigned_in_last_days" in operators_for(PropertyType.USER)
    assert "assigned_in_last_days" not in operators_for(PropertyType.USER, on_records=False)
    assert "is_any_of" in operators_for(PropertyType.USER, on_records=False)


@pytest.mark.parametrize(
    ("condition", "test"),
    [
        ({"property": "name", "op": "starts_with", "value": "blue"}, lambda v: v["name"].startswith("Blue")),
        ({"property": "name", "op": "contains", "value": "0"}, lambda v: "0" in v["name"]),
        ({"property": "name", "op": "is", "value": "Acme 04"}, lambda v: v["name"] == "Acme 04"),
        ({"property": "domain", "op": "is_unknown"}, lambda v: v["domain"] is None),
        ({"property": "nps", "op": "gt", "value": 6}, lambda v: v["nps"] is not None and v["nps"] > 6),
        ({"property": "nps", "op": "between", "value": [3, 5]}, lambda v: v["nps"] in (3, 4, 5)),
        ({"property": "nps", "op": "is_not", "value": 2}, lambda v: v["nps"] != 2),
        ({"property": "arr", "op": "lt", "value": "12000"}, lambda v: v["arr"] is not None and v["arr"] < 1_200_000),
        ({"property": "arr", "op": "is_known"}, lambda v: v["arr"] is not None),
        ({"property": "tier", "op": "is_any_of", "value": ["SMB", "Enterprise"]}, lambda v: v["tier"] in ("SMB", "Enterprise")),
        ({"property": "tier", "op": "is_none_of", "value": ["SMB"]}, lambda v: v["tier"] != "SMB"),
        ({"property": "strategic", "op": "is", "value": True}, lambda v: v["strategic"] is True),
        ({"property": "strategic", "op": "is", "value": "no"}, lambda v: v["strategic"] is False),
        ({"property": "products", "op": "is_any_of", "value": ["Analytics", "Automation"]}, lambda v: bool({"Analytics", "Automation"} & set(v["products"] or []))),
        ({"property": "products", "op": "is_none_of", "value": ["Core"]}, lambda v: "Core" not in (v["products"] or [])),
        ({"property": "products", "op": "is_unknown"}, lambda v: not v["products"]),
        ({"property": "csm_owner", "op": "is_any_of", "value": [ME]}, lambda v: v["csm_owner"] is not None and v["csm_owner"] == v["_me"]),
        ({"property": "csm_owner", "op": "is_none_of", "value": [ME]}, lambda v: v["csm_owner"] != v["_me"]),
        ({"property": "renewal_date", "op": "in_next_days", "value": 90}, lambda v: v["renewal_date"] is not None and TODAY <= v["renewal_date"] <= TODAY + dt.timedelta(days=90)),
        ({"property": "renewal_date", "op": "in_last_days", "value": 30}, lambda v: v["renewal_date"] is not None and TODAY - dt.timedelta(days=30) <= v["renewal_date"] <= TODAY),
        ({"property": "renewal_date", "op": "lt", "value": "2026-01-01"}, lambda v: v["renewal_date"] is not None and v["renewal_date"] < dt.date(2026, 1, 1)),
        ({"property": "renewal_date", "op": "gt", "value": "2026-06-01"}, lambda v: v["renewal_date"] is not None and v["renewal_date"] > dt.date(2026, 6, 1)),
        ({"property": "renewal_date", "op": "between", "value": ["2026-03-01", "2026-04-30"]}, lambda v: v["renewal_date"] is not None and dt.date(2026, 3, 1) <= v["renewal_date"] <= dt.date(2026, 4, 30)),
        ({"property": "renewal_date", "op": "more_than_days_ago", "value": 30}, lambda v: v["renewal_date"] is not None and v["renewal_date"] < TODAY - dt.timedelta(days=30)),
        ({"property": "create_date", "op": "gt", "value": "2026-03-01"}, lambda v: v["create_date"].astimezone(NOW.tzinfo).date() > dt.date(2026, 3, 1)),
    ],
)  # fmt: skip
def test_each_operator_matches_the_oracle(seeded, condition, test):
    with seeded.session() as session:
        me = _ctx(session).viewer_id
    expected = _oracle(seeded, lambda v: test({**v, "_me": me}))
    assert _matching(seeded, [[condition]]) == expected
    assert expected, "the data should exercise the operator"


def test_and_inside_a_group_or_between_groups(seeded):
    a = {"property": "tier", "op": "is_any_of", "value": ["SMB"]}
    b = {"property": "nps", "op": "gt", "value": 5}
    c = {"property": "name", "op": "starts_with", "value": "Delta"}
    both = _matching(seeded, [[a, b]])
    assert both == _matching(seeded, [[a]]) & _matching(seeded, [[b]])
    assert _matching(seeded, [[a, b], [c]]) == both | _matching(seeded, [[c]])
    assert len(_matching(seeded, [])) == 40


@pytest.mark.parametrize(
    ("condition", "field"),
    [
        ({"property": "renewal_date", "op": "is", "value": "31/02/2025"}, "renewal_date"),
        ({"property": "nps", "op": "contains", "value": "1"}, "nps"),
        ({"property": "tier", "op": "is_any_of", "value": ["Gold"]}, "tier"),
        ({"property": "nope", "op": "is", "value": 1}, "nope"),
        ({"property": "renewal_date", "op": "in_last_days", "value": "soon"}, "renewal_date"),
        ({"property": "nps", "op": "between", "value": [1]}, "nps"),
        # issue 11 item 4: these were OverflowError
        ({"property": "renewal_date", "op": "in_last_days", "value": "99999999"}, "renewal_date"),
        ({"property": "renewal_date", "op": "is", "value": "9999-12-31"}, "renewal_date"),
        ({"property": "nps", "op": "gt", "value": "1e400"}, "nps"),
        ({"property": "nps", "op": "gt", "value": "1,5"}, "nps"),
    ],
)
def test_a_filter_that_does_not_fit_names_its_property(seeded, condition, field):
    with pytest.raises(ValidationError) as refused:
        _matching(seeded, [[condition]])
    assert refused.value.field == field


def test_assigned_in_the_last_days_reads_the_change_history(seeded):
    with seeded.session() as session, session.begin():
        me = session.get(User, _ctx(session).viewer_id)
        # Assigned to me 10 days ago, and 60 days ago.
        for name, days in (("Blue 01", 10), ("Cobalt 02", 60)):
            record = session.scalars(select(Record).where(Record.name == name)).one()
            at = NOW - dt.timedelta(days=days)
            unassign = ChangeBatch(session, me.id, at=at - dt.timedelta(hours=1))
            records.update_record(session, me, record, {"csm_owner": None}, batch=unassign)
            assign = ChangeBatch(session, me.id, at=at)
            records.update_record(session, me, record, {"csm_owner": me.id}, batch=assign)
    recent = _matching(
        seeded, [[{"property": "csm_owner", "op": "assigned_in_last_days", "value": 30}]]
    )
    assert "Blue 01" in recent and "Cobalt 02" not in recent
    # Everything else was assigned at creation, "now" in real time: after NOW, so also recent.
    assert recent <= _matching(
        seeded, [[{"property": "csm_owner", "op": "is_any_of", "value": [ME]}]]
    )


NUMERIC_OPS = st.sampled_from(["gt", "lt", "is", "is_not"])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    op=NUMERIC_OPS,
    value=st.integers(min_value=-2, max_value=12),
    prop=st.sampled_from(["nps", "arr"]),
)
def test_random_numeric_conditions_match_the_oracle(seeded, op, value, prop):
    scale = 100 if prop == "arr" else 1  # ARR filters are typed in dollars
    amount = value * 1500 if prop == "arr" else value
    condition = {"property": prop, "op": op, "value": str(amount) if prop == "arr" else amount}
    target = amount * scale

    def test(v):
        x = v[prop]
        if op == "is_not":
            return x != target
        if x is None:
            return False
        return {"gt": x > target, "lt": x < target, "is": x == target}[op]

    assert _matching(seeded, [[condition]]) == _oracle(seeded, test)


def test_uuid_values_are_checked(seeded):
    with pytest.raises(ValidationError):
        _matching(
            seeded, [[{"property": "csm_owner", "op": "is_any_of", "value": [str(uuid.uuid4())]}]]
        )


def test_quick_filters_combine_into_every_group():
    from app.domain.filters import combine

    a, b, q = {"property": "a"}, {"property": "b"}, {"property": "q"}
    assert combine([[a], [b]], [q]) == [[a, q], [b, q]]
    assert combine([], [q]) == [[q]]
    assert combine([[a]], []) == [[a]]


@pytest.mark.parametrize("locale", ["pl_PL", "es_ES", "pt_BR"])
def test_a_filter_number_typed_with_a_decimal_comma_is_kept_plain(locale):
    from app.domain.filters import shown_filter_value, stored_filter_value, value_separator
    from app.domain.properties import PropertyInfo
    from app.store import PropertyType

    nps = PropertyInfo(uuid.uuid4(), "nps", "NPS", PropertyType.NUMBER, None, False, False)
    arr = PropertyInfo(
        uuid.uuid4(), "arr", "ARR", PropertyType.CURRENCY, "amount_minor", False, False,
        currency="USD",
    )  # fmt: skip
    assert stored_filter_value(nps, " 1,5 ", locale) == "1.5"
    assert stored_filter_value(arr, "1234,50", locale) == "1234.50"
    assert shown_filter_value(nps, "1.5", locale) == "1,5"
    assert value_separator(locale) == "; "
    with pytest.raises(ValidationError) as refused:
        stored_filter_value(nps, "1.5", locale)
    assert refused.value.field == "nps" and "12345,5" in refused.value.message
    # text and the plain form without a locale are kept as typed
    assert stored_filter_value(nps, "1.5", None) == "1.5"
    assert value_separator("en_US") == ", " and shown_filter_value(nps, "1.5", "en_US") == "1.5"


@pytest.mark.parametrize(
    "locale, typed, shown",
    [
        ("en_US", "6/15/27", "6/15/27"),
        ("pl_PL", "15.06.2027", "15.06.2027"),
        ("de_DE", "15.06.27", "15.06.27"),
        ("en_GB", "15/06/2027", "15/06/2027"),
        (None, "2027-06-15", "2027-06-15"),
    ],
)
def test_a_filter_date_typed_in_the_viewers_locale_is_kept_in_iso(locale, typed, shown):
    """Issue 12 item 7 (UX-3, UX-5): a day is typed as the viewer reads dates (or in ISO),
    kept in ISO so a shared view filters alike for every locale, and shown back in the
    viewer's short form; a number of days ("in the last 30 days") is not a date."""
    from app.domain.filters import shown_filter_value, stored_filter_value
    from app.domain.properties import PropertyInfo

    renewal = PropertyInfo(
        uuid.uuid4(), "renewal", "Renewal", PropertyType.DATE, None, False, False
    )
    seen = PropertyInfo(
        uuid.uuid4(), "seen", "Last seen", PropertyType.DATETIME, None, False, False
    )
    for prop in (renewal, seen):
        for op in ("is", "gt", "lt", "between", None):
            assert stored_filter_value(prop, f" {typed} ", locale, op) == "2027-06-15"
            assert stored_filter_value(prop, "2027-06-15", locale, op) == "2027-06-15"
            assert shown_filter_value(prop, "2027-06-15", locale, op) == shown
        assert stored_filter_value(prop, "30", locale, "in_last_days") == "30"
        assert shown_filter_value(prop, "30", locale, "more_than_days_ago") == "30"
        assert stored_filter_value(prop, "  ", locale, "is") == ""  # the domain asks for a date
        assert shown_filter_value(prop, "not a day", locale, "is") == "not a day"


@pytest.mark.parametrize(
    "locale, typed, hint",
    [
        ("pl_PL", "31.02.2027", "31.12.2026 or 2026-12-31"),
        ("en_US", "15/06/2027", "12/31/26 or 2026-12-31"),  # a month 15
        ("de_DE", "morgen", "31.12.26 or 2026-12-31"),
    ],
)
def test_a_bad_filter_date_is_refused_naming_the_property_with_the_locales_example(
    locale, typed, hint
):
    from app.domain.date_input import date_hint
    from app.domain.filters import stored_filter_value
    from app.domain.properties import PropertyInfo

    renewal = PropertyInfo(
        uuid.uuid4(), "renewal", "Renewal", PropertyType.DATE, None, False, False
    )
    with pytest.raises(ValidationError) as refused:
        stored_filter_value(renewal, typed, locale, "lt")
    assert refused.value.field == "renewal"
    message = refused.value.message
    assert message.startswith(f"Renewal: “{typed}” is not a date")
    assert message.endswith(f"Write {date_hint(locale)}.")  # the locale's own form first
    assert date_hint(locale, dt.date(2026, 1, 1)) == hint
    # without a locale only ISO reads
    with pytest.raises(ValidationError) as refused:
        stored_filter_value(renewal, "15.06.2027", None, "lt")
    assert refused.value.message == "Renewal: “15.06.2027” is not a valid date (YYYY-MM-DD)."
