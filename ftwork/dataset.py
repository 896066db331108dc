"""Stage 03 – build the dataset: company records → checked, split chat examples.

Examples use TRL's conversational *prompt–completion* form::

    {"id", "prompt": [system?, user, (assistant, user)...], "completion": [assistant], "label"}

so `SFTTrainer` puts the loss on the completion only: the model learns to answer, not to repeat
the ticket. A multi-turn thread keeps its earlier turns in the prompt and the last company turn
as the completion.

Task templates (`settings.task`):

- classification – text → label. With a priority column the answer is ``category / priority``
  on one line (e.g. ``billing / high``): one short string keeps the answer cheap to generate and
  exact-match scoring in 05_evaluate unchanged (the label set is the combined answers).
- extraction – document → one compact JSON object, validated against a schema the consultant
  defines: ``{"invoice_number": "str", "total": "number", "iban": "str|null"}`` (every key is
  required; types: str, number, int, bool, null, list, object, any; ``|`` for either). Rows that
  fail are dropped and reported one by one.
- writing – incoming message → reply (house style); qa – free question → answer.

Every check says how many records it dropped or flagged and why; the split keeps near-duplicate
clusters on one side, so evaluation never sees a paraphrase of a training example.
"""

from __future__ import annotations

import csv
import json
import random
from collections import Counter, defaultdict
from dataclasses import asdict, replace
from pathlib import Path

from . import language, loaders, prompts, splits as splitting
from .artifacts import CANARIES_FILE, STATS_FILE, check_gate, client_read_as, dataset_hash, load_splits
from .canaries import plant_canaries
from .configs import DatasetConfig, TrainConfig
from .engagement import Engagement, Settings, atomic_dir, atomic_write_text, sha256_file, sha256_text, sha256_tree, write_json
from .errors import DatasetError
from .language import guess_language
from .loaders import SUPPORTED as SUPPORTED_FORMATS
from .loaders import apply_mapping, columns, describe_table, load_source, load_table, read_company
from .models import load_tokenizer, model_info, resolve_model
from .plots import label_distribution_plot, token_length_plot
from .prompts import (PRIORITY_SEPARATOR, infer_schema, make_prompt, parse_schema, query_text, target_text, to_example,
                      validate_target)
from .splits import clusters, near_duplicate_pairs, norm_text, split_indices, stratified_split
from .tasks import TASK_NAMES

TEMPLATES = TASK_NAMES
LANGUAGE_MIN_HITS = 2  # a short example with one stray common word says nothing about its language
# the code is part of the recipe: a change to any module the built examples depend on rebuilds
_RECIPE_CODE = (__file__, loaders.__file__, prompts.__file__, splitting.__file__, language.__file__)

__all__ = [
    "DatasetConfig", "DatasetError", "SUPPORTED_FORMATS", "TEMPLATES", "apply_mapping", "build", "check_columns",
    "clusters", "dataset_hash", "guess_language", "infer_schema", "labelled_subset", "load_records", "load_splits",
    "make_prompt", "near_duplicate_pairs", "parse_schema", "raw_table_options", "run_stage", "source_paths", "split_indices",
    "stratified_split", "target_text", "to_example", "token_length_plot", "validate_target", "write_dataset",
]


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------
def load_records(path: str | Path, company: dict | None = None, info: dict | None = None,
                 table: dict | None = None) -> list[dict]:
    """Records from a CSV/TSV/TXT/JSONL/JSON/XLSX file, a folder of .txt/.md files, or e-mail (.eml, .mbox).

    E-mail needs the company's identity (`company`, a company.json-style dict) to tell incoming
    messages from replies; `table` holds a table's read overrides (delimiter, encoding, sheet); see
    `ftwork.loaders`.
    """
    return load_source(path, company=company, info=info, table=table)


def check_columns(records: list[dict], needed: list[str], source: str) -> None:
    """A DatasetError naming the missing columns and the ones there are."""
    available = columns(records)
    missing = [c for c in needed if c and c not in available]
    if missing:
        raise DatasetError(
            f"{source}: no column {', '.join(repr(m) for m in missing)}. Available columns: {', '.join(available)}. "
            f"Pick the right ones with --text-column / --label-column (or TEXT_COLUMN / LABEL_COLUMN in the notebook)."
        )


def source_paths(eng: Engagement, override_gate: bool = False) -> tuple[Path, Path | None, dict]:
    """(train source, eval source or None, gate record): stage 02's output, or raw data with the override."""
    settings = eng.settings()
    gate = check_gate(eng, override=override_gate)
    if gate.get("overridden"):
        return (eng.raw / settings.data_file, eng.raw / settings.eval_file if settings.eval_file else None, gate)
    return (Path(gate.get("records") or eng.anonymized_dir / "records.jsonl"),
            Path(gate["eval_records"]) if gate.get("eval_records") else None, gate)


def raw_table_options(settings: Settings, gate: dict) -> dict:
    """settings.json's read overrides when the sources are the raw files (gate overridden); none for 02's JSONL."""
    return settings.table_options() if gate.get("overridden") else {}


