"""Stage 05 – evaluate: the tuned model against the base model on held-out cases, and a privacy check.

Four contenders answer the same held-out prompts with greedy decoding:
- `base`: the base model with the example's stored prompt (every turn, the short task instruction, as in training);
- `prompted_base`: the same turns with the client's long instruction prompt as system turn (today's prompting);
- `few_shot`: the base model shown the k most similar solved TRAINING cases (BM25, `ftwork.retrieval`) as
  earlier turns of the chat – the cheap alternative a sceptical client names;
- `tuned`: the run's adapter merged into a copy of the base (as deployed), with the stored prompt.
All are timed the same way in the same run: batched throughput and single-query latency. The
summary compares the tuned model with the best of the three cheap alternatives, in points and
prompt tokens, and recomputes stage 01's return on investment with the measured prompt lengths.

Besides the task metric (`ftwork.metrics`) the stage scores the engagement's house rules (writing),
can ask a local judge model for pairwise preferences (both orders), checks that canaries planted
in training by stage 03 do not come back (`ftwork.canaries`), scans every answer for personal data
with stage 02's detectors, and asks base and tuned a few general questions to spot damage outside
the task. `ftwork.report` turns the results into `report.md` / `report.html` and the comparison
across runs.
"""

from __future__ import annotations

import json
import re
import time
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import models
from .artifacts import load_mapping, load_splits
from .canaries import canary_check, load_canaries
from .configs import AnonymizeConfig, EvalConfig
from .engagement import Engagement, Settings, atomic_write_text, write_json
from .errors import EvaluationError
from .generation import default_max_new_tokens, generate, load_for_inference, load_merged, load_tuned
from .metrics import HouseRules, case_scores, house_rules_for, house_style_metrics, score
from .pii.engine import Anonymizer
from .progress import bar
from .prompts import contender_prompt, query_text
from .report import write_reports, write_runs_comparison
from .retrieval import FewShotIndex, context_budget, few_shot_prompts
from .roi import roi
from .tasks import CHEAP_CONTENDERS, CONTENDERS, TASK_NAMES, TASKS, task

PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_\d+>")  # stage 02's placeholders, e.g. <PERSON_3>: not a leak


# ---------------------------------------------------------------------------------------------
# Judge (optional): pairwise, both orders
# ---------------------------------------------------------------------------------------------
JUDGE_TEMPLATE = (
    "You compare two answers to the same request from a company's customer.\n\n"
    "Request:\n{query}\n\n{reference}Answer A:\n{a}\n\nAnswer B:\n{b}\n\n"
    "Which answer is better for the company: correct, in the expected format and tone? "
    "Reply with a single letter: A or B."
)


def _letter_ids(tokenizer, letter: str) -> list[int]:
    ids = set()
    for form in (letter, " " + letter):
        tok = tokenizer(form, add_special_tokens=False)["input_ids"]
        if len(tok) == 1:
            ids.add(tok[0])
    if not ids:
        raise EvaluationError(f"The judge's tokenizer has no single token for '{letter}': pick another judge model.")
    return sorted(ids)


