"""Command line: no arguments opens the window; `tend demo` generates a demo workspace;
`tend server init` / `tend server add-user` set up a team server and `tend join` makes this
laptop a replica of one (docs/sync.md)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from app import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tend", description="Tend, the Customer Success workspace on the desktop."
    )
    parser.add_argument("--version", action="version", version=f"Tend {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="open this database file (default: the user data directory)"
    )
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="generate a demo workspace into a new database file")
    demo.add_argument("--companies", type=int, default=300, metavar="N", help="default 300")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="default 1")
    demo.add_argument("--db", dest="demo_db", metavar="PATH", help="default: the user data file")
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    check = sub.add_parser("check", help="check a workspace file for damage (reads only)")
    check.add_argument("--db", dest="check_db", metavar="PATH", help="default: the user data file")
    server = sub.add_parser("server", help="set up a team server on PostgreSQL")
    server_sub = server.add_subparsers(dest="server_command", required=True)
    init = server_sub.add_parser(
        "init", help="make a PostgreSQL database a team server (run as its owner's login)"
    )
    init.add_argument("url", metavar="postgresql://ADMIN@HOST/DB")
    init.add_argument("--name", default="", help="the super admin's name (a new server)")
    init.add_argument("--email", default="", help="the super admin's e-mail (a new server)")
    init.add_argument(
        "--from", dest="from_file", metavar="FILE",
        help="start the new server with this local workspace file's data (e.g. the demo)",
    )  # fmt: skip
    person = server_sub.add_parser(
        "add-user", help="add a person with a login of their own (run as a super admin's login)"
    )
    person.add_argument("url", metavar="postgresql://ADMIN@HOST/DB")
    person.add_argument("--name", required=True)
    person.add_argument("--email", required=True)
    person.add_argument("--login", required=True, help="their PostgreSQL login, e.g. cy")
    person.add_argument("--no-seat", action="store_true", help="no service seat (Summary only)")
    person.add_argument("--manage-cs-settings", action="store_true")
    person.add_argument("--super-admin", action="store_true")
    person.add_argument("--team", default="", help="their primary team (by name)")
    person.add_argument("--other-team", action="append", default=[], metavar="TEAM")
    person.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    join = sub.add_parser("join", help="download a team server's workspace to this laptop")
    join.add_argument("url", metavar="postgresql://LOGIN@HOST/DB")
    join.add_argument("--db", dest="join_db", metavar="PATH", help="default: the user data file")
    join.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    sync = sub.add_parser("sync", help="send this replica's changes and fetch the team's")
    sync.add_argument("--db", dest="sync_db", metavar="PATH", help="default: the user data file")
    sync.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    return parser


def _printed_progress(width: int) -> Callable[[str, float], None]:
    """A progress callback printing "  phase   42.0%" lines, each new one once."""
    last = [""]

    def progress(phase: str, fraction: float) -> None:
        line = f"  {phase:<{width}} {fraction * 100:5.1f}%"
        if line != last[0]:
            last[0] = line
            print(line, flush=True)

    return progress


def _password(prompt: str, from_stdin: bool, twice: bool = False) -> str:
    import getpass

    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Again: ") != first:
        raise ValueError("The two passwords differ.")
    return first


def run_server_init(url: str, name: str, email: str, from_file: str | None = None) -> int:
    from app.domain.sync.team import TeamServerError, init_server

    source = Path(from_file).expanduser() if from_file else None
    try:
        done = init_server(url, name, email, source, _printed_progress(32) if source else None)
    except TeamServerError as exc:
        print(f"tend server init: {exc}", file=sys.stderr)
        return 2
    what = "a new workspace" if done.created_workspace else "its workspace"
    print(f"The team server is ready with {what}; its super admin signs in as {done.admin_login}.")
    print("Add people with: tend server add-user URL --name NAME --email EMAIL --login LOGIN")
    return 0


def run_add_user(args: argparse.Namespace) -> int:
    from app.domain.sync.team import NewUser, TeamServerError, add_user

    person = NewUser(
        args.name, args.email, args.login, has_service_seat=not args.no_seat,
        can_manage_cs_settings=args.manage_cs_settings, is_super_admin=args.super_admin,
        primary_team=args.team, other_teams=tuple(args.other_team),
    )  # fmt: skip
    try:
        password = _password(f"Password for {args.login}: ", args.password_stdin, twice=True)
        add_user(args.url, person, password)
    except (TeamServerError, ValueError) as exc:
        print(f"tend server add-user: {exc}", file=sys.stderr)
        return 2
    from sqlalchemy.engine import make_url

    theirs = make_url(args.url).set(username=args.login, password=None)
    print(f"{args.name} can now join with: tend join {theirs.render_as_string()}")
    return 0


def run_join(url: str, path: Path, from_stdin: bool) -> int:
    from app.domain.sync.team import JoinCancelled, TeamServerError, download_replica
    from app.store import secrets

    if path.exists():
        print(f"tend join: {path} already holds a workspace; join into another file with "
              "--db PATH, then open it with: tend --db PATH", file=sys.stderr)  # fmt: skip
        return 2
    password = secrets.saved_password(url)
    try:
        if password is None:
            password = _password("Password: ", from_stdin)
        joined = download_replica(url, password, path, _printed_progress(32))
    except TeamServerError as exc:
        print(f"tend join: {exc}", file=sys.stderr)
        return 2
    except (KeyboardInterrupt, JoinCancelled):
        print("Cancelled; nothing was written.", file=sys.stderr)
        return 130
    kept = secrets.save_password(url, password)
    print(f"Joined as {joined.user_name}: {joined.rows:,} rows in {path}.")
    if not kept:
        print("This machine has no keyring: Tend will ask for the password when it syncs.")
    return 0


def run_check(path: Path) -> int:
    """Check the whole file with SQLite's quick_check, reading only: 0 when it is whole,
    1 when it is damaged (naming the latest backup), 2 when it is not a Tend file."""
    from app.store.backups import latest_backup
    from app.store.tend_file import FileDamaged, NotATendFile, check_integrity, check_tend_file

    if not path.exists():
        print(f"tend check: {path} does not exist", file=sys.stderr)
        return 2
    try:
        check_tend_file(path)
        check_integrity(path, full=True)
    except NotATendFile as exc:
        print(f"tend check: {exc}", file=sys.stderr)
        return 2
    except FileDamaged as exc:
        print(f"tend check: {exc}", file=sys.stderr)
        backup = latest_backup(path)
        if backup is not None:
            print(f"The latest backup is {backup.path} (taken {backup.taken_at:%Y-%m-%d %H:%M} "
                  "UTC); open the file in Tend to be offered it.", file=sys.stderr)  # fmt: skip
        return 1
    print(f"{path}: no damage found")
    return 0


def run_demo(path: Path, companies: int, seed: int, force: bool) -> int:
    """Generate the demo into a new file at `path`, printing progress."""
    from app.domain.demo import generate_demo_file
    from app.domain.errors import ValidationError
    from app.store.tend_file import NotATendFile

    if companies < 1:
        print("tend demo: --companies must be at least 1", file=sys.stderr)
        return 2
    if path.exists() and not force:
        print(f"tend demo: {path} already exists; add --force to replace it", file=sys.stderr)
        return 2
    started = time.perf_counter()
    progress = _printed_progress(24)

    print(f"Generating a demo workspace with {companies:,} companies (seed {seed}) into {path}")
    try:
        summary = generate_demo_file(
            path, companies=companies, seed=seed, progress=progress, replace=force
        )
    except (NotATendFile, FileExistsError) as exc:
        print(f"tend demo: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:  # too many companies to name, say
        print(f"tend demo: {exc.user_message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Cancelled; nothing was written to the file.", file=sys.stderr)
        return 130
    elapsed = time.perf_counter() - started
    counts = ", ".join(f"{v:,} {k}" for k, v in summary.counts.items())
    print(f"Done in {elapsed:.1f} s: {counts}")
    return 0


def run_sync(path: Path, from_stdin: bool) -> int:
    """Push this replica's outbox and pull the server's log once, printing what moved."""
    from sqlalchemy.exc import DBAPIError

    from app.domain.sync.run import sync_once
    from app.domain.sync.team import TeamServerError, connect, replica_server
    from app.store import secrets
    from app.store.engine import open_database

    if not path.exists():
        print(f"tend sync: {path} does not exist", file=sys.stderr)
        return 2
    db = open_database(path)
    try:
        url = replica_server(db)
        if url is None:
            print(f"tend sync: {path} is a local workspace, not a team server's replica "
                  "(join one with: tend join URL)", file=sys.stderr)  # fmt: skip
            return 2
        password = secrets.saved_password(url)
        if password is None:
            password = _password("Password: ", from_stdin)
        engine = connect(url, password)
        try:
            done = sync_once(db, engine)
        finally:
            engine.dispose()
    except TeamServerError as exc:
        print(f"tend sync: {exc}", file=sys.stderr)
        return 2
    except DBAPIError as exc:  # the network went away mid-sync: what was done is kept
        print(f"tend sync: the server stopped answering ({exc.orig}); run it again "
              "when it is back: nothing is lost", file=sys.stderr)  # fmt: skip
        return 1
    finally:
        db.dispose()
    secrets.save_password(url, password)
    print(f"Sent {done.pushed:,} changes, received {done.pulled:,}; "
          f"{done.conflicts:,} conflicts kept in the records' history.")  # fmt: skip
    for reason in done.refused:
        print(f"  refused by the server: {reason}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """The `tend` console script."""
    args = _parser().parse_args(argv)
    from app.config import default_database

    if args.command == "demo":
        path = Path(args.demo_db or args.db or default_database()).expanduser()
        return run_demo(path, args.companies, args.seed, args.force)
    if args.command == "check":
        return run_check(Path(args.check_db or args.db or default_database()).expanduser())
    if args.command == "server" and args.server_command == "init":
        return run_server_init(args.url, args.name, args.email, args.from_file)
    if args.command == "server":
        return run_add_user(args)
    if args.command == "join":
        target = Path(args.join_db or args.db or default_database()).expanduser()
        return run_join(args.url, target, args.password_stdin)
    if args.command == "sync":
        target = Path(args.sync_db or args.db or default_database()).expanduser()
        return run_sync(target, args.password_stdin)
    if args.db and "://" in args.db:
        print("tend: --db opens a workspace file. To work with a team server, join it once "
              "with: tend join postgresql://LOGIN@HOST/DB", file=sys.stderr)  # fmt: skip
        return 2
    from app.views.application import run_gui

    if args.db:
        return run_gui(Path(args.db).expanduser(), chosen=True)
    return run_gui(default_database())
