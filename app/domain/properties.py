"""Property values: checking a value against its property type (OBJ-2) and converting it
between what the caller gives, what a record stores, what history keeps (JSON), and the
plain text a file or an editor shows.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import (
    NumberFormatError,
    format_decimal,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    get_minus_sign_symbol,
    parse_decimal,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import date_input
from app.domain.errors import ValidationError
from app.domain.i18n import QT_TR_NOOP, Message
from app.store import PropertyDefinition, PropertyOption, PropertyType, Record, User

TEXT_MAX = 65_535
# Bounds of what a value can hold, the same on SQLite and PostgreSQL (docs/decisions.md,
# "Value bounds"). A number is kept in JSON and compared as a double by filters: at most
# 15 significant digits and less than 10**15 in size, so what was typed is what is read.
NUMBER_DIGITS = 15
NUMBER_LIMIT = 10**15
# Money is minor units in a BIGINT column (or JSON): below 10**14 (999,999,999,999.99 in
# major units), exact as a double and with room for a board column's sum of 90,000 of them.
MONEY_LIMIT = 10**14
# Dates and times keep a day's margin inside Python's years 1..9999, so every time zone can
# show them and "the next day" of a date exists.
DATE_MIN, DATE_MAX = dt.date(1, 1, 2), dt.date(9999, 12, 30)
MOMENT_MIN = dt.datetime.combine(DATE_MIN, dt.time(), dt.UTC)
MOMENT_MAX = dt.datetime.combine(DATE_MAX, dt.time.max, dt.UTC)
# The form of a number in files and API calls (no locale): a point, no grouping.
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]")
_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off"}


@dataclass(frozen=True)
class PropertyInfo:
    """A property definition with its choice options, detached from any session."""

    id: uuid.UUID
    key: str
    label: str
    type: PropertyType
    column: str | None
    is_required: bool
    is_read_only: bool
    options: tuple[str, ...] = ()
    currency: str | None = None
    position: int = 0
    # A derived property's rule (OBJ-2), e.g. (("count", "deals"), ("open", True)).
    derivation: tuple[tuple[str, Any], ...] = ()
    # The options' labels where one differs from its stored value ("at_risk" is shown
    # "At risk"), in the options' order; empty when every label is its value.
    option_labels: tuple[str, ...] = ()

    def label_of(self, option: str) -> str:
        """How a choice option is shown: its label (its value when they are the same)."""
        if self.option_labels and option in self.options:
            return self.option_labels[self.options.index(option)]
        return option

    @classmethod
    def of(
        cls,
        prop: PropertyDefinition,
        options: Iterable[str] = (),
        labels: Iterable[str] = (),
    ) -> PropertyInfo:
        """Copy what validation needs out of a mapped definition (`labels`: the options'
        labels, in their order)."""
        options, labels = tuple(options), tuple(labels)
        return cls(
            prop.id,
            prop.key,
            prop.label,
            PropertyType(prop.type),
            prop.column,
            prop.is_required,
            prop.is_read_only or prop.type == PropertyType.DERIVED,
            tuple(options),
            prop.currency,
            prop.position,
            tuple(sorted((prop.derivation or {}).items())),
            labels if labels != options else (),
        )


def load_properties(session: Session, object_type_id: uuid.UUID) -> dict[str, PropertyInfo]:
    """Every live property of an object type, by key, with choice options in order."""
    props = session.scalars(
        select(PropertyDefinition).where(
            PropertyDefinition.object_type_id == object_type_id,
            PropertyDefinition.deleted_at.is_(None),
        )
    ).all()
    options: dict[uuid.UUID, list[str]] = {}
    labels: dict[uuid.UUID, list[str]] = {}
    if props:
        rows = session.execute(
            select(PropertyOption.property_id, PropertyOption.value, PropertyOption.label)
            .where(
                PropertyOption.property_id.in_([p.id for p in props]),
                PropertyOption.deleted_at.is_(None),
            )
            .order_by(PropertyOption.position)
        )
        for pid, value, label in rows:
            options.setdefault(pid, []).append(value)
            labels.setdefault(pid, []).append(label or value)
    return {p.key: PropertyInfo.of(p, options.get(p.id, ()), labels.get(p.id, ())) for p in props}


def _fail(prop: PropertyInfo, message: str, /, **values: object) -> ValidationError:
    """The property's refusal: `message` is a template that starts "{field}: " (the
    property's label)."""
    return ValidationError(prop.key, message, field=prop.label, **values)


