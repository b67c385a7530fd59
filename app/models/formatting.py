"""Showing property values the way the viewer reads them: their locale's numbers, money
and dates, their time zone, users by name (UX-3, DESIGN: Timestamps are shown in the
viewer's time zone)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from app.domain.properties import PropertyInfo
from app.models.i18n import tr
from app.store import PropertyType

T = PropertyType
_UTC = QTimeZone.utc()
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "PLN": "zł", "BRL": "R$", "JPY": "¥", "CNY": "¥"}


class ValueFormatter:
    """Formats one viewer's property values for display."""

    def __init__(
        self,
        locale: str,
        time_zone: str,
        user_names: Mapping[uuid.UUID, str],
        labels: Mapping[uuid.UUID, str] | None = None,
    ) -> None:
        self.locale = QLocale(locale)
        self.locale_name = locale  # what the domain reads typed numbers in (Babel)
        self.labels = labels or {}  # names of choices kept by id (a pipeline's stages)
        try:
            self.zone: dt.tzinfo = ZoneInfo(time_zone)
        except (ValueError, KeyError):
            self.zone = dt.UTC
        self.user_names = user_names

    def money(self, minor: int, currency: str | None) -> str:
        """Minor units as money, without decimals when the amount is whole."""
        symbol = SYMBOLS.get(currency or "USD", f"{currency} ")
        decimals = 0 if minor % 100 == 0 else 2
        return self.locale.toCurrencyString(minor / 100, symbol, decimals)

    def date(self, day: dt.date) -> str:
        """A date in the locale's short form."""
        return self.locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
        )

    def time(self, at: dt.time) -> str:
        """A wall-clock time in the locale's short form (3:30 PM, 15:30)."""
        return self.locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)

    def datetime(self, at: dt.datetime) -> str:
        """An instant in the viewer's zone, in the locale's short form."""
        local = at.astimezone(self.zone)
        # The wall time is already the viewer's: a UTC QDateTime shows it as it is, ten times
        # faster than a local one, which asks the C library about the system's zone.
        qt = QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), _UTC
        )
        return self.locale.toString(qt, QLocale.FormatType.ShortFormat)

    def format(self, prop: PropertyInfo, value: Any) -> str:  # noqa: C901 (one case per type)
        """`value` of `prop` as text ('' when unknown)."""
        if value is None or value == "" or value == []:
            return ""
        match prop.type:
            case T.NUMBER:
                return (
                    self.locale.toString(value)
                    if isinstance(value, int)
                    else (self.locale.toString(float(value), "g", 12))
                )
            case T.CURRENCY:
                return self.money(int(value), prop.currency)
            case T.DATE:
                return self.date(
                    value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
                )
            case T.DATETIME:
                return self.datetime(value)
            case T.USER:
                user_id = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
                return self.user_names.get(user_id, "")
            case T.MULTI_CHOICE:
                return ", ".join(value)
            case T.CHECKBOX:
                return tr("Yes") if value else tr("No")
            case T.DERIVED if prop.currency:
                return self.money(int(value), prop.currency)
            case T.DERIVED:
                return self.locale.toString(int(value))
            case T.CHOICE if isinstance(value, uuid.UUID):
                return self.labels.get(value, "")
            case T.CHOICE:
                return prop.label_of(str(value))  # "at_risk" shown "At risk"
        return str(value)
