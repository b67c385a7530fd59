"""Opening a workspace file (app/models/startup.py): older files get what later versions
added to the catalogue."""

from __future__ import annotations

import sqlite3

from sqlalchemy import func, select

from app.domain.workspace import SetupChoice
from app.models.startup import create_empty_workspace, open_workspace
from app.store import Change, PropertyDefinition


def test_a_file_set_up_before_the_calculated_values_gets_them_when_opened(tmp_path):
    """A workspace made before issue 12 has no open-deal or ticket counts; opening it adds
    them (one system change), and opening an up-to-date file writes nothing."""
    path = tmp_path / "old.db"
    create_empty_workspace(path, SetupChoice("companies", "csm_owner", "Ada", "ada@example.com"))
    with sqlite3.connect(path) as raw:  # as the file was before: no derived counts
        raw.execute("DELETE FROM property_definitions WHERE key IN ('open_deal_count',"
                    " 'open_deal_amount', 'open_ticket_count', 'company_count')")  # fmt: skip
    db, empty = open_workspace(path)
    assert not empty
    with db.session() as session:
        keys = set(session.scalars(select(PropertyDefinition.key)))
        changes = session.scalar(select(func.count()).select_from(Change))
    db.dispose()
    assert {"open_deal_count", "open_deal_amount", "open_ticket_count", "company_count"} <= keys
    db, _empty = open_workspace(path)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Change)) == changes
    db.dispose()
