"""Qt-side adapters over domain queries: they own the sessions, so widgets never do.

Table, list and board models (QAbstractItemModel, lazy and paged) live here too. Widgets
hold the open `Database` only as a handle to give to models; they never reach inside it.
"""

from app.store.engine import Database

__all__ = ["Database"]
