"""Training presets: sound starting values for a model size, method and machine, each with its reason.

`recommend` returns a `Recommendation`: the value of every `TrainConfig` field a consultant usually
tunes, and why it was chosen. `Recommendation.config(**overrides)` builds the `TrainConfig`; an
override of 0, 0.0, "" or None means "keep the preset", anything else wins. `memory_plan` prices a
config with stage 01's estimator (`ftwork.hardware.estimate_memory`) and `nearest_plan` finds the
closest config that fits when it does not.

Where the numbers come from:

* learning rate – 1e-3 for LoRA on models under 1B is what the BANKING77 runs on the embedded model
  used (docs/PERFORMANCE.md); 2e-4 for 1B–20B is the QLoRA paper's value for 7B/13B (Dettmers et al.
  2023), 1e-4 above; full fine-tuning moves every weight, so 10x lower (5e-5 under 1B, 2e-5 above).
* rank 16, alpha 32 on all linear layers – the QLoRA paper found adapters on every linear layer
  necessary to match full fine-tuning; alpha = 2 x r keeps the update scale when r changes.
* effective batch 16 on a GPU, 8 on a CPU – the largest per-device batch that fits (from the
  estimator), the rest by gradient accumulation; gradient checkpointing only when nothing fits
  without it. On a CPU a bigger batch barely speeds a step up per example but halves the optimizer
  steps: batch 16 lost 6 points of accuracy on 160 sample tickets against batch 8
  (benchmarks/train_speed.py, docs/PERFORMANCE.md).
* epochs – 3 for a few thousand examples or fewer (narrow tasks), 2 up to 10k, 1 above.
* max length – the longest training example, rounded up to a multiple of 64, so nothing is cut.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

from .artifacts import load_splits

EFFECTIVE_BATCH = 16
CPU_EFFECTIVE_BATCH = 8
TUNED_FIELDS = ("method", "learning_rate", "epochs", "batch_size", "grad_accum", "lora_r", "lora_alpha",
                "lora_dropout", "target_modules", "max_length", "packing", "gradient_checkpointing", "optim")


@dataclass
class Recommendation:
    """Preset values for one model, method and machine, with the reason for each."""

    model_id: str
    params_b: float
    method: str
    machine: dict
    values: dict = field(default_factory=dict)
    reasons: dict = field(default_factory=dict)

    def config(self, **overrides):
        """The TrainConfig: preset values, then every override that is not 0, 0.0, "" or None."""
        from .train import TrainConfig

        known = {f.name for f in dataclasses.fields(TrainConfig)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ValueError(f"Unknown training setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}.")
        values = dict(self.values)
        for name, value in overrides.items():
            if value is None or (isinstance(value, str) and value.strip() in ("", "auto")):
                continue
            if not isinstance(value, bool) and isinstance(value, (int, float)) and value == 0 and name in self.values:
                continue
            values[name] = value
        return TrainConfig(**values)

    def table(self) -> list[dict]:
        return [{"setting": k, "value": self.values[k], "why": self.reasons.get(k, "")} for k in self.values]

    def explain(self) -> str:
        from .hardware import describe

        lines = [f"Preset for {self.model_id} ({self.params_b:g}B), {self.method}, on {describe(self.machine)}:", ""]
        width = max(len(k) for k in self.values)
        for row in self.table():
            lines.append(f"  {row['setting']:<{width}}  {str(row['value']):<12}  {row['why']}")
        return "\n".join(lines)


def model_size(model_id: str) -> tuple[float, dict]:
    """Parameters (billions) and the shape keywords `estimate_memory` takes, from the catalogue or config.json."""
    from .assess import model_facts

    facts = model_facts(model_id)
    if facts.get("problem") or not facts.get("params_b"):
        raise ValueError(f"Cannot size base model '{model_id}': {facts.get('problem', 'its parameter count is unknown')}")
    if facts.get("in_catalogue"):
        return float(facts["params_b"]), {"model_id": facts["hub_id"]}
    arch = {"n_layers": facts["layers"], "hidden": facts["hidden"], "intermediate": facts["intermediate"],
            "vocab": facts["vocab"], "heads": facts["heads"], "kv_heads": facts["kv_heads"],
            "head_dim": facts["head_dim"], "tied": facts["tied"]} if facts.get("layers") else {}
    return float(facts["params_b"]), arch


def _gpu(machine: dict) -> bool:
    return bool(machine.get("gpus"))


def precision(machine: dict, bf16: bool | None = None) -> str:
    """The weights' precision the memory estimate prices: fp32 on a CPU (bf16 there is autocast over
    fp32 weights, see ftwork.train._precision); bf16 on a GPU that supports it, else fp16."""
    if not _gpu(machine):
        return "fp32"
    if bf16 is None:
        bf16 = bool(machine.get("bf16"))
    return "bf16" if bf16 else "fp16"


def _optimizer_name(optim: str, method: str, machine: dict) -> str:
    """The Trainer's `optim` for a config: paged 8-bit AdamW for QLoRA on a GPU, else plain AdamW."""
    if optim:
        return optim
    return "paged_adamw_8bit" if method == "qlora" and _gpu(machine) else "adamw_torch"


