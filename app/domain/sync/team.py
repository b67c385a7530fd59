"""A team server and joining it (issue 14, docs/sync.md "Joining"): `tend server init`,
`tend server add-user` and `tend join`.

- `init_server`: the schema by the same migrations as a local file, the sync objects and
  `tend_push`, the app's role and row-level security; on an empty server, a workspace whose
  super admin is the login that ran it.
- `add_user`: a person — their user row written through the one write path by a super
  admin (seat, permissions, primary and other teams: PERM-1, PERM-2) and a PostgreSQL login
  of their own, a member of the app's role, with the password given.
- `download_replica`: signs in as a person, reads every synced table and the change log in
  one snapshot, writes them to a new local file (a temporary name until it is complete, so
  Cancel leaves nothing) and records the server, the login, the snapshot's counter as the
  cursor and a new client id.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, Table, func, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from app.domain import replica, writer
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP, Message, MessageError
from app.domain.sync import outbox
from app.domain.sync.apply import defer_foreign_keys
from app.domain.sync.fields import synced_tables
from app.domain.workspace import SetupChoice, setup_empty_workspace
from app.store import Change, Conflict, Team, TeamMembership, User, new_id
from app.store.engine import Database, make_engine, open_database
from app.store.search import rebuild_search_index
from app.store.server.download import insert_rows, loading_fast, stored_pages
from app.store.server.roles import LOGIN, create_login, install_roles, login_exists
from app.store.server.sync_sql import counter, install_sync, publish_pending

# Indexes a download keeps while it loads: a record merged into one not yet loaded leaves
# a deferred foreign-key check open, and SQLite then looks every record inserted up in
# the merged ones by this index (without it: a scan of every record per insert).
LOAD_KEEPS = frozenset({"ix_records_merged_into_id"})
Progress = Callable[[str, float], None]


class TeamServerError(MessageError):
    """What went wrong talking to a team server, in words for the person at the keyboard."""


class SignInRefused(TeamServerError):
    """The server answered and refused the login or its password (not a network fault)."""


# How PostgreSQL words a refused sign-in (libpq's messages, which carry no SQLSTATE).
_REFUSED_SIGN_IN = (
    "password authentication failed",
    "no password supplied",
    "does not exist",  # role "x" does not exist; database "y" does not exist
    "not permitted to log in",
)


def _said(template: str, /, **values: object) -> str:
    """A progress phase in the user's language (its template marked, its values apart)."""
    return Message(template, values).translated()


class JoinCancelled(Exception):
    """The person cancelled joining; no file was left behind."""


