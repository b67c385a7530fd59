"""The domain's refusals keep their message as a template marked for translation and its
values apart (UX-3): `str()` stays English, `user_message` (and `message`, `reason`,
`errors`) is translated through `app.store.i18n.translator` and then filled in."""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.date_input import DateInputError, parse_date
from app.domain.errors import (
    DomainError,
    NotFound,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
    required_name,
)
from app.domain.i18n import QT_TR_NOOP, Message, listing
from app.domain.permissions import Verdict
from app.store import i18n as store_i18n
from app.store.engine import ReadOnlyWorkspace
from app.store.tend_file import READ_ONLY_FILE, FileDamaged

ROOT = Path(__file__).resolve().parents[2]

POLISH = {
    "That workspace no longer exists.": "Ten obszar roboczy już nie istnieje.",
    "There already is a workspace called “{name}”.": "Istnieje już obszar roboczy „{name}”.",
    "The name is at most {longest} characters.": "Nazwa ma najwyżej {longest} znaków.",
    "Give the report a name.": "Nazwij raport.",
    "Enter the person's name.": "Wpisz imię i nazwisko.",
    "{email} is already someone in the account.": "{email} jest już na koncie.",
    "This user is deactivated.": "Ten użytkownik jest dezaktywowany.",
    "You are not in the “{name}” workspace: it is another team's.": (
        "Nie należysz do obszaru „{name}”: jest innego zespołu."
    ),
    "{first}, {second}": "{first} i {second}",
    "the customer object of “{name}”": "obiekt klientów „{name}”",
    READ_ONLY_FILE: "Ten plik jest tylko do odczytu.",
    "{name} is damaged: {reason}.": "{name} jest uszkodzony: {reason}.",
    "“{text}” is not a date. Write {hint}.": "„{text}” to nie data. Wpisz {hint}.",
    "{first} or {second}": "{first} lub {second}",
    # translations that lost or broke a placeholder: the English is shown instead
    "A view name has at most {n} characters.": "Nazwa widoku ma najwyżej {liczba} znaków.",
    "“{key}” is not a property of this object.": "„{key” nie jest właściwością.",
}


@pytest.fixture
def polish() -> Iterator[None]:
    """The domain's translator set to a fake Polish one, put back afterwards."""
    before = store_i18n.translator
    store_i18n.translator = lambda text: POLISH.get(text, text)
    try:
        yield
    finally:
        store_i18n.translator = before


def test_a_refusal_is_english_as_a_string_and_translated_for_the_user(polish):
    refused = NotFound(QT_TR_NOOP("That workspace no longer exists."))
    assert str(refused) == "That workspace no longer exists."
    assert refused.template == "That workspace no longer exists." and refused.values == {}
    assert refused.user_message == "Ten obszar roboczy już nie istnieje."


def test_the_values_fill_the_translated_template(polish):
    refused = ValidationError(
        "name", QT_TR_NOOP("There already is a workspace called “{name}”."), name="Północ"
    )
    assert str(refused) == "name: There already is a workspace called “Północ”."
    assert refused.field == "name" and refused.values == {"name": "Północ"}
    assert refused.message == refused.user_message == "Istnieje już obszar roboczy „Północ”."


def test_without_a_translator_the_message_is_english():
    refused = ValidationError(
        "name", QT_TR_NOOP("There already is a workspace called “{name}”."), name="North"
    )
    assert refused.user_message == "There already is a workspace called “North”."


def test_a_translation_that_lost_a_placeholder_falls_back_to_english(polish):
    missing = ValidationError("name", QT_TR_NOOP("A view name has at most {n} characters."), n=200)
    assert missing.message == "A view name has at most 200 characters."
    broken = ValidationError(
        "key", QT_TR_NOOP("“{key}” is not a property of this object."), key="colour"
    )
    assert broken.message == "“colour” is not a property of this object."


def test_a_template_without_values_is_not_formatted(polish):
    refused = DomainError("Braces {stay} as {0} they are")
    assert str(refused) == refused.user_message == "Braces {stay} as {0} they are"
    assert ValidationError("f", "{odd").message == "{odd"


def test_validation_errors_give_each_field_its_translated_message(polish):
    refused = ValidationErrors(
        {
            "name": QT_TR_NOOP("Enter the person's name."),
            "email": ValidationError(
                "email", QT_TR_NOOP("{email} is already someone in the account."), email="ada@x.io"
            ),
        }
    )
    assert refused.errors == {
        "name": "Wpisz imię i nazwisko.",
        "email": "ada@x.io jest już na koncie.",
    }
    assert (refused.field, refused.message) == ("name", "Wpisz imię i nazwisko.")
    assert str(refused) == "name: Enter the person's name."


def test_a_permission_refusal_and_a_verdict_are_translated(polish):
    denied = PermissionDenied(QT_TR_NOOP("This user is deactivated."))
    assert denied.reason == denied.user_message == "Ten użytkownik jest dezaktywowany."
    verdict = Verdict(
        False,
        QT_TR_NOOP("You are not in the “{name}” workspace: it is another team's."),
        name="Sales",
    )
    assert not verdict
    assert verdict.reason == "You are not in the “Sales” workspace: it is another team's."
    assert verdict.user_message == "Nie należysz do obszaru „Sales”: jest innego zespołu."
    with pytest.raises(PermissionDenied) as refused:
        verdict.require()
    assert refused.value.reason == "Nie należysz do obszaru „Sales”: jest innego zespołu."
    assert str(refused.value) == verdict.reason
    assert Verdict(True).user_message == ""


