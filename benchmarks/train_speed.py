"""Training speed: ftwork's CPU defaults against a plain TRL SFTTrainer with its default SFTConfig.

Same model (the embedded SmolLM2-135M-Instruct), same data (sample tickets, prompt–completion
rows with the same short system prompt), same epochs, same LoRA settings (r=16, alpha=32, all
linear layers, dropout 0 – PEFT's default) and the same learning rate (1e-3: TRL's default 2e-5
barely moves a LoRA adapter in 3 epochs, which would make the accuracy comparison meaningless).
What differs is exactly what ftwork changes for speed:

| | plain TRL default | ftwork |
|---|---|---|
| gradient checkpointing | on (TRL's default) | off (a 135M model fits easily) |
| batch size | 8 | 8 (stage 04's CPU preset) |
| output layer | all positions × 49k vocabulary | answer positions only |
| bf16 autocast | on (TRL's default), top-level forward | on where the CPU has AMX/AVX512-BF16, around ftwork's own decoder call |
| attention | sdpa | eager under bf16 on a CPU (SDPA's bf16 backward is slow there) |

Each side trains in its own subprocess (clean peak memory), then both are scored on the same
held-out tickets with greedy decoding. Also measured: this machine's fp32 and bf16 matmul peak,
for model FLOPs utilisation (MFU), with

    FLOPs per trained token = 2·N_frozen (forward) + 2·N_frozen (activation gradients)
                              + 6·N_lora (forward, activation and weight gradients)

counted over non-padding tokens for both sides (the answer-only output layer does *less* work
than this formula credits, so ftwork's MFU is conservative).

    python benchmarks/train_speed.py [--rows 160] [--epochs 3] [--eval-rows 80]

On a GPU (kept out of CI; needs the model from the hub or the local cache), the same comparison
in bf16 with LoRA or QLoRA on a bigger model, both sides loading it the same way (QLoRA: NF4,
double quantization) and ftwork taking stage 04's GPU preset (batch, accumulation, 8-bit paged
AdamW for QLoRA):

    python benchmarks/train_speed.py --model Qwen/Qwen2.5-0.5B-Instruct --method qlora

MFU is then reported against the measured bf16 matmul peak of the GPU. The QLoRA path also runs
on a CPU (bitsandbytes 0.50 has CPU kernels), which is how this script's GPU code path is
exercised here: `--method qlora --rows 16 --epochs 1 --eval-rows 8`.
"""
from __future__ import annotations

import argparse
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


def setup(model_id: str, method: str, n_train: int):
    """Stage 04's preset for this model, method and machine; whether there is a GPU; how stage 04
    loads the model for it (both sides load it the same way)."""
    import torch

    from ftwork import hardware, presets
    from ftwork.train import model_load_kwargs

    preset = presets.preset(model_id, method, hardware.detect(), n_train=n_train).config()
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


def child(side: str, model_id: str, method: str, n_train: int, epochs: float, out: Path) -> None:
    """Train one side and write its figures to `out` (runs in a subprocess)."""
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from trl import SFTConfig, SFTTrainer

    from ftwork import plans
    from ftwork.models import load_model, load_tokenizer
    from ftwork.train import _answer_only_trainer_class, _checkpointing_field, _precision, cpu_attention

    torch.manual_seed(0)
    train, _ = rows(n_train, 0)
    preset, cuda, load = setup(model_id, method, len(train))
    tok = load_tokenizer(model_id)
    model = load_model(model_id, **load)
    # the same LoRA settings and learning rate on both sides: the preset's
    lora = LoraConfig(r=preset.lora_r, lora_alpha=preset.lora_alpha, lora_dropout=preset.lora_dropout,
                      target_modules=preset.target_modules, task_type="CAUSAL_LM")
    common = dict(output_dir=str(out.parent / f"ckpt-{side}"), num_train_epochs=epochs, learning_rate=preset.learning_rate,
                  report_to="none", save_strategy="no", logging_steps=5, use_cpu=not cuda, seed=0, disable_tqdm=True)
    if side == "trl_default":
        args = SFTConfig(**common)  # TRL's defaults: batch 8, gradient checkpointing on, bf16, full output layer
        cls = SFTTrainer
    else:
        prec = _precision(preset)  # CPU: bf16 autocast with AMX / AVX512-BF16, else fp32; GPU: bf16 or fp16
        cpu_attention(model, prec)
        args = SFTConfig(**common, per_device_train_batch_size=preset.batch_size,
                         gradient_accumulation_steps=preset.grad_accum, bf16=prec == "bf16", fp16=prec == "fp16",
                         optim=plans.optimizer(preset.method, cuda, preset.optim), **{_checkpointing_field(): preset.gradient_checkpointing})
        cls = _answer_only_trainer_class()
    trainer = cls(model=model, args=args, train_dataset=Dataset.from_list(train), processing_class=tok, peft_config=lora)
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
    out.write_text(json.dumps({
        "wall_s": wall, "examples": len(train) * epochs, "real_tokens": real_tokens, "padded_tokens": padded_tokens,
        "n_lora": n_lora, "n_frozen": n_frozen, "peak_rss_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6,
        "peak_gpu_gb": torch.cuda.max_memory_allocated() / 1e9 if cuda else None,
        "batch_size": args.per_device_train_batch_size, "grad_accum": args.gradient_accumulation_steps,
        "checkpointing": bool(args.gradient_checkpointing), "optim": str(getattr(args.optim, "value", args.optim)),
        "precision": ("bf16" if args.bf16 else "fp16" if args.fp16 else "fp32") + (" autocast" if not cuda and args.bf16 else ""),
        "attention": model.config._attn_implementation, "learning_rate": args.learning_rate,
        "adapter": str(adapter), "final_loss": trainer.state.log_history[-1].get("train_loss"),
    }))


