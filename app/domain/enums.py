"""The stored vocabularies the Qt side names (property types, sharing, tabs, task and
activity kinds), re-exported so views never import the store."""

from app.store import (
    ActivityKind,
    ChangeSource,
    PropertyType,
    Sharing,
    TaskPriority,
    TaskStatus,
    TaskType,
    ViewTab,
)

__all__ = [
    "ActivityKind",
    "ChangeSource",
    "PropertyType",
    "Sharing",
    "TaskPriority",
    "TaskStatus",
    "TaskType",
    "ViewTab",
]