def server_url(url: str, password: str | None = None) -> URL:
    """A team server's address as an SQLAlchemy URL with Tend's driver (psycopg), with the
    password when one is given. Only PostgreSQL can be a team server."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise TeamServerError(
            QT_TR_NOOP("“{url}” is not a server address: {reason}"), url=url, reason=exc
        ) from exc
    if parsed.get_backend_name() != "postgresql":
        raise TeamServerError(
            QT_TR_NOOP("A team server is a PostgreSQL database: postgresql://LOGIN@HOST/DATABASE.")
        )
    parsed = parsed.set(drivername="postgresql+psycopg")
    if password is not None:
        parsed = parsed.set(password=password)
    return parsed


def shown(url: URL) -> str:
    """The address as a person reads it (no password, the plain scheme)."""
    return url.set(drivername="postgresql", password=None).render_as_string(hide_password=True)


@dataclass(frozen=True)
class Initialised:
    created_workspace: bool
    admin_login: str


def init_server(
    url: str,
    admin_name: str = "",
    admin_email: str = "",
    from_file: Path | None = None,
    progress: Progress | None = None,
) -> Initialised:
    """Make a PostgreSQL database a team server (safe to run again on one). `from_file`:
    a new server starts with that local workspace file's data (`upload`)."""
    db = _open_server(url, upgrade=True)
    try:
        with db.write_session() as session:
            login = str(session.execute(text("SELECT session_user")).scalar_one())
            created = session.scalars(select(User.id).limit(1)).first() is None
        if from_file is not None:
            if not created:
                raise TeamServerError(
                    QT_TR_NOOP(
                        "This team server has a workspace already; a file can only start a new one."
                    )
                )
            upload(db, from_file, progress)
        with db.write_session() as session:
            if from_file is not None:
                admin = _uploaded_admin(session, admin_email)
                writer.set_fields(ChangeBatch(session, admin.id), admin, {"login": login})
            elif created:
                if not admin_name.strip() or "@" not in admin_email:
                    raise TeamServerError(
                        QT_TR_NOOP(
                            "A new team server needs its super admin's name and e-mail "
                            "(--name and --email)."
                        )
                    )
                admin = setup_empty_workspace(
                    session, SetupChoice("companies", "csm_owner", admin_name, admin_email)
                )
                writer.set_fields(ChangeBatch(session, admin.id), admin, {"login": login})
            elif session.scalars(select(User).where(User.login == login)).first() is None:
                raise TeamServerError(
                    QT_TR_NOOP(
                        "The login “{login}” is not a user of this team server's workspace; run "
                        "this as its super admin's login."
                    ),
                    login=login,
                )
        with db.engine.begin() as conn:
            install_sync(conn)
            install_roles(conn)
            publish_pending(conn)
    finally:
        db.dispose()
    return Initialised(created, login)


def upload(db: Database, source: Path, progress: Progress | None = None) -> int:
    """Copy a local workspace file's synced rows, its history and its conflicts into an
    empty server, in one transaction; returns how many rows. Foreign keys that point
    forward in the copying order (a user's primary team, a merged record's survivor, a
    draft's live profile) are filled in once every row is there. The history keeps
    server number 0: it is the team's past, already in every replica that downloads it."""
    if not source.exists():
        raise TeamServerError(QT_TR_NOOP("{source} does not exist."), source=source)
    local = open_database(source)  # brought to the head revision, like the server
    try:
        if replica_server(local) is not None:
            raise TeamServerError(
                QT_TR_NOOP("{source} is a replica of a team server, not a workspace."),
                source=source,
            )
    finally:
        local.dispose()
    tables = _copied_tables()
    order = {t.name: i for i, t in enumerate(tables)}
    from app.store.server.upload import count_rows  # psycopg's COPY: only when uploading

    sizes = {t.name: count_rows(source, t.name) for t in tables}
    total, done = max(1, sum(sizes.values())), 0
    fills: list[tuple[Table, list[str], list[tuple[Any, ...]]]] = []
    with db.engine.begin() as conn:
        for t in tables:
            later = [
                fk.parent.name for fk in t.foreign_keys
                if order.get(fk.column.table.name, -1) >= order[t.name]
            ]  # fmt: skip

            def copied(n: int, name: str = t.name) -> None:
                nonlocal done
                done += n
                if progress is not None:
                    progress(
                        _said(QT_TR_NOOP("Uploading {table}"), table=name.replace("_", " ")),
                        done / total,
                    )

            fills.append((t, later, _upload_table(conn, source, t, later, copied)))
        for t, later, kept in fills:  # every row is there now
            _fill_later(conn, t, later, kept)
    return done


def _upload_table(
    conn: Any, source: Path, t: Table, later: list[str], copied: Callable[[int], None]
) -> list[tuple[Any, ...]]:
    """COPY one table; the `later` columns go in as NULL; returns their values by id, to
    be set once every table is there."""
    from app.store.server.upload import copy_rows, read_rows

    names = [c.name for c in t.c]
    held = [names.index(n) for n in later]
    seq = names.index("server_seq") if t.name == "changes" else -1
    key = names.index("id")
    kept: list[tuple[Any, ...]] = []

    def pages() -> Any:
        for page in read_rows(source, t.name, names):
            if held or seq >= 0:
                page = [_held_back(row, key, held, seq, kept) for row in page]
            yield page

    copy_rows(conn, t.name, names, pages(), copied)
    return kept


