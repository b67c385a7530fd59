"""A user's own order of a board column's first cards (SRV-4, REV-4)."""

from __future__ import annotations

import uuid

import pytest

from app.domain import card_order
from app.domain.errors import ValidationError
from app.domain.preferences import set_preference
from app.domain.viewer import viewer_of
from app.domain.workspace import SetupChoice, setup_empty_workspace
from app.store.engine import open_database


@pytest.fixture
def admin(tmp_path):
    db = open_database(tmp_path / "tend.db")
    with db.session() as session, session.begin():
        user = setup_empty_workspace(
            session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
        )
    yield db, viewer_of(user)
    db.dispose()


def test_an_order_is_kept_per_user_and_stage_and_bounded(admin):
    db, viewer = admin
    user_id = viewer.id
    stage, other_stage = uuid.uuid4(), uuid.uuid4()
    ids = [uuid.uuid4() for _ in range(3)]
    with db.session() as session, session.begin():
        card_order.arrange(session, viewer, stage, ids)
    with db.session() as session:
        assert card_order.arranged(session, user_id, stage) == ids
        assert card_order.arranged(session, user_id, other_stage) == []
        assert card_order.arranged(session, uuid.uuid4(), stage) == []
    too_many = [uuid.uuid4() for _ in range(card_order.MAX_ARRANGED + 1)]
    with pytest.raises(ValidationError), db.session() as session, session.begin():
        card_order.arrange(session, viewer, stage, too_many)
    with db.session() as session:
        assert card_order.arranged(session, user_id, stage) == ids  # unchanged


def test_a_damaged_entry_is_skipped(admin):
    db, viewer = admin
    user_id = viewer.id
    stage, good = uuid.uuid4(), uuid.uuid4()
    with db.session() as session, session.begin():
        set_preference(session, viewer, f"card_order:{stage.hex}", ["nonsense", good.hex])
    with db.session() as session:
        assert card_order.arranged(session, user_id, stage) == [good]
