"""Loaders: the client's files → a list of flat records (one dict per example), whatever the format.

Tables (CSV, TSV, JSONL, a JSON list, Excel `.xlsx`) give one record per row. A folder of `.txt` /
`.md` files gives one record per file (`text`, and `label` from the sub-folder it sits in; a
`NAME.json` beside `NAME.txt` adds its keys, e.g. the fields to extract). Mail (`.eml` files, a
folder of them, or an `.mbox` mailbox) is read with the standard library and paired into
incoming message → the company's reply, using `In-Reply-To` / `References` and the company's own
addresses and domains (from `PROJECT_DIR/company.json`); the whole thread is kept too, as
chat turns, so multi-turn conversations can be trained as such.

Nothing here writes to the source: raw data stays untouched.
"""

from __future__ import annotations

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
def read_text(path: str | Path, error: type[Exception] = None) -> str:
    """A file's text (UTF-8, a byte-order mark allowed); a clear error naming the file when it is not UTF-8."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise (error or DatasetError)(
            f"{path} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}). Re-save it as UTF-8 "
            f"(in Excel: 'CSV UTF-8'; in a shell: `iconv -f latin1 -t utf-8 in.csv > out.csv`) and try again. "
            f"Nothing was written.") from exc


def load_table(path: str | Path, error: type[Exception] = None) -> list[dict]:
    """Rows of a CSV/TSV (all values kept as strings), JSONL, JSON list or XLSX file; an empty file
    gives no rows. Never modifies the file. Problems raise `error` (DatasetError unless the caller
    has its own), naming the file and, for JSONL, the line."""
    error = error or DatasetError
    path = Path(path)
    if not path.is_file():
        raise error(f"{path} does not exist.")
    suffix = path.suffix.lower()
    if suffix not in TABLE_FORMATS:
        raise error(f"{path}: not a table format ({', '.join(TABLE_FORMATS)}).")
    try:
        if suffix == ".xlsx":
            import pandas as pd

            return pd.read_excel(path, dtype=str, keep_default_na=False).to_dict(orient="records")
        text = read_text(path, error)
        if suffix in (".csv", ".tsv"):
            import io

            import pandas as pd

            if not text.strip():
                return []
            frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep="\t" if suffix == ".tsv" else ",")
            return frame.to_dict(orient="records")
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
    except error:
        raise
    except json.JSONDecodeError as exc:
        raise error(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg}).") from exc
    except Exception as exc:  # pandas parser errors and the like
        raise error(f"{path}: could not be read ({type(exc).__name__}: {exc}).") from exc


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
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise DatasetError(f"{path}: not readable as UTF-8 (byte {exc.start}). Re-save it as UTF-8.") from exc
        record = {"id": rel.with_suffix("").as_posix(), "file": rel.as_posix(), "text": text.strip()}
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
def source_kind(path: str | Path) -> str:
    """'table', 'text' or 'mail' for a file or folder; DatasetError for anything else."""
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
    if suffix in TEXT_FORMATS:
        return "text"
    raise DatasetError(
        f"{path}: unknown format '{suffix or '(no suffix)'}'. Use one of {', '.join(SUPPORTED)}, or a folder of "
        ".txt/.md or .eml files; export spreadsheets as .csv or .xlsx."
    )


def load_source(path: str | Path, company: dict | None = None, info: dict | None = None) -> list[dict]:
    """Records from any supported source (table, text folder or file, mail); never writes to it."""
    path = Path(path)
    if not path.exists():
        raise DatasetError(f"{path}: file not found. Check the path (it is read relative to the engagement's raw/ folder).")
    kind = source_kind(path)
    if kind == "table":
        records = load_table(path)
    elif kind == "mail":
        records = load_emails(path, company, info)
    elif path.is_dir():
        records = load_text_folder(path)
    else:  # a single text file: one record
        records = [{"id": path.stem, "file": path.name, "text": path.read_text(encoding="utf-8").strip()}]
    if not records:
        raise DatasetError(f"{path}: the source holds no records. Export the data again, with a header row for CSV.")
    if info is not None:
        info.setdefault("kind", kind)
        info.setdefault("records", len(records))
    return records


def apply_mapping(records: list[dict], mapping: dict[str, str], source: str = "") -> list[dict]:
    """Copy source fields to the names the task expects: {"text": "body", "label": "queue"} adds
    `text` and `label` from `body` and `queue` (the source fields stay too)."""
    if not mapping:
        return records
    available = list(dict.fromkeys(k for r in records[:50] for k in r))
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


def import_source(source: str | Path, raw_dir: str | Path, company: dict | None = None, info: dict | None = None) -> Path:
    """Turn a source that is not a table (a mailbox, a folder of .eml or .txt files) into
    `raw_dir/<name>.jsonl`, read-only, so stage 02 and 03 read it like any table. The source itself
    is only read. A table is returned as is."""
    source = Path(source)
    if source.is_file() and source_kind(source) == "table":
        return source
    records = load_source(source, company=company, info=info)
    target = Path(raw_dir) / f"{source.stem if source.is_file() else source.name}.jsonl"
    if target.exists():
        target.chmod(0o644)
    to_jsonl_table(records, target)
    target.chmod(0o444)
    return target