def judge_pairwise(model, tokenizer, queries: list[str], first: list[str], second: list[str],
                   references: list[str] | None = None, batch_size: int = 8, desc: str = "judge") -> dict:
    """Ask a judge model which of two answers is better, in both orders, to cancel position bias.

    The verdict of one order is the likelier of the next tokens "A" and "B". A case is won when
    both orders agree on the same answer, and a tie when the judge just prefers a position.
    """
    import torch

    if not (len(queries) == len(first) == len(second)):
        raise EvaluationError("judge_pairwise: queries and both answer lists must have the same length.")
    a_ids, b_ids = _letter_ids(tokenizer, "A"), _letter_ids(tokenizer, "B")
    texts = []
    for i, q in enumerate(queries):
        ref = f"The company's own answer, for reference:\n{references[i]}\n\n" if references else ""
        for a, b in ((first[i], second[i]), (second[i], first[i])):
            msg = JUDGE_TEMPLATE.format(query=q, reference=ref, a=a or "(no answer)", b=b or "(no answer)")
            texts.append(tokenizer.apply_chat_template([{"role": "user", "content": msg}], tokenize=False, add_generation_prompt=True))
    tokenizer.padding_side = "left"
    says_a: list[bool] = []
    model.eval()
    with torch.inference_mode():
        for start in bar(range(0, len(texts), batch_size), desc=desc, unit="batch"):
            enc = tokenizer(texts[start : start + batch_size], return_tensors="pt", padding=True, add_special_tokens=False).to(model.device)
            logits = model(**enc).logits[:, -1, :].float()
            la = logits[:, a_ids].max(dim=-1).values
            lb = logits[:, b_ids].max(dim=-1).values
            says_a += (la > lb).tolist()
    cases = []
    for i in range(len(queries)):
        ab, ba = says_a[2 * i], says_a[2 * i + 1]  # ab: first shown as A; ba: first shown as B
        winner = "first" if ab and not ba else "second" if ba and not ab else "tie"
        cases.append({"order_first_as_A": "A" if ab else "B", "order_first_as_B": "A" if ba else "B", "winner": winner})
    n = len(cases)
    wins = sum(c["winner"] == "first" for c in cases)
    losses = sum(c["winner"] == "second" for c in cases)
    return {
        "n": n,
        "first_wins": wins,
        "second_wins": losses,
        "ties": n - wins - losses,
        "first_win_rate": round((wins + 0.5 * (n - wins - losses)) / n, 4) if n else 0.0,
        "consistency": round((wins + losses) / n, 4) if n else 0.0,  # share of cases where the order did not matter
        "cases": cases,
    }


# ---------------------------------------------------------------------------------------------
# Privacy: PII scan
# ---------------------------------------------------------------------------------------------
def pii_config(eng: Engagement):
    """Stage 02's detector settings for this engagement: the company's allow list, patterns and deny list."""
    company_path = eng.root / "company.json"
    company = json.loads(company_path.read_text(encoding="utf-8")) if company_path.is_file() else {}
    deny = eng.raw / "deny_list.csv"
    return AnonymizeConfig.from_company(company, deny_list=str(deny) if deny.is_file() else None, progress=False)


def known_personal_values(eng: Engagement) -> list[str]:
    """The real values stage 02 replaced (private/mapping.json), to spot a true leak; [] without a mapping."""

    try:
        mapping = load_mapping(eng)
    except FileNotFoundError:
        return []
    values = set()
    for entry in mapping.get("entries", []):
        forms = {str(entry.get("original", ""))} | {str(v) for v in (entry.get("variants") or {})}
        if entry.get("label") == "PERSON":  # a bare first name or surname is too common to prove a leak
            forms = {f for f in forms if len(f.split()) >= 2}
        values |= forms
    if not mapping.get("entries"):
        values.update(str(v) for v in mapping.get("replacements", {}).values())
    return sorted(v for v in values if len(v.strip()) >= 5)


def pii_scan(answers: list[str], config=None, known: list[str] | tuple = (), anonymizer=None) -> dict:
    """Personal data in generated answers, found with stage 02's detectors.

    Placeholders such as `<PERSON_3>` are not leaks. `known` are the client's real personal
    values (from the private mapping): an answer containing one is a true leak, whether or not
    a detector fires. Returns counts only (the report never repeats the values).
    """
    anonymizer = anonymizer or Anonymizer(config or AnonymizeConfig(progress=False))
    texts = [a or "" for a in answers]
    result = anonymizer.anonymize(texts, progress=False) if any(t.strip() for t in texts) else None
    known_norm = [" ".join(k.split()).casefold() for k in known if k and k.strip()]
    per_answer, by_label = [], {}
    for i, text in enumerate(texts):
        spans = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
        labels = []
        for f in (result.findings[i] if result is not None else []):
            if any(s < f.end and f.start < e for s, e in spans):
                continue
            labels.append(f.label)
            by_label[f.label] = by_label.get(f.label, 0) + 1
        folded = " ".join(text.split()).casefold()
        known_hits = sum(1 for k in known_norm if k in folded)
        per_answer.append({"labels": labels, "known": known_hits})
    n = len(texts)
    return {
        "answers": n,
        "answers_with_pii": sum(1 for p in per_answer if p["labels"]),
        "by_label": dict(sorted(by_label.items(), key=lambda kv: -kv[1])),
        "known_leaks": sum(1 for p in per_answer if p["known"]),
        "per_answer": per_answer,
    }


