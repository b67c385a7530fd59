"""Dates and times typed as Tend shows them (UX-3, UX-5, OBJ-2): the viewer's locale short
form and ISO, 12- and 24-hour times, and clear refusals naming the field."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import pytest

from app.domain import date_input
from app.domain.date_input import DateInputError, parse_date, parse_datetime, parse_time
from app.domain.errors import ValidationError
from app.domain.properties import PropertyInfo, coerce
from app.store import PropertyType

TODAY = dt.date(2026, 12, 2)
JUNE_15 = dt.date(2027, 6, 15)
WARSAW = ZoneInfo("Europe/Warsaw")


def prop(kind: PropertyType, key: str = "close_date", label: str = "Close date") -> PropertyInfo:
    return PropertyInfo(uuid.uuid4(), key, label, kind, None, False, False)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        ("en_US", "6/15/27"),  # what the tables show (Qt's short form)
        ("en_US", "06/15/2027"),
        ("en_GB", "15/06/2027"),
        ("pl_PL", "15.06.2027"),
        ("pl_PL", "15.6.27"),
        ("de_DE", "15.06.27"),
        ("pt_BR", "15/06/2027"),
        ("zh_CN", "2027/6/15"),
        ("zh_CN", "2027年6月15日"),
    ],
)
def test_a_date_in_the_locale_short_form(locale, typed):
    assert parse_date(typed, locale, TODAY) == JUNE_15


@pytest.mark.parametrize("locale", ["en_US", "en_GB", "pl_PL", "de_DE", "pt_BR", "zh_CN", None])
def test_iso_is_taken_in_every_locale_and_the_short_form_reads_back(locale):
    assert parse_date("2027-06-15", locale, TODAY) == JUNE_15
    shown = date_input.short_date(JUNE_15, locale)
    assert parse_date(shown, locale, TODAY) == JUNE_15


def test_the_locale_decides_the_order_of_day_and_month():
    assert parse_date("3/4/2027", "en_US", TODAY) == dt.date(2027, 3, 4)
    assert parse_date("3/4/2027", "en_GB", TODAY) == dt.date(2027, 4, 3)
    assert parse_date("2027/03/04", "en_GB", TODAY) == dt.date(2027, 3, 4)  # a year first


def test_two_digit_years_fall_within_fifty_years_and_a_missing_year_is_this_one():
    assert parse_date("1/2/99", "en_US", TODAY) == dt.date(1999, 1, 2)
    assert parse_date("1/2/30", "en_US", TODAY) == dt.date(2030, 1, 2)
    assert parse_date("15.06", "pl_PL", TODAY) == dt.date(2026, 6, 15)


@pytest.mark.parametrize(
    ("locale", "typed", "why"),
    [
        ("en_GB", "31/02/2027", "not a date on the calendar. Write 31/12/2026 or 2026-12-31."),
        ("en_US", "tomorrowish", "not a date. Write 12/31/26 or 2026-12-31."),
        ("en_US", "13/15/2027", "not a date on the calendar"),
        ("pl_PL", "15.06.2027 12", "not a date. Write 31.12.2026 or 2026-12-31."),
        ("de_DE", "1.2.345", "The year needs two or four digits."),
    ],
)
def test_a_bad_date_says_what_to_write(locale, typed, why):
    with pytest.raises(DateInputError) as refused:
        parse_date(typed, locale, TODAY)
    assert f"“{typed}” is" in str(refused.value) and why in str(refused.value)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3:30 PM", dt.time(15, 30)),
        ("3:30pm", dt.time(15, 30)),
        ("3pm", dt.time(15)),
        ("3 p.m.", dt.time(15)),
        ("12 am", dt.time(0)),
        ("12:05 PM", dt.time(12, 5)),
        ("15:30", dt.time(15, 30)),
        ("09:05", dt.time(9, 5)),
        ("15.30", dt.time(15, 30)),
        ("1530", dt.time(15, 30)),
        ("15", dt.time(15)),
    ],
)
def test_times_in_12_and_24_hour_forms(typed, expected):
    assert parse_time(typed, "en_US") == expected
    assert parse_time(typed, "pl_PL") == expected  # the English marks are read everywhere


def test_the_locale_own_day_periods():
    assert parse_time("下午3:30", "zh_CN") == dt.time(15, 30)
    assert parse_time("3:30 p. m.", "es_ES") == dt.time(15, 30)
    assert date_input.uses_12_hour("en_US") and not date_input.uses_12_hour("pl_PL")


@pytest.mark.parametrize("typed", ["13pm", "0 am", "25:00", "3:75", "tomorrowish", "3 xm"])
def test_a_bad_time_says_what_to_write(typed):
    with pytest.raises(DateInputError, match=r"is not a time\. Write 3:30 PM or 15:30\."):
        parse_time(typed, "en_US")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        ("en_US", "6/15/27 3:30 PM"),
        ("en_US", "6/15/27, 3:30 PM"),
        ("en_GB", "15/06/2027 15:30"),
        ("pl_PL", "15.06.2027 15:30"),
        ("de_DE", "15.06.27 15:30"),
        ("pt_BR", "15/06/2027 3:30pm"),
        ("zh_CN", "2027/6/15 下午3:30"),
        ("zh_CN", "2027-06-15 15:30"),
        (None, "2027-06-15T15:30"),
    ],
)
def test_a_date_and_time_in_the_viewers_zone(locale, typed):
    moment = parse_datetime(typed, locale, WARSAW, TODAY)
    assert moment == dt.datetime(2027, 6, 15, 15, 30, tzinfo=WARSAW)


def test_an_offset_given_is_kept_and_a_date_alone_asks_for_the_time():
    moment = parse_datetime("2027-06-15T15:30+00:00", "en_US", WARSAW, TODAY)
    assert moment == dt.datetime(2027, 6, 15, 15, 30, tzinfo=dt.UTC)
    with pytest.raises(DateInputError, match="needs a time too"):
        parse_datetime("6/15/27", "en_US", WARSAW, TODAY)
    with pytest.raises(DateInputError, match="is not a date and time"):
        parse_datetime("tomorrowish", "en_US", WARSAW, TODAY)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [("en_US", "6/15/27"), ("en_GB", "15/06/2027"), ("pl_PL", "15.06.2027"),
     ("de_DE", "15.06.27"), ("pt_BR", "15/06/2027"), ("zh_CN", "2027/6/15")],
)  # fmt: skip
def test_coerce_reads_a_date_property_in_the_viewers_locale(locale, typed):
    assert coerce(prop(PropertyType.DATE), typed, None, locale) == JUNE_15


@pytest.mark.parametrize("typed", ["31/02/2027", "tomorrowish"])
def test_coerce_names_the_field_of_a_bad_date(typed):
    with pytest.raises(ValidationError) as refused:
        coerce(prop(PropertyType.DATE), typed, None, "en_GB")
    assert refused.value.field == "close_date"
    assert refused.value.message.startswith(f"Close date: “{typed}” is not a date")


def test_a_file_date_stays_iso_only():
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        coerce(prop(PropertyType.DATE), "6/15/27", None, None)


def test_coerce_reads_a_typed_date_and_time_in_the_zone_given():
    meeting = prop(PropertyType.DATETIME, "starts", "Starts")
    moment = coerce(meeting, "6/15/27 3:30 PM", None, "en_US", WARSAW)
    assert moment == dt.datetime(2027, 6, 15, 13, 30, tzinfo=dt.UTC)
    with pytest.raises(ValidationError) as refused:
        coerce(meeting, "6/15/27 3:75 PM", None, "en_US", WARSAW)
    assert refused.value.field == "starts" and "is not a date and time" in refused.value.message
    with pytest.raises(ValidationError, match="needs a time zone"):
        coerce(meeting, "2027-06-15 15:30")  # a file's value without an offset
