"""Stage 01 – assess: go/no-go, data readiness, return on investment, hardware plan and base model.

Everything here takes plain values and returns plain results; `run_stage` strings the parts
together for the notebook and writes ``assess/assessment.md`` and ``assessment.json``. Nothing in
this module raises on a consultant's answers: nonsense comes back as warnings beside a recommendation.

The decision rules (`recommend`) follow the engagement guide:

* Prompting is where to start. Fine-tuning is for *behaviour* (a house criterion for routing, an
  extraction format, a house style, shorter prompts), and only pays when the volume is high enough
  (at least `LOW_VOLUME` queries a day), there are enough clean examples (`MIN_EXAMPLES`, a few hundred
  to a few thousand for a narrow task), the need is narrow, and prompting falls short of `GOOD_ENOUGH`.
* Knowledge that changes (prices, stock, policies: monthly or more often) and question answering over
  documents call for retrieval (RAG): a fine-tuned model would learn facts that are stale next week.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from . import hardware
from .configs import AssessConfig, Questionnaire
from .engagement import Engagement, Settings, atomic_write_text
from .errors import EngagementError
from .language import guess_language
from .loaders import TABLE_FORMATS, load_table
from .models import (base_model_facts, count_prompt_tokens, count_tokens, counting_tokenizer, resolve_model,
                     suggest_models, token_stats)
from .pii.checksums import dni_valid, iban_valid, nie_valid
from .plans import plan_hardware, plans_that_fit
from .plots import roi_plot
from .probe import probe_engagement
from .roi import as_number, roi, roi_table
from .tasks import TASK_NAMES, task

KNOWLEDGE_CHANGES = ("never", "yearly", "monthly", "weekly", "daily")
# The questionnaire's answers to "what is the task": the engagement tasks of the registry, plus a
# general-purpose need (which rules fine-tuning out).
QUESTIONNAIRE_TASKS = (*TASK_NAMES, "general")
DATA_QUALITY = ("clean", "mixed", "poor")
PRIVACY = ("cloud_ok", "on_premise")
HARDWARE = ("auto", "cpu", "gpu16", "gpu24", "gpu80", "multi_gpu")
VERDICTS = ("prompting", "rag", "fine-tune", "fine-tune+rag", "prompting+rag")

LOW_VOLUME = 100  # queries/day below which a fine-tuned model rarely repays its project
MIN_EXAMPLES = 200  # "a few hundred" clean examples is the floor for a narrow task
COMFORT_EXAMPLES = 500  # below this, expect a second round of data collection
MIN_PER_LABEL = 20  # a label with fewer examples is barely learnable
GOOD_ENOUGH = 0.90  # prompting at ~90% of the way: fine-tuning rarely earns its keep
RAG_CHANGES = ("monthly", "weekly", "daily")
FAST_CHANGES = ("weekly", "daily")

DEFAULT_TUNED_PROMPT = "Classify the ticket."  # when the engagement has no short system prompt yet
EXAMPLE_CLIENT_PROMPT_TOKENS = 1200  # the guide's chatbot example, used when no client prompt is given

# What fine-tuning teaches for each task, in the recommendation's words (other tasks: the registry's summary).
BEHAVIOUR = {"classification": "the company's own criterion for classifying and routing",
             "extraction": "the company's extraction format",
             "writing": "the house style and tone",
             "qa": "the answer format and tone (the facts stay in retrieval)"}


@dataclass
class Recommendation:
    verdict: str  # one of VERDICTS
    reasons: list[str]
    warnings: list[str]
    go: bool  # True when fine-tuning is part of the recommendation


# -- the questionnaire ------------------------------------------------------------------------------

def _languages(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = re.split(r"[,;\s]+", value)
    try:
        return [str(v).strip().lower() for v in value if str(v).strip()]
    except TypeError:
        return []


def validate(q: Questionnaire) -> list[str]:
    """Problems with the answers, each worded for the consultant; an empty list when they make sense."""
    problems = []
    for name, low in (("queries_per_day", 0), ("examples_available", 0)):
        value = getattr(q, name, None)
        number = as_number(value)
        if number is None:
            problems.append(f"{name} must be a number, not {value!r}.")
        elif number < low:
            problems.append(f"{name} cannot be negative (got {value!r}); enter 0 or more.")
    score = as_number(getattr(q, "prompting_score", None))
    if score is None or not 0 <= score <= 1:
        problems.append(f"prompting_score must be a share between 0 and 1 (0.7 for 70%), not {q.prompting_score!r}.")
    for name, allowed in (("knowledge_changes", KNOWLEDGE_CHANGES), ("task", QUESTIONNAIRE_TASKS),
                          ("data_quality", DATA_QUALITY), ("privacy", PRIVACY), ("hardware", HARDWARE)):
        value = getattr(q, name, None)
        if value not in allowed:
            problems.append(f"{name} must be one of {', '.join(allowed)}, not {value!r}.")
    if not _languages(getattr(q, "languages", None)):
        problems.append("languages is empty: name at least one, e.g. ['en'] or ['es', 'en'].")
    return problems


def _blockers(q: Questionnaire, volume: float, examples: int, score: float) -> list[str]:
    """What stands in the way of fine-tuning; none means it fits."""
    blockers = []
    if volume < LOW_VOLUME:
        blockers.append(f"Low volume: {volume:g} queries a day (under {LOW_VOLUME}). The tokens a fine-tuned model "
                        "saves will not repay the project; prompting an existing model is cheaper.")
    if examples == 0:
        blockers.append("No labelled examples: fine-tuning learns from examples. Start with prompting and collect "
                        f"a few hundred (at least {MIN_EXAMPLES}) from the daily work.")
    elif examples < MIN_EXAMPLES:
        blockers.append(f"Too few examples: {examples} (a narrow task needs a few hundred to a few thousand, "
                        f"at least {MIN_EXAMPLES}).")
    if q.data_quality == "poor":
        blockers.append("The data is poor: a model trained on it learns its mistakes. Clean and relabel first.")
    if q.task == "general":
        blockers.append("The need is general-purpose: fine-tuning narrows a model to one task; a good general "
                        "model with prompting serves a broad need better.")
    if score >= GOOD_ENOUGH:
        blockers.append(f"Prompting already gets {score:.0%} of the way (the bar is {GOOD_ENOUGH:.0%}): "
                        "improve the prompt before training anything.")
    return blockers


def _caveats(q: Questionnaire, fine_tune: bool, examples: int, langs: list[str]) -> list[str]:
    """Warnings that qualify the verdict without changing it."""
    warnings = []
    if fine_tune and examples < COMFORT_EXAMPLES:
        warnings.append(f"{examples} examples is at the low end: plan a second round of data collection.")
    if fine_tune and q.data_quality == "mixed":
        warnings.append("The data quality is mixed: budget time to clean and relabel before training "
                        "(quality beats volume).")
    if fine_tune and len(langs) > 1 and examples / len(langs) < MIN_EXAMPLES:
        warnings.append(f"{len(langs)} languages share {examples} examples: each language needs its own few hundred.")
    if fine_tune and q.hardware == "cpu":
        warnings.append("On a CPU only tiny models (up to ~0.5B parameters) train in reasonable time; 4B–8B models "
                        "need a GPU (QLoRA fits 16 GB, LoRA 24 GB).")
    if not fine_tune and q.privacy == "on_premise":
        warnings.append("The data must stay in the company: prompt an open model run on its own machines rather "
                        "than a cloud API.")
    return warnings


def recommend(q: Questionnaire) -> Recommendation:
    """Turn the answers into a verdict with its reasons and warnings, by the rules in the module docstring."""
    try:
        problems = validate(q)
    except Exception as exc:  # a questionnaire of the wrong shape altogether
        problems = [f"The answers could not be read ({exc})."]
    if problems:
        return Recommendation(
            "prompting",
            ["Some answers are not usable, so no case for fine-tuning can be made yet: start with prompting, "
             "fix the answers and run the assessment again."],
            problems, go=False)

    volume = as_number(q.queries_per_day)
    examples = int(as_number(q.examples_available))
    score = as_number(q.prompting_score)
    reasons, warnings = [], []
    needs_rag = q.knowledge_changes in RAG_CHANGES or q.task == "qa"
    if q.knowledge_changes in RAG_CHANGES:
        reasons.append(f"The knowledge it needs changes {q.knowledge_changes}: keep it in documents and retrieve it "
                       "at query time (RAG), where an update is an edit, not a new training run.")
    if q.knowledge_changes in FAST_CHANGES:
        warnings.append(f"Knowledge that changes {q.knowledge_changes} must not be trained into the model: "
                        "it would answer with last week's prices and policies.")
    if q.task == "qa":
        reasons.append("Answering questions from the company's documents is retrieval's job: fine-tuning teaches "
                       "behaviour reliably, facts unreliably.")

    blockers = _blockers(q, volume, examples, score)
    fine_tune = not blockers
    if fine_tune:
        what = BEHAVIOUR.get(q.task) or task(q.task).summary
        reasons.append(f"Fine-tuning fits: {what} is behaviour a model learns from examples.")
        reasons.append(f"{examples:,} {q.data_quality} examples and {volume:,.0f} queries a day are enough to train "
                       f"and to repay the work; prompting reaches only {score:.0%}.")
        reasons.append("A fine-tuned model needs a short prompt instead of long instructions and examples, "
                       "which cuts the tokens paid on every query.")
        if q.privacy == "on_premise":
            reasons.append("The data must stay in the company: a small open model fine-tuned and run on its own "
                           "machines keeps it there.")
    else:
        reasons.extend(blockers)
    warnings.extend(_caveats(q, fine_tune, examples, _languages(q.languages)))

    if fine_tune:
        verdict = "fine-tune+rag" if needs_rag else "fine-tune"
    elif needs_rag:
        verdict = "rag" if (q.knowledge_changes in FAST_CHANGES or q.task == "qa") else "prompting+rag"
    else:
        verdict = "prompting"
        reasons.append("Recommendation: prompting. Write a clear instruction with a few examples and measure it; "
                       "revisit fine-tuning when the blockers above are gone.")
    return Recommendation(verdict, reasons, warnings, go=fine_tune)


def questionnaire_from(params: dict) -> Questionnaire:
    """Build a Questionnaire from notebook parameters (extra keys ignored, languages may be 'es,en')."""
    known = {f.name for f in dataclasses.fields(Questionnaire)}
    values = {k: v for k, v in params.items() if k in known}
    if "languages" in values:
        values["languages"] = _languages(values["languages"])
    return Questionnaire(**values)


# -- data readiness ---------------------------------------------------------------------------------

PII_PATTERNS = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "phone": re.compile(
        r"(?<![\w+])(?:(?:\+|00)\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?"
        r"(?:[6789]\d{2}[ .-]?\d{3}[ .-]?\d{3}|[6789]\d{2}(?:[ .-]\d{2}){3}|\d{3}[ .-]\d{3}[ .-]\d{4})(?![\w])"),
    "iban": re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b"),
    "dni": re.compile(r"\b\d{8}-?[A-Z]\b"),
    "nie": re.compile(r"\b[XYZ]-?\d{7}-?[A-Z]\b"),
}
_PII_CHECKS = {"iban": iban_valid, "dni": dni_valid, "nie": nie_valid}  # stage 02's checksums


def find_pii(text: str) -> Counter:
    """A first count of personal data by pattern (checksums for IBAN and DNI/NIE); stage 02 does it properly."""
    found = Counter()
    for kind, pattern in PII_PATTERNS.items():
        for match in pattern.finditer(text or ""):
            check = _PII_CHECKS.get(kind)
            if check is None or check(match.group(0)):
                found[kind] += 1
    return found


def _data_file(eng: Engagement, settings: Settings, out: dict) -> Path | None:
    """The client's data file in raw/ (settings.data_file, else the only one); None, with a reason, when there is none."""
    if eng.raw.is_dir():
        out["files"] = [{"name": str(p.relative_to(eng.raw)), "bytes": p.stat().st_size}
                        for p in sorted(eng.raw.rglob("*")) if p.is_file() and not p.name.startswith(".")]
    data_files = [f["name"] for f in out["files"] if Path(f["name"]).suffix.lower() in TABLE_FORMATS]
    name = settings.data_file
    if not name:
        if len(data_files) != 1:
            out["reasons"].append("settings.json names no data_file and raw/ holds "
                                  f"{len(data_files) or 'no'} data files: set data_file in settings.json.")
            return None
        name = data_files[0]
        out["warnings"].append(f"settings.json names no data_file; using the only data file, raw/{name}.")
    out["file"] = name
    if not (eng.raw / name).is_file():
        out["reasons"].append(f"The data file raw/{name} does not exist (raw/ holds: "
                              f"{', '.join(data_files) or 'nothing usable'}).")
        return None
    return eng.raw / name


