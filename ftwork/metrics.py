"""Metrics of stage 05 (and the verification of stage 06): one score function for every task of the registry.

classification: accuracy, macro F1, invalid answers; extraction: valid JSON and field F1;
writing and qa: chrF and ROUGE-L, plus the engagement's house rules for writing.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .engagement import Engagement
from .errors import EvaluationError
from .tasks import TASK_NAMES

HOUSE_RULES_FILE = "house_rules.json"  # in PROJECT_DIR; see HouseRules


# ---------------------------------------------------------------------------------------------
# Metrics: classification
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
    if not labels:
        raise EvaluationError("Classification needs its list of labels (settings.json `labels`); rebuild the dataset in 03_build_dataset.")
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


# ---------------------------------------------------------------------------------------------
# Metrics: extraction
# ---------------------------------------------------------------------------------------------
def _parse_json(text: str):
    """The first JSON object in an answer (code fences and chatter around it allowed), or None."""
    decoder = json.JSONDecoder()
    for match in re.finditer(r"\{", text):
        try:
            value, _ = decoder.raw_decode(text, match.start())
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    return None


def _leaves(obj: dict, prefix: str = "") -> dict:
    """Nested objects flattened to dotted field paths (`address.city`); lists and scalars are leaves."""
    out = {}
    for key, value in obj.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            out.update(_leaves(value, path + "."))
        else:
            out[path] = value
    return out


def _norm_value(value):
    """Comparable form of a field value: null-likes → None, numbers → float, text → folded words."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, (list, tuple)):
        return tuple(sorted((repr(_norm_value(v)) for v in value)))
    if isinstance(value, dict):
        return tuple(sorted((k, repr(_norm_value(v))) for k, v in _leaves(value).items()))
    text = " ".join(str(value).split()).casefold()
    if text in ("", "null", "none", "n/a", "-"):
        return None
    try:
        return float(text)
    except ValueError:
        return text


def _field_counts(gold: dict, pred: dict | None) -> tuple[int, int, int]:
    """(fields right, fields predicted, fields expected) for one document."""
    g = _leaves(gold)
    if pred is None:
        return 0, 0, len(g)
    p = _leaves(pred)
    hits = 0
    for key, value in g.items():
        if key in p:
            a, b = _norm_value(value), _norm_value(p[key])
            hits += (math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6) if isinstance(a, float) and isinstance(b, float) else a == b)
    return hits, len(p), len(g)


def _gold_json(text: str, i: int) -> dict:
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, TypeError) as exc:
        raise EvaluationError(f"Expected answer of eval case {i} is not valid JSON ({exc}); rebuild the dataset in 03_build_dataset.") from None
    if not isinstance(value, dict):
        raise EvaluationError(f"Expected answer of eval case {i} is JSON but not an object; extraction targets must be objects.")
    return value


def extraction_metrics(gold: list[str], pred: list[str]) -> dict:
    """Share of valid JSON, field precision/recall (a field counts when its value matches), exact match.

    Nested objects count field by field (`address.city`); `null`, `""` and `"null"` are the same
    value; numbers compare as numbers (`1234.5` = `"1234.50"`); text compares case- and
    whitespace-insensitively.
    """
    valid = tp = n_pred = n_gold = exact = 0
    for i, (g, p) in enumerate(zip(gold, pred)):
        gd, pd_ = _gold_json(g, i), _parse_json(p)
        hits, np_, ng = _field_counts(gd, pd_)
        tp, n_pred, n_gold = tp + hits, n_pred + np_, n_gold + ng
        if pd_ is not None:
            valid += 1
            exact += hits == ng and np_ == ng
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


# ---------------------------------------------------------------------------------------------
# Metrics: writing and house rules
# ---------------------------------------------------------------------------------------------
def rouge_l(reference: str, candidate: str) -> float:
    """ROUGE-L F1 as published: Google's `rouge-score` package (its tokenizer: lower case, letters and
    digits a-z0-9 only, punctuation dropped; no stemming, so it applies to every language alike)."""
    return _rouge_scorer().score(reference, candidate)["rougeL"].fmeasure


@functools.lru_cache(maxsize=1)
def _rouge_scorer():
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)