def _client_read(eng: Engagement, gate: dict, sources: tuple, infos: tuple) -> dict:
    """{role: {"file", "read_as"}}: how stage 02 read the client's files, or this stage (gate overridden)."""
    if not gate.get("overridden"):
        return client_read_as(eng)
    return {role: {"file": _rel(src, eng), "read_as": describe_table(info["table"])}
            for role, src, info in zip(("train", "eval"), sources, infos) if src is not None and info.get("table")}


def _load_inputs(eng: Engagement, settings: Settings, config: DatasetConfig, train_src: Path, eval_src: Path | None,
                 table: dict) -> tuple[list[dict], list[dict] | None, dict, dict]:
    """(training records, held-out records or None, what the loader saw of each), the mapped columns checked."""
    company = read_company(eng.root)
    load_info: dict = {}
    eval_info: dict = {}
    records = load_records(train_src, company=company, info=load_info, table=table)
    needed = [settings.text_column, settings.label_column] if not config.conversation_column else [config.conversation_column]
    needed += [c for c in (config.priority_column, config.id_column) if c]
    check_columns(records, needed, str(train_src))
    eval_records = None
    if eval_src is not None:
        eval_records = load_records(eval_src, company=company, info=eval_info, table=table)
        check_columns(eval_records, needed, str(eval_src))
    return records, eval_records, load_info, eval_info


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------
EXPORT_CAPS = (255, 256, 500, 512, 1000, 1024, 2000, 2048, 4000, 4096, 8000, 8192, 32767)


def export_cut_length(lengths: list[int]) -> int | None:
    """The length at which texts look cut by an export (a cell or field limit), or None.

    Several texts of exactly the longest length – a known limit such as 255 or 32,767 characters, or
    at least 1% of the rows – mean the export cut them there."""
    if not lengths:
        return None
    longest = max(lengths)
    at_max = sum(1 for n in lengths if n == longest)
    if longest >= 50 and at_max >= 2 and (longest in EXPORT_CAPS or at_max >= max(3, 0.01 * len(lengths))):
        return longest
    return None


def model_context(model_id: str, tokenizer=None) -> int | None:
    """The base model's context length in tokens (catalogue, tokenizer or config), or None if unknown."""
    info = model_info(model_id)
    if info and info.context:
        return info.context
    if tokenizer is not None and 0 < getattr(tokenizer, "model_max_length", 0) < 10_000_000:
        return int(tokenizer.model_max_length)
    try:
        config = json.loads((Path(resolve_model(model_id)) / "config.json").read_text())
        return int(config.get("max_position_embeddings") or 0) or None
    except Exception:  # a hub id not downloaded yet, an odd config: the check says it was skipped
        return None


def token_lengths(examples: list[dict], tokenizer, batch: int = 256) -> list[tuple[int, int]]:
    """(prompt tokens, prompt+answer tokens) per example, rendered with the model's chat template
    exactly as TRL's SFTTrainer does (the answer starts where prompt and prompt+answer diverge)."""
    from trl.data_utils import common_prefix_length

    out = []
    for start in range(0, len(examples), batch):
        chunk = examples[start : start + batch]
        prompts = tokenizer.apply_chat_template([ex["prompt"] for ex in chunk], tokenize=True, return_dict=True,
                                                add_generation_prompt=True)["input_ids"]
        full = tokenizer.apply_chat_template([ex["prompt"] + ex["completion"] for ex in chunk], tokenize=True,
                                             return_dict=True)["input_ids"]
        out += [(common_prefix_length(p, f), len(f)) for p, f in zip(prompts, full)]
    return out


class _Report:
    """The checks' report: one entry per check with what it dropped or flagged, why, and a few ids."""

    def __init__(self):
        self.checks: list[dict] = []
        self.rows: list[dict] = []  # per-row problems (extraction schema failures and the like)

    def add(self, check: str, dropped: int = 0, flagged: int = 0, why: str = "", examples=()) -> dict:
        entry = {"check": check, "dropped": dropped, "flagged": flagged, "why": why, "examples": list(examples)[:5]}
        self.checks.append(entry)
        return entry


def _gate_report(gate: dict) -> _Report:
    """A new report whose first check is the anonymization gate."""
    report = _Report()
    if gate.get("overridden"):
        report.add("anonymization gate", flagged=1, why=gate.get("notice") or "overridden: raw data used")
    else:
        report.add("anonymization gate", dropped=int(gate.get("quarantined") or 0),
                   why="rows held in quarantine by 02_anonymize (residual personal data) are not used")
    return report


def _resolve(config: DatasetConfig, settings: Settings) -> Settings:
    """The settings this build uses: the config's mapping and prompt override settings.json."""
    changes = {k: getattr(config, k) for k in ("text_column", "label_column") if getattr(config, k)}
    if config.system_prompt is not None:
        changes["system_prompt"] = config.system_prompt
    if settings.task not in TEMPLATES:
        raise DatasetError(f"settings.json: unknown task '{settings.task}'. Use one of {', '.join(TEMPLATES)}.")
    return replace(settings, **changes)


