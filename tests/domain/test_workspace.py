"""First-start setup (SET-7), which workspace a user sees (SET-2), customer settings
(SET-1, SET-3) and the remembered signed-in user."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.errors import PermissionDenied, ValidationError
from app.domain.workspace import (
    SetupChoice,
    active_users,
    customer_object,
    is_empty,
    main_workspace,
    set_signed_in,
    setup_empty_workspace,
    signed_in,
    update_customer_settings,
    workspace_for,
)
from app.store import (
    ObjectType,
    PropertyDefinition,
    Team,
    User,
    Workspace,
    WorkspacePipeline,
    WorkspaceRevenueObject,
)
from tests.support import not_none, signed_in_user


def test_setup_creates_objects_workspace_and_signed_in_admin(workspace_db):
    with workspace_db.session() as session:
        assert not is_empty(session)
        keys = set(session.scalars(select(ObjectType.key)))
        assert {"contacts", "companies", "services", "deals", "tickets", "tasks"} <= keys
        ws = main_workspace(session)
        assert customer_object(session).key == "companies"
        assert session.get(PropertyDefinition, ws.csm_property_id).key == "csm_owner"
        assert session.scalars(select(WorkspacePipeline)).all()
        assert session.scalars(select(WorkspaceRevenueObject)).one()
        admin = signed_in_user(session)
        assert admin.is_super_admin and admin.has_service_seat and admin.can_manage_cs_settings


@pytest.mark.parametrize(
    ("name", "email", "field"),
    [
        ("", "a@b.com", "admin_name"),
        ("Ada", "not-an-email", "admin_email"),
        ("Ada", "@b", "admin_email"),
    ],
)
def test_setup_refuses_bad_input_naming_the_field(db, name, email, field):
    with db.session() as session:
        with pytest.raises(ValidationError) as refused:
            setup_empty_workspace(session, SetupChoice("companies", "csm_owner", name, email))
        assert refused.value.field == field
        session.rollback()
        assert is_empty(session)


def test_setup_refuses_a_second_workspace(workspace_db):
    with workspace_db.session() as session, pytest.raises(ValidationError) as refused:
        setup_empty_workspace(session, SetupChoice("companies", "csm_owner", "B", "b@example.com"))
    assert refused.value.field == "workspace"


def test_setup_refuses_a_csm_property_that_is_not_a_user_property(db):
    with db.session() as session, pytest.raises(ValidationError) as refused:
        setup_empty_workspace(session, SetupChoice("companies", "industry", "B", "b@example.com"))
    assert refused.value.field == "csm_property"


def test_a_user_sees_their_primary_teams_workspace_or_the_main_one(workspace_db):
    with workspace_db.session() as session, session.begin():
        onboarding = Workspace(name="Onboarding")
        session.add(onboarding)
        session.flush()
        team = Team(name="Onboarding", workspace_id=onboarding.id)
        loose = Team(name="Loose")
        session.add_all([team, loose])
        session.flush()
        aiko = User(name="Aiko", email="aiko@example.com", primary_team_id=team.id)
        lucas = User(name="Lucas", email="lucas@example.com", primary_team_id=loose.id)
        session.add_all([aiko, lucas])
        session.flush()
        assert workspace_for(session, aiko).id == onboarding.id
        assert workspace_for(session, lucas).is_main


def test_customer_settings_are_checked_and_permissioned(workspace_db):
    with workspace_db.session() as session, session.begin():
        admin = signed_in_user(session)
        ws = main_workspace(session)
        companies = customer_object(session)
        props = {
            p.key: p.id
            for p in session.scalars(
                select(PropertyDefinition).where(PropertyDefinition.object_type_id == companies.id)
            )
        }
        csm = User(name="Casey", email="casey@example.com", has_service_seat=True)
        session.add(csm)
        session.flush()
        kwargs = {"customer_object_id": companies.id, "renewal_property_id": None}
        with pytest.raises(PermissionDenied, match="Manage CS settings"):
            update_customer_settings(
                session, csm, ws, csm_property_id=props["company_owner"], **kwargs
            )
        with pytest.raises(ValidationError) as refused:
            update_customer_settings(
                session, admin, ws, csm_property_id=props["industry"], **kwargs
            )
        assert refused.value.field == "csm_property"
        with pytest.raises(ValidationError) as refused:
            update_customer_settings(
                session, admin, ws, customer_object_id=companies.id,
                csm_property_id=props["csm_owner"], renewal_property_id=props["nps"],
            )  # fmt: skip
        assert refused.value.field == "renewal_property"
        update_customer_settings(
            session, admin, ws, csm_property_id=props["company_owner"], **kwargs
        )
    with workspace_db.session() as session:
        ws = main_workspace(session)
        assert session.get(PropertyDefinition, ws.csm_property_id).key == "company_owner"
        assert ws.renewal_property_id is None


def test_signed_in_user_is_remembered_and_a_deactivated_one_is_not(workspace_db):
    with workspace_db.session() as session, session.begin():
        casey = User(name="Casey", email="casey@example.com", has_service_seat=True)
        session.add(casey)
        session.flush()
        set_signed_in(session, casey)
    with workspace_db.session() as session, session.begin():
        assert signed_in_user(session).name == "Casey"
        signed_in_user(session).is_active = False
    with workspace_db.session() as session:
        assert signed_in(session) is None
        assert [u.name for u in active_users(session)] == ["Ada Admin"]


def test_a_replica_signs_in_its_login_and_no_one_else(workspace_db):
    """PERM-6 in shared mode: the signed-in person is the login's user; switching to another
    is refused in the domain, and a removed login signs in no one (no fallback to an admin)."""
    from app.domain import replica
    from app.domain.sync.outbox import LOGIN
    from app.domain.workspace import default_viewer

    with workspace_db.session() as session, session.begin():
        casey = User(name="Casey", email="casey@example.com", has_service_seat=True)
        casey.login = "casey"
        session.add(casey)
        session.flush()
        replica.set_fact(session, LOGIN, "casey")
    with workspace_db.session() as session, session.begin():
        assert not_none(default_viewer(session)).name == "Casey"
        ada = session.scalars(select(User).where(User.name == "Ada Admin")).one()
        with pytest.raises(PermissionDenied, match="own login"):
            set_signed_in(session, ada)
        set_signed_in(session, signed_in_user(session))  # the login's own user: allowed
        signed_in_user(session).is_active = False
    with workspace_db.session() as session:
        assert default_viewer(session) is None