@dataclass
class HouseRules:
    """The company's writing rules, each scored per answer; an empty rule is not checked.

    Stored as `PROJECT_DIR/house_rules.json` with these keys (all optional)::

        {"greeting": ["^Dear (Mr|Mrs|Ms|Dr) [^,\\n]+,$"],     # regexes: the first non-empty line must match one
         "sign_off": ["Kind regards,\\s*\\nThe Team$"],        # regexes: the reply must end with one
         "informal_address": ["\\b(tú|te|contigo|tu|tus)\\b"],  # regexes that must not appear (formal address)
         "forbidden": ["Hey", "No worries", "ASAP"],           # phrases that must not appear (whole words)
         "min_words": 60, "max_words": 120}                    # length bounds in words; 0 = no bound

    Regexes are Python `re` syntax, case-insensitive except `greeting` and `sign_off`. Give one
    alternative per language the company writes in. Check the rules on the client's own replies
    first: `metrics.json` reports how many of the expected answers pass them.
    """

    greeting: list[str] = field(default_factory=list)
    sign_off: list[str] = field(default_factory=list)
    informal_address: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    min_words: int = 0
    max_words: int = 0

    def __post_init__(self):
        for name in ("greeting", "sign_off", "informal_address", "forbidden"):
            value = getattr(self, name)
            if isinstance(value, str):
                setattr(self, name, [value] if value else [])
            elif not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise EvaluationError(f"House rule '{name}' must be a list of strings, got {value!r}.")
        for name in ("greeting", "sign_off", "informal_address"):
            for rx in getattr(self, name):
                try:
                    re.compile(rx)
                except re.error as exc:
                    raise EvaluationError(f"House rule '{name}': {rx!r} is not a valid regular expression ({exc}).") from None
        for name in ("min_words", "max_words"):
            if not isinstance(getattr(self, name), int) or getattr(self, name) < 0:
                raise EvaluationError(f"House rule '{name}' must be a whole number ≥ 0, got {getattr(self, name)!r}.")
        if self.max_words and self.min_words > self.max_words:
            raise EvaluationError(f"House rules: min_words ({self.min_words}) is above max_words ({self.max_words}).")

    @classmethod
    def from_dict(cls, data: dict, source: str = "house rules") -> "HouseRules":
        if not isinstance(data, dict):
            raise EvaluationError(f"{source}: expected a JSON object with keys like 'greeting', 'sign_off', 'forbidden'.")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise EvaluationError(f"{source}: unknown key(s) {', '.join(unknown)}. Known keys: {', '.join(sorted(known))}.")
        try:
            return cls(**data)
        except EvaluationError as exc:
            raise EvaluationError(f"{source}: {exc}") from None

    @classmethod
    def load(cls, path: str | Path) -> "HouseRules":
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{path} is not valid JSON (line {exc.lineno}: {exc.msg}); fix it or delete it to check no house rules.") from None
        return cls.from_dict(data, str(path))

    def to_dict(self) -> dict:
        return asdict(self)

    def active(self) -> list[str]:
        """The rules that are set, by the name used in the metrics."""
        names = [n for n in ("greeting", "sign_off", "informal_address", "forbidden") if getattr(self, n)]
        return names + (["length"] if self.min_words or self.max_words else [])

    def check(self, answer: str) -> dict[str, bool]:
        """Pass (True) or fail for each active rule on one answer."""
        text = answer.strip()
        out: dict[str, bool] = {}
        if self.greeting:
            first = next((line.strip() for line in text.splitlines() if line.strip()), "")
            out["greeting"] = any(re.match(rx, first) for rx in self.greeting)
        if self.sign_off:
            out["sign_off"] = any(re.search(rf"(?:{rx})\s*\Z", text) for rx in self.sign_off)
        if self.informal_address:
            out["informal_address"] = not any(re.search(rx, text, re.I) for rx in self.informal_address)
        if self.forbidden:
            out["forbidden"] = not any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text, re.I) for p in self.forbidden)
        if self.min_words or self.max_words:
            words = len(text.split())
            out["length"] = words >= self.min_words and (not self.max_words or words <= self.max_words)
        return out


def sample_house_rules(sample: str) -> HouseRules | None:
    """The house rules of a data_samples/ engagement (Brisa Bikes' e-mail replies), or None."""
    if sample != "emails":
        return None
    return HouseRules(
        greeting=[r"^Dear (Mr|Mrs|Ms|Miss|Mx|Dr)\.? [^,\n]+,$", r"^Estimad[oa] (Sr|Sra|Srta)\. [^:\n]+:$"],
        sign_off=[r"Kind regards,[ \t]*\n+[ \t]*The Brisa Bikes Customer Care Team",
                  r"Atentamente,[ \t]*\n+[ \t]*El equipo de Atención al Cliente de Brisa Bikes"],
        # The house addresses Spanish customers as usted: these tú forms must not appear.
        informal_address=[r"\b(tú|contigo|tus?|te|ti)\b", r"\b(puedes|tienes|quieres|necesitas|escríbenos|dinos)\b"],
        forbidden=["Hey", "Hi", "No worries", "ASAP", "Cheers"],
        min_words=60,
        max_words=120,
    )


def house_rules_for(eng: Engagement) -> HouseRules | None:
    """The engagement's house rules from PROJECT_DIR/house_rules.json, or None when there is no file."""
    path = eng.root / HOUSE_RULES_FILE
    return HouseRules.load(path) if path.is_file() else None


def house_style_metrics(answers: list[str], rules: HouseRules) -> dict:
    """Share of answers passing each rule (`style_<rule>`) and all of them (`house_style`)."""
    checks = [rules.check(a) for a in answers]
    n = len(answers)
    out = {f"style_{name}": round(sum(c[name] for c in checks) / n, 4) if n else 0.0 for name in rules.active()}
    out["house_style"] = round(sum(all(c.values()) for c in checks) / n, 4) if n else 0.0
    return out