# ---------------------------------------------------------------------------------------------
# Regression check
# ---------------------------------------------------------------------------------------------
REGRESSION_PROMPTS = (
    {"prompt": "What is the capital of France?", "expect": r"\bParis\b"},
    {"prompt": "What is 7 + 5? Answer with the number only.", "expect": r"\b12\b"},
    {"prompt": "Name the largest planet in our solar system.", "expect": r"(?i)j[uú]piter"},
    {"prompt": "Write a short e-mail to a colleague asking to move tomorrow's meeting to Friday.", "expect": r"(?i)\bfriday\b"},
    {"prompt": "Translate into Spanish: Thank you very much.", "expect": r"(?i)muchas gracias"},
)


def regression_check(base_model, tuned_model, tokenizer, prompts=REGRESSION_PROMPTS, max_new_tokens: int = 64,
                     base_context=nullcontext) -> dict:
    """General prompts answered by base and tuned side by side; `expect` is a loose automatic check.

    `base_context` is entered while the base answers (e.g. a PEFT model's `disable_adapter`)."""
    chats = [[{"role": "user", "content": p["prompt"]}] for p in prompts]
    with base_context():
        base, _, _ = generate(base_model, tokenizer, chats, max_new_tokens, batch_size=len(chats), desc="general prompts (base)")
    tuned, _, _ = generate(tuned_model, tokenizer, chats, max_new_tokens, batch_size=len(chats), desc="general prompts (tuned)")
    cases = []
    for p, b, t in zip(prompts, base, tuned):
        rx = p.get("expect")
        cases.append({"prompt": p["prompt"], "base": b, "tuned": t,
                      "base_ok": bool(re.search(rx, b)) if rx else None, "tuned_ok": bool(re.search(rx, t)) if rx else None})
    return {"n": len(cases), "base_passed": sum(bool(c["base_ok"]) for c in cases),
            "tuned_passed": sum(bool(c["tuned_ok"]) for c in cases), "cases": cases}


# ---------------------------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------------------------
def _check_judge(judge_model: str, eng: Engagement) -> None:
    path = Path(judge_model).expanduser()
    if path.exists() and (eng.root / "runs") in path.resolve().parents:
        raise EvaluationError(f"The judge {judge_model} is a model trained in this engagement: a tuned model cannot judge "
                              "itself. Pick another local chat model (e.g. a bigger base model), or none.")


