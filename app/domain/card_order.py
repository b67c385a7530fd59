"""Cards arranged by hand in a board column (SRV-4, REV-4): each user's own order, kept as
a preference, so arranging never touches the records, their audit fields or history.

A column shows the cards its user arranged first, in that order, then the others in
date order. Only the first cards of a column can be arranged: the order is a short list.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.i18n import QT_TR_NOOP
from app.domain.preferences import get_preference, set_preference
from app.domain.viewer import Person

MAX_ARRANGED = 100  # ids a column's order holds (a preference keeps 4,000 characters)


def _key(stage_id: uuid.UUID) -> str:
    return f"card_order:{stage_id.hex}"


def arranged(session: Session, user_id: uuid.UUID, stage_id: uuid.UUID) -> list[uuid.UUID]:
    """The cards the user arranged in a stage's column, in their order."""
    out = []
    for value in get_preference(session, user_id, _key(stage_id), []):
        try:
            out.append(uuid.UUID(str(value)))
        except ValueError:
            continue  # a damaged entry is skipped, not fatal
    return out


def arrange(
    session: Session, viewer: Person, stage_id: uuid.UUID, ordered: Sequence[uuid.UUID]
) -> None:
    """Keep the viewer's own order of the first cards of a column (a preference)."""
    if len(ordered) > MAX_ARRANGED:
        raise ValidationError(
            "order",
            QT_TR_NOOP("Only the first {n} cards of a column can be arranged."),
            n=MAX_ARRANGED,
        )
    set_preference(session, viewer, _key(stage_id), [i.hex for i in ordered])
