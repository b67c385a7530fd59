"""Reading dates and times as a user types them (UX-3, UX-5, DESIGN "What a user sees"):
the viewer's locale short date form, the one the tables show (`6/15/27` in en_US,
`15.06.2027` in pl_PL, `2027/6/15` in zh_CN), and ISO `2027-06-15`; times in 12-hour
(`3:30 PM`, `3pm`, the locale's own `下午3:30`) and 24-hour (`15:30`) forms. The field
order and the day-period words come from Babel's locale data (CLDR, as Qt's are).

Each reader raises `DateInputError` with a sentence for the user; callers name the field
(`properties.coerce` turns it into a ValidationError)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, get_date_format, get_time_format

from app.domain.i18n import QT_TR_NOOP, Message, MessageError

ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# What may stand between a date's numbers: the marks locales use (`.`, `/`, `-`, spaces,
# `年月日` in Chinese and Japanese long forms, a trailing `.` in Korean and Hungarian).
_DATE_TEXT = re.compile(r"[\d\s./\-,年月日]+")
_NUMBERS = re.compile(r"\d+")
_TIME = re.compile(r"(\d{1,2})(?:[:.h](\d{2}))?(?:[:.](\d{2}))?")
_BARE_TIME = re.compile(r"(\d{1,2})(\d{2})")  # 1530, 930
_MARK = re.compile(r"[\s.\u00a0\u202f]")
# A two-digit year is read within 50 years of today, as a short-form date shows it.
CENTURY_WINDOW = 50


class DateInputError(MessageError, ValueError):
    """Typed text that is not a date or time; the message is for the user (its template
    and values apart, `user_message` translated)."""


def _locale(locale: str | None) -> Locale | None:
    if not locale:
        return None
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@lru_cache(maxsize=64)
def date_order(locale: str | None) -> str:
    """The order of day, month and year in the locale's short date: "mdy", "dmy" or "ymd"
    (ISO's "ymd" without a locale)."""
    loc = _locale(locale)
    if loc is None:
        return "ymd"
    pattern = re.sub(r"'[^']*'", "", get_date_format("short", loc).pattern)
    first = {letter: pattern.find(letter) for letter in "yMd"}
    order = sorted((i, letter) for letter, i in first.items() if i >= 0)
    return "".join(letter.lower() for _i, letter in order) if len(order) == 3 else "ymd"


def uses_12_hour(locale: str | None) -> bool:
    """True when the locale writes times with AM/PM (en_US), False for 24-hour (pl_PL)."""
    loc = _locale(locale)
    return loc is not None and "h" in get_time_format("short", loc).pattern.replace("'", "")


def short_date(day: dt.date, locale: str | None) -> str:
    """`day` in the locale's short form (ISO without a locale): what the tables show."""
    loc = _locale(locale)
    return day.isoformat() if loc is None else format_date(day, "short", loc)


_EITHER = QT_TR_NOOP("{first} or {second}")


def date_hint_message(locale: str | None, today: dt.date | None = None) -> Message:
    """An example of what a date field takes: "12/31/26 or 2026-12-31" (`.translated()`
    in the user's language)."""
    sample = dt.date((today or dt.date.today()).year, 12, 31)
    local = short_date(sample, locale)
    if local == sample.isoformat():
        return Message(local)  # no words to translate
    return Message(_EITHER, {"first": local, "second": sample.isoformat()})


def date_hint(locale: str | None, today: dt.date | None = None) -> str:
    """An example of what a date field takes: "12/31/26 or 2026-12-31" (in English: a
    view shows `date_hint_message(...).translated()`)."""
    return str(date_hint_message(locale, today))


def time_hint_message(locale: str | None) -> Message:
    """An example of what a time field takes, the locale's own form first."""
    forms = ("3:30 PM", "15:30") if uses_12_hour(locale) else ("15:30", "3:30 PM")
    return Message(_EITHER, {"first": forms[0], "second": forms[1]})


def time_hint(locale: str | None) -> str:
    """An example of what a time field takes, the locale's own form first (in English: a
    view shows `time_hint_message(...).translated()`)."""
    return str(time_hint_message(locale))


def _year(text: str, today: dt.date) -> int:
    if len(text) == 4:
        return int(text)
    if len(text) > 2:
        raise DateInputError(QT_TR_NOOP("The year needs two or four digits."))
    year = today.year // 100 * 100 + int(text)
    if year > today.year + CENTURY_WINDOW:
        year -= 100
    elif year <= today.year - 100 + CENTURY_WINDOW:
        year += 100
    return year


def _parts(text: str, order: str) -> tuple[str, str, str | None]:
    """The day, month and year text of a typed date (the year None when left out)."""
    numbers = _NUMBERS.findall(text)
    if len(numbers) == 2:  # "15.06" or "6/15": this year
        by = dict(zip(order.replace("y", ""), numbers, strict=True))
        return by["d"], by["m"], None
    if len(numbers) != 3:
        raise DateInputError("")
    if len(numbers[0]) == 4:  # a year first is never a day or a month: 2027/06/15
        order = "ymd"
    by = dict(zip(order, numbers, strict=True))
    return by["d"], by["m"], by["y"]


def parse_date(text: str, locale: str | None = None, today: dt.date | None = None) -> dt.date:
    """A date typed in the locale's short form or in ISO (two-digit years within 50 years
    of `today`, a missing year is this year's); DateInputError otherwise."""
    typed = text.strip()
    today = today or dt.date.today()
    iso = ISO_DATE.fullmatch(typed)
    try:
        if iso:
            year, month, day = (int(g) for g in iso.groups())
        elif _DATE_TEXT.fullmatch(typed):
            d, m, y = _parts(typed, date_order(locale))
            year = today.year if y is None else _year(y, today)
            month, day = int(m), int(d)
        else:
            raise DateInputError("")
        return dt.date(year, month, day)
    except DateInputError as exc:
        hint = date_hint_message(locale, today)
        if exc.template:
            raise DateInputError(
                QT_TR_NOOP("“{text}” is not a date. {detail} Write {hint}."),
                text=typed,
                detail=exc.message_parts,
                hint=hint,
            ) from None
        raise DateInputError(
            QT_TR_NOOP("“{text}” is not a date. Write {hint}."), text=typed, hint=hint
        ) from None
    except ValueError:  # no such day: 31/02, month 13, year 0
        raise DateInputError(
            QT_TR_NOOP("“{text}” is not a date on the calendar. Write {hint}."),
            text=typed,
            hint=date_hint_message(locale, today),
        ) from None


def _marks(locale: str | None) -> dict[str, str]:
    """The words that say before or after noon, folded (no case, dots or spaces)."""
    marks = {"am": "am", "a": "am", "pm": "pm", "p": "pm"}
    loc = _locale(locale)
    if loc is not None:
        for widths in loc.day_periods.get("format", {}).values():
            for period in ("am", "pm"):
                word = widths.get(period)
                if word:
                    marks[_fold(word)] = period
    return marks


def _fold(word: str) -> str:
    return _MARK.sub("", word).casefold()


def _split_mark(text: str, locale: str | None) -> tuple[str, str | None]:
    """The time's digits and its day period ("am"/"pm"), before or after them."""
    marks = _marks(locale)
    match = re.fullmatch(r"(\D*?)\s*([\d:.h]+)\s*(\D*)", text)
    if match is None:
        return text, None
    before, digits, after = match.groups()
    words = [w for w in (_fold(before), _fold(after)) if w]
    if not words:
        return digits, None
    if len(words) > 1 or words[0] not in marks:
        raise DateInputError("")
    return digits, marks[words[0]]


def parse_time(text: str, locale: str | None = None) -> dt.time:
    """A time in 12-hour (`3:30 PM`, `3pm`, `3:30 p.m.`, the locale's own day periods)
    or 24-hour (`15:30`, `15.30`, `1530`) form; DateInputError otherwise."""
    typed = text.strip()
    try:
        digits, period = _split_mark(typed, locale)
        match = _TIME.fullmatch(digits) or _BARE_TIME.fullmatch(digits)
        if match is None:
            raise DateInputError("")
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        second = int(match.group(3) or 0) if match.re is _TIME else 0
        if period is not None:
            if not 1 <= hour <= 12:
                raise DateInputError("")
            hour = hour % 12 + (12 if period == "pm" else 0)
        return dt.time(hour, minute, second)
    except (DateInputError, ValueError):
        raise DateInputError(
            QT_TR_NOOP("“{text}” is not a time. Write {hint}."),
            text=typed,
            hint=time_hint_message(locale),
        ) from None


def parse_datetime(
    text: str, locale: str | None, zone: dt.tzinfo, today: dt.date | None = None
) -> dt.datetime:
    """A date and a time typed as the fields above take them (or ISO, with or without an
    offset), read in `zone` unless it names its own offset; an aware datetime."""
    typed = text.strip()
    iso = _iso_datetime(typed)
    if iso is not None:
        return iso if iso.tzinfo is not None else iso.replace(tzinfo=zone)
    tokens = typed.replace(",", " ").split()
    for cut in range(1, len(tokens)):
        try:
            day = parse_date(" ".join(tokens[:cut]), locale, today)
            at = parse_time(" ".join(tokens[cut:]), locale)
        except DateInputError:
            continue
        return dt.datetime.combine(day, at, zone)
    try:
        parse_date(typed, locale, today)
    except DateInputError:
        pass
    else:
        raise DateInputError(
            QT_TR_NOOP("“{text}” needs a time too, such as {hint}."),
            text=typed,
            hint=time_hint_message(locale),
        )
    day_form = short_date(dt.date((today or dt.date.today()).year, 12, 31), locale)
    example = f"{day_form} {time_hint_message(locale).values['first']}"
    raise DateInputError(
        QT_TR_NOOP("“{text}” is not a date and time. Write {example}."), text=typed, example=example
    )


def _iso_datetime(text: str) -> dt.datetime | None:
    if not ISO_DATE.match(text) or len(text) <= 10:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None
