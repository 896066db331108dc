"""Loaders: the client's files → a list of flat records (one dict per example), whatever the format.

Tables (CSV, TSV, JSONL, a JSON list, Excel `.xlsx`) give one record per row, every cell as text;
the delimiter (, ; tab |) and the encoding are detected and reported (`load_table(info=...)`),
each overridable. A single `.txt` file is a table when a delimiter is given or it looks like one
(`txt_table_delimiter`: Excel's "Texto Unicode" export is a .txt), else one document. A folder of
`.txt` / `.md` files gives one record per file (`text`, and `label` from the sub-folder it sits
in; a `NAME.json` beside `NAME.txt` adds its keys, e.g. the fields to extract). Mail (`.eml`
files, a folder of them, or an `.mbox` mailbox) is read with the standard library and paired
into incoming message → the company's reply, using `In-Reply-To` / `References` and the
company's own addresses and domains (from `PROJECT_DIR/company.json`); the whole thread is kept
too, as chat turns, so multi-turn conversations can be trained as such.

Nothing here writes to the source: raw data stays untouched.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import mailbox
import re
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

from .engagement import atomic_write_text
from .errors import DatasetError

TABLE_FORMATS = (".csv", ".tsv", ".jsonl", ".json", ".xlsx")
TEXT_FORMATS = (".txt", ".md")
MAIL_FORMATS = (".eml", ".mbox")
SUPPORTED = TABLE_FORMATS + TEXT_FORMATS + MAIL_FORMATS


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------
# What spreadsheets export: Excel's "CSV UTF-8" (comma, BOM), "CSV (delimitado por punto y coma)"
# (';', Windows-1252), "Texto Unicode" (.txt, tab, UTF-16 with BOM), and .xlsx itself.
DELIMITED_FORMATS = (".csv", ".tsv", ".txt")
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_DELIMITER_ALIASES = {**{name: d for d, name in DELIMITER_NAMES.items()}, "\\t": "\t", "tsv": "\t"}
# Longest first: UTF-32-LE's mark begins with UTF-16-LE's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "utf-16-le": "UTF-16 LE with BOM",
                  "utf-16-be": "UTF-16 BE with BOM", "utf-32-le": "UTF-32 LE with BOM",
                  "utf-32-be": "UTF-32 BE with BOM", "cp1252": "Windows-1252"}
_SNIFF_CHARS = 64_000  # enough for ~50 rows of long messages; Sniffer is slow on more
_SNIFF_ROWS = 50
_HIGH_BYTES = bytes(range(0x80, 0x100))
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _where(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    return f"byte 0x{data[offset]:02x} at offset {offset}, line {line}"


def _decode_as(data: bytes, source: str | Path, error: type[Exception], encoding: str, bom: bool = False) -> str:
    """`data` decoded with the encoding the caller named, or its byte-order mark (`bom`) did; a
    leading mark dropped."""
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise error(f"{source}: unknown encoding {encoding!r}. Use a Python codec name such as utf-8, cp1252, "
                    "latin-1 or utf-16.") from None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        if codec == "utf-8":  # UTF-8 asked for: say how to re-save it
            raise error(
                f"{source} is not UTF-8 text ({_where(data, exc.start)}). Re-save it as UTF-8 (in Excel: 'CSV UTF-8'; "
                f"in a shell: `iconv -f cp1252 -t utf-8 in.csv > out.csv`) and try again, or leave the encoding out so "
                f"ftwork detects it (no --encoding; encoding=None). Nothing was written.") from exc
        if bom:
            raise error(f"{source} starts with a {encoding} byte-order mark but is not valid {encoding} "
                        f"({_where(data, exc.start)}): the file is damaged or cut off. Export it again, or pass "
                        f"the right encoding (--encoding). Nothing was written.") from exc
        raise error(f"{source} is not {encoding} text ({_where(data, exc.start)}). Leave the encoding out so ftwork "
                    f"detects it, or pass the right one (--encoding). Nothing was written.") from exc
    return text[1:] if text.startswith("\ufeff") else text


def _refuse_as_cp1252(data: bytes, source: str | Path, error: type[Exception], utf8: UnicodeDecodeError) -> None:
    """Refuse bytes that would decode as Windows-1252 but are surely something else (no silent mojibake)."""
    if b"\x00" in data[:4096]:
        raise error(f"{source} has NUL bytes: it looks like UTF-16 without a byte-order mark. Pass --encoding "
                    f"utf-16-le (or utf-16-be), or re-save it from Excel as 'CSV UTF-8'. Nothing was written.")
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    in_utf8 = sum(map(len, _UTF8_SEQUENCE.findall(data)))
    if in_utf8 * 2 > high:  # most accented characters are UTF-8: a few rows came from elsewhere
        raise error(
            f"{source} mixes encodings: most of its accented characters are UTF-8, but {_where(data, utf8.start)} "
            f"is not – probably rows pasted from another export. Fix that line and re-save the file as UTF-8, or pass "
            f"--encoding if you are sure of one (e.g. cp1252). Nothing was written.")


def decode_text(data: bytes, source: str | Path, error: type[Exception] = None,
                encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a file's bytes: `encoding` when given, else detected – a byte-order mark
    (UTF-8, UTF-16/32 LE/BE), else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (cp1252,
    which covers Latin-1's printable characters). A clear error names what was tried otherwise."""
    error = error or DatasetError
    if encoding:
        text = _decode_as(data, source, error, encoding)
        codec = codecs.lookup(encoding).name
        return text, "utf-8-sig" if codec == "utf-8" and data.startswith(codecs.BOM_UTF8) else codec
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, source, error, codec, bom=True), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8 = exc
    _refuse_as_cp1252(data, source, error, utf8)
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise error(
            f"{source}: cannot tell its encoding. Tried UTF-8 ({_where(data, utf8.start)}), a UTF-8/UTF-16 "
            f"byte-order mark (none) and Windows-1252 ({_where(data, exc.start)}). If you know the encoding, pass it "
            f"(ftwork new --encoding latin-1, cp850, mac_roman …; in Python encoding='…'), or re-save the file "
            f"from Excel as 'CSV UTF-8'. Nothing was written.") from exc