def text_limit(prop: PropertyInfo) -> int:
    """The most characters the property holds: its promoted column's length (the name
    holds 500), else TEXT_MAX. The same bound on SQLite (which would store any length) and
    PostgreSQL (which refuses a longer value with a DataError)."""
    column = Record.__table__.c.get(prop.column) if prop.column else None
    length = getattr(column.type, "length", None) if column is not None else None
    return min(int(length), TEXT_MAX) if length else TEXT_MAX


def _text(prop: PropertyInfo, value: Any, multiline: bool) -> str:
    if not isinstance(value, str):
        raise _fail(prop, QT_TR_NOOP("{field}: expects text."))
    if "\x00" in value:  # PostgreSQL cannot store it (SQLite would)
        raise _fail(prop, QT_TR_NOOP("{field}: cannot hold a NUL character."))
    if not _encodable(value):  # a lone surrogate: neither database can store it
        raise _fail(prop, QT_TR_NOOP("{field}: holds a character that is not valid Unicode."))
    if not multiline and ("\n" in value or "\r" in value):
        raise _fail(prop, QT_TR_NOOP("{field}: must be a single line."))
    limit = text_limit(prop)
    if len(value) > limit:
        raise _fail(prop, QT_TR_NOOP("{field}: is longer than {n} characters."), n=f"{limit:,}")
    return value


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def as_uuid(value: Any) -> uuid.UUID | None:
    """`value` as a UUID (a UUID or its text), or None when it is not one."""
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            return None
    return None


def _hint(locale: str | None) -> Message:
    """How a number is written: the locale's grouping and decimal mark, or the plain form."""
    if locale is None:
        return Message(QT_TR_NOOP("Write 12345.5."))
    grouped = format_decimal(12345.5, locale=locale)
    plain = format_decimal(12345.5, locale=locale, group_separator=False)
    return Message(QT_TR_NOOP("Write {grouped} or {plain}."), {"grouped": grouped, "plain": plain})


# What `_decimal_of` says of a number and of an amount.
_NOT_NUMBER = {
    "number": QT_TR_NOOP("{field}: “{text}” is not a number. {hint}"),
    "amount": QT_TR_NOOP("{field}: “{text}” is not an amount. {hint}"),
}
_NOT_FINITE = {
    "number": QT_TR_NOOP("{field}: expects a finite number."),
    "amount": QT_TR_NOOP("{field}: expects a finite amount."),
}
_EXPECTS = {
    "number": QT_TR_NOOP("{field}: expects a number."),
    "amount": QT_TR_NOOP("{field}: expects an amount."),
}


def babel_locale(locale: str | None) -> str | None:
    """A locale name Babel knows (`pl_PL`, `pt-BR`), or None (the plain form) if unknown."""
    if not locale:
        return None
    try:
        return str(Locale.parse(locale.replace("-", "_")))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def parse_number(text: str, locale: str | None = None) -> Decimal | None:
    """Typed text as a Decimal, read strictly in the viewer's locale (`"1,5"` is 1.5 in
    pl_PL, es_ES and pt_BR, refused in en_US), or in the plain form of files when `locale`
    is None; None when the text is not a number written that way."""
    text = text.strip()
    code = babel_locale(locale)
    if code is None:
        return Decimal(text) if _PLAIN_NUMBER.fullmatch(text) else None
    decimal, group = get_decimal_symbol(code), get_group_symbol(code)
    minus = get_minus_sign_symbol(code)
    text = text.replace("\u2212", "-").replace(minus, "-")
    if _SPACES.match(group):  # a space groups digits (pl_PL): any kind of space will do
        text = _SPACES.sub(group, text)
    allowed = set("0123456789+-") | {decimal, group}
    if not text or set(text) - allowed or text.count(decimal) > 1:
        return None  # another locale's mark ("1.5" in pl_PL) is ambiguous: refused
    if any(sign in text[1:] for sign in "+-"):
        return None
    try:
        return parse_decimal(text, code, strict=True)
    except (NumberFormatError, ValueError, ArithmeticError):
        return None


