"""The specific exceptions the domain raises; views show them where the user is looking.

Each keeps its message as a template marked for translation and its values apart
(`ValidationError("name", QT_TR_NOOP("There already is a view called “{name}”."),
name=text)`): `str()` is the English message, `user_message` (and `message`, `reason`,
`errors`) the user's language (see app.domain.i18n).
"""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.i18n import QT_TR_NOOP, Message, MessageError


class DomainError(MessageError):
    """Base of every refusal the domain explains to the user: `DomainError(template,
    **values)` (or a `Message`); `template` and `values` as given, `user_message`
    translated."""


class ValidationError(DomainError):
    """A value does not fit its property; `field` names the property (its key). `str()` is
    "field: message" in English; `message` and `user_message` the message alone (the
    field is where it is shown), translated."""

    def __init__(self, field: str, message: str | Message, /, **values: object) -> None:
        super().__init__(message, **values)
        self.args = (f"{field}: {self.args[0]}",)
        self.field = field

    @property
    def message(self) -> str:
        """The message alone, in the user's language."""
        return self.user_message


class ValidationErrors(ValidationError):
    """Several fields refused at once (a form shows each beside its field, UX-5): built
    from field -> message (a marked template without values, or a `Message`) or
    field -> ValidationError;
    `errors` is field -> message in the user's language, in the form's order; `field`,
    `template` and `values` are the first's."""

    def __init__(self, errors: Mapping[str, str | Message | ValidationError]) -> None:
        self.refusals = {
            field: found if isinstance(found, ValidationError) else ValidationError(field, found)
            for field, found in errors.items()
        }
        field, first = next(iter(self.refusals.items()))
        super().__init__(field, first.template, **first.values)

    @property
    def errors(self) -> dict[str, str]:
        """Field -> its message, in the user's language."""
        return {field: refusal.user_message for field, refusal in self.refusals.items()}


class PermissionDenied(DomainError):
    """A rule of SPEC section 1 refuses the action; `reason` says why, for the user."""

    @property
    def reason(self) -> str:
        """Why the action was refused, in the user's language."""
        return self.user_message


class NotFound(DomainError):
    """The thing asked for does not exist (or was deleted)."""


def required_name(name: str, missing: str, longest: int = 200) -> str:
    """A name as kept (trimmed), or ValidationError at "name": `missing` (a marked message)
    when it is empty, the limit when it is too long (reports, dashboards)."""
    name = name.strip()
    if not name:
        raise ValidationError("name", missing)
    if len(name) > longest:
        raise ValidationError(
            "name", QT_TR_NOOP("The name is at most {longest} characters."), longest=longest
        )
    return name
