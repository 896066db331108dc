"""Planning policies: the one precision rule, the one optimizer rule and the one plan search.

Stage 01 (`plan_hardware`, `plans_that_fit`) and stage 04 (`memory_plan`, `nearest_plan`, and
`ftwork.train.check_memory` on top of them) price plans with the same function and search them in the
same order, so a plan stage 01 promises is one stage 04 accepts:

* **precision** – on a CUDA GPU bf16 mixed precision where supported, else fp16; on a CPU bf16
  autocast where the CPU multiplies bf16 natively (not for QLoRA), else fp32. The memory estimate
  prices the weights: fp32 on a CPU, where bf16 is autocast over fp32 weights.
* **optimizer** – paged 8-bit AdamW for QLoRA on a GPU, plain AdamW otherwise.
* **methods** – tried in the order LoRA, QLoRA, full (a method asked for first); QLoRA only on a CUDA
  GPU, where it pays, unless asked for by name (bitsandbytes' CPU backend runs, slowly).
* **settings** – per method the first that fits of: the batch as asked, then halved, without gradient
  checkpointing down to a per-device batch of 4 (below that a GPU idles); then with checkpointing (~30%
  slower, far less activation memory) from the batch as asked down to 1. The effective batch is kept
  by gradient accumulation.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Iterator

from . import hardware
from .configs import TrainConfig
from .hardware import memory_method
from .models import arch_kwargs, model_facts

__all__ = ["METHOD_ORDER", "precision", "estimate_precision", "accelerate_precision", "optimizer",
           "memory_optimizer", "memory_method", "methods_to_try", "settings_to_try", "price", "plans_that_fit",
           "plan_hardware", "model_size", "memory_plan", "nearest_plan", "plan_summary"]

METHOD_ORDER = ("lora", "qlora", "full")  # the order a consultant tries methods in when none is asked for
NO_CHECKPOINTING_FLOOR = 4  # smallest per-device batch tried without gradient checkpointing

Price = Callable[[str, int, bool], dict]  # (method, per-device batch, gradient checkpointing) -> plan


# -- the rules --------------------------------------------------------------------------------------

def on_gpu(machine: dict) -> bool:
    return bool(machine.get("gpus"))


def precision(machine: dict, method: str = "lora", bf16: bool | None = None) -> str:
    """The training precision on `machine`: "bf16" or "fp16" mixed precision on a CUDA GPU (bf16 where it
    is supported); on a CPU "bf16" autocast where the CPU multiplies bf16 natively (AMX, AVX512-BF16:
    ~6x its fp32 matmul rate), else "fp32". `bf16` (TrainConfig.bf16) True or False overrides the choice.

    On a CPU the weights stay fp32 (the master copy, and the residual stream) and autocast runs the
    matrix products in bf16. QLoRA on a CPU stays fp32 unless bf16=True: bitsandbytes' CPU kernels are
    only tested here in fp32.
    """
    if on_gpu(machine):
        use = bool(machine.get("bf16")) if bf16 is None else bool(bf16)
        return "bf16" if use else "fp16"
    use = (bool(machine.get("cpu_bf16")) and method != "qlora") if bf16 is None else bool(bf16)
    return "bf16" if use else "fp32"


def estimate_precision(machine: dict, method: str = "lora", bf16: bool | None = None) -> str:
    """The weights' precision the memory estimate prices: the training precision on a GPU, fp32 on a CPU
    (bf16 there is autocast over fp32 weights)."""
    return precision(machine, method, bf16) if on_gpu(machine) else "fp32"


def accelerate_precision(machine: dict, kind: str, method: str = "lora", bf16: bool | None = None) -> str:
    """accelerate's `mixed_precision` for a config file of `kind` written on `machine`: "no" for CPU
    processes; the training precision where there are GPUs; written on a machine without one (for the
    GPU machine it will run on), that of a bf16-capable GPU."""
    if kind == "cpu":
        return "no"
    target = machine if on_gpu(machine) else {"gpus": [{"name": "a bf16 GPU"}], "bf16": True}
    return precision(target, method, bf16)


def optimizer(method: str, gpu: bool, optim: str = "") -> str:
    """The Trainer's `optim`: `optim` when given, else paged 8-bit AdamW for QLoRA on a GPU, else AdamW."""
    if optim:
        return optim
    return "paged_adamw_8bit" if method == "qlora" and gpu else "adamw_torch"


def memory_optimizer(optim: str) -> str:
    """The estimator's name for the Trainer's optimizer `optim` (what its states cost per parameter)."""
    if "8bit" in optim:
        return "paged_adamw_8bit" if optim.startswith("paged") else "adamw_8bit"
    return "adamw"


