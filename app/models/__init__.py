"""Qt-side adapters over domain queries: they own the sessions, so widgets never do.

Table, list and board models (QAbstractItemModel, lazy and paged) live here too.
"""