def _held_back(
    row: tuple[Any, ...], key: int, held: list[int], seq: int, kept: list
) -> tuple[Any, ...]:
    """The row with its `held` values NULL (kept, by id, for later) and, for the
    history, server number 0."""
    values = list(row)
    if held and any(values[i] is not None for i in held):
        kept.append((values[key], *(values[i] for i in held)))
        for i in held:
            values[i] = None
    if seq >= 0:
        values[seq] = 0
    return tuple(values)


def _fill_later(conn: Any, t: Table, later: list[str], kept: list[tuple[Any, ...]]) -> None:
    raw = conn.connection.dbapi_connection
    for i, column in enumerate(later):
        pairs = [(row[1 + i], row[0]) for row in kept if row[1 + i] is not None]
        if pairs:
            with raw.cursor() as cursor:
                cursor.executemany(f'UPDATE "{t.name}" SET "{column}" = %s WHERE id = %s', pairs)


def _uploaded_admin(session: Any, email: str) -> User:
    """The uploaded workspace's super admin who signs in as the login that ran init: the
    one with `email`, else the first seated super admin."""
    admins = session.scalars(
        select(User)
        .where(User.is_super_admin, User.is_active, User.deleted_at.is_(None))
        .order_by(User.has_service_seat.desc(), User.created_at, User.id)
    ).all()
    if email:
        admins = [u for u in admins if u.email.lower() == email.strip().lower()]
        if not admins:
            raise TeamServerError(
                QT_TR_NOOP("The workspace has no super admin with the e-mail {email}."), email=email
            )
    if not admins:
        raise TeamServerError(QT_TR_NOOP("The workspace has no active super admin to sign in as."))
    return cast(User, admins[0])


@dataclass(frozen=True)
class NewUser:
    """A person to add to a team server."""

    name: str
    email: str
    login: str
    has_service_seat: bool = True
    can_manage_cs_settings: bool = False
    is_super_admin: bool = False
    primary_team: str = ""  # a team's name; empty: none (the main workspace)
    other_teams: Sequence[str] = field(default_factory=tuple)


def _no_such_teams(unknown: Sequence[str], teams: Sequence[str]) -> TeamServerError:
    names = ", ".join(f"“{n}”" for n in unknown)
    if not teams:
        return TeamServerError(QT_TR_NOOP("No team is named {names}; teams: none yet"), names=names)
    return TeamServerError(
        QT_TR_NOOP("No team is named {names}; teams: {teams}"), names=names, teams=", ".join(teams)
    )