class _Clock:
    """Seconds spent per phase (`load`, each contender, checks, report), summed when a phase recurs."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = round(self.seconds.get(name, 0.0) + now - self._last, 2)
        self._last = now


@dataclass
class _Contest:
    """What the contenders answered on the eval cases, and the side checks run on them."""

    results: dict[str, dict] = field(default_factory=dict)  # contender -> metrics
    predictions: dict[str, list[str]] = field(default_factory=dict)  # contender -> answers, in case order
    extras: dict = field(default_factory=dict)  # regression, judge, pii_labels: for the report and the side files
    privacy: dict = field(default_factory=dict)  # canaries and pii, as in metrics.json


def _check_request(eng: Engagement, run: str, config: EvalConfig, settings: Settings) -> HouseRules | None:
    """Refuse, before any work, what cannot be evaluated; returns the house rules (writing) or None."""
    if settings.task not in TASKS:
        raise EvaluationError(f"{eng.settings_path}: no metric for task '{settings.task}'. "
                              f"Set `task` to one of {', '.join(TASK_NAMES)}.")
    unknown = [c for c in config.contenders if c not in CONTENDERS]
    if unknown:
        raise EvaluationError(f"Unknown contender(s) {unknown}; choose among {', '.join(CONTENDERS)}.")
    rules = house_rules_for(eng) if settings.task == "writing" else None
    if config.judge_model:
        _check_judge(config.judge_model, eng)
    out_dir = eng.run_dir(run)
    if not (out_dir / "train_config.json").is_file():
        raise EvaluationError(f"Run '{run}' has not finished training ({out_dir}/train_config.json is missing): run 04_train first.")
    if "tuned" in config.contenders and not (out_dir / "adapter").is_dir():
        raise EvaluationError(f"Run '{run}' has no adapter folder ({out_dir / 'adapter'}): run 04_train for this run, or check RUN.")
    return rules


def _eval_cases(eng: Engagement, config: EvalConfig):
    """The training split and the eval split (a seeded sample of `max_eval` cases when set), refused
    when they overlap."""
    splits = load_splits(eng)
    evals = splits["eval"]
    if config.max_eval and len(evals) > config.max_eval:
        evals = evals.shuffle(seed=config.seed).select(range(config.max_eval))
    _check_overlap(splits["train"], evals)
    return splits["train"], evals


def contender_prompts(train, evals, settings: Settings, config: EvalConfig, tokenizer, model_config=None,
                      max_new: int = 0) -> tuple[dict[str, list], list[int]]:
    """Every contender's prompts on the eval cases (the stored prompt, all its turns; `prompts.contender_prompt`);
    the few-shot contender's demonstrations are retrieved from `train` – the training split – only.
    Returns the prompts and the number of demonstrations each few-shot prompt got."""
    prompts = {name: [contender_prompt(ex, name, settings) for ex in evals] for name in config.contenders if name != "few_shot"}
    shots: list[int] = []
    if "few_shot" in config.contenders:
        budget = context_budget(tokenizer, model_config, max_new, config.few_shot_max_prompt_tokens)
        prompts["few_shot"], shots = few_shot_prompts(FewShotIndex(train), evals, tokenizer, config.few_shot_k, budget)
    return {name: prompts[name] for name in config.contenders}, shots


def _max_new_tokens(config: EvalConfig, task_name: str, tokenizer, gold: list[str]) -> int:
    max_new = config.max_new_tokens or default_max_new_tokens(task_name, tokenizer, gold)
    return min(max_new, config.max_new_tokens_cap) if config.max_new_tokens_cap else max_new


def _answer(contest: _Contest, name: str, model, tokenizer, prompts: list, gold: list[str], settings: Settings,
            config: EvalConfig, max_new: int, rules: HouseRules | None) -> None:
    """One contender answers its prompts batched, then `latency_cases` of them one at a time; scored and timed."""
    runaway: list[bool] = []
    answers, latency, lengths = generate(model, tokenizer, prompts, max_new, config.batch_size, desc=name, runaway=runaway)
    metrics = score(settings.task, gold, answers, settings.labels, rules)
    metrics["prompt_tokens_mean"] = round(sum(lengths) / len(lengths), 1)
    metrics["latency_s_mean"] = round(sum(latency) / len(latency), 4)  # batched: the batch's time shared over its queries
    metrics["queries_per_s"] = round(len(latency) / sum(latency), 3) if sum(latency) else 0.0
    single = prompts[: config.latency_cases]
    if single:
        t0 = time.perf_counter()
        for p in bar(single, desc=f"{name} (one at a time)", unit="query"):  # one bar for the job
            generate(model, tokenizer, [p], max_new, 1, desc=f"{name} (one at a time)", progress=False)
        metrics["latency_s_single"] = round((time.perf_counter() - t0) / len(single), 4)
    metrics["empty_answers"] = sum(not a.strip() for a in answers)
    metrics["runaway_answers"] = sum(bool(r) for r in runaway)  # hit max_new_tokens without an end token
    contest.results[name] = metrics
    contest.predictions[name] = answers


def _run_contenders(contest: _Contest, base_model, tokenizer, prompts: dict[str, list], gold: list[str], settings: Settings,
                    config: EvalConfig, max_new: int, adapter_dir: Path, rules: HouseRules | None, clock: _Clock):
    """Each contender answers its prompts and is scored; returns the tuned model (None when not a contender).

    The tuned model is the adapter merged into a copy of the base (`merge_tuned`, as deployed), so its
    cost is the deployed model's; else the adapter sits on the base's weights (one copy in memory)."""
    order = [c for c in config.contenders if c != "tuned"] + [c for c in config.contenders if c == "tuned"]
    generate(base_model, tokenizer, prompts[order[0]][:1], 2, 1, desc="warm-up")  # the first contender timed pays no warm-up
    tuned = None
    for name in order:
        if name == "tuned":
            tuned = (load_merged(settings, adapter_dir, base=base_model) if config.merge_tuned
                     else load_tuned(settings, adapter_dir, base=base_model))
            contest.extras["tuned_timed_as"] = "merged" if config.merge_tuned else "adapter"
            clock.lap("load")
        _answer(contest, name, tuned if name == "tuned" else base_model, tokenizer, prompts[name], gold, settings,
                config, max_new, rules)
        clock.lap(name)
    return tuned


def _refuse_empty(contest: _Contest, n: int, run: str) -> None:
    empty = [name for name in contest.results if contest.results[name]["empty_answers"] == n]
    if empty:
        raise EvaluationError(
            f"{' and '.join(empty)} answered nothing on every one of the {n} cases: a score of zero would "
            "hide a broken setup. Check the chat template and the end-of-turn token of the base model"
            + (", and that the adapter in runs/" + run + "/adapter was trained on it." if "tuned" in empty else ".")
        )


def _scan_answers(eng: Engagement, contest: _Contest) -> None:
    """Stage 02's detectors over every contender's answers, and the private mapping's real values."""
    anonymizer = Anonymizer(pii_config(eng))
    known = known_personal_values(eng)
    contest.privacy["pii"] = {}
    for name, answers in contest.predictions.items():
        scan = pii_scan(answers, known=known, anonymizer=anonymizer)
        contest.privacy["pii"][name] = {k: v for k, v in scan.items() if k != "per_answer"}
        contest.results[name]["pii_answers"] = scan["answers_with_pii"]
        contest.results[name]["pii_known_leaks"] = scan["known_leaks"]
        contest.extras.setdefault("pii_labels", {})[name] = [p["labels"] for p in scan["per_answer"]]
    contest.privacy["pii"]["known_values_checked"] = len(known)


