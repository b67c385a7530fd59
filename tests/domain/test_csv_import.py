"""CSV import (DATA-4, UX-5): files in the layouts of common CRM exports (Salesforce API
names in Latin-1, HubSpot UI headers in UTF-8 with a BOM, a European semicolon file with
day-first dates and decimal commas, Excel's UTF-16 "Unicode text"), the mapping preview,
value parsing, dedupe, links, the report, undo, cancel and permissions."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app.domain import csv_import as ci
from app.domain.csv_import import mapping as m
from app.domain.csv_import import values
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.history import history_of
from app.domain.properties import PropertyInfo
from app.domain.viewer import Viewer, viewer_of
from app.domain.workspace import SetupChoice, setup_empty_workspace
from app.store import (
    ActivityLink,
    Association,
    Change,
    ObjectType,
    PropertyDefinition,
    PropertyType,
    Record,
    Stage,
    Task,
    User,
)
from app.store.engine import Database
from tests.conftest import database_on

DATA = Path(__file__).parent / "data" / "imports"
SF_ACCOUNTS = DATA / "salesforce_accounts_latin1.csv"
SF_OPPORTUNITIES = DATA / "salesforce_opportunities_latin1.csv"
HS_COMPANIES = DATA / "hubspot_companies_utf8_bom.csv"
HS_DEALS = DATA / "hubspot_deals_semicolon.csv"
EXCEL_CONTACTS = DATA / "excel_contacts_utf16.csv"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def ws(request, tmp_path_factory) -> Iterator[tuple[Database, Viewer]]:
    """An empty workspace (companies as customers) and its super admin, on both databases."""
    with ExitStack() as stack:
        db = database_on(request.param, tmp_path_factory, stack, "imports")
        with db.write_session() as session:
            admin = setup_empty_workspace(
                session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
            viewer = viewer_of(admin)
        yield db, viewer


@pytest.fixture
def sqlite_ws(workspace_db) -> tuple[Database, Viewer]:
    with workspace_db.session() as session:
        admin = session.scalars(select(User)).one()
        return workspace_db, viewer_of(admin)


def _mapping(db: Database, source: ci.CsvFile, object_key: str) -> ci.ImportMapping:
    with db.session() as session:
        catalog = ci.load_catalog(session, object_key)
        return ci.guess_mapping(session, source, catalog)


def _import(db: Database, viewer: Viewer, path: Path, object_key: str, **kw) -> ci.ImportReport:
    source = ci.read_csv(path)
    return ci.run_import(db, viewer, source, _mapping(db, source, object_key), **kw)


def _live(db: Database, object_key: str) -> list[Record]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Record)
                .join(ObjectType, ObjectType.id == Record.object_type_id)
                .where(ObjectType.key == object_key, Record.deleted_at.is_(None))
                .order_by(Record.name)
            )
        )


def _by_name(db: Database, object_key: str) -> dict[str, Record]:
    return {r.name: r for r in _live(db, object_key)}


# ---- reading -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "encoding", "delimiter", "rows", "first"),
    [
        (SF_ACCOUNTS, "cp1252", ",", 4, "ID"),
        (SF_OPPORTUNITIES, "cp1252", ",", 4, "ID"),
        (HS_COMPANIES, "utf-8-sig", ",", 4, "Record ID"),
        (HS_DEALS, "utf-8", ";", 4, "Deal Name"),
        (EXCEL_CONTACTS, "utf-16", "\t", 3, "First Name"),
    ],
)
def test_encoding_delimiter_header_and_rows_are_detected(path, encoding, delimiter, rows, first):
    source = ci.read_csv(path)
    assert (source.encoding, source.delimiter, source.row_count) == (encoding, delimiter, rows)
    assert source.header[0] == first  # no BOM left on the first header
    cells = [c for _n, c in source.rows()]
    assert len(cells) == rows


def test_latin1_text_reads_with_its_accents():
    names = [cells[1] for _n, cells in ci.read_csv(SF_ACCOUNTS).rows()]
    assert names[:2] == ["Müller Logistik GmbH", "Société Générale d'Équipement"]
    contacts = [cells[1] for _n, cells in ci.read_csv(EXCEL_CONTACTS).rows()]
    assert contacts[0] == "Łukasiewicz"


def test_a_windows_1252_file_with_curly_quotes_and_euro_reads_as_windows_1252(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes("Name,Note\n“Köln” GmbH,Preis 5 €\nStraße AG,Süd\n".encode("cp1252"))
    source = ci.read_csv(path)
    assert source.encoding == "cp1252"
    assert next(c for _n, c in source.rows()) == ["“Köln” GmbH", "Preis 5 €"]


def test_a_polish_windows_1250_file_is_not_read_as_western(tmp_path):
    path = tmp_path / "export.csv"
    text = "Nazwa;Miasto\nŁódzka Spółka Żeglugowa;Łódź\nZakład Źródeł Ciepła;Gdańsk\n"
    path.write_bytes(text.encode("cp1250"))
    source = ci.read_csv(path)
    assert next(c for _n, c in source.rows()) == ["Łódzka Spółka Żeglugowa", "Łódź"]


def test_a_file_utf8_only_in_its_first_64_kib_is_read_as_windows_1252(tmp_path):
    path = tmp_path / "export.csv"
    rows = "".join(f"Company {i},plain{i}.com\n" for i in range(4000))
    path.write_bytes(("Name,Domain\n" + rows + "Café Größe,cafe.de\n").encode("cp1252"))
    source = ci.read_csv(path)
    assert (source.encoding, source.row_count) == ("cp1252", 4001)
    assert [c for _n, c in source.rows()][-1] == ["Café Größe", "cafe.de"]


def test_a_quoted_cell_with_a_newline_and_a_delimiter_is_one_cell(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text('Name,Description\n"Acme, Inc.","two\nlines"\nBlue,x\n', encoding="utf-8")
    source = ci.read_csv(path)
    assert source.row_count == 2
    assert [c for _n, c in source.rows()] == [["Acme, Inc.", "two\nlines"], ["Blue", "x"]]
    assert [n for n, _c in source.rows()] == [3, 4]  # spreadsheet row numbers: header is 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\xfe\x00", "not a text"),
        (b"", "empty"),
        (b"2027-01-01,123,4.5\n2027-01-02,124,4.6\n", "no header"),
        (b"jo@acme.com,ann@blue.io\nx@y.z,q@r.s\n", "no header"),
    ],
)
def test_a_file_that_is_not_text_or_has_no_header_is_refused(tmp_path, content, message):
    path = tmp_path / "upload.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        ci.read_csv(path)
    assert refused.value.field == "file"
    assert message in refused.value.message


# ---- mapping guesses ----------------------------------------------------------------------


def _targets(mapping: ci.ImportMapping) -> dict[str, str | None]:
    return {c.header: c.target for c in mapping.columns}


def test_salesforce_api_names_are_guessed(sqlite_ws):
    db, _viewer = sqlite_ws
    mapping = _mapping(db, ci.read_csv(SF_ACCOUNTS), "companies")
    assert _targets(mapping) == {
        "ID": "source_id", "NAME": "name", "WEBSITE": "domain", "ANNUALREVENUE": "arr",
        "NUMBEROFEMPLOYEES": "employees", "INDUSTRY": "industry", "OWNERID": None,
        "BILLINGCITY": "city", "BILLINGCOUNTRY": "country",
    }  # fmt: skip
    owner = next(c for c in mapping.columns if c.header == "OWNERID")
    assert "No active user" in owner.note  # Salesforce user ids match no Tend user
    assert mapping.key == "source_id"
    deals = _mapping(db, ci.read_csv(SF_OPPORTUNITIES), "deals")
    assert _targets(deals) == {
        "ID": "source_id", "ACCOUNTID": m.COMPANY_ID, "NAME": "name", "STAGENAME": "stage",
        "AMOUNT": "amount", "CLOSEDATE": "close_date", "OWNERID": None,
    }  # fmt: skip


def test_hubspot_ui_headers_are_guessed_with_samples_and_parse_results(sqlite_ws):
    db, _viewer = sqlite_ws
    mapping = _mapping(db, ci.read_csv(HS_COMPANIES), "companies")
    assert _targets(mapping) == {
        "Record ID": "source_id", "Company name": "name", "Company Domain Name": "domain",
        "Create Date": None, "Company owner": "company_owner", "Phone Number": "phone",
        "City": "city", "Country/Region": "country", "Annual Revenue": "arr",
        "Industry": "industry", "Number of Employees": "employees",
    }  # fmt: skip
    columns = {c.header: c for c in mapping.columns}
    assert "Tend" in columns["Create Date"].note
    revenue = columns["Annual Revenue"]
    assert revenue.samples[:2] == ("1,250,000", "$980,000.50")
    assert revenue.result == ci.ParseResult(4, 4, 3, (4, "lots", "“lots” is not an amount."))
    owner = columns["Company owner"].result
    assert owner is not None and (owner.filled, owner.parsed) == (2, 2)


def test_semicolon_file_columns_are_read_day_first_with_decimal_commas(sqlite_ws):
    db, _viewer = sqlite_ws
    mapping = _mapping(db, ci.read_csv(HS_DEALS), "deals")
    columns = {c.header: c for c in mapping.columns}
    assert _targets(mapping)["Deal Stage"] == "stage"
    assert _targets(mapping)["Associated Company"] == m.COMPANY_NAME
    assert columns["Close Date"].options.day_first
    assert columns["Amount"].options.decimal_comma
    stage = columns["Deal Stage"].result
    assert stage is not None and stage.first_failure is not None
    assert stage.first_failure[:2] == (4, "Verbal commit")


def test_contacts_take_first_and_last_name_and_their_company(sqlite_ws):
    db, _viewer = sqlite_ws
    mapping = _mapping(db, ci.read_csv(EXCEL_CONTACTS), "contacts")
    assert _targets(mapping) == {
        "First Name": m.FIRST_NAME, "Last Name": m.LAST_NAME, "Email": "email",
        "Associated Company": m.COMPANY_NAME, "Job Title": "job_title", "Phone Number": "phone",
    }  # fmt: skip
    assert mapping.key == "email"


def test_headers_match_labels_and_keys_without_case_spaces_or_underscores(sqlite_ws):
    db, _viewer = sqlite_ws
    with db.session() as session:
        catalog = ci.load_catalog(session, "companies")
    assert m.guess_target("STRATEGIC_ACCOUNT", catalog) == ("strategic", "")
    assert m.guess_target("renewal date", catalog) == ("renewal_date", "")
    assert m.guess_target("Csm Owner", catalog) == ("csm_owner", "")
    assert m.guess_target("Favourite colour", catalog) == (None, "")


# ---- values -------------------------------------------------------------------------------

OPTS = values.ColumnOptions()
DAY_FIRST = values.ColumnOptions(day_first=True)
COMMA = values.ColumnOptions(decimal_comma=True)


def _prop(type_: PropertyType, options: tuple[str, ...] = ()) -> PropertyInfo:
    return PropertyInfo(uuid.uuid4(), "p", "Tier", type_, None, False, False, options)


@pytest.mark.parametrize(
    ("text", "options", "want"),
    [
        ("2027-06-15", OPTS, dt.date(2027, 6, 15)),
        ("2027-06-15T00:00:00.000Z", OPTS, dt.date(2027, 6, 15)),
        ("06/15/2027", OPTS, dt.date(2027, 6, 15)),
        ("6/15/27", OPTS, dt.date(2027, 6, 15)),
        ("15/06/2027", DAY_FIRST, dt.date(2027, 6, 15)),
        ("15.06.2027", DAY_FIRST, dt.date(2027, 6, 15)),
        ("2027/06/15", OPTS, dt.date(2027, 6, 15)),
    ],
)
def test_dates_in_export_formats(text, options, want):
    assert values.date(text, options) == want


def test_a_date_that_does_not_exist_says_which_order_it_was_read_in():
    with pytest.raises(values.CellError, match="month/day/year"):
        values.date("15/06/2027", OPTS)


def test_timestamps_with_milliseconds_and_z_and_local_times():
    warsaw = ZoneInfo("Europe/Warsaw")
    assert values.moment("2024-03-05T10:22:31.123Z", OPTS, warsaw) == dt.datetime(
        2024, 3, 5, 10, 22, 31, 123000, tzinfo=dt.UTC
    )
    assert values.moment("2024-03-05 10:22", OPTS, warsaw) == dt.datetime(
        2024, 3, 5, 9, 22, tzinfo=dt.UTC
    )
    assert values.moment("03/05/2024 2:30 PM", OPTS, dt.UTC) == dt.datetime(
        2024, 3, 5, 14, 30, tzinfo=dt.UTC
    )


def test_day_first_is_guessed_from_a_first_part_over_12():
    date = _prop(PropertyType.DATE)
    assert values.guess_options(date, ["01/02/2027", "25/02/2027"], ",").day_first
    assert not values.guess_options(date, ["01/02/2027", "02/25/2027"], ";").day_first
    assert values.guess_options(date, ["01/02/2027"], ";").day_first  # European file
    assert not values.guess_options(date, ["01/02/2027"], ",").day_first


@pytest.mark.parametrize(
    ("text", "options", "want"),
    [
        ("1,234", OPTS, Decimal(1234)),
        ("1,234,567.89", OPTS, Decimal("1234567.89")),
        ("6.0E7", OPTS, Decimal(60_000_000)),
        ("1.5e3", COMMA, Decimal(1500)),
        ("1.234,5", COMMA, Decimal("1234.5")),
        ("1 234,5", COMMA, Decimal("1234.5")),
        ("(1,200)", OPTS, Decimal(-1200)),
    ],
)
def test_numbers_in_export_formats(text, options, want):
    assert values.number(text, options) == want


@pytest.mark.parametrize(
    ("text", "options", "want"),
    [
        ("$1,234.50", OPTS, Decimal("1234.50")),
        ("1.234,50 €", COMMA, Decimal("1234.50")),
        ("EUR 12", OPTS, Decimal("12.00")),
        ("-$5.25", OPTS, Decimal("-5.25")),
        ("12.345 USD", OPTS, Decimal("12.35")),
        ("£ 99", OPTS, Decimal("99.00")),
    ],
)
def test_amounts_with_currency_symbols_and_codes(text, options, want):
    assert values.amount(text, options) == want


def test_decimal_comma_is_guessed_from_the_samples():
    money = _prop(PropertyType.CURRENCY)
    assert values.guess_options(money, ["1.234,50 €"], ",").decimal_comma
    assert values.guess_options(money, ["12,5"], ",").decimal_comma
    assert not values.guess_options(money, ["$1,234.50"], ";").decimal_comma
    assert not values.guess_options(money, ["6.0E7"], ",").decimal_comma


def test_booleans_choices_and_users():
    assert [values.checkbox(t) for t in ("true", "No", "YES", "1", "0", "false")] == [
        True, False, True, True, False, False,
    ]  # fmt: skip
    with pytest.raises(values.CellError):
        values.checkbox("maybe")
    tier = _prop(PropertyType.CHOICE, ("Enterprise", "Mid-market", "SMB"))
    assert values.choice(tier, " mid-MARKET ") == "Mid-market"
    with pytest.raises(values.CellError, match="not one of Tier's options"):
        values.choice(tier, "Startup")
    products = _prop(PropertyType.MULTI_CHOICE, ("Core", "Analytics"))
    assert values.choices(products, "core;ANALYTICS") == ["Core", "Analytics"]
    ada = uuid.uuid4()
    users = {"ada@example.com": ada, "ada admin": ada}
    assert values.user("ADA@example.com", users) == ada
    assert values.user("Ada Admin", users) == ada
    with pytest.raises(values.CellError, match="No active user"):
        values.user("005xx000001", users)


def test_a_website_becomes_a_domain():
    assert values.domain("https://www.Mueller-Logistik.de/about?x=1") == "mueller-logistik.de"
    assert values.domain("acme.com") == "acme.com"


# ---- importing ----------------------------------------------------------------------------


def test_salesforce_accounts_import_with_their_values(ws):
    db, viewer = ws
    report = _import(db, viewer, SF_ACCOUNTS, "companies")
    assert (report.created, report.updated, report.rejected) == (4, 0, [])
    companies = _by_name(db, "companies")
    mueller = companies["Müller Logistik GmbH"]
    assert mueller.search_key == "mueller-logistik.de"
    assert mueller.amount_minor == 6_000_000_000  # 6.0E7 dollars in cents
    assert mueller.props["employees"] == 1200
    assert mueller.props["source_id"] == "0015g00000AbCdEAA1"
    assert mueller.props["city"] == "München"
    assert companies["Cobalt Health, Inc."].props["industry"] == "Healthcare"  # any case
    assert companies["Cobalt Health, Inc."].amount_minor == 123_456_750
    with db.session() as session:
        source = session.scalars(
            select(PropertyDefinition).where(PropertyDefinition.key == "source_id")
        ).one()
        assert source.label == "Source record ID"
        entries = history_of(session, "records", mueller.id)
    assert {e.source for e in entries} == {"import"}
    assert {e.user_id for e in entries} == {viewer.id}
    with db.session() as session:  # bulk entries store "no value" as JSON null, as log() does
        assert session.scalar(
            select(func.count()).select_from(Change).where(Change.old_value.is_(None))
        ) == 0  # fmt: skip
        assert {e.hlc for e in entries} == {""}
    assert {e.field for e in entries if e.op == "set"} >= {"name", "domain", "arr", "source_id"}


def test_a_corrupt_row_is_reported_and_nothing_of_it_is_saved(ws, tmp_path):
    db, viewer = ws
    source = ci.read_csv(HS_COMPANIES)
    mapping = _mapping(db, source, "companies")
    with db.session() as session:
        before = session.scalar(select(func.count()).select_from(Change))
    plan = ci.plan_import(db, viewer, source, mapping)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Change)) == before  # dry run
    assert (plan.created, plan.updated, plan.skipped) == (3, 0, 0)
    bad = ci.Problem(4, "Annual Revenue", "lots", "“lots” is not an amount.")
    assert plan.problems == [bad]
    report = ci.run_import(db, viewer, source, mapping)
    assert (report.created, report.problems) == (3, [bad])
    names = set(_by_name(db, "companies"))
    assert names == {"Acme Analytics", "Blue Harbor Media", "Energía Verde"}
    acme = _by_name(db, "companies")["Acme Analytics"]
    assert acme.amount_minor == 125_000_000
    assert acme.props["company_owner"] == str(viewer.id)  # the owner by e-mail
    assert _by_name(db, "companies")["Blue Harbor Media"].amount_minor == 98_000_050
    assert _by_name(db, "companies")["Energía Verde"].amount_minor == 7_500_000  # "EUR 75000"

    saved = tmp_path / "rejected.csv"
    assert ci.write_rejected(report, source, saved) == 1
    with saved.open(encoding="utf-8-sig", newline="") as rejected:
        rows = list(csv.reader(rejected))
    assert rows[0] == [*source.header, "Import problem"]
    assert rows[1][:3] == ["9003", "Delta Foods, LLC", "deltafoods.com"]
    assert rows[1][-1] == "Row 4: Annual Revenue: “lots” is not an amount."


def test_a_row_whose_stage_needs_a_value_it_lacks_is_rejected_whole(ws, tmp_path):
    db, viewer = ws
    path = tmp_path / "deals.csv"
    path.write_text("Deal Name,Deal Stage,Amount\nBig win,Closed won,5000\nOk,Negotiation,1\n")
    report = _import(db, viewer, path, "deals")
    assert report.created == 1
    assert [(p.row, p.column, p.reason) for p in report.problems] == [
        (2, "Deal Stage", "Close date is required to enter Closed won.")
    ]
    assert set(_by_name(db, "deals")) == {"Ok"}


def test_reimport_updates_instead_of_duplicating(ws, tmp_path):
    db, viewer = ws
    first = _import(db, viewer, SF_ACCOUNTS, "companies")
    again = _import(db, viewer, SF_ACCOUNTS, "companies")
    assert (again.created, again.updated, again.skipped) == (0, 0, 4)
    assert len(_live(db, "companies")) == 4
    assert again.batch_ids == []  # nothing to write
    changed = tmp_path / "accounts.csv"
    text = SF_ACCOUNTS.read_bytes().decode("cp1252").replace('"1200"', '"1500"')
    changed.write_bytes(text.encode("cp1252"))
    third = _import(db, viewer, changed, "companies")
    assert (third.created, third.updated, third.skipped) == (0, 1, 3)
    mueller = _by_name(db, "companies")["Müller Logistik GmbH"]
    assert mueller.props["employees"] == 1500
    with db.session() as session:
        entries = history_of(session, "records", mueller.id, "employees")
    assert [(e.old_value, e.new_value, e.source) for e in entries] == [
        (1200, 1500, "import"),
        (None, 1200, "import"),
    ]
    assert first.batch_ids and entries[0].batch_id == third.batch_ids[0]


def test_reimport_by_domain_when_there_is_no_id_column(ws, tmp_path):
    db, viewer = ws
    path = tmp_path / "companies.csv"
    path.write_text("Company name,Website\nAcme,https://acme.com\n")
    _import(db, viewer, path, "companies")
    path.write_text("Company name,Website\nAcme Corp,ACME.com\nAcme again,acme.com\n")
    source = ci.read_csv(path)
    mapping = _mapping(db, source, "companies")
    assert mapping.key == "domain"
    report = ci.run_import(db, viewer, source, mapping)
    assert (report.created, report.updated) == (0, 1)
    assert [(p.row, p.reason) for p in report.problems] == [
        (3, "Row 2 of this file has the same value.")
    ]
    assert [r.name for r in _live(db, "companies")] == ["Acme Corp"]


def test_deals_are_linked_to_their_companies_and_staged_by_name(ws):
    db, viewer = ws
    _import(db, viewer, SF_ACCOUNTS, "companies")
    report = _import(db, viewer, SF_OPPORTUNITIES, "deals")
    assert (report.created, report.linked) == (3, 3)
    assert [(p.row, p.column, p.value, p.reason) for p in report.problems] == [
        (4, "STAGENAME", "Prospecting", "“Prospecting” is not a stage of any deal pipeline.")
    ]
    companies = _by_name(db, "companies")
    deals = _by_name(db, "deals")
    with db.session() as session:
        stages = {s.id: s.name for s in session.scalars(select(Stage))}
        links = {
            (a.from_record_id, a.to_record_id)
            for a in session.scalars(select(Association).where(Association.deleted_at.is_(None)))
        }
    assert stages[deals["Müller renewal 2027"].stage_id] == "Proposal sent"
    assert stages[deals["Cobalt renewal"].stage_id] == "Closed won"
    assert deals["Cobalt renewal"].renewal_date == dt.date(2026, 11, 30)
    assert (deals["Müller renewal 2027"].id, companies["Müller Logistik GmbH"].id) in links
    assert (deals["Cobalt renewal"].id, companies["Cobalt Health, Inc."].id) in links
    assert "Prospecting" not in set(stages.values())  # reported, not invented


def test_european_deals_by_company_name_with_day_first_dates(ws):
    db, viewer = ws
    _import(db, viewer, HS_COMPANIES, "companies")
    report = _import(db, viewer, HS_DEALS, "deals")
    assert (report.created, report.linked) == (3, 3)
    assert [(p.row, p.value) for p in report.problems] == [(4, "Verbal commit")]
    acme = _by_name(db, "deals")["Acme renewal"]
    assert (acme.amount_minor, acme.renewal_date) == (123_450, dt.date(2027, 6, 15))
    assert _by_name(db, "deals")["Blue Harbor expansion"].renewal_date == dt.date(2027, 7, 3)


def test_a_company_that_is_not_there_rejects_the_row(ws, tmp_path):
    db, viewer = ws
    _import(db, viewer, HS_COMPANIES, "companies")
    path = tmp_path / "contacts.csv"
    path.write_text("Email,First Name,Associated Company\na@x.com,Ann,Acme Analytics\n"
                    "b@x.com,Bob,Nowhere Ltd\n")  # fmt: skip
    report = _import(db, viewer, path, "contacts")
    assert report.created == 1
    assert [(p.column, p.reason) for p in report.problems] == [
        ("Associated Company", "No company has “Nowhere Ltd”.")
    ]


def test_utf16_contacts_import_with_their_company(ws):
    db, viewer = ws
    _import(db, viewer, HS_COMPANIES, "companies")
    report = _import(db, viewer, EXCEL_CONTACTS, "contacts")
    assert (report.created, report.linked, report.rejected) == (3, 3, [])
    contacts = _by_name(db, "contacts")
    assert set(contacts) == {"Zofia Łukasiewicz", "João Alves", "Ana García"}
    assert contacts["João Alves"].search_key == "joao.alves@blueharbor.io"
    again = _import(db, viewer, EXCEL_CONTACTS, "contacts")
    assert (again.created, again.skipped) == (0, 3)


def test_undo_import_removes_what_it_created_and_restores_what_it_updated(ws, tmp_path):
    db, viewer = ws
    first = _import(db, viewer, SF_ACCOUNTS, "companies")
    changed = tmp_path / "accounts.csv"
    text = SF_ACCOUNTS.read_bytes().decode("cp1252")
    text = text.replace('"1200"', '"1500"').replace('"Logistics"', '"Energy"')
    text += '"0015g00000NewAAA","New Co","newco.com","","","","","",""\r\n'
    changed.write_bytes(text.encode("cp1252"))
    second = _import(db, viewer, changed, "companies")
    assert (second.created, second.updated) == (1, 1)

    undone = ci.undo_import(db, viewer, second.batch_ids)
    assert (undone.removed, undone.restored, undone.cancelled) == (1, 1, False)
    companies = _by_name(db, "companies")
    assert "New Co" not in companies
    mueller = companies["Müller Logistik GmbH"]
    assert (mueller.props["employees"], mueller.props["industry"]) == (1200, "Logistics")
    with db.session() as session:
        sources = {e.source for e in history_of(session, "records", mueller.id)}
    assert "undo" in sources

    _import(db, viewer, SF_OPPORTUNITIES, "deals")
    assert ci.undo_import(db, viewer, first.batch_ids).removed == 4
    assert _live(db, "companies") == []


def test_undo_keeps_a_value_changed_since_the_import(ws, tmp_path):
    from app.domain import records

    db, viewer = ws
    _import(db, viewer, SF_ACCOUNTS, "companies")
    changed = tmp_path / "accounts.csv"
    changed.write_bytes(
        SF_ACCOUNTS.read_bytes().decode("cp1252").replace('"1200"', '"1500"').encode("cp1252")
    )
    second = _import(db, viewer, changed, "companies")
    mueller = _by_name(db, "companies")["Müller Logistik GmbH"]
    with db.write_session() as session:
        records.update_record(session, viewer, records.get_record(session, mueller.id),
                              {"employees": 1800})  # fmt: skip
    undone = ci.undo_import(db, viewer, second.batch_ids)
    assert (undone.restored, undone.kept) == (0, 1)
    assert _by_name(db, "companies")["Müller Logistik GmbH"].props["employees"] == 1800


def test_cancel_mid_run_leaves_only_whole_batches(ws):
    db, viewer = ws
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # after the first batch

    report = _import(db, viewer, SF_ACCOUNTS, "companies", batch_size=3, cancelled=cancelled)
    assert report.cancelled
    assert report.created == 3
    assert len(_live(db, "companies")) == 3
    assert len(report.batch_ids) == 1
    progress: list[float] = []
    _import(db, viewer, SF_ACCOUNTS, "companies", batch_size=3,
            progress=lambda _what, done: progress.append(done))  # fmt: skip
    assert progress == [0.75, 1.0]
    assert len(_live(db, "companies")) == 4


def test_a_user_without_a_seat_is_refused_and_nothing_is_written(ws):
    db, _viewer = ws
    with db.write_session() as session:
        seatless = User(name="Sid Seatless", email="sid@example.com", is_super_admin=True,
                        has_service_seat=False)  # fmt: skip
        session.add(seatless)
        session.flush()
        viewer = viewer_of(seatless)
    source = ci.read_csv(SF_ACCOUNTS)
    mapping = _mapping(db, source, "companies")
    for action in (ci.plan_import, ci.run_import):
        with pytest.raises(PermissionDenied) as refused:
            action(db, viewer, source, mapping)
        assert "seat" in refused.value.reason
    with pytest.raises(PermissionDenied):
        ci.undo_import(db, viewer, [])
    assert _live(db, "companies") == []
    with db.session() as session:
        assert session.scalar(
            select(func.count()).select_from(PropertyDefinition)
            .where(PropertyDefinition.key == "source_id")
        ) == 0  # fmt: skip


def test_a_mapping_that_cannot_run_is_refused(sqlite_ws):
    db, viewer = sqlite_ws
    source = ci.read_csv(SF_ACCOUNTS)
    mapping = _mapping(db, source, "companies").with_target("NAME", "no_such_property")
    with pytest.raises(ValidationError) as refused:
        ci.plan_import(db, viewer, source, mapping)
    assert refused.value.field == "mapping"


def test_meetings_and_other_activities_are_not_imported_as_records(sqlite_ws):
    db, _viewer = sqlite_ws
    with db.session() as session, pytest.raises(ValidationError) as refused:
        ci.load_catalog(session, "meetings")
    assert refused.value.field == "object"


def test_changing_a_column_option_reads_its_samples_again(sqlite_ws, tmp_path):
    db, viewer = sqlite_ws
    path = tmp_path / "companies.csv"
    path.write_text("Company name,Renewal date\nAcme,13/04/2027\nBlue,14/06/2027\n")
    source = ci.read_csv(path)
    with db.session() as session:
        catalog = ci.load_catalog(session, "companies")
        guessed = ci.guess_mapping(session, source, catalog)
        renewal = guessed.columns[1]
        assert renewal.options.day_first  # 13 cannot be a month
        assert renewal.result == ci.ParseResult(2, 2, 2, None)
        month_first = replace(
            guessed,
            columns=(guessed.columns[0], replace(renewal, options=ci.ColumnOptions())),
        )
        checked = ci.check_columns(session, source, month_first, catalog)
    result = checked.columns[1].result
    assert result is not None and (result.parsed, result.first_failure) == (
        0, (2, "13/04/2027", "“13/04/2027” is not a valid date (month/day/year)."),
    )  # fmt: skip
    assert len(ci.plan_import(db, viewer, source, checked).rejected) == 2
    assert ci.plan_import(db, viewer, source, guessed).created == 2


def test_created_rows_without_an_owner_get_the_mappings_owner(ws, tmp_path):
    db, viewer = ws
    path = tmp_path / "companies.csv"
    path.write_text("Company name,Website,CSM\nAcme,acme.com,\nBlue,blue.io,ada@example.com\n")
    source = ci.read_csv(path)
    with db.session() as session:
        catalog = ci.load_catalog(session, "companies")
        assert ci.owner_property(session, viewer, catalog) == "csm_owner"  # the CSM property
        guessed = ci.guess_mapping(session, source, catalog)
        assert ci.owner_property(session, viewer, ci.load_catalog(session, "deals")) == "deal_owner"
    with db.write_session() as session:
        bob = User(name="Bob Builder", email="bob@example.com")
        session.add(bob)
        session.flush()
        bob_id = bob.id
    mapping = replace(guessed, owner=("csm_owner", bob_id))
    report = ci.run_import(db, viewer, source, mapping)
    assert report.created == 2
    companies = _by_name(db, "companies")
    assert companies["Acme"].owner_id == bob_id  # its row had no CSM
    assert companies["Blue"].owner_id == viewer.id  # its row named one
    path.write_text("Company name,Website,CSM\nAcme Inc,acme.com,\n")
    again = ci.run_import(
        db, viewer, ci.read_csv(path), replace(mapping, owner=("csm_owner", viewer.id))
    )
    assert again.updated == 1
    assert _by_name(db, "companies")["Acme Inc"].owner_id == bob_id  # an update keeps its owner
    with pytest.raises(ValidationError) as refused:
        ci.plan_import(db, viewer, source, replace(mapping, owner=("name", bob_id)))
    assert refused.value.field == "owner"


# ---- tasks -------------------------------------------------------------------------------

TASKS_CSV = (
    "Subject,Due Date,Status,Priority,Task Type,Assigned To,Company Domain,Notes\n"
    "Call about the renewal,2027-03-31,NOT_STARTED,HIGH,CALL,ada@example.com,acme-analytics.com,"
    "Ask about seats\n"
    "Send the QBR deck,03/04/2027,Completed,Normal,Email,Ada Admin,,\n"
    "Kickoff,2027-13-45,Open,Low,To-do,,,\n"
    "Check usage,2027-05-01,In Progress,,,,nowhere.example,\n"
)


def _tasks(db: Database) -> dict[str, Task]:
    with db.session() as session:
        return {t.title: t for t in session.scalars(select(Task).where(Task.deleted_at.is_(None)))}


def test_tasks_import_with_status_priority_owner_and_company(ws, tmp_path):
    db, viewer = ws
    _import(db, viewer, HS_COMPANIES, "companies")
    path = tmp_path / "tasks.csv"
    path.write_text(TASKS_CSV, encoding="utf-8")
    source = ci.read_csv(path)
    mapping = _mapping(db, source, "tasks")
    assert _targets(mapping) == {
        "Subject": "title", "Due Date": "due_date", "Status": "status", "Priority": "priority",
        "Task Type": "type", "Assigned To": "assignee_id", "Company Domain": m.COMPANY_DOMAIN,
        "Notes": "notes",
    }  # fmt: skip
    assert mapping.key is None  # a task has no key: a re-import creates again
    status = next(c for c in mapping.columns if c.header == "Status").result
    assert status is not None and (status.filled, status.parsed) == (4, 4)  # CRM words
    plan = ci.plan_import(db, viewer, source, mapping)
    assert (plan.created, plan.linked) == (2, 1)
    report = ci.run_import(db, viewer, source, mapping)
    assert (report.created, report.linked) == (2, 1)
    assert sorted((p.row, p.column) for p in report.problems) == [
        (4, "Due Date"), (5, "Company Domain"),
    ]  # fmt: skip
    found = _tasks(db)
    assert set(found) == {"Call about the renewal", "Send the QBR deck"}
    call = found["Call about the renewal"]
    assert (call.type, call.priority, call.status) == ("call", "high", "open")
    assert call.assignee_id == viewer.id and call.notes == "Ask about seats"
    assert call.due_all_day and call.due_at is not None
    deck = found["Send the QBR deck"]
    assert (deck.status, deck.priority, deck.type) == ("completed", "medium", "email")
    assert deck.completed_at is not None
    acme = _by_name(db, "companies")["Acme Analytics"]
    with db.session() as session:
        links = session.scalars(select(ActivityLink).where(ActivityLink.activity_id == call.id))
        assert [link.record_id for link in links] == [acme.id]
        sources = {e.source for e in history_of(session, "tasks", call.id)}
    assert sources == {"import"}

    undone = ci.undo_import(db, viewer, report.batch_ids)
    assert undone.removed == 2
    assert _tasks(db) == {}
    with db.session() as session:
        live = select(ActivityLink).where(ActivityLink.deleted_at.is_(None))
        assert list(session.scalars(live)) == []


@pytest.mark.parametrize(
    ("texts", "kind", "options"),
    [
        (["yes", "no", "Yes"], "checkbox", ()),
        (["$1,200", "€ 5"], "currency", ()),
        (["12", "3.5", "1,000", "6.0E7"], "number", ()),
        (["2024-01-02", "2025-03-04"], "date", ()),
        (["15/06/2027", "01/02/2027"], "date", ()),
        (["2024-03-05T10:22:31.123Z", "2024-04-11 08:00"], "datetime", ()),
        (["Gold", "Silver", "Gold", "Bronze"], "choice", ("Gold", "Silver", "Bronze")),
        (["Acme", "Blue Harbor"], "text", ()),  # every value different: names, not options
        (["line one\nline two"], "multiline", ()),
        (["12", "twelve"], "text", ()),
        (["", "  "], "text", ()),
    ],
)
def test_a_new_property_for_a_column_gets_the_type_its_values_suggest(texts, kind, options):
    from app.domain.csv_import.values import suggest_type

    assert suggest_type(texts) == (kind, options)
