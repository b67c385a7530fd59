"""The import wizard (DATA-4, UX-1, UX-5) driven as a CSM would, on an empty workspace:
choose a file, check the columns, change one, read the dry run's problems, import, save the
rejected rows, re-import, cancel mid-run, undo; the Customers tab shows what was imported;
a viewer who may not edit gets a greyed Import button and the domain's refusal."""

from __future__ import annotations

import csv
import datetime as dt
import threading
from dataclasses import replace
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from app.domain.enums import ViewTab
from app.domain.errors import PermissionDenied
from app.domain.viewer import Viewer, viewer_of
from app.domain.zones import zone_of
from app.models.csv_import import CsvImport
from app.store import ObjectType, Record, User
from app.views.actions.tab import ActionsTab
from app.views.customers.tab import CustomersTab
from app.views.import_mapping import CHECK, SAMPLES
from app.views.import_wizard import DRY_RUN, FILE, IMPORT, MAPPING, ImportWizard
from app.views.pipelines.tab import PipelineTab
from app.views.settings.dialog import SettingsDialog
from tests.support import not_none
from tests.views.conftest import run_until, shown

DATA = Path(__file__).parents[1] / "domain" / "data" / "imports"
SF_ACCOUNTS = DATA / "salesforce_accounts_latin1.csv"
HS_COMPANIES = DATA / "hubspot_companies_utf8_bom.csv"


def _viewer(db, name: str = "Ada Admin") -> Viewer:
    with db.session() as session:
        return viewer_of(session.scalars(select(User).where(User.name == name)).one())


def _companies(db) -> dict[str, Record]:
    with db.session() as session:
        rows = session.scalars(
            select(Record)
            .join(ObjectType, ObjectType.id == Record.object_type_id)
            .where(ObjectType.key == "companies", Record.deleted_at.is_(None))
        )
        return {r.name: r for r in rows}


@pytest.fixture
def pick(monkeypatch):
    """The open-file dialog answers with the path last given to `pick(path)`."""
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(chosen[-1]), ""))
    return chosen.append


def _click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _wizard(qtbot, db, viewer: Viewer | None = None) -> ImportWizard:
    return shown(qtbot, ImportWizard(db, viewer or _viewer(db)), (1024, 640))


def _choose(qtbot, qloop, wizard: ImportWizard, pick, path: Path, objects="Companies") -> None:
    """Choose… the file and the object to import into."""
    pick(path)
    _click(qtbot, wizard.choose_button)
    run_until(qloop, lambda: not wizard.busy)
    wizard.object.setCurrentIndex(wizard.object.findText(objects))


def _next(qtbot, qloop, wizard: ImportWizard, page: int) -> None:
    """Click Next (or Check rows, or Import) and wait for the step's work to end."""
    _click(qtbot, wizard.next_button)
    run_until(qloop, lambda: wizard.stack.currentIndex() == page and not wizard.busy)


def _row(wizard: ImportWizard, header: str) -> int:
    assert wizard.source is not None
    return wizard.source.header.index(header)


def _cell(wizard: ImportWizard, header: str, column: int) -> str:
    return not_none(wizard.mapping_page.table.item(_row(wizard, header), column)).text()


def _planned(wizard: ImportWizard) -> tuple[int, ...]:
    """The dry run's cards: to create, to update, unchanged, rejected."""
    counts = wizard.plan_counts.counts()
    return tuple(int(counts[k]) for k in ("to create", "to update", "unchanged", "rejected"))


def _imported(wizard: ImportWizard) -> tuple[int, ...]:
    """The result's cards: created, updated, unchanged, rejected."""
    counts = wizard.result_page.counts.counts()
    return tuple(int(counts[k]) for k in ("created", "updated", "unchanged", "rejected"))


