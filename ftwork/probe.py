"""Stage 01's optional quick probe: the cheap alternatives measured before anything is trained.

On a small seeded slice of the client's labelled rows the base model answers twice – with the
client's long prompt (or the label list) and with the k most similar OTHER labelled rows shown
as solved cases (retrieval few-shot, `ftwork.retrieval`; the slice itself is never in the index).
The best of the two is what prompting already reaches, so the go/no-go uses a measured number
instead of the questionnaire's guess. A few minutes on a CPU for 40 short cases; everything runs
on this machine (nothing is sent anywhere).
"""

from __future__ import annotations

import random
from dataclasses import replace

from .engagement import Engagement, Settings
from .errors import DatasetError
from .generation import default_max_new_tokens, generate, load_for_inference
from .loaders import load_table
from .metrics import score
from .models import load_tokenizer
from .prompts import contender_prompt, to_example
from .retrieval import DEFAULT_K, FewShotIndex, context_budget, few_shot_prompts
from .tasks import task

PROBE_TASKS = ("classification", "extraction")  # tasks whose answers can be scored right or wrong


def labelled_examples(records: list[dict], settings: Settings) -> list[dict]:
    """The records that have a text and an answer, as examples (the same template as stage 03)."""
    out = []
    for i, record in enumerate(records):
        if not str(record.get(settings.text_column) or "").strip() or str(record.get(settings.label_column) or "").strip() == "":
            continue
        try:
            out.append(to_example(record, settings, i))
        except DatasetError:
            continue  # stage 03 reports such rows; the probe just leaves them out
    return out


def quick_probe(records: list[dict], settings: Settings, cases: int = 40, k: int = DEFAULT_K, seed: int = 0,
                max_new_tokens_cap: int = 0, model=None, tokenizer=None) -> dict:
    """Prompted base and retrieval few-shot on `cases` held-out labelled rows; {"skipped": why} when it cannot run."""
    if settings.task not in PROBE_TASKS:
        return {"skipped": f"the quick probe scores {' and '.join(PROBE_TASKS)}; task '{settings.task}' is judged in stage 05"}
    examples = labelled_examples(records, settings)
    n = min(cases, len(examples) // 2)
    if n < 4:
        return {"skipped": f"only {len(examples)} labelled rows: the probe needs at least 8 (half held out, half to retrieve from)"}
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    held, pool = [examples[i] for i in order[:n]], [examples[i] for i in order[n:]]
    if settings.task == "classification":
        settings = replace(settings, labels=sorted({ex["completion"][0]["content"] for ex in examples}))
    tok = tokenizer or load_tokenizer(settings.base_model)
    model = model or load_for_inference(settings.base_model)
    gold = [ex["completion"][0]["content"] for ex in held]
    max_new = default_max_new_tokens(settings.task, tok, gold)
    max_new = min(max_new, max_new_tokens_cap) if max_new_tokens_cap else max_new
    prompts = {"prompted_base": [contender_prompt(ex, "prompted_base", settings) for ex in held]}
    budget = context_budget(tok, getattr(model, "config", None), max_new)
    prompts["few_shot"], shots = few_shot_prompts(FewShotIndex(pool), held, tok, k, budget)
    primary = task(settings.task).primary_metric
    results = {}
    for name, chats in prompts.items():
        answers, latency, lengths = generate(model, tok, chats, max_new, 8, desc=f"quick probe: {name}")
        results[name] = {primary: score(settings.task, gold, answers, settings.labels)[primary],
                         "prompt_tokens_mean": round(sum(lengths) / len(lengths), 1),
                         "latency_s_mean": round(sum(latency) / len(latency), 4)}
    best = max(results, key=lambda c: (results[c][primary], -results[c]["prompt_tokens_mean"]))
    return {"cases": n, "retrieved_from": len(pool), "primary_metric": primary, "contenders": results,
            "few_shot_k_mean": round(sum(shots) / len(shots), 2), "best": best, "best_score": results[best][primary]}


def probe_engagement(eng: Engagement, settings: Settings, cases: int = 40, k: int = DEFAULT_K, seed: int = 0) -> dict:
    """`quick_probe` on the engagement's raw data file (raw/<settings.data_file>)."""
    path = eng.raw / settings.data_file if settings.data_file else None
    if path is None or not path.is_file():
        return {"skipped": f"no data file in raw/ ({settings.data_file or 'settings.json has no data_file'})"}
    return quick_probe(load_table(path, **settings.table_options()), settings, cases, k, seed)
