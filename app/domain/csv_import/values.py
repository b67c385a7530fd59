"""A CSV cell as a typed value (DATA-4, OBJ-2), in the formats CRM exports write: ISO
dates and timestamps (with milliseconds and `Z`), day/month or month/day dates chosen per
column, numbers with thousands separators or in scientific notation (`6.0E7`), amounts
with currency symbols or codes (`$1,234.50`, `1.234,50 €`, `EUR 12`), yes/no words,
choice labels in any case, and users by e-mail or name.

Each parser returns a Python value (str, int, Decimal, date, datetime, bool, a list of
options, a user id) or raises `CellError` with the reason; the value then goes through
`properties.coerce` as every other write does."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from app.domain.i18n import QT_TR_NOOP, Message, MessageError
from app.domain.properties import PropertyInfo
from app.store import PropertyType

T = PropertyType
_TRUE = {"true", "yes", "y", "1", "on", "checked", "x", "t"}
_FALSE = {"false", "no", "n", "0", "off", "unchecked", "f"}
_SPACES = re.compile(r"[\s\u00a0\u202f']")  # thin, no-break and Swiss apostrophe separators
_CURRENCY = re.compile(
    r"^\s*([A-Za-z]{3}|[$€£¥₹₽₩₪₺]|[A-Z]{1,2}\$|zł|kr|Fr\.?)\s*|\s*([A-Za-z]{3}|[$€£¥₹₽₩₪₺]|zł|kr)\s*$"
)
_SCIENTIFIC = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$")
_DMY = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?$")


class CellError(MessageError, ValueError):
    """A cell that does not parse as its property's type; the message is the reason."""


@dataclass(frozen=True)
class ColumnOptions:
    """How a column's cells are read where the text alone does not say: day before month
    (`15/06/2027`), a decimal comma (`1.234,50`)."""

    day_first: bool = False
    decimal_comma: bool = False


@dataclass(frozen=True)
class Context:
    """What parsing needs besides the cell: the zone of times written without one, and the
    workspace's active users by lower-case e-mail and name."""

    zone: dt.tzinfo = dt.UTC
    users: Mapping[str, uuid.UUID] = field(default_factory=dict)


def number(text: str, options: ColumnOptions) -> Decimal:
    """A number as exports write it: `1,234.5`, `1.234,5` (decimal comma), `6.0E7`,
    `(1,200)` (negative), `12%`."""
    cleaned = _SPACES.sub("", text.strip())
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    if negative:
        cleaned = cleaned[1:-1]
    cleaned = cleaned.removesuffix("%")
    if not _SCIENTIFIC.match(cleaned):
        if options.decimal_comma:
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise CellError(QT_TR_NOOP("“{text}” is not a number."), text=text) from None
    if not value.is_finite():
        raise CellError(QT_TR_NOOP("“{text}” is not a finite number."), text=text)
    return -value if negative else value


def amount(text: str, options: ColumnOptions) -> Decimal:
    """An amount in major units with its currency symbol or code taken off (the
    property's currency is the workspace's; amounts are not converted), rounded to cents."""
    stripped = text.strip()
    for _ in range(2):  # a symbol before and a code after: "$ 1,200 USD"
        stripped = _CURRENCY.sub("", stripped, count=1).strip()
    if stripped.startswith("-") and len(stripped) > 1 and not stripped[1].isdigit():
        stripped = "-" + _CURRENCY.sub("", stripped[1:]).strip()
    try:
        value = number(stripped, options)
    except CellError:
        raise CellError(QT_TR_NOOP("“{text}” is not an amount."), text=text) from None
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:
        year += 2000 if year < 70 else 1900
    return year


def date(text: str, options: ColumnOptions) -> dt.date:
    """A date: ISO (`2027-06-15`, or a timestamp's date part), or `15/06/2027`,
    `06/15/27`, `15.06.2027` read day or month first as the column says."""
    value = text.strip()
    if _ISO_DATE.match(value[:10]) and (len(value) == 10 or value[10] in "T "):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            raise CellError(QT_TR_NOOP("“{text}” is not a valid date."), text=text) from None
    found = _DMY.match(value.split(" ")[0])
    if not found:
        raise CellError(QT_TR_NOOP("“{text}” is not a date."), text=text)
    first, second, third = found.groups()
    try:
        if len(first) == 4:  # 2027/06/15
            return dt.date(int(first), int(second), int(third))
        day, month = (first, second) if options.day_first else (second, first)
        return dt.date(_year(third), int(month), int(day))
    except ValueError:
        order = Message(
            QT_TR_NOOP("day/month/year") if options.day_first else QT_TR_NOOP("month/day/year")
        )
        raise CellError(
            QT_TR_NOOP("“{text}” is not a valid date ({order})."), text=text, order=order
        ) from None


