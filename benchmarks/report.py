"""Figures, medians, the printed table and results.json."""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).parent / "results.json"


@dataclass
class Figure:
    """One measurement: the median of the product's runs and of its floor's runs."""

    name: str
    median_ms: float
    floor_ms: float
    ratio: float
    note: str = ""

    @classmethod
    def of(cls, name: str, runs_ms: list[float], floor_ms: list[float], note: str = "") -> Figure:
        """Medians of both series and their ratio."""
        median, floor = statistics.median(runs_ms), statistics.median(floor_ms)
        return cls(name, round(median, 2), round(floor, 2), round(median / floor, 2), note)


def print_table(figures: list[Figure]) -> None:
    """A plain table for the terminal."""
    print(f"{'figure':<26} {'median ms':>10} {'floor ms':>10} {'ratio':>7}  note")
    for f in figures:
        print(f"{f.name:<26} {f.median_ms:>10.1f} {f.floor_ms:>10.1f} {f.ratio:>7.2f}  {f.note}")


def write_json(figures: list[Figure], path: Path = RESULTS) -> None:
    """Write {"figures": [...]} for tools and later comparison."""
    path.write_text(json.dumps({"figures": [asdict(f) for f in figures]}, indent=2) + "\n")