def read_text(path: str | Path, error: type[Exception] = None, *, encoding: str | None = None,
              info: dict | None = None) -> str:
    """A file's text, a byte-order mark dropped. `encoding` as in `decode_text` (None, the default:
    detect), with a clear error naming the file otherwise."""
    text, codec = decode_text(Path(path).read_bytes(), path, error, encoding)
    if info is not None:
        info["encoding"] = codec
    return text


def _field_counts(sample: str, delimiter: str, truncated: bool) -> list[int]:
    """Fields per non-blank record of `sample` (quotes and quoted newlines respected); [] if unparsable."""
    counts = []
    try:
        for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
            if any(cell.strip() for cell in row):
                counts.append(len(row))
            if len(counts) > _SNIFF_ROWS:
                break
    except csv.Error:
        return []
    return counts[:-1] if truncated else counts  # the last record of a cut sample may be cut too


def _fit(counts: list[int]) -> tuple[float, int]:
    """(share of rows with as many fields as the header, header fields); (0, 0) unless the header
    has several fields and at least half the rows match it (short rows are allowed, and padded)."""
    if not counts or counts[0] < 2:
        return 0.0, 0
    body = counts[1:]
    share = sum(c == counts[0] for c in body) / len(body) if body else 1.0
    return (share, counts[0]) if share >= 0.5 else (0.0, 0)


def sniff_delimiter(text: str, preferred: str = ",") -> str:
    """The delimiter among , ; tab | whose header and rows have the same number of fields most
    consistently, outside quotes; on a tie csv.Sniffer's guess, then `preferred`, then the most
    columns. `preferred` for a one-column table."""
    sample = text[:_SNIFF_CHARS]
    truncated = len(text) > len(sample)
    fit = {d: _fit(_field_counts(sample, d, truncated)) for d in DELIMITERS}
    fitting = [d for d in DELIMITERS if fit[d][1]]
    if not fitting:
        return preferred
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    return max(fitting, key=lambda d: (fit[d][0], d == sniffed, d == preferred, fit[d][1]))