def moment(text: str, options: ColumnOptions, zone: dt.tzinfo) -> dt.datetime:
    """A date and time: ISO 8601 with `Z`, an offset and milliseconds, or a date and a
    12- or 24-hour time; a time without a zone is in `zone` (the importing user's)."""
    value = text.strip()
    iso = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        parsed = dt.datetime.fromisoformat(iso)
    except ValueError:
        parsed = _date_and_time(text, value, options)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    return parsed.astimezone(dt.UTC)


def _date_and_time(text: str, value: str, options: ColumnOptions) -> dt.datetime:
    day_part, _, time_part = value.partition(" ")
    day = date(day_part, options)
    if not time_part.strip():
        return dt.datetime.combine(day, dt.time())
    found = _TIME.match(time_part.strip())
    if not found:
        raise CellError(QT_TR_NOOP("“{text}” is not a date and time."), text=text)
    hour, minute, second, half = found.groups()
    hours = int(hour)
    if half:
        if not 1 <= hours <= 12:
            raise CellError(QT_TR_NOOP("“{text}” is not a valid time."), text=text)
        hours = hours % 12 + (12 if half.lower() == "pm" else 0)
    try:
        return dt.datetime.combine(day, dt.time(hours, int(minute), int(second or 0)))
    except ValueError:
        raise CellError(QT_TR_NOOP("“{text}” is not a valid time."), text=text) from None


def checkbox(text: str) -> bool:
    word = text.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise CellError(QT_TR_NOOP("“{text}” is not yes or no."), text=text)


def choice(prop: PropertyInfo, text: str) -> str:
    """The option whose value matches, in any case."""
    wanted = text.strip().casefold()
    for option in prop.options:
        if option.casefold() == wanted:
            return option
    shown = ", ".join(prop.options[:6]) + ("…" if len(prop.options) > 6 else "")
    raise CellError(
        QT_TR_NOOP("“{text}” is not one of {field}'s options ({shown})."),
        text=text,
        field=prop.label,
        shown=shown,
    )


def choices(prop: PropertyInfo, text: str) -> list[str]:
    """Options separated by `;` (as exports write them), or by `,` when there is no `;`."""
    separator = ";" if ";" in text else ","
    return [choice(prop, part) for part in text.split(separator) if part.strip()]


def user(text: str, users: Mapping[str, uuid.UUID]) -> uuid.UUID:
    """An active user named by e-mail or full name, in any case."""
    found = users.get(text.strip().casefold())
    if found is None:
        raise CellError(
            QT_TR_NOOP("No active user has the e-mail or name “{text}”."), text=text.strip()
        )
    return found


def domain(text: str) -> str:
    """A company domain from a domain or a website: `https://www.Acme.com/about` → acme.com."""
    value = text.strip().lower()
    value = re.sub(r"^[a-z][a-z0-9+.-]*://", "", value)
    value = value.split("/")[0].split("?")[0].split("#")[0]
    return value.removeprefix("www.")


Parser = Callable[[PropertyInfo, str, ColumnOptions, Context], Any]

PARSERS: dict[PropertyType, Parser] = {
    T.TEXT: lambda p, text, o, c: text.strip(),
    T.MULTILINE: lambda p, text, o, c: text.strip(),
    T.NUMBER: lambda p, text, o, c: _whole(number(text, o)),
    T.CURRENCY: lambda p, text, o, c: amount(text, o),
    T.DATE: lambda p, text, o, c: date(text, o),
    T.DATETIME: lambda p, text, o, c: moment(text, o, c.zone),
    T.CHOICE: lambda p, text, o, c: choice(p, text),
    T.MULTI_CHOICE: lambda p, text, o, c: choices(p, text),
    T.CHECKBOX: lambda p, text, o, c: checkbox(text),
    T.USER: lambda p, text, o, c: user(text, c.users),
}


