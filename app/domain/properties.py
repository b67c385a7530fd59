"""Property values: checking a value against its property type (OBJ-2) and converting it
between what the caller gives, what a record stores, what history keeps (JSON), and the
plain text a file or an editor shows.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.store import PropertyDefinition, PropertyOption, PropertyType, Record, User

TEXT_MAX = 65_535
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

    @classmethod
    def of(cls, prop: PropertyDefinition, options: Iterable[str] = ()) -> PropertyInfo:
        """Copy what validation needs out of a mapped definition."""
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
    if props:
        rows = session.execute(
            select(PropertyOption.property_id, PropertyOption.value)
            .where(
                PropertyOption.property_id.in_([p.id for p in props]),
                PropertyOption.deleted_at.is_(None),
            )
            .order_by(PropertyOption.position)
        )
        for pid, value in rows:
            options.setdefault(pid, []).append(value)
    return {p.key: PropertyInfo.of(p, options.get(p.id, ())) for p in props}


def _fail(prop: PropertyInfo, message: str) -> ValidationError:
    return ValidationError(prop.key, f"{prop.label}: {message}")


def text_limit(prop: PropertyInfo) -> int:
    """The most characters the property holds: its promoted column's length (the name
    holds 500), else TEXT_MAX. The same bound on SQLite (which would store any length) and
    PostgreSQL (which refuses a longer value with a DataError)."""
    column = Record.__table__.c.get(prop.column) if prop.column else None
    length = getattr(column.type, "length", None) if column is not None else None
    return min(int(length), TEXT_MAX) if length else TEXT_MAX


def _text(prop: PropertyInfo, value: Any, multiline: bool) -> str:
    if not isinstance(value, str):
        raise _fail(prop, "expects text.")
    if "\x00" in value:  # PostgreSQL cannot store it (SQLite would)
        raise _fail(prop, "cannot hold a NUL character.")
    if not multiline and ("\n" in value or "\r" in value):
        raise _fail(prop, "must be a single line.")
    limit = text_limit(prop)
    if len(value) > limit:
        raise _fail(prop, f"is longer than {limit:,} characters.")
    return value


def _number(prop: PropertyInfo, value: Any) -> int | float:
    if isinstance(value, bool):
        raise _fail(prop, "expects a number.")
    if isinstance(value, int):
        return value
    if isinstance(value, (float, Decimal)):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", ""))
        except ValueError:
            raise _fail(prop, f"“{value}” is not a number.") from None
    else:
        raise _fail(prop, "expects a number.")
    if math.isnan(number) or math.isinf(number):
        raise _fail(prop, "expects a finite number.")
    return int(number) if number.is_integer() else number


def _currency(prop: PropertyInfo, value: Any) -> int:
    """Money is an integer number of minor units; text and decimals are in major units."""
    if isinstance(value, bool):
        raise _fail(prop, "expects an amount.")
    if isinstance(value, int):
        return value
    try:
        amount = (
            Decimal(value.strip().replace(",", "")) if isinstance(value, str) else Decimal(value)
        )
    except (InvalidOperation, TypeError, ValueError):
        raise _fail(prop, f"“{value}” is not an amount.") from None
    if not amount.is_finite():
        raise _fail(prop, "expects a finite amount.")
    minor = amount * 100
    if minor != minor.to_integral_value():
        raise _fail(prop, "has more than two decimal places.")
    return int(minor)


def _date(prop: PropertyInfo, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        raise _fail(prop, "expects a date without a time.")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise _fail(prop, f"“{value}” is not a valid date (YYYY-MM-DD).") from None
    raise _fail(prop, "expects a date.")


def _datetime(prop: PropertyInfo, value: Any) -> dt.datetime:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise _fail(prop, f"“{value}” is not a valid date and time.") from None
    if not isinstance(value, dt.datetime):
        raise _fail(prop, "expects a date and time.")
    if value.tzinfo is None:
        raise _fail(prop, "needs a time zone.")
    return value.astimezone(dt.UTC)


def _choice(prop: PropertyInfo, value: Any) -> str:
    if not isinstance(value, str) or value not in prop.options:
        raise _fail(prop, f"“{value}” is not one of its options.")
    return value


def _multi_choice(prop: PropertyInfo, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(";") if v.strip()]
    if not isinstance(value, (list, tuple, set, frozenset)):
        raise _fail(prop, "expects a list of options.")
    chosen = set()
    for v in value:
        chosen.add(_choice(prop, v))
    return [o for o in prop.options if o in chosen]


def _checkbox(prop: PropertyInfo, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise _fail(prop, f"“{value}” is not yes or no.")


def _user(prop: PropertyInfo, value: Any, session: Session | None) -> uuid.UUID:
    if isinstance(value, User):
        value = value.id
    try:
        user_id = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        raise _fail(prop, f"“{value}” is not a user.") from None
    if session is not None:
        user = session.get(User, user_id)
        if user is None or user.deleted_at is not None:
            raise _fail(prop, "that user does not exist.")
        if not user.is_active:
            raise _fail(prop, f"{user.name} is deactivated.")
    return user_id


_CHECKS: dict[PropertyType, Callable[[PropertyInfo, Any, Session | None], Any]] = {
    PropertyType.TEXT: lambda prop, value, _s: _text(prop, value, multiline=False),
    PropertyType.MULTILINE: lambda prop, value, _s: _text(prop, value, multiline=True),
    PropertyType.NUMBER: lambda prop, value, _s: _number(prop, value),
    PropertyType.CURRENCY: lambda prop, value, _s: _currency(prop, value),
    PropertyType.DATE: lambda prop, value, _s: _date(prop, value),
    PropertyType.DATETIME: lambda prop, value, _s: _datetime(prop, value),
    PropertyType.CHOICE: lambda prop, value, _s: _choice(prop, value),
    PropertyType.MULTI_CHOICE: lambda prop, value, _s: _multi_choice(prop, value),
    PropertyType.CHECKBOX: lambda prop, value, _s: _checkbox(prop, value),
    PropertyType.USER: _user,
}


def _is_empty(value: Any) -> bool:
    """None, blank text or an empty list: what clears a value."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    return isinstance(value, (list, tuple, set)) and not value


def coerce(prop: PropertyInfo, value: Any, session: Session | None = None) -> Any:
    """Check `value` against the property and return it in its stored Python form.

    None or empty text clears the value (refused for a required property). Raises
    ValidationError naming the property otherwise.
    """
    if prop.is_read_only or prop.type == PropertyType.DERIVED:
        raise _fail(prop, "is read-only.")
    if _is_empty(value):
        if prop.is_required:
            raise _fail(prop, "is required.")
        return None
    check = _CHECKS.get(prop.type)
    if check is None:  # pragma: no cover - every settable type has a check
        raise _fail(prop, "cannot be set.")
    return check(prop, value, session)


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
) -> str:
    """A stored value as plain text: ISO dates, major money units, names for users."""
    if value is None:
        return ""
    match prop.type:
        case PropertyType.CURRENCY:
            return str(Decimal(int(value)) / 100)
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
    return str(value)


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
