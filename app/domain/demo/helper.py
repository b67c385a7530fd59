"""The contacts-and-activities half of a big demo, made on the machine's second core.

Generating rows is Python work that holds one core; SQLite writing holds another. For a big
demo a helper process makes the contacts, tasks, meetings, notes, calls, e-mails and feed
while the main process makes the pipeline records and writes every row into the one file.
The helper has a random generator of its own (seeded from the demo's seed), so the data is
the same whether the half runs in the helper or, for a small demo, in this process.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import multiprocessing.connection
import os
import queue
import random
import threading
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.domain.demo.activities import LINK_COLUMNS, Links, engagements, feed, meetings, tasks
from app.domain.demo.context import Company, Context
from app.domain.demo.people import Catalog, Person
from app.domain.demo.records import contacts
from app.domain.demo.writer import BulkWriter, IdMaker, chunked

# Below this many companies, starting a process costs more than it saves.
PARALLEL_FROM = 5_000
QUEUE_CHUNKS = 16  # chunks the helper may run ahead of the writer (bounds its memory)
POLL_S = 0.2  # how often a waiting writer looks at cancel and at the helper's health


@dataclass
class Plan:
    """What the helper needs to make its half: plain, picklable data."""

    seed: int
    today: dt.date
    now: dt.datetime
    people: list[Person]
    catalog: Catalog
    companies: list[Company] = field(default_factory=list)

    def context(self, writer: Any) -> Context:
        """A generation context of the helper's own, writing through `writer`."""
        rng = random.Random(f"tend-demo/{self.seed}/activities")
        return Context(
            rng, IdMaker(rng), self.today, self.now, self.people, self.catalog, writer,
            self.companies,
        )  # fmt: skip


def make_activities(ctx: Context) -> None:
    """Contacts, then tasks, meetings, notes, calls, e-mails, their links, and the feed."""
    contacts(ctx)
    links = Links(ctx)
    tasks(ctx, links)
    meetings(ctx, links)
    engagements(ctx, links)
    ctx.writer.insert("activity_links", LINK_COLUMNS, links.rows)
    feed(ctx)


class _Forwarder:
    """The helper's writer: hands phases and row chunks to the main process."""

    def __init__(self, out: Any) -> None:
        self.out = out

    def report(self, phase: str | None = None) -> None:
        self.out.put(("phase", phase))

    def insert(self, table: str, columns: tuple[str, ...], rows: Iterable[tuple]) -> int:
        total = 0
        for batch in chunked(rows):
            self.out.put(("rows", table, columns, batch))
            total += len(batch)
        return total


def _exit_with_parent() -> None:
    """End this process the moment its parent dies (a `kill -9` of `tend demo` must not
    leave the helper running for minutes, holding memory): a daemon thread waits on the
    parent's sentinel, which becomes ready when the parent is gone, on every platform."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)  # no clean-up to do: the parent, and so the demo file, is gone

    threading.Thread(target=watch, name="tend-demo-parent-watch", daemon=True).start()


def _run(plan: Plan, out: Any) -> None:
    """The helper process's body."""
    _exit_with_parent()
    try:
        make_activities(plan.context(_Forwarder(out)))
        out.put(("done",))
    except BaseException:  # the main process raises it
        out.put(("error", traceback.format_exc()))


class Helper:
    """A running helper process and the queue of what it made."""

    def __init__(self, plan: Plan) -> None:
        spawn = multiprocessing.get_context("spawn")  # never fork a process with threads
        self.queue = spawn.Queue(maxsize=QUEUE_CHUNKS)
        self.process = spawn.Process(
            target=_run, args=(plan, self.queue), name="tend-demo-helper", daemon=True
        )
        self.process.start()
        self.phase = "Contacts"
        self.finished = False

    def _handle(self, message: tuple, writer: BulkWriter) -> None:
        kind = message[0]
        if kind == "rows":
            writer.insert(message[1], message[2], message[3])
        elif kind == "phase":
            self.phase = message[1] or self.phase
        elif kind == "done":
            self.finished = True
        else:
            raise RuntimeError(f"The demo helper failed:\n{message[1]}")

    def write_ready(self, writer: BulkWriter) -> None:
        """Write what the helper has made so far, without waiting for more."""
        while not self.finished:
            try:
                message = self.queue.get_nowait()
            except queue.Empty:
                return
            self._handle(message, writer)

    def write_rest(self, writer: BulkWriter) -> None:
        """Write everything until the helper is done, showing its phases."""
        while not self.finished:
            writer.report(self.phase)
            try:
                message = self.queue.get(timeout=POLL_S)
            except queue.Empty:
                if not self.process.is_alive():
                    raise RuntimeError(
                        f"The demo helper stopped (exit code {self.process.exitcode})."
                    ) from None
                continue
            self._handle(message, writer)
        self.process.join()

    def stop(self) -> None:
        """End the helper whatever it is doing (cancel, error)."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.queue.close()
        self.queue.cancel_join_thread()
