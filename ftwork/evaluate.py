"""Stage 05 – evaluate: the tuned model against the base model on held-out cases.

Three contenders answer the same held-out prompts with greedy decoding:
- `base`: the base model with the bare query (the short task instruction, as in training);
- `prompted_base`: the base model with the client's long instruction prompt (today's prompting);
- `tuned`: the base model plus the run's adapter, with the bare query.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from .dataset import make_prompt
from .engagement import Engagement, Settings, atomic_write_text, write_json

CONTENDERS = ("base", "prompted_base", "tuned")


class EvaluationError(RuntimeError):
    """An evaluation problem explained with its fix."""


@dataclass
class EvalConfig:
    max_eval: int = 0  # 0 = the whole eval split
    batch_size: int = 16
    max_new_tokens: int = 0  # 0 = chosen by task
    contenders: tuple[str, ...] = CONTENDERS


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------
def generate(model, tokenizer, prompts: list[list[dict]], max_new_tokens: int, batch_size: int = 16, desc: str = "generating"):
    """Greedy answers for chat prompts, batched with left padding; returns answers, latencies, prompt tokens.

    Prompts are sorted by length so a batch holds similar lengths (less padding); results come
    back in the input order. Latency per query is the batch's wall time shared over its queries.
    """
    import torch
    from tqdm.auto import tqdm

    tokenizer.padding_side = "left"
    texts = [tokenizer.apply_chat_template(p, tokenize=False, add_generation_prompt=True) for p in prompts]
    lengths = [len(tokenizer(t, add_special_tokens=False)["input_ids"]) for t in texts]
    order = sorted(range(len(texts)), key=lambda i: lengths[i])
    answers: list[str] = [""] * len(texts)
    latency: list[float] = [0.0] * len(texts)
    model.eval()
    eos = model.generation_config.eos_token_id
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else eos
    with torch.inference_mode():
        for start in tqdm(range(0, len(order), batch_size), desc=desc, unit="batch"):
            idx = order[start : start + batch_size]
            enc = tokenizer([texts[i] for i in idx], return_tensors="pt", padding=True, add_special_tokens=False).to(model.device)
            t0 = time.perf_counter()
            out = model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=False, eos_token_id=eos, pad_token_id=pad)
            dt = (time.perf_counter() - t0) / len(idx)
            for row, i in enumerate(idx):
                answers[i] = tokenizer.decode(out[row, enc["input_ids"].shape[1] :], skip_special_tokens=True).strip()
                latency[i] = dt
    return answers, latency, lengths


# ---------------------------------------------------------------------------------------------
# Metrics
# ---------------------------------------------------------------------------------------------
def normalize_label(answer: str, labels: list[str]) -> str:
    """Map a free answer to a label when it *is* that label (case, quotes, trailing dot aside)."""
    first = answer.strip().splitlines()[0] if answer.strip() else ""
    cleaned = re.sub(r"^[\s\"'`*]+|[\s\"'`*.]+$", "", first).lower()
    for label in labels:
        if cleaned == label.lower():
            return label
    return answer.strip()


def classification_metrics(gold: list[str], pred: list[str], labels: list[str]) -> dict:
    pred = [normalize_label(p, labels) for p in pred]
    n = len(gold)
    per_class = {}
    f1s = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_class[label] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "support": tp + fn}
        if tp + fn:
            f1s.append(f1)
    return {
        "accuracy": round(sum(g == p for g, p in zip(gold, pred)) / n, 4) if n else 0.0,
        "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0,
        "invalid_rate": round(sum(p not in labels for p in pred) / n, 4) if n else 0.0,
        "per_class": per_class,
    }


def _parse_json(text: str):
    match = re.search(r"\{.*\}", text, re.S)
    if not match:
        return None
    try:
        value = json.loads(match.group(0))
        return value if isinstance(value, dict) else None
    except json.JSONDecodeError:
        return None


def extraction_metrics(gold: list[str], pred: list[str]) -> dict:
    """Share of valid JSON, field precision/recall (a field counts when its value matches), exact match."""
    valid = tp = n_pred = n_gold = exact = 0
    for g, p in zip(gold, pred):
        gd, pd_ = json.loads(g), _parse_json(p)
        n_gold += len(gd)
        if pd_ is None:
            continue
        valid += 1
        n_pred += len(pd_)
        hits = sum(1 for k, v in gd.items() if k in pd_ and str(pd_[k]).strip().lower() == str(v).strip().lower())
        tp += hits
        exact += hits == len(gd) and len(pd_) == len(gd)
    n = len(gold)
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    return {
        "valid_json": round(valid / n, 4) if n else 0.0,
        "field_precision": round(prec, 4),
        "field_recall": round(rec, 4),
        "field_f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0,
        "exact_match": round(exact / n, 4) if n else 0.0,
    }


def rouge_l(reference: str, candidate: str) -> float:
    """ROUGE-L F1 on lower-cased word tokens (longest common subsequence)."""
    a, b = reference.lower().split(), candidate.lower().split()
    if not a or not b:
        return 0.0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, start=1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[-1]))
        prev = cur
    lcs = prev[-1]
    if not lcs:
        return 0.0
    p, r = lcs / len(b), lcs / len(a)
    return 2 * p * r / (p + r)


def writing_metrics(gold: list[str], pred: list[str]) -> dict:
    from sacrebleu.metrics import CHRF

    chrf = CHRF()
    n = len(gold)
    return {
        "rouge_l": round(sum(rouge_l(g, p) for g, p in zip(gold, pred)) / n, 4) if n else 0.0,
        "chrf": round(chrf.corpus_score(pred, [gold]).score / 100, 4) if n else 0.0,
        "empty_rate": round(sum(not p.strip() for p in pred) / n, 4) if n else 0.0,
    }


PRIMARY_METRIC = {"classification": "accuracy", "extraction": "field_f1", "writing": "chrf"}


def score(task: str, gold: list[str], pred: list[str], labels: list[str]) -> dict:
    if task == "classification":
        return classification_metrics(gold, pred, labels)
    if task == "extraction":
        return extraction_metrics(gold, pred)
    if task == "writing":
        return writing_metrics(gold, pred)
    raise EvaluationError(f"No metric for task '{task}'. Use classification, extraction or writing.")


# ---------------------------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------------------------
def prompting_baseline_prompt(settings: Settings) -> str:
    """The client's long instruction prompt, or – if none was given – the task instruction plus the label list."""
    if settings.client_prompt.strip():
        return settings.client_prompt
    if settings.task == "classification" and settings.labels:
        return (f"{settings.system_prompt} Answer with exactly one of these categories and nothing else: "
                + ", ".join(settings.labels) + ".").strip()
    return settings.system_prompt