_TXT_TABLE_SHARE = 0.9  # rows of a .txt with as many fields as its header, for it to be read as a table
_TXT_HEADER_CHARS = 64  # a column name is short; a line of prose is not


def txt_table_delimiter(text: str) -> str | None:
    """The delimiter when a `.txt` file is a table, else None (prose: one document). A table here
    has a header of ≥ 2 distinct, non-blank, short names (trailing empty ones from Excel allowed),
    at least one more row, and ≥ 90% of its rows with as many fields as the header under one of
    , ; tab | – Excel's "Texto Unicode" export (tab, UTF-16) is such a file."""
    sample = text[:_SNIFF_CHARS]
    delimiter = sniff_delimiter(sample, "\t")
    counts = _field_counts(sample, delimiter, len(text) > len(sample))
    share, width = _fit(counts)
    if width < 2 or len(counts) < 2 or share < _TXT_TABLE_SHARE:
        return None
    header = [h.strip() for h in next(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))]
    while header and not header[-1]:
        header.pop()
    named = len(header) >= 2 and all(header) and len(set(header)) == len(header)
    return delimiter if named and max(map(len, header)) <= _TXT_HEADER_CHARS else None


def _delimiter_option(delimiter: str, source: Path, error: type[Exception]) -> str:
    value = _DELIMITER_ALIASES.get(delimiter.lower(), delimiter)
    if len(value) != 1 or value in "\"\r\n":
        raise error(f"{source}: delimiter {delimiter!r} is not one character; use , ; | or tab.")
    return value


def _label(delimiter: str) -> str:
    return DELIMITER_NAMES.get(delimiter, repr(delimiter))


def _parse_delimited(text: str, delimiter: str, source: Path, error: type[Exception],
                     given: bool = False) -> list[list[str]]:
    """Header and rows of a delimited table, as text; blank lines skipped, short rows padded with ''."""
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))  # a cell may hold a whole document
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    for row in reader:
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if rows and len(row) > len(rows[0]):
            raise error(
                f"{source}, line {reader.line_num}: {len(row)} fields but the header has {len(rows[0])} "
                f"({_label(delimiter)}-separated). A value holding the delimiter must be in double quotes: fix that "
                + ("line, or check --delimiter: the file may use another one (leave it out to detect it)." if given else
                   "line, or pass the delimiter explicitly (--delimiter) if the detection was wrong."))
        rows.append(row + [""] * (len(rows[0]) - len(row)) if rows else row)
    return rows


def _read_xlsx(path: Path, error: type[Exception], sheet: str | None, found: dict) -> list[list[str]]:
    """Header and rows of one sheet (the first unless `sheet` names one), every cell as text."""
    import pandas as pd

    with pd.ExcelFile(path) as book:
        names = [str(n) for n in book.sheet_names]
        if sheet is not None and sheet not in names:
            raise error(f"{path}: no sheet {sheet!r}. The workbook's sheets: {', '.join(map(repr, names))}; "
                        "pass one of them (--sheet NAME).")
        found["sheet"], found["sheets"] = sheet if sheet is not None else names[0], names
        frame = pd.read_excel(book, sheet_name=found["sheet"], header=None, dtype=str, keep_default_na=False)
    return [[str(cell) for cell in row] for row in frame.values.tolist()]


