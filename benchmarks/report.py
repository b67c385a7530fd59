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
    median_ms: float | None
    floor_ms: float | None
    ratio: float | None
    note: str = ""
    value: float | None = None  # a figure that is not a time (memory), with its unit
    unit: str = ""

    @classmethod
    def of(cls, name: str, runs_ms: list[float], floor_ms: list[float], note: str = "") -> Figure:
        """Medians of both series and their ratio."""
        median, floor = statistics.median(runs_ms), statistics.median(floor_ms)
        return cls(name, round(median, 2), round(floor, 2), round(median / floor, 2), note)

    @classmethod
    def value_of(cls, name: str, value: float, unit: str, note: str = "") -> Figure:
        """A figure that is a quantity, not a time against a floor."""
        return cls(name, None, None, None, note, round(value, 1), unit)


def print_table(figures: list[Figure]) -> None:
    """A plain table for the terminal."""
    print(f"{'figure':<28} {'median ms':>10} {'floor ms':>10} {'ratio':>7}  note")
    for f in figures:
        if f.value is not None:
            print(f"{f.name:<28} {f.value:>10.1f} {f.unit:>10} {'':>7}  {f.note}")
            continue
        print(f"{f.name:<28} {f.median_ms:>10.1f} {f.floor_ms:>10.1f} {f.ratio:>7.2f}  {f.note}")


def write_json(figures: list[Figure], path: Path = RESULTS) -> None:
    """Write {"figures": [...]} for tools and later comparison."""
    path.write_text(json.dumps({"figures": [asdict(f) for f in figures]}, indent=2) + "\n")