def _estimator_optimizer(optim: str) -> str:
    if "8bit" in optim:
        return "paged_adamw_8bit" if optim.startswith("paged") else "adamw_8bit"
    return "adamw"


def memory_plan(config, model_id: str, machine: dict) -> dict:
    """Estimated peak memory of `config` for `model_id` on `machine` (stage 01's estimator), and whether it fits."""
    from . import hardware

    params_b, arch = model_size(model_id)
    optim = _optimizer_name(config.optim, config.method, machine)
    plan = hardware.estimate_memory(
        params_b, config.method, config.max_length, config.batch_size, precision=precision(machine, config.bf16),
        optimizer=_estimator_optimizer(optim), lora_rank=config.lora_r,
        gradient_checkpointing=bool(config.gradient_checkpointing), lora_dropout=config.lora_dropout,
        device="gpu" if _gpu(machine) else "cpu", **arch)
    plan["per_device_gb"] = hardware.per_device_gb(plan, machine)
    plan["available_gb"] = round(hardware.available_gb(machine), 1)
    plan["fits"] = _fits(plan, machine)
    plan["model_id"] = model_id
    return plan


def _fits(plan: dict, machine: dict) -> bool:
    from . import hardware

    if plan["method"] == "qlora" and not _gpu(machine):
        # Stage 01 plans QLoRA for CUDA only (that is where it pays). bitsandbytes also has a CPU
        # backend – slow, but it runs – so here only the memory decides.
        return hardware.per_device_gb(plan, machine) <= hardware.available_gb(machine)
    return hardware.fits(plan, machine)