def _table_records(rows: list[list[str]], source: Path, error: type[Exception], found: dict) -> list[dict]:
    """Records from a header row and data rows; repeated or blank column names are refused (an
    unnamed column with nothing in it – Excel's trailing separators – is dropped)."""
    if not rows:
        return []
    header = [h.strip() for h in rows[0]]
    keep = [i for i, h in enumerate(header) if h or any(r[i].strip() for r in rows[1:] if i < len(r))]
    found["dropped_columns"] = [i + 1 for i in range(len(header)) if i not in keep]
    repeated = [h for h in dict.fromkeys(header[i] for i in keep) if h and sum(header[i] == h for i in keep) > 1]
    blank = [i + 1 for i in keep if not header[i]]
    if repeated or blank:
        problems = [f"the column name '{h}' more than once (columns "
                    f"{', '.join(str(i + 1) for i in keep if header[i] == h)})" for h in repeated]
        if blank:
            problems.append(f"a column without a name (column {', '.join(map(str, blank))})")
        found_cols = "; ".join(f"{i + 1}: {rows[0][i]!r}" for i in range(len(header)))
        if found.get("sheet") is not None:
            how = f"sheet {found['sheet']!r}"
            fix = f"If that is not the table, pick the sheet explicitly (--sheet; sheets: {', '.join(found['sheets'])})."
        else:
            how = f"read as {_label(found['delimiter'])}-separated {found['encoding']}"
            fix = ("If these columns look wrong, the detection was: pass the delimiter and encoding explicitly "
                   "(e.g. --delimiter ';' --encoding cp1252).")
        raise error(f"{source}: the header row has {' and '.join(problems)}. Columns found ({how}): {found_cols}. "
                    f"Give every column its own name in the file and save it again (ftwork does not change the "
                    f"client's file). {fix}")
    found["columns"] = [header[i] for i in keep]
    return [dict(zip(found["columns"], (row[i] for i in keep))) for row in rows[1:]]


def _json_records(text: str, path: Path, error: type[Exception], suffix: str) -> list[dict]:
    if suffix == ".json":
        records = json.loads(text) if text.strip() else []
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise error(f"{path}: a .json file must hold a list of objects; use JSONL for one object per line.")
        return records
    records = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{path}, line {n}: not valid JSON ({exc.msg}). Fix or remove that line.") from exc
        if not isinstance(row, dict):
            raise error(f"{path}, line {n}: each line must be a JSON object, not {type(row).__name__}.")
        records.append(row)
    return records


def _check_options(path: Path, suffix: str, delimiter, sheet, error: type[Exception]) -> None:
    if delimiter is not None and suffix not in DELIMITED_FORMATS:
        raise error(f"{path}: a delimiter applies to {', '.join(DELIMITED_FORMATS)} tables, not {suffix} "
                    "(leave --delimiter out).")
    if delimiter is not None:
        _delimiter_option(delimiter, path, error)
    if sheet is not None and suffix != ".xlsx":
        raise error(f"{path}: a sheet applies to .xlsx workbooks, not {suffix} (leave --sheet out).")


def load_table(path: str | Path, error: type[Exception] = None, *, delimiter: str | None = None,
               encoding: str | None = None, sheet: str | None = None, info: dict | None = None) -> list[dict]:
    """Rows of a CSV/TSV/TXT table, JSONL, JSON list or XLSX sheet, every cell kept as text ("12,50",
    "007"); an empty file gives no rows. The delimiter (, ; tab |) and the encoding (see
    `decode_text`) are detected unless given; `sheet` picks an .xlsx sheet (default: the first).
    A passed `info` dict gets what was read: format, encoding, delimiter, sheet, columns, rows (see
    `describe_table`). Repeated or blank column names are refused. Never modifies the file. Problems
    raise `error` (DatasetError unless the caller has its own), naming the file and the fix."""
    error = error or DatasetError
    path = Path(path)
    if not path.is_file():
        raise error(f"{path} does not exist.")
    suffix = path.suffix.lower()
    if suffix not in TABLE_FORMATS + DELIMITED_FORMATS:
        raise error(f"{path}: not a table format ({', '.join(TABLE_FORMATS + ('.txt',))}).")
    _check_options(path, suffix, delimiter, sheet, error)
    found = {"format": suffix[1:], "encoding": None, "delimiter": None, "sheet": None, "columns": [], "rows": 0,
             "dropped_columns": []}
    try:
        if suffix == ".xlsx":
            records = _table_records(_read_xlsx(path, error, sheet, found), path, error, found)
        else:
            text, found["encoding"] = decode_text(path.read_bytes(), path, error, encoding)
            if suffix in DELIMITED_FORMATS:
                found["delimiter"] = (_delimiter_option(delimiter, path, error) if delimiter is not None
                                      else sniff_delimiter(text, "\t" if suffix == ".tsv" else ","))
                given = delimiter is not None
                rows = _parse_delimited(text, found["delimiter"], path, error, given) if text.strip() else []
                records = _table_records(rows, path, error, found)
            else:
                records = _json_records(text, path, error, suffix)
                found["columns"] = list(dict.fromkeys(k for r in records for k in r))
    except error:
        raise
    except json.JSONDecodeError as exc:
        raise error(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg}).") from exc
    except Exception as exc:  # a damaged workbook, a csv.Error and the like
        raise error(f"{path}: could not be read ({type(exc).__name__}: {exc}).") from exc
    found["rows"] = len(records)
    if info is not None:
        info.update(found)
    return records