def _count_rows(df, text_col: str, label_col: str, has_label: bool, out: dict):
    """Empty, duplicate and conflicting records into `out`; returns the usable rows."""
    empty = df[text_col].str.strip() == ""
    if has_label:
        empty |= df[label_col].str.strip() == ""
    out["empty"] = int(empty.sum())
    subset = [text_col, label_col] if has_label else [text_col]
    dup_text = df[text_col].duplicated(keep="first") & ~empty
    dup_pair = df.duplicated(subset=subset, keep="first") & ~empty
    out["duplicates"] = int(dup_pair.sum())
    out["duplicate_texts"] = int(dup_text.sum())
    out["conflicting_duplicates"] = 0
    if has_label:
        labels_per_text = df[~empty].groupby(text_col)[label_col].nunique()
        out["conflicting_duplicates"] = int((labels_per_text > 1).sum())
    usable = df[~empty & ~dup_pair]
    out["usable"] = int(len(usable))
    return usable


def _describe_texts(usable, df, settings: Settings, has_label: bool, tokenizer, tokenizer_name, sample: int,
                    out: dict) -> None:
    """Labels, languages, token lengths and a first count of personal data, into `out`."""
    text_col, label_col = settings.text_column, settings.label_column
    if has_label and settings.task == "classification":
        counts = usable[label_col].value_counts()
        out["labels"] = {str(k): int(v) for k, v in counts.items()}
        out["n_labels"] = int(len(counts))
        unknown = sorted(set(out["labels"]) - set(settings.labels)) if settings.labels else []
        if unknown:
            out["warnings"].append(f"Labels not in settings.labels: {', '.join(unknown[:10])}.")
    texts = usable[text_col].tolist()
    if len(texts) > sample:
        texts = usable[text_col].sample(sample, random_state=0).tolist()
    out["languages"] = dict(Counter(guess_language(t) for t in texts).most_common())
    if tokenizer is None:
        out["tokenizer"] = "words (no tokenizer given)"
    else:
        out["tokenizer"] = tokenizer_name or str(getattr(tokenizer, "name_or_path", "") or type(tokenizer).__name__)
    out["tokens"] = {"text": token_stats(count_tokens(texts, tokenizer))}
    generated = has_label and settings.task != "classification"  # the target is text too
    if generated:
        out["tokens"]["target"] = token_stats(count_tokens(usable[label_col].tolist()[:sample], tokenizer))
    pii, records_with_pii = Counter(), 0
    columns = [text_col] + ([label_col] if generated else [])
    for row in df[columns].itertuples(index=False):
        found = sum((find_pii(value) for value in row), Counter())
        pii += found
        records_with_pii += bool(found)
    out["pii"] = {"counts": dict(pii), "records_with_pii": records_with_pii,
                  "note": "a first count by pattern; stage 02 finds names and addresses too"}