def _extraction_schema(settings: Settings, config: DatasetConfig, records: list[dict], source: Path) -> tuple[dict, str]:
    """(schema, where it came from): the consultant's, or inferred from the targets; ({}, "") for other tasks."""
    if settings.task != "extraction":
        return {}, ""
    schema = parse_schema(config.schema)
    if schema:
        return schema, "given"
    schema = infer_schema([r.get(settings.label_column) for r in records])
    if not schema:
        raise DatasetError(
            f"{source}: no extraction target in column '{settings.label_column}' parses as a JSON object. "
            "Check LABEL_COLUMN: it must hold the fields to extract, as JSON."
        )
    return schema, "inferred from the data"


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (isinstance(value, (list, dict)) and not value)


def _check_blank_answers(records: list[dict], answer_col: str, conv: str, config: DatasetConfig, source: str) -> None:
    """Stop when the answer column is mostly blank: it is probably not the one holding the answers."""
    blank = [i for i, r in enumerate(records) if _blank(r.get(answer_col)) and not (conv and r.get(conv))]
    if records and len(blank) > config.max_blank_share * len(records):
        raise DatasetError(
            f"{source}: {len(blank)} of {len(records)} records have a blank '{answer_col}' – that column is mostly empty, "
            f"so it is probably not the one holding the answers. Pick another with LABEL_COLUMN (or --label-column), "
            f"or fill the answers in."
        )


def _examples(records: list[dict], settings: Settings, config: DatasetConfig, schema: dict, source: str,
              report: _Report) -> list[dict]:
    """Records → examples, dropping (and reporting) empty, unparsable and off-schema rows."""
    conv = config.conversation_column
    _check_blank_answers(records, settings.label_column, conv, config, source)
    out, empty, bad_json, off_schema, other = [], [], [], [], []
    for i, rec in enumerate(records):
        rid = str(rec.get(config.id_column) if config.id_column else (rec.get("id") or rec.get("ticket_id") or i))
        has_conv = bool(conv and rec.get(conv))
        if not has_conv and (_blank(rec.get(settings.text_column)) or _blank(rec.get(settings.label_column))):
            empty.append(rid)
            continue
        try:
            ex = to_example(rec, settings, i, priority_column=config.priority_column, conversation_column=conv,
                            id_column=config.id_column, schema=schema)
        except DatasetError as exc:
            msg = str(exc)
            bucket = bad_json if "not valid JSON" in msg or "must be a JSON object" in msg else (
                off_schema if "schema" in msg else other)
            bucket.append(rid)
            report.rows.append({"source": source, "row": i, "id": rid, "problem": msg})
            continue
        if not ex["completion"][0]["content"].strip() or not query_text(ex).strip():
            empty.append(rid)
            continue
        out.append(ex)
    _report_unusable(report, settings, source, empty, bad_json, off_schema, other)
    failed = len(bad_json) + len(off_schema) + len(other)
    if records and failed + len(empty) > config.max_blank_share * len(records):
        first = "; ".join(f"{p['id']}: {p['problem']}" for p in report.rows[:3])
        raise DatasetError(
            f"{source}: {failed + len(empty)} of {len(records)} records could not be used "
            f"({len(empty)} empty, {failed} invalid; e.g. {first or 'blank fields'}). Check the column mapping "
            f"(TEXT_COLUMN, LABEL_COLUMN) and, for extraction, the schema."
        )
    return out


def _report_unusable(report: _Report, settings: Settings, source: str, empty: list, bad_json: list, off_schema: list,
                     other: list) -> None:
    report.add(f"empty text or answer ({source})", dropped=len(empty),
               why="nothing to learn from, or nothing to answer", examples=empty)
    if settings.task == "extraction":
        report.add(f"extraction target not valid JSON ({source})", dropped=len(bad_json),
                   why="the answer must be one JSON object; see row_problems in stats.json", examples=bad_json)
        report.add(f"extraction target does not match the schema ({source})", dropped=len(off_schema),
                   why="missing/unexpected keys or wrong types; see row_problems in stats.json", examples=off_schema)
    if other:
        report.add(f"malformed record ({source})", dropped=len(other), why="see row_problems in stats.json", examples=other)


def _dedupe(examples: list[dict], report: _Report, source: str) -> list[dict]:
    """Exact duplicates of the query: keep the first; count copies with a different answer apart."""
    first: dict[str, dict] = {}
    kept, copies, conflicts = [], [], []
    for ex in examples:
        key = norm_text(query_text(ex))
        if key in first:
            copies.append(ex["id"])
            if first[key]["completion"][0]["content"] != ex["completion"][0]["content"]:
                conflicts.append(ex["id"])
            continue
        first[key] = ex
        kept.append(ex)
    report.add(f"exact duplicate texts ({source})", dropped=len(copies),
               why=f"the first copy is kept; {len(conflicts)} of the copies had a different answer (inconsistent labelling)",
               examples=copies)
    return kept


