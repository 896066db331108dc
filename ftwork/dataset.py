"""Stage 03 – build the dataset: company records → checked, split chat examples.

Examples use TRL's conversational *prompt–completion* form (`prompt` = system + user turns,
`completion` = the assistant answer), so `SFTTrainer` puts the loss on the answer only: the
model learns to answer, not to repeat the ticket.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .engagement import Engagement, Settings, atomic_dir, atomic_write_text, write_json

SUPPORTED_FORMATS = (".csv", ".jsonl", ".json", ".xlsx")


class DatasetError(ValueError):
    """Bad input for the dataset stage, worded with the file, row or field and the fix."""


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------
def load_records(path: str | Path) -> list[dict]:
    """Read a CSV, JSONL, JSON list or XLSX file into a list of dicts (strings kept as strings)."""
    path = Path(path)
    if not path.is_file():
        raise DatasetError(f"{path}: file not found. Check the path (it is read relative to the engagement's raw/ folder).")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_FORMATS:
        raise DatasetError(f"{path}: unknown format '{suffix}'. Use one of {', '.join(SUPPORTED_FORMATS)}.")
    try:
        if suffix == ".csv":
            import pandas as pd

            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
            records = frame.to_dict(orient="records")
        elif suffix == ".xlsx":
            import pandas as pd

            frame = pd.read_excel(path, dtype=str).fillna("")
            records = frame.to_dict(orient="records")
        elif suffix == ".json":
            records = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(records, list):
                raise DatasetError(f"{path}: a .json file must hold a list of objects; use JSONL for one object per line.")
        else:
            records = []
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise DatasetError(f"{path}, line {n}: not valid JSON ({exc.msg}). Fix or remove that line.") from exc
    except UnicodeDecodeError as exc:
        raise DatasetError(
            f"{path}: not readable as UTF-8 (byte {exc.start}). Re-save the file as UTF-8 "
            f"(e.g. `iconv -f latin1 -t utf-8 in.csv > out.csv`) and try again."
        ) from exc
    except DatasetError:
        raise
    except Exception as exc:  # pandas parser errors and the like
        raise DatasetError(f"{path}: could not be read ({type(exc).__name__}: {exc}).") from exc
    if not records:
        raise DatasetError(f"{path}: the file holds no records. Export the data again, with a header row for CSV.")
    return records


def check_columns(records: list[dict], columns: list[str], source: str) -> None:
    available = list(records[0].keys())
    missing = [c for c in columns if c not in available]
    if missing:
        raise DatasetError(
            f"{source}: no column {', '.join(repr(m) for m in missing)}. Available columns: {', '.join(available)}. "
            f"Pick the right ones with --text-column / --label-column (or TEXT_COLUMN / LABEL_COLUMN in the notebook)."
        )


# ---------------------------------------------------------------------------------------------
# Task templates
# ---------------------------------------------------------------------------------------------
def target_text(value, task: str) -> str:
    """The assistant answer for one record: a label, a reply, or a compact JSON object."""
    if task == "extraction":
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"extraction target is not valid JSON ({exc.msg}): {value[:80]!r}") from exc
        return json.dumps(value, ensure_ascii=False)
    return str(value).strip()


def make_prompt(text: str, system_prompt: str = "") -> list[dict]:
    """The prompt turns for one query; evaluation builds prompts with the same function."""
    turns = [{"role": "system", "content": system_prompt}] if system_prompt else []
    return turns + [{"role": "user", "content": str(text).strip()}]


def to_example(record: dict, settings: Settings, idx: int) -> dict:
    answer = target_text(record[settings.label_column], settings.task)
    return {
        "id": str(record.get("id") or record.get("ticket_id") or idx),
        "prompt": make_prompt(record[settings.text_column], settings.system_prompt),
        "completion": [{"role": "assistant", "content": answer}],
        "label": answer if settings.task == "classification" else "",
    }


# ---------------------------------------------------------------------------------------------
# Checks and split
# ---------------------------------------------------------------------------------------------
def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", str(text).lower()).strip()


def _shingles(text: str, n: int = 3) -> set[str]:
    words = _norm(text).split()
    return {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}


def near_duplicate_pairs(texts_a: list[str], texts_b: list[str] | None = None, threshold: float = 0.8) -> list[tuple[int, int, float]]:
    """Pairs (i, j, jaccard) of word-3-gram Jaccard ≥ threshold, within `texts_a` or across a and b."""
    same = texts_b is None
    texts_b = texts_a if same else texts_b
    sh_a = [_shingles(t) for t in texts_a]
    sh_b = sh_a if same else [_shingles(t) for t in texts_b]
    index: dict[str, list[int]] = defaultdict(list)
    for j, sh in enumerate(sh_b):
        for s in sh:
            index[s].append(j)
    pairs = []
    for i, sh in enumerate(sh_a):
        counts: Counter = Counter()
        for s in sh:
            postings = index[s]
            if len(postings) > 200:  # a shingle that common carries no evidence of copying
                continue
            counts.update(postings)
        for j, shared in counts.items():
            if same and j <= i:
                continue
            jac = shared / len(sh | sh_b[j])
            if jac >= threshold:
                pairs.append((i, j, round(jac, 3)))
    return pairs


def stratified_split(labels: list[str], eval_fraction: float, seed: int) -> tuple[list[int], list[int]]:
    """Indices for train and eval, stratified by label (every label with ≥2 rows gets one in eval)."""
    rng = random.Random(seed)
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        by_label[label].append(i)
    train, evals = [], []
    for label in sorted(by_label):
        idx = by_label[label][:]
        rng.shuffle(idx)
        k = round(len(idx) * eval_fraction) if len(idx) > 1 else 0
        k = max(k, 1) if len(idx) > 1 and eval_fraction > 0 else k
        evals += idx[:k]
        train += idx[k:]
    return sorted(train), sorted(evals)


@dataclass
class DatasetConfig:
    eval_fraction: float = 0.2
    seed: int = 42
    min_examples: int = 10
    near_dup_threshold: float = 0.8
    max_train: int = 0  # 0 = all; SMOKE runs cap it
    max_eval: int = 0
    override_gate: bool = False
    extra: dict = field(default_factory=dict)


def _sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _subsample(rows: list[dict], k: int, seed: int) -> list[dict]:
    """Keep `k` rows, spread over labels in turn, for smoke runs."""
    if not k or len(rows) <= k:
        return rows
    by_label: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_label[r["label"]].append(r)
    rng = random.Random(seed)
    for group in by_label.values():
        rng.shuffle(group)
    out: list[dict] = []
    while len(out) < k:
        for label in sorted(by_label):
            if by_label[label] and len(out) < k:
                out.append(by_label[label].pop())
    return out


def build(eng: Engagement, config: DatasetConfig | None = None) -> dict:
    """Build the engagement's dataset from the anonymized records; return the stats."""
    from . import anonymize

    config = config or DatasetConfig()
    settings = eng.settings()
    gate = anonymize.check_gate(eng, override=config.override_gate)
    if gate.get("overridden"):
        train_src = eng.raw / settings.data_file
        eval_src = eng.raw / settings.eval_file if settings.eval_file else None
    else:
        train_src = eng.anonymized_dir / "records.jsonl"
        eval_src = eng.anonymized_dir / "eval_records.jsonl" if settings.eval_file else None

    records = load_records(train_src)
    columns = [settings.text_column, settings.label_column]
    check_columns(records, columns, str(train_src))
    eval_records = None
    if eval_src is not None:
        eval_records = load_records(eval_src)
        check_columns(eval_records, columns, str(eval_src))

    checks: list[dict] = []

    def clean(rows: list[dict], source: str) -> list[dict]:
        out, empty, bad_json = [], 0, 0
        for i, rec in enumerate(rows):
            if not str(rec.get(settings.text_column, "")).strip() or not str(rec.get(settings.label_column, "")).strip():
                empty += 1
                continue
            try:
                out.append(to_example(rec, settings, i))
            except DatasetError:
                bad_json += 1
        checks.append({"check": f"empty text or answer ({source})", "dropped": empty})
        if settings.task == "extraction":
            checks.append({"check": f"extraction target not valid JSON ({source})", "dropped": bad_json})
        if rows and (empty + bad_json) > 0.5 * len(rows):
            raise DatasetError(
                f"{source}: {empty + bad_json} of {len(rows)} records have an empty text, an empty "
                f"'{settings.label_column}' or an invalid target. Check the column mapping."
            )
        # exact duplicates of the prompt text: keep the first
        seen, kept = set(), []
        for ex in out:
            key = _norm(ex["prompt"][-1]["content"])
            if key not in seen:
                seen.add(key)
                kept.append(ex)
        checks.append({"check": f"exact duplicate texts ({source})", "dropped": len(out) - len(kept)})
        return kept

    examples = clean(records, train_src.name)
    if len(examples) < config.min_examples:
        raise DatasetError(
            f"{train_src}: only {len(examples)} usable examples; at least {config.min_examples} are needed to "
            f"train and hold out an evaluation split. A narrow task wants a few hundred."
        )
    if settings.task == "classification":
        n_labels = len({ex["label"] for ex in examples})
        if n_labels < 2:
            raise DatasetError(
                f"{train_src}: column '{settings.label_column}' has a single class; classification needs at least two."
            )

    if eval_records is not None:
        train, evals = examples, clean(eval_records, eval_src.name)
    else:
        labels = [ex["label"] for ex in examples]
        tr_idx, ev_idx = stratified_split(labels, config.eval_fraction, config.seed)
        train, evals = [examples[i] for i in tr_idx], [examples[i] for i in ev_idx]

    # Leakage: an eval example (near-)copied in training proves nothing. Drop it from eval.
    pairs = near_duplicate_pairs(
        [ex["prompt"][-1]["content"] for ex in evals], [ex["prompt"][-1]["content"] for ex in train], config.near_dup_threshold
    )
    leaked = {i for i, _, _ in pairs}
    evals = [ex for i, ex in enumerate(evals) if i not in leaked]
    checks.append({"check": "eval near-duplicates of training examples (leakage)", "dropped": len(leaked)})

    train = _subsample(train, config.max_train, config.seed)
    evals = _subsample(evals, config.max_eval, config.seed)
    if not evals:
        raise DatasetError("No evaluation examples are left after the checks; provide more data or an --eval-data file.")

    labels = sorted({ex["label"] for ex in train}) if settings.task == "classification" else []
    if labels and labels != settings.labels:
        settings = eng.update_settings(labels=labels)

    stats = {
        "task": settings.task,
        "base_model": settings.base_model,
        "sources": {"train": str(train_src.relative_to(eng.root)), "eval": str(eval_src.relative_to(eng.root)) if eval_src else None},
        "anonymization_gate": gate,
        "n_train": len(train),
        "n_eval": len(evals),
        "labels": labels,
        "label_counts": {
            "train": dict(Counter(ex["label"] for ex in train)) if labels else {},
            "eval": dict(Counter(ex["label"] for ex in evals)) if labels else {},
        },
        "checks": checks,
        "config": asdict(config),
    }
    write_dataset(eng, train, evals, stats)
    return stats


