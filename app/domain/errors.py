"""The specific exceptions the domain raises; views show them where the user is looking."""

from __future__ import annotations

from collections.abc import Mapping


class DomainError(Exception):
    """Base of every refusal the domain explains to the user."""

    @property
    def user_message(self) -> str:
        """What to show the user, whatever the kind of refusal."""
        return str(self)


class ValidationError(DomainError):
    """A value does not fit its property; `field` names the property (its key)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    @property
    def user_message(self) -> str:
        """The message alone (the field is where it is shown)."""
        return self.message


class ValidationErrors(ValidationError):
    """Several fields refused at once (a form shows each beside its field, UX-5); `errors`
    is field -> message in the form's order; `field` and `message` are the first's."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        field, message = next(iter(errors.items()))
        super().__init__(field, message)
        self.errors = dict(errors)


class PermissionDenied(DomainError):
    """A rule of SPEC section 1 refuses the action; `reason` says why, for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    @property
    def user_message(self) -> str:
        """Why the action was refused."""
        return self.reason


class NotFound(DomainError):
    """The thing asked for does not exist (or was deleted)."""


def required_name(name: str, missing: str, longest: int = 200) -> str:
    """A name as kept (trimmed), or ValidationError at "name": `missing` when it is empty,
    the limit when it is too long (reports, dashboards)."""
    name = name.strip()
    if not name:
        raise ValidationError("name", missing)
    if len(name) > longest:
        raise ValidationError("name", f"The name is at most {longest} characters.")
    return name