def data_readiness(eng: Engagement, tokenizer=None, sample: int = 5000, tokenizer_name: str | None = None) -> dict:
    """What the client's data file holds and whether it is enough to fine-tune on; never raises.

    Reads ``raw/<settings.data_file>`` (or the only data file in raw/), counts records, examples per
    label, exact and conflicting duplicates, languages, token lengths with `tokenizer` (a word count
    when None) and a first count of personal data, and gives a verdict: ready, ready_with_warnings
    or not_ready.
    """
    out = {"verdict": "not_ready", "reasons": [], "warnings": [], "files": [], "file": None, "records": 0}
    try:
        settings = eng.settings()
    except (EngagementError, OSError) as exc:
        out["reasons"].append(str(exc))
        return out
    out.update(task=settings.task, text_column=settings.text_column, label_column=settings.label_column)
    path = _data_file(eng, settings, out)
    if path is None:
        return out
    import pandas as pd

    try:
        df = pd.DataFrame(load_table(path, error=ValueError, **settings.table_options()))
    except Exception as exc:  # pandas and the loader raise many kinds on a malformed file
        out["reasons"].append(f"raw/{out['file']} could not be read: {exc}")
        return out
    out["columns"] = [str(c) for c in df.columns]
    out["records"] = int(len(df))
    text_col, label_col = settings.text_column, settings.label_column
    if text_col not in df.columns:
        out["reasons"].append(f"The text column {text_col!r} is not in raw/{out['file']} (columns: "
                              f"{', '.join(out['columns'])}); set text_column in settings.json.")
        return out
    has_label = label_col in df.columns
    if not has_label:
        out["warnings"].append(f"The label/target column {label_col!r} is not in the file: examples without targets "
                               "cannot be trained on.")
    df = df.copy()
    for col in [text_col] + ([label_col] if has_label else []):
        df[col] = df[col].map(lambda v: "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v))
    usable = _count_rows(df, text_col, label_col, has_label, out)
    _describe_texts(usable, df, settings, has_label, tokenizer, tokenizer_name, sample, out)
    _readiness_verdict(out, settings)
    return out


def _readiness_verdict(out: dict, settings: Settings) -> None:
    n = out["usable"]
    reasons, warnings = out["reasons"], out["warnings"]
    blocking = False
    if n < MIN_EXAMPLES:
        blocking = True
        reasons.append(f"Only {n} usable examples: a narrow task needs a few hundred to a few thousand "
                       f"(at least {MIN_EXAMPLES}).")
    elif n < COMFORT_EXAMPLES:
        warnings.append(f"{n} usable examples: enough to start, at the low end of the few hundred to few thousand "
                        "a narrow task needs.")
    else:
        reasons.append(f"{n:,} usable examples: within or above the few hundred to few thousand a narrow task needs.")
    if out["records"] and out["duplicates"] / out["records"] > 0.10:
        warnings.append(f"{out['duplicates']} exact duplicates ({out['duplicates'] / out['records']:.0%}): they would "
                        "weigh twice in training and leak into the evaluation set; they are dropped.")
    elif out["duplicates"]:
        reasons.append(f"{out['duplicates']} exact duplicates, dropped.")
    if out["conflicting_duplicates"]:
        warnings.append(f"{out['conflicting_duplicates']} texts appear with different labels: decide the right "
                        "label with the client before training.")
    if out["empty"]:
        warnings.append(f"{out['empty']} records with an empty text or target are left out.")
    labels = out.get("labels") or {}
    if labels:
        thin = {k: v for k, v in labels.items() if v < MIN_PER_LABEL}
        if len(labels) < 2:
            blocking = True
            reasons.append("Only one label: there is nothing to classify.")
        if thin:
            warnings.append(f"Labels with under {MIN_PER_LABEL} examples: "
                            + ", ".join(f"{k} ({v})" for k, v in sorted(thin.items(), key=lambda kv: kv[1])[:8])
                            + ". Collect more or merge them.")
        big, small = max(labels.values()), min(labels.values())
        if small and big / small > 10:
            warnings.append(f"Imbalanced labels: the largest has {big / small:.0f}x the smallest.")
    langs = {k: v for k, v in out.get("languages", {}).items() if k != "unknown"}
    if langs and settings.language and settings.language not in langs:
        warnings.append(f"settings.language is {settings.language!r} but the texts look like "
                        f"{', '.join(langs)}.")
    p95 = out.get("tokens", {}).get("text", {}).get("p95")
    if p95 and p95 > 1024:
        warnings.append(f"Long texts: 95% are under {p95} tokens; training truncates at max_length, so raise it "
                        "or split the documents (memory grows with length).")
    if out["pii"]["records_with_pii"]:
        reasons.append(f"Personal data in {out['pii']['records_with_pii']} records "
                       f"({', '.join(f'{k}: {v}' for k, v in out['pii']['counts'].items())}): stage 02 replaces it "
                       "before anything trains.")
    out["verdict"] = "not_ready" if blocking else ("ready_with_warnings" if warnings else "ready")


# -- return on investment ---------------------------------------------------------------------------

# `roi` and `roi_table` live in ftwork.roi, so stage 05 recomputes the ROI with measured prompt lengths.


# GPU throughput actually reached by fine-tuning (about 30-40% of the bf16 peak), in TFLOP/s.
EFFECTIVE_TFLOPS = {"cpu": 0.3, "gpu16": 20.0, "gpu24": 50.0, "gpu80": 120.0, "multi_gpu": 400.0}


def training_hours(params_b: float, tokens: float, method: str = "lora", epochs: float = 3.0,
                   hardware: str = "gpu24", rounds: int = 3) -> float:
    """Rough GPU hours for `rounds` training runs: 6 x params x tokens FLOPs for full fine-tuning, 4x for
    (Q)LoRA (no weight gradients), at the hardware's effective throughput; at least 0.25 h a round."""
    flops_per_token = (6 if method == "full" else 4) * params_b * 1e9
    seconds = flops_per_token * tokens * epochs / (EFFECTIVE_TFLOPS.get(hardware, 50.0) * 1e12)
    return round(rounds * max(seconds / 3600, 0.25), 2)


# -- the report -------------------------------------------------------------------------------------

def _md_list(items) -> str:
    return "\n".join(f"- {x}" for x in items) if items else "- (none)"


def _md_methods_table(plan: dict) -> list[str]:
    """Every method's peak at the asked batch, and whether (and how) it fits."""
    est = plan.get("estimates_gb") or {}
    if not est:
        return []
    lines = ["", f"| method | peak at batch {plan.get('batch_size')} (GB) | fits |", "|---|---|---|"]
    fitting = {p["method"]: p for p in plan.get("plans", [])}
    cuda = bool((plan.get("machine") or {}).get("gpus"))
    for m, gb in est.items():
        p = fitting.get(m)
        if p is None:
            fit = "no (needs a CUDA GPU)" if m == "qlora" and not cuda else "no"
        else:
            how = []
            if p["batch_size"] != plan.get("batch_size"):
                how.append(f"batch {p['batch_size']} x {p['grad_accumulation']} accumulation")
            how += ["gradient checkpointing"] if p["gradient_checkpointing"] else []
            fit = f"yes, {p['total']:.1f} GB" + (f" with {' and '.join(how)}" if how else "")
        lines.append(f"| {m} | {gb:.1f} | {fit} |")
    return lines


def _md_model_and_plan(parts: dict) -> list[str]:
    model = parts.get("model") or {}
    plan = parts.get("hardware") or {}
    if not (model or plan):
        return []
    lines = ["## Base model and hardware plan", ""]
    if model:
        lines += [f"- Model: `{model.get('hub_id')}` – {model.get('params_b')}B parameters, licence "
                  f"{model.get('licence')} (commercial use: {_yes(model.get('commercial'))}), gated: "
                  f"{_yes(model.get('gated'))}, languages: {', '.join(model.get('languages') or []) or '?'}, "
                  f"context {model.get('context')} tokens."]
    if plan:
        method = parts.get("method")
        lines += [f"- Machine: {plan.get('machine_description')}",
                  f"- Method: **{method}**" if method else "- Method: **none fits** – see the models below"]
        chosen = plan.get("chosen")
        if chosen:
            room = chosen.get("available_gb")
            room = f"{room:.1f} GB" if room is not None else "an unknown amount of memory (not readable here)"
            lines += [f"- Peak memory estimate: {chosen['total']:.1f} GB of {room} "
                      f"(weights {chosen['weights']:.2f}, LoRA {chosen['lora']:.2f}, gradients "
                      f"{chosen['gradients']:.2f}, optimizer {chosen['optimizer']:.2f}, activations "
                      f"{chosen['activations']:.2f}, overhead {chosen['overhead']:.2f}) at sequence length "
                      f"{chosen['seq_len']} and batch {chosen['batch_size']}"
                      + (f" (x {chosen['grad_accumulation']} gradient accumulation)"
                         if chosen.get("grad_accumulation", 1) > 1 else "")
                      + (" with gradient checkpointing" if chosen["gradient_checkpointing"] else "") + "."]
        lines += _md_methods_table(plan)
        if plan.get("suggestions"):
            lines += ["", "Models that fit this machine: " + ", ".join(f"`{s}`" for s in plan["suggestions"])]
    return lines + [""]


def _md_readiness(parts: dict) -> list[str]:
    ready = parts.get("readiness") or {}
    if not ready:
        return []
    lines = ["## Data readiness", "",
             f"**{ready.get('verdict')}** – `raw/{ready.get('file')}`: {ready.get('records', 0)} records, "
             f"{ready.get('usable', 0)} usable, {ready.get('duplicates', 0)} exact duplicates, languages "
             f"{ready.get('languages', {})}.", ""]
    if ready.get("labels"):
        lines += ["| label | examples |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in ready["labels"].items()]
        lines.append("")
    for key, stats in ready.get("tokens", {}).items():
        if stats:
            lines.append(f"- Tokens per {key} ({ready.get('tokenizer')}): mean {stats['mean']}, median "
                         f"{stats['median']}, 95% under {stats['p95']}, max {stats['max']}.")
    if "pii" in ready and not ready["pii"].get("records_with_pii"):  # else a reason below says what was found
        lines.append("- Personal data: none found by the first count.")
    return lines + ["", _md_list(ready.get("reasons", []) + ready.get("warnings", [])), ""]


def render_markdown(parts: dict) -> str:
    """assessment.md from the parts `run_stage` gathers (any may be missing)."""
    lines = ["# Assessment", ""]
    rec = parts.get("recommendation") or {}
    if rec:
        go = "GO – fine-tune" if rec.get("go") else "NO-GO for fine-tuning (for now)"
        lines += [f"**Recommendation: {rec.get('verdict')}** – {go}", "", "## Why", _md_list(rec.get("reasons")), ""]
        lines += ["## Warnings", _md_list(rec.get("warnings") + parts.get("warnings", [])), ""]
    q = parts.get("questionnaire")
    if q:
        lines += ["## Answers", "", "| question | answer |", "|---|---|"]
        lines += [f"| {k} | {', '.join(v) if isinstance(v, list) else v} |" for k, v in q.items()]
        lines.append("")
    lines += _md_model_and_plan(parts) + _md_readiness(parts)
    probe = parts.get("probe")
    if probe and "contenders" in probe:
        lines += ["## Quick probe: what prompting reaches today", "", f"{probe['cases']} labelled cases held out, "
                  f"similar cases retrieved from {probe['retrieved_from']} others; {probe['primary_metric']}:", "",
                  "| contender | score | prompt tokens | s/query |", "|---|---|---|---|"]
        lines += [f"| {c} | {m[probe['primary_metric']]:.3f} | {m['prompt_tokens_mean']:.0f} | {m['latency_s_mean']:.3f} |"
                  for c, m in probe["contenders"].items()] + [""]
    r = parts.get("roi")
    if r:
        lines += ["## Return on investment", "", "| item | value |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in roi_table(r)]
        if r.get("problems"):
            lines += ["", _md_list(r["problems"])]
        if parts.get("roi_plot"):
            lines += ["", f"![ROI]({Path(parts['roi_plot']).name})"]
        lines.append("")
    mem = parts.get("memory_check")
    if mem:
        lines += ["## Memory estimator check", "", mem.get("summary", ""), ""]
    lines += ["---", "Written by ftwork 01_assess. Prices are the consultant's inputs; memory figures are estimates "
              "of the peak (GB = GiB)."]
    return "\n".join(lines) + "\n"


def _yes(value) -> str:
    return "?" if value is None else ("yes" if value else "no")


def write_assessment(eng: Engagement, **parts) -> tuple[Path, Path]:
    """Write assess/assessment.md and assessment.json atomically; returns their paths."""
    parts = {k: asdict(v) if dataclasses.is_dataclass(v) and not isinstance(v, type) else v for k, v in parts.items()}
    md = eng.assess_dir / "assessment.md"
    js = eng.assess_dir / "assessment.json"
    text = render_markdown(parts)  # render both before writing either, so a failure leaves the old pair intact
    data = json.dumps(parts, indent=2, ensure_ascii=False, default=str) + "\n"
    atomic_write_text(js, data)
    atomic_write_text(md, text)
    return md, js


# -- the whole stage --------------------------------------------------------------------------------

def _sequence_length(readiness: dict, system_prompt: str, tok) -> int:
    """The longest example sets the peak (batches pad to it): text, target, system prompt and 32 tokens of chat
    template, rounded up to a multiple of 64 and capped where training truncates anyway."""
    stats = readiness.get("tokens", {})
    longest = (stats.get("text", {}).get("max") or 256) + (stats.get("target", {}).get("max") or 16)
    system = count_prompt_tokens(system_prompt, tok) if tok is not None else 0
    return int(min(2048, max(64, 64 * math.ceil((longest + system + 32) / 64))))


def _hardware_plan(facts: dict, machine: dict, config: AssessConfig, seq_len: int, langs: list[str],
                   warnings: list[str]) -> dict:
    """The plan for the base model on this machine; models that do fit when it does not."""
    plan = plan_hardware(facts, machine, config.method, seq_len, config.batch_size)
    warnings.extend(plan.pop("warnings"))
    plan["machine"] = machine
    plan["machine_description"] = hardware.describe(machine)
    if plan["chosen"] is None:
        plan["suggestions"] = suggest_models(machine, langs, seq_len=seq_len, batch_size=config.batch_size,
                                             plans_that_fit=plans_that_fit)
        if plan["suggestions"]:
            warnings.append("Models that fit this hardware: " + ", ".join(plan["suggestions"]) + ".")
    return plan


def _prompt_tokens(config: AssessConfig, settings: Settings, tok, warnings: list[str]) -> dict:
    """Tokens of the client's prompt today and of the fine-tuned model's short one."""
    current_text = config.client_prompt if config.client_prompt is not None else settings.client_prompt
    tuned_text = settings.system_prompt or DEFAULT_TUNED_PROMPT
    if tok is not None and current_text:
        current_tokens = count_prompt_tokens(current_text, tok)
    else:
        current_tokens = EXAMPLE_CLIENT_PROMPT_TOKENS
        warnings.append(f"No client prompt given: the ROI assumes the guide's example of {current_tokens:,} tokens. "
                        "Pass the client's real system prompt (client_prompt) for real figures.")
    tuned_tokens = count_prompt_tokens(tuned_text, tok) if tok is not None else len(tuned_text.split())
    return {"current_tokens": current_tokens, "tuned_tokens": tuned_tokens, "tuned_prompt": tuned_text}


def _return_on_investment(eng: Engagement, config: AssessConfig, facts: dict, machine: dict, method: str | None,
                          readiness: dict, prompts: dict) -> tuple[dict, Path | None]:
    """The ROI (training hours estimated when not given) and its figure, when asked for."""
    q = config.questionnaire
    hours = config.training_gpu_hours
    if hours is None:
        tokens = readiness.get("tokens", {})
        data_tokens = (tokens.get("text", {}).get("mean", 100) + tokens.get("target", {}).get("mean", 8)
                       + prompts["tuned_tokens"])
        n = readiness.get("usable") or as_number(q.examples_available) or 0
        known = q.hardware in HARDWARE and q.hardware != "auto"
        profile = q.hardware if known else ("gpu24" if machine.get("gpus") else "cpu")
        hours = training_hours(facts.get("params_b") or 0.1, data_tokens * max(n, 0), method or "lora",
                               config.epochs, profile)
    volume = as_number(q.queries_per_day)
    r = roi(prompts["current_tokens"], prompts["tuned_tokens"], volume if volume is not None and volume >= 0 else 0,
            config.price_per_million_tokens, hours, config.gpu_price_per_hour, config.other_costs)
    if not config.plot:
        return r, None
    plot_path = eng.assess_dir / "roi.png"
    fig = roi_plot(r, plot_path)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return r, plot_path


def _choose(eng: Engagement, config: AssessConfig, settings: Settings, facts: dict, model_ok: bool,
            method: str | None, warnings: list[str], go: bool = True) -> dict:
    """Write the chosen model and method to settings.json when the model is known and fits – and, for a new
    model that is not on this machine or comes with a NO-GO, only when `config.confirm_model`; what changed."""
    fits_any, on_machine = method is not None, True
    if model_ok and fits_any:
        try:
            resolve_model(facts["hub_id"])
        except Exception:
            on_machine = False
            warnings.append(f"{facts['hub_id']} is not on this machine: download it (or copy the Hugging Face cache) "
                            "before stage 04 trains it.")
    if not config.update_settings:
        return {}
    doubts = [why for why, bad in (("is not on this machine", not on_machine), ("comes with a NO-GO", not go)) if bad]
    if model_ok and fits_any and doubts and facts["hub_id"] != settings.base_model and not config.confirm_model:
        warnings.append(f"settings.json keeps base_model {settings.base_model!r}: {facts['hub_id']} "
                        f"{' and '.join(doubts)}. Tick \"Use it for this engagement\" to write it anyway.")
        return {}
    if model_ok and fits_any:
        changed = {"base_model": facts["hub_id"], "method": method}
        eng.update_settings(**changed)
        return changed
    if model_ok:
        warnings.append(f"settings.json keeps base_model {settings.base_model!r}: {facts['hub_id']} does not fit.")
    return {}


def run_stage(eng: Engagement, config: AssessConfig, *, tokenizer=None) -> dict:
    """Everything stage 01 does: recommendation, readiness, hardware plan, ROI, report, settings.

    The chosen model and method go to settings.json when the model is known and fits the hardware (else the
    settings keep their model and the report names models that do). `tokenizer` replaces the model's own."""
    warnings: list[str] = []
    settings = eng.settings()
    probe = probe_engagement(eng, settings, config.probe_cases, config.probe_k) if config.probe_cases > 0 else None
    q = _with_measured_prompting(config.questionnaire, probe, warnings)
    rec = recommend(q)
    try:
        machine = hardware.machine_profile(q.hardware if q.hardware in HARDWARE else "auto")
    except ValueError as exc:
        warnings.append(str(exc))
        machine = hardware.detect()
    langs = _languages(q.languages)
    facts, model_ok, model_notes = base_model_facts(config.base_model or settings.base_model, langs)
    warnings.extend(model_notes)

    tok, tok_name = tokenizer, None
    if tok is None:
        tok, tok_name, tok_warnings = counting_tokenizer(facts["hub_id"])
        warnings.extend(tok_warnings)
    readiness = data_readiness(eng, tok, tokenizer_name=tok_name)
    claimed, found = as_number(q.examples_available), readiness.get("usable")
    if found is not None and claimed is not None and readiness.get("file") and (found < claimed / 2 or found > claimed * 2):
        warnings.append(f"The answers say {claimed:,.0f} examples but raw/{readiness['file']} holds {found:,} usable "
                        "ones: the recommendation uses the answers; re-run it with the real count.")
    seq_len = config.seq_len
    if seq_len is None:
        seq_len = _sequence_length(readiness, settings.system_prompt, tok)
    plan = _hardware_plan(facts, machine, config, seq_len, langs, warnings)
    method = plan["method"]  # None when nothing fits
    prompts = _prompt_tokens(config, settings, tok, warnings)
    r, plot_path = _return_on_investment(eng, config, facts, machine, method, readiness, prompts)
    mem = hardware.memory_check()
    settings_changed = _choose(eng, config, settings, facts, model_ok, method, warnings, go=rec.go)

    parts = {
        "questionnaire": asdict(q) if dataclasses.is_dataclass(q) else dict(vars(q)),
        "recommendation": asdict(rec), "warnings": warnings, "model": facts, "method": method,
        "hardware": plan, "readiness": readiness, "roi": r,
        "roi_plot": str(plot_path) if plot_path else None, "memory_check": mem,
        "prompts": prompts, "settings_updated": settings_changed, "probe": probe,
    }
    md, js = write_assessment(eng, **parts)
    parts.update(assessment_md=str(md), assessment_json=str(js), recommendation_obj=rec)
    return parts


def _with_measured_prompting(q: Questionnaire, probe: dict | None, warnings: list[str]) -> Questionnaire:
    """The answers, with `prompting_score` replaced by what the quick probe measured (when it ran)."""
    if not probe or "skipped" in probe:
        if probe:
            warnings.append(f"Quick probe not run: {probe['skipped']}.")
        return q
    warnings.append(f"prompting_score is the quick probe's measurement: {probe['best_score']:.2f} {probe['primary_metric']} "
                    f"({probe['best']}, {probe['cases']} labelled cases) instead of the answer {q.prompting_score!r}.")
    return dataclasses.replace(q, prompting_score=probe["best_score"]) if dataclasses.is_dataclass(q) else q


def load_assessment(eng: Engagement) -> dict | None:
    """What 01_assess wrote, for later stages; None when it has not run."""
    path = eng.assess_dir / "assessment.json"
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))
