"""The sync objects of a team server (docs/sync.md): the counter, clients, ops and field
versions, and `tend_push`, the one function through which replicas change the server.

`tend_push` runs as its owner (`SECURITY DEFINER`): the app's role may read the tables but
not write them, so every change a replica makes passes the rules written here (PERM-6).
They mirror `app/domain/permissions.py` for what a push can carry: who may open the
workspace at all (PERM-3), edit records and activities (a seat), change workspace settings
and health profiles (PERM-4, HEALTH-6), manage users and teams (super admins), and share,
edit or delete views shared with Everyone (PERM-5).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

# Tables whose rows only a super admin changes.
ADMIN_TABLES = ("users", "teams", "team_memberships")
# Workspace configuration: a seat and (super admin or Manage CS settings), PERM-4; a seatless
# super admin may change workspace settings (permissions.can_change_workspace_settings).
SETTINGS_TABLES = (
    "workspaces", "object_types", "property_definitions", "property_options", "pipelines",
    "stages", "stage_required_properties", "workspace_pipelines", "workspace_revenue_objects",
    "workspace_dashboards", "workspace_dashboard_teams",
)  # fmt: skip
# HEALTH-6: a seat and Manage CS settings (a super admin holds it).
HEALTH_TABLES = ("health_profiles", "health_profile_segments", "health_groups", "health_rules")


def _batched_tables() -> tuple[str, ...]:
    """Tables whose plain edits a push applies as a set (`tend_push_run`): no unique key
    but the id (a set of renames could meet a key the one-by-one order would not) and not
    saved views (whose refusal reads the row). Local tables are listed too; they are never
    pushed."""
    from sqlalchemy import Table, UniqueConstraint

    from app.store.base import Base

    def plain(t: Table) -> bool:
        keyed = any(isinstance(c, UniqueConstraint) for c in t.constraints)
        return not keyed and not any(i.unique for i in t.indexes)

    names = (t.name for t in Base.metadata.sorted_tables if plain(t) and "deleted_at" in t.c)
    return tuple(n for n in names if n != "saved_views")


BATCHED_TABLES = _batched_tables()

GAP = "TS001"  # SQLSTATE of a push whose client sequence does not continue the server's
UNKNOWN_LOGIN = "TS002"  # the login is not a user of the workspace

_TABLES = """
CREATE TABLE IF NOT EXISTS sync_counter (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    seq bigint NOT NULL DEFAULT 0
);
INSERT INTO sync_counter (only_row, seq) VALUES (true, 0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS sync_clients (
    client_id uuid PRIMARY KEY,
    user_id uuid,
    last_seq bigint NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sync_ops (
    op_id uuid PRIMARY KEY,
    client_id uuid NOT NULL,
    client_seq bigint NOT NULL,
    server_seq bigint,
    refused text NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS sync_fields (
    entity text NOT NULL,
    row_id uuid NOT NULL,
    field text NOT NULL,
    hlc text NOT NULL,
    client_id uuid,
    server_seq bigint NOT NULL,
    user_id uuid,
    change_id uuid,
    PRIMARY KEY (entity, row_id, field)
);
CREATE INDEX IF NOT EXISTS ix_changes_server_seq ON changes (server_seq);
"""


def _array(names: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{n}'" for n in names) + "]::text[]"


_REFUSAL = f"""
CREATE OR REPLACE FUNCTION tend_refusal(u users, op jsonb) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
DECLARE
    entity text := op->>'entity';
    row_id uuid := (op->>'row_id')::uuid;
    v jsonb := coalesce(op->'values', '{{}}'::jsonb);
    cur saved_views%ROWTYPE;
    settings boolean := u.is_super_admin OR u.can_manage_cs_settings;
BEGIN
    IF NOT u.is_active THEN
        RETURN 'This user is deactivated.';
    END IF;
    IF NOT u.is_super_admin AND NOT u.has_workspace_access THEN
        RETURN 'You don''t have access to the Customer Success workspace.';
    END IF;
    IF entity = ANY({_array(ADMIN_TABLES)}) THEN
        IF NOT u.is_super_admin THEN
            RETURN 'Only super admins can manage users and teams.';
        END IF;
        RETURN '';
    END IF;
    IF entity = ANY({_array(SETTINGS_TABLES)}) THEN
        IF u.is_super_admin THEN RETURN ''; END IF;
        IF NOT settings THEN
            RETURN 'Only super admins and users with Manage CS settings can change settings.';
        END IF;
        IF NOT u.has_service_seat THEN
            RETURN 'Managing Customer Success settings needs a service seat.';
        END IF;
        RETURN '';
    END IF;
    IF NOT u.has_service_seat THEN
        IF entity = ANY({_array(HEALTH_TABLES)}) THEN
            RETURN 'Creating or editing a health score needs a service seat.';
        END IF;
        -- PERM-3: a seatless super admin uses the Summary: reads and adds reports, and
        -- (PERM-5) puts its view cards in order (a view's place, nothing else of it).
        IF u.is_super_admin AND (entity = ANY(ARRAY['reports', 'summary_reports'])
            OR (entity = 'saved_views' AND op->>'op' = 'set'
                AND (v - 'position') = '{{}}'::jsonb)) THEN
            RETURN '';
        END IF;
        RETURN 'Without a service seat you can use the Summary tab only. Ask an admin for a seat.';
    END IF;
    IF entity = ANY({_array(HEALTH_TABLES)}) AND NOT settings THEN
        RETURN 'Only super admins and users with Manage CS settings can create or edit '
            || 'health scores.';
    END IF;
    IF entity = 'saved_views' THEN
        SELECT * INTO cur FROM saved_views WHERE id = row_id;
        IF (v->>'sharing' = 'everyone' OR cur.sharing = 'everyone'
            OR (v ? 'is_default' AND (v->>'is_default')::boolean IS DISTINCT FROM
                coalesce(cur.is_default, false))) AND NOT settings THEN
            RETURN 'Only super admins and users with Manage CS settings can share views with '
                || 'Everyone, edit shared views or set default views.';
        END IF;
        IF FOUND AND cur.builtin IS NOT NULL AND op->>'op' = 'set'
           AND NOT (v ?| ARRAY['deleted_at', 'is_default', 'position']) THEN
            RETURN 'Built-in views cannot be edited. Create a view of your own.';
        END IF;
        IF FOUND AND cur.sharing = 'private' AND cur.owner_id IS DISTINCT FROM u.id THEN
            RETURN 'Only the person who made this private view can change it.';
        END IF;
    END IF;
    RETURN '';
END $$;
"""

_APPLY = """
CREATE OR REPLACE FUNCTION tend_field_value(entity text, row_id uuid, field text)
RETURNS jsonb LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
DECLARE result jsonb;
BEGIN
    IF field LIKE 'props.%' THEN
        SELECT props -> substr(field, 7) INTO result FROM records WHERE id = row_id;
    ELSE
        EXECUTE format('SELECT to_jsonb(t) -> %L FROM %I t WHERE id = $1', field, entity)
            INTO result USING row_id;
    END IF;
    RETURN coalesce(result, 'null'::jsonb);
END $$;

CREATE OR REPLACE FUNCTION tend_set_field(entity text, row_id uuid, field text, value jsonb)
RETURNS void LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF field LIKE 'props.%' THEN
        UPDATE records SET props = CASE
            WHEN value IS NULL OR value = 'null'::jsonb
                THEN coalesce(props, '{}'::jsonb) - substr(field, 7)
            ELSE jsonb_set(coalesce(props, '{}'::jsonb), ARRAY[substr(field, 7)], value)
        END, updated_at = now() WHERE id = row_id;
    ELSE
        EXECUTE format(
            'UPDATE %I t SET %I = r.%I, updated_at = now() '
            'FROM jsonb_populate_record(NULL::%I, $1) r WHERE t.id = $2',
            entity, field, field, entity
        ) USING jsonb_build_object(field, value), row_id;
    END IF;
END $$;
"""

_RUN = f"""
CREATE OR REPLACE FUNCTION tend_push_run(me users, client uuid, ops jsonb, lo bigint,
    hi bigint, v_counter bigint, prev_seq bigint)
RETURNS bigint LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
-- Ops lo..hi (1-based) of a push, none a create, a resent op or a saved view's, all on
-- BATCHED_TABLES: applied as a set, with the outcome the loop of tend_push would have one
-- op at a time (docs/sync.md "Push"). Returns the counter after them.
DECLARE
    bad record;
    ent record;
    sets text;
    accepted bigint;
    refusals jsonb := '{{}}';
BEGIN
    CREATE TEMP TABLE IF NOT EXISTS tend_run_ops (
        ord bigint, op_id uuid, client_seq bigint, entity text, row_id uuid, kind text,
        base bigint, hlc text, entry jsonb, vals jsonb, refused text NOT NULL DEFAULT '',
        seq bigint) ON COMMIT DROP;
    CREATE TEMP TABLE IF NOT EXISTS tend_run_fields (
        ord bigint, entity text, row_id uuid, field text, value jsonb, seq bigint,
        op_id uuid, hlc text, entry_field text, concurrent boolean, wins_alone boolean,
        ver_change uuid, ver_user uuid, earlier_win boolean, is_last boolean)
        ON COMMIT DROP;
    -- Outside saved views a refusal depends on the user and the table only.
    FOR ent IN SELECT DISTINCT o.v->>'entity' AS entity
               FROM jsonb_array_elements(ops) WITH ORDINALITY AS o(v, n)
               WHERE o.n BETWEEN lo AND hi LOOP
        refusals := refusals || jsonb_build_object(ent.entity,
            tend_refusal(me, jsonb_build_object('entity', ent.entity)));
    END LOOP;
    INSERT INTO pg_temp.tend_run_ops
    SELECT r.*, CASE WHEN r.refused = '' THEN v_counter
        + count(*) FILTER (WHERE r.refused = '') OVER (ORDER BY r.ord) END
    FROM (
        SELECT o.n AS ord, (o.v->>'id')::uuid, (o.v->>'client_seq')::bigint AS client_seq,
            o.v->>'entity', (o.v->>'row_id')::uuid, o.v->>'op',
            coalesce((o.v->>'base_seq')::bigint, 0), o.v->>'hlc', o.v->'entry',
            coalesce(o.v->'values', '{{}}'::jsonb), refusals->>(o.v->>'entity') AS refused
        FROM jsonb_array_elements(ops) WITH ORDINALITY AS o(v, n) WHERE o.n BETWEEN lo AND hi
    ) r;
    SELECT ord, client_seq INTO bad FROM pg_temp.tend_run_ops
        WHERE client_seq <> prev_seq + (ord - lo + 1) ORDER BY ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Client sequence % does not follow %.', bad.client_seq,
            prev_seq + bad.ord - lo USING ERRCODE = '{GAP}', DETAIL = prev_seq + bad.ord - lo;
    END IF;
    SELECT count(*) INTO accepted FROM pg_temp.tend_run_ops WHERE refused = '';
    -- Each field against the version the run found; once an op of the run wins a field,
    -- the later ones follow it (this client's own version is never concurrent).
    INSERT INTO pg_temp.tend_run_fields
    SELECT x.*, coalesce(bool_or(x.wins_alone) OVER (PARTITION BY x.entity, x.row_id,
            x.field ORDER BY x.ord ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), false),
        x.ord = max(x.ord) OVER (PARTITION BY x.entity, x.row_id, x.field)
    FROM (
        SELECT o.ord, o.entity, o.row_id, f.key AS field, f.value, o.seq, o.op_id, o.hlc,
            coalesce(nullif(o.entry->>'field', ''), f.key) AS entry_field, c.concurrent,
            NOT c.concurrent OR (o.hlc, client::text)
                > (ver.hlc, coalesce(ver.client_id::text, '')) AS wins_alone,
            ver.change_id AS ver_change, ver.user_id AS ver_user
        FROM pg_temp.tend_run_ops o
        CROSS JOIN LATERAL jsonb_each(o.vals) AS f
        LEFT JOIN sync_fields ver ON ver.entity = o.entity AND ver.row_id = o.row_id
            AND ver.field = f.key
        CROSS JOIN LATERAL (SELECT ver.entity IS NOT NULL AND ver.server_seq > o.base
            AND ver.client_id IS DISTINCT FROM client AS concurrent) c
        WHERE o.refused = ''
    ) x;
    -- A concurrent value replaced or losing is kept (the value is still the one the run
    -- found: no earlier op of the run won the field).
    INSERT INTO conflicts (id, entity, row_id, field, losing_value, winning_value,
        losing_change_id, losing_user_id, winning_user_id, decided_at, server_seq, reason)
    SELECT gen_random_uuid(), entity, row_id, entry_field,
        CASE WHEN wins_alone THEN cur ELSE value END,
        CASE WHEN wins_alone THEN value ELSE cur END,
        CASE WHEN wins_alone THEN ver_change ELSE op_id END,
        CASE WHEN wins_alone THEN ver_user ELSE me.id END,
        CASE WHEN wins_alone THEN me.id ELSE ver_user END,
        now(), seq, ''
    FROM (SELECT *, tend_field_value(entity, row_id, field) AS cur
          FROM pg_temp.tend_run_fields WHERE concurrent AND NOT earlier_win) d
    WHERE cur IS DISTINCT FROM value
    ORDER BY ord;
    INSERT INTO sync_fields
    SELECT entity, row_id, field, hlc, client, seq, me.id, op_id FROM pg_temp.tend_run_fields
    WHERE is_last AND (earlier_win OR wins_alone)
    ON CONFLICT ON CONSTRAINT sync_fields_pkey DO UPDATE SET hlc = excluded.hlc,
        client_id = excluded.client_id, server_seq = excluded.server_seq,
        user_id = excluded.user_id, change_id = excluded.change_id;
    -- Each row written once, with the last winning value of each of its fields.
    FOR ent IN SELECT entity, array_agg(DISTINCT field) AS fields FROM pg_temp.tend_run_fields
               WHERE is_last AND (earlier_win OR wins_alone) GROUP BY entity LOOP
        SELECT string_agg(format('%I = CASE WHEN m.cols ? %L '
                'THEN (jsonb_populate_record(NULL::%I, m.cols)).%I ELSE t.%I END',
                f, f, ent.entity, f, f), ', ')
            INTO sets FROM unnest(ent.fields) AS f
            WHERE f NOT LIKE 'props.%' AND f <> 'updated_at';
        IF ent.entity = 'records' THEN
            sets := concat_ws(', ', sets,
                'props = (coalesce(t.props, ''{{}}''::jsonb) - m.removed) || m.added');
        END IF;
        EXECUTE format(
            'UPDATE %I t SET %s, updated_at = now() FROM ('
            ' SELECT row_id,'
            '  jsonb_object_agg(field, value) FILTER (WHERE field NOT LIKE $2) AS cols,'
            '  coalesce(array_agg(substr(field, 7))'
            '   FILTER (WHERE field LIKE $2 AND value = $3), $4) AS removed,'
            '  coalesce(jsonb_object_agg(substr(field, 7), value)'
            '   FILTER (WHERE field LIKE $2 AND value <> $3), $5) AS added'
            ' FROM pg_temp.tend_run_fields WHERE entity = $1 AND is_last'
            '  AND (earlier_win OR wins_alone) GROUP BY row_id) m WHERE t.id = m.row_id',
            ent.entity, sets)
        USING ent.entity, 'props.%', 'null'::jsonb, '{{}}'::text[], '{{}}'::jsonb;
    END LOOP;
    INSERT INTO changes (id, entity, row_id, op, field, old_value, new_value, user_id, at,
        source, batch_id, hlc, client_id, client_seq, server_seq)
    SELECT op_id, entity, row_id, kind, coalesce(entry->>'field', ''), entry->'old_value',
        entry->'new_value', CASE WHEN entry->>'user_id' IS NULL THEN NULL ELSE me.id END,
        (entry->>'at')::timestamptz, entry->>'source', (entry->>'batch_id')::uuid, hlc,
        client, client_seq, seq
    FROM pg_temp.tend_run_ops WHERE refused = '' ORDER BY ord;
    INSERT INTO sync_ops SELECT op_id, client, client_seq, seq, refused
        FROM pg_temp.tend_run_ops ORDER BY ord;
    DELETE FROM pg_temp.tend_run_ops;
    DELETE FROM pg_temp.tend_run_fields;
    RETURN v_counter + accepted;
END $$;
"""

_PUSH = f"""
CREATE OR REPLACE FUNCTION tend_push(payload jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me users%ROWTYPE;
    client uuid := (payload->>'client_id')::uuid;
    prev_seq bigint;
    owner uuid;
    op jsonb;
    entry jsonb;
    v_op_id uuid;
    v_seq bigint;
    reason text;
    v_counter bigint;
    f record;
    ver sync_fields%ROWTYPE;
    has_ver boolean;
    concurrent boolean;
    wins boolean;
    cur_value jsonb;
    v_entity text;
    v_row_id uuid;
    base bigint;
    v_hlc text;
    author uuid;
    resent boolean;
    refusals jsonb := '{{}}';
    n bigint := 0;
    run_lo bigint;
BEGIN
    SELECT * INTO me FROM users WHERE login = session_user AND deleted_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The login % is not a user of this Tend workspace.', session_user
            USING ERRCODE = '{UNKNOWN_LOGIN}';
    END IF;
    SELECT last_seq, user_id INTO prev_seq, owner FROM sync_clients
        WHERE client_id = client FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO sync_clients (client_id, user_id, last_seq) VALUES (client, me.id, 0);
        prev_seq := 0;
    ELSIF owner IS DISTINCT FROM me.id THEN
        RAISE EXCEPTION 'This replica belongs to another user.' USING ERRCODE = '42501';
    END IF;
    -- The counter is held for the whole push and written once at its end: server order
    -- is commit order, without an UPDATE of one row per op.
    SELECT seq INTO v_counter FROM sync_counter FOR UPDATE;
    -- A push holding ops seen before (an answer was lost) goes one op at a time, as
    -- every push does where the setting tend.one_at_a_time is on (the tests run both
    -- ways); the usual one applies its runs of plain edits as sets (tend_push_run).
    resent := coalesce(current_setting('tend.one_at_a_time', true), '') = 'on'
        OR EXISTS (SELECT 1 FROM sync_ops s JOIN jsonb_array_elements(payload->'ops') o
                   ON s.op_id = (o.value->>'id')::uuid);
    FOR op IN SELECT value FROM jsonb_array_elements(payload->'ops') LOOP
        n := n + 1;
        IF NOT resent AND op->>'op' <> 'create'
           AND op->>'entity' = ANY({_array(BATCHED_TABLES)}) THEN
            run_lo := coalesce(run_lo, n);
            CONTINUE;
        END IF;
        IF run_lo IS NOT NULL THEN
            v_counter := tend_push_run(me, client, payload->'ops', run_lo, n - 1, v_counter,
                                       prev_seq);
            prev_seq := prev_seq + (n - run_lo);
            run_lo := NULL;
        END IF;
        v_op_id := (op->>'id')::uuid;
        IF resent AND EXISTS (SELECT 1 FROM sync_ops WHERE sync_ops.op_id = v_op_id) THEN
            CONTINUE;  -- a resent op: acknowledged again (below), not applied twice
        END IF;
        IF (op->>'client_seq')::bigint <> prev_seq + 1 THEN
            RAISE EXCEPTION 'Client sequence % does not follow %.', op->>'client_seq', prev_seq
                USING ERRCODE = '{GAP}', DETAIL = prev_seq::text;
        END IF;
        prev_seq := prev_seq + 1;
        v_entity := op->>'entity';
        v_row_id := (op->>'row_id')::uuid;
        base := coalesce((op->>'base_seq')::bigint, 0);
        v_hlc := op->>'hlc';
        entry := op->'entry';
        -- Outside saved views the answer depends on the user and the table only.
        IF v_entity = 'saved_views' THEN
            reason := tend_refusal(me, op);
        ELSE
            reason := refusals->>v_entity;
            IF reason IS NULL THEN
                reason := tend_refusal(me, op);
                refusals := refusals || jsonb_build_object(v_entity, reason);
            END IF;
        END IF;
        IF reason = '' AND op->>'op' = 'create' THEN
            BEGIN
                EXECUTE format(
                    'INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1) '
                    'ON CONFLICT (id) DO NOTHING', v_entity, v_entity
                ) USING op->'values';
            EXCEPTION WHEN unique_violation OR foreign_key_violation OR not_null_violation
                OR check_violation THEN
                reason := 'The server refused this new row: ' || SQLERRM;
            END;
        END IF;
        IF reason <> '' THEN
            INSERT INTO sync_ops VALUES (v_op_id, client, prev_seq, NULL, reason);
            CONTINUE;
        END IF;
        v_counter := v_counter + 1;
        v_seq := v_counter;
        author := CASE WHEN entry->>'user_id' IS NULL THEN NULL ELSE me.id END;
        FOR f IN SELECT key, value FROM jsonb_each(coalesce(op->'values', '{{}}'::jsonb)) LOOP
            -- No row lock: the counter's lock already makes pushes one at a time.
            SELECT * INTO ver FROM sync_fields
                WHERE sync_fields.entity = v_entity AND sync_fields.row_id = v_row_id
                AND field = f.key;
            has_ver := FOUND;
            concurrent := has_ver AND ver.server_seq > base
                AND ver.client_id IS DISTINCT FROM client;
            wins := NOT concurrent
                OR (v_hlc, client::text) > (ver.hlc, coalesce(ver.client_id::text, ''));
            IF op->>'op' <> 'create' THEN
                -- The current value matters only against a concurrent version.
                cur_value := CASE WHEN concurrent
                    THEN tend_field_value(v_entity, v_row_id, f.key) END;
                IF concurrent AND cur_value IS DISTINCT FROM f.value THEN
                    INSERT INTO conflicts (id, entity, row_id, field, losing_value, winning_value,
                        losing_change_id, losing_user_id, winning_user_id, decided_at,
                        server_seq, reason)
                    VALUES (gen_random_uuid(), v_entity, v_row_id,
                        coalesce(nullif(entry->>'field', ''), f.key),
                        CASE WHEN wins THEN cur_value ELSE f.value END,
                        CASE WHEN wins THEN f.value ELSE cur_value END,
                        CASE WHEN wins THEN ver.change_id ELSE v_op_id END,
                        CASE WHEN wins THEN ver.user_id ELSE me.id END,
                        CASE WHEN wins THEN me.id ELSE ver.user_id END,
                        now(), v_seq, '');
                END IF;
                IF wins THEN
                    PERFORM tend_set_field(v_entity, v_row_id, f.key, f.value);
                END IF;
            END IF;
            IF wins AND has_ver THEN
                UPDATE sync_fields SET hlc = v_hlc, client_id = client, server_seq = v_seq,
                    user_id = me.id, change_id = v_op_id
                WHERE sync_fields.entity = v_entity AND sync_fields.row_id = v_row_id
                    AND field = f.key;
            ELSIF wins THEN
                INSERT INTO sync_fields
                VALUES (v_entity, v_row_id, f.key, v_hlc, client, v_seq, me.id, v_op_id);
            END IF;
        END LOOP;
        INSERT INTO changes (id, entity, row_id, op, field, old_value, new_value, user_id, at,
            source, batch_id, hlc, client_id, client_seq, server_seq)
        VALUES (v_op_id, v_entity, v_row_id, op->>'op', coalesce(entry->>'field', ''),
            entry->'old_value', entry->'new_value', author, (entry->>'at')::timestamptz,
            entry->>'source', (entry->>'batch_id')::uuid, v_hlc, client, prev_seq, v_seq);
        INSERT INTO sync_ops VALUES (v_op_id, client, prev_seq, v_seq, '');
    END LOOP;
    IF run_lo IS NOT NULL THEN
        v_counter := tend_push_run(me, client, payload->'ops', run_lo, n, v_counter, prev_seq);
        prev_seq := prev_seq + (n - run_lo + 1);
    END IF;
    UPDATE sync_counter SET seq = v_counter;
    UPDATE sync_clients SET last_seq = prev_seq WHERE client_id = client;
    -- The answer, for new and resent ops alike, from what sync_ops holds of them.
    RETURN (SELECT jsonb_build_object(
        'acked', coalesce(jsonb_object_agg(s.op_id::text, s.server_seq)
                          FILTER (WHERE s.refused = ''), '{{}}'::jsonb),
        'refused', coalesce(jsonb_object_agg(s.op_id::text, s.refused)
                            FILTER (WHERE s.refused <> ''), '{{}}'::jsonb),
        'server_seq', v_counter, 'user_id', me.id)
        FROM jsonb_array_elements(payload->'ops') o
        JOIN sync_ops s ON s.op_id = (o.value->>'id')::uuid);
END $$;
"""


def install_sync(conn: Connection) -> None:
    """Create (or bring up to date) the sync objects of a team server whose schema is at
    Tend's head revision. Safe to run again."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:  # without parameters, so psycopg leaves the functions' % (%ROWTYPE, %I) alone
        for script in (_TABLES, _REFUSAL, _APPLY, _RUN, _PUSH):
            cursor.execute(script)
    finally:
        cursor.close()


def counter(conn: Connection) -> int:
    """The server's current sequence: the last number given to an applied change."""
    return int(conn.execute(text("SELECT seq FROM sync_counter")).scalar_one())


def publish_pending(conn: Connection) -> int:
    """Give the server's own change entries (written on the server through the domain, e.g.
    `tend server add-user`) the next server numbers, in the order they were made, so
    replicas pull them; returns how many. They set no field versions: the next edit of
    such a field from a replica simply applies."""
    base = int(conn.execute(text("SELECT seq FROM sync_counter FOR UPDATE")).scalar_one())
    numbered = conn.execute(
        text(
            "UPDATE changes c SET server_seq = :base + n.rank FROM ("
            " SELECT id, row_number() OVER (ORDER BY at, id) AS rank"
            " FROM changes WHERE server_seq IS NULL) n WHERE c.id = n.id"
        ),
        {"base": base},
    ).rowcount
    if numbered:
        conn.execute(text("UPDATE sync_counter SET seq = :s"), {"s": base + numbered})
    return int(numbered)
