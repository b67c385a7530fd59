"""The Summary's view cards (SUM-4) and their order (PERM-5), the Summary seen as another
user (SUM-1), and the overdue side of task progress (SUM-3), enforced in the domain."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.domain import record_query, records
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.filters import FilterContext
from app.domain.properties import load_properties
from app.domain.saved_views import create_view, ensure_builtin_views, visible_views
from app.domain.summary import (
    band_filters,
    people_to_view_as,
    reorder_view_cards,
    summary_for,
    summary_person,
    view_cards,
)
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object, main_workspace
from app.store import SavedView, Sharing, Task, TaskStatus, User, ViewTab, new_id, utcnow


def _people(session):
    ada = session.scalars(select(User).where(User.name == "Ada Admin")).one()
    casey = User(id=new_id(), name="Casey Csm", email="casey@example.com",
                 has_workspace_access=True, has_service_seat=True)  # fmt: skip
    session.add(casey)
    session.flush()
    return viewer_of(ada), viewer_of(casey)


def _book(session, ada, casey):
    """Two customers of Ada, one of Casey, one of no one."""
    companies = customer_object(session)
    for name, owner in (("Acme", ada), ("Globex", ada), ("Initech", casey), ("Umbrella", None)):
        records.create_record(session, ada, companies,
                              {"name": name, "csm_owner": owner.id if owner else None})  # fmt: skip


def test_cards_are_the_default_views_with_counts_for_the_person(workspace_db):
    with workspace_db.session() as s, s.begin():
        ada, casey = _people(s)
        _book(s, ada, casey)
        ws = main_workspace(s)
        ensure_builtin_views(s, ws)
        create_view(s, ada, ws, ViewTab.CUSTOMERS, "No CSM yet", sharing=Sharing.EVERYONE,
                    filters=[[{"property": "csm_owner", "op": "is_unknown"}]],
                    make_default=True, description="Customers nobody owns yet.")  # fmt: skip
        create_view(s, ada, ws, ViewTab.CUSTOMERS, "Mine only")  # private: no card
        cards = view_cards(s, ada, ws)
        assert [(c.name, c.count) for c in cards] == [
            ("Owned by me", 2), ("Assigned in the last 30 days", 2), ("No CSM yet", 1),
        ]  # fmt: skip
        assert cards[0].description == "Customers where you are the CSM."
        # Casey's Summary counts Casey's book; "View records" lists it for whoever looks.
        theirs = view_cards(s, casey, ws)
        assert theirs[0].count == 1
        customers = customer_object(s).id
        props = load_properties(s, customers)
        ctx = FilterContext(ada.id, dt.date.today(), utcnow())
        query = record_query.RecordQuery(customers, theirs[0].filters)
        assert record_query.count(s, query, props, ctx) == 1


def test_an_admin_reorders_the_cards_and_other_views_keep_their_places(workspace_db):
    with workspace_db.session() as s, s.begin():
        ada, _casey = _people(s)
        ws = main_workspace(s)
        ensure_builtin_views(s, ws)
        renewals = create_view(s, ada, ws, ViewTab.CUSTOMERS, "Renewing soon",
                               sharing=Sharing.EVERYONE, make_default=True,
                               description="Renewals in the next 90 days.")  # fmt: skip
        before = [c.view_id for c in view_cards(s, ada, ws)]
        others = [v.name for v in visible_views(s, ada, ws, ViewTab.CUSTOMERS) if not v.is_default]
        new = [renewals.id, before[0], before[1]]
        reorder_view_cards(s, ada, ws, new)
        assert [c.view_id for c in view_cards(s, ada, ws)] == new
        after = [v.name for v in visible_views(s, ada, ws, ViewTab.CUSTOMERS) if not v.is_default]
        assert after == others
        with pytest.raises(ValidationError):  # a card missing: the list changed meanwhile
            reorder_view_cards(s, ada, ws, new[:2])


def test_a_csm_cannot_reorder_the_cards_or_look_as_someone_else(workspace_db):
    with workspace_db.session() as s, s.begin():
        ada, casey = _people(s)
        ws = main_workspace(s)
        ensure_builtin_views(s, ws)
        order = [c.view_id for c in view_cards(s, ada, ws)]
        with pytest.raises(PermissionDenied, match="reorder Summary cards"):
            reorder_view_cards(s, casey, ws, list(reversed(order)))
        assert [c.view_id for c in view_cards(s, ada, ws)] == order
        with pytest.raises(PermissionDenied):
            people_to_view_as(s, casey)
        with pytest.raises(PermissionDenied):
            summary_person(s, casey, ada.id)
        assert summary_person(s, casey, casey.id).id == casey.id  # their own, always


def test_an_admin_picks_any_active_user(workspace_db):
    with workspace_db.session() as s, s.begin():
        ada, casey = _people(s)
        gone = User(id=new_id(), name="Gone Person", email="g@example.com", is_active=False)
        s.add(gone)
        s.flush()
        assert [name for _, name in people_to_view_as(s, ada)] == ["Ada Admin", "Casey Csm"]
        assert summary_person(s, ada, casey.id).name == "Casey Csm"
        with pytest.raises(NotFound):
            summary_person(s, ada, gone.id)


def test_a_health_band_of_someone_elses_book(workspace_db):
    with workspace_db.session() as s, s.begin():
        _ada, casey = _people(s)
        ws = main_workspace(s)
        filters = band_filters(s, casey, ws, "at_risk", book=True)
        assert filters == [[
            {"property": "csm_owner", "op": "is_any_of", "value": [str(casey.id)]},
            {"property": "health_status", "op": "is_any_of", "value": ["at_risk"]},
        ]]  # fmt: skip
        assert band_filters(s, casey, ws, "healthy", book=False) == [
            [{"property": "health_status", "op": "is_any_of", "value": ["healthy"]}]
        ]


def test_overdue_progress_counts_what_was_overdue_this_morning(workspace_db):
    now = dt.datetime(2026, 3, 11, 10, 0, tzinfo=dt.UTC)
    with workspace_db.session() as s, s.begin():
        ada, _casey = _people(s)
        yesterday = now - dt.timedelta(days=1)
        for title, due, status, completed in (
            ("Still overdue", yesterday, TaskStatus.OPEN, None),
            ("Caught up today", yesterday, TaskStatus.COMPLETED, now - dt.timedelta(hours=1)),
            ("Done last week", yesterday, TaskStatus.COMPLETED, now - dt.timedelta(days=6)),
            ("Due today, done", now, TaskStatus.COMPLETED, now),
        ):
            s.add(Task(title=title, due_at=due, assignee_id=ada.id, status=status,
                       completed_at=completed))  # fmt: skip
        s.flush()
        summary = summary_for(s, ada, main_workspace(s), now=now)
        assert (summary.overdue_done_today, summary.overdue_total) == (1, 2)
        assert (summary.done_today, summary.total_today) == (1, 1)


def test_cards_leave_out_deleted_and_private_defaults(workspace_db):
    with workspace_db.session() as s, s.begin():
        ada, _casey = _people(s)
        ws = main_workspace(s)
        ensure_builtin_views(s, ws)
        owned = s.scalars(select(SavedView).where(SavedView.builtin == "owned_by_me")).one()
        owned.deleted_at = utcnow()
        s.flush()
        assert [c.name for c in view_cards(s, ada, ws)] == ["Assigned in the last 30 days"]