def _side_checks(eng: Engagement, contest: _Contest, config: EvalConfig, base_model, tuned, tokenizer,
                 canaries: list[dict], queries: list[str], gold: list[str], clock: _Clock) -> None:
    """Regression questions, canaries, the PII scan and the judge, each when asked for and possible."""
    base_ctx = (tuned.disable_adapter if tuned is not None and hasattr(tuned, "disable_adapter")
                and tuned.base_model.model is base_model else nullcontext)
    if config.regression and tuned is not None:
        contest.extras["regression"] = regression_check(base_model, tuned, tokenizer, base_context=base_ctx,
                                                        max_new_tokens=config.regression_max_new_tokens)
        clock.lap("regression")
    if canaries and tuned is not None:
        contest.privacy["canaries"] = {"tuned": canary_check(tuned, tokenizer, canaries, n_candidates=config.canary_candidates)}
        with base_ctx():  # a control: the base model cannot know the secrets
            contest.privacy["canaries"]["base"] = canary_check(base_model, tokenizer, canaries, n_candidates=0)
        clock.lap("canaries")
    if config.pii_scan:
        _scan_answers(eng, contest)
        clock.lap("pii_scan")
    if config.judge_model and tuned is not None:
        contest.extras["judge"] = _run_judge(config, queries, gold, contest.predictions)
        clock.lap("judge")


def _metrics_record(contest: _Contest, settings: Settings, run: str, config: EvalConfig, gold: list[str], max_new: int,
                    rules: HouseRules | None, clock: _Clock) -> dict:
    """What metrics.json holds: every contender's scores and the checks' summaries (the details go to side files)."""
    metrics = {
        "task": settings.task,
        "base_model": settings.base_model,
        "run": run,
        "n_eval": len(gold),
        "primary_metric": task(settings.task).primary_metric,
        **contest.results,
        "max_new_tokens": max_new,
        "tuned_timed_as": contest.extras.get("tuned_timed_as"),
        "config": asdict(config),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "seconds": clock.seconds,
    }
    if rules is not None and rules.active():
        metrics["house_rules"] = {"rules": rules.to_dict(), "expected_answers": house_style_metrics(gold, rules)}
    if contest.privacy:
        metrics["privacy"] = contest.privacy
        metrics["privacy"]["passed"] = _privacy_passed(contest.privacy)
    if "regression" in contest.extras:
        r = contest.extras["regression"]
        metrics["regression"] = {"n": r["n"], "base_passed": r["base_passed"], "tuned_passed": r["tuned_passed"]}
    if "judge" in contest.extras:
        metrics["judge"] = {"model": config.judge_model,
                            "pairs": {k: {kk: vv for kk, vv in v.items() if kk != "cases"} for k, v in contest.extras["judge"].items()}}
    return metrics