def write_dataset(eng: Engagement, train: list[dict], evals: list[dict], stats: dict) -> None:
    """Write the DatasetDict, JSONL copies, stats and card in one atomic folder swap."""
    from datasets import Dataset, DatasetDict

    with atomic_dir(eng.dataset_dir) as tmp:
        jsonl = {}
        for name, rows in (("train", train), ("eval", evals)):
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
            (tmp / f"{name}.jsonl").write_text(text, encoding="utf-8")
            jsonl[name] = _sha256_text(text)
        DatasetDict({"train": Dataset.from_list(train), "eval": Dataset.from_list(evals)}).save_to_disk(str(tmp / "hf"))
        stats["hashes"] = jsonl
        stats["dataset_hash"] = _sha256_text(jsonl["train"] + jsonl["eval"])
        write_json(tmp / "stats.json", stats)
        atomic_write_text(tmp / "dataset_card.md", dataset_card(stats))
        from .plots import label_distribution_plot

        if stats["labels"]:
            label_distribution_plot(stats["label_counts"], tmp / "label_distribution.png")


def dataset_card(stats: dict) -> str:
    gate = stats["anonymization_gate"]
    lines = [
        "# Dataset card",
        "",
        f"- Task: **{stats['task']}**; base model: `{stats['base_model']}`",
        f"- Sources: `{stats['sources']['train']}`" + (f", evaluation `{stats['sources']['eval']}`" if stats["sources"]["eval"] else ""),
        f"- Examples: {stats['n_train']} train, {stats['n_eval']} eval (held out; training never sees it)",
        f"- Dataset hash (sha256 of the JSONL splits): `{stats['dataset_hash']}`",
    ]
    if gate.get("overridden"):
        lines.append("- **Anonymization gate overridden: this dataset was built from raw, un-anonymized data.**")
    else:
        lines.append("- Built from anonymized records (stage 02); the pseudonym mapping is kept apart and is not in this dataset.")
    lines += ["", "## Checks", "", "| check | dropped |", "|---|---:|"]
    lines += [f"| {c['check']} | {c['dropped']} |" for c in stats["checks"]]
    if stats["labels"]:
        lines += ["", "## Labels", "", "| label | train | eval |", "|---|---:|---:|"]
        for label in stats["labels"]:
            lines.append(f"| {label} | {stats['label_counts']['train'].get(label, 0)} | {stats['label_counts']['eval'].get(label, 0)} |")
    return "\n".join(lines) + "\n"