def accuracy(model_id: str, adapter: str, evals: list[dict]) -> float:
    """Greedy accuracy of the adapter on the unquantized base, as stage 05 scores it."""
    from peft import PeftModel

    from ftwork.generation import default_max_new_tokens, generate
    from ftwork.metrics import classification_metrics
    from ftwork.models import load_for_inference, load_tokenizer

    tok = load_tokenizer(model_id)
    model = PeftModel.from_pretrained(load_for_inference(model_id), adapter)
    gold = [e["completion"][0]["content"] for e in evals]
    answers, _, _ = generate(model, tok, [e["prompt"] for e in evals], default_max_new_tokens("classification", tok, gold), 16, desc="eval")
    return classification_metrics(gold, answers, sorted(set(gold)))["accuracy"]


def main() -> None:
    from ftwork.models import EMBEDDED_ID

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=160)
    ap.add_argument("--epochs", type=float, default=3.0)
    ap.add_argument("--eval-rows", type=int, default=80)
    ap.add_argument("--model", default=EMBEDDED_ID)
    ap.add_argument("--method", default="lora", choices=["lora", "qlora"])
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.model, args.method, args.rows, args.epochs, Path(args.out))
        return

    import torch

    device = "cuda" if torch.cuda.is_available() else "cpu"
    peaks = {"fp32": matmul_peak("float32", device), "bf16": matmul_peak("bfloat16", device)}
    peak_name = "bf16" if device == "cuda" else "fp32"  # the precision the bulk of the work runs in
    work = Path(tempfile.mkdtemp(prefix="ftwork-speed-"))
    _, evals = rows(args.rows, args.eval_rows)
    results = {}
    for side in ("trl_default", "ftwork"):
        out = work / f"{side}.json"
        print(f"training: {side} …", flush=True)
        subprocess.run([sys.executable, __file__, "--child", side, "--rows", str(args.rows), "--epochs", str(args.epochs),
                        "--model", args.model, "--method", args.method, "--out", str(out)], check=True)
        r = json.loads(out.read_text())
        r["accuracy"] = accuracy(args.model, r["adapter"], evals)
        flops = (4 * r["n_frozen"] + 6 * r["n_lora"]) * r["real_tokens"]
        r["examples_per_s"] = r["examples"] / r["wall_s"]
        r["tokens_per_s"] = r["real_tokens"] / r["wall_s"]
        r["mfu"] = flops / r["wall_s"] / peaks[peak_name]
        results[side] = r

    base, ours = results["trl_default"], results["ftwork"]
    ratio = base["wall_s"] / ours["wall_s"]
    where = torch.cuda.get_device_name(0) if device == "cuda" else f"{torch.get_num_threads()} threads, {os.cpu_count()} cores"
    print(f"\nTraining speed – {args.model}, {args.method}, {args.rows} sample tickets × {args.epochs:g} epochs, {where}")
    print(f"matmul peak: fp32 {peaks['fp32'] / 1e12:.2f} TFLOP/s · bf16 {peaks['bf16'] / 1e12:.2f} TFLOP/s")
    print(f"{'':>22} | {'plain TRL default':>17} | {'ftwork':>13}")
    memory = ("peak_gpu_gb", "{:.2f} GB") if device == "cuda" else ("peak_rss_gb", "{:.2f} GB")
    for key, fmt in (("wall_s", "{:.0f} s"), ("examples_per_s", "{:.2f}"), ("tokens_per_s", "{:.0f}"), memory,
                     ("mfu", "{:.1%}"), ("accuracy", "{:.3f}"), ("batch_size", "{}"), ("grad_accum", "{}"),
                     ("checkpointing", "{}"), ("precision", "{}"), ("attention", "{}"), ("optim", "{}")):
        label = f"mfu ({peak_name} peak)" if key == "mfu" else key
        print(f"{label:>22} | {fmt.format(base[key]):>17} | {fmt.format(ours[key]):>13}")
    print(f"wall-time ratio (plain / ftwork): {ratio:.2f}× · accuracy difference {ours['accuracy'] - base['accuracy']:+.3f}")
    from _results import write_result

    default = args.model == EMBEDDED_ID and args.method == "lora" and device == "cpu"
    name = "train_speed" if default else f"train_speed_{args.method}_{device}"
    write_result(name, {"model": args.model, "method": args.method, "device": device, "rows": args.rows,
                        "epochs": args.epochs, "eval_rows": args.eval_rows, "learning_rate": ours["learning_rate"]}, ratio,
                 matmul_peak_flops=peaks, mfu_against=peak_name, trl_default=base, ftwork=ours,
                 flops_formula="(4*N_frozen + 6*N_lora) * non-padding tokens")


if __name__ == "__main__":
    main()
