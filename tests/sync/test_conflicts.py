"""A value replaced by a teammate's later edit, seen and put back (issue 14 item 4,
DATA-2): the record's conflicts name the value, its replacement and who wrote each; put
back is an edit of its own that reaches every laptop; dismiss keeps the winner."""

from __future__ import annotations

import pytest

from app.domain.errors import PermissionDenied
from app.domain.sync import conflicts
from app.domain.sync.run import sync_once
from app.domain.viewer import viewer_of
from app.store import User
from tests.sync.conftest import admin_of
from tests.sync.test_two_replicas import _edit, _get, _shared_company


def _lost_on_a(server, a, b):
    """Acme's NPS set to 3 on A and 9 on B while both were offline; B's later edit won."""
    made = _shared_company(server, a, b)
    _edit(a, made.id, nps=3)
    _edit(b, made.id, nps=9)
    sync_once(a, server.engine)
    sync_once(b, server.engine)
    sync_once(a, server.engine)
    return made


def test_the_losing_value_is_shown_with_who_wrote_both(server, replicas):
    a, b = replicas
    made = _lost_on_a(server, a, b)
    admin = admin_of(a)
    with a.session() as session:
        (kept,) = conflicts.for_record(session, made.id)
        assert conflicts.open_count(session, admin.id) == 1
    assert (kept.label, kept.losing, kept.winning) == ("NPS", 3, 9)
    assert (kept.loser, kept.winner, kept.refused) == ("Ada Admin", "Ada Admin", False)
    assert kept.resolved_at is None


def test_put_back_is_an_edit_that_reaches_every_laptop(server, replicas):
    a, b = replicas
    made = _lost_on_a(server, a, b)
    admin = admin_of(a)
    with a.session() as session:
        (kept,) = conflicts.for_record(session, made.id)
    with a.write_session() as session:
        conflicts.put_back(session, admin, kept.id)
    assert _get(a, made.id).props["nps"] == 3
    sync_once(a, server.engine)
    sync_once(b, server.engine)
    for db in (a, b, server.db):
        assert _get(db, made.id).props["nps"] == 3
    with a.session() as session:
        assert conflicts.open_count(session, admin.id) == 0
        assert conflicts.for_record(session, made.id)[0].resolved_at is not None


def test_only_the_loser_or_a_super_admin_may_put_a_value_back(server, replicas):
    a, b = replicas
    made = _lost_on_a(server, a, b)
    with a.write_session() as session:
        (kept,) = conflicts.for_record(session, made.id)
        someone = User(name="Sam CSM", email="sam@example.com", has_service_seat=True)
        session.add(someone)
        session.flush()
        with pytest.raises(PermissionDenied, match="whose value was replaced"):
            conflicts.dismiss(session, viewer_of(someone), kept.id)
        conflicts.dismiss(session, admin_of(a), kept.id)
    assert _get(a, made.id).props["nps"] == 9  # the winner stays
    with a.session() as session:
        assert conflicts.open_count(session, admin_of(a).id) == 0
