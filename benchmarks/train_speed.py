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

    python benchmarks/train_speed.py [--rows 160] [--epochs 1] [--eval-rows 80]
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
LR = 1e-3


def matmul_peak(dtype_name: str, n: int = 2048, reps: int = 5) -> float:
    import torch

    dtype = getattr(torch, dtype_name)
    a, b = torch.randn(n, n, dtype=dtype), torch.randn(n, n, dtype=dtype)
    torch.mm(a, b)
    t0 = time.perf_counter()
    for _ in range(reps):
        torch.mm(a, b)
    return 2 * n**3 * reps / (time.perf_counter() - t0)


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


def child(side: str, n_train: int, epochs: float, out: Path) -> None:
    """Train one side and write its figures to `out` (runs in a subprocess)."""
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from trl import SFTConfig, SFTTrainer

    from ftwork.models import EMBEDDED_ID, load_model, load_tokenizer
    from ftwork.train import _answer_only_trainer_class, _checkpointing_field, _precision, cpu_attention

    torch.manual_seed(0)
    train, _ = rows(n_train, 0)
    tok = load_tokenizer(EMBEDDED_ID)
    model = load_model(EMBEDDED_ID)
    lora = LoraConfig(r=16, lora_alpha=32, lora_dropout=0.0, target_modules="all-linear", task_type="CAUSAL_LM")
    common = dict(output_dir=str(out.parent / f"ckpt-{side}"), num_train_epochs=epochs, learning_rate=LR,
                  report_to="none", save_strategy="no", logging_steps=5, use_cpu=True, seed=0, disable_tqdm=True)
    if side == "trl_default":
        args = SFTConfig(**common)  # TRL's defaults: batch 8, gradient checkpointing on, full output layer
        cls = SFTTrainer
    else:
        from ftwork import hardware, presets

        d = presets.recommend(EMBEDDED_ID, "lora", hardware.detect(), n_train=len(train)).config()  # stage 04's preset
        assert d.learning_rate == LR and d.lora_dropout == 0.0 and d.grad_accum == 1, "the preset changed: update the benchmark"
        prec = _precision(d)  # bf16 autocast on a CPU with AMX / AVX512-BF16, else fp32
        cpu_attention(model, prec)
        args = SFTConfig(**common, per_device_train_batch_size=d.batch_size, bf16=prec == "bf16",
                         **{_checkpointing_field(): d.gradient_checkpointing})
        cls = _answer_only_trainer_class()
    trainer = cls(model=model, args=args, train_dataset=Dataset.from_list(train), processing_class=tok, peft_config=lora)
    batches = list(trainer.get_train_dataloader())
    real_tokens = int(sum(int(b["attention_mask"].sum()) for b in batches) * epochs)
    padded_tokens = int(sum(b["attention_mask"].numel() for b in batches) * epochs)
    n_lora = sum(p.numel() for p in trainer.model.parameters() if p.requires_grad)
    n_frozen = sum(p.numel() for p in trainer.model.parameters() if not p.requires_grad)
    t0 = time.perf_counter()
    trainer.train()
    wall = time.perf_counter() - t0
    adapter = out.parent / f"adapter-{side}"
    trainer.save_model(str(adapter))
    out.write_text(json.dumps({
        "wall_s": wall, "examples": len(train) * epochs, "real_tokens": real_tokens, "padded_tokens": padded_tokens,
        "n_lora": n_lora, "n_frozen": n_frozen, "peak_rss_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6,
        "batch_size": args.per_device_train_batch_size, "checkpointing": bool(args.gradient_checkpointing),
        "precision": "bf16 autocast" if args.bf16 else "fp32", "attention": model.config._attn_implementation,
        "adapter": str(adapter), "final_loss": trainer.state.log_history[-1].get("train_loss"),
    }))


def accuracy(adapter: str, evals: list[dict]) -> float:
    from peft import PeftModel

    from ftwork.evaluate import classification_metrics, default_max_new_tokens, generate
    from ftwork.models import EMBEDDED_ID, load_model, load_tokenizer

    tok = load_tokenizer(EMBEDDED_ID)
    model = PeftModel.from_pretrained(load_model(EMBEDDED_ID), adapter)
    gold = [e["completion"][0]["content"] for e in evals]
    answers, _, _ = generate(model, tok, [e["prompt"] for e in evals], default_max_new_tokens("classification", tok, gold), 16, desc="eval")
    return classification_metrics(gold, answers, sorted(set(gold)))["accuracy"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=160)
    ap.add_argument("--epochs", type=float, default=3.0)
    ap.add_argument("--eval-rows", type=int, default=80)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.rows, args.epochs, Path(args.out))
        return

    import torch

    peaks = {"fp32": matmul_peak("float32"), "bf16": matmul_peak("bfloat16")}
    work = Path(tempfile.mkdtemp(prefix="ftwork-speed-"))
    _, evals = rows(args.rows, args.eval_rows)
    results = {}
    for side in ("trl_default", "ftwork"):
        out = work / f"{side}.json"
        print(f"training: {side} …", flush=True)
        subprocess.run([sys.executable, __file__, "--child", side, "--rows", str(args.rows), "--epochs", str(args.epochs),
                        "--out", str(out)], check=True)
        r = json.loads(out.read_text())
        r["accuracy"] = accuracy(r["adapter"], evals)
        flops = (4 * r["n_frozen"] + 6 * r["n_lora"]) * r["real_tokens"]
        r["examples_per_s"] = r["examples"] / r["wall_s"]
        r["tokens_per_s"] = r["real_tokens"] / r["wall_s"]
        r["mfu_fp32"] = flops / r["wall_s"] / peaks["fp32"]
        results[side] = r

    base, ours = results["trl_default"], results["ftwork"]
    ratio = base["wall_s"] / ours["wall_s"]
    print(f"\nTraining speed – embedded SmolLM2-135M, {args.rows} sample tickets × {args.epochs:g} epochs, "
          f"LoRA r=16, {torch.get_num_threads()} threads, {os.cpu_count()} cores")
    print(f"matmul peak: fp32 {peaks['fp32'] / 1e12:.2f} TFLOP/s · bf16 {peaks['bf16'] / 1e12:.2f} TFLOP/s")
    print(f"{'':>22} | {'plain TRL default':>17} | {'ftwork':>10}")
    for key, fmt in (("wall_s", "{:.0f} s"), ("examples_per_s", "{:.2f}"), ("tokens_per_s", "{:.0f}"),
                     ("peak_rss_gb", "{:.2f} GB"), ("mfu_fp32", "{:.1%}"), ("accuracy", "{:.3f}"), ("batch_size", "{}"),
                     ("checkpointing", "{}"), ("precision", "{}"), ("attention", "{}")):
        print(f"{key:>22} | {fmt.format(base[key]):>17} | {fmt.format(ours[key]):>10}")
    print(f"wall-time ratio (plain / ftwork): {ratio:.2f}× · accuracy difference {ours['accuracy'] - base['accuracy']:+.3f}")
    from _results import write_result

    write_result("train_speed", {"rows": args.rows, "epochs": args.epochs, "eval_rows": args.eval_rows, "lora_r": 16,
                                 "learning_rate": LR}, ratio,
                 matmul_peak_flops=peaks, trl_default=base, ftwork=ours,
                 flops_formula="(4*N_frozen + 6*N_lora) * non-padding tokens")

if __name__ == "__main__":
    main()