def add_user(
    url: str, person: NewUser, password: str, admin_password: str | None = None
) -> uuid.UUID:
    """Add a person with a login of their own; run by a super admin's login (signing in
    with `admin_password` when the server asks for one)."""
    if not person.name.strip():
        raise TeamServerError(QT_TR_NOOP("A user needs a name."))
    if "@" not in person.email:
        raise TeamServerError(QT_TR_NOOP("“{email}” is not an e-mail address."), email=person.email)
    if not LOGIN.match(person.login):
        raise TeamServerError(
            QT_TR_NOOP(
                "“{login}” cannot be a login: up to 63 lower-case letters, digits, '_', '.' or "
                "'-', starting with a letter."
            ),
            login=person.login,
        )
    if not password:
        raise TeamServerError(QT_TR_NOOP("A user needs a password to sign in."))
    db = _open_server(url, password=admin_password)
    try:
        with db.write_session() as session:
            me = _super_admin(session)
            if session.scalars(select(User).where(User.login == person.login)).first():
                raise TeamServerError(
                    QT_TR_NOOP("The login “{login}” is already a user."), login=person.login
                )
            teams = {
                t.name: t for t in session.scalars(select(Team).where(Team.deleted_at.is_(None)))
            }
            wanted = [person.primary_team, *person.other_teams]
            unknown = [n for n in wanted if n and n not in teams]
            if unknown:
                raise _no_such_teams(unknown, sorted(teams))
            batch = ChangeBatch(session, me.id)
            user = User(
                id=new_id(), name=person.name.strip(), email=person.email.strip(),
                login=person.login, has_service_seat=person.has_service_seat,
                can_manage_cs_settings=person.can_manage_cs_settings,
                is_super_admin=person.is_super_admin,
                primary_team_id=teams[person.primary_team].id if person.primary_team else None,
            )  # fmt: skip
            writer.add(batch, user)
            for name in dict.fromkeys(n for n in wanted if n):
                writer.add(
                    batch, TeamMembership(id=new_id(), user_id=user.id, team_id=teams[name].id)
                )
            conn = session.connection()
            if login_exists(conn, person.login):
                raise TeamServerError(
                    QT_TR_NOOP("The server already has a login “{login}” (another database's?)."),
                    login=person.login,
                )
            try:
                create_login(conn, person.login, password)
            except DBAPIError as exc:
                raise TeamServerError(
                    QT_TR_NOOP(
                        "The server refused to create the login “{login}”: {reason}. Ask whoever "
                        "runs the server to give your PostgreSQL login the right to create logins "
                        "(CREATEROLE)."
                    ),
                    login=person.login,
                    reason=_first_line(exc),
                ) from exc
        with db.engine.begin() as conn:
            publish_pending(conn)
        return user.id
    finally:
        db.dispose()


def _open_server(url: str, upgrade: bool = False, password: str | None = None) -> Database:
    """The team server as its administrator's login (`upgrade`: run the migrations)."""
    target = server_url(url, password)
    try:
        return open_database(target.render_as_string(hide_password=False), upgrade=upgrade)
    except Exception as exc:  # connection refused, wrong password, no such database
        raise TeamServerError(
            QT_TR_NOOP("Could not open {target}: {reason}"),
            target=shown(target),
            reason=_first_line(exc),
        ) from exc


def _super_admin(session: Any) -> User:
    login = str(session.execute(text("SELECT session_user")).scalar_one())
    me = session.scalars(select(User).where(User.login == login, User.deleted_at.is_(None))).first()
    if me is None or not me.is_super_admin:
        raise TeamServerError(
            QT_TR_NOOP("Only a super admin's login can add users (“{login}” is not one)."),
            login=login,
        )
    return cast(User, me)


