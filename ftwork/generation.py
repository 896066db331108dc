"""Batched, prefix-cached greedy generation, and loading a tuned model for it (stages 05 and 06).

Each batch's shared prompt prefix is run once and its KV cache repeated over the batch; the
answers are the greedy answers of one prompt at a time (tests/test_evaluate.py,
benchmarks/eval_throughput.py).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from .artifacts import check_adapter_base
from .engagement import Settings
from .errors import EvaluationError
from . import models
from .models import quiet_peft
from .hardware import precision_facts
from .plans import precision
from .progress import bar


def _common_prefix_len(rows: list[list[int]]) -> int:
    """Tokens every row starts with, leaving each row at least one token of its own."""
    if not rows:
        return 0
    first, n = rows[0], min(len(r) for r in rows) - 1
    for i in range(max(n, 0)):
        if any(r[i] != first[i] for r in rows):
            return i
    return max(n, 0)


def _prefix_cache(model, prefix: list[int]):
    """The KV cache of a shared prompt prefix (system prompt, instructions, label list), or None when
    the model's cache cannot be copied across a batch (then the batch runs without it)."""
    import torch
    from transformers import DynamicCache

    cache = model(input_ids=torch.tensor([prefix], device=model.device), use_cache=True).cache  # transformers 5: not past_key_values
    return cache if isinstance(cache, DynamicCache) and not any(getattr(c, "is_sliding", False) for c in cache.layers) else None


# A shared prefix shorter than this is not worth a separate forward pass.
MIN_SHARED_PREFIX = 8


def _generate_texts(model, tokenizer, texts: list[str], max_new_tokens: int, batch_size: int = 32, desc: str = "generating",
                    runaway: list | None = None, progress: bool = True):
    """Greedy continuations of already templated texts; see `generate`.

    Each batch's shared prefix (the chat template's system turn, the instruction, a label list) is
    run once and its KV cache repeated over the batch, so the prompt pass – most of the work for
    short answers – covers only what differs. Inside the batch the rows are then `prefix | left
    padding | own tokens`, the padding masked, positions following the attention mask: the same
    greedy answers as one prompt at a time (checked in tests/test_evaluate.py and
    benchmarks/eval_throughput.py).
    """
    import torch

    tokenizer.padding_side = "left"
    ids = [tokenizer(t, add_special_tokens=False)["input_ids"] for t in texts]
    lengths = [len(r) for r in ids]
    order = sorted(range(len(texts)), key=lambda i: lengths[i])
    answers: list[str] = [""] * len(texts)
    latency: list[float] = [0.0] * len(texts)
    ran_on: list[bool] = [False] * len(texts)
    model.eval()
    eos = model.generation_config.eos_token_id
    eos_ids = set(eos if isinstance(eos, (list, tuple)) else [eos]) - {None}
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else (eos[0] if isinstance(eos, list) else eos)
    with torch.inference_mode():
        for start in bar(range(0, len(order), batch_size), desc=desc, unit="batch", disable=not progress):
            idx = order[start : start + batch_size]
            rows = [ids[i] for i in idx]
            t0 = time.perf_counter()
            shared = _common_prefix_len(rows) if len(rows) > 1 else 0
            cache = _prefix_cache(model, rows[0][:shared]) if shared >= MIN_SHARED_PREFIX else None
            if cache is None:
                shared = 0
            else:
                cache.batch_repeat_interleave(len(rows))
            width = max(len(r) - shared for r in rows)
            input_ids = torch.tensor([r[:shared] + [pad] * (width - len(r) + shared) + r[shared:] for r in rows])
            mask = torch.tensor([[1] * shared + [0] * (width - len(r) + shared) + [1] * (len(r) - shared) for r in rows])
            out = model.generate(input_ids=input_ids.to(model.device), attention_mask=mask.to(model.device),
                                 cache=cache, max_new_tokens=max_new_tokens, do_sample=False,
                                 eos_token_id=eos, pad_token_id=pad)
            dt = (time.perf_counter() - t0) / len(idx)
            for row, i in enumerate(idx):
                new = out[row, input_ids.shape[1] :].tolist()
                answers[i] = tokenizer.decode(new, skip_special_tokens=True).strip()
                latency[i] = dt
                ran_on[i] = len(new) >= max_new_tokens and not eos_ids.intersection(new)
    if runaway is not None:
        runaway[:] = ran_on
    return answers, latency, lengths