def describe_table(info: dict) -> str:
    """What `load_table` read, for people and the dataset card: "csv, semicolon-separated,
    Windows-1252 (cp1252): 2 columns (Texto, Categoría), 5 rows"."""
    how = [info.get("format", "?")]
    if info.get("sheet") is not None:
        others = [s for s in info.get("sheets", []) if s != info["sheet"]]
        how.append(f"sheet '{info['sheet']}'" + (f" (also in the workbook: {', '.join(others)})" if others else ""))
    if info.get("delimiter"):
        how.append(f"{_label(info['delimiter'])}-separated")
    if info.get("encoding"):
        name = ENCODING_NAMES.get(info["encoding"])
        how.append(f"{name} ({info['encoding']})" if name else info["encoding"])
    columns = info.get("columns") or []
    return (f"{', '.join(how)}: {len(columns)} column{'s' * (len(columns) != 1)} ({', '.join(columns)}), "
            f"{info.get('rows', 0)} row{'s' * (info.get('rows', 0) != 1)}")


# ---------------------------------------------------------------------------------------------
# A folder of text files
# ---------------------------------------------------------------------------------------------
def load_text_folder(folder: str | Path, suffixes: tuple[str, ...] = TEXT_FORMATS) -> list[dict]:
    """One record per `.txt`/`.md` file: {"id", "file", "text"}, plus `label` = the sub-folder it sits
    in (a folder per category is a common way to sort documents) and the keys of a `NAME.json`
    sidecar beside `NAME.txt` (e.g. {"fields": {...}} for extraction)."""
    folder = Path(folder)
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
                   and not any(part.startswith(".") for part in p.relative_to(folder).parts))
    records = []
    for path in files:
        rel = path.relative_to(folder)
        record = {"id": rel.with_suffix("").as_posix(), "file": rel.as_posix(), "text": read_text(path).strip()}
        if len(rel.parts) > 1:
            record["label"] = rel.parts[-2]
        sidecar = path.with_suffix(".json")
        if sidecar.is_file():
            try:
                extra = json.loads(sidecar.read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{sidecar}: not valid JSON ({exc.msg}, line {exc.lineno}). Fix it or remove it.") from exc
            if not isinstance(extra, dict):
                raise DatasetError(f"{sidecar}: must hold one JSON object (its keys become columns of {rel}).")
            record.update({k: v for k, v in extra.items() if k not in ("id", "file", "text")})
        records.append(record)
    return records


# ---------------------------------------------------------------------------------------------
# E-mail
# ---------------------------------------------------------------------------------------------
_DOMAIN = re.compile(r"^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")


def company_identity(company: dict | None) -> tuple[set[str], set[str]]:
    """(addresses, domains) of the company from a company.json-style dict {"name", "allow": [...]}:
    allow-list entries with an @ are addresses (their domain counts too), bare domains are domains."""
    addresses, domains = set(), set()
    for entry in (company or {}).get("allow", []) + list((company or {}).get("domains", [])):
        entry = str(entry).strip().lower()
        if "@" in entry and " " not in entry:
            addresses.add(entry)
            domains.add(entry.rsplit("@", 1)[1])
        elif _DOMAIN.match(entry):
            domains.add(entry)
    for entry in (company or {}).get("addresses", []):
        addresses.add(str(entry).strip().lower())
    return addresses, domains


class _HTMLText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("br", "p", "div", "tr", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _html_to_text(html: str) -> str:
    parser = _HTMLText()
    parser.feed(html)
    return re.sub(r"\n\s*\n+", "\n\n", "".join(parser.parts)).strip()


# Where a reply starts quoting the message it answers (English and Spanish clients).
_QUOTE_HEADER = re.compile(
    r"^\s*(On .{0,200}wrote:|El .{0,200}escribió:|-{2,}\s*(Original Message|Mensaje original)\s*-{2,}|"
    r"From: .+|De: .+|_{10,})\s*$",
    re.IGNORECASE,
)


def strip_quoted(body: str) -> str:
    """The new text of a message: drop `>` quoted lines and everything from an 'On … wrote:' header."""
    lines = []
    for line in body.replace("\r\n", "\n").split("\n"):
        if _QUOTE_HEADER.match(line):
            break
        if line.lstrip().startswith(">"):
            continue
        lines.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def message_body(msg: EmailMessage) -> str:
    """The text of a message (plain text preferred, HTML converted), without quoted history."""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):  # an unknown or wrong charset: keep what decodes
        content = part.get_payload(decode=True).decode("utf-8", errors="replace")
    if part.get_content_subtype() == "html":
        content = _html_to_text(content)
    return strip_quoted(content)


def read_messages(path: str | Path) -> list[EmailMessage]:
    """Messages from an `.eml` file, an `.mbox` mailbox, or a folder holding either (recursively)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in MAIL_FORMATS)
        return [m for f in files for m in read_messages(f)]
    if path.suffix.lower() == ".mbox":
        box = mailbox.mbox(str(path), factory=lambda fh: BytesParser(policy=policy.default).parse(fh), create=False)
        try:
            return [m for m in box if m is not None]
        finally:
            box.close()
    with open(path, "rb") as fh:
        return [BytesParser(policy=policy.default).parse(fh)]


def _ids(value) -> list[str]:
    return re.findall(r"<[^<>\s]+>", str(value or ""))


def _sender(msg) -> str:
    found = getaddresses([str(msg.get("From", ""))])
    return found[0][1].strip().lower() if found else ""


def _date(msg) -> str:
    try:
        return parsedate_to_datetime(str(msg["Date"])).isoformat() if msg["Date"] else ""
    except (TypeError, ValueError):
        return ""


def pair_threads(messages: list[EmailMessage], addresses: set[str], domains: set[str],
                 info: dict | None = None) -> list[dict]:
    """One record per company reply that answers a customer message:
    {"id", "subject", "date", "from", "incoming", "reply", "thread"} where `thread` is the whole
    conversation up to that reply as chat turns (customer = user, company = assistant)."""

    def is_company(address: str) -> bool:
        dom = address.rsplit("@", 1)[-1]
        return address in addresses or any(dom == d or dom.endswith("." + d) for d in domains)

    by_id: dict[str, EmailMessage] = {}
    own_id: dict[int, str] = {}
    for n, msg in enumerate(messages):
        mid = (_ids(msg.get("Message-ID")) or [f"<no-id-{n}>"])[0]
        own_id[id(msg)] = mid
        by_id.setdefault(mid, msg)

    def parent(msg):
        for ref in _ids(msg.get("In-Reply-To"))[::-1] + _ids(msg.get("References"))[::-1]:
            if ref in by_id and by_id[ref] is not msg:
                return by_id[ref]
        return None

    records, answered = [], set()
    counts = Counter()
    for msg in messages:
        if not is_company(_sender(msg)):
            counts["customer_messages"] += 1
            continue
        counts["company_messages"] += 1
        up = parent(msg)
        if up is None or is_company(_sender(up)):
            counts["company_without_customer_parent"] += 1
            continue
        chain, seen, node = [msg], {id(msg)}, up
        while node is not None and id(node) not in seen:  # walk up the thread (guard against loops)
            chain.append(node)
            seen.add(id(node))
            node = parent(node)
        turns: list[dict] = []
        for m in reversed(chain):
            role = "assistant" if is_company(_sender(m)) else "user"
            text = message_body(m)
            if not text:
                continue
            if turns and turns[-1]["role"] == role:  # two messages in a row from one side: one turn
                turns[-1]["content"] += "\n\n" + text
            else:
                turns.append({"role": role, "content": text})
        while turns and turns[0]["role"] != "user":  # a thread the company opened: start at the customer
            turns.pop(0)
        answered.add(id(up))
        records.append({
            "id": own_id[id(msg)].strip("<>"),
            "subject": str(up.get("Subject", "") or msg.get("Subject", "")),
            "date": _date(msg),
            "from": _sender(up),
            "incoming": message_body(up),
            "reply": message_body(msg),
            "thread": turns,
        })
    counts["customer_messages_without_reply"] = sum(
        1 for m in messages if not is_company(_sender(m)) and id(m) not in answered)
    counts["pairs"] = len(records)
    if info is not None:
        info.update(counts)
    return records


def load_emails(path: str | Path, company: dict | None = None, info: dict | None = None) -> list[dict]:
    """Pairs incoming message → company reply from `.eml`/`.mbox` files (see `pair_threads`)."""
    addresses, domains = company_identity(company)
    if not addresses and not domains:
        raise DatasetError(
            f"{path}: to pair e-mails into incoming message → reply, ftwork must know which sender is the company. "
            "Add the company's domain (e.g. \"example.com\") or address to the \"allow\" list of PROJECT_DIR/company.json, "
            "or pass company={\"allow\": [\"example.com\"]}."
        )
    messages = read_messages(path)
    if not messages:
        raise DatasetError(f"{path}: no e-mail messages found (looked for .eml files and .mbox mailboxes).")
    records = pair_threads(messages, addresses, domains, info)
    if not records:
        raise DatasetError(
            f"{path}: {len(messages)} messages but no company reply to a customer message. Check that the company's "
            f"domain ({', '.join(sorted(domains | addresses))}) is right and that replies carry In-Reply-To or References headers."
        )
    return records


# ---------------------------------------------------------------------------------------------
# Any source
# ---------------------------------------------------------------------------------------------
def _is_txt_table(path: Path, delimiter: str | None, encoding: str | None) -> bool:
    """A `.txt` file is read as a table when a delimiter is given, or `txt_table_delimiter` finds one."""
    if delimiter is not None:
        return True
    try:
        text, _ = decode_text(path.read_bytes(), path, DatasetError, encoding)
    except DatasetError:  # the text reader names the problem
        return False
    return txt_table_delimiter(text) is not None


def source_kind(path: str | Path, delimiter: str | None = None, encoding: str | None = None) -> str:
    """'table', 'text' or 'mail' for a file or folder; DatasetError for anything else. A `.txt` file
    is a table when `delimiter` is given or it looks like one (`txt_table_delimiter`), else a text."""
    path = Path(path)
    if path.is_dir():
        kinds = Counter(p.suffix.lower() for p in path.rglob("*") if p.is_file())
        if any(kinds[s] for s in MAIL_FORMATS):
            return "mail"
        if any(kinds[s] for s in TEXT_FORMATS):
            return "text"
        raise DatasetError(f"{path}: the folder holds no .txt, .md, .eml or .mbox files "
                           f"(found: {', '.join(sorted(k or '(no suffix)' for k in kinds)) or 'nothing'}).")
    suffix = path.suffix.lower()
    if suffix in TABLE_FORMATS:
        return "table"
    if suffix in MAIL_FORMATS:
        return "mail"
    if suffix == ".txt" and _is_txt_table(path, delimiter, encoding):
        return "table"
    if suffix in TEXT_FORMATS:
        return "text"
    raise DatasetError(
        f"{path}: unknown format '{suffix or '(no suffix)'}'. Use one of {', '.join(SUPPORTED)}, or a folder of "
        ".txt/.md or .eml files; export spreadsheets as .csv or .xlsx."
    )


def load_source(path: str | Path, company: dict | None = None, info: dict | None = None,
                table: dict | None = None) -> list[dict]:
    """Records from any supported source (table, text folder or file, mail); never writes to it.
    `table` holds `load_table`'s overrides (delimiter, encoding, sheet; None or absent: detect); for a
    table, `info["table"]` gets what was read (see `describe_table`)."""
    path = Path(path)
    if not path.exists():
        raise DatasetError(f"{path}: file not found. Check the path (it is read relative to the engagement's raw/ folder).")
    table = {k: v for k, v in (table or {}).items() if v is not None}
    kind = source_kind(path, table.get("delimiter"), table.get("encoding"))
    if kind == "table":
        read: dict = {}
        records = load_table(path, **table, info=read)
        if info is not None:
            info["table"] = read
    elif kind == "mail":
        records = load_emails(path, company, info)
    elif path.is_dir():
        records = load_text_folder(path)
    else:  # a single text file: one record
        records = [{"id": path.stem, "file": path.name, "text": read_text(path, encoding=table.get("encoding")).strip()}]
    if not records:
        raise DatasetError(f"{path}: the source holds no records. Export the data again, with a header row for CSV.")
    if info is not None:
        info.setdefault("kind", kind)
        info.setdefault("records", len(records))
    return records


def columns(records: list[dict]) -> list[str]:
    """The field names of the first 50 records, in the order they first appear."""
    return list(dict.fromkeys(k for r in records[:50] for k in r))


def apply_mapping(records: list[dict], mapping: dict[str, str], source: str = "") -> list[dict]:
    """Copy source fields to the names the task expects: {"text": "body", "label": "queue"} adds
    `text` and `label` from `body` and `queue` (the source fields stay too)."""
    if not mapping:
        return records
    available = columns(records)
    missing = [src for src in mapping.values() if src not in available]
    if missing:
        raise DatasetError(f"{source or 'records'}: no field {', '.join(map(repr, missing))} to map. "
                           f"Available fields: {', '.join(available)}.")
    return [{**r, **{dst: r.get(src) for dst, src in mapping.items()}} for r in records]


def read_company(root: str | Path) -> dict:
    """PROJECT_DIR/company.json, or {} when the engagement has none."""
    path = Path(root) / "company.json"
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno}); fix it.") from exc


def to_jsonl_table(records: list[dict], path: str | Path) -> Path:
    """Write records as a JSONL table (atomically), e.g. a mailbox turned into rows stage 02 can read."""
    atomic_write_text(Path(path), "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return Path(path)


def import_source(source: str | Path, raw_dir: str | Path, company: dict | None = None, info: dict | None = None,
                  table: dict | None = None) -> Path:
    """Turn a source that is not a table (a mailbox, a folder of .eml or .txt files, a .txt of prose)
    into `raw_dir/<name>.jsonl`, read-only, so stage 02 and 03 read it like any table. The source
    itself is only read. A table (`table`: the overrides, as in `load_source`) is returned as is."""
    source = Path(source)
    table = table or {}
    if source.is_file() and source_kind(source, table.get("delimiter"), table.get("encoding")) == "table":
        return source
    records = load_source(source, company=company, info=info, table=table)
    target = Path(raw_dir) / f"{source.stem if source.is_file() else source.name}.jsonl"
    if target.exists():
        target.chmod(0o644)
    to_jsonl_table(records, target)
    target.chmod(0o444)
    return target
