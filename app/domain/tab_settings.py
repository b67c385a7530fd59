"""Services and Revenue tab settings (SET-4, SET-5), changed by PERM-4 holders only:
whether the tab is shown, which pipelines appear, the default pipeline and the default
layout. For Revenue, the object of the default pipeline becomes the one the team sees
first, and the layout is kept on that object (SET-5's per-object settings)."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import permissions, writer
from app.domain.errors import ValidationError
from app.domain.history import ChangeBatch
from app.domain.pipelines import (
    LAYOUTS,
    PipelineInfo,
    pipelines_of,
    revenue_settings,
    shown_pipeline_ids,
    tab_objects,
    tab_pipelines,
)
from app.domain.viewer import Person
from app.domain.workspace import workspace_for
from app.store import ViewTab, Workspace, WorkspacePipeline


@dataclass(frozen=True)
class TabSettings:
    """What the tab settings form shows."""

    shown: bool
    pipelines: tuple[PipelineInfo, ...]  # every pipeline of the tab's objects
    shown_ids: frozenset[uuid.UUID]  # those the tab shows
    default_pipeline_id: uuid.UUID | None
    default_layout: str


def tab_settings(session: Session, viewer: Person, tab: ViewTab) -> TabSettings:
    """The viewer's workspace settings of a Services or Revenue tab."""
    ws = workspace_for(session, viewer)
    current = tab_pipelines(session, viewer, tab)
    every = tuple(p for o in tab_objects(session, ws, tab) for p in pipelines_of(session, o))
    shown = ws.services_tab_shown if tab == ViewTab.SERVICES else ws.revenue_tab_shown
    default = current.pipeline(None)
    return TabSettings(
        shown,
        every,
        frozenset(shown_pipeline_ids(session, ws) & {p.id for p in every}),
        default.id if default else None,
        current.default_layout,
    )


def update_tab_settings(
    session: Session,
    viewer: Person,
    tab: ViewTab,
    *,
    shown: bool,
    pipeline_ids: Collection[uuid.UUID],
    default_pipeline_id: uuid.UUID | None,
    default_layout: str,
) -> None:
    """Save a tab's settings of the viewer's workspace (PERM-4, SET-2); a refused choice
    raises and nothing is written."""
    ws = workspace_for(session, viewer)
    actor = permissions.actor_for(session, viewer, permissions.can_manage_settings, ws)
    every = {p.id: p for o in tab_objects(session, ws, tab) for p in pipelines_of(session, o)}
    chosen = set(pipeline_ids)
    _check_choices(chosen, set(every), default_pipeline_id, default_layout)
    batch = ChangeBatch(session, actor.id)
    _write_shown_pipelines(session, batch, ws, list(every), chosen)
    if tab == ViewTab.SERVICES:
        writer.set_fields(batch, ws, {
            "services_tab_shown": shown, "services_default_pipeline_id": default_pipeline_id,
            "services_default_layout": default_layout,
        })  # fmt: skip
    else:
        writer.set_fields(batch, ws, {"revenue_tab_shown": shown})
        assert default_pipeline_id is not None  # _check_choices: it is one of those shown
        owner = every[default_pipeline_id].object_type_id
        _write_revenue_defaults(session, batch, ws, owner, default_pipeline_id, default_layout)
    session.flush()


def _check_choices(
    chosen: set[uuid.UUID],
    tab_ids: set[uuid.UUID],
    default_pipeline_id: uuid.UUID | None,
    default_layout: str,
) -> None:
    """Refuse pipelines outside the tab, none at all, a default not shown, or a bad layout."""
    if not chosen <= tab_ids:
        raise ValidationError("pipelines", "Choose among this tab's pipelines.")
    if not chosen:
        raise ValidationError("pipelines", "Choose at least one pipeline to show.")
    if default_pipeline_id not in chosen:
        raise ValidationError("default_pipeline", "The default pipeline must be one shown.")
    if default_layout not in LAYOUTS:
        raise ValidationError("default_layout", "The layout is a board or a table.")


def _write_shown_pipelines(
    session: Session,
    batch: ChangeBatch,
    ws: Workspace,
    tab_ids: list[uuid.UUID],
    chosen: set[uuid.UUID],
) -> None:
    """The workspace's rows for the tab's pipelines: the chosen live, in order; others gone."""
    rows = {
        r.pipeline_id: r
        for r in session.scalars(
            select(WorkspacePipeline).where(
                WorkspacePipeline.workspace_id == ws.id,
                WorkspacePipeline.pipeline_id.in_(tab_ids),
            )
        )
    }
    for position, pipeline_id in enumerate(tab_ids):
        row = rows.get(pipeline_id)
        if pipeline_id in chosen:
            if row is None:
                writer.add(
                    batch,
                    WorkspacePipeline(
                        workspace_id=ws.id, pipeline_id=pipeline_id, position=position
                    ),
                )
            else:
                writer.restore(batch, row)
        elif row is not None:
            writer.tombstone(batch, row)


def _write_revenue_defaults(
    session: Session,
    batch: ChangeBatch,
    ws: Workspace,
    owner: uuid.UUID,
    default_pipeline_id: uuid.UUID,
    default_layout: str,
) -> None:
    """The default pipeline's object comes first and keeps the defaults (SET-5)."""
    ordered = sorted(revenue_settings(session, ws), key=lambda r: r.object_type_id != owner)
    for position, setting in enumerate(ordered):
        values: dict[str, object] = {"position": position}
        if setting.object_type_id == owner:
            values |= {"default_pipeline_id": default_pipeline_id,
                       "default_layout": default_layout}  # fmt: skip
        writer.set_fields(batch, setting, values)
