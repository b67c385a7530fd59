"""python -m benchmarks [--companies N]: run the suite, print a table, write results.json."""

from __future__ import annotations

import argparse

from benchmarks import (
    actions,
    board,
    customers,
    demo_rate,
    feed,
    health,
    import_companies,
    reports,
    schedule,
    search,
    startup,
    summary,
    sync,
)
from benchmarks.demo_cache import demo_database
from benchmarks.report import print_table, write_json
from benchmarks.tabs import collected_as_in_the_app


def main() -> None:
    """Run every figure in one process, on one machine state."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--companies", type=int, default=100_000, help="size of the big demo")
    parser.add_argument("--runs", type=int, default=7, help="runs per start-up figure")
    args = parser.parse_args()
    big = demo_database(args.companies)
    small = demo_database(schedule.COMPANIES)
    figures = [startup.measure(big, runs=args.runs)]
    with collected_as_in_the_app():  # the tabs' figures run as the application runs them
        figures += [
            *customers.measure(big),
            *board.measure(big),
            *actions.measure(big),
            *search.measure(big),
            *schedule.measure(small),
            schedule.busiest_month(big),
            *feed.measure(big),
            *summary.measure(big),
        ]
    figures += health.measure(big)
    figures += reports.measure(big)
    figures += sync.measure(big, small)  # on this machine's PostgreSQL (issue 14)
    figures.append(demo_rate.measure())
    figures.append(import_companies.measure())
    print_table(figures)
    write_json(figures)


if __name__ == "__main__":
    main()