def default_max_new_tokens(task: str, tokenizer, answers: list[str]) -> int:
    longest = max((len(tokenizer(a, add_special_tokens=False)["input_ids"]) for a in answers), default=16)
    return {"classification": longest + 4, "extraction": int(longest * 1.3) + 16}.get(task, min(int(longest * 1.3) + 16, 384))


def load_tuned(settings: Settings, adapter_dir: Path):
    import torch
    from peft import PeftModel

    from .models import load_model

    if not (adapter_dir / "adapter_config.json").is_file() and not (adapter_dir / "config.json").is_file():
        raise EvaluationError(f"No trained model in {adapter_dir}: run 04_train for this run first.")
    if (adapter_dir / "config.json").is_file():  # full fine-tune: a whole model
        return load_model(str(adapter_dir))
    config = json.loads((adapter_dir / "adapter_config.json").read_text())
    from .export import check_adapter_base

    check_adapter_base(config, settings.base_model)
    return PeftModel.from_pretrained(load_model(settings.base_model, dtype=torch.float32), str(adapter_dir))


def evaluate(eng: Engagement, run: str = "run-01", config: EvalConfig | None = None) -> dict:
    """Run the contenders on the eval split; write metrics.json, predictions and plots in runs/<run>/."""
    from .dataset import load_splits
    from .models import load_model, load_tokenizer
    from .plots import comparison_plot, confusion_plot

    config = config or EvalConfig()
    settings = eng.settings()
    out_dir = eng.run_dir(run)
    adapter_dir = out_dir / "adapter"
    if not (out_dir / "train_config.json").is_file():
        raise EvaluationError(f"Run '{run}' has not finished training ({out_dir}/train_config.json is missing): run 04_train first.")
    splits = load_splits(eng)
    evals = splits["eval"]
    if config.max_eval and len(evals) > config.max_eval:
        evals = evals.shuffle(seed=0).select(range(config.max_eval))
    _check_overlap(splits["train"], evals)
    queries = [ex["prompt"][-1]["content"] for ex in evals]
    gold = [ex["completion"][0]["content"] for ex in evals]
    tokenizer = load_tokenizer(settings.base_model)
    max_new = config.max_new_tokens or default_max_new_tokens(settings.task, tokenizer, gold)
    prompts = {
        "base": [make_prompt(q, settings.system_prompt) for q in queries],
        "prompted_base": [make_prompt(q, prompting_baseline_prompt(settings)) for q in queries],
        "tuned": [make_prompt(q, settings.system_prompt) for q in queries],
    }
    results: dict[str, dict] = {}
    predictions: dict[str, list[str]] = {}
    base_model = None
    for name in config.contenders:
        if name == "tuned":
            model = load_tuned(settings, adapter_dir)
        else:
            base_model = base_model or load_model(settings.base_model)
            model = base_model
        answers, latency, lengths = generate(model, tokenizer, prompts[name], max_new, config.batch_size, desc=name)
        metrics = score(settings.task, gold, answers, settings.labels)
        metrics["prompt_tokens_mean"] = round(sum(lengths) / len(lengths), 1)
        metrics["latency_s_mean"] = round(sum(latency) / len(latency), 4)
        metrics["empty_answers"] = sum(not a.strip() for a in answers)
        results[name] = metrics
        predictions[name] = answers
    if "tuned" in results and results["tuned"]["empty_answers"] == len(gold):
        raise EvaluationError("The tuned model answered nothing on every case: check the adapter and the chat template.")

    primary = PRIMARY_METRIC[settings.task]
    metrics = {
        "task": settings.task,
        "base_model": settings.base_model,
        "run": run,
        "n_eval": len(gold),
        "primary_metric": primary,
        **results,
        "max_new_tokens": max_new,
        "config": asdict(config),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    rows = [
        {"id": ex["id"], "query": q, "gold": g, **{name: predictions[name][i] for name in predictions}}
        for i, (ex, q, g) in enumerate(zip(evals, queries, gold))
    ]
    atomic_write_text(out_dir / "predictions.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    metric_names = ["accuracy", "macro_f1"] if settings.task == "classification" else [primary]
    comparison_plot({k: results[k] for k in results}, metric_names, out_dir / "comparison.png")
    if settings.task == "classification" and "tuned" in predictions:
        confusion_plot(settings.labels, gold, [normalize_label(p, settings.labels) for p in predictions["tuned"]], out_dir / "confusion.png")
    atomic_write_text(out_dir / "report.md", report_markdown(metrics, rows))
    write_json(out_dir / "metrics.json", metrics)  # last: its presence means the evaluation finished
    return metrics


def _check_overlap(train, evals) -> None:
    train_q = {ex["prompt"][-1]["content"].strip().lower() for ex in train}
    overlap = sum(ex["prompt"][-1]["content"].strip().lower() in train_q for ex in evals)
    if overlap:
        raise EvaluationError(
            f"{overlap} eval cases also appear in training: the comparison would flatter the tuned model. "
            "Rebuild the dataset in 03_build_dataset (it removes such leaks)."
        )


def report_markdown(metrics: dict, rows: list[dict]) -> str:
    contenders = [c for c in CONTENDERS if c in metrics]
    keys = [k for k in metrics[contenders[0]] if isinstance(metrics[contenders[0]][k], (int, float))]
    lines = [
        f"# Evaluation report – run `{metrics['run']}`",
        "",
        f"Task **{metrics['task']}**, base model `{metrics['base_model']}`, {metrics['n_eval']} held-out cases "
        f"training never saw. Primary metric: **{metrics['primary_metric']}**.",
        "",
        "| metric | " + " | ".join(contenders) + " |",
        "|---|" + "---:|" * len(contenders),
    ]
    for k in keys:
        lines.append(f"| {k} | " + " | ".join(f"{metrics[c][k]}" for c in contenders) + " |")
    lines += ["", "![comparison](comparison.png)", ""]
    if metrics["task"] == "classification":
        lines += ["![confusion matrix](confusion.png)", ""]
    lines += ["## Examples", "", "| query | expected | " + " | ".join(contenders) + " |", "|---|---|" + "---|" * len(contenders)]

    def cell(text: str) -> str:
        return str(text).replace("|", "\\|").replace("\n", " ")[:160]

    for r in rows[:10]:
        lines.append(f"| {cell(r['query'])} | {cell(r['gold'])} | " + " | ".join(cell(r[c]) for c in contenders) + " |")
    return "\n".join(lines) + "\n"
