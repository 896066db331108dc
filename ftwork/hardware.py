"""Hardware: what this machine has, how much memory a fine-tuning run needs, and whether it fits.

Which plans are tried, in what order and at which precision is decided in `ftwork.plans` (one search for
stages 01 and 04).

`estimate_memory` adds up, in GiB (2**30 bytes, the unit GPU memory is sold in, so "24 GB" = 24):

* **weights** – the base model: 4 bytes/param in fp32, 2 in bf16/fp16 (LoRA's frozen base); QLoRA
  stores the linear layers in 4-bit NF4 (0.5 byte/param + 0.016 for double-quantized scales) and keeps
  the embeddings in 16 bit. Full fine-tuning in bf16/fp16 is *mixed precision*: fp32 master weights
  plus the half-precision copy autocast keeps for forward and backward (6 bytes/param).
* **lora** – the adapters, r x (d_in + d_out) per adapted linear, kept in fp32 (PEFT's default).
* **gradients** – 4 bytes per trainable parameter (fp32: the master weights, or the adapters).
* **optimizer** – AdamW's two moments, 8 bytes per trainable parameter; 8-bit AdamW (also the
  paged variant, which can spill to CPU but is counted whole) 2 bytes.
* **activations** – what autograd keeps for the backward pass, counted tensor by tensor for a
  Llama-style decoder layer (RMSNorm, attention with RoPE and grouped KV heads, SwiGLU MLP) and
  multiplied by layers x batch x sequence length; see `activation_bytes`. Gradient checkpointing
  keeps only each layer's input and recomputes one layer at a time during backward.
* **overhead** – the runtime (CUDA context and libraries, 0.6 GiB on a GPU, none on a CPU, where we
  measure from after the imports) plus 5 % of everything else for allocator fragmentation.

So the estimate is the peak of the *live* tensors plus a small margin. On a Linux CPU, glibc's
allocator also keeps freed memory in its heap: the benchmark measured the peak RSS about 0.9 GB above
the live peak for the embedded model (and equal to it with MALLOC_MMAP_THRESHOLD_=65536).

The total is a planning figure for the peak, checked in tests against published figures (7B QLoRA
fits 16 GB, 8B LoRA/QLoRA fits 24 GB, 7B full fine-tuning does not fit 80 GB) and in
`benchmarks/memory_estimate.py` against the peak measured for the embedded model on CPU.
"""

from __future__ import annotations

import ctypes
import json
import math
import numbers
import os
import platform
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from .models import CATALOGUE, model_info
from .resources import measurement_file

GIB = 2**30
PRECISION_BYTES = {"fp32": 4, "bf16": 2, "fp16": 2}
OPTIMIZER_STATE_BYTES = {"adamw": 8, "adamw_8bit": 2, "paged_adamw_8bit": 2}
METHODS = ("full", "lora", "qlora")
NF4_BYTES = 0.5 + 0.127 / 8  # 4-bit weights + double-quantized absmax (0.127 bits/param, QLoRA paper)
CUDA_RUNTIME_GIB = 0.6  # CUDA context, cuBLAS/cuDNN handles and workspaces
FRAGMENTATION = 0.05  # allocator slack on top of live tensors

# TRL's SFTTrainer (>= 1.x) computes the loss with a chunked LM head: logits for tiles of at most
# 4096 tokens x 32768 vocabulary entries, never the whole (tokens x vocab) matrix.
LM_TILE_TOKENS = 4096
LM_TILE_VOCAB = 32768
# Bytes per tile element alive at the peak of its backward: on CUDA a Triton kernel rewrites the tile
# in place; on CPU the torch fallback holds about seven fp32 temporaries (y, z, log p, p, grad, and
# the (1[target] - p) product and its operand) plus a boolean mask.
LM_TILE_TEMP_BYTES = {"gpu": 0, "cpu": 7 * 4 + 1}
# The same quantities when the whole logits matrix is built (transformers' own loss): fp32
# log-probabilities saved by log_softmax, their gradient and the logits' gradient, 12 bytes/logit.
FULL_LOGITS_BYTES = 12