def methods_to_try(machine: dict, asked: str = "", methods: tuple[str, ...] = METHOD_ORDER) -> list[str]:
    """`methods` in their order, QLoRA only on a CUDA GPU unless `asked` for."""
    qlora_ok = on_gpu(machine) or memory_method(asked) == "qlora"
    return [m for m in methods if m != "qlora" or qlora_ok]


def settings_to_try(batch_size: int, gradient_checkpointing: bool = False) -> list[tuple[int, bool]]:
    """(per-device batch, gradient checkpointing) in the order tried (see the module docstring)."""
    batches, b = [], max(1, int(batch_size))
    while b >= 1:
        batches.append(b)
        b //= 2
    floor = min(NO_CHECKPOINTING_FLOOR, batches[0])
    tries = [] if gradient_checkpointing else [(b, False) for b in batches if b >= floor]
    return tries + [(b, True) for b in batches]


# -- pricing and the search -------------------------------------------------------------------------

def price(params_b: float, machine: dict, method: str, seq_len: int, batch_size: int,
          gradient_checkpointing: bool = False, *, optim: str = "", bf16: bool | None = None, **estimate) -> dict:
    """`hardware.estimate_memory` for a plan on `machine`, at the precision and with the optimizer it
    would train with, plus its per-device peak and the memory available (None: RAM size unknown).

    `estimate`: the estimator's keywords (lora_rank, lora_dropout, model_id or the shape keywords).
    """
    gpu = on_gpu(machine)
    plan = hardware.estimate_memory(
        params_b, memory_method(method), seq_len, batch_size, precision=estimate_precision(machine, method, bf16),
        optimizer=memory_optimizer(optimizer(method, gpu, optim)), gradient_checkpointing=gradient_checkpointing,
        device="gpu" if gpu else "cpu", **estimate)
    available = hardware.available_gb(machine)
    plan["per_device_gb"] = hardware.per_device_gb(plan, machine)
    plan["available_gb"] = round(available, 1) if available is not None else None
    return plan


def _first_fits(price_of: Price, methods: list[str], tries: list[tuple[int, bool]],
                machine: dict) -> Iterator[tuple[str, int, bool, dict]]:
    """For each method in turn, the first setting that fits: (method, batch, checkpointing, plan)."""
    for method in methods:
        for batch, ckpt in tries:
            plan = price_of(method, batch, ckpt)
            if hardware.fits(plan, machine):
                yield method, batch, ckpt, plan
                break