def writing_metrics(gold: list[str], pred: list[str], rules: HouseRules | None = None) -> dict:
    from sacrebleu.metrics import CHRF

    chrf = CHRF()
    n = len(gold)
    out = {
        "rouge_l": round(sum(rouge_l(g, p) for g, p in zip(gold, pred)) / n, 4) if n else 0.0,
        "chrf": round(chrf.corpus_score(pred, [gold]).score / 100, 4) if n else 0.0,
        "empty_rate": round(sum(not p.strip() for p in pred) / n, 4) if n else 0.0,
    }
    if rules is not None and rules.active():
        out.update(house_style_metrics(pred, rules))
    return out


def _no_metric(task: str) -> EvaluationError:
    return EvaluationError(f"No metric for task '{task}'. Use {', '.join(TASK_NAMES)} (settings.json `task`).")


def score(task: str, gold: list[str], pred: list[str], labels: list[str], rules: HouseRules | None = None) -> dict:
    """The metrics of one contender's answers for `task` (any task of `ftwork.tasks.TASKS`)."""
    if task == "classification":
        return classification_metrics(gold, pred, labels)
    if task == "extraction":
        return extraction_metrics(gold, pred)
    if task == "writing":
        return writing_metrics(gold, pred, rules)
    if task == "qa":  # free text like writing; house rules are a writing convention
        return writing_metrics(gold, pred, None)
    raise _no_metric(task)


def _sentence_chrf(gold: list[str], pred: list[str]) -> list[float]:
    from sacrebleu.metrics import CHRF

    chrf = CHRF()
    return [chrf.sentence_score(p, [g]).score / 100 for g, p in zip(gold, pred)]


def case_scores(task: str, gold: list[str], pred: list[str], labels: list[str]) -> list[float]:
    """One score in [0, 1] per case (right label, field F1, sentence chrF), to pick report examples."""
    if task == "classification":
        return [float(normalize_label(p, labels) == g) for g, p in zip(gold, pred)]
    if task == "extraction":
        out = []
        for i, (g, p) in enumerate(zip(gold, pred)):
            hits, np_, ng = _field_counts(_gold_json(g, i), _parse_json(p))
            out.append(2 * hits / (np_ + ng) if np_ + ng else 0.0)
        return out
    if task in ("writing", "qa"):
        return _sentence_chrf(gold, pred)
    raise _no_metric(task)


# -- training curves ---------------------------------------------------------------------------------

def is_finite_number(x) -> bool:
    """A logged value that is a real, finite number (not NaN/inf, not missing)."""
    return isinstance(x, (int, float)) and math.isfinite(x)


def overfitting_warnings(history: list[dict], min_gap: float = 0.05) -> list[str]:
    """Warn when the gap between eval and train loss keeps growing, or the eval loss keeps rising.

    At each evaluation the train loss is the mean of the training losses logged since the previous
    one. A gap that grew at each of the last two evaluations (and is now above `min_gap`) means the
    model fits its training examples faster than it generalises – the start of overfitting.
    """
    points, window, out = [], [], []
    for h in history:
        if "loss" in h and is_finite_number(h["loss"]):
            window.append(h["loss"])
        if "eval_loss" in h and is_finite_number(h["eval_loss"]):
            if window:
                train_loss = sum(window) / len(window)
                points.append((h.get("step"), train_loss, h["eval_loss"], h["eval_loss"] - train_loss))
            window = []
    evals = [p[2] for p in points]
    if len(evals) >= 3 and evals[-1] > evals[-2] > evals[-3]:
        out.append(f"Eval loss rose at each of the last two evaluations ({evals[-3]:.3f} → {evals[-2]:.3f} → "
                   f"{evals[-1]:.3f}, step {points[-1][0]}): the model is overfitting. Use fewer EPOCHS or more data, "
                   "or set EARLY_STOPPING to keep the best checkpoint.")
    gaps = [p[3] for p in points]
    if len(gaps) >= 3 and gaps[-1] > gaps[-2] > gaps[-3] and gaps[-1] > min_gap:
        out.append(f"The gap between eval and train loss grew at each of the last two evaluations ({gaps[-3]:.3f} → "
                   f"{gaps[-2]:.3f} → {gaps[-1]:.3f}): the model is learning its training examples faster than the task. "
                   "If it keeps growing, use fewer EPOCHS, more varied data, or EARLY_STOPPING.")
    return out


def weighted_train_loss(history: list[dict]) -> float | None:
    """The mean per-step training loss over the whole run, from the log (also right after a resume,
    where the Trainer's own figure only covers the steps since the resume)."""
    total, steps, last = 0.0, 0, 0
    for h in history:
        if "loss" in h and "step" in h:
            window = h["step"] - last
            total += h["loss"] * window
            steps += window
            last = h["step"]
    return total / steps if steps else None