@dataclass(frozen=True)
class Arch:
    """The shapes the activation count needs (a Llama-style decoder)."""

    layers: int
    hidden: int
    intermediate: int
    vocab: int
    heads: int
    kv_heads: int
    head_dim: int
    tied: bool = True
    source: str = ""

    @property
    def q_dim(self) -> int:
        return self.heads * self.head_dim

    @property
    def kv_dim(self) -> int:
        return self.kv_heads * self.head_dim

    @property
    def embedding_params(self) -> int:
        return self.vocab * self.hidden * (1 if self.tied else 2)

    def lora_params(self, rank: int) -> int:
        """Adapter parameters with LoRA on every linear of each layer (q, k, v, o, gate, up, down)."""
        h, q, kv, i = self.hidden, self.q_dim, self.kv_dim, self.intermediate
        per_layer = (h + q) + (h + kv) + (h + kv) + (q + h) + (h + i) + (h + i) + (i + h)
        return self.layers * rank * per_layer


def architecture(params_b: float | None = None, model_id: str | None = None, **overrides) -> Arch:
    """Shapes from the catalogue entry of `model_id`, else from the catalogue model nearest in size.

    Keyword overrides (layers, hidden, intermediate, vocab, heads, kv_heads, head_dim, tied) win.
    """
    known = [m for m in CATALOGUE if m.layers]
    info = model_info(model_id) if model_id else None
    if info is None or not info.layers:
        target = params_b if params_b and params_b > 0 else 0.135
        info = min(known, key=lambda m: abs(math.log(m.params_b / target)))
        source = f"shape of the nearest catalogue model, {info.hub_id}"
    else:
        source = info.hub_id
    base = dict(layers=info.layers, hidden=info.hidden, intermediate=info.intermediate, vocab=info.vocab,
                heads=info.heads, kv_heads=info.kv_heads, head_dim=info.head_dim or info.hidden // info.heads,
                tied=info.tied)
    given = {k: v for k, v in overrides.items() if v is not None}
    if given.get("hidden") and not given.get("head_dim"):
        # keep the head count, scale the head size with the new width
        heads = given.get("heads", base["heads"])
        given["head_dim"] = max(1, given["hidden"] // heads)
        base["intermediate"] = given.get("intermediate") or round(given["hidden"] * info.intermediate / info.hidden)
    base.update(given)
    if given:
        source += " (with " + ", ".join(f"{k}={v}" for k, v in given.items()) + ")"
    return Arch(source=source, **base)


def memory_method(method: str) -> str:
    """The method the estimate prices for `method`: DoRA's memory is LoRA's (the magnitude vectors are a
    rounding error next to the adapters), every other method is its own."""
    return "lora" if method == "dora" else method


def activation_bytes(arch: Arch, method: str, act_bytes: int, lora_rank: int = 16, lora_dropout: float = 0.05,
                     padded: bool = True, attention: str = "sdpa", seq_len: int = 1024, device: str = "gpu") -> dict:
    """Bytes per token kept for backward: one decoder layer, and what follows the last one.

    Per layer, with h hidden, q = heads x head_dim, kv = kv_heads x head_dim, i intermediate and
    a bytes per activation element (4 fp32, 2 bf16/fp16), counted from what each op saves:

    * two RMSNorms, each its input upcast to fp32 (4h, saved by pow); full fine-tuning also saves the
      normalised input for the norm weight's gradient (another 4h);
    * attention: q and k after RoPE and v (a(q + 2kv); with a padding mask transformers repeats the KV
      heads before SDPA, so k and v take a q each) and the SDPA output (a q); the fused SDPA kernels
      keep no seq x seq matrix, eager attention does ((4 + a) x heads x seq);
    * SwiGLU MLP: gate, up and act(gate) (3a i);
    * the inputs of the seven linears, for their weight gradients: without LoRA dropout they share
      the normed inputs, the attention output and the MLP product (a(2h + q + i)); with dropout each
      adapted linear keeps its own dropped-out input and the dropout mask ((a + m)(5h + q + i), the
      mask m one byte on CUDA, a float of a bytes on CPU where PyTorch multiplies by a noise tensor);
    * the adapters' rank-r intermediates (7 a r). A frozen base linear saves nothing for backward.
    """
    h, q, kv, i = arch.hidden, arch.q_dim, arch.kv_dim, arch.intermediate
    a = act_bytes
    full = method == "full"
    norms = 2 * (4 * h + (4 * h if full else 0))
    kv_saved = q if (padded and arch.kv_heads < arch.heads) else kv
    attn = a * (q + 2 * kv_saved + q)
    if attention == "eager":
        attn += (4 + a) * arch.heads * seq_len
    mlp = 3 * a * i
    if not full and lora_dropout > 0:
        mask = a if device == "cpu" else 1
        inputs = (a + mask) * (5 * h + q + i)
    else:
        inputs = a * (2 * h + q + i)
    lora = 0 if full else 7 * a * lora_rank
    layer = norms + attn + mlp + inputs + lora
    final = 4 * h + a * h  # final norm's fp32 input, and the hidden states the LM head keeps
    return {"layer": layer, "norms": norms, "attention": attn, "mlp": mlp, "linear_inputs": inputs, "lora": lora,
            "final": final}


def _lm_head_bytes(arch: Arch, tokens: int, act_bytes: int, lm_head: str, device: str) -> float:
    if lm_head == "full":
        return tokens * arch.vocab * FULL_LOGITS_BYTES
    tile = min(tokens, LM_TILE_TOKENS) * min(arch.vocab, LM_TILE_VOCAB)
    return tile * (act_bytes + LM_TILE_TEMP_BYTES["cpu" if device == "cpu" else "gpu"]) + tokens * arch.hidden * 4


def estimate_memory(params_b: float, method: str, seq_len: int, batch_size: int, precision: str = "bf16",
                    optimizer: str = "adamw", lora_rank: int = 16, n_layers: int | None = None,
                    hidden: int | None = None, gradient_checkpointing: bool = False, *,
                    model_id: str | None = None, intermediate: int | None = None, vocab: int | None = None,
                    heads: int | None = None, kv_heads: int | None = None, head_dim: int | None = None,
                    tied: bool | None = None, lora_dropout: float = 0.05, padded: bool = True,
                    attention: str = "sdpa", lm_head: str = "chunked", device: str = "gpu") -> dict:
    """Peak memory of a fine-tuning run, by component, in GiB (see the module docstring for the formulas).

    `method`: full | lora | qlora (dora counts as lora). `lm_head`: "chunked" (TRL's SFTTrainer) or
    "full" (logits built whole, as in a plain transformers loop). `device`: gpu | cpu.
    Raises ValueError with a readable message on impossible inputs.
    """
    method = memory_method(str(method).lower())
    problems = []
    if method not in METHODS:
        problems.append(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    if precision not in PRECISION_BYTES:
        problems.append(f"precision must be one of {', '.join(PRECISION_BYTES)}, not {precision!r}")
    if optimizer not in OPTIMIZER_STATE_BYTES:
        problems.append(f"optimizer must be one of {', '.join(OPTIMIZER_STATE_BYTES)}, not {optimizer!r}")
    for name, value in (("params_b", params_b), ("seq_len", seq_len), ("batch_size", batch_size), ("lora_rank", lora_rank)):
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or not 0 < value < float("inf"):
            problems.append(f"{name} must be a positive number, not {value!r}")
    if problems:
        raise ValueError("Cannot estimate memory: " + "; ".join(problems) + ".")

    arch = architecture(params_b, model_id, layers=n_layers, hidden=hidden, intermediate=intermediate, vocab=vocab,
                        heads=heads, kv_heads=kv_heads, head_dim=head_dim, tied=tied)
    params = params_b * 1e9
    a = PRECISION_BYTES[precision]
    mixed = precision != "fp32"
    tokens = seq_len * batch_size
    lora_params = 0 if method == "full" else arch.lora_params(lora_rank)
    trainable = params if method == "full" else lora_params

    if method == "full":
        weights = params * (4 + 2 if mixed else 4)
    elif method == "lora":
        weights = params * a
    else:  # QLoRA: linear layers in NF4, embeddings and norms in 16 bit
        embed = min(arch.embedding_params, params)
        weights = (params - embed) * NF4_BYTES + embed * 2
    lora = lora_params * 4
    gradients = trainable * 4
    optim = trainable * OPTIMIZER_STATE_BYTES[optimizer]

    per_token = activation_bytes(arch, method, a, lora_rank, lora_dropout, padded, attention, seq_len, device)
    head = _lm_head_bytes(arch, tokens, a, lm_head, device)
    if gradient_checkpointing:
        residual = 4 if (method == "full" and mixed) else a
        kept = arch.layers * residual * arch.hidden * tokens
        # at any moment either the LM head's backward or one recomputed layer is live, not both
        activations = kept + per_token["final"] * tokens + max(head, per_token["layer"] * tokens)
    else:
        activations = (arch.layers * per_token["layer"] + per_token["final"]) * tokens + head

    tensors = weights + lora + gradients + optim + activations
    overhead = FRAGMENTATION * tensors + (CUDA_RUNTIME_GIB * GIB if device != "cpu" else 0)
    total = tensors + overhead
    gib = lambda b: round(b / GIB, 3)  # noqa: E731
    formula = _formula(method, precision, optimizer, gradient_checkpointing, lm_head, device)
    return {
        "weights": gib(weights), "lora": gib(lora), "gradients": gib(gradients), "optimizer": gib(optim),
        "activations": gib(activations), "overhead": gib(overhead), "total": gib(total),
        "params_b": params_b, "method": method, "precision": precision, "optimizer_name": optimizer,
        "seq_len": seq_len, "batch_size": batch_size, "lora_rank": lora_rank, "lora_params": int(lora_params),
        "gradient_checkpointing": bool(gradient_checkpointing), "device": device, "lm_head": lm_head,
        "arch": asdict(arch), "activation_bytes_per_token_layer": per_token["layer"],
        "lm_head_gb": gib(head), "formula": formula,
    }


def _formula(method, precision, optimizer, ckpt, lm_head, device) -> str:
    mixed = precision != "fp32"
    a = PRECISION_BYTES[precision]
    if method == "full":
        w = "params x 6 B (fp32 master + half copy)" if mixed else "params x 4 B"
        trainable = "params"
    elif method == "lora":
        w = f"params x {a} B (frozen base)"
        trainable = "LoRA params"
    else:
        w = "linear params x 0.516 B (NF4) + embeddings x 2 B"
        trainable = "LoRA params"
    act = ("layers x hidden x tokens x a + one layer recomputed" if ckpt
           else "layers x tokens x (norms + attention + MLP + LoRA inputs)")
    head = "chunked LM-head tile" if lm_head == "chunked" else "tokens x vocab x 12 B"
    rt = "CUDA runtime 0.6 GiB + " if device != "cpu" else ""
    return (f"weights = {w}; lora = LoRA params x 4 B; gradients = {trainable} x 4 B; optimizer = {trainable} x "
            f"{OPTIMIZER_STATE_BYTES[optimizer]} B ({optimizer}); activations = {act} + {head}; "
            f"overhead = {rt}5% fragmentation")


# -- the machine ------------------------------------------------------------------------------------

def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def _cpu_flags() -> set[str]:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("flags"):
                    return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def cpu_bf16() -> bool:
    """Whether this CPU multiplies bf16 matrices natively (AMX or AVX512-BF16): there bf16 autocast
    trains several times faster than fp32; without it bf16 is emulated and slower.

    FTWORK_CPU_BF16=0 says no (an AMX machine imitating an AVX2 laptop, with ATEN_CPU_CAPABILITY=avx2,
    ONEDNN_MAX_CPU_ISA=AVX2 and MKL_ENABLE_INSTRUCTIONS=AVX2); =1 says yes.
    """
    forced = os.environ.get("FTWORK_CPU_BF16", "").strip().lower()
    if forced in ("0", "1", "false", "true", "no", "yes"):
        return forced in ("1", "true", "yes")
    return bool(_cpu_flags() & {"avx512_bf16", "amx_bf16"})


def precision_facts(cuda: bool | None = None) -> dict:
    """What the one precision rule (`ftwork.plans.precision`) needs to know about this machine, without
    probing RAM or GPU memory: a CUDA GPU and its bf16 support, or the CPU's native bf16. `cuda`: whether
    there is a GPU, when the caller already knows (default: ask torch)."""
    import torch

    cuda = torch.cuda.is_available() if cuda is None else cuda
    return {"gpus": [{"name": "cuda"}] if cuda else [], "bf16": cuda and bool(torch.cuda.is_bf16_supported()),
            "cpu_bf16": not cuda and cpu_bf16()}


ISA_FLAGS = ("avx2", "avx512f", "avx512_bf16", "amx_tile", "amx_bf16")


def isa_flags() -> list[str]:
    """The instruction-set flags that decide training speed on this CPU (those of ISA_FLAGS it has)."""
    have = _cpu_flags()
    return [f for f in ISA_FLAGS if f in have]


def cpu_class() -> str:
    """This CPU's speed class – "AMX", "AVX-512 BF16", "AVX-512", "AVX2" or "older" – and, when PyTorch is
    told to use AVX2 kernels only (ATEN_CPU_CAPABILITY=avx2), "AVX2 (imitated on <real class>)"."""
    have = set(isa_flags())
    real = ("AMX" if "amx_bf16" in have else "AVX-512 BF16" if "avx512_bf16" in have else
            "AVX-512" if "avx512f" in have else "AVX2" if "avx2" in have else "older")
    if os.environ.get("ATEN_CPU_CAPABILITY", "").lower() == "avx2" and real not in ("AVX2", "older"):
        return f"AVX2 (imitated on {real})"
    return real


class _MemoryStatusEx(ctypes.Structure):
    """Windows' MEMORYSTATUSEX, filled by kernel32.GlobalMemoryStatusEx."""

    _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                ("ullTotalPhys", ctypes.c_ulonglong), ("ullAvailPhys", ctypes.c_ulonglong),
                ("ullTotalPageFile", ctypes.c_ulonglong), ("ullAvailPageFile", ctypes.c_ulonglong),
                ("ullTotalVirtual", ctypes.c_ulonglong), ("ullAvailVirtual", ctypes.c_ulonglong),
                ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]


def _windows_ram_bytes() -> int | None:
    status = _MemoryStatusEx()
    status.dwLength = ctypes.sizeof(_MemoryStatusEx)
    try:
        ok = ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status))
    except (AttributeError, OSError):  # not Windows after all, or the call is unavailable
        return None
    return int(status.ullTotalPhys) if ok and status.ullTotalPhys else None


