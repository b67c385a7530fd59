"""One sync: push the outbox, then pull the server's log (docs/sync.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine

from app.domain.history import Touched
from app.domain.sync.pull import pull_once
from app.domain.sync.push import push_once
from app.store.engine import Database


@dataclass
class Synced:
    """What a sync did: pushed and refused changes, pulled entries and what they touched."""

    pushed: int = 0
    refused: list[str] = field(default_factory=list)
    pulled: int = 0  # entries made elsewhere (this replica's own come back too)
    conflicts: int = 0
    touched: Touched = field(default_factory=Touched)


def sync_once(
    db: Database,
    server: Engine,
    cancelled: Callable[[], bool] = lambda: False,
    done: Synced | None = None,
) -> Synced:
    """Push until the outbox is empty, then pull until the replica is current; each page
    is its own transaction, so a cancel or a lost connection keeps what was done. `done`
    (given by the caller) holds what the pages did even when a later page raises, so the
    change channel still hears of the pages already applied."""
    done = Synced() if done is None else done
    while not cancelled() and (pushed := push_once(db, server)) is not None:
        done.pushed += pushed.acked
        done.refused += pushed.refused.values()
    while not cancelled() and (pulled := pull_once(db, server)) is not None:
        done.pulled += pulled.theirs
        done.conflicts += pulled.conflicts
        done.touched = done.touched | pulled.touched
    return done
