"""The Feed's reads and writes (FEED-1..3), on SQLite and PostgreSQL: the notifications of
the contacts of the customers the viewer owns, newest first, a page at a time without
gaps or repeats; the search, the activity-type and sequence-enrollment filters; deleting a
notification (the viewer's own only) and its undo."""

from __future__ import annotations

import datetime as dt
import uuid
from contextlib import ExitStack

import pytest
from sqlalchemy import select

from app.domain import records
from app.domain.errors import NotFound, PermissionDenied
from app.domain.feed import (
    Enrollment,
    FeedFilter,
    delete_notifications,
    feed_page,
    restore_notifications,
)
from app.domain.viewer import viewer_of
from app.domain.workspace import SetupChoice, main_workspace, setup_empty_workspace
from app.store import FeedEvent, FeedEventKind, ObjectType, User, new_id
from tests.conftest import database_on

START = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
K = FeedEventKind


@pytest.fixture(autouse=True, params=["sorted", "walked"])
def strategy(request, monkeypatch):
    """Both reads: a small book's notifications sorted, a big one's walked newest first."""
    import app.domain.feed as feed

    monkeypatch.setattr(feed, "SMALL_BOOK", feed.SMALL_BOOK if request.param == "sorted" else 0)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def scene(request, tmp_path_factory):
    """Ada owns Acme (contacts Ann and Zoë), Casey owns Globex (contact Bob)."""
    with ExitStack() as stack:
        db = database_on(request.param, tmp_path_factory, stack, "feed")
        with db.session() as s, s.begin():
            setup_empty_workspace(
                s, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
            ada = viewer_of(s.scalars(select(User)).one())
            casey_user = User(id=new_id(), name="Casey Csm", email="casey@example.com",
                              has_workspace_access=True, has_service_seat=True)  # fmt: skip
            s.add(casey_user)
            s.flush()
            casey = viewer_of(casey_user)
            companies = s.scalars(select(ObjectType).where(ObjectType.key == "companies")).one()
            contacts = s.scalars(select(ObjectType).where(ObjectType.key == "contacts")).one()
            acme = records.create_record(s, ada, companies, {"name": "Acme", "csm_owner": ada.id})
            globex = records.create_record(s, ada, companies,
                                           {"name": "Globex", "csm_owner": casey.id})  # fmt: skip
            people = {
                name: records.create_record(s, ada, contacts, {"name": name}).id
                for name in ("Ann Lee", "Zoë Quinn", "Bob Ray")
            }
        yield db, ada, casey, acme.id, globex.id, people


def _event(s, kind, contact, company, minutes, title="", sequence=None) -> uuid.UUID:
    event = FeedEvent(id=new_id(), kind=kind, contact_id=contact, company_id=company,
                      at=START + dt.timedelta(minutes=minutes), title=title or kind.value,
                      sequence_name=sequence)  # fmt: skip
    s.add(event)
    s.flush()
    return event.id


def _titles(s, viewer, shown=FeedFilter(), **kw) -> list[str]:  # noqa: B008
    return [i.title for i in feed_page(s, viewer, main_workspace(s), shown, **kw).items]


def test_the_feed_is_the_viewers_customers_newest_first(scene):
    db, ada, casey, acme, globex, people = scene
    with db.session() as s, s.begin():
        _event(s, K.EMAIL_OPENED, people["Ann Lee"], acme, 1, "Ann opened “Renewal”")
        _event(s, K.PAGE_VISITED, people["Zoë Quinn"], acme, 5, "Zoë visited /pricing")
        _event(s, K.FORM_SUBMITTED, people["Bob Ray"], globex, 3, "Bob submitted “Demo”")
        page = feed_page(s, ada, main_workspace(s))
        assert [i.title for i in page.items] == ["Zoë visited /pricing", "Ann opened “Renewal”"]
        assert not page.more
        first = page.items[0]
        assert (first.contact, first.company, first.kind) == ("Zoë Quinn", "Acme", K.PAGE_VISITED)
        assert _titles(s, casey) == ["Bob submitted “Demo”"]


def test_pages_follow_on_without_gaps_or_repeats(scene):
    db, ada, _casey, acme, _globex, people = scene
    with db.session() as s, s.begin():
        for n in range(23):  # pairs at the same minute: the id breaks the tie
            _event(s, K.EMAIL_CLICKED, people["Ann Lee"], acme, n // 2, f"click {n}")
        seen: list[uuid.UUID] = []
        before = None
        pages = 0
        while True:
            page = feed_page(s, ada, main_workspace(s), before=before, limit=5)
            seen += [i.id for i in page.items]
            ats = [i.at for i in page.items]
            assert ats == sorted(ats, reverse=True)
            pages += 1
            if not page.more:
                break
            before = page.last
        assert pages == 5 and len(seen) == len(set(seen)) == 23


def test_search_and_activity_types(scene):
    db, ada, _casey, acme, _globex, people = scene
    with db.session() as s, s.begin():
        _event(s, K.EMAIL_REPLIED, people["Zoë Quinn"], acme, 1, "Zoë replied “QBR”")
        _event(s, K.PAGE_VISITED, people["Ann Lee"], acme, 2, "Ann visited /ÉCOLE")
        _event(s, K.MEETING_BOOKED, people["Ann Lee"], acme, 3, "Ann booked a meeting")
        assert _titles(s, ada, FeedFilter(search="zoe")) == ["Zoë replied “QBR”"]  # folded
        assert _titles(s, ada, FeedFilter(search="école")) == ["Ann visited /ÉCOLE"]
        assert _titles(s, ada, FeedFilter(search="acme")) == [  # the company's name
            "Ann booked a meeting",
            "Ann visited /ÉCOLE",
            "Zoë replied “QBR”",
        ]
        kinds = frozenset({K.EMAIL_REPLIED, K.MEETING_BOOKED})
        assert _titles(s, ada, FeedFilter(kinds=kinds)) == [
            "Ann booked a meeting",
            "Zoë replied “QBR”",
        ]
        assert _titles(s, ada, FeedFilter(search="100%")) == []


def test_sequence_enrollment_is_the_contacts_latest_sequence_event(scene):
    db, ada, _casey, acme, _globex, people = scene
    ann, zoe = people["Ann Lee"], people["Zoë Quinn"]
    with db.session() as s, s.begin():
        _event(s, K.SEQUENCE_ENROLLED, ann, acme, 1, "Ann enrolled", "Onboarding")
        _event(s, K.SEQUENCE_FINISHED, ann, acme, 2, "Ann finished", "Onboarding")
        _event(s, K.SEQUENCE_ENROLLED, zoe, acme, 3, "Zoë enrolled", "Renewal")
        _event(s, K.EMAIL_OPENED, zoe, acme, 4, "Zoë opened")
        _event(s, K.EMAIL_OPENED, ann, acme, 5, "Ann opened")
        enrolled = FeedFilter(enrollment=Enrollment.ENROLLED)
        not_enrolled = FeedFilter(enrollment=Enrollment.NOT_ENROLLED)
        assert _titles(s, ada, enrolled) == ["Zoë opened", "Zoë enrolled"]
        assert _titles(s, ada, not_enrolled) == ["Ann opened", "Ann finished", "Ann enrolled"]
        _event(s, K.SEQUENCE_ENROLLED, ann, acme, 6, "Ann enrolled again", "Expansion")
        assert "Ann opened" in _titles(s, ada, enrolled)


def test_deleting_a_notification_and_undoing_it(scene):
    db, ada, casey, acme, globex, people = scene
    with db.session() as s, s.begin():
        mine = _event(s, K.EMAIL_OPENED, people["Ann Lee"], acme, 1, "Ann opened")
        theirs = _event(s, K.EMAIL_OPENED, people["Bob Ray"], globex, 2, "Bob opened")
    with db.session() as s, s.begin():
        assert delete_notifications(s, ada, [mine]) == 1
        assert _titles(s, ada) == []
        with pytest.raises(NotFound):
            delete_notifications(s, ada, [mine])
    with db.session() as s, s.begin(), pytest.raises(PermissionDenied, match="another CSM"):
        delete_notifications(s, ada, [theirs])
    with db.session() as s, s.begin():
        restore_notifications(s, ada, [mine])
        assert _titles(s, ada) == ["Ann opened"]
        assert _titles(s, casey) == ["Bob opened"]