def _prediction_rows(contest: _Contest, evals, queries: list[str], gold: list[str], settings: Settings,
                     rules: HouseRules | None) -> list[dict]:
    """One row per case for predictions.jsonl: the query, the expected answer, every answer and its score."""
    predictions = contest.predictions
    per_case = {name: case_scores(settings.task, gold, predictions[name], settings.labels) for name in predictions}
    rows = []
    for i, (ex, q, g) in enumerate(zip(evals, queries, gold)):
        row = {"id": ex["id"], "query": q, "gold": g, **{name: predictions[name][i] for name in predictions},
               "scores": {name: round(per_case[name][i], 4) for name in per_case}}
        if rules is not None and rules.active():
            row["house_rules"] = {name: rules.check(predictions[name][i]) for name in predictions}
        if "pii_labels" in contest.extras:
            row["pii"] = {name: contest.extras["pii_labels"][name][i] for name in predictions}
        rows.append(row)
    return rows


def _write_outputs(eng: Engagement, run: str, contest: _Contest, metrics: dict, rows: list[dict], config: EvalConfig,
                   clock: _Clock) -> None:
    out_dir = eng.run_dir(run)
    atomic_write_text(out_dir / "predictions.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    if "regression" in contest.extras:
        write_json(out_dir / "regression.json", contest.extras["regression"])
    if "canaries" in contest.privacy:
        write_json(out_dir / "canaries_check.json", contest.privacy["canaries"])
    if "judge" in contest.extras:
        write_json(out_dir / "judge.json", contest.extras["judge"])
    write_reports(eng, run, metrics, rows, contest.extras, seed=config.seed, n_examples=config.examples)
    clock.lap("report")
    write_json(out_dir / "metrics.json", metrics)  # last: its presence means the evaluation finished
    write_runs_comparison(eng)


def run_stage(eng: Engagement, config: EvalConfig | None = None, run: str = "run-01") -> dict:
    """Run the contenders on the eval split; write metrics.json, predictions, plots and the reports in runs/<run>/."""
    config = config or EvalConfig()
    settings = eng.settings()
    rules = _check_request(eng, run, config, settings)
    train, evals = _eval_cases(eng, config)
    queries = [query_text(ex) for ex in evals]
    gold = [ex["completion"][0]["content"] for ex in evals]
    if settings.task == "classification" and not settings.labels:
        raise EvaluationError(f"{eng.settings_path} has no `labels`: rebuild the dataset in 03_build_dataset, which records them.")
    tokenizer = models.load_tokenizer(settings.base_model)
    max_new = _max_new_tokens(config, settings.task, tokenizer, gold)
    canaries = load_canaries(eng) if config.canaries else []

    clock, contest = _Clock(), _Contest()
    base_model = load_for_inference(settings.base_model)
    clock.lap("load")
    prompts, shots = contender_prompts(train, evals, settings, config, tokenizer, getattr(base_model, "config", None), max_new)
    clock.lap("retrieval")
    tuned = _run_contenders(contest, base_model, tokenizer, prompts, gold, settings, config, max_new,
                            eng.run_dir(run) / "adapter", rules, clock)
    if shots:
        contest.results["few_shot"]["few_shot_k_mean"] = round(sum(shots) / len(shots), 2)
    _refuse_empty(contest, len(gold), run)
    _side_checks(eng, contest, config, base_model, tuned, tokenizer, canaries, queries, gold, clock)
    metrics = _metrics_record(contest, settings, run, config, gold, max_new, rules, clock)
    versus = versus_best_alternative(metrics, _assessed_roi_inputs(eng))
    if versus:
        metrics["versus_best_alternative"] = versus
    rows = _prediction_rows(contest, evals, queries, gold, settings, rules)
    _write_outputs(eng, run, contest, metrics, rows, config, clock)
    return metrics


ROI_INPUTS = ("queries_per_day", "price_per_million_tokens", "training_gpu_hours", "gpu_price_per_hour", "other_costs")


def _assessed_roi_inputs(eng: Engagement) -> dict | None:
    """Volume and prices stage 01 planned the ROI with (assess/assessment.json), or None when it has not run."""
    path = eng.assess_dir / "assessment.json"
    try:
        planned = json.loads(path.read_text(encoding="utf-8")).get("roi") if path.is_file() else None
    except (json.JSONDecodeError, OSError, AttributeError):
        return None
    return {k: planned[k] for k in ROI_INPUTS if k in planned} if isinstance(planned, dict) else None


def versus_best_alternative(metrics: dict, roi_inputs: dict | None = None) -> dict | None:
    """The tuned model against the best cheap alternative (base, prompted base, retrieval few-shot) by the
    primary metric – ties go to the shorter prompt – in points and prompt tokens per query; with stage 01's
    volume and prices, its return on investment recomputed from the measured prompt lengths."""
    primary = metrics["primary_metric"]
    cheap = [c for c in CHEAP_CONTENDERS if isinstance(metrics.get(c), dict)]
    if not isinstance(metrics.get("tuned"), dict) or not cheap:
        return None
    best = max(cheap, key=lambda c: (metrics[c].get(primary, 0.0), -metrics[c].get("prompt_tokens_mean", 0.0)))
    t, a = metrics["tuned"], metrics[best]
    out = {"best_alternative": best, "metric": primary, "tuned": t.get(primary, 0.0), "alternative": a.get(primary, 0.0),
           "points": round(100 * (t.get(primary, 0.0) - a.get(primary, 0.0)), 1),
           "tuned_prompt_tokens": t["prompt_tokens_mean"], "alternative_prompt_tokens": a["prompt_tokens_mean"],
           "prompt_tokens_saved": round(a["prompt_tokens_mean"] - t["prompt_tokens_mean"], 1)}
    if roi_inputs:
        r = roi(a["prompt_tokens_mean"], t["prompt_tokens_mean"], **roi_inputs)
        out["roi"] = {k: r[k] for k in ("queries_per_day", "tokens_saved_per_day", "monthly_savings", "one_off_cost",
                                        "break_even_months", "first_year_net")}
    return out


def evaluate(eng: Engagement, run: str = "run-01", config: EvalConfig | None = None) -> dict:
    """`run_stage` with the run first, as notebook 05 calls it."""
    return run_stage(eng, config, run)


def _privacy_passed(privacy: dict) -> bool:
    ok = privacy.get("canaries", {}).get("tuned", {}).get("passed", True)
    tuned_pii = privacy.get("pii", {}).get("tuned", {})
    return bool(ok and not tuned_pii.get("known_leaks", 0))


def _run_judge(config: EvalConfig, queries: list[str], gold: list[str], predictions: dict) -> dict:
    judge = load_for_inference(config.judge_model)
    judge_tok = models.load_tokenizer(config.judge_model)
    k = min(len(queries), config.judge_cases) if config.judge_cases else len(queries)
    out = {}
    for other in ("few_shot", "prompted_base", "base"):  # the best cheap alternative is often the retrieval one
        if other in predictions:
            out[f"tuned_vs_{other}"] = judge_pairwise(judge, judge_tok, queries[:k], predictions["tuned"][:k], predictions[other][:k],
                                                      references=gold[:k], batch_size=max(1, config.batch_size // 2),
                                                      desc=f"judge: tuned vs {other}")
    return out


def _check_overlap(train, evals) -> None:
    """Refuse eval cases whose user turns (every one of them) also appear in training."""
    train_q = {query_text(ex).strip().lower() for ex in train}
    overlap = [ex.get("id", "?") for ex in evals if query_text(ex).strip().lower() in train_q]
    if overlap:
        raise EvaluationError(
            f"{len(overlap)} eval cases also appear in training (ids: {', '.join(map(str, overlap[:5]))}"
            f"{'…' if len(overlap) > 5 else ''}): the comparison would flatter the tuned model. "
            "Rebuild the dataset in 03_build_dataset (it removes such leaks)."
        )