def nearest_plan(config, model_id: str, machine: dict) -> tuple[object, dict] | None:
    """The config closest to `config` that fits: same method with a smaller per-device batch (the effective
    batch kept by gradient accumulation), then gradient checkpointing, then the other methods; None if none fits."""
    methods = [config.method] + [m for m in ("lora", "qlora", "full") if m != {"dora": "lora"}.get(config.method, config.method)]
    if not _gpu(machine):
        methods = [m for m in methods if m != "qlora" or config.method == "qlora"]
    effective = config.batch_size * config.grad_accum
    batches = []
    b = config.batch_size
    while b >= 1:
        batches.append(b)
        b //= 2
    if batches[-1] != 1:
        batches.append(1)
    # Without checkpointing down to a per-device batch of 4 (below that a GPU idles), then with it (~30%
    # slower, far less activation memory) from the full batch down to 1.
    floor = min(4, config.batch_size)
    tries = [] if config.gradient_checkpointing else [(b, False) for b in batches if b >= floor]
    tries += [(b, True) for b in batches]
    for method in methods:
        for batch, ckpt in tries:
            candidate = dataclasses.replace(config, method=method, batch_size=batch, gradient_checkpointing=ckpt,
                                            grad_accum=max(1, effective // batch))
            plan = memory_plan(candidate, model_id, machine)
            if plan["fits"]:
                return candidate, plan
    return None


def plan_summary(plan: dict) -> str:
    if plan.get("fits") is None:
        return f"No memory estimate: {plan.get('note', 'the model could not be sized')}."
    parts = ", ".join(f"{k} {plan[k]:.2f}" for k in ("weights", "lora", "gradients", "optimizer", "activations", "overhead") if plan.get(k))
    verdict = "fits" if plan["fits"] else "does NOT fit"
    return (f"Estimated peak memory: {plan['per_device_gb']:.2f} GB per device ({parts}; GB) – {verdict} in the "
            f"{plan['available_gb']:g} GB available ({plan['method']}, {plan['precision']}, batch {plan['batch_size']} x "
            f"{plan['seq_len']} tokens{', gradient checkpointing' if plan['gradient_checkpointing'] else ''}).")


def _round_up(n: int, step: int = 64) -> int:
    return int(step * math.ceil(max(n, 1) / step))


def recommend(model_id: str, method: str, machine: dict, n_train: int | None = None,
              longest_tokens: int | None = None, context: int | None = None) -> Recommendation:
    """Preset values for `model_id` trained with `method` on `machine` (see the module docstring)."""
    from .train import METHODS, TrainConfig

    method = (method or "lora").lower()
    if method not in METHODS:
        raise ValueError(f"Unknown method '{method}'. Choose one of {', '.join(METHODS)}.")
    params_b, _ = model_size(model_id)
    rec = Recommendation(model_id=model_id, params_b=params_b, method=method, machine=machine)
    v, why = rec.values, rec.reasons
    gpu = _gpu(machine)
    adapters = method != "full"
    v["method"] = method
    why["method"] = {"lora": "low-rank adapters on a frozen base: small files, little memory",
                     "dora": "LoRA with the update split into magnitude and direction (closer to full fine-tuning, ~2x slower)",
                     "qlora": "LoRA on a 4-bit NF4 base (bitsandbytes, double quantization): the least memory",
                     "full": "every weight trained: the most memory; for small models or much data"}[method]
    size = f"{params_b:g}B"
    if adapters:
        if params_b < 1:
            v["learning_rate"], why["learning_rate"] = 1e-3, f"{size} with adapters: the BANKING77 runs on the embedded model used 1e-3"
        elif params_b < 20:
            v["learning_rate"], why["learning_rate"] = 2e-4, f"{size} with adapters: the QLoRA paper's value for 7B-13B models"
        else:
            v["learning_rate"], why["learning_rate"] = 1e-4, f"{size} with adapters: the QLoRA paper's value for 33B+ models"
        v["lora_r"], why["lora_r"] = 16, "rank 16 is enough for a narrow task; raise it for broad ones"
        v["lora_alpha"], why["lora_alpha"] = 32, "alpha = 2 x rank keeps the update scale when the rank changes"
        v["target_modules"], why["target_modules"] = "all-linear", "adapters on every linear layer match full fine-tuning best (QLoRA paper)"
        if gpu:
            v["lora_dropout"], why["lora_dropout"] = 0.05, "a little regularisation; cheap on a GPU"
        else:
            v["lora_dropout"], why["lora_dropout"] = 0.0, "dropout cost ~20% of a CPU step and barely helps over 3 epochs"
    else:
        v["learning_rate"] = 5e-5 if params_b < 1 else 2e-5
        why["learning_rate"] = f"{size}, full fine-tuning moves every weight: about 10x below the adapter rate"
    if n_train is None:
        v["epochs"], why["epochs"] = 3.0, "3 passes suit a narrow task with a few hundred to a few thousand examples"
    elif n_train <= 3000:
        v["epochs"], why["epochs"] = 3.0, f"{n_train} examples: 3 passes (more overfits, fewer underfits)"
    elif n_train <= 10000:
        v["epochs"], why["epochs"] = 2.0, f"{n_train} examples: 2 passes are enough"
    else:
        v["epochs"], why["epochs"] = 1.0, f"{n_train} examples: one pass is usually enough"
    ctx = context or 8192
    if longest_tokens:
        v["max_length"] = min(_round_up(longest_tokens), ctx)
        why["max_length"] = f"the longest training example has {longest_tokens} tokens: nothing is truncated"
    else:
        v["max_length"], why["max_length"] = min(512, ctx), "512 tokens cover short tickets and e-mails"
    v["packing"], why["packing"] = False, ("examples are padded per batch; packing pays off with many long examples "
                                           "on a GPU with flash-attention")
    if method == "qlora":
        v["optim"] = _optimizer_name("", method, machine)
        why["optim"] = ("paged 8-bit AdamW: optimizer states in 8 bit, spilled to CPU under pressure" if gpu
                        else "AdamW: the paged 8-bit optimizer needs CUDA")
    # the largest per-device batch that fits, the effective batch by accumulation
    probe = TrainConfig(**{k: x for k, x in v.items() if k in {f.name for f in dataclasses.fields(TrainConfig)}})
    effective = EFFECTIVE_BATCH if gpu else CPU_EFFECTIVE_BATCH
    probe = dataclasses.replace(probe, batch_size=effective, grad_accum=1, gradient_checkpointing=False)
    found = nearest_plan(dataclasses.replace(probe), model_id, machine)
    if found is not None and found[0].method == probe.method:
        cfg, plan = found
        devices = max(1, len(machine.get("gpus") or []))
        v["batch_size"], v["grad_accum"] = cfg.batch_size, max(1, effective // (cfg.batch_size * devices))
        v["gradient_checkpointing"] = cfg.gradient_checkpointing
        why["batch_size"] = (f"the largest per-device batch whose estimated peak ({plan['per_device_gb']:.1f} GB) "
                             f"fits the {plan['available_gb']:g} GB available")
        why["grad_accum"] = (f"{cfg.batch_size} x {v['grad_accum']}{f' x {devices} GPUs' if devices > 1 else ''} = "
                             f"effective batch {cfg.batch_size * v['grad_accum'] * devices}")
        why["gradient_checkpointing"] = ("needed to fit: recomputes activations, ~30% slower" if cfg.gradient_checkpointing
                                         else "not needed to fit, and recomputation costs more than it saves")
    else:
        v["batch_size"], v["grad_accum"], v["gradient_checkpointing"] = 1, effective, True
        why["batch_size"] = "nothing fits this machine even at batch 1: training will be refused (see the memory check)"
        why["grad_accum"] = f"effective batch {effective}"
        why["gradient_checkpointing"] = "the smallest footprint"
    return rec


def recommend_for(eng, method: str = "", machine: dict | None = None) -> Recommendation:
    """`recommend` for an engagement: its base model, its method (settings.method when empty) and its dataset."""
    from . import hardware
    from .models import model_info

    settings = eng.settings()
    machine = machine if machine is not None else hardware.detect()
    n_train, longest = None, None
    try:
        splits = load_splits(eng)
        n_train = len(splits["train"])
        longest = max(example_lengths(settings.base_model, splits["train"]), default=None)
    except Exception:  # no dataset yet: the generic values
        pass
    info = model_info(settings.base_model)
    return recommend(settings.base_model, method or settings.method or "lora", machine, n_train=n_train,
                     longest_tokens=longest, context=info.context if info else None)


def example_lengths(model_id: str, rows) -> list[int]:
    """Tokens per prompt+completion example, as the chat template renders them."""
    from .models import load_tokenizer

    tok = load_tokenizer(model_id)
    out = []
    for row in rows:
        prompt, completion = row["prompt"], row["completion"]
        if isinstance(prompt, list):
            ids = tok.apply_chat_template(list(prompt) + list(completion), tokenize=True)
            if isinstance(ids, dict) or hasattr(ids, "keys"):
                ids = ids["input_ids"]
            out.append(len(ids))
        else:
            out.append(len(tok(str(prompt) + str(completion))["input_ids"]))
    return out


_FORM = (  # field, label, kind
    ("method", "Method", "method"),
    ("learning_rate", "Learning rate", "number"),
    ("epochs", "Epochs", "number"),
    ("batch_size", "Batch size (per device)", "number"),
    ("grad_accum", "Gradient accumulation", "number"),
    ("lora_r", "LoRA rank", "number"),
    ("lora_alpha", "LoRA alpha", "number"),
    ("target_modules", "Target modules", "text"),
    ("max_length", "Max length (tokens)", "number"),
    ("gradient_checkpointing", "Gradient checkpointing", "bool"),
    ("packing", "Packing", "bool"),
    ("early_stopping_patience", "Early stopping patience", "number"),
    ("report_to", "Tracking", "report"),
)


def settings_form(rec: Recommendation, chosen: dict) -> tuple[list, object]:
    """Widgets (through ftwork.ui) for the tunable settings, starting at the resolved values.

    Returns the widgets and a getter for the overrides, to pass to `rec.config(**getter())`.
    """
    from . import ui
    from .train import METHODS, REPORT_TO

    start = dataclasses.asdict(rec.config(**chosen))
    widgets, getters = [], {}
    for name, label, kind in _FORM:
        value = start[name]
        if kind == "method":
            w, get = ui.choice(label, METHODS, value)
        elif kind == "report":
            w, get = ui.choice(label, REPORT_TO, value)
        elif kind == "bool":
            w, get = ui.choice(label, [True, False], bool(value))
        elif kind == "text":
            w, get = ui.text(label, str(value))
        else:
            w, get = ui.number(label, value, min=0)
        widgets.append(w)
        getters[name] = get
    passthrough = {k: v for k, v in chosen.items() if k not in getters}
    return widgets, lambda: {**passthrough, **{k: g() for k, g in getters.items()}}