def load_splits(eng: Engagement):
    """The saved DatasetDict (train, eval)."""
    from datasets import load_from_disk

    path = eng.dataset_dir / "hf"
    if not path.is_dir():
        raise DatasetError(f"{eng.dataset_dir} holds no dataset yet: run 03_build_dataset first.")
    return load_from_disk(str(path))


def labelled_subset(train_csv: Path, test_csv: Path, out_dir: Path, n_labels: int = 10, n_train: int = 30,
                    n_test: int = 20, seed: int = 0, label_column: str = "category") -> tuple[Path, Path]:
    """Write a class-balanced subset of a labelled benchmark (e.g. BANKING77) as two CSVs.

    Training rows come from `train_csv` only and evaluation rows from `test_csv` only, so the
    held-out file never leaks into training.
    """
    import csv

    rng = random.Random(seed)
    with open(train_csv, encoding="utf-8") as fh:
        train = list(csv.DictReader(fh))
    with open(test_csv, encoding="utf-8") as fh:
        test = list(csv.DictReader(fh))
    labels = sorted(rng.sample(sorted({r[label_column] for r in train}), n_labels))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, rows, k in (("train.csv", train, n_train), ("test.csv", test, n_test)):
        picked = []
        for label in labels:
            picked += rng.sample([r for r in rows if r[label_column] == label], k)
        with open(out_dir / name, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(picked[0].keys()))
            writer.writeheader()
            writer.writerows(picked)
        paths.append(out_dir / name)
    return paths[0], paths[1]


def dataset_hash(eng: Engagement) -> str:
    return json.loads((eng.dataset_dir / "stats.json").read_text())["dataset_hash"]