def _problems(wizard: ImportWizard, table=None) -> list[tuple[str, ...]]:
    table = table or wizard.problems
    return [
        tuple(not_none(table.item(r, c)).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def _import(qtbot, qloop, wizard: ImportWizard, pick, path: Path, objects="Companies") -> None:
    """From the first step to the end of the import, with the guessed mapping."""
    _choose(qtbot, qloop, wizard, pick, path, objects)
    _next(qtbot, qloop, wizard, MAPPING)
    _next(qtbot, qloop, wizard, DRY_RUN)
    _next(qtbot, qloop, wizard, IMPORT)
    assert wizard.report is not None


def test_latin1_salesforce_accounts_are_mapped_checked_and_imported(
    qtbot, qloop, workspace_db, pick
):
    wizard = _wizard(qtbot, workspace_db)
    assert wizard.stack.currentIndex() == FILE and not wizard.next_button.isEnabled()
    _choose(qtbot, qloop, wizard, pick, SF_ACCOUNTS)
    info = wizard.file_info.text()
    assert "4 rows" in info and "CP1252" in info and "comma" in info
    _next(qtbot, qloop, wizard, MAPPING)
    page = wizard.mapping_page
    assert page.combos[_row(wizard, "NAME")].currentText() == "Company name"
    assert page.combos[_row(wizard, "ID")].currentText() == "Source record ID"
    owner_id = page.combos[_row(wizard, "OWNERID")]
    assert owner_id.currentText() == "Don't import"
    assert "No active user" in _cell(wizard, "OWNERID", CHECK)  # a Salesforce user id
    assert _cell(wizard, "ANNUALREVENUE", CHECK).startswith("✓ 3 of 3 parse")
    assert "Müller Logistik GmbH" in _cell(wizard, "NAME", SAMPLES)  # Latin-1 read right
    assert page.key.currentData() == "source_id"
    assert page.owner.currentText() == "Ada Admin"  # the importer owns rows without one

    # The user leaves the industry out: its check says so once re-read.
    industry = page.combos[_row(wizard, "INDUSTRY")]
    industry.setCurrentIndex(industry.findText("Don't import"))
    run_until(qloop, lambda: not wizard.busy)
    assert _cell(wizard, "INDUSTRY", CHECK) == "Not imported"

    _next(qtbot, qloop, wizard, DRY_RUN)
    assert _planned(wizard) == (4, 0, 0, 0)
    assert "Every row can be imported." in wizard.plan_summary.text()
    assert _problems(wizard) == []
    assert _companies(workspace_db) == {}  # the dry run wrote nothing
    _next(qtbot, qloop, wizard, IMPORT)
    assert wizard.result_page.label.text() == "The import is done."
    assert _imported(wizard) == (4, 0, 0, 0)
    assert "have Ada Admin" in wizard.result_page.note.text()
    assert not wizard.result_page.save_rejected_button.isVisible()
    companies = _companies(workspace_db)
    mueller = companies["Müller Logistik GmbH"]
    assert mueller.search_key == "mueller-logistik.de"
    assert mueller.owner_id == wizard.work.viewer.id  # the CSM for rows without one
    assert "industry" not in mueller.props
    assert wizard.close_button.text() == "Done" and not wizard.back_button.isVisible()


def test_a_corrupt_row_shows_in_the_problems_and_nothing_of_it_is_saved(
    qtbot, qloop, workspace_db, pick, monkeypatch, tmp_path
):
    wizard = _wizard(qtbot, workspace_db)
    _choose(qtbot, qloop, wizard, pick, HS_COMPANIES)
    assert "UTF-8-SIG" in wizard.file_info.text()
    _next(qtbot, qloop, wizard, MAPPING)
    assert _cell(wizard, "Annual Revenue", CHECK).startswith("⚠ 3 of 4 parse; row 4:")
    assert wizard.mapping_page.combos[_row(wizard, "Record ID")].currentText() == (
        "Source record ID"
    )
    _next(qtbot, qloop, wizard, DRY_RUN)
    assert _planned(wizard) == (3, 0, 0, 1)
    assert _problems(wizard) == [("4", "Annual Revenue", "lots", "“lots” is not an amount.")]
    _next(qtbot, qloop, wizard, IMPORT)
    assert _imported(wizard) == (3, 0, 0, 1)
    assert "rejected rows below were not imported" in wizard.result_page.label.text()
    assert _problems(wizard, wizard.result_page.rejected_table) == [
        ("4", "Annual Revenue", "lots", "“lots” is not an amount.")
    ]
    assert set(_companies(workspace_db)) == {"Acme Analytics", "Blue Harbor Media", "Energía Verde"}

    saved = tmp_path / "rejected.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(saved), ""))
    _click(qtbot, wizard.result_page.save_rejected_button)
    run_until(qloop, lambda: "saved to" in wizard.result_page.note.text())
    with saved.open(encoding="utf-8-sig", newline="") as rejected:
        rows = list(csv.reader(rejected))
    assert [r[1] for r in rows[1:]] == ["Delta Foods, LLC"]
    assert rows[1][-1] == "Row 4: Annual Revenue: “lots” is not an amount."


def test_reimport_updates_rather_than_duplicates(qtbot, qloop, workspace_db, pick, tmp_path):
    _import(qtbot, qloop, _wizard(qtbot, workspace_db), pick, SF_ACCOUNTS)
    changed = tmp_path / "accounts.csv"
    text = SF_ACCOUNTS.read_bytes().decode("cp1252").replace('"1200"', '"1500"')
    changed.write_bytes(text.encode("cp1252"))
    again = _wizard(qtbot, workspace_db)
    _choose(qtbot, qloop, again, pick, changed)
    _next(qtbot, qloop, again, MAPPING)
    _next(qtbot, qloop, again, DRY_RUN)
    assert _planned(again) == (0, 1, 3, 0)
    _next(qtbot, qloop, again, IMPORT)
    companies = _companies(workspace_db)
    assert len(companies) == 4
    assert companies["Müller Logistik GmbH"].props["employees"] == 1500


def test_cancel_mid_run_keeps_the_whole_batches_and_undo_takes_them_out(
    qtbot, qloop, workspace_db, pick, monkeypatch
):
    wizard = _wizard(qtbot, workspace_db)
    wizard.work.batch_size = 1
    _choose(qtbot, qloop, wizard, pick, SF_ACCOUNTS)
    _next(qtbot, qloop, wizard, MAPPING)
    _next(qtbot, qloop, wizard, DRY_RUN)
    # The worker waits after its first batch until the user has clicked Cancel.
    clicked = threading.Event()
    run = wizard.work.run

    def slow_run(source, mapping, progress, cancelled):
        def report(phase: str, fraction: float) -> None:
            progress(phase, fraction)
            clicked.wait(10)

        return run(source, mapping, report, cancelled)

    monkeypatch.setattr(wizard.work, "run", slow_run)
    _click(qtbot, wizard.next_button)
    run_until(qloop, lambda: wizard.progress_bar.value() == 25)
    assert wizard.progress_row.isVisible() and not wizard.back_button.isVisible()
    _click(qtbot, wizard.cancel_button)
    clicked.set()
    run_until(qloop, lambda: not wizard.busy)
    assert wizard.report is not None and wizard.report.cancelled
    assert "cancelled" in wizard.result_page.label.text()
    assert _imported(wizard) == (1, 0, 0, 0)
    assert len(_companies(workspace_db)) == 1  # the first batch, whole

    _click(qtbot, wizard.result_page.undo_button)
    run_until(qloop, lambda: not wizard.busy)
    assert "Import undone: 1 removed" in wizard.result_page.label.text()
    assert not wizard.result_page.undo_button.isVisible()
    assert _companies(workspace_db) == {}


def test_undo_import_removes_what_it_created(qtbot, qloop, workspace_db, pick):
    wizard = _wizard(qtbot, workspace_db)
    _import(qtbot, qloop, wizard, pick, HS_COMPANIES)
    assert len(_companies(workspace_db)) == 3
    _click(qtbot, wizard.result_page.undo_button)
    run_until(qloop, lambda: not wizard.busy)
    assert "Import undone: 3 removed" in wizard.result_page.label.text()
    assert _companies(workspace_db) == {}


def test_an_unreadable_file_is_explained_on_the_file_step(
    qtbot, qloop, workspace_db, pick, tmp_path
):
    wizard = _wizard(qtbot, workspace_db)
    picture = tmp_path / "logo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\xfe\x00")
    _choose(qtbot, qloop, wizard, pick, picture)
    assert wizard.file_error.isVisible()
    assert "not a text" in wizard.file_error.text()
    assert not wizard.next_button.isEnabled()


def test_the_customers_tab_imports_and_shows_the_new_rows(qtbot, qloop, workspace_db, pick):
    tab = shown(qtbot, CustomersTab(workspace_db, _viewer(workspace_db)), (1024, 640))
    assert tab.model is not None and tab.model.total == 0
    assert tab.import_button.isEnabled()
    _click(qtbot, tab.import_button)
    wizard = tab.import_launcher.wizard
    assert wizard is not None and wizard.object.currentText() == "Companies"  # pre-selected
    _import(qtbot, qloop, wizard, pick, HS_COMPANIES)
    # "Owned by me" shows them: the importer is the CSM of rows that named none.
    run_until(qloop, lambda: tab.model is not None and tab.model.total == 3)
    assert tab.count.text() == "3 customers"


def test_the_services_tab_and_settings_start_on_their_object(qtbot, workspace_db):
    viewer = _viewer(workspace_db)
    services = shown(qtbot, PipelineTab(workspace_db, viewer, ViewTab.SERVICES), (1024, 640))
    _click(qtbot, services.import_button)
    assert services.import_launcher.wizard is not None
    assert services.import_launcher.wizard.object_key() == "services"
    settings = shown(qtbot, SettingsDialog(workspace_db, viewer), (600, 500))
    assert settings.import_button.text() == "Import CSV…"
    _click(qtbot, settings.import_button)
    assert settings.import_launcher.wizard is not None
    assert settings.import_launcher.wizard.object_key() == "companies"


def test_a_viewer_who_cannot_edit_gets_a_greyed_button_and_the_refusal(
    qtbot, qloop, workspace_db, pick
):
    read_only = replace(_viewer(workspace_db), read_only="This file is open in another Tend.")
    tab = shown(qtbot, CustomersTab(workspace_db, read_only), (1024, 640))
    assert not tab.import_button.isEnabled()
    assert tab.import_button.toolTip() == "This file is open in another Tend."
    wizard = _wizard(qtbot, workspace_db, read_only)
    assert wizard.banner.isVisible() and "another Tend" in wizard.banner.text()
    _choose(qtbot, qloop, wizard, pick, SF_ACCOUNTS)
    assert not wizard.next_button.isEnabled()
    # The domain refuses too, whatever the buttons say.
    with workspace_db.write_session() as session:
        session.add(User(name="Sid Seatless", email="sid@example.com", is_super_admin=True,
                         has_service_seat=False))  # fmt: skip
    seatless = _viewer(workspace_db, "Sid Seatless")
    work = CsvImport(workspace_db, seatless)
    assert not work.verdict() and "seat" in work.verdict().reason
    assert wizard.source is not None
    guess = work.guess(wizard.source, "companies")
    with pytest.raises(PermissionDenied):
        work.run(wizard.source, guess.mapping)
    assert _companies(workspace_db) == {}


def test_the_actions_tab_imports_tasks_and_shows_them(qtbot, qloop, workspace_db, pick, tmp_path):
    viewer = _viewer(workspace_db)
    today = dt.datetime.now(zone_of(viewer)).date().isoformat()
    path = tmp_path / "tasks.csv"
    path.write_text(
        "Subject,Due Date,Status,Priority\n"
        f"Call about the renewal,{today},NOT_STARTED,HIGH\n"
        f"Send the QBR deck,{today},In Progress,Normal\n"
        "Kickoff,2027-13-45,Open,Low\n",
        encoding="utf-8",
    )
    tab = shown(qtbot, ActionsTab(workspace_db, viewer), (1024, 640))
    assert tab.model.total == 0
    _click(qtbot, tab.import_button)
    wizard = tab.import_launcher.wizard
    assert wizard is not None and wizard.object_key() == "tasks"
    _choose(qtbot, qloop, wizard, pick, path, "Tasks")
    _next(qtbot, qloop, wizard, MAPPING)
    assert wizard.mapping_page.combos[_row(wizard, "Subject")].currentText() == "Title"
    assert not wizard.mapping_page.owner.isVisible()  # a task is its creator's by default
    _next(qtbot, qloop, wizard, DRY_RUN)
    assert _planned(wizard) == (2, 0, 0, 1)
    assert "create its rows again" in wizard.plan_summary.text()
    _next(qtbot, qloop, wizard, IMPORT)
    assert _imported(wizard) == (2, 0, 0, 1)
    run_until(qloop, lambda: tab.model.total == 2)  # "Due today", told by the change channel
    _click(qtbot, wizard.result_page.undo_button)
    run_until(qloop, lambda: not wizard.busy and tab.model.total == 0)


def test_deals_by_pipeline_and_stage_name_with_day_first_dates(qtbot, qloop, workspace_db, pick):
    _import(qtbot, qloop, _wizard(qtbot, workspace_db), pick, HS_COMPANIES)
    wizard = _wizard(qtbot, workspace_db)
    _choose(qtbot, qloop, wizard, pick, DATA / "hubspot_deals_semicolon.csv", "Deals")
    assert "semicolon" in wizard.file_info.text()
    _next(qtbot, qloop, wizard, MAPPING)
    page = wizard.mapping_page
    assert page.combos[_row(wizard, "Pipeline")].currentText() == "Pipeline (by name)"
    assert page.combos[_row(wizard, "Deal Stage")].currentText() == "Stage (by name)"
    assert _cell(wizard, "Deal Stage", CHECK).startswith("⚠ 3 of 4 parse; row 4:")
    day_first = page.option_boxes[_row(wizard, "Close Date")]
    assert day_first.text() == "Day first" and day_first.isChecked()  # 15/06/2027
    assert page.option_boxes[_row(wizard, "Amount")].isChecked()  # 1.234,50 €
    qtbot.mouseClick(day_first, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: not wizard.busy)
    assert _cell(wizard, "Close Date", CHECK).startswith("⚠")  # 15 is no month
    qtbot.mouseClick(day_first, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: not wizard.busy)
    assert _cell(wizard, "Close Date", CHECK).startswith("✓")
    _next(qtbot, qloop, wizard, DRY_RUN)
    assert _planned(wizard) == (3, 0, 0, 1)
    assert [p[2] for p in _problems(wizard)] == ["Verbal commit"]
    _next(qtbot, qloop, wizard, IMPORT)
    assert _imported(wizard) == (3, 0, 0, 1)
    assert "3 linked to their company" in wizard.result_page.note.text()


def test_an_unmapped_column_becomes_a_new_property_of_its_suggested_type(
    qtbot, qloop, workspace_db, pick, tmp_path
):
    from app.views.import_mapping import NEW_PROPERTY
    from app.views.settings.property_dialog import PropertyDialog

    export = tmp_path / "companies.csv"
    export.write_text(
        "Company name,Company Domain Name,Contract tier\n"
        "Acme,acme.example,Gold\nBlue,blue.example,Silver\nDelta,delta.example,Gold\n",
        encoding="utf-8",
    )
    wizard = _wizard(qtbot, workspace_db)
    _choose(qtbot, qloop, wizard, pick, export)
    _next(qtbot, qloop, wizard, MAPPING)
    row = _row(wizard, "Contract tier")
    combo = wizard.mapping_page.combos[row]
    assert combo.currentData() is None  # no property of the workspace fits it
    combo.setCurrentIndex(combo.findData(NEW_PROPERTY))
    dialog = wizard.property_dialog
    assert isinstance(dialog, PropertyDialog) and dialog.isVisible()
    assert dialog.label.text() == "Contract tier"
    assert dialog.type.currentText() == "Single choice"
    assert dialog.new_options.toPlainText().splitlines() == ["Gold", "Silver"]
    _click(qtbot, dialog.save_button)
    run_until(qloop, lambda: not wizard.busy and "3 of 3" in _cell(wizard, "Contract tier", CHECK))
    assert combo.currentText() == "Contract tier"
    other = wizard.mapping_page.combos[_row(wizard, "Company name")]
    assert other.findText("Contract tier") >= 0  # every column may fill it now
    _next(qtbot, qloop, wizard, DRY_RUN)
    _next(qtbot, qloop, wizard, IMPORT)
    assert {n: r.props.get("contract_tier") for n, r in _companies(workspace_db).items()} == {
        "Acme": "Gold", "Blue": "Silver", "Delta": "Gold"
    }  # fmt: skip


def test_cancelling_the_new_property_puts_the_column_back_and_a_csm_may_not_add_one(
    qtbot, qloop, workspace_db, pick, add_user
):
    wizard = _wizard(qtbot, workspace_db)
    _choose(qtbot, qloop, wizard, pick, HS_COMPANIES)
    _next(qtbot, qloop, wizard, MAPPING)
    combo = wizard.mapping_page.combos[_row(wizard, "Create Date")]
    from app.views.import_mapping import NEW_PROPERTY

    combo.setCurrentIndex(combo.findData(NEW_PROPERTY))
    assert wizard.property_dialog is not None
    assert wizard.property_dialog.type.currentText() == "Date and time"
    wizard.property_dialog.reject()
    assert combo.currentData() is None
    # A CSM with a seat imports, but adding a property is a workspace setting (PERM-4).
    add_user("Casey Csm", has_service_seat=True)
    csm = _wizard(qtbot, workspace_db, _viewer(workspace_db, "Casey Csm"))
    _choose(qtbot, qloop, csm, pick, HS_COMPANIES)
    _next(qtbot, qloop, csm, MAPPING)
    combo = csm.mapping_page.combos[_row(csm, "Create Date")]
    item = cast(QStandardItemModel, combo.model()).item(combo.findData(NEW_PROPERTY))
    assert not item.isEnabled()
    assert "Manage CS settings" in combo.itemData(
        combo.findData(NEW_PROPERTY), Qt.ItemDataRole.ToolTipRole
    )
