"""A team server's password in the OS keyring (`keyring`: macOS Keychain, Windows
Credential Locker, the Secret Service on Linux), never in a file (issue 14).

A machine without a keyring (a server with no desktop session) keeps nothing: the person
is asked for the password at each sign-in, and told why.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from sqlalchemy.engine import make_url

SERVICE = "Tend team server"


def key_for(url: str) -> str:
    """The keyring's name for a login on a server: login@host:port/database."""
    parsed = make_url(url)
    return f"{parsed.username}@{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


def saved_password(url: str) -> str | None:
    """The password kept for this login and server, if the keyring has one."""
    try:
        return keyring.get_password(SERVICE, key_for(url))
    except keyring.errors.KeyringError:
        return None


def save_password(url: str, password: str) -> bool:
    """Keep the password; False when this machine has no keyring to keep it in."""
    try:
        keyring.set_password(SERVICE, key_for(url), password)
    except keyring.errors.KeyringError:
        return False
    return True


def forget_password(url: str) -> None:
    """Drop a kept password (a wrong one, or signing out)."""
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, key_for(url))
