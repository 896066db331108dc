"""The engagement folder: one per client project, holding its settings and every stage's output.

Notebooks talk to each other only through files in this folder::

    PROJECT_DIR/
      settings.json          task, base model, data mapping (written by `ftwork new`, updated by 01)
      raw/                   the client's files, copied once and never modified
      private/               pseudonym mapping (mode 0600) – never exported, never trained on
      assess/                assessment.md / .json
      anonymized/            anonymized records + anonymization_audit.md / .json
      dataset/               DatasetDict, train/eval JSONL, stats.json, dataset_card.md
      runs/<RUN>/            adapter/, training logs and curves, metrics.json, report, export/
      notebooks/             the engagement's own workbook (copied from the templates by `ftwork new`)
      executed/              notebooks as executed by `ftwork run`
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .errors import EngagementError

SETTINGS_FILE = "settings.json"




@dataclass
class Settings:
    """What the engagement is about; every stage reads it, 01_assess may update it."""

    name: str
    task: str = "classification"
    base_model: str = "HuggingFaceTB/SmolLM2-135M-Instruct"
    data_file: str = ""  # relative to raw/
    eval_file: str = ""  # relative to raw/; a held-out file the client already has
    text_column: str = "text"
    label_column: str = "label"  # classification: the label; writing: the reply; extraction: the JSON target
    labels: list[str] = field(default_factory=list)
    system_prompt: str = ""  # short task instruction used in training and evaluation
    client_prompt: str = ""  # the long instruction prompt the client uses today (prompting baseline)
    language: str = "en"
    sample: str = ""  # the data_samples/ entry this engagement was created from, if any
    method: str = "lora"
    # How the client's raw files are read (`ftwork new --delimiter/--encoding/--sheet`); "" = detect.
    data_delimiter: str = ""  # , ; | or tab
    data_encoding: str = ""  # a Python codec name: utf-8, cp1252, utf-16 …
    data_sheet: str = ""  # the .xlsx sheet (default: the first)

    def table_options(self) -> dict:
        """The overrides the stages pass to `loaders.load_table` for raw/ files (only those set)."""
        given = {"delimiter": self.data_delimiter, "encoding": self.data_encoding, "sheet": self.data_sheet}
        return {k: v for k, v in given.items() if v}

    @classmethod
    def from_dict(cls, data: dict) -> "Settings":
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def umask() -> int:
    """The process's umask (read without changing it), for files meant to get the usual permissions."""
    current = os.umask(0)
    os.umask(current)
    return current


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_tree(path: Path) -> str:
    """sha256 of a file, or of a folder's files (names and contents) in sorted order."""
    path = Path(path)
    if not path.is_dir():
        return sha256_file(path)
    h = hashlib.sha256()
    for f in sorted(p for p in path.rglob("*") if p.is_file()):
        h.update(f.relative_to(path).as_posix().encode() + b"\0")
        with open(f, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def file_hashes(folder: Path) -> dict:
    """{relative path: sha256} of every file under `folder`."""
    folder = Path(folder)
    return {p.relative_to(folder).as_posix(): sha256_file(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def atomic_write_text(path: Path, text: str, mode: int | None = None) -> None:
    """Write to a temporary file beside `path` and rename, so a crash never leaves half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        # mkstemp creates 0600; outputs meant for the client get the usual permissions
        os.chmod(tmp, mode if mode is not None else 0o666 & ~umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, data, mode: int | None = None) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", mode=mode)


@contextmanager
def atomic_dir(final: Path) -> Iterator[Path]:
    """Yield a temporary folder beside `final`; on success it replaces `final`, on error it vanishes."""
    final = Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=final.parent, prefix=f".{final.name}.", suffix=".tmp"))
    try:
        yield tmp
        if final.exists():
            shutil.rmtree(final)
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


@dataclass
class Engagement:
    """Paths of one engagement folder, and its settings."""

    root: Path

    def __post_init__(self):
        self.root = Path(self.root).expanduser().resolve()

    # -- folders ---------------------------------------------------------------------------
    @property
    def settings_path(self) -> Path:
        return self.root / SETTINGS_FILE

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def private(self) -> Path:
        return self.root / "private"

    @property
    def assess_dir(self) -> Path:
        return self.root / "assess"

    @property
    def anonymized_dir(self) -> Path:
        return self.root / "anonymized"

    @property
    def dataset_dir(self) -> Path:
        return self.root / "dataset"

    @property
    def executed_dir(self) -> Path:
        return self.root / "executed"

    @property
    def notebooks_dir(self) -> Path:
        """The engagement's own workbook: the six notebooks `ftwork new` copied from the templates."""
        return self.root / "notebooks"

    def run_dir(self, run: str) -> Path:
        return self.root / "runs" / run

    # -- settings --------------------------------------------------------------------------
    @classmethod
    def open(cls, root: str | Path) -> "Engagement":
        eng = cls(Path(root))
        if not eng.settings_path.is_file():
            raise EngagementError(
                f"{eng.root} is not an ftwork engagement folder: it has no {SETTINGS_FILE}. "
                f"Create one with `ftwork new {root} --sample tickets` or `ftwork new {root} --data FILE ...`."
            )
        return eng

    def settings(self) -> Settings:
        try:
            data = json.loads(self.settings_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise EngagementError(f"{self.settings_path} is not valid JSON ({exc}); fix or recreate it.") from exc
        return Settings.from_dict(data)

    def save_settings(self, settings: Settings) -> None:
        write_json(self.settings_path, dataclasses.asdict(settings))

    def update_settings(self, **changes) -> Settings:
        settings = dataclasses.replace(self.settings(), **changes)
        self.save_settings(settings)
        return settings

    def raw_file(self, name: str) -> Path:
        return self.raw / name