def _first_line(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", None) or exc).strip()
    return message.splitlines()[0] if message else type(exc).__name__


# ---- joining --------------------------------------------------------------------------


@dataclass(frozen=True)
class Joined:
    path: Path
    user_id: uuid.UUID
    user_name: str
    rows: int
    cursor: int


def replica_server(db: Database) -> str | None:
    """The address (login included, no password) of the server this file is a replica
    of; None for a local workspace."""
    with db.session() as session:
        server = replica.fact(session, outbox.SERVER)
        login = replica.fact(session, outbox.LOGIN)
    if not server or not login:
        return None
    return shown(make_url(server).set(username=login))


def connect(url: str, password: str | None) -> Engine:
    """An engine for a person's login; raises SignInRefused with the server's words (a
    wrong password, no such login or database) when the server refuses the sign-in, and
    TeamServerError when it cannot be reached."""
    engine = make_engine(server_url(url, password).render_as_string(hide_password=False))
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        engine.dispose()
        reason = _first_line(exc)
        if any(words in reason for words in _REFUSED_SIGN_IN):
            raise SignInRefused(QT_TR_NOOP("Could not sign in: {reason}"), reason=reason) from exc
        raise TeamServerError(
            QT_TR_NOOP("Could not reach the server: {reason}"), reason=reason
        ) from exc
    return engine


def _copied_tables() -> list[Table]:
    """What a replica downloads, in foreign-key order: every synced table, then the change
    log and the decided conflicts."""
    return [*synced_tables(), cast(Table, Change.__table__), cast(Table, Conflict.__table__)]


def download_replica(
    url: str,
    password: str | None,
    path: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    replace_empty: bool = False,
) -> Joined:
    """Download the team's workspace into a new file at `path` (see the module's doc);
    with `replace_empty`, `path` may be a Tend file that holds no workspace yet (the
    first start's), which the download replaces once it is complete."""
    if path.exists() and not (replace_empty and holds_no_workspace(path)):
        raise TeamServerError(QT_TR_NOOP("{path} already exists; choose another file."), path=path)
    engine = connect(url, password)
    partial = path.with_name(path.name + ".joining")
    partial.unlink(missing_ok=True)
    db = open_database(partial)
    try:
        joined = _download(engine, db, partial, url, progress, cancelled)
    except BaseException:
        db.dispose()
        engine.dispose()
        for leftover in partial.parent.glob(partial.name + "*"):
            leftover.unlink(missing_ok=True)
        raise
    db.dispose()
    engine.dispose()
    for stale in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)  # the empty file's, never to be applied to the new one
    partial.replace(path)
    return Joined(path, joined.user_id, joined.user_name, joined.rows, joined.cursor)


def holds_no_workspace(path: Path) -> bool:
    """True for a Tend file with no workspace yet (a first start's)."""
    from app.domain.workspace import is_empty

    db = open_database(path)
    try:
        with db.session() as session:
            return is_empty(session)
    finally:
        db.dispose()


def _download(
    engine: Engine,
    db: Database,
    path: Path,
    url: str,
    progress: Progress | None,
    cancelled: Callable[[], bool],
) -> Joined:
    tables = _copied_tables()
    snapshot = engine.connect().execution_options(isolation_level="REPEATABLE READ")
    with snapshot as conn, conn.begin():
        login = str(conn.execute(text("SELECT session_user")).scalar_one())
        me = conn.execute(
            select(User.id, User.name).where(User.login == login, User.deleted_at.is_(None))
        ).first()
        if me is None:
            raise TeamServerError(
                QT_TR_NOOP("The login “{login}” is not a user of this team's workspace."),
                login=login,
            )
        cursor = counter(conn)
        sizes = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables
        }
        total = max(1, sum(sizes.values()))
        done = 0
        pg: Any = conn.connection.dbapi_connection
        with db.write_session() as session:
            session.execute(defer_foreign_keys())
            lite: Any = session.connection().connection.dbapi_connection
            with loading_fast(lite, [t.name for t in tables], LOAD_KEEPS):
                for t in tables:
                    if not sizes[t.name]:
                        continue
                    for part in stored_pages(pg, t):
                        if cancelled():
                            raise JoinCancelled()
                        insert_rows(lite, t, part)
                        done += len(part)
                        if progress is not None:
                            progress(
                                _said(
                                    QT_TR_NOOP("Downloading {table}"),
                                    table=t.name.replace("_", " "),
                                ),
                                done / total,
                            )
                if progress is not None:
                    progress(_said(QT_TR_NOOP("Indexing")), done / total)
            if progress is not None:
                progress(_said(QT_TR_NOOP("Indexing the search")), done / total)
            rebuild_search_index(lite)
            replica.set_fact(session, outbox.CLIENT_ID, str(new_id()))
            replica.set_fact(session, outbox.CLIENT_SEQ, "0")
            replica.set_fact(session, outbox.CURSOR, str(cursor))
            replica.set_fact(session, outbox.SERVER, shown(server_url(url)))
            replica.set_fact(session, outbox.LOGIN, login)
    if progress is not None:
        progress(_said(QT_TR_NOOP("Done")), 1.0)
    return Joined(path, me.id, me.name, done, cursor)
