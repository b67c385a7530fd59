"""Messages the user reads, kept as a marked template and its values apart (UX-3).

The store may import neither Qt nor the domain, so its refusals (a read-only file, one
that is not Tend's, a damaged one) are built here: `QT_TR_NOOP` marks a template for
`pyside6-lupdate` (the empty context), `Message` and `MessageError` keep it with its
values, and `translated` puts a template in the user's language through `translator`,
which the application sets to Qt's at start (`app.models.i18n.install`). `app.domain.i18n`
gives the domain these same names, so its messages and the store's are translated alike
(the domain's refusals, `app.domain.errors`, are `MessageError`s too).

English is the template with its values filled in (`str()` of either); the translation is
the translated template with them, or the English when a translation lost a placeholder.
A template without values is never `.format`-ed (it may hold braces of its own).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field


def QT_TR_NOOP(text: str) -> str:
    """`text`, marked for translation."""
    return text


def _same(text: str) -> str:
    return text


translator: Callable[[str], str] = _same


def translated(text: str) -> str:
    """`text` (a marked template) in the user's language, once the application set one."""
    return translator(text)


def view_words(text: str, builtin: str | None) -> str:
    """A saved view's name or description as shown: a built-in view's (which nobody can
    rename, CUS-1) in the user's language, any other as its owner typed it."""
    return translated(text) if builtin and text else text


def english(template: str, values: Mapping[str, object]) -> str:
    """The English message: `template` with `values` filled in (a value that is itself a
    `Message` in English)."""
    if not values:
        return template
    return template.format(
        **{k: str(v) if isinstance(v, Message) else v for k, v in values.items()}
    )


def in_language(template: str, values: Mapping[str, object]) -> str:
    """The message in the user's language: the translated template with `values` filled
    in (a `Message` value translated too); the English one when the translation does not
    take these values (a placeholder lost or misspelt in it)."""
    text = translated(template)
    if not values:
        return text
    shown = {k: v.translated() if isinstance(v, Message) else v for k, v in values.items()}
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):
        return english(template, values)


@dataclass(frozen=True)
class Message:
    """A message a view shows: a marked template and its values. `str()` is the English
    text; `translated()` the user's language."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return english(self.template, self.values)

    def __bool__(self) -> bool:
        return bool(self.template)

    def translated(self) -> str:
        """The message in the user's language."""
        return in_language(self.template, self.values)


class MessageError(Exception):
    """An exception the user reads: `MessageError(QT_TR_NOOP("… {name} …"), name=…)`, or
    `MessageError(message)` for a `Message` (another refusal's `message_parts`).
    `str()` is the English message; `template` and `values` are kept apart, and
    `user_message` is the message in the user's language."""

    def __init__(self, message: str | Message = "", /, **values: object) -> None:
        if isinstance(message, Message):
            values = {**message.values, **values}
            message = message.template
        self.template: str = message
        self.values: dict[str, object] = values
        super().__init__(english(message, values))

    @property
    def message_parts(self) -> Message:
        """The message as a template and its values (to pass it on, or show it later)."""
        return Message(self.template, self.values)

    @property
    def user_message(self) -> str:
        """What to show the user, in their language."""
        return in_language(self.template, self.values)


_LIST = QT_TR_NOOP("{first}, {second}")


def listing(parts: Sequence[Message | str]) -> Message:
    """`parts` as one message, "a, b, c" in English (each part translated with it)."""
    if not parts:
        return Message("")
    out = parts[0] if isinstance(parts[0], Message) else Message(parts[0])
    for part in parts[1:]:
        out = Message(_LIST, {"first": out, "second": part})
    return out
