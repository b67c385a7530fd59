"""docs/architecture.md is a map (issue 10 item 6): every path its feature table names
exists, and every feature the README describes has a row."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHITECTURE = ROOT / "docs" / "architecture.md"
FEATURES = {
    "Summary", "Customers", "Preview panel and record page", "Services and Revenue",
    "Actions", "Schedule", "Settings", "First start and demo", "Import and export",
}  # fmt: skip


def _feature_rows() -> dict[str, list[str]]:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    section = text.split("## Where each feature lives", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, list[str]] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("feature", "---"):
            continue
        rows[cells[0]] = re.findall(r"`([^`]+)`", " ".join(cells[1:]))
    return rows


def test_every_feature_has_a_row_with_a_view_a_domain_module_and_tests() -> None:
    rows = _feature_rows()
    assert rows.keys() >= FEATURES
    for feature in FEATURES:
        paths = rows[feature]
        assert any(p.startswith("app/views/") for p in paths), feature
        assert any(p.startswith("app/domain/") for p in paths), feature
        assert any(p.startswith("tests/") for p in paths), feature


def test_every_path_in_the_map_exists() -> None:
    missing = [
        f"{feature}: {path}"
        for feature, paths in _feature_rows().items()
        for path in paths
        if not (ROOT / path).exists()
    ]
    assert not missing, "docs/architecture.md names paths that do not exist:\n" + "\n".join(missing)
