"""Search that knows more than ASCII (issue 11 item 7): names and domains are found
case- and accent-insensitively through the search index, which the write path keeps
current, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack

import pytest
from sqlalchemy import select

from app.domain import records, search
from app.domain.errors import ValidationError
from app.domain.filters import FilterContext
from app.domain.merge import merge_records
from app.domain.properties import load_properties
from app.domain.record_query import RecordQuery, count, page
from app.domain.tasks import find_records
from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace
from app.store import Record, RecordSearch, User, fold
from tests.conftest import database_on

ECOLES = ["Ecole Three", "ÉCOLE Two", "École Polytechnique"]  # as Python sorts them
NOW = dt.datetime(2026, 3, 11, 12, 0, tzinfo=dt.UTC)
NAMES = (
    "École Polytechnique", "ÉCOLE Two", "Ecole Three", "Straße Werke", "Zoë's Café",
    "Acme", "Blue Acme", "Qx Labs", "100% Club", "under_score",
)  # fmt: skip


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def book(request, tmp_path_factory):
    """A workspace with the companies of NAMES (domains from their position)."""
    with ExitStack() as stack:
        db = database_on(request.param, tmp_path_factory, stack, "search")
        with db.session() as session, session.begin():
            admin = setup_empty_workspace(
                session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
            companies = customer_object(session)
            ids = {
                name: records.create_record(
                    session, admin, companies, {"name": name, "domain": f"site{i}.example"}
                ).id
                for i, name in enumerate(NAMES)
            }
        yield db, admin.id, companies.id, ids


def _names(db, companies_id, admin_id, text="", filters=()) -> list[str]:
    with db.session() as session:
        props = load_properties(session, companies_id)
        ctx = FilterContext(admin_id, NOW.date(), NOW)
        query = RecordQuery(companies_id, filters=list(filters), search=text)
        rows, _cursor = page(session, query, props, ctx)
        assert count(session, query, props, ctx) == len(rows)
        return sorted(r.name for r in rows)


def test_fold_is_casefold_and_nfkd_without_marks():
    assert fold("École") == fold("ÉCOLE") == fold("ecole") == "ecole"
    assert fold("Straße") == "strasse"
    assert fold("Zoë") == "zoe"
    assert fold("ﬁne") == "fine"
    assert fold(None) == ""


def test_ecole_finds_both_accented_spellings_and_the_plain_one(book):
    db, admin, companies, _ids = book
    assert _names(db, companies, admin, "école") == ECOLES
    assert _names(db, companies, admin, "ECOLE POLY") == ["École Polytechnique"]


def test_a_substring_anywhere_in_the_name_or_domain_matches(book):
    db, admin, companies, _ids = book
    assert _names(db, companies, admin, "technique") == ["École Polytechnique"]
    assert _names(db, companies, admin, "strasse") == ["Straße Werke"]
    assert _names(db, companies, admin, "zoe's caf") == ["Zoë's Café"]
    assert _names(db, companies, admin, "site3.exa") == ["Straße Werke"]
    assert _names(db, companies, admin, "nothing like it") == []


def test_one_and_two_character_queries_match_too(book):
    db, admin, companies, _ids = book
    assert _names(db, companies, admin, "qx") == ["Qx Labs"]
    assert _names(db, companies, admin, "ß") == ["Straße Werke"]  # "ss" after folding
    assert _names(db, companies, admin, "é") == sorted(NAMES)  # every domain holds an e
    assert _names(db, companies, admin, "%") == ["100% Club"]  # the user's % is a %
    assert _names(db, companies, admin, "r_s") == ["under_score"]
    assert _names(db, companies, admin, "d_r") == []  # and _ is an underscore, not "der"


def test_many_matches_take_the_other_path_and_agree(book, monkeypatch):
    db, admin, companies, _ids = book
    expected = _names(db, companies, admin, "acme")
    monkeypatch.setattr(search, "SPARSE", 1)  # more hits than that: each row is checked
    assert _names(db, companies, admin, "acme") == expected == ["Acme", "Blue Acme"]


def test_name_and_domain_filters_contain_folded_text(book):
    db, admin, companies, _ids = book
    contains = [[{"property": "name", "op": "contains", "value": "ÉCOLE"}]]
    assert _names(db, companies, admin, filters=contains) == ECOLES
    starts = [[{"property": "name", "op": "starts_with", "value": "eco"}]]
    assert _names(db, companies, admin, filters=starts) == ECOLES
    domain = [[{"property": "domain", "op": "contains", "value": "site4"}]]
    assert _names(db, companies, admin, filters=domain) == ["Zoë's Café"]


def test_other_text_properties_filter_folded_in_sql(book):
    db, admin, companies, ids = book
    with db.session() as session, session.begin():
        record = records.get_record(session, ids["Acme"])
        actor = session.get(User, admin)
        records.update_record(session, actor, record, {"city": "Besançon-Été"})
    contains = [[{"property": "city", "op": "contains", "value": "BESANCON-ete"}]]
    assert _names(db, companies, admin, filters=contains) == ["Acme"]


def _indexed(db, record_id) -> tuple[str, str] | None:
    with db.session() as session:
        row = session.scalars(
            select(RecordSearch).where(RecordSearch.record_id == record_id)
        ).first()
        return (row.folded_name, row.folded_key) if row else None


def test_the_index_follows_rename_tombstone_restore_and_merge(book):
    db, admin, companies, ids = book
    acme = ids["Acme"]
    with db.session() as session, session.begin():
        actor = session.get(User, admin)
        records.update_record(
            session, actor, records.get_record(session, acme), {"name": "Ünïcorn"}
        )
    assert _indexed(db, acme) == ("unicorn", "site5.example")
    assert _names(db, companies, admin, "unicorn") == ["Ünïcorn"]
    assert _names(db, companies, admin, "acme") == ["Blue Acme"]

    with db.session() as session, session.begin():
        actor = session.get(User, admin)
        records.delete_record(session, actor, records.get_record(session, acme))
    assert _indexed(db, acme) is None
    assert _names(db, companies, admin, "unicorn") == []

    with db.session() as session, session.begin():
        actor = session.get(User, admin)
        gone = session.get(Record, acme)
        records.restore_record(session, actor, gone)
    assert _indexed(db, acme) == ("unicorn", "site5.example")
    assert _names(db, companies, admin, "unicorn") == ["Ünïcorn"]

    with db.session() as session, session.begin():
        actor = session.get(User, admin)
        merge_records(session, actor, ids["Blue Acme"], acme)
    assert _indexed(db, acme) is None
    assert _names(db, companies, admin, "unicorn") == []
    assert _names(db, companies, admin, "blue acme") == ["Blue Acme"]


def test_a_refused_write_leaves_the_index_as_it_was(book):
    db, admin, _companies, ids = book
    with pytest.raises(ValidationError), db.session() as session, session.begin():
        actor = session.get(User, admin)
        record = records.get_record(session, ids["Acme"])
        records.update_record(session, actor, record, {"name": "Renamed"})
        records.update_record(session, actor, record, {"name": ""})
    assert _indexed(db, ids["Acme"]) == ("acme", "site5.example")


def test_the_record_finder_folds_and_needs_two_characters(book):
    db, _admin, _companies, _ids = book
    with db.session() as session:
        found = [r.name for r in find_records(session, "ecole")]
        assert found == ["École Polytechnique", "Ecole Three", "ÉCOLE Two"]  # by folded name
        assert [r.name for r in find_records(session, "QX")] == ["Qx Labs"]
        assert find_records(session, "q") == []
        assert find_records(session, "zzzzzz") == []
        assert find_records(session, "site1") == []  # names only, not domains
