"""What the command palette finds as the user types (UX-2, Ctrl+K, issue 16 item 3): live
records whose name, domain or e-mail holds the text — through the search index, so a name
typed on the 100,000-company demo costs an index look-up — and the saved views of every
tab the viewer sees whose name holds it. Tabs, settings and actions are the window's own
commands, matched by `matches`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import search
from app.domain.saved_views import visible_views
from app.domain.viewer import Person
from app.domain.workspace import workspace_for
from app.store import ObjectType, ViewTab, fold
from app.store.i18n import view_words

RECORDS_SHOWN = 8
VIEW_TABS = (ViewTab.CUSTOMERS, ViewTab.SERVICES, ViewTab.REVENUE, ViewTab.ACTIONS)


@dataclass(frozen=True)
class RecordHit:
    """A record found: its name, its domain or e-mail, and its object."""

    id: uuid.UUID
    name: str
    key: str
    object_type_id: uuid.UUID
    object_label: str  # singular ("Company")


@dataclass(frozen=True)
class ViewHit:
    """A saved view found, and the tab it belongs to."""

    id: uuid.UUID
    name: str
    tab: ViewTab
    object_type_id: uuid.UUID | None


def matches(text: str, *fields: str) -> bool:
    """Whether every word typed is in the fields (case and accents folded)."""
    words = fold(text).split()
    haystack = fold(" ".join(fields))
    return all(word in haystack for word in words)


def find_records(session: Session, text: str, limit: int = RECORDS_SHOWN) -> list[RecordHit]:
    """Live records whose name, domain or e-mail holds `text` (two characters at least),
    names starting with it first, then by name."""
    key = search.needle(text)
    if len(key) < 2:
        return []
    rows = search.records_found(session, text, limit * 4)
    if not rows:
        return []
    labels = dict(
        session.execute(
            select(ObjectType.id, ObjectType.singular).where(
                ObjectType.id.in_({row[3] for row in rows})
            )
        ).all()
    )
    hits = [RecordHit(r[0], r[1], r[2] or "", r[3], labels.get(r[3], "")) for r in rows]
    hits.sort(key=lambda h: (not fold(h.name).startswith(key), fold(h.name)))
    return hits[:limit]


def find_views(session: Session, viewer: Person, text: str) -> list[ViewHit]:
    """The viewer's views of every tab whose name holds `text`, tab by tab: a built-in
    view by its name in the user's language (as its tab shows it) or in English."""
    if not search.needle(text):
        return []
    ws = workspace_for(session, viewer)
    hits = []
    for tab in VIEW_TABS:
        for view in visible_views(session, viewer, ws, tab):
            shown = view_words(view.name, view.builtin)
            if matches(text, shown, view.name):
                hits.append(ViewHit(view.id, shown, tab, view.object_type_id))
    return hits