def _unique_ids(examples: list[dict], report: _Report) -> None:
    """Ids name rows in reports and predictions: a repeated id gets a #2, #3... suffix."""
    seen: Counter = Counter()
    renamed = []
    for ex in examples:
        seen[ex["id"]] += 1
        if seen[ex["id"]] > 1:
            renamed.append(ex["id"])
            ex["id"] = f"{ex['id']}#{seen[ex['id']]}"
    if renamed:
        report.add("repeated ids", flagged=len(renamed), why="renamed with a #n suffix so every example has its own id",
                   examples=renamed)


def _clean_examples(records: list[dict] | None, settings: Settings, config: DatasetConfig, schema: dict, source: str,
                    report: _Report) -> list[dict] | None:
    """One source's usable examples, exact duplicates removed; None for no source."""
    if records is None:
        return None
    return _dedupe(_examples(records, settings, config, schema, source, report), report, source)


def _length_checks(examples: list[dict], tokenizer, max_length: int, context: int | None, drop_cut: bool,
                   report: _Report) -> tuple[list[dict], list[tuple[int, int]]]:
    lengths = token_lengths(examples, tokenizer)
    kept, kept_len, nothing, cut, too_long = [], [], [], [], []
    for ex, (p, total) in zip(examples, lengths):
        if context and total > context:
            too_long.append(ex["id"])
            continue
        if p >= max_length or total - p <= 0:
            nothing.append(ex["id"])
            continue
        if total > max_length:
            cut.append(ex["id"])
            if drop_cut:
                continue
        kept.append(ex)
        kept_len.append((p, total))
    report.add("longer than the model's context", dropped=len(too_long),
               why=f"more than {context} tokens with the chat template" if context else "context length unknown: not checked",
               examples=too_long)
    report.add("nothing to learn (answer fully cut by max_length)", dropped=len(nothing),
               why=f"the prompt alone fills max_length={max_length} tokens, so no answer token would carry loss",
               examples=nothing)
    report.add("answer partly cut by max_length", dropped=len(cut) if drop_cut else 0, flagged=0 if drop_cut else len(cut),
               why=f"prompt + answer exceed max_length={max_length}; raise max_length in 04_train or shorten the inputs",
               examples=cut)
    return kept, kept_len


def _flag_export_cut_and_languages(examples: list[dict], settings: Settings, report: _Report) -> Counter:
    """Records that look cut by the export (a cell limit), and the language mix: flagged, not dropped."""
    cut_at = export_cut_length([len(query_text(ex)) for ex in examples])
    cut_ids = [ex["id"] for ex in examples if cut_at and len(query_text(ex)) == cut_at]
    report.add("text looks cut by the export", flagged=len(cut_ids),
               why=f"{len(cut_ids)} texts stop at exactly {cut_at} characters, a typical export limit: re-export them"
               if cut_at else "no sign of a length limit", examples=cut_ids)
    languages = Counter(guess_language(query_text(ex), min_hits=LANGUAGE_MIN_HITS) for ex in examples)
    main = settings.language or "en"
    other_lang = sum(n for lang, n in languages.items() if lang not in (main, "unknown"))
    report.add("language mix", flagged=other_lang,
               why=", ".join(f"{lang}: {n}" for lang, n in languages.most_common())
               + f" (engagement language: {main}); make sure the base model covers them and eval has them too")
    return languages


def _near_duplicates(examples: list[dict], lengths: list[tuple[int, int]], config: DatasetConfig,
                     report: _Report) -> tuple[list[dict], list[tuple[int, int]], list[int]]:
    """Near-duplicates within the set: clustered (examples, lengths, cluster ids), or all but one per cluster dropped."""
    pairs = near_duplicate_pairs([query_text(ex) for ex in examples], threshold=config.near_dup_threshold)
    group = clusters(len(examples), pairs)
    sizes = Counter(group)
    in_clusters = [i for i, g in enumerate(group) if sizes[g] > 1]
    if config.drop_near_duplicates:
        keep = [i for i, g in enumerate(group) if i == g]  # a cluster's id is its first member
        dropped_ids = [examples[i]["id"] for i, g in enumerate(group) if i != g]
        report.add("near-duplicates within the set", dropped=len(dropped_ids),
                   why=f"similarity ≥ {config.near_dup_threshold}; one per cluster kept", examples=dropped_ids)
        return [examples[i] for i in keep], [lengths[i] for i in keep], [group[i] for i in keep]
    report.add("near-duplicates within the set", flagged=len(in_clusters),
               why=f"{sum(1 for s in sizes.values() if s > 1)} clusters of similarity ≥ {config.near_dup_threshold}, "
                   f"largest {max(sizes.values(), default=0)}; each cluster kept on one side of the split",
               examples=[examples[i]["id"] for i in in_clusters])
    return examples, lengths, group


