"""Marking the domain's user-visible words for translation (UX-3), without Qt.

The domain may not import Qt, so it marks its messages with `QT_TR_NOOP` — a function
of the same name as Qt's, which `pyside6-lupdate` reads into the `.ts` files (in the
empty context) — and the views translate them where they show them. A refusal keeps its
message as a template and its values apart (`DomainError(QT_TR_NOOP("… {name} …"),
name=…)`): `user_message` translates the template through `translator`, which the
application sets to Qt's at start (`app.models.i18n.install`), then fills the values in.
A message the domain returns for a view to show, with values, is a `Message` (`str()` in
English, `.translated()` in the user's language). The machinery, and its one
`translator`, are the store's (`app.store.i18n`: the store's refusals are translated the
same way); this module only gives the domain its names.
"""

from __future__ import annotations

from app.store.i18n import QT_TR_NOOP, Message, MessageError, listing, translated

__all__ = ["QT_TR_NOOP", "Message", "MessageError", "listing", "translated"]
