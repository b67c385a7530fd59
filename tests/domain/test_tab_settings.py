"""Services and Revenue tab settings (SET-4, SET-5): PERM-4 holders choose what the tab
shows; everyone else is refused in the domain with the reason."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.domain import catalog
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.pipelines import tab_pipelines
from app.domain.tab_settings import tab_settings, update_tab_settings
from app.domain.workspace import SetupChoice, setup_empty_workspace
from app.store import User, ViewTab
from app.store.engine import open_database


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "tend.db")
    with database.session() as session, session.begin():
        setup_empty_workspace(
            session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
        )
        # A second deals pipeline, not shown until an admin ticks it.
        catalog.create_pipeline(
            session, catalog.PipelineSpec("deals", "Expansion", ("Discovery", "Won")), 5
        )
    yield database
    database.dispose()


def _user(session, name="Ada Admin"):
    return session.scalar(select(User).where(User.name == name))


def test_an_admin_shows_a_pipeline_makes_it_default_and_picks_the_table(db):
    with db.session() as session:
        settings = tab_settings(session, _user(session), ViewTab.REVENUE)
    names = {p.name: p.id for p in settings.pipelines}
    assert set(names) == {"Renewals", "Expansion"}
    assert settings.shown_ids == {names["Renewals"]} and settings.default_layout == "board"

    with db.session() as session, session.begin():
        update_tab_settings(
            session, _user(session), ViewTab.REVENUE, shown=True,
            pipeline_ids=[names["Renewals"], names["Expansion"]],
            default_pipeline_id=names["Expansion"], default_layout="table",
        )  # fmt: skip
    with db.session() as session:
        shown = tab_pipelines(session, _user(session), ViewTab.REVENUE)
    assert [p.name for p in shown.pipelines] == ["Renewals", "Expansion"]
    default = shown.pipeline(None)
    assert default is not None
    assert default.name == "Expansion" and shown.default_layout == "table"

    # Hiding a pipeline and then the tab; ticking it again brings the same row back.
    with db.session() as session, session.begin():
        update_tab_settings(
            session, _user(session), ViewTab.REVENUE, shown=False,
            pipeline_ids=[names["Expansion"]], default_pipeline_id=names["Expansion"],
            default_layout="board",
        )  # fmt: skip
    with db.session() as session:
        hidden = tab_pipelines(session, _user(session), ViewTab.REVENUE)
    assert not hidden.shown and [p.name for p in hidden.pipelines] == ["Expansion"]
    with db.session() as session, session.begin():
        update_tab_settings(
            session, _user(session), ViewTab.REVENUE, shown=True,
            pipeline_ids=list(names.values()), default_pipeline_id=names["Renewals"],
            default_layout="board",
        )  # fmt: skip
    with db.session() as session:
        again = tab_pipelines(session, _user(session), ViewTab.REVENUE)
    assert again.shown and len(again.pipelines) == 2


def test_bad_choices_are_refused_and_nothing_is_saved(db):
    with db.session() as session:
        settings = tab_settings(session, _user(session), ViewTab.SERVICES)
    onboarding = settings.pipelines[0].id
    bad: list[tuple[dict[str, Any], str]] = [
        ({"pipeline_ids": [], "default_pipeline_id": None}, "pipelines"),
        ({"pipeline_ids": [onboarding], "default_pipeline_id": None}, "default_pipeline"),
        ({"pipeline_ids": [onboarding], "default_pipeline_id": onboarding,
          "default_layout": "list"}, "default_layout"),
    ]  # fmt: skip
    for choice, field in bad:
        with (
            pytest.raises(ValidationError) as refused,
            db.session() as session,
            session.begin(),
        ):
            update_tab_settings(
                session, _user(session), ViewTab.SERVICES, shown=False,
                **{"default_layout": "table", **choice},
            )  # fmt: skip
        assert refused.value.field == field
    with db.session() as session:
        still = tab_pipelines(session, _user(session), ViewTab.SERVICES)
    assert still.shown and still.default_layout == "board"


def test_a_csm_without_manage_settings_is_refused_with_the_reason(db):
    with db.session() as session, session.begin():
        session.add(User(name="Casey Csm", email="casey@example.com", has_service_seat=True))
    with db.session() as session, session.begin():
        casey = _user(session, "Casey Csm")
        onboarding = tab_settings(session, casey, ViewTab.SERVICES).pipelines[0].id
        with pytest.raises(PermissionDenied) as refused:
            update_tab_settings(
                session, casey, ViewTab.SERVICES, shown=False, pipeline_ids=[onboarding],
                default_pipeline_id=onboarding, default_layout="table",
            )  # fmt: skip
    assert "Manage CS settings" in refused.value.user_message
