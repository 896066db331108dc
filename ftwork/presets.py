"""Training presets: sound starting values for a model size, method and machine, each with its reason.

`preset` returns a `Preset`: the value of every `TrainConfig` field a consultant usually tunes, and
why it was chosen (`preset_for` does it for an engagement). `Preset.config(**overrides)` builds the
`TrainConfig`; an override of 0, 0.0, "" or None means "keep the preset", anything else wins. The
batch is sized with `ftwork.plans` (`nearest_plan`: stage 01's estimator and plan search), and the
optimizer comes from its one optimizer rule.

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

from . import hardware
from .artifacts import load_splits
from .configs import TrainConfig
from .models import load_tokenizer, model_facts, model_info
from .plans import model_size, nearest_plan, on_gpu, optimizer
from .tasks import METHODS

# On a CPU, for classification: adapters on the top third of the decoder layers, at twice the learning
# rate (models under 1B). Measured on 160 sample tickets x 3 epochs, 80 held-out (benchmarks/train_speed.py,
# docs/PERFORMANCE.md): every layer at 1e-3 0.925; top 15 of 30 at 1e-3 0.925; top 10 at 1e-3 0.863;
# top 10 at 2e-3 0.963 in 74 s against 96 s for the top 15; top 6 at 1e-3 0.450.
CPU_ADAPTER_FRACTION = 1 / 3
CPU_TOP_LAYER_LR = 2e-3
CPU_TOP_LAYER_TASKS = ("classification",)
EFFECTIVE_BATCH = 16
CPU_EFFECTIVE_BATCH = 8
TUNED_FIELDS = ("method", "learning_rate", "epochs", "batch_size", "grad_accum", "lora_r", "lora_alpha", "adapter_layers",
                "lora_dropout", "target_modules", "max_length", "packing", "gradient_checkpointing", "optim")


@dataclass
class Preset:
    """Preset values for one model, method and machine, with the reason for each."""

    model_id: str
    params_b: float
    method: str
    machine: dict
    values: dict = field(default_factory=dict)
    reasons: dict = field(default_factory=dict)

    def config(self, **overrides):
        """The TrainConfig: preset values, then every override that is not 0, 0.0, "" or None."""
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
        lines = [f"Preset for {self.model_id} ({self.params_b:g}B), {self.method}, on {hardware.describe(self.machine)}:", ""]
        width = max(len(k) for k in self.values)
        for row in self.table():
            lines.append(f"  {row['setting']:<{width}}  {str(row['value']):<12}  {row['why']}")
        return "\n".join(lines)


def _round_up(n: int, step: int = 64) -> int:
    return int(step * math.ceil(max(n, 1) / step))


_METHOD_WHY = {
    "lora": "low-rank adapters on a frozen base: small files, little memory",
    "dora": "LoRA with the update split into magnitude and direction (closer to full fine-tuning, ~2x slower)",
    "qlora": "LoRA on a 4-bit NF4 base (bitsandbytes, double quantization): the least memory",
    "full": "every weight trained: the most memory; for small models or much data",
}


def preset(model_id: str, method: str, machine: dict, n_train: int | None = None,
           longest_tokens: int | None = None, context: int | None = None, task: str | None = None) -> Preset:
    """Preset values for `model_id` trained with `method` on `machine` (see the module docstring)."""
    method = (method or "lora").lower()
    if method not in METHODS:
        raise ValueError(f"Unknown method '{method}'. Choose one of {', '.join(METHODS)}.")
    params_b, _ = model_size(model_id)
    out = Preset(model_id=model_id, params_b=params_b, method=method, machine=machine)
    v, why = out.values, out.reasons
    gpu = on_gpu(machine)
    v["method"], why["method"] = method, _METHOD_WHY[method]
    _learning_rate_and_adapters(v, why, method, params_b, gpu)
    _adapter_layers(v, why, model_id, method, gpu, task)
    _epochs_and_length(v, why, n_train, longest_tokens, context)
    if method == "qlora":
        v["optim"] = optimizer(method, gpu)
        why["optim"] = ("paged 8-bit AdamW: optimizer states in 8 bit, spilled to CPU under pressure" if gpu
                        else "AdamW: the paged 8-bit optimizer needs CUDA")
    _batch(v, why, model_id, machine)
    return out


def _learning_rate_and_adapters(v: dict, why: dict, method: str, params_b: float, gpu: bool) -> None:
    size = f"{params_b:g}B"
    if method == "full":
        v["learning_rate"] = 5e-5 if params_b < 1 else 2e-5
        why["learning_rate"] = f"{size}, full fine-tuning moves every weight: about 10x below the adapter rate"
        return
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


def _adapter_layers(v: dict, why: dict, model_id: str, method: str, gpu: bool, task: str | None) -> None:
    """Adapters on the top layers only, the frozen ones below computed once per example (ftwork.layercache):
    on a CPU, for classification – where it was measured to keep held-out accuracy (CPU_ADAPTER_FRACTION)."""
    layers = int(model_facts(model_id).get("layers") or 0)
    top = math.ceil(layers * CPU_ADAPTER_FRACTION)
    reason = None
    if method == "full":
        reason = "full fine-tuning trains every layer"
    elif gpu:
        reason = "every layer: on a GPU the lower layers cost little"
    elif task not in CPU_TOP_LAYER_TASKS:
        reason = f"every layer: top-layer adapters were measured for {', '.join(CPU_TOP_LAYER_TASKS)} only"
    elif not layers:
        reason = "every layer: the model's layer count is unknown"
    elif top >= layers:
        reason = "every layer: too few layers to leave any out"
    if reason:
        v["adapter_layers"], why["adapter_layers"] = 0, reason
        return
    v["adapter_layers"] = top
    why["adapter_layers"] = (f"top {top} of {layers} layers: the {layers - top} below are run once per example, not "
                             "every epoch, and never backward (same held-out accuracy in less time, docs/PERFORMANCE.md)")
    if v["learning_rate"] == 1e-3:  # the rate of models under 1B: fewer adapted layers take a larger step
        v["learning_rate"] = CPU_TOP_LAYER_LR
        why["learning_rate"] = (f"{why['learning_rate']}; doubled to {CPU_TOP_LAYER_LR:g} with adapters on the top "
                                "layers only (top 10 of 30: 0.863 at 1e-3, 0.963 at 2e-3 on held-out tickets)")


def _epochs_and_length(v: dict, why: dict, n_train: int | None, longest_tokens: int | None,
                       context: int | None) -> None:
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


def _batch(v: dict, why: dict, model_id: str, machine: dict) -> None:
    """The largest per-device batch that fits, the effective batch by accumulation."""
    probe = TrainConfig(**{k: x for k, x in v.items() if k in {f.name for f in dataclasses.fields(TrainConfig)}})
    effective = EFFECTIVE_BATCH if on_gpu(machine) else CPU_EFFECTIVE_BATCH
    probe = dataclasses.replace(probe, batch_size=effective, grad_accum=1, gradient_checkpointing=False)
    found = nearest_plan(probe, model_id, machine)
    if found is None or found[0].method != probe.method:
        v["batch_size"], v["grad_accum"], v["gradient_checkpointing"] = 1, effective, True
        why["batch_size"] = "nothing fits this machine even at batch 1: training will be refused (see the memory check)"
        why["grad_accum"] = f"effective batch {effective}"
        why["gradient_checkpointing"] = "the smallest footprint"
        return
    cfg, plan = found
    devices = max(1, len(machine.get("gpus") or []))
    v["batch_size"], v["grad_accum"] = cfg.batch_size, max(1, effective // (cfg.batch_size * devices))
    v["gradient_checkpointing"] = cfg.gradient_checkpointing
    room = f"the {plan['available_gb']:g} GB available" if plan["available_gb"] is not None else "(RAM size unknown)"
    why["batch_size"] = (f"the largest per-device batch whose estimated peak ({plan['per_device_gb']:.1f} GB) "
                         f"fits {room}")
    why["grad_accum"] = (f"{cfg.batch_size} x {v['grad_accum']}{f' x {devices} GPUs' if devices > 1 else ''} = "
                         f"effective batch {cfg.batch_size * v['grad_accum'] * devices}")
    why["gradient_checkpointing"] = ("needed to fit: recomputes activations, ~30% slower" if cfg.gradient_checkpointing
                                     else "not needed to fit, and recomputation costs more than it saves")


def preset_for(eng, method: str = "", machine: dict | None = None) -> Preset:
    """`preset` for an engagement: its base model, its method (settings.method when empty) and its dataset."""
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
    return preset(settings.base_model, method or settings.method or "lora", machine, n_train=n_train,
                  longest_tokens=longest, context=info.context if info else None, task=settings.task)


def example_lengths(model_id: str, rows) -> list[int]:
    """Tokens per prompt+completion example, as the chat template renders them."""
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