def generate(model, tokenizer, prompts: list[list[dict]], max_new_tokens: int, batch_size: int = 32, desc: str = "generating",
             runaway: list | None = None, progress: bool = True):
    """Greedy answers for chat prompts, batched with left padding; returns answers, latencies, prompt tokens.

    Prompts are sorted by length so a batch holds similar lengths (less padding); results come
    back in the input order. Latency per query is the batch's wall time shared over its queries.
    `runaway`, when given, is filled with one flag per prompt: True when the answer reached
    `max_new_tokens` without an end-of-sequence token (cut off, not finished). `progress=False`: no bar
    (the caller shows one for the whole job).
    """
    texts = [tokenizer.apply_chat_template(p, tokenize=False, add_generation_prompt=True) for p in prompts]
    return _generate_texts(model, tokenizer, texts, max_new_tokens, batch_size, desc, runaway, progress)


def default_max_new_tokens(task: str, tokenizer, answers: list[str]) -> int:
    longest = max((len(tokenizer(a, add_special_tokens=False)["input_ids"]) for a in answers), default=16)
    return {"classification": longest + 4, "extraction": int(longest * 1.3) + 16}.get(task, min(int(longest * 1.3) + 16, 384))


def load_for_inference(model_id: str):
    """A model for generation: fp32 on a CPU (the reference numbers, and bf16 generation there is slower –
    docs/PERFORMANCE.md); on a CUDA GPU in the one precision rule's half precision (`plans.precision`: bf16,
    fp16 where bf16 is unsupported) and placed on the GPU, so an 8B model takes 16 GB of GPU memory instead
    of 32 GB of RAM."""
    import torch

    if not torch.cuda.is_available():
        return models.load_model(model_id, dtype=torch.float32)
    dtype = {"bf16": torch.bfloat16, "fp16": torch.float16}[precision(precision_facts())]
    return models.load_model(model_id, dtype=dtype, device_map={"": torch.cuda.current_device()})


def load_tuned(settings: Settings, adapter_dir: Path, base=None):
    """The tuned model: the run's LoRA adapter on the base model (on `base` when given: it is
    modified in place, use `disable_adapter()` for base answers), or a fully fine-tuned model."""
    from peft import PeftModel

    adapter_dir = Path(adapter_dir)
    if (adapter_dir / "config.json").is_file():  # full fine-tune: a whole model
        return load_for_inference(str(adapter_dir))
    if not (adapter_dir / "adapter_config.json").is_file():
        raise EvaluationError(f"No trained model in {adapter_dir} (no adapter_config.json or config.json): run 04_train for this run first.")
    if not any((adapter_dir / name).is_file() for name in ("adapter_model.safetensors", "adapter_model.bin")):
        raise EvaluationError(f"{adapter_dir} has an adapter_config.json but no adapter_model.safetensors: training did not "
                              "finish saving. Rerun 04_train for this run.")
    config = json.loads((adapter_dir / "adapter_config.json").read_text())

    check_adapter_base(config, settings.base_model)
    base = base if base is not None else load_for_inference(settings.base_model)
    with quiet_peft():
        return PeftModel.from_pretrained(base, str(adapter_dir))


def load_merged(settings: Settings, adapter_dir: Path, base=None):
    """The tuned model as the company deploys it: the run's adapter merged into a copy of `base` (or a
    freshly loaded base), a plain transformers model timed like the base model; `base` is left as it
    was. Needs a second copy of the weights in memory while it lives."""
    import copy

    from peft import PeftModel

    adapter_dir = Path(adapter_dir)
    if (adapter_dir / "config.json").is_file():  # full fine-tune: already a plain model
        return load_tuned(settings, adapter_dir)
    tuned = load_tuned(settings, adapter_dir, base=copy.deepcopy(base) if base is not None else None)
    return tuned.merge_and_unload() if isinstance(tuned, PeftModel) else tuned
