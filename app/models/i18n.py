"""Translation of the words said outside a QObject's own methods (UX-3).

`self.tr("…")` in a widget's method is translated in its class's context. Module-level
helpers, tables of labels (marked with `QT_TR_NOOP`) and the domain's messages are
translated in the empty context, the one `pyside6-lupdate` gives a bare `tr("…")`:
import `tr` from here, never call `widget.tr` on another object (lupdate would file the
string under the variable's name).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.store import i18n as store_i18n
from app.store.i18n import view_words

__all__ = ["install", "tr", "view_words"]


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language; `%n` in it is `n`, in the form its count takes."""
    return QCoreApplication.translate("", text, disambiguation, n)


def install() -> None:
    """The domain's and the store's refusals translated as they are shown (see
    app.store.i18n)."""
    store_i18n.translator = tr
