"""A shared, varied customer book for filter and table tests, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack
from zoneinfo import ZoneInfo

import pytest

from app.domain import records
from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace
from app.store import User
from tests.conftest import database_on

NOW = dt.datetime(2026, 3, 11, 12, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
TODAY = NOW.date()
TIERS = ("Enterprise", "Mid-market", "SMB")
PRODUCTS = ("Core", "Analytics", "Automation", "Integrations", "Premium support")


def _company(i: int, admin: User, other: User) -> dict:
    """A varied, deterministic company: some values missing on purpose."""
    values = {
        "name": f"{['Acme', 'Blue', 'Cobalt', 'Delta'][i % 4]} {i:02d}",
        "csm_owner": None if i % 7 == 0 else (admin.id if i % 2 else other.id),
        "arr": None if i % 5 == 0 else (i * 1500) * 100,
        "renewal_date": None if i % 6 == 0 else TODAY + dt.timedelta(days=i * 9 - 120),
        "tier": None if i % 8 == 0 else TIERS[i % 3],
        "nps": None if i % 4 == 0 else i % 11,
        "strategic": None if i % 9 == 0 else i % 3 == 0,
        "products": [p for j, p in enumerate(PRODUCTS) if (i >> j) & 1] or None,
        "domain": f"acme{i}.com" if i % 3 else None,
    }
    return {k: v for k, v in values.items() if v is not None}


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def seeded(request, tmp_path_factory):
    """A workspace with 40 companies, on SQLite and on PostgreSQL."""
    with ExitStack() as stack:
        db = database_on(request.param, tmp_path_factory, stack, "filters")
        with db.session() as session, session.begin():
            admin = setup_empty_workspace(
                session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
            other = User(name="Olu Other", email="olu@example.com", has_service_seat=True)
            session.add(other)
            session.flush()
            companies = customer_object(session)
            for i in range(40):
                records.create_record(session, admin, companies, _company(i, admin, other))
        yield db
