"""Health-score profiles, groups, rules, scores, score history and alerts (HEALTH-1..6)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import Enum, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, Synced


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class HealthCategory(enum.StrEnum):
    AT_RISK = "at_risk"
    NEUTRAL = "neutral"
    HEALTHY = "healthy"


class ProfileStatus(enum.StrEnum):
    LIVE = "live"
    DRAFT = "draft"


class GroupKind(enum.StrEnum):
    PROPERTY = "property"  # fit: points for property conditions
    EVENT = "event"  # engagement: counts events in a window


class HealthProfile(Synced, Base):
    """A score profile: groups of rules, thresholds, and the segments it applies to."""

    __tablename__ = "health_profiles"

    workspace_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ProfileStatus] = mapped_column(_enum(ProfileStatus), default=ProfileStatus.DRAFT)
    is_default: Mapped[bool] = mapped_column(default=False)
    # Scores 0..at_risk_max are At risk, ..neutral_max Neutral, the rest Healthy (HEALTH-2).
    at_risk_max: Mapped[int] = mapped_column(default=39)
    neutral_max: Mapped[int] = mapped_column(default=69)
    # A draft edited from a live profile points at it; publishing replaces the live one.
    draft_of_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("health_profiles.id", ondelete="CASCADE"), default=None
    )


class HealthProfileSegment(Synced, Base):
    """A saved customer view a profile applies to (at most five per profile)."""

    __tablename__ = "health_profile_segments"
    __table_args__ = (UniqueConstraint("profile_id", "view_id"),)

    profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("health_profiles.id", ondelete="CASCADE")
    )
    view_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("saved_views.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)


class HealthGroup(Synced, Base):
    """A group of rules with a maximum number of points; a profile's maxima sum to 100."""

    __tablename__ = "health_groups"

    profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("health_profiles.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[GroupKind] = mapped_column(_enum(GroupKind))
    max_points: Mapped[int] = mapped_column()
    position: Mapped[int] = mapped_column(default=0)


class HealthRule(Synced, Base):
    """One rule of a group.

    A property rule's `config` holds conditions ANDed together and points, e.g.
    {"conditions": [{"property": "nps", "op": "gte", "value": 9}], "points": 10}.
    An event rule's `config` names the event, its window and how counts map to points, e.g.
    {"event": "meetings", "window_days": 30, "bands": [[0, 0], [1, 10], [3, 20]]}.
    """

    __tablename__ = "health_rules"

    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("health_groups.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(300), default="")
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)
    position: Mapped[int] = mapped_column(default=0)


class HealthScore(Synced, Base):
    """A customer's current score under a profile."""

    __tablename__ = "health_scores"
    __table_args__ = (
        UniqueConstraint("record_id", "profile_id"),
        Index("ix_health_scores_profile_category", "profile_id", "category"),
    )

    record_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"))
    profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("health_profiles.id", ondelete="CASCADE")
    )
    score: Mapped[int] = mapped_column()
    category: Mapped[HealthCategory] = mapped_column(_enum(HealthCategory))
    computed_at: Mapped[dt.datetime] = mapped_column()
    # What each group gave after its cap, for "Test a record" and the trend's explanations.
    breakdown: Mapped[dict[str, Any]] = mapped_column(default=dict)


class HealthScoreHistory(Synced, Base):
    """A point of a customer's score trend (HEALTH-4), with what moved it."""

    __tablename__ = "health_score_history"
    __table_args__ = (Index("ix_health_score_history_record_at", "record_id", "profile_id", "at"),)

    record_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"))
    profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("health_profiles.id", ondelete="CASCADE")
    )
    score: Mapped[int] = mapped_column()
    category: Mapped[HealthCategory] = mapped_column(_enum(HealthCategory))
    at: Mapped[dt.datetime] = mapped_column()
    reason: Mapped[str] = mapped_column(Text, default="")


class Alert(Synced, Base):
    """A health category change for a customer's CSM (HEALTH-5, SUM-2); expires in 14 days."""

    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_user_expires", "user_id", "expires_at"),)

    record_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), default=None
    )
    profile_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("health_profiles.id", ondelete="SET NULL"), default=None
    )
    old_category: Mapped[HealthCategory | None] = mapped_column(_enum(HealthCategory), default=None)
    new_category: Mapped[HealthCategory] = mapped_column(_enum(HealthCategory))
    raised_at: Mapped[dt.datetime] = mapped_column()
    expires_at: Mapped[dt.datetime] = mapped_column()
    dismissed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