def _whole(value: Decimal) -> int | Decimal:
    return int(value) if value == value.to_integral_value() else value


def parse_cell(prop: PropertyInfo, text: str, options: ColumnOptions, ctx: Context) -> Any:
    """The typed value of one cell for `prop` (None for an empty cell); CellError if not."""
    if not text.strip():
        return None
    parser = PARSERS.get(prop.type)
    if parser is None:
        raise CellError(
            QT_TR_NOOP("{field} is computed by Tend and cannot be imported."), field=prop.label
        )
    return parser(prop, text, options, ctx)


def guess_options(prop: PropertyInfo | None, texts: list[str], delimiter: str) -> ColumnOptions:
    """A column's options from its sample cells: a date whose first part is over 12 is
    day-first (one whose second part is, month-first; else day-first for a `;` file, as
    European exports are); an amount like `1.234,50` or `12,5` has a decimal comma."""
    if prop is None:
        return ColumnOptions()
    european = delimiter == ";"
    if prop.type in (T.DATE, T.DATETIME):
        return ColumnOptions(day_first=_day_first(texts, european))
    if prop.type in (T.NUMBER, T.CURRENCY):
        return ColumnOptions(decimal_comma=_decimal_comma(texts, european))
    return ColumnOptions()


def _day_first(texts: list[str], default: bool) -> bool:
    for text in texts:
        found = _DMY.match(text.strip().split(" ")[0])
        if not found or len(found.group(1)) == 4:
            continue
        first, second = int(found.group(1)), int(found.group(2))
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    return default


def _decimal_comma(texts: list[str], default: bool) -> bool:
    for text in texts:
        digits = _SPACES.sub("", text)
        if _SCIENTIFIC.search(digits.strip("$€£ ABCDEFGHIJKLMNOPQRSTUVWXYZ")):
            continue
        comma, dot = digits.rfind(","), digits.rfind(".")
        if comma >= 0 and dot >= 0:
            return comma > dot
        tail = re.match(r"\d*", digits[max(comma, dot) + 1 :])
        places = len(tail.group(0)) if tail else 0
        if comma >= 0 and places != 3:
            return True
        if dot >= 0 and places != 3:
            return False
    return default


# ---- a new property for a column no property fits (issue 12 item 1) ------------------------
CHOICE_LIMIT = 12  # at most this many distinct short words: a choice, not free text


def suggest_type(texts: list[str]) -> tuple[PropertyType, tuple[str, ...]]:
    """The type a new property for a column of `texts` (its first values) most likely has,
    and the options of a choice: yes/no words a checkbox; numbers with a currency sign an
    amount, other numbers a number; dates a date, dates with times a date-time; a few
    short repeated words a choice; anything else text (multi-line when a value has a line
    break). The user can choose another before the property is made."""
    values = [t.strip() for t in texts if t.strip()]
    parsed = _parsed_type(values) if values else T.TEXT
    if parsed != T.TEXT:
        return parsed, ()
    if any("\n" in v for v in values):
        return T.MULTILINE, ()
    distinct = list(dict.fromkeys(values))
    short = all(len(v) <= 40 for v in distinct)
    if short and len(distinct) <= CHOICE_LIMIT and len(distinct) < len(values):
        return T.CHOICE, tuple(distinct)
    return T.TEXT, ()


def _all_parse(values: list[str], parse: Callable[[str], object]) -> bool:
    try:
        for text in values:
            parse(text)
    except (CellError, ValueError, InvalidOperation):
        return False
    return True


def _parsed_type(values: list[str]) -> PropertyType:
    """The typed property every one of `values` parses as, or TEXT."""
    plain = ColumnOptions()
    if all(v.lower() in _TRUE | _FALSE for v in values):
        return T.CHECKBOX
    if any(_CURRENCY.search(v) for v in values) and _all_parse(values, lambda t: amount(t, plain)):
        return T.CURRENCY
    if _all_parse(values, lambda t: number(t, plain)):
        return T.NUMBER
    if any(":" in v for v in values) and _all_parse(values, lambda t: moment(t, plain, dt.UTC)):
        return T.DATETIME
    day_first = ColumnOptions(day_first=_day_first(values, False))
    if _all_parse(values, lambda t: date(t, day_first)):
        return T.DATE
    return T.TEXT
