"""Figures, medians, the printed table and results.json."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
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
    # A floor that ends in pixels has two parts (DESIGN: Performance): the raw SQL and Qt's
    # own painting of the same content; floor_ms is their sum.
    floor_sql_ms: float | None = None
    floor_paint_ms: float | None = None

    @classmethod
    def of(cls, name: str, runs_ms: list[float], floor_ms: list[float], note: str = "") -> Figure:
        """Medians of both series and their ratio."""
        median, floor = statistics.median(runs_ms), statistics.median(floor_ms)
        return cls(name, round(median, 2), round(floor, 2), round(median / floor, 2), note)

    @classmethod
    def painted(
        cls,
        name: str,
        runs_ms: list[float],
        sql_ms: list[float],
        paint_ms: list[float],
        note: str,
    ) -> Figure:
        """A figure that ends in pixels, beside the sum of its floor's medians: the raw SQL
        part and Qt's own painting part, both named in the note."""
        median = statistics.median(runs_ms)
        sql, paint = statistics.median(sql_ms), statistics.median(paint_ms)
        floor = sql + paint
        return cls(
            name,
            round(median, 2),
            round(floor, 2),
            round(median / floor, 2),
            f"{note}; floor: SQL {sql:.1f} ms + Qt paint {paint:.1f} ms",
            floor_sql_ms=round(sql, 2),
            floor_paint_ms=round(paint, 2),
        )

    @classmethod
    def value_of(cls, name: str, value: float, unit: str, note: str = "") -> Figure:
        """A figure that is a quantity, not a time against a floor."""
        return cls(name, None, None, None, note, round(value, 1), unit)


def print_table(figures: list[Figure]) -> None:
    """A plain table for the terminal (a floor's SQL and paint parts when it has them)."""
    head = f"{'figure':<28} {'median ms':>10} {'floor ms':>10} {'sql':>6} {'paint':>6}"
    print(f"{head} {'ratio':>7}  note")
    for f in figures:
        if f.value is not None:
            print(f"{f.name:<28} {f.value:>10.1f} {f.unit:>10} {'':>6} {'':>6} {'':>7}  {f.note}")
            continue
        sql = f"{f.floor_sql_ms:6.1f}" if f.floor_sql_ms is not None else " " * 6
        paint = f"{f.floor_paint_ms:6.1f}" if f.floor_paint_ms is not None else " " * 6
        print(
            f"{f.name:<28} {f.median_ms:>10.1f} {f.floor_ms:>10.1f} {sql} {paint}"
            f" {f.ratio:>7.2f}  {f.note}"
        )


def write_json(figures: list[Figure], path: Path = RESULTS) -> None:
    """Write {"figures": [...]} for tools and later comparison."""
    path.write_text(json.dumps({"figures": [asdict(f) for f in figures]}, indent=2) + "\n")


def merge_json(figures: list[Figure], path: Path = RESULTS) -> None:
    """Replace these figures in results.json (by name), keeping the others: a module run
    on its own (`python -m benchmarks.sync`)."""
    kept = json.loads(path.read_text())["figures"] if path.exists() else []
    names = {f.name for f in figures}
    merged = [f for f in kept if f["name"] not in names] + [asdict(f) for f in figures]
    path.write_text(json.dumps({"figures": merged}, indent=2) + "\n")


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds of each of `runs` calls."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times