def _decimal_of(prop: PropertyInfo, value: Any, locale: str | None, what: str) -> Decimal:
    """A number or amount (`what`: "number" or "amount") given as text, int, float or
    Decimal, as a finite Decimal."""
    if isinstance(value, str):
        text = value
        if prop.type == PropertyType.CURRENCY and prop.currency:
            for mark in _currency_marks(prop.currency, locale):
                text = text.strip().removeprefix(mark).removesuffix(mark)
        number = parse_number(text, locale)
        if number is None:
            raise _fail(prop, _NOT_NUMBER[what], text=value, hint=_hint(babel_locale(locale)))
        return number
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(prop, _NOT_FINITE[what])
        return Decimal(repr(value))
    if isinstance(value, (int, Decimal)):
        number = Decimal(value)
        if not number.is_finite():
            raise _fail(prop, _NOT_FINITE[what])
        return number
    raise _fail(prop, _EXPECTS[what])


def _currency_marks(currency: str, locale: str | None) -> tuple[str, ...]:
    code = babel_locale(locale) or "en_US"
    try:
        return (get_currency_symbol(currency, code), currency)
    except (UnknownLocaleError, ValueError):  # pragma: no cover - Babel knows every code
        return (currency,)


def _number(prop: PropertyInfo, value: Any, locale: str | None = None) -> int | float:
    """A number: an int when whole, else a double (what JSON keeps on both databases)."""
    if isinstance(value, bool):
        raise _fail(prop, QT_TR_NOOP("{field}: expects a number."))
    number = _decimal_of(prop, value, locale, "number")
    if abs(number) >= NUMBER_LIMIT:
        raise _fail(
            prop, QT_TR_NOOP("{field}: must be less than {n} in size."), n=f"{NUMBER_LIMIT:,}"
        )
    if number == number.to_integral_value():
        return int(number)
    if not isinstance(value, float) and len(number.normalize().as_tuple().digits) > NUMBER_DIGITS:
        raise _fail(
            prop, QT_TR_NOOP("{field}: has more than {n} significant digits."), n=NUMBER_DIGITS
        )
    result = float(number)
    if result == 0.0:  # too small for a double: it would be read back as nothing
        raise _fail(prop, QT_TR_NOOP("{field}: is too small to keep."))
    return result


def _currency(prop: PropertyInfo, value: Any, locale: str | None = None) -> int:
    """Money is an integer number of minor units; text and decimals are in major units."""
    if isinstance(value, bool):
        raise _fail(prop, QT_TR_NOOP("{field}: expects an amount."))
    if isinstance(value, int):
        minor = Decimal(value)
    else:
        amount = _decimal_of(prop, value, locale, "amount")
        if abs(amount) >= MONEY_LIMIT:  # checked first: a huge exponent stays cheap
            raise _money_bound(prop)
        minor = amount * 100
        if minor != minor.to_integral_value():
            raise _fail(prop, QT_TR_NOOP("{field}: has more than two decimal places."))
    if abs(minor) >= MONEY_LIMIT:
        raise _money_bound(prop)
    return int(minor)


def _money_bound(prop: PropertyInfo) -> ValidationError:
    return _fail(
        prop, QT_TR_NOOP("{field}: must be less than {n} in size."), n=f"{MONEY_LIMIT // 100:,}"
    )


def _date(prop: PropertyInfo, value: Any, locale: str | None = None) -> dt.date:
    if isinstance(value, dt.datetime):
        raise _fail(prop, QT_TR_NOOP("{field}: expects a date without a time."))
    if isinstance(value, str):
        value = _typed_date(prop, value, locale)
    if not isinstance(value, dt.date):
        raise _fail(prop, QT_TR_NOOP("{field}: expects a date."))
    if not DATE_MIN <= value <= DATE_MAX:
        raise _fail(
            prop,
            QT_TR_NOOP("{field}: must be between {first} and {last}."),
            first=DATE_MIN,
            last=DATE_MAX,
        )
    return value


