"""The layers hold (DESIGN "The shape", issue 10): import-linter's contracts in
pyproject.toml, run over the installed package with no ignored imports."""

from __future__ import annotations

import tomllib
from pathlib import Path

from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_the_contracts_are_the_ones_we_mean() -> None:
    config = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]
    contracts = {c["name"]: c for c in config["contracts"]}
    layers = contracts["views -> models -> domain -> store"]
    assert layers["layers"] == ["app.views", "app.models", "app.domain", "app.store"]
    no_qt = contracts["No Qt, qasync or pyqtgraph in the domain or the store"]
    assert set(no_qt["forbidden_modules"]) == {"PySide6", "qasync", "pyqtgraph"}
    views = contracts["The views never import the store or SQLAlchemy"]
    assert set(views["forbidden_modules"]) == {"app.store", "sqlalchemy"}
    for contract in config["contracts"]:
        assert "ignore_imports" not in contract, f"{contract['name']} ignores imports"


def test_the_code_keeps_every_contract(monkeypatch) -> None:
    monkeypatch.chdir(PYPROJECT.parent)
    assert lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True) == 0
