"""What stages leave behind and later stages read: file names, markers, splits, checkpoints, versions.

A shared building block: stages import it, it imports no stage. Whatever one stage writes and
another one checks is defined here once, so the writer and the reader cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import json
import platform
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import __version__
from .engagement import Engagement, sha256_file, write_json
from .errors import AnonymizationGateError, AnonymizeInputError, DatasetError, ExportError
from .loaders import load_table
from .models import EMBEDDED_ID, resolve_model

# -- stage 02 ------------------------------------------------------------------------------------
MARKER = "ANONYMIZED.json"  # in anonymized/: what was anonymized, with which settings, and the outputs' hashes
MAPPING_FILE = "mapping.json"  # in private/: replacement -> original, mode 0600
ANON_OUTPUT_FILES = ("records.jsonl", "eval_records.jsonl", "quarantine.jsonl", "anonymization_audit.md",
                     "anonymization_audit.json")
# -- stage 03 ------------------------------------------------------------------------------------
CANARIES_FILE = "canaries.json"  # in dataset/, written by stage 03 when it plants canaries
STATS_FILE = "stats.json"  # in dataset/
# -- stage 04 ------------------------------------------------------------------------------------
TRAIN_CONFIG_FILE = "train_config.json"  # in runs/<RUN>/, written last: its presence means the run finished

VERSIONED_PACKAGES = ("torch", "transformers", "trl", "peft", "datasets", "accelerate", "bitsandbytes", "ftwork")


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def versions(extra: tuple[str, ...] = ()) -> dict:
    """Python and the installed versions of the packages a result depends on (missing ones left out)."""
    out = {"python": platform.python_version()}
    for pkg in VERSIONED_PACKAGES + tuple(extra):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            pass
    return out


def read_records(path: str | Path, *, delimiter: str | None = None, encoding: str | None = None,
                 sheet: str | None = None, info: dict | None = None) -> list[dict]:
    """Rows of a CSV/TSV/TXT (all values as strings), JSONL, JSON list or Excel file, with stage 02's
    error class; the overrides and `info` as in `load_table`. Never modifies the file."""
    return load_table(path, AnonymizeInputError, delimiter=delimiter, encoding=encoding, sheet=sheet, info=info)


# -- the anonymization gate ------------------------------------------------------------------------
def outputs_match(out_dir: Path, marker: dict) -> bool:
    outputs = marker.get("outputs") or {}
    return bool(outputs) and all((out_dir / n).is_file() and sha256_file(out_dir / n) == h for n, h in outputs.items())


def write_marker(eng: Engagement, input_hashes: dict, fingerprint: dict, fields: list, summary: dict,
                 interactive: bool) -> None:
    out_dir = eng.anonymized_dir
    outputs = {n: sha256_file(out_dir / n) for n in ANON_OUTPUT_FILES if (out_dir / n).is_file()}
    write_json(out_dir / MARKER, {"format": "ftwork-anonymized/1", "created": now(), "inputs": input_hashes,
                                  "outputs": outputs, "config": fingerprint, "fields": fields, "summary": summary,
                                  "interactive": interactive, "ftwork": __version__})


def client_read_as(eng: Engagement) -> dict:
    """How stage 02 read the client's raw files, {role: {"file", "read_as"}}, from its marker ({} without one)."""
    try:
        marker = json.loads((eng.anonymized_dir / MARKER).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    read = (marker.get("summary") or {}).get("read") or {}
    return {role: {"file": r.get("file"), "read_as": r.get("read_as")} for role, r in read.items()}


def _gate_problem(eng: Engagement, marker_path: Path) -> tuple[str | None, dict]:
    if not marker_path.is_file():
        return f"the data of {eng.root.name} has not been anonymized ({marker_path.relative_to(eng.root)} is missing)", {}
    try:
        marker = json.loads(marker_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return f"{marker_path} is unreadable", {}
    settings = eng.settings()
    current = {}
    for name in (settings.data_file, settings.eval_file):
        if name:
            path = eng.raw / name
            current[path.relative_to(eng.root).as_posix()] = sha256_file(path) if path.is_file() else None
    if current != marker.get("inputs"):
        return "the raw data changed since it was anonymized (or settings.json now names other files)", marker
    if not outputs_match(eng.anonymized_dir, marker):
        return "the anonymized files were changed or removed after 02_anonymize wrote them", marker
    return None, marker


def check_gate(eng: Engagement, override: bool = False) -> dict:
    """For stages 03/04: the data must have been through 02_anonymize, and unchanged since.

    Raises AnonymizationGateError otherwise – unless `override=True`, which returns
    {"overridden": True, "reason", "notice"} for the caller to print in bold in its report.
    """
    marker_path = eng.anonymized_dir / MARKER
    problem, marker = _gate_problem(eng, marker_path)
    if problem:
        if not override:
            raise AnonymizationGateError(
                f"Refusing to use this data: {problem}. Run 02_anonymize (notebooks/02_anonymize.ipynb) first, or "
                f"pass the override explicitly (override=True) – every report will then state in bold that the "
                f"data was not anonymized.")
        return {"overridden": True, "reason": problem, "records": None, "eval_records": None, "quarantined": None,
                "notice": f"**Anonymization gate overridden by the consultant: {problem}. This data was NOT checked "
                          f"for personal data.**"}
    out = eng.anonymized_dir
    return {"overridden": False, "reason": None, "records": out / "records.jsonl",
            "eval_records": out / "eval_records.jsonl" if (out / "eval_records.jsonl").is_file() else None,
            "quarantined": marker.get("summary", {}).get("quarantined", 0), "marker": marker_path,
            "created": marker.get("created"), "mode": marker.get("config", {}).get("mode"), "notice": ""}


def load_quarantine(eng: Engagement) -> list[dict]:
    path = eng.anonymized_dir / "quarantine.jsonl"
    return read_records(path) if path.is_file() else []


def load_mapping(eng: Engagement) -> dict:
    """The engagement's mapping (private/mapping.json): {"replacements": {replacement: original}, "entries": [...]}."""
    path = eng.private / MAPPING_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path} does not exist: run 02_anonymize first (the mapping is written there).")
    return json.loads(path.read_text(encoding="utf-8"))


# -- the dataset ------------------------------------------------------------------------------------
def load_splits(eng: Engagement):
    """The saved DatasetDict (train, eval and, if held out, test)."""
    from datasets import load_from_disk  # heavy: only when a stage needs the data

    path = eng.dataset_dir / "hf"
    if not path.is_dir():
        raise DatasetError(f"{eng.dataset_dir} holds no dataset yet: run 03_build_dataset first.")
    return load_from_disk(str(path))


def dataset_hash(eng: Engagement) -> str:
    return json.loads((eng.dataset_dir / STATS_FILE).read_text())["dataset_hash"]


# -- training runs ----------------------------------------------------------------------------------
def last_checkpoint(run_dir: Path) -> str | None:
    """The newest *complete* checkpoint: the Trainer writes trainer_state.json last, so a process killed
    while writing a checkpoint leaves one without it, and resuming from the one before is what works."""
    ckpt = Path(run_dir) / "checkpoints"
    if not ckpt.is_dir():
        return None
    done = [p for p in ckpt.glob("checkpoint-*") if p.is_dir() and p.name.split("-")[-1].isdigit()
            and (p / "trainer_state.json").is_file()]
    return str(max(done, key=lambda p: int(p.name.split("-")[-1]))) if done else None


def check_adapter_base(adapter_config: dict, base_model: str) -> None:
    """Refuse an adapter trained on another base model."""
    trained_on = str(adapter_config.get("base_model_name_or_path") or "")
    candidates = {base_model.lower(), str(resolve_model(base_model)).lower()}
    if base_model.lower() == EMBEDDED_ID.lower():
        candidates.add(EMBEDDED_ID.lower())
    if trained_on and trained_on.lower() not in candidates and Path(trained_on).name.lower() not in {Path(c).name for c in candidates}:
        raise ExportError(
            f"This adapter was trained on '{trained_on}', but the engagement's base model is '{base_model}'. "
            "Set the engagement's base model back, or retrain the adapter on the new base."
        )