def _typed_date(prop: PropertyInfo, text: str, locale: str | None) -> dt.date:
    """ISO always; with a locale, also its short form as the tables show it (UX-3)."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    if locale is None:
        raise _fail(
            prop, QT_TR_NOOP("{field}: “{text}” is not a valid date (YYYY-MM-DD)."), text=text
        )
    try:
        return date_input.parse_date(text, locale)
    except date_input.DateInputError as exc:
        raise _fail(prop, QT_TR_NOOP("{field}: {detail}"), detail=exc.message_parts) from None


def _datetime(
    prop: PropertyInfo, value: Any, locale: str | None = None, zone: dt.tzinfo | None = None
) -> dt.datetime:
    if isinstance(value, str):
        value = _typed_datetime(prop, value, locale, zone)
    if not isinstance(value, dt.datetime):
        raise _fail(prop, QT_TR_NOOP("{field}: expects a date and time."))
    if value.tzinfo is None or value.utcoffset() is None:
        raise _fail(prop, QT_TR_NOOP("{field}: needs a time zone."))
    try:
        moment = value.astimezone(dt.UTC)
    except (OverflowError, ValueError):  # year 1 at +05:00 is before year 1 in UTC
        moment = None
    if moment is None or not MOMENT_MIN <= moment <= MOMENT_MAX:
        raise _fail(
            prop,
            QT_TR_NOOP("{field}: must be between {first} and {last} (UTC)."),
            first=DATE_MIN,
            last=DATE_MAX,
        )
    return moment


def _typed_datetime(
    prop: PropertyInfo, text: str, locale: str | None, zone: dt.tzinfo | None
) -> dt.datetime:
    """ISO (an offset, or `zone`'s wall time); with a zone, the locale's forms too."""
    if zone is None:
        try:
            return dt.datetime.fromisoformat(text.strip())
        except ValueError:
            raise _fail(
                prop, QT_TR_NOOP("{field}: “{text}” is not a valid date and time."), text=text
            ) from None
    try:
        return date_input.parse_datetime(text, locale, zone)
    except date_input.DateInputError as exc:
        raise _fail(prop, QT_TR_NOOP("{field}: {detail}"), detail=exc.message_parts) from None
    except OverflowError:
        raise _fail(
            prop,
            QT_TR_NOOP("{field}: must be between {first} and {last} (UTC)."),
            first=DATE_MIN,
            last=DATE_MAX,
        ) from None


def _choice(prop: PropertyInfo, value: Any) -> str:
    if not isinstance(value, str) or value not in prop.options:
        raise _fail(prop, QT_TR_NOOP("{field}: “{text}” is not one of its options."), text=value)
    return value


def _multi_choice(prop: PropertyInfo, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(";") if v.strip()]
    if not isinstance(value, (list, tuple, set, frozenset)):
        raise _fail(prop, QT_TR_NOOP("{field}: expects a list of options."))
    chosen = set()
    for v in value:
        chosen.add(_choice(prop, v))
    return [o for o in prop.options if o in chosen]


def _checkbox(prop: PropertyInfo, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise _fail(prop, QT_TR_NOOP("{field}: “{text}” is not yes or no."), text=value)


def _user(prop: PropertyInfo, value: Any, session: Session | None) -> uuid.UUID:
    user_id = as_uuid(value.id if isinstance(value, User) else value)
    if user_id is None:
        raise _fail(prop, QT_TR_NOOP("{field}: “{text}” is not a user."), text=value)
    if session is not None:
        user = session.get(User, user_id)
        if user is None or user.deleted_at is not None:
            raise _fail(prop, QT_TR_NOOP("{field}: that user does not exist."))
        if not user.is_active:
            raise _fail(prop, QT_TR_NOOP("{field}: {name} is deactivated."), name=user.name)
    return user_id


Check = Callable[[PropertyInfo, Any, Session | None, str | None, dt.tzinfo | None], Any]
_CHECKS: dict[PropertyType, Check] = {
    PropertyType.TEXT: lambda prop, value, _s, _l, _z: _text(prop, value, multiline=False),
    PropertyType.MULTILINE: lambda prop, value, _s, _l, _z: _text(prop, value, multiline=True),
    PropertyType.NUMBER: lambda prop, value, _s, locale, _z: _number(prop, value, locale),
    PropertyType.CURRENCY: lambda prop, value, _s, locale, _z: _currency(prop, value, locale),
    PropertyType.DATE: lambda prop, value, _s, locale, _z: _date(prop, value, locale),
    PropertyType.DATETIME: lambda prop, value, _s, locale, zone: _datetime(
        prop, value, locale, zone
    ),
    PropertyType.CHOICE: lambda prop, value, _s, _l, _z: _choice(prop, value),
    PropertyType.MULTI_CHOICE: lambda prop, value, _s, _l, _z: _multi_choice(prop, value),
    PropertyType.CHECKBOX: lambda prop, value, _s, _l, _z: _checkbox(prop, value),
    PropertyType.USER: lambda prop, value, session, _l, _z: _user(prop, value, session),
}


def _is_empty(value: Any) -> bool:
    """None, blank text or an empty list: what clears a value."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    return isinstance(value, (list, tuple, set)) and not value


def coerce(
    prop: PropertyInfo,
    value: Any,
    session: Session | None = None,
    locale: str | None = None,
    zone: dt.tzinfo | None = None,
) -> Any:
    """Check `value` against the property and return it in its stored Python form.

    None or empty text clears the value (refused for a required property). Numbers and
    amounts typed as text are read in `locale` (the viewer's, e.g. "pl_PL"), or in the
    plain form of files when it is None; dates typed in its short form too. A date and time
    typed without an offset is read in `zone` (the viewer's), in the locale's forms
    (`date_input`); without a zone only ISO with an offset is taken. Raises
    ValidationError naming the property otherwise.
    """
    if prop.is_read_only or prop.type == PropertyType.DERIVED:
        raise _fail(prop, QT_TR_NOOP("{field}: is read-only."))
    if _is_empty(value):
        if prop.is_required:
            raise _fail(prop, QT_TR_NOOP("{field}: is required."))
        return None
    check = _CHECKS.get(prop.type)
    if check is None:  # pragma: no cover - every settable type has a check
        raise _fail(prop, QT_TR_NOOP("{field}: cannot be set."))
    return check(prop, value, session, locale, zone)


@dataclass(frozen=True)
class TextForm:
    """What `value_text` writes differently for a file and for an editor."""

    list_separator: str  # between the options of a multi-choice value
    moment: Callable[[dt.datetime], str]  # a date and time, already in the viewer's zone


def _iso_minutes(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="minutes")


def _typed_minutes(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


# A spreadsheet's cell: ISO times with their offset, options split on a bare ";".
FILE_TEXT = TextForm(";", _iso_minutes)
# What the user types back into an editor: wall-clock time in the viewer's zone.
TYPED_TEXT = TextForm("; ", _typed_minutes)


def value_text(
    prop: PropertyInfo,
    value: Any,
    zone: dt.tzinfo,
    user_names: Mapping[uuid.UUID, str] | None = None,
    form: TextForm = FILE_TEXT,
    locale: str | None = None,
) -> str:
    """A stored value as plain text: ISO dates, major money units, names for users;
    numbers and amounts in `locale`'s decimal mark (ungrouped) when given, the form
    `coerce` reads back in that locale."""
    if value is None:
        return ""
    code = babel_locale(locale)
    match prop.type:
        case PropertyType.CURRENCY:
            amount = Decimal(int(value)) / 100
            return typed_number(amount, code) if code else str(amount)
        case PropertyType.NUMBER if code and isinstance(value, (int, float)):
            return typed_number(value, code)
        case PropertyType.DATE:
            return value.isoformat() if isinstance(value, dt.date) else str(value)
        case PropertyType.DATETIME:
            return form.moment(value.astimezone(zone))
        case PropertyType.USER:
            return (user_names or {}).get(value, str(value))
        case PropertyType.MULTI_CHOICE:
            return form.list_separator.join(value)
        case PropertyType.CHECKBOX:
            return "Yes" if value else "No"
        case PropertyType.CHOICE if prop.is_read_only and prop.option_labels:
            return prop.label_of(str(value))  # "At risk" (never typed back: read-only)
    return str(value)


def typed_number(value: Decimal | int | float, code: str) -> str:
    """A number as the viewer types it in locale `code` (Babel's name), ungrouped."""
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return format_decimal(number, locale=code, group_separator=False, decimal_quantization=False)


def to_json(value: Any) -> Any:
    """A stored value as JSON for `Record.props` and history (dates as ISO text)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [to_json(v) for v in value]
    return value


def from_json(prop: PropertyInfo, value: Any) -> Any:
    """The Python value of a JSON-stored property value."""
    if value is None:
        return None
    match prop.type:
        case PropertyType.DATE:
            return dt.date.fromisoformat(value)
        case PropertyType.DATETIME:
            return dt.datetime.fromisoformat(value)
        case PropertyType.USER:
            return uuid.UUID(value)
    return value