def _check_enough(examples: list[dict], settings: Settings, config: DatasetConfig, source: Path) -> None:
    if len(examples) < config.min_examples:
        raise DatasetError(
            f"{source}: only {len(examples)} usable examples after the checks; at least {config.min_examples} are "
            f"needed to train and hold out an evaluation split. A narrow task wants a few hundred."
        )
    if settings.task == "classification" and len({ex["label"] for ex in examples}) < 2:
        raise DatasetError(
            f"{source}: column '{settings.label_column}' has a single class; classification needs at least two."
        )


# ---------------------------------------------------------------------------------------------
# Split
# ---------------------------------------------------------------------------------------------
def _split(examples: list[dict], evals_given: list[dict] | None, group: list[int], settings: Settings,
           config: DatasetConfig) -> dict[str, list[dict]]:
    """The client's held-out file, or a seeded split stratified by label with clusters kept together."""
    if evals_given is not None:
        return {"train": examples, "eval": evals_given}
    fractions = {"eval": config.eval_fraction}
    if config.test_fraction > 0:
        fractions["test"] = config.test_fraction
    strat = [ex["label"] if settings.task == "classification" else "" for ex in examples]
    parts = split_indices(strat, fractions, config.seed, group)
    return {name: [examples[i] for i in idx] for name, idx in parts.items()}


def _drop_leakage(splits: dict[str, list[dict]], config: DatasetConfig, report: _Report) -> None:
    """An eval example (near-)copied in training proves nothing: drop it from the held-out side."""
    train_q = [query_text(ex) for ex in splits["train"]]
    for name in [n for n in splits if n != "train"]:
        cross = near_duplicate_pairs([query_text(ex) for ex in splits[name]], train_q, config.near_dup_threshold)
        leaked = sorted({i for i, _, _ in cross})
        report.add(f"{name} near-duplicates of training examples (leakage)", dropped=len(leaked),
                   why=f"similarity ≥ {config.near_dup_threshold} to a training example; removed from {name}",
                   examples=[splits[name][i]["id"] for i in leaked])
        leaked_set = set(leaked)
        splits[name] = [ex for i, ex in enumerate(splits[name]) if i not in leaked_set]


def _label_balance(splits: dict[str, list[dict]], settings: Settings, report: _Report) -> list[str]:
    """The label set (every label seen, so evaluation knows all of them even when a smoke cap leaves
    one out of training), with its balance checked – a property of the data, so before any cap."""
    if settings.task != "classification":
        return []
    labels = sorted({ex["label"] for rows in splits.values() for ex in rows})
    if labels:
        counts = Counter(ex["label"] for ex in splits["train"])
        rare = [l for l in labels if counts[l] < 5]
        in_eval = {ex["label"] for ex in splits["eval"]}
        missing_eval = [l for l in labels if l not in in_eval]
        ratio = max(counts.values()) / min(counts.values())
        report.add("label balance", flagged=len(rare) + len(missing_eval),
                   why=f"{len(labels)} labels, {min(counts.values())}–{max(counts.values())} training examples each "
                       f"(ratio {ratio:.1f}); {len(rare)} with fewer than 5; {len(missing_eval)} absent from eval"
                       + ("; a ratio above 10 biases the model to the big labels" if ratio > 10 else ""),
                   examples=rare + missing_eval)
    return labels


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


def _cap(splits: dict[str, list[dict]], config: DatasetConfig, n_usable: int) -> None:
    """Smoke caps (max_train, max_eval), then the floor every held-out split must reach."""
    if config.max_train:
        splits["train"] = _subsample(splits["train"], config.max_train, config.seed)
    for name in [n for n in splits if n != "train"]:
        if config.max_eval:
            splits[name] = _subsample(splits[name], config.max_eval, config.seed)
        if len(splits[name]) < config.min_eval:
            raise DatasetError(
                f"Only {len(splits[name])} {name} examples are left after the checks (at least {config.min_eval} are "
                f"needed); {n_usable} usable examples in all. Provide more data, raise EVAL_FRACTION, or give "
                f"a held-out file with --eval-data."
            )


def _plant_canaries(splits: dict, config: DatasetConfig) -> list:
    try:
        rows, canaries = plant_canaries(splits["train"], config.canaries, config.seed)
    except (ValueError, RuntimeError) as exc:  # e.g. more canaries than training rows
        raise DatasetError(f"CANARIES = {config.canaries}: {exc}") from exc
    splits["train"] = list(rows)
    return canaries


# ---------------------------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------------------------
def _rel(path: Path, eng: Engagement) -> str:
    return str(path.relative_to(eng.root)) if path.is_relative_to(eng.root) else str(path)


def _marker_inputs(gate: dict) -> dict:
    try:
        return json.loads(Path(gate["marker"]).read_text(encoding="utf-8")).get("inputs", {})
    except (OSError, json.JSONDecodeError, KeyError):
        return {}


