"""The team server's logins (docs/sync.md "Roles"): one role the app uses, `tend_app`, that
owns nothing and may only read the tables and call `tend_push`; each person signs in with a
PostgreSQL login of their own that is a member of it (PERM-6: a direct SQL connection as a
CSM can write nothing, and `tend_push` applies only what SPEC section 1 allows).

Row-level security narrows what a login reads: the configuration of a team workspace
(the pipelines and revenue objects it shows, its dashboards, health profiles and saved
views) is read only by the people of that workspace (`permissions.workspaces_of`) and
super admins, and a private view only by its owner. A workspace's own row (its name and
which object is its customers) stays readable to everyone: teams name it.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

APP_ROLE = "tend_app"
# A login: PostgreSQL's rules for an unquoted name, so it is also an e-mail-free handle.
LOGIN = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")

# Tables read per workspace: (table, the column naming its workspace).
WORKSPACE_TABLES = (
    ("workspace_pipelines", "workspace_id"),
    ("workspace_revenue_objects", "workspace_id"),
    ("workspace_dashboards", "workspace_id"),
    ("health_profiles", "workspace_id"),
    ("saved_views", "workspace_id"),
)

_MINE = """
CREATE OR REPLACE FUNCTION tend_my_workspaces() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    -- permissions.workspaces_of for the signed-in login; every workspace for a super admin
    WITH me AS (
        SELECT * FROM users WHERE login = session_user AND deleted_at IS NULL
    ), live AS (
        SELECT id, is_main FROM workspaces WHERE deleted_at IS NULL
    ), my_teams AS (
        SELECT t.id, t.workspace_id FROM teams t, me
        WHERE t.deleted_at IS NULL AND (t.id = me.primary_team_id OR t.id IN (
            SELECT m.team_id FROM team_memberships m
            WHERE m.user_id = me.id AND m.deleted_at IS NULL))
    )
    SELECT id FROM live WHERE EXISTS (SELECT 1 FROM me WHERE me.is_super_admin)
    UNION
    SELECT coalesce((SELECT l.id FROM live l WHERE l.id = t.workspace_id),
                    (SELECT l.id FROM live l WHERE l.is_main))
    FROM my_teams t
    UNION
    SELECT l.id FROM live l, me WHERE l.is_main AND (me.primary_team_id IS NULL
        OR NOT EXISTS (SELECT 1 FROM my_teams t WHERE t.id = me.primary_team_id))
$$;
CREATE OR REPLACE FUNCTION tend_me() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM users WHERE login = session_user AND deleted_at IS NULL
$$;
"""


def install_roles(conn: Connection) -> None:
    """Create the app's role (once per server: roles are cluster-wide), grant it reading
    and `tend_push`, and turn on row-level security. Safe to run again."""
    exists = conn.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": APP_ROLE}
    ).first()
    if exists is None:
        conn.execute(text(f"CREATE ROLE {APP_ROLE} NOLOGIN"))
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(_MINE)
    finally:
        cursor.close()
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    for statement in (
        f'GRANT CONNECT ON DATABASE "{database}" TO {APP_ROLE}',
        f"GRANT USAGE ON SCHEMA public TO {APP_ROLE}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {APP_ROLE}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {APP_ROLE}",
        f"REVOKE SELECT ON sync_ops, sync_clients, sync_fields FROM {APP_ROLE}",
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION tend_push(jsonb), tend_my_workspaces(), tend_me()"
        f" TO {APP_ROLE}",
    ):
        conn.execute(text(statement))
    for table, column in WORKSPACE_TABLES:
        conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        conn.execute(text(f"DROP POLICY IF EXISTS tend_read ON {table}"))
        private = (
            " AND (sharing <> 'private' OR owner_id = tend_me())" if table == "saved_views" else ""
        )
        conn.execute(
            text(
                f"CREATE POLICY tend_read ON {table} FOR SELECT TO {APP_ROLE}"
                f" USING ({column} IN (SELECT tend_my_workspaces()){private})"
            )
        )


def create_login(conn: Connection, login: str, password: str) -> None:
    """A PostgreSQL login for one person, a member of the app's role. The password is
    sent as a literal (CREATE ROLE takes no parameters), quoted by the driver."""
    if not LOGIN.match(login):
        raise ValueError(
            "A login is up to 63 lower-case letters, digits, '_', '.' or '-', "
            "starting with a letter."
        )
    if not password:
        raise ValueError("A login needs a password.")
    from psycopg import sql

    raw = conn.connection.dbapi_connection
    statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
        sql.Identifier(login), sql.Literal(password), sql.Identifier(APP_ROLE)
    )
    cursor = raw.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(statement)
    finally:
        cursor.close()


def login_exists(conn: Connection, login: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login})
    return found.first() is not None
