"""Training speed: plain TRL (its defaults, and tuned for this machine) against ftwork, side by side.

Same model (the embedded SmolLM2-135M-Instruct), same data (sample tickets, prompt–completion
rows with the same short system prompt), same epochs, same LoRA settings (r=16, alpha=32, all
linear layers, dropout 0) and the same learning rate (the preset's 1e-3: TRL's default 2e-5
barely moves a LoRA adapter in 3 epochs, which would make the accuracy comparison meaningless).
The sides:

| | plain TRL default | plain TRL tuned for the machine | ftwork (stage 04's preset) |
|---|---|---|---|
| gradient checkpointing | on (TRL's default) | off | off |
| batch size | 8 | 8 | 8 |
| precision | bf16 autocast (TRL's default) | bf16 autocast where the CPU has it natively, else fp32 | same as tuned |
| output layer | all positions × vocabulary | all positions × vocabulary | answer positions only |
| adapters | every layer | every layer | the preset's `adapter_layers` (top layers; the frozen ones below computed once per example) |
| attention | sdpa | sdpa | eager under bf16 on a CPU |

Each side trains in its own subprocess (clean peak memory), then every side is scored on the same
held-out tickets with greedy decoding. `--variant NAME:key=value,...` adds ftwork sides with other
TrainConfig values (e.g. `--variant all-layers:adapter_layers=0`), so each idea is measured for speed
*and* held-out accuracy in the same run.

The machine: its ISA flags and speed class (AMX / AVX-512 BF16 / AVX-512 / AVX2) are printed and
stored. The fp32 matmul peak is measured; a bf16 peak only where the CPU multiplies bf16 natively
(measuring an emulated peak takes minutes and means nothing). Model FLOPs utilisation uses

    FLOPs per trained token = 2·N_frozen (forward) + 2·N_frozen (activation gradients)
                              + 6·N_lora (forward, activation and weight gradients)

over non-padding tokens for every side – the work plain TRL does. ftwork does less work than this
(answer-only output layer, no pass through cached lower layers), so its "MFU" can pass 100 %: it is
the work the task needs done per second, not hardware utilisation.

    python benchmarks/train_speed.py [--rows 160] [--epochs 3] [--eval-rows 80] [--imitate-avx2]

TRL's defaults autocast bf16, which a CPU without AMX / AVX512-BF16 emulates (more than 9 minutes
for 80 tickets × 1 epoch on a 2-core AVX2 EPYC): on such a CPU that side is left out unless
`--sides trl_default,trl_tuned,ftwork` asks for it. `--imitate-avx2` reruns the whole benchmark
with PyTorch, oneDNN and MKL held to AVX2 kernels and ftwork's bf16 detection off (an AMX or
AVX-512 machine standing in for an AVX2 laptop; the class is printed as "AVX2 (imitated on …)").

On a GPU (kept out of CI; needs the model from the hub or the local cache), the same comparison
in bf16 with LoRA or QLoRA on a bigger model, both sides loading it the same way (QLoRA: NF4,
double quantization) and ftwork taking stage 04's GPU preset:

    python benchmarks/train_speed.py --model Qwen/Qwen2.5-0.5B-Instruct --method qlora

The QLoRA path also runs on a CPU (bitsandbytes 0.50 has CPU kernels):
`--method qlora --rows 16 --epochs 1 --eval-rows 8`.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import class_suffix, imitate_avx2, write_result  # noqa: E402


SIDES = ("trl_default", "trl_tuned", "ftwork")
LABELS = {"trl_default": "plain TRL default", "trl_tuned": "TRL tuned", "ftwork": "ftwork"}


def matmul_peak(dtype_name: str, device: str = "cpu", n: int = 2048, reps: int = 5) -> float:
    import torch

    dtype = getattr(torch, dtype_name)
    n = n * 4 if device == "cuda" else n
    a, b = torch.randn(n, n, dtype=dtype, device=device), torch.randn(n, n, dtype=dtype, device=device)
    torch.mm(a, b)
    sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)
    sync()
    t0 = time.perf_counter()
    for _ in range(reps):
        torch.mm(a, b)
    sync()
    return 2 * n**3 * reps / (time.perf_counter() - t0)


def setup(model_id: str, method: str, n_train: int, overrides: dict | None = None):
    """Stage 04's preset for this model, method and machine (with `overrides`); whether there is a GPU;
    how stage 04 loads the model for it (every side loads it the same way)."""
    import torch

    from ftwork import hardware, presets
    from ftwork.train import model_load_kwargs

    preset = presets.preset(model_id, method, hardware.detect(), n_train=n_train, task="classification").config(
        **(overrides or {}))
    return preset, torch.cuda.is_available(), model_load_kwargs(preset)


def rows(n_train: int, n_eval: int):
    """Prompt–completion rows from the sample tickets, class-balanced, train and eval disjoint."""
    import csv
    import random

    from ftwork.dataset import make_prompt

    samples = json.loads((REPO / "data_samples" / "samples.json").read_text())["tickets"]
    with open(REPO / "data_samples" / "tickets.csv", encoding="utf-8") as fh:
        tickets = list(csv.DictReader(fh))
    random.Random(0).shuffle(tickets)
    ex = [{"prompt": make_prompt(t["text"], samples["system_prompt"]),
           "completion": [{"role": "assistant", "content": t["category"]}]} for t in tickets]
    return ex[:n_train], ex[n_train : n_train + n_eval]


def parse_variant(text: str) -> tuple[str, dict]:
    """`name:key=value,key=value` → (name, TrainConfig overrides)."""
    from ftwork.configs import TrainConfig

    name, _, spec = text.partition(":")
    types = {f.name: f.type for f in dataclasses.fields(TrainConfig)}
    out = {}
    for item in filter(None, spec.split(",")):
        key, _, value = item.partition("=")
        if key not in types:
            raise SystemExit(f"--variant {text}: {key} is not a TrainConfig field")
        kind = str(types[key])
        out[key] = (value.lower() in ("1", "true", "yes", "on") if "bool" in kind else int(value) if kind == "int"
                    else float(value) if kind == "float" else value)
    return name, out


def _trl_args(side: str, preset, common: dict, cuda: bool):
    """SFTConfig for a plain-TRL side: its defaults, or what a careful user sets for this machine."""
    from trl import SFTConfig

    from ftwork import plans
    from ftwork.train import _checkpointing_field, _precision

    if side == "trl_default":
        return SFTConfig(**common)  # batch 8, gradient checkpointing on, bf16 autocast, full output layer
    prec = _precision(preset)  # bf16 only where the CPU (or GPU) has it natively
    return SFTConfig(**common, per_device_train_batch_size=preset.batch_size, gradient_accumulation_steps=preset.grad_accum,
                     bf16=prec == "bf16", fp16=prec == "fp16", optim=plans.optimizer(preset.method, cuda, preset.optim),
                     **{_checkpointing_field(): False})


def child(side: str, model_id: str, method: str, n_train: int, epochs: float, out: Path, overrides: dict) -> None:
    """Train one side and write its figures to `out` (runs in a subprocess)."""
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from trl import SFTTrainer

    from ftwork.models import load_model, load_tokenizer
    from ftwork.train import _answer_only_trainer_class, _precision, cpu_attention, lora_config, sft_config, use_layer_cache

    torch.manual_seed(0)
    train, _ = rows(n_train, 0)
    preset, cuda, load = setup(model_id, method, len(train), overrides if side.startswith("ftwork") else {})
    tok = load_tokenizer(model_id)
    model = load_model(model_id, **load)
    common = dict(output_dir=str(out.parent / f"ckpt-{side}"), num_train_epochs=epochs, learning_rate=preset.learning_rate,
                  report_to="none", save_strategy="no", logging_steps=5, use_cpu=not cuda, seed=0, disable_tqdm=True)
    if side.startswith("trl"):
        # the same LoRA settings and learning rate as ftwork's preset, on every layer
        lora = LoraConfig(r=preset.lora_r, lora_alpha=preset.lora_alpha, lora_dropout=preset.lora_dropout,
                          target_modules=preset.target_modules, task_type="CAUSAL_LM")
        args, cls = _trl_args(side, preset, common, cuda), SFTTrainer
    else:  # stage 04: its SFTConfig, its trainer, its adapters
        cpu_attention(model, _precision(preset))
        cfg = dataclasses.replace(preset, epochs=epochs, eval_each_epoch=False, early_stopping_patience=0, logging_steps=5)
        args = sft_config(cfg, out.parent / f"ckpt-{side}", len(train), has_eval=False)
        args.save_strategy, args.disable_tqdm = "no", True
        lora, cls = lora_config(model, cfg), _answer_only_trainer_class()
    trainer = cls(model=model, args=args, train_dataset=Dataset.from_list(train), processing_class=tok, peft_config=lora)
    if not side.startswith("trl"):
        use_layer_cache(trainer, lora)
    batches = list(trainer.get_train_dataloader())
    real_tokens = int(sum(int(b["attention_mask"].sum()) for b in batches) * epochs)
    padded_tokens = int(sum(b["attention_mask"].numel() for b in batches) * epochs)
    n_lora = sum(p.numel() for p in trainer.model.parameters() if p.requires_grad)
    # 4-bit weights are packed two to a byte: count the parameters the model has, not the stored elements
    n_frozen = sum(p.numel() * (2 if getattr(p, "quant_state", None) is not None else 1)
                   for p in trainer.model.parameters() if not p.requires_grad)
    if cuda:
        torch.cuda.reset_peak_memory_stats()
    t0 = time.perf_counter()
    trainer.train()
    wall = time.perf_counter() - t0
    adapter = out.parent / f"adapter-{side}"
    trainer.save_model(str(adapter))
    cache = getattr(trainer, "layer_cache", None)
    out.write_text(json.dumps({
        "wall_s": wall, "examples": len(train) * epochs, "real_tokens": real_tokens, "padded_tokens": padded_tokens,
        "n_lora": n_lora, "n_frozen": n_frozen, "peak_rss_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6,
        "peak_gpu_gb": torch.cuda.max_memory_allocated() / 1e9 if cuda else None,
        "batch_size": args.per_device_train_batch_size, "grad_accum": args.gradient_accumulation_steps,
        "checkpointing": bool(args.gradient_checkpointing), "optim": str(getattr(args.optim, "value", args.optim)),
        "precision": ("bf16" if args.bf16 else "fp16" if args.fp16 else "fp32") + (" autocast" if not cuda and args.bf16 else ""),
        "attention": model.config._attn_implementation, "learning_rate": args.learning_rate,
        "adapter_layers": (len(lora.layers_to_transform) if lora.layers_to_transform else "all"),
        "sampling": str(getattr(args, "train_sampling_strategy", "random")),
        "layer_cache": cache.summary() if cache is not None else None, "overrides": overrides if side.startswith("ftwork") else {},
        "adapter": str(adapter), "final_loss": trainer.state.log_history[-1].get("train_loss"),
    }))


def accuracy(model_id: str, adapter: str, evals: list[dict]) -> float:
    """Greedy accuracy of the adapter on the unquantized base, as stage 05 scores it."""
    from peft import PeftModel

    from ftwork.generation import default_max_new_tokens, generate
    from ftwork.metrics import classification_metrics
    from ftwork.generation import load_for_inference
    from ftwork.models import load_tokenizer

    tok = load_tokenizer(model_id)
    model = PeftModel.from_pretrained(load_for_inference(model_id), adapter)
    gold = [e["completion"][0]["content"] for e in evals]
    answers, _, _ = generate(model, tok, [e["prompt"] for e in evals], default_max_new_tokens("classification", tok, gold), 16, desc="eval")
    return classification_metrics(gold, answers, sorted(set(gold)))["accuracy"]


def main() -> None:
    from ftwork import hardware
    from ftwork.models import EMBEDDED_ID

    imitate_avx2()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=160)
    ap.add_argument("--epochs", type=float, default=3.0)
    ap.add_argument("--eval-rows", type=int, default=80)
    ap.add_argument("--model", default=EMBEDDED_ID)
    ap.add_argument("--method", default="lora", choices=["lora", "qlora"])
    ap.add_argument("--sides", default="", help="comma-separated, of " + ", ".join(SIDES) + " (default: all, less TRL's "
                    "defaults where the CPU only emulates bf16)")
    ap.add_argument("--variant", action="append", default=[], help="extra ftwork side NAME:key=value,... (repeatable)")
    ap.add_argument("--imitate-avx2", action="store_true", help="rerun with AVX2 kernels only and ftwork's bf16 detection off")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--overrides", default="{}", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.model, args.method, args.rows, args.epochs, Path(args.out), json.loads(args.overrides))
        return

    import torch

    device = "cuda" if torch.cuda.is_available() else "cpu"
    native_bf16 = device == "cuda" or hardware.cpu_bf16()
    sides = [x for x in args.sides.split(",") if x and x != "none"] if args.sides else [x for x in SIDES if native_bf16 or x != "trl_default"]
    variants = dict(parse_variant(v) for v in args.variant)
    runs = [(s, {}) for s in sides] + [(f"ftwork {name}", o) for name, o in variants.items()]
    flags, klass = hardware.isa_flags(), (torch.cuda.get_device_name(0) if device == "cuda" else hardware.cpu_class())
    print(f"machine: {klass} · ISA flags {' '.join(flags) or 'none'} · torch kernels "
          f"{torch.backends.cpu.get_cpu_capability()} · {torch.get_num_threads()} threads, {os.cpu_count()} cores", flush=True)
    peaks = {"fp32": matmul_peak("float32", device)}
    if native_bf16:
        peaks["bf16"] = matmul_peak("bfloat16", device)
    print("matmul peak: " + " · ".join(f"{k} {v / 1e9:.0f} GFLOP/s" for k, v in peaks.items())
          + ("" if native_bf16 else " (bf16 not measured: this CPU only emulates it)"), flush=True)
    peak_name = "bf16" if native_bf16 else "fp32"
    work = Path(tempfile.mkdtemp(prefix="ftwork-speed-"))
    _, evals = rows(args.rows, args.eval_rows)
    results = {}
    for side, overrides in runs:
        out = work / f"{side.replace(' ', '_')}.json"
        print(f"training: {side} …", flush=True)
        subprocess.run([sys.executable, __file__, "--child", side, "--rows", str(args.rows), "--epochs", str(args.epochs),
                        "--model", args.model, "--method", args.method, "--overrides", json.dumps(overrides),
                        "--out", str(out)], check=True)
        r = json.loads(out.read_text())
        r["accuracy"] = accuracy(args.model, r["adapter"], evals)
        flops = (4 * r["n_frozen"] + 6 * r["n_lora"]) * r["real_tokens"]
        r["examples_per_s"] = r["examples"] / r["wall_s"]
        r["tokens_per_s"] = r["real_tokens"] / r["wall_s"]
        r["mfu"] = flops / r["wall_s"] / peaks[peak_name]
        results[side] = r
        print(f"  {side}: {r['wall_s']:.0f} s, accuracy {r['accuracy']:.3f}", flush=True)
    report(args, device, klass, flags, peaks, peak_name, results)


def report(args, device: str, klass: str, flags: list[str], peaks: dict, peak_name: str, results: dict) -> None:
    """The side-by-side table, the ratios, and benchmarks/results/train_speed*.json."""
    import torch

    from ftwork.models import EMBEDDED_ID

    names = list(results)
    print(f"\nTraining speed – {args.model}, {args.method}, {args.rows} sample tickets × {args.epochs:g} epochs, "
          f"{args.eval_rows} held-out · {klass} ({' '.join(flags)}), {torch.get_num_threads()} threads")
    print(f"{'':>22} | " + " | ".join(f"{LABELS.get(n, n):>17}" for n in names))
    memory = ("peak_gpu_gb", "{:.2f} GB") if device == "cuda" else ("peak_rss_gb", "{:.2f} GB")
    for key, fmt in (("wall_s", "{:.0f} s"), ("examples_per_s", "{:.2f}"), ("tokens_per_s", "{:.0f}"), memory,
                     ("mfu", "{:.1%}"), ("accuracy", "{:.3f}"), ("batch_size", "{}"), ("grad_accum", "{}"),
                     ("checkpointing", "{}"), ("precision", "{}"), ("attention", "{}"), ("adapter_layers", "{}"),
                     ("sampling", "{}"), ("optim", "{}")):
        label = f"work/s ({peak_name} peak)" if key == "mfu" else key
        print(f"{label:>22} | " + " | ".join(f"{fmt.format(results[n][key]):>17}" for n in names))
    ours = results.get("ftwork")
    ratios = {}
    for base in ("trl_default", "trl_tuned"):
        if ours and base in results:
            ratios[base] = results[base]["wall_s"] / ours["wall_s"]
            print(f"wall-time ratio {LABELS[base]} / ftwork: {ratios[base]:.2f}× · accuracy difference "
                  f"{ours['accuracy'] - results[base]['accuracy']:+.3f}")
    default = args.model == EMBEDDED_ID and args.method == "lora" and device == "cpu"
    name = f"train_speed_{class_suffix()}" if default else f"train_speed_{args.method}_{device}"
    write_result(name, {"model": args.model, "method": args.method, "device": device, "rows": args.rows,
                        "epochs": args.epochs, "eval_rows": args.eval_rows, "cpu_class": klass, "isa_flags": flags},
                 ratios.get("trl_tuned"), ratios=ratios, matmul_peak_flops=peaks, work_against=peak_name, sides=results,
                 flops_formula="(4*N_frozen + 6*N_lora) * non-padding tokens")


if __name__ == "__main__":
    main()
