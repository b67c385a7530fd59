"""The outbox (docs/sync.md): in a replica every change entry of a synced table is stamped,
in its own transaction, with the replica's client id, the next client sequence and the
batch's hybrid-logical-clock time. A local file (not joined to a server) stamps nothing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.domain import replica
from app.domain.sync import clock
from app.domain.sync.fields import SYNCED

CLIENT_ID = "sync.client_id"
CLIENT_SEQ = "sync.client_seq"
CLOCK = "sync.clock"
CURSOR = "sync.cursor"
SERVER = "sync.server"
LOGIN = "sync.login"


@dataclass(frozen=True)
class Stamp:
    """What a batch's entries carry in a replica."""

    client_id: uuid.UUID
    hlc: str
    base_seq: int  # the cursor: the server version the change was made on


def stamp_for(session: Session) -> Stamp | None:
    """A batch's stamp (its clock reading taken now), or None outside a replica."""
    with session.no_autoflush:
        client = replica.fact(session, CLIENT_ID)
        if not client:
            return None
        hlc = clock.tick(replica.fact(session, CLOCK) or "")
        base = int(replica.fact(session, CURSOR) or 0)
    replica.set_fact(session, CLOCK, hlc)
    return Stamp(uuid.UUID(client), hlc, base)


def next_seqs(session: Session, count: int) -> int:
    """Take `count` client sequence numbers; the first of them."""
    with session.no_autoflush:
        return replica.bump(session, CLIENT_SEQ, count) - count + 1


def is_synced(entity: str) -> bool:
    """True for a table whose changes go to the server."""
    return entity in SYNCED
