"""The stored vocabularies the Qt side names (property types, sharing, tabs, task and
activity kinds, health group kinds, categories and profile states), re-exported so views
never import the store."""

from app.store import (
    ActivityKind,
    ChangeSource,
    GroupKind,
    HealthCategory,
    ProfileStatus,
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
    "GroupKind",
    "HealthCategory",
    "ProfileStatus",
    "PropertyType",
    "Sharing",
    "TaskPriority",
    "TaskStatus",
    "TaskType",
    "ViewTab",
]
