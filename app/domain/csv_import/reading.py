"""Reading a CSV export (DATA-4): its encoding, delimiter and quoting, its header and its
rows, streamed from the file (a 100,000-row export is never held in memory whole).

Encodings, in order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; then text that
decodes as UTF-8 is UTF-8; otherwise charset-normalizer names the legacy code page
(CRM exports from Windows are Windows-1252 or Latin-1), and a file it cannot read as text
is refused."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from app.domain.errors import ValidationError
from app.domain.i18n import QT_TR_NOOP

FIELD = "file"
SAMPLE_BYTES = 64 * 1024
DELIMITERS = ",;\t|"
# How much more "chaos" (charset-normalizer's measure, in percent) Windows-1252 may show
# than the best code page and still be chosen.
WESTERN_MARGIN = 5.0
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
csv.field_size_limit(16 * 1024 * 1024)  # a long description cell is still one cell


@dataclass(frozen=True)
class CsvFile:
    """An export as Tend reads it: how it is encoded and delimited, its header, and how
    many data rows follow it. Row numbers are the spreadsheet's: the header is row 1."""

    path: Path
    encoding: str
    delimiter: str
    quotechar: str
    header: tuple[str, ...]
    row_count: int

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells) of every non-blank data row, read from the file as it goes;
        a short row is padded to the header's width."""
        width = len(self.header)
        with self.path.open(encoding=self.encoding, newline="") as text:
            reader = csv.reader(text, delimiter=self.delimiter, quotechar=self.quotechar)
            next(reader, None)
            for cells in reader:
                if not any(c.strip() for c in cells):
                    continue
                if len(cells) < width:
                    cells += [""] * (width - len(cells))
                yield reader.line_num, cells

    def sample(self, count: int) -> list[tuple[int, list[str]]]:
        """The first `count` data rows."""
        out = []
        for row in self.rows():
            out.append(row)
            if len(out) >= count:
                break
        return out


def detect_encoding(raw: bytes) -> str:
    """The encoding of a file that starts with `raw`; ValidationError if it is not text."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    if b"\x00" in raw:  # UTF-16 without its mark, or not text at all
        found = from_bytes(raw, cp_isolation=["utf_16_le", "utf_16_be"]).best()
        if found is None:
            raise ValidationError(FIELD, QT_TR_NOOP("This file is not a text (CSV) file."))
        return found.encoding
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if len(raw) == SAMPLE_BYTES and exc.start >= len(raw) - 3:  # a character cut in two
            return "utf-8"
    best = from_bytes(raw).best()
    if best is None:
        raise ValidationError(FIELD, QT_TR_NOOP("This file is not a text (CSV) file."))
    # A short Western export reads about as well in several code pages (charset-normalizer
    # may name ISO-8859-10 or Windows-1250 for German text): Windows-1252, what Western
    # Windows programs write, unless another reads clearly better (Polish, Cyrillic...).
    western = from_bytes(raw, cp_isolation=["cp1252"]).best()
    if western is not None and western.percent_chaos <= best.percent_chaos + WESTERN_MARGIN:
        return _western(raw)
    return best.encoding


def _western(raw: bytes) -> str:
    """Windows-1252, or Latin-1 when a byte Windows-1252 leaves undefined appears."""
    try:
        raw.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _dialect(sample: str) -> tuple[str, str]:
    """The delimiter and quote character of `sample` (its first lines), `,` and `"` when
    the sniffer cannot tell."""
    lines = sample.splitlines()
    head = "\n".join(lines[:50])
    try:
        dialect = csv.Sniffer().sniff(head, delimiters=DELIMITERS)
        return dialect.delimiter, dialect.quotechar or '"'
    except csv.Error:
        pass
    # One line (a header alone), or the sniffer gave up: the candidate the header splits on most.
    first = lines[0] if lines else ""
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return (best if counts[best] else ","), '"'


def read_csv(path: Path) -> CsvFile:
    """Inspect an export: encoding, delimiter, header and row count (one streamed pass).
    ValidationError("file", …) when it is not text, is empty or has no header."""
    try:
        with path.open("rb") as raw_file:
            raw = raw_file.read(SAMPLE_BYTES)
    except OSError as exc:
        raise ValidationError(
            FIELD, QT_TR_NOOP("The file could not be read: {reason}."), reason=exc.strerror
        ) from None
    if not raw.strip():
        raise ValidationError(FIELD, QT_TR_NOOP("This file is empty."))
    encoding = detect_encoding(raw)
    sample = raw.decode(encoding, errors="ignore")
    if sample.startswith("\ufeff"):
        sample = sample[1:]
    delimiter, quotechar = _dialect(sample)
    try:
        header, count = _header_and_count(path, encoding, delimiter, quotechar)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise ValidationError(
                FIELD, QT_TR_NOOP("This file is not readable as {encoding}."), encoding=encoding
            ) from None
        # UTF-8 in its first 64 KiB only: a Windows export with one accent further down.
        with path.open("rb") as raw_file:
            encoding = _western(raw_file.read())
        header, count = _header_and_count(path, encoding, delimiter, quotechar)
    if not header or not any(header):
        raise ValidationError(FIELD, QT_TR_NOOP("The file has no header row naming its columns."))
    _check_header(header)
    return CsvFile(path, encoding, delimiter, quotechar, tuple(header), count)


def _header_and_count(
    path: Path, encoding: str, delimiter: str, quotechar: str
) -> tuple[list[str], int]:
    """The header's names and how many non-blank rows follow it (one streamed pass)."""
    try:
        with path.open(encoding=encoding, newline="") as text:
            reader = csv.reader(text, delimiter=delimiter, quotechar=quotechar)
            header = [h.strip().lstrip("\ufeff") for h in next(reader, [])]
            return header, sum(1 for cells in reader if any(c.strip() for c in cells))
    except csv.Error as exc:
        raise ValidationError(
            FIELD, QT_TR_NOOP("This file is not readable as CSV: {reason}."), reason=exc
        ) from None


def _check_header(header: list[str]) -> None:
    """A header names columns: refuse a first row that is data (numbers, dates, e-mails)."""
    named = [h for h in header if h]
    if len(named) < len(header) / 2:
        raise ValidationError(
            FIELD, QT_TR_NOOP("The file's first row has empty column names: no header.")
        )
    looks_like_data = sum(1 for h in named if _is_value(h))
    if looks_like_data > len(named) / 2:
        raise ValidationError(
            FIELD,
            QT_TR_NOOP("The file's first row holds values, not column names: it has no header."),
        )


def _is_value(cell: str) -> bool:
    text = cell.replace(",", "").replace(".", "").replace("-", "").replace("/", "")
    return text.isdigit() or "@" in cell