def _summary(values: list[int]) -> dict:
    if not values:
        return {}
    s = sorted(values)
    return {"min": s[0], "median": s[len(s) // 2], "p95": s[min(len(s) - 1, int(0.95 * len(s)))], "max": s[-1],
            "mean": round(sum(s) / len(s), 1)}


def _fingerprint(settings: Settings, config: DatasetConfig, inputs: dict) -> str:
    keys = ("task", "base_model", "text_column", "label_column", "system_prompt", "language", "data_file", "eval_file",
            "data_delimiter", "data_encoding", "data_sheet")
    code = sha256_text("".join(Path(m).read_text(encoding="utf-8") for m in _RECIPE_CODE))
    payload = {"settings": {k: getattr(settings, k) for k in keys}, "config": asdict(config), "inputs": inputs,
               "code": code}
    return sha256_text(json.dumps(payload, sort_keys=True, default=str))


def _outputs_intact(eng: Engagement, stats: dict) -> bool:
    for name, digest in (stats.get("hashes") or {}).items():
        path = eng.dataset_dir / f"{name}.jsonl"
        if not path.is_file() or sha256_file(path) != digest:
            return False
    return (eng.dataset_dir / "hf").is_dir() and bool(stats.get("hashes"))


def _saved_build(eng: Engagement, fingerprint: str) -> dict | None:
    """The saved stats when the dataset on disk was built from these inputs and choices and is intact."""
    stats_path = eng.dataset_dir / STATS_FILE
    if not stats_path.is_file():
        return None
    try:
        old = json.loads(stats_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return None
    return old if old.get("fingerprint") == fingerprint and _outputs_intact(eng, old) else None


def _stats(eng: Engagement, settings: Settings, config: DatasetConfig, *, sources: tuple, gate: dict, load_info: dict,
           client_read: dict, inputs: dict, schema: tuple[dict, str], n_records: int, splits: dict, labels: list[str], label_counts: dict,
           languages: Counter, tokens: tuple, train_len: list[tuple[int, int]], report: _Report, fingerprint: str) -> dict:
    """stats.json: where the examples came from, how they were made and checked, and what is in each split."""
    train_src, eval_src = sources
    max_length, context = tokens
    p_len = [p for p, _ in train_len]
    a_len = [t - p for p, t in train_len]
    return {
        "task": settings.task,
        "base_model": settings.base_model,
        "sources": {"train": _rel(train_src, eng), "eval": _rel(eval_src, eng) if eval_src else None,
                    "raw_inputs": (gate.get("marker") and _marker_inputs(gate)) or {}, "loader": load_info,
                    "client_read": client_read},
        "input_hashes": inputs,
        "mapping": {"text_column": settings.text_column, "label_column": settings.label_column,
                    "priority_column": config.priority_column, "conversation_column": config.conversation_column,
                    "id_column": config.id_column, "system_prompt": settings.system_prompt},
        "schema": schema[0], "schema_origin": schema[1],
        "anonymization_gate": {k: (str(v) if isinstance(v, Path) else v) for k, v in gate.items()},
        "n_records": n_records,
        "n_train": len(splits["train"]),
        "n_eval": len(splits["eval"]),
        **({"n_test": len(splits["test"])} if "test" in splits else {}),
        "labels": labels,
        "label_counts": label_counts,
        "languages": dict(languages),
        "tokens": {"max_length": max_length, "context": context,
                   "prompt": _summary(p_len), "answer": _summary(a_len), "total": _summary([t for _, t in train_len])},
        "checks": report.checks,
        "row_problems": report.rows[:200],
        "config": asdict(config),
        "fingerprint": fingerprint,
    }


def _save_settings(eng: Engagement, base: Settings, settings: Settings, labels: list[str]) -> None:
    """settings.json learns the label set and the mapping this build used (only after the dataset is written)."""
    changes = {}
    if labels and labels != base.labels:
        changes["labels"] = labels
    for key in ("text_column", "label_column", "system_prompt"):
        if getattr(settings, key) != getattr(base, key):
            changes[key] = getattr(settings, key)
    if changes:
        eng.update_settings(**changes)


def run_stage(eng: Engagement, config: DatasetConfig | None = None, *, redo: bool = False) -> dict:
    """Build the engagement's dataset from the anonymized records; return the stats.

    Nothing is written unless every check passes: the dataset folder is swapped in whole at the
    end, and settings.json is updated (labels, mapping) only after that. Raw data is only read.
    A build whose inputs and choices match the saved one is skipped unless `redo`.
    """
    config = config or DatasetConfig()
    base_settings = eng.settings()
    settings = _resolve(config, base_settings)
    train_src, eval_src, gate = source_paths(eng, config.override_gate)
    inputs = {_rel(p, eng): sha256_tree(p) for p in (train_src, eval_src) if p is not None and p.exists()}
    fingerprint = _fingerprint(settings, config, inputs)
    saved = None if redo else _saved_build(eng, fingerprint)
    if saved is not None:
        return {**saved, "skipped": True}

    report = _gate_report(gate)
    records, eval_records, load_info, eval_info = _load_inputs(eng, settings, config, train_src, eval_src,
                                                               raw_table_options(base_settings, gate))
    schema = _extraction_schema(settings, config, records, train_src)
    examples = _clean_examples(records, settings, config, schema[0], train_src.name, report)
    evals_given = _clean_examples(eval_records, settings, config, schema[0], eval_src.name if eval_src else "", report)
    _unique_ids(examples + (evals_given or []), report)

    # Token lengths with the base model's own tokenizer and chat template.
    max_length = config.max_length or TrainConfig().max_length
    tokenizer = load_tokenizer(settings.base_model)
    context = model_context(settings.base_model, tokenizer)
    examples, lengths = _length_checks(examples, tokenizer, max_length, context, config.drop_cut_answers, report)
    if evals_given is not None:
        evals_given, _ = _length_checks(evals_given, tokenizer, max_length, context, config.drop_cut_answers, report)
    languages = _flag_export_cut_and_languages(examples, settings, report)
    examples, lengths, group = _near_duplicates(examples, lengths, config, report)
    _check_enough(examples, settings, config, train_src)

    length_of = {id(ex): n for ex, n in zip(examples, lengths)}
    splits = _split(examples, evals_given, group, settings, config)
    _drop_leakage(splits, config, report)
    labels = _label_balance(splits, settings, report)
    _cap(splits, config, len(examples))
    label_counts = {name: dict(sorted(Counter(ex["label"] for ex in rows).items())) if labels else {}
                    for name, rows in splits.items()}  # counted before canaries add rows
    train_len = [length_of[id(ex)] for ex in splits["train"]]  # measured before canaries change any row
    canaries = None
    if config.canaries > 0:
        canaries = _plant_canaries(splits, config)
        report.add("canaries planted in train", flagged=len(canaries),
                   why="synthetic secrets to test in 05_evaluate whether the model memorises training text")

    stats = _stats(eng, settings, config, sources=(train_src, eval_src), gate=gate, load_info=load_info, inputs=inputs,
                   client_read=_client_read(eng, gate, (train_src, eval_src), (load_info, eval_info)),
                   schema=schema, n_records=len(records), splits=splits, labels=labels, label_counts=label_counts,
                   languages=languages, tokens=(max_length, context), train_len=train_len, report=report, fingerprint=fingerprint)
    write_dataset(eng, splits["train"], splits["eval"], stats, test=splits.get("test"), canaries=canaries,
                  lengths=train_len)
    _save_settings(eng, base_settings, settings, labels)
    return stats


build = run_stage  # the name the notebook and the tests have always called


# ---------------------------------------------------------------------------------------------
# Outputs
# ---------------------------------------------------------------------------------------------
def write_dataset(eng: Engagement, train: list[dict], evals: list[dict], stats: dict, test: list[dict] | None = None,
                  canaries: list | None = None, lengths: list[tuple[int, int]] | None = None) -> None:
    """Write the DatasetDict, JSONL copies, stats, card and plots in one atomic folder swap."""
    import datasets
    from datasets import Dataset, DatasetDict

    parts = {"train": train, "eval": evals, **({"test": test} if test is not None else {})}
    with atomic_dir(eng.dataset_dir) as tmp:
        hashes = {}
        for name, rows in parts.items():
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
            (tmp / f"{name}.jsonl").write_text(text, encoding="utf-8")
            hashes[name] = sha256_text(text)
        was_on = datasets.is_progress_bar_enabled()
        datasets.disable_progress_bars()  # a few hundred rows save in a blink: no "Saving the dataset" bar per split
        try:
            DatasetDict({name: Dataset.from_list(rows) for name, rows in parts.items()}).save_to_disk(str(tmp / "hf"))
        finally:
            if was_on:
                datasets.enable_progress_bars()
        stats["hashes"] = hashes
        # without a test split this is the hash of before, so the lineage of earlier runs still matches
        stats["dataset_hash"] = sha256_text(hashes["train"] + hashes["eval"] + hashes.get("test", ""))
        if canaries is not None:
            write_json(tmp / CANARIES_FILE, canaries)
            stats["canaries_file"] = CANARIES_FILE
        plots = []
        if stats.get("labels"):
            label_distribution_plot(stats["label_counts"], tmp / "label_distribution.png")
            plots.append("label_distribution.png")
        if lengths:
            token_length_plot(lengths, stats.get("tokens", {}).get("max_length"), tmp / "token_lengths.png")
            plots.append("token_lengths.png")
        stats["plots"] = plots
        write_json(tmp / STATS_FILE, stats)
        atomic_write_text(tmp / "dataset_card.md", dataset_card(stats))


def dataset_card(stats: dict) -> str:
    gate = stats.get("anonymization_gate", {})
    sources = stats.get("sources", {})
    n_test = f", {stats['n_test']} test" if "n_test" in stats else ""
    lines = [
        "# Dataset card",
        "",
        f"- Task: **{stats['task']}**; base model: `{stats['base_model']}`",
        f"- Sources: `{sources.get('train')}`" + (f", evaluation `{sources['eval']}`" if sources.get("eval") else ""),
        *(f"- client {'' if role == 'train' else role + ' '}file read as: `{r['file']}`, {r['read_as']}"
          for role, r in (sources.get("client_read") or {}).items()),
        f"- Examples: {stats['n_train']} train, {stats['n_eval']} eval{n_test} (held out; training never sees them)",
        f"- Dataset hash (sha256 of the JSONL splits): `{stats.get('dataset_hash', '')}`",
    ]
    if gate.get("overridden"):
        reason = f" Reason: {gate['reason']}." if gate.get("reason") else ""
        lines.append(f"- **Anonymization gate overridden: this dataset was built from raw, un-anonymized data.{reason}**")
    else:
        lines.append("- Built from anonymized records (stage 02); the pseudonym mapping is kept apart and is not in this dataset.")
    mapping = stats.get("mapping")
    if mapping:
        lines += ["", "## How records became examples", ""]
        lines.append(f"- Prompt: system prompt {mapping['system_prompt']!r} + column `{mapping['text_column']}`"
                     + (f" (whole threads from `{mapping['conversation_column']}`: earlier turns in the prompt)"
                        if mapping.get("conversation_column") else ""))
        answer = f"column `{mapping['label_column']}`"
        if mapping.get("priority_column"):
            answer += f" and `{mapping['priority_column']}`, as `category{PRIORITY_SEPARATOR}priority`"
        lines.append(f"- Answer (the only tokens with loss): {answer}")
        if stats.get("schema"):
            lines.append(f"- Extraction schema ({stats.get('schema_origin', '')}): `{json.dumps(stats['schema'])}`")
    tokens = stats.get("tokens")
    if tokens and tokens.get("total"):
        lines.append(f"- Tokens per training example (chat template): median {tokens['total']['median']}, "
                     f"max {tokens['total']['max']}; max_length {tokens['max_length']}, model context {tokens['context']}")
    lines += ["", "## Checks", "", "| check | dropped | flagged | why |", "|---|---:|---:|---|"]
    for c in stats.get("checks", []):
        why = str(c.get("why", "")).replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {c['check']} | {c.get('dropped', 0)} | {c.get('flagged', 0)} | {why} |")
    cfg = stats.get("config") or {}
    if cfg:
        lines += ["", "## Splits", ""]
        if sources.get("eval"):
            lines.append(f"- Evaluation: the client's held-out file `{sources['eval']}`, minus near-copies of training examples")
        else:
            lines.append(f"- Seeded split (seed {cfg.get('seed')}): eval {cfg.get('eval_fraction')}"
                         + (f", test {cfg.get('test_fraction')}" if cfg.get("test_fraction") else "")
                         + ", stratified by label; near-duplicate clusters kept on one side")
        if cfg.get("max_train") or cfg.get("max_eval"):
            lines.append(f"- **Capped for a smoke run**: at most {cfg.get('max_train') or 'all'} train and "
                         f"{cfg.get('max_eval') or 'all'} eval examples")
        if stats.get("canaries_file"):
            lines.append(f"- Canaries planted in train: {cfg.get('canaries')} (`{stats['canaries_file']}`)")
    if stats.get("row_problems"):
        lines += ["", f"Rows dropped for their content (first {min(10, len(stats['row_problems']))}):", ""]
        lines += [f"- {p['source']} row {p['row']} (id {p['id']}): {p['problem']}" for p in stats["row_problems"][:10]]
    if stats.get("labels"):
        names = [n for n in ("train", "eval", "test") if n in stats.get("label_counts", {})]
        lines += ["", "## Labels", "", "| label | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
        for label in stats["labels"]:
            lines.append(f"| {label} | " + " | ".join(str(stats["label_counts"][n].get(label, 0)) for n in names) + " |")
    lines += ["", "## Hashes (sha256)", ""]
    for name, digest in stats.get("input_hashes", {}).items():
        lines.append(f"- input `{name}`: `{digest}`")
    for name, digest in (stats.get("sources", {}).get("raw_inputs") or {}).items():
        lines.append(f"- raw input `{name}`: `{digest}`")
    for name, digest in stats.get("hashes", {}).items():
        lines.append(f"- output `{name}.jsonl`: `{digest}`")
    return "\n".join(lines) + "\n"


def labelled_subset(train_csv: Path, test_csv: Path, out_dir: Path, n_labels: int = 10, n_train: int = 30,
                    n_test: int = 20, seed: int = 0, label_column: str = "category") -> tuple[Path, Path]:
    """Write a class-balanced subset of a labelled benchmark (e.g. BANKING77) as two CSVs.

    Training rows come from `train_csv` only and evaluation rows from `test_csv` only, so the
    held-out file never leaks into training.
    """
    rng = random.Random(seed)
    train, test = load_table(train_csv), load_table(test_csv)
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
