"""baseline: the whole data model of SPEC.md

Revision ID: 0001_baseline
Revises:
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001_baseline"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column(
            "losing_value",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "winning_value",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("losing_change_id", sa.Uuid(), nullable=True),
        sa.Column("losing_user_id", sa.Uuid(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_conflicts_row", ["entity", "row_id"], unique=False)

    op.create_table(
        "object_types",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("singular", sa.String(length=100), nullable=False),
        sa.Column("plural", sa.String(length=100), nullable=False),
        sa.Column("is_custom", sa.Boolean(), nullable=False),
        sa.Column("has_pipelines", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_object_types")),
        sa.UniqueConstraint("key", name=op.f("uq_object_types_key")),
    )
    op.create_table(
        "replica_state",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.String(length=4000), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_replica_state")),
    )
    op.create_table(
        "users",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("locale", sa.String(length=16), nullable=False),
        sa.Column("primary_team_id", sa.Uuid(), nullable=True),
        sa.Column("is_super_admin", sa.Boolean(), nullable=False),
        sa.Column("has_workspace_access", sa.Boolean(), nullable=False),
        sa.Column("can_manage_cs_settings", sa.Boolean(), nullable=False),
        sa.Column("has_service_seat", sa.Boolean(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    )
    op.create_table(
        "calls",
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "direction",
            sa.Enum("inbound", "outbound", name="calldirection", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("outcome", sa.String(length=50), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_calls_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calls")),
    )
    op.create_table(
        "changes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column(
            "op",
            sa.Enum(
                "create", "set", "delete", "restore", name="changeop", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column(
            "old_value",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "new_value",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "user",
                "import",
                "demo",
                "merge",
                "undo",
                "sync",
                "system",
                "bulk",
                name="changesource",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("client_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_changes_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
    )
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_changes_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index("ix_changes_field_at", ["entity", "field", "at"], unique=False)
        batch_op.create_index("ix_changes_row", ["entity", "row_id", "at"], unique=False)
        batch_op.create_index("ix_changes_unpushed", ["server_seq", "client_seq"], unique=False)

    op.create_table(
        "dashboards",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_dashboards_owner_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dashboards")),
    )
    op.create_table(
        "emails",
        sa.Column("subject", sa.String(length=1000), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "direction",
            sa.Enum("inbound", "outbound", name="calldirection", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("from_address", sa.String(length=320), nullable=False),
        sa.Column("to_addresses", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_emails_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emails")),
    )
    op.create_table(
        "meetings",
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("start_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("end_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("location", sa.String(length=500), nullable=False),
        sa.Column("link", sa.String(length=2000), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("organizer_id", sa.Uuid(), nullable=True),
        sa.Column("ical_uid", sa.String(length=500), nullable=True),
        sa.Column("outcome", sa.String(length=50), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["organizer_id"],
            ["users.id"],
            name=op.f("fk_meetings_organizer_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_ical_uid"), ["ical_uid"], unique=False)
        batch_op.create_index(
            "ix_meetings_organizer_start", ["organizer_id", "start_at"], unique=False
        )

    op.create_table(
        "notes",
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_notes_author_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    op.create_table(
        "pipelines",
        sa.Column("object_type_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["object_type_id"],
            ["object_types.id"],
            name=op.f("fk_pipelines_object_type_id_object_types"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pipelines")),
    )
    with op.batch_alter_table("pipelines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pipelines_object_type_id"), ["object_type_id"], unique=False
        )

    op.create_table(
        "property_definitions",
        sa.Column("object_type_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column(
            "type",
            sa.Enum(
                "text",
                "multiline",
                "number",
                "currency",
                "date",
                "datetime",
                "choice",
                "multi_choice",
                "checkbox",
                "user",
                "derived",
                name="propertytype",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("column", sa.String(length=64), nullable=True),
        sa.Column("group_name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("is_required", sa.Boolean(), nullable=False),
        sa.Column("is_read_only", sa.Boolean(), nullable=False),
        sa.Column(
            "derivation",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["object_type_id"],
            ["object_types.id"],
            name=op.f("fk_property_definitions_object_type_id_object_types"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_property_definitions")),
        sa.UniqueConstraint(
            "object_type_id", "key", name=op.f("uq_property_definitions_object_type_id_key")
        ),
    )
    op.create_table(
        "reports",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("object_type_id", sa.Uuid(), nullable=False),
        sa.Column(
            "chart",
            sa.Enum(
                "bar",
                "line",
                "pie",
                "number",
                "table",
                name="chartkind",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column(
            "config",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["object_type_id"],
            ["object_types.id"],
            name=op.f("fk_reports_object_type_id_object_types"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_reports_owner_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
    )
    op.create_table(
        "tasks",
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column(
            "type",
            sa.Enum("todo", "call", "email", name="tasktype", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "priority",
            sa.Enum(
                "none", "low", "medium", "high", name="taskpriority", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum("open", "completed", name="taskstatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("due_all_day", sa.Boolean(), nullable=False),
        sa.Column("assignee_id", sa.Uuid(), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["assignee_id"],
            ["users.id"],
            name=op.f("fk_tasks_assignee_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_tasks_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
    )
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tasks_assignee_status_due", ["assignee_id", "status", "due_at"], unique=False
        )
        batch_op.create_index("ix_tasks_status_due", ["status", "due_at"], unique=False)

    op.create_table(
        "user_preferences",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("value", sa.String(length=4000), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_user_preferences_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_preferences")),
        sa.UniqueConstraint("user_id", "key", name=op.f("uq_user_preferences_user_id_key")),
    )
    op.create_table(
        "dashboard_reports",
        sa.Column("dashboard_id", sa.Uuid(), nullable=False),
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("col", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["dashboard_id"],
            ["dashboards.id"],
            name=op.f("fk_dashboard_reports_dashboard_id_dashboards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name=op.f("fk_dashboard_reports_report_id_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dashboard_reports")),
    )
    with op.batch_alter_table("dashboard_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dashboard_reports_dashboard_id"), ["dashboard_id"], unique=False
        )

    op.create_table(
        "property_options",
        sa.Column("property_id", sa.Uuid(), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["property_definitions.id"],
            name=op.f("fk_property_options_property_id_property_definitions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_property_options")),
        sa.UniqueConstraint(
            "property_id", "value", name=op.f("uq_property_options_property_id_value")
        ),
    )
    op.create_table(
        "stages",
        sa.Column("pipeline_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=True),
        sa.Column("is_closed", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["pipeline_id"],
            ["pipelines.id"],
            name=op.f("fk_stages_pipeline_id_pipelines"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stages")),
    )
    with op.batch_alter_table("stages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stages_pipeline_id"), ["pipeline_id"], unique=False)

    op.create_table(
        "summary_reports",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name=op.f("fk_summary_reports_report_id_reports"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_summary_reports_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_summary_reports")),
        sa.UniqueConstraint(
            "user_id", "report_id", name=op.f("uq_summary_reports_user_id_report_id")
        ),
    )
    op.create_table(
        "workspaces",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("is_main", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("customer_object_id", sa.Uuid(), nullable=True),
        sa.Column("csm_property_id", sa.Uuid(), nullable=True),
        sa.Column("renewal_property_id", sa.Uuid(), nullable=True),
        sa.Column("services_tab_shown", sa.Boolean(), nullable=False),
        sa.Column("service_object_id", sa.Uuid(), nullable=True),
        sa.Column("service_csm_property_id", sa.Uuid(), nullable=True),
        sa.Column("service_renewal_property_id", sa.Uuid(), nullable=True),
        sa.Column("services_default_pipeline_id", sa.Uuid(), nullable=True),
        sa.Column("services_default_layout", sa.String(length=16), nullable=False),
        sa.Column("revenue_tab_shown", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["csm_property_id"],
            ["property_definitions.id"],
            name=op.f("fk_workspaces_csm_property_id_property_definitions"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_object_id"],
            ["object_types.id"],
            name=op.f("fk_workspaces_customer_object_id_object_types"),
        ),
        sa.ForeignKeyConstraint(
            ["renewal_property_id"],
            ["property_definitions.id"],
            name=op.f("fk_workspaces_renewal_property_id_property_definitions"),
        ),
        sa.ForeignKeyConstraint(
            ["service_csm_property_id"],
            ["property_definitions.id"],
            name=op.f("fk_workspaces_service_csm_property_id_property_definitions"),
        ),
        sa.ForeignKeyConstraint(
            ["service_object_id"],
            ["object_types.id"],
            name=op.f("fk_workspaces_service_object_id_object_types"),
        ),
        sa.ForeignKeyConstraint(
            ["service_renewal_property_id"],
            ["property_definitions.id"],
            name=op.f("fk_workspaces_service_renewal_property_id_property_definitions"),
        ),
        sa.ForeignKeyConstraint(
            ["services_default_pipeline_id"],
            ["pipelines.id"],
            name=op.f("fk_workspaces_services_default_pipeline_id_pipelines"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspaces")),
    )
    op.create_table(
        "health_profiles",
        sa.Column("workspace_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("live", "draft", name="profilestatus", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("at_risk_max", sa.Integer(), nullable=False),
        sa.Column("neutral_max", sa.Integer(), nullable=False),
        sa.Column("draft_of_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["draft_of_id"],
            ["health_profiles.id"],
            name=op.f("fk_health_profiles_draft_of_id_health_profiles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_health_profiles_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_profiles")),
    )
    op.create_table(
        "records",
        sa.Column("object_type_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("search_key", sa.String(length=320), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("pipeline_id", sa.Uuid(), nullable=True),
        sa.Column("stage_id", sa.Uuid(), nullable=True),
        sa.Column("amount_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("renewal_date", sa.Date(), nullable=True),
        sa.Column("last_activity_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "props",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("merged_into_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["records.id"],
            name=op.f("fk_records_merged_into_id_records"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["object_type_id"],
            ["object_types.id"],
            name=op.f("fk_records_object_type_id_object_types"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_records_owner_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["pipeline_id"],
            ["pipelines.id"],
            name=op.f("fk_records_pipeline_id_pipelines"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["stages.id"],
            name=op.f("fk_records_stage_id_stages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records")),
    )
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.create_index(
            "ix_records_pipeline_stage", ["pipeline_id", "stage_id"], unique=False
        )
        batch_op.create_index("ix_records_stage", ["stage_id"], unique=False)
        batch_op.create_index(
            "ix_records_type_activity", ["object_type_id", "last_activity_at"], unique=False
        )
        batch_op.create_index(
            "ix_records_type_created", ["object_type_id", "created_at"], unique=False
        )
        batch_op.create_index("ix_records_type_name", ["object_type_id", "name"], unique=False)
        batch_op.create_index("ix_records_type_owner", ["object_type_id", "owner_id"], unique=False)
        batch_op.create_index(
            "ix_records_type_renewal", ["object_type_id", "renewal_date"], unique=False
        )
        batch_op.create_index(
            "ix_records_type_search_key", ["object_type_id", "search_key"], unique=False
        )

    op.create_table(
        "saved_views",
        sa.Column("workspace_id", sa.Uuid(), nullable=False),
        sa.Column(
            "tab",
            sa.Enum(
                "customers",
                "services",
                "revenue",
                "actions",
                name="viewtab",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("object_type_id", sa.Uuid(), nullable=True),
        sa.Column("pipeline_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column(
            "sharing",
            sa.Enum("private", "everyone", name="sharing", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("builtin", sa.String(length=64), nullable=True),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "filters",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "columns",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "sort",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "column_widths",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["object_type_id"],
            ["object_types.id"],
            name=op.f("fk_saved_views_object_type_id_object_types"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_saved_views_owner_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["pipeline_id"],
            ["pipelines.id"],
            name=op.f("fk_saved_views_pipeline_id_pipelines"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_saved_views_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_views")),
    )
    with op.batch_alter_table("saved_views", schema=None) as batch_op:
        batch_op.create_index(
            "ix_saved_views_workspace_tab", ["workspace_id", "tab", "position"], unique=False
        )

    op.create_table(
        "stage_required_properties",
        sa.Column("stage_id", sa.Uuid(), nullable=False),
        sa.Column("property_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["property_definitions.id"],
            name=op.f("fk_stage_required_properties_property_id_property_definitions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["stages.id"],
            name=op.f("fk_stage_required_properties_stage_id_stages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_required_properties")),
        sa.UniqueConstraint(
            "stage_id",
            "property_id",
            name=op.f("uq_stage_required_properties_stage_id_property_id"),
        ),
    )
    op.create_table(
        "teams",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("workspace_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_teams_workspace_id_workspaces"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
        sa.UniqueConstraint("name", name=op.f("uq_teams_name")),
    )
    with op.batch_alter_table("teams", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_teams_workspace_id"), ["workspace_id"], unique=False)

    # users <-> teams reference each other: the users side is added once teams exists.
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_foreign_key(
            op.f("fk_users_primary_team_id_teams"),
            "teams",
            ["primary_team_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "workspace_dashboards",
        sa.Column("workspace_id", sa.Uuid(), nullable=False),
        sa.Column("dashboard_id", sa.Uuid(), nullable=False),
        sa.Column(
            "access",
            sa.Enum("everyone", "teams", name="dashboardaccess", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["dashboard_id"],
            ["dashboards.id"],
            name=op.f("fk_workspace_dashboards_dashboard_id_dashboards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_workspace_dashboards_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace_dashboards")),
        sa.UniqueConstraint(
            "workspace_id",
            "dashboard_id",
            name=op.f("uq_workspace_dashboards_workspace_id_dashboard_id"),
        ),
    )
    op.create_table(
        "workspace_pipelines",
        sa.Column("workspace_id", sa.Uuid(), nullable=False),
        sa.Column("pipeline_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["pipeline_id"],
            ["pipelines.id"],
            name=op.f("fk_workspace_pipelines_pipeline_id_pipelines"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_workspace_pipelines_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace_pipelines")),
        sa.UniqueConstraint(
            "workspace_id",
            "pipeline_id",
            name=op.f("uq_workspace_pipelines_workspace_id_pipeline_id"),
        ),
    )
    op.create_table(
        "workspace_revenue_objects",
        sa.Column("workspace_id", sa.Uuid(), nullable=False),
        sa.Column("object_type_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("csm_property_id", sa.Uuid(), nullable=True),
        sa.Column("renewal_property_id", sa.Uuid(), nullable=True),
        sa.Column("default_pipeline_id", sa.Uuid(), nullable=True),
        sa.Column("default_layout", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["csm_property_id"],
            ["property_definitions.id"],
            name=op.f("fk_workspace_revenue_objects_csm_property_id_property_definitions"),
        ),
        sa.ForeignKeyConstraint(
            ["default_pipeline_id"],
            ["pipelines.id"],
            name=op.f("fk_workspace_revenue_objects_default_pipeline_id_pipelines"),
        ),
        sa.ForeignKeyConstraint(
            ["object_type_id"],
            ["object_types.id"],
            name=op.f("fk_workspace_revenue_objects_object_type_id_object_types"),
        ),
        sa.ForeignKeyConstraint(
            ["renewal_property_id"],
            ["property_definitions.id"],
            name=op.f("fk_workspace_revenue_objects_renewal_property_id_property_definitions"),
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_workspace_revenue_objects_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace_revenue_objects")),
        sa.UniqueConstraint(
            "workspace_id",
            "object_type_id",
            name=op.f("uq_workspace_revenue_objects_workspace_id_object_type_id"),
        ),
    )
    op.create_table(
        "activity_links",
        sa.Column(
            "kind",
            sa.Enum(
                "task",
                "meeting",
                "note",
                "call",
                "email",
                name="activitykind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_activity_links_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_links")),
        sa.UniqueConstraint(
            "kind",
            "activity_id",
            "record_id",
            name=op.f("uq_activity_links_kind_activity_id_record_id"),
        ),
    )
    with op.batch_alter_table("activity_links", schema=None) as batch_op:
        batch_op.create_index("ix_activity_links_record", ["record_id", "kind"], unique=False)

    op.create_table(
        "alerts",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("profile_id", sa.Uuid(), nullable=True),
        sa.Column(
            "old_category",
            sa.Enum(
                "at_risk", "neutral", "healthy", name="healthcategory", native_enum=False, length=16
            ),
            nullable=True,
        ),
        sa.Column(
            "new_category",
            sa.Enum(
                "at_risk", "neutral", "healthy", name="healthcategory", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["health_profiles.id"],
            name=op.f("fk_alerts_profile_id_health_profiles"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_alerts_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_alerts_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alerts")),
    )
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.create_index("ix_alerts_user_expires", ["user_id", "expires_at"], unique=False)

    op.create_table(
        "associations",
        sa.Column("from_record_id", sa.Uuid(), nullable=False),
        sa.Column("to_record_id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["from_record_id"],
            ["records.id"],
            name=op.f("fk_associations_from_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_record_id"],
            ["records.id"],
            name=op.f("fk_associations_to_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_associations")),
        sa.UniqueConstraint(
            "from_record_id",
            "to_record_id",
            name=op.f("uq_associations_from_record_id_to_record_id"),
        ),
    )
    with op.batch_alter_table("associations", schema=None) as batch_op:
        batch_op.create_index("ix_associations_to", ["to_record_id"], unique=False)

    op.create_table(
        "board_positions",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Double(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_board_positions_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_board_positions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_positions")),
        sa.UniqueConstraint(
            "user_id", "record_id", name=op.f("uq_board_positions_user_id_record_id")
        ),
    )
    with op.batch_alter_table("board_positions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_board_positions_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "feed_events",
        sa.Column(
            "kind",
            sa.Enum(
                "email_opened",
                "email_clicked",
                "email_replied",
                "form_submitted",
                "page_visited",
                "meeting_booked",
                "sequence_enrolled",
                "sequence_unenrolled",
                "sequence_finished",
                name="feedeventkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("company_id", sa.Uuid(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("sequence_name", sa.String(length=200), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["records.id"],
            name=op.f("fk_feed_events_company_id_records"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["records.id"],
            name=op.f("fk_feed_events_contact_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feed_events")),
    )
    with op.batch_alter_table("feed_events", schema=None) as batch_op:
        batch_op.create_index("ix_feed_events_company_at", ["company_id", "at"], unique=False)
        batch_op.create_index("ix_feed_events_contact_at", ["contact_id", "at"], unique=False)

    op.create_table(
        "follows",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_follows_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_follows_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follows")),
        sa.UniqueConstraint("user_id", "record_id", name=op.f("uq_follows_user_id_record_id")),
    )
    with op.batch_alter_table("follows", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follows_record_id"), ["record_id"], unique=False)

    op.create_table(
        "health_groups",
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("property", "event", name="groupkind", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("max_points", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["health_profiles.id"],
            name=op.f("fk_health_groups_profile_id_health_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_groups")),
    )
    with op.batch_alter_table("health_groups", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_health_groups_profile_id"), ["profile_id"], unique=False
        )

    op.create_table(
        "health_profile_segments",
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("view_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["health_profiles.id"],
            name=op.f("fk_health_profile_segments_profile_id_health_profiles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["view_id"],
            ["saved_views.id"],
            name=op.f("fk_health_profile_segments_view_id_saved_views"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_profile_segments")),
        sa.UniqueConstraint(
            "profile_id", "view_id", name=op.f("uq_health_profile_segments_profile_id_view_id")
        ),
    )
    op.create_table(
        "health_score_history",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "at_risk", "neutral", "healthy", name="healthcategory", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["health_profiles.id"],
            name=op.f("fk_health_score_history_profile_id_health_profiles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_health_score_history_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_score_history")),
    )
    with op.batch_alter_table("health_score_history", schema=None) as batch_op:
        batch_op.create_index(
            "ix_health_score_history_record_at", ["record_id", "profile_id", "at"], unique=False
        )

    op.create_table(
        "health_scores",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "at_risk", "neutral", "healthy", name="healthcategory", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "breakdown",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["health_profiles.id"],
            name=op.f("fk_health_scores_profile_id_health_profiles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_health_scores_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_scores")),
        sa.UniqueConstraint(
            "record_id", "profile_id", name=op.f("uq_health_scores_record_id_profile_id")
        ),
    )
    with op.batch_alter_table("health_scores", schema=None) as batch_op:
        batch_op.create_index(
            "ix_health_scores_profile_category", ["profile_id", "category"], unique=False
        )

    op.create_table(
        "meeting_attendees",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["records.id"],
            name=op.f("fk_meeting_attendees_contact_id_records"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_attendees_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_meeting_attendees_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_attendees")),
    )
    with op.batch_alter_table("meeting_attendees", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_attendees_contact", ["contact_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meeting_attendees_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "team_memberships",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_team_memberships_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_team_memberships_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_memberships")),
        sa.UniqueConstraint("user_id", "team_id", name=op.f("uq_team_memberships_user_id_team_id")),
    )
    with op.batch_alter_table("team_memberships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_memberships_team_id"), ["team_id"], unique=False)

    op.create_table(
        "workspace_dashboard_teams",
        sa.Column("workspace_dashboard_id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_workspace_dashboard_teams_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_dashboard_id"],
            ["workspace_dashboards.id"],
            name=op.f("fk_workspace_dashboard_teams_workspace_dashboard_id_workspace_dashboards"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace_dashboard_teams")),
        sa.UniqueConstraint(
            "workspace_dashboard_id",
            "team_id",
            name=op.f("uq_workspace_dashboard_teams_workspace_dashboard_id_team_id"),
        ),
    )
    op.create_table(
        "health_rules",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column(
            "config",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["health_groups.id"],
            name=op.f("fk_health_rules_group_id_health_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_rules")),
    )
    with op.batch_alter_table("health_rules", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_health_rules_group_id"), ["group_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("fk_users_primary_team_id_teams"), type_="foreignkey")
    with op.batch_alter_table("health_rules", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_rules_group_id"))

    op.drop_table("health_rules")
    op.drop_table("workspace_dashboard_teams")
    with op.batch_alter_table("team_memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_memberships_team_id"))

    op.drop_table("team_memberships")
    with op.batch_alter_table("meeting_attendees", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_attendees_meeting_id"))
        batch_op.drop_index("ix_meeting_attendees_contact")

    op.drop_table("meeting_attendees")
    with op.batch_alter_table("health_scores", schema=None) as batch_op:
        batch_op.drop_index("ix_health_scores_profile_category")

    op.drop_table("health_scores")
    with op.batch_alter_table("health_score_history", schema=None) as batch_op:
        batch_op.drop_index("ix_health_score_history_record_at")

    op.drop_table("health_score_history")
    op.drop_table("health_profile_segments")
    with op.batch_alter_table("health_groups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_groups_profile_id"))

    op.drop_table("health_groups")
    with op.batch_alter_table("follows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follows_record_id"))

    op.drop_table("follows")
    with op.batch_alter_table("feed_events", schema=None) as batch_op:
        batch_op.drop_index("ix_feed_events_contact_at")
        batch_op.drop_index("ix_feed_events_company_at")

    op.drop_table("feed_events")
    with op.batch_alter_table("board_positions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_board_positions_record_id"))

    op.drop_table("board_positions")
    with op.batch_alter_table("associations", schema=None) as batch_op:
        batch_op.drop_index("ix_associations_to")

    op.drop_table("associations")
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_index("ix_alerts_user_expires")

    op.drop_table("alerts")
    with op.batch_alter_table("activity_links", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_links_record")

    op.drop_table("activity_links")
    op.drop_table("workspace_revenue_objects")
    op.drop_table("workspace_pipelines")
    op.drop_table("workspace_dashboards")
    with op.batch_alter_table("teams", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_teams_workspace_id"))

    op.drop_table("teams")
    op.drop_table("stage_required_properties")
    with op.batch_alter_table("saved_views", schema=None) as batch_op:
        batch_op.drop_index("ix_saved_views_workspace_tab")

    op.drop_table("saved_views")
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_index("ix_records_type_search_key")
        batch_op.drop_index("ix_records_type_renewal")
        batch_op.drop_index("ix_records_type_owner")
        batch_op.drop_index("ix_records_type_name")
        batch_op.drop_index("ix_records_type_created")
        batch_op.drop_index("ix_records_type_activity")
        batch_op.drop_index("ix_records_stage")
        batch_op.drop_index("ix_records_pipeline_stage")

    op.drop_table("records")
    op.drop_table("health_profiles")
    op.drop_table("workspaces")
    op.drop_table("summary_reports")
    with op.batch_alter_table("stages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stages_pipeline_id"))

    op.drop_table("stages")
    op.drop_table("property_options")
    with op.batch_alter_table("dashboard_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dashboard_reports_dashboard_id"))

    op.drop_table("dashboard_reports")
    op.drop_table("user_preferences")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_tasks_status_due")
        batch_op.drop_index("ix_tasks_assignee_status_due")

    op.drop_table("tasks")
    op.drop_table("reports")
    op.drop_table("property_definitions")
    with op.batch_alter_table("pipelines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pipelines_object_type_id"))

    op.drop_table("pipelines")
    op.drop_table("notes")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index("ix_meetings_organizer_start")
        batch_op.drop_index(batch_op.f("ix_meetings_ical_uid"))

    op.drop_table("meetings")
    op.drop_table("emails")
    op.drop_table("dashboards")
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_index("ix_changes_unpushed")
        batch_op.drop_index("ix_changes_row")
        batch_op.drop_index("ix_changes_field_at")
        batch_op.drop_index(batch_op.f("ix_changes_batch_id"))

    op.drop_table("changes")
    op.drop_table("calls")
    op.drop_table("users")
    op.drop_table("replica_state")
    op.drop_table("object_types")
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_conflicts_row")

    op.drop_table("conflicts")