def plans_that_fit(params_b: float, machine: dict, seq_len: int = 1024, batch_size: int = 1,
                   methods: tuple[str, ...] = METHOD_ORDER, model_id: str | None = None, asked: str = "",
                   **kwargs) -> list[dict]:
    """The plans that fit, one per method, in the order they are tried (see the module docstring).

    Each plan also says its gradient accumulation (to reach `batch_size`) and a note on speed.
    `asked`: the method asked for (QLoRA is tried on a CPU only then). `kwargs`: the estimator's.
    """
    if model_id is not None:
        kwargs["model_id"] = model_id

    def price_of(method, batch, ckpt):
        return price(params_b, machine, method, seq_len, batch, ckpt, **kwargs)

    out = []
    for method, batch, _, plan in _first_fits(price_of, methods_to_try(machine, asked, tuple(methods)),
                                              settings_to_try(batch_size), machine):
        plan["grad_accumulation"] = max(1, batch_size // batch)
        plan["note"] = _speed_note(params_b, method, machine)
        out.append(plan)
    return out


def _speed_note(params_b: float, method: str, machine: dict) -> str:
    if not on_gpu(machine):
        if params_b > 1.0:
            return "fits in RAM, but training a model this size on a CPU takes days: use a GPU"
        if params_b > 0.4:
            return "fits; hours on a CPU"
        return "fits; minutes to an hour on a CPU"
    if method == "full" and len(machine["gpus"]) > 1:
        return f"sharded across {len(machine['gpus'])} GPUs with accelerate (FSDP / DeepSpeed ZeRO-3)"
    return ""


def plan_hardware(facts: dict, machine: dict, method: str = "auto", seq_len: int = 512, batch_size: int = 8) -> dict:
    """Which plans fit, and the one to use: the requested method if it fits, else the best that does."""
    params = facts.get("params_b") or 0
    shape = arch_kwargs(facts)
    warnings = []
    requested = memory_method(method)
    if requested not in ("auto", *hardware.METHODS):
        warnings.append(f"Unknown method {method!r}: use auto, lora, dora, qlora or full; choosing automatically.")
        requested = "auto"
    asked = "" if requested == "auto" else requested
    plans = plans_that_fit(params, machine, seq_len=seq_len, batch_size=batch_size, asked=asked, **shape)
    chosen = plans[0] if plans else None
    if asked:
        chosen = next((p for p in plans if p["method"] == asked), None)
        if chosen is None and plans:
            warnings.append(f"{method} does not fit {hardware.describe(machine)} for {facts['hub_id']}; "
                            f"{plans[0]['method']} does, and is used instead.")
            chosen = plans[0]
    if chosen is None:
        warnings.append(f"{facts['hub_id']} ({params:g}B) cannot be fine-tuned on {hardware.describe(machine)} with "
                        "any method (full, LoRA, QLoRA), even with gradient checkpointing and batch 1.")
    all_methods = {}
    for m in hardware.METHODS:
        try:
            all_methods[m] = price(params, machine, m, seq_len, batch_size, **shape)["total"]
        except ValueError:
            pass
    chosen_method = None
    if chosen is not None:
        chosen_method = "dora" if method == "dora" and chosen["method"] == "lora" else chosen["method"]
    return {"plans": plans, "chosen": chosen, "method": chosen_method, "warnings": warnings,
            "estimates_gb": all_methods, "seq_len": seq_len, "batch_size": batch_size}


# -- a training config's plan (stage 04) ------------------------------------------------------------

def model_size(model_id: str) -> tuple[float, dict]:
    """Parameters (billions) and the shape keywords `estimate_memory` takes, from the catalogue or config.json."""
    facts = model_facts(model_id)
    if facts.get("problem") or not facts.get("params_b"):
        raise ValueError(f"Cannot size base model '{model_id}': {facts.get('problem', 'its parameter count is unknown')}")
    return float(facts["params_b"]), arch_kwargs(facts)


def _config_plan(config: TrainConfig, params_b: float, shape: dict, model_id: str, machine: dict) -> dict:
    plan = price(params_b, machine, config.method, config.max_length, config.batch_size,
                 bool(config.gradient_checkpointing), optim=config.optim, bf16=config.bf16, lora_rank=config.lora_r,
                 lora_dropout=config.lora_dropout, **shape)
    plan["fits"] = hardware.fits(plan, machine)
    plan["model_id"] = model_id
    return plan


def memory_plan(config: TrainConfig, model_id: str, machine: dict) -> dict:
    """Estimated peak memory of `config` for `model_id` on `machine` (stage 01's estimator), and whether it fits."""
    params_b, shape = model_size(model_id)
    return _config_plan(config, params_b, shape, model_id, machine)


def nearest_plan(config: TrainConfig, model_id: str, machine: dict) -> tuple[TrainConfig, dict] | None:
    """The config closest to `config` that fits: its method first, then the others in stage 01's order, each
    with the settings tried in order (the effective batch kept by gradient accumulation); None if none fits."""
    params_b, shape = model_size(model_id)
    asked = memory_method(config.method)
    methods = [config.method] + [m for m in methods_to_try(machine, config.method) if m != asked]
    effective = config.batch_size * config.grad_accum

    def candidate(method: str, batch: int, ckpt: bool) -> TrainConfig:
        return dataclasses.replace(config, method=method, batch_size=batch, gradient_checkpointing=ckpt,
                                   grad_accum=max(1, effective // batch))

    def price_of(method, batch, ckpt):
        return _config_plan(candidate(method, batch, ckpt), params_b, shape, model_id, machine)

    tries = settings_to_try(config.batch_size, bool(config.gradient_checkpointing))
    for method, batch, ckpt, plan in _first_fits(price_of, methods, tries, machine):
        return candidate(method, batch, ckpt), plan
    return None


def plan_summary(plan: dict) -> str:
    if plan.get("fits") is None:
        return f"No memory estimate: {plan.get('note', 'the model could not be sized')}."
    parts = ", ".join(f"{k} {plan[k]:.2f}" for k in ("weights", "lora", "gradients", "optimizer", "activations", "overhead") if plan.get(k))
    if plan.get("available_gb") is None:
        room = "not checked: this machine did not say how much RAM it has"
    else:
        room = f"{'fits' if plan['fits'] else 'does NOT fit'} in the {plan['available_gb']:g} GB available"
    return (f"Estimated peak memory: {plan['per_device_gb']:.2f} GB per device ({parts}; GB) – {room} "
            f"({plan['method']}, {plan['precision']}, batch {plan['batch_size']} x "
            f"{plan['seq_len']} tokens{', gradient checkpointing' if plan['gradient_checkpointing'] else ''}).")
