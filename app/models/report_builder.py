"""The report builder's data (issue 15 item 1): the objects a report can read with their
choices, everyone's names (for owner filters and groupings), the check of a report's
filters, and the last check before it is kept (its name and spec, by the domain's rule)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from app.domain.report_choices import Choice, ReportObject, report_objects
from app.domain.reports import ReportSpec, check, check_name
from app.domain.saved_views import validate_filters
from app.domain.viewer import Viewer
from app.domain.workspace import user_names
from app.store.engine import Database

__all__ = ["BuilderCatalog", "Choice", "ReportObject", "builder_catalog", "check_report"]


@dataclass(frozen=True)
class BuilderCatalog:
    """What the builder offers, read once when it opens."""

    objects: list[ReportObject]
    users: dict[uuid.UUID, str]


def builder_catalog(db: Database) -> BuilderCatalog:
    with db.session() as session:
        return BuilderCatalog(report_objects(session), user_names(session))


def check_filters(db: Database, viewer: Viewer, object_type_id: uuid.UUID, filters: Any) -> None:
    """ValidationError when a report's filters do not fit its object."""
    with db.session() as session:
        validate_filters(session, viewer, object_type_id, filters)


def check_report(db: Database, name: str, spec: ReportSpec) -> None:
    """ValidationError when the report cannot be kept: no name, or a spec that does not fit
    (the domain's `check`, as `save_report` applies it)."""
    check_name(name)
    with db.session() as session:
        check(session, spec)
