"""Running real OS processes in a test: start them all, wait for each, and never leave one
behind (a hung child is killed), so a test of two programs on one file cannot hang CI."""

from __future__ import annotations

from collections.abc import Sequence
from multiprocessing.process import BaseProcess


def exit_codes(processes: Sequence[BaseProcess], timeout: float) -> list[int | None]:
    """Start every process, wait up to `timeout` seconds for each, kill any still running,
    and return their exit codes (0 for each that ended well)."""
    try:
        for process in processes:
            process.start()
        for process in processes:
            process.join(timeout=timeout)
    finally:
        for process in processes:
            if process.is_alive():
                process.kill()
    return [process.exitcode for process in processes]