def _sysconf_ram_bytes() -> int | None:
    """Linux, and macOS where Python exposes SC_PHYS_PAGES."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # no sysconf (Windows) or no such name
        return None
    return total if total > 0 else None


def _sysctl_ram_bytes() -> int | None:
    """macOS (and the BSDs) without SC_PHYS_PAGES: `sysctl -n hw.memsize`."""
    try:
        out = subprocess.run(["sysctl", "-n", "hw.memsize"], capture_output=True, text=True, timeout=5, check=True)
        total = int(out.stdout.strip())
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    return total if total > 0 else None


def _ram_gb() -> float | None:
    """Physical RAM in GiB, or None when this platform does not tell (never a silent 0)."""
    if sys.platform == "win32":
        total = _windows_ram_bytes()
    else:
        total = _sysconf_ram_bytes()
        if total is None and sys.platform == "darwin":
            total = _sysctl_ram_bytes()
    return total / GIB if total else None


def detect() -> dict:
    """This machine: CPU name, cores, RAM (None when unknown), CUDA GPUs (name, memory) and bf16 support."""
    ram = _ram_gb()
    machine = {
        "kind": "cpu", "cpu": _cpu_name(), "cores": os.cpu_count() or 1, "ram_gb": round(ram, 1) if ram else None,
        "gpus": [], "bf16": False, "mps": False, "source": "detected",
    }
    machine["cpu_bf16"] = cpu_bf16()
    try:
        import torch
    except ImportError:
        return machine
    if torch.cuda.is_available():
        for idx in range(torch.cuda.device_count()):
            props = torch.cuda.get_device_properties(idx)
            machine["gpus"].append({"name": props.name, "memory_gb": round(props.total_memory / GIB, 1)})
        machine["bf16"] = bool(torch.cuda.is_bf16_supported())
        machine["kind"] = "gpu"
    elif getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        machine["mps"] = True  # Apple silicon: unified memory, no bitsandbytes, so LoRA/full only
    return machine


PROFILES = {
    "cpu": {"kind": "cpu", "cpu": "a laptop CPU", "cores": 8, "ram_gb": 16.0, "gpus": [], "bf16": False},
    "gpu16": {"kind": "gpu", "gpus": [{"name": "a 16 GB GPU (e.g. T4, RTX 4060 Ti 16GB)", "memory_gb": 16.0}], "bf16": False},
    "gpu24": {"kind": "gpu", "gpus": [{"name": "a 24 GB GPU (e.g. RTX 3090/4090, L4, A10)", "memory_gb": 24.0}], "bf16": True},
    "gpu80": {"kind": "gpu", "gpus": [{"name": "an 80 GB GPU (e.g. A100 80GB, H100)", "memory_gb": 80.0}], "bf16": True},
    "multi_gpu": {"kind": "gpu", "gpus": [{"name": "80 GB GPU (e.g. A100 80GB, H100)", "memory_gb": 80.0}] * 4, "bf16": True},
}


def machine_profile(name: str = "auto") -> dict:
    """`auto` detects this machine; cpu, gpu16, gpu24, gpu80 and multi_gpu (4 x 80 GB) describe typical ones."""
    name = (name or "auto").lower()
    if name == "auto":
        return detect()
    if name not in PROFILES:
        raise ValueError(f"Unknown hardware {name!r}: use auto, {', '.join(PROFILES)}.")
    profile = {"cpu": "", "cores": 0, "ram_gb": 64.0, "mps": False, "cpu_bf16": False, **PROFILES[name]}
    profile["gpus"] = [dict(g) for g in profile["gpus"]]
    profile["source"] = f"profile {name}"
    return profile


def describe(machine: dict) -> str:
    if machine.get("gpus"):
        gpus = machine["gpus"]
        names = {g["name"] for g in gpus}
        head = f"{len(gpus)} x " if len(gpus) > 1 else ""
        return f"{head}{', '.join(sorted(names))} ({gpus[0]['memory_gb']:g} GB{' each' if len(gpus) > 1 else ''})"
    cpu = machine.get("cpu") or "CPU"
    ram = f"{machine['ram_gb']:g} GB RAM" if machine.get("ram_gb") is not None else "RAM size unknown"
    return f"{cpu}, {machine.get('cores', '?')} cores, {ram}, no CUDA GPU"


def available_gb(machine: dict) -> float | None:
    """Memory one training process can use: one GPU's memory, or 80% of the RAM on a CPU machine;
    None when the RAM size is unknown (this platform did not say)."""
    if machine.get("gpus"):
        return float(min(g["memory_gb"] for g in machine["gpus"]))
    if machine.get("ram_gb") is None:
        return None
    return 0.8 * float(machine["ram_gb"])


def fits(plan: dict, machine: dict) -> bool:
    """Whether `plan` (an `estimate_memory` result) fits `machine`'s memory; True when the RAM size is
    unknown, as nothing is refused on a guess.

    Full fine-tuning on several GPUs is sharded (FSDP / DeepSpeed ZeRO-3: weights, gradients and optimizer
    states split across the GPUs); LoRA and QLoRA are data parallel, every GPU holding a whole copy. Which
    methods are tried on which machine (QLoRA only on a CUDA GPU unless asked for) is `ftwork.plans`' rule.
    """
    available = available_gb(machine)
    return available is None or per_device_gb(plan, machine) <= available


def per_device_gb(plan: dict, machine: dict) -> float:
    gpus = machine.get("gpus") or []
    if plan.get("method") == "full" and len(gpus) > 1:
        sharded = plan["weights"] + plan["gradients"] + plan["optimizer"]
        rest = plan["total"] - sharded
        return round(sharded / len(gpus) + rest, 3)
    return plan["total"]


def memory_check(path: str | os.PathLike | None = None) -> dict | None:
    """The estimator against the measured peak (benchmarks/results/memory_estimate.json), with a one-line summary.

    The file ships with the package (ftwork/measurements in a wheel, benchmarks/results in a clone);
    returns None when it is not there (no measurement shipped with this install).
    """
    path = Path(path) if path else measurement_file("memory_estimate.json")
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for name, row in data.get("variants", {}).items():
        for alloc, run in row.get("measured", {}).items():
            rows.append({"variant": name, "allocator": alloc, "estimate_gb": row["estimate"]["total"],
                         "measured_gb": round(run["measured_gb"], 3), "ratio": row["ratio"][alloc]})
    setup = data.get("setup", {})
    summary = (f"Embedded model, LoRA r={setup.get('lora', {}).get('r')} on all linear layers, fp32 on CPU, sequence "
               f"{setup.get('seq_len')} x batch {setup.get('batch_size')}: estimated peak {data['estimate_gb']:.2f} GB, "
               f"measured {data['measured_gb']:.2f} GB ({data['headline']}); estimate/measured = {data['ratio']:.2f} "
               f"({'within' if data.get('within_30_percent') else 'outside'} 30%).")
    return {"ratio": data["ratio"], "estimate_gb": data["estimate_gb"], "measured_gb": data["measured_gb"],
            "within_30_percent": data.get("within_30_percent"), "rows": rows, "summary": summary, "path": str(path)}