def test_required_name_marks_its_limit(polish):
    with pytest.raises(ValidationError) as empty:
        required_name(" ", QT_TR_NOOP("Give the report a name."))
    assert empty.value.message == "Nazwij raport."
    with pytest.raises(ValidationError, match="at most 5 characters") as long:
        required_name("A long name", QT_TR_NOOP("Give the report a name."), longest=5)
    assert long.value.message == "Nazwa ma najwyżej 5 znaków."


def test_a_message_value_is_translated_with_its_message(polish):
    uses = listing(
        [Message(QT_TR_NOOP("the customer object of “{name}”"), {"name": n}) for n in "AB"]
    )
    assert str(uses) == "the customer object of “A”, the customer object of “B”"
    assert uses.translated() == "obiekt klientów „A” i obiekt klientów „B”"
    with pytest.raises(DateInputError) as refused:
        parse_date("soon", "en_GB")
    assert str(refused.value).startswith("“soon” is not a date. Write 31/12/")
    assert refused.value.user_message.startswith("„soon” to nie data. Wpisz 31/12/")
    assert " lub " in refused.value.user_message  # the hint's "or", translated too


def test_a_refusal_passed_on_keeps_its_template(polish):
    first = ValidationError(
        "name", QT_TR_NOOP("There already is a workspace called “{name}”."), name="X"
    )
    again = ValidationError("title", first.message_parts)
    assert str(again) == "title: There already is a workspace called “X”."
    assert again.message == "Istnieje już obszar roboczy „X”."


def test_the_stores_refusals_go_through_the_domains_translator(polish):
    assert ReadOnlyWorkspace(READ_ONLY_FILE).user_message == "Ten plik jest tylko do odczytu."
    damaged = FileDamaged(QT_TR_NOOP("{name} is damaged: {reason}."), name="a.db", reason="x")
    assert str(damaged) == "a.db is damaged: x."
    assert damaged.user_message == "a.db jest uszkodzony: x."


# ---- the rule for new code ------------------------------------------------------------------

REFUSALS = ("Error", "Errors", "Denied", "NotFound")
MESSAGES = {"Verdict", "_refuse", "Message"}  # build a shown message from their arguments


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _unmarked(node: ast.expr) -> str | None:
    """Why `node`, a message argument, is not a marked template (None when it is fine: a
    QT_TR_NOOP call, a variable marked where it was set, an expression built of those)."""
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
        return "a string literal without QT_TR_NOOP"
    if isinstance(node, ast.BinOp) and any(
        isinstance(side, ast.JoinedStr)
        or (isinstance(side, ast.Constant) and isinstance(side.value, str))
        for side in (node.left, node.right)
    ):
        return "a string built with an operator"
    if isinstance(node, ast.Dict):
        return next(filter(None, (_unmarked(v) for v in node.values)), None)
    return None


def _sources() -> list[Path]:
    return sorted(
        p for folder in ("domain", "store") for p in (ROOT / "app" / folder).rglob("*.py")
    )


def _problems(path: Path, root: Path = ROOT) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(root)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name == "QT_TR_NOOP":
            arg = node.args[0] if len(node.args) == 1 else None
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                yield f"{where}:{node.lineno}: QT_TR_NOOP takes one string literal (lupdate)"
            continue
        refusal = name.endswith(REFUSALS) and not hasattr(builtins, name)
        if not (refusal or name in MESSAGES) or not node.args:
            continue
        # the message is the last positional argument: ValidationError(field, message),
        # DomainError(message), Verdict(allowed, reason) (a field key may be a literal);
        # a Message's template is its first (its second holds values)
        message: ast.expr | None = node.args[0] if name == "Message" else node.args[-1]
        if name == "Verdict" and len(node.args) < 2:
            message = None
        why = _unmarked(message) if message is not None else None
        if why:
            yield f"{where}:{node.lineno}: {name}(...) is given {why}"


def test_every_refusal_in_the_domain_and_the_store_is_a_marked_template():
    sources = _sources()
    assert len(sources) > 100
    problems = [problem for path in sources for problem in _problems(path)]
    assert problems == []


def test_the_rule_sees_what_it_refuses(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "raise NotFound('That view no longer exists.')\n"
        "raise ValidationError('name', f'There is already a view called “{name}”.')\n"
        "raise values.CellError('x' + text)\n"
        "raise ValidationErrors({'name': 'Enter the name.'})\n"
        "QT_TR_NOOP(f'{n} rows')\n"
        "raise ValidationError('name', QT_TR_NOOP('Give the view a name.'))\n"
        "raise ValidationError(field, missing)\n"
        "raise ValueError('a programming error, not a refusal')\n",
        encoding="utf-8",
    )
    problems = list(_problems(bad, tmp_path))
    assert [p.split(":")[1] for p in problems] == ["1", "2", "3", "4", "5"]
