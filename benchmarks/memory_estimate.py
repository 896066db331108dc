"""Check `ftwork.hardware.estimate_memory` against the peak memory of a real LoRA run on this CPU.

    python benchmarks/memory_estimate.py            # 3 steps per variant and allocator, ~4 minutes on 2 cores

The embedded SmolLM2-135M is trained for a few steps (fp32, sequences of exactly 128 tokens, batch 8,
LoRA r=16 with dropout 0.05 on every linear layer), each variant in a fresh process:

* `sft` – TRL's SFTTrainer as `ftwork.train` runs it (no gradient checkpointing): the headline figure;
* `sft_ckpt` – the same with gradient checkpointing;
* `loop` – a plain PyTorch loop with PEFT and transformers' own loss (the whole logits matrix).

Measured: the process's peak resident memory (VmHWM, reset once the imports are done) minus the
resident memory at that point, so it counts the model load, the adapters, the optimizer and the
training steps. Each variant runs twice: with glibc's default allocator (what a user's machine
shows) and with MALLOC_MMAP_THRESHOLD_=65536, which returns every freed tensor to the system at once,
so the peak is that of the live tensors – what the estimator models. Also counted: the bytes autograd
saves for backward in one forward of the decoder layers (saved-tensor hooks), which checks the
activation term on its own.

Writes benchmarks/results/memory_estimate.json with a top-level "ratio" (estimate / measured peak
RSS of `sft` with the default allocator).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results" / "memory_estimate.json"
ALLOCATORS = {"glibc": {}, "live": {"MALLOC_MMAP_THRESHOLD_": "65536"}}
VARIANTS = {
    "sft": {"trainer": "sft", "gradient_checkpointing": False, "lm_head": "chunked"},
    "sft_ckpt": {"trainer": "sft", "gradient_checkpointing": True, "lm_head": "chunked"},
    "loop": {"trainer": "loop", "gradient_checkpointing": False, "lm_head": "full"},
}
LORA = {"r": 16, "lora_alpha": 32, "lora_dropout": 0.05, "target_modules": "all-linear"}
WORDS = ("invoice delivery order customer refund shipment warehouse account payment delay damaged "
         "product return address contract support ticket priority urgent billing manager request "
         "please confirm thank regards kindly update schedule reference missing package").split()


def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise KeyError(field)


def _texts(n: int, words: int = 220, seed: int = 0) -> list[str]:
    import random

    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "." for _ in range(n)]


class SavedBytes:
    """Sum of distinct storages autograd saves for backward, parameters excluded."""

    def __init__(self, model):
        self.params = {p.untyped_storage().data_ptr() for p in model.parameters()}
        self.seen: dict[int, int] = {}

    def pack(self, t):
        st = t.untyped_storage()
        if st.data_ptr() not in self.params:
            self.seen[st.data_ptr()] = st.nbytes()
        return t

    @property
    def total(self) -> int:
        return sum(self.seen.values())


def child(variant: str, steps: int, seq_len: int, batch: int) -> dict:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from peft import LoraConfig, get_peft_model

    from ftwork.models import EMBEDDED_ID, load_model, load_tokenizer

    torch.manual_seed(0)
    torch.set_num_threads(min(2, os.cpu_count() or 1))
    cfg = VARIANTS[variant]
    tok = load_tokenizer(EMBEDDED_ID)
    texts = _texts(batch * steps)
    enc = tok(texts, truncation=True, max_length=seq_len, return_tensors="pt", padding="max_length")
    assert int(enc["attention_mask"].sum()) == batch * steps * seq_len, "texts must fill every position"
    if cfg["trainer"] == "sft":
        from datasets import Dataset
        from trl import SFTConfig, SFTTrainer

        dataset = Dataset.from_dict({"text": texts})
    import gc

    gc.collect()
    # Reset the peak-RSS counter so the imports do not count, then take the baseline.
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")
    base_kib = _status_kib("VmRSS")
    t0 = time.time()
    model = load_model(EMBEDDED_ID)
    n_params = sum(p.numel() for p in model.parameters())
    lora_config = LoraConfig(task_type="CAUSAL_LM", **LORA)
    if cfg["trainer"] == "sft":
        with tempfile.TemporaryDirectory() as out:
            args = SFTConfig(output_dir=out, max_length=seq_len, packing=False, per_device_train_batch_size=batch,
                             max_steps=steps, learning_rate=1e-4, gradient_checkpointing=cfg["gradient_checkpointing"],
                             use_cpu=True, bf16=False, report_to="none", save_strategy="no", logging_steps=1,
                             dataloader_num_workers=0, disable_tqdm=True)
            trainer = SFTTrainer(model=model, args=args, train_dataset=dataset, processing_class=tok,
                                 peft_config=lora_config)
            lengths = {len(x) for x in trainer.train_dataset["input_ids"]}
            trainer.train()
            peft_model = trainer.model
            losses = [h["loss"] for h in trainer.state.log_history if "loss" in h]
    else:
        peft_model = get_peft_model(model, lora_config)
        peft_model.train()
        opt = torch.optim.AdamW([p for p in peft_model.parameters() if p.requires_grad], lr=1e-4)
        losses, lengths = [], {seq_len}
        for step in range(steps):
            sl = slice(step * batch, (step + 1) * batch)
            ids = enc["input_ids"][sl]
            loss = peft_model(input_ids=ids, attention_mask=enc["attention_mask"][sl], labels=ids).loss
            loss.backward()
            opt.step()
            opt.zero_grad(set_to_none=True)
            losses.append(loss.item())
            del loss
    seconds = time.time() - t0
    peak_kib = _status_kib("VmHWM")
    trainable = sum(p.numel() for p in peft_model.parameters() if p.requires_grad)

    # Activations saved for backward by the decoder layers, counted directly (not meaningful under
    # gradient checkpointing, whose own hooks take over inside each layer).
    saved = None
    if not cfg["gradient_checkpointing"]:
        backbone = peft_model.get_base_model().model
        counter = SavedBytes(peft_model)
        with torch.autograd.graph.saved_tensors_hooks(counter.pack, lambda t: t):
            out = backbone(input_ids=enc["input_ids"][:batch], attention_mask=enc["attention_mask"][:batch])
        del out
        saved = counter.total / 2**30
    return {
        "variant": variant, **cfg, "steps": steps, "seq_len": seq_len, "batch_size": batch,
        "sequence_lengths_seen": sorted(lengths), "params": n_params, "lora_params": trainable,
        "baseline_rss_gb": base_kib / 2**20, "peak_rss_gb": peak_kib / 2**20,
        "measured_gb": (peak_kib - base_kib) / 2**20, "saved_activation_gb": saved,
        "allocator_env": {k: v for k, v in os.environ.items() if k.startswith("MALLOC_")},
        "losses": losses, "seconds": round(seconds, 1), "torch_threads": torch.get_num_threads(),
    }


def estimate(variant: str, measured: dict) -> dict:
    from ftwork.hardware import activation_bytes, architecture, estimate_memory
    from ftwork.models import EMBEDDED_ID

    cfg = VARIANTS[variant]
    est = estimate_memory(measured["params"] / 1e9, "lora", measured["seq_len"], measured["batch_size"], precision="fp32",
                          optimizer="adamw", lora_rank=LORA["r"], gradient_checkpointing=cfg["gradient_checkpointing"],
                          model_id=EMBEDDED_ID, lora_dropout=LORA["lora_dropout"], padded=False,
                          lm_head=cfg["lm_head"], device="cpu")
    arch = architecture(model_id=EMBEDDED_ID)
    per_token = activation_bytes(arch, "lora", 4, LORA["r"], LORA["lora_dropout"], padded=False, device="cpu")
    tokens = measured["seq_len"] * measured["batch_size"]
    # what the decoder alone saves: every layer, and the final norm's fp32 input
    est["decoder_saved_gb"] = (arch.layers * per_token["layer"] + 4 * arch.hidden) * tokens / 2**30
    return est


def _run_child(variant: str, allocator: str, args) -> dict:
    cmd = [sys.executable, __file__, "--child", variant, "--steps", str(args.steps), "--seq-len", str(args.seq_len),
           "--batch", str(args.batch)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    env.update(PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1", **ALLOCATORS[allocator])
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode or not lines:
        print(proc.stdout[-3000:], proc.stderr[-3000:], sep="\n")
        raise SystemExit(f"variant {variant} ({allocator}) failed")
    return json.loads(lines[-1][len("RESULT "):])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--seq-len", type=int, default=128)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--allocators", default=",".join(ALLOCATORS))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print("RESULT " + json.dumps(child(args.child, args.steps, args.seq_len, args.batch)))
        return 0

    sys.path.insert(0, str(ROOT))
    rows = {}
    for variant in args.variants.split(","):
        runs = {alloc: _run_child(variant, alloc, args) for alloc in args.allocators.split(",")}
        first = next(iter(runs.values()))
        est = estimate(variant, first)
        rows[variant] = {
            "estimate": est,
            "measured": runs,
            "ratio": {alloc: round(est["total"] / run["measured_gb"], 3) for alloc, run in runs.items()},
            "live_tensor_ratio": {alloc: round((est["total"] - est["overhead"]) / run["measured_gb"], 3)
                                  for alloc, run in runs.items()},
            "activation_ratio": (round(est["decoder_saved_gb"] / first["saved_activation_gb"], 3)
                                 if first["saved_activation_gb"] else None),
        }

    allocs = args.allocators.split(",")
    print(f"{'variant':9s} {'estimate':>9s} " + " ".join(f"{'measured ' + a:>15s} {'ratio':>6s}" for a in allocs)
          + "   decoder activations estimated / counted")
    for variant, row in rows.items():
        e = row["estimate"]
        line = f"{variant:9s} {e['total']:8.3f}G "
        line += " ".join(f"{row['measured'][a]['measured_gb']:14.3f}G {row['ratio'][a]:6.3f}" for a in allocs)
        saved = row["measured"][allocs[0]]["saved_activation_gb"]
        line += f"   {e['decoder_saved_gb']:.3f} / {saved:.3f} GB" if saved else "   (checkpointed)"
        print(line)
    for variant, row in rows.items():
        e = row["estimate"]
        print(f"  {variant}: weights {e['weights']:.3f} + lora {e['lora']:.3f} + gradients {e['gradients']:.3f} + optimizer "
              f"{e['optimizer']:.3f} + activations {e['activations']:.3f} (of which LM head {e['lm_head_gb']:.3f}) + overhead "
              f"{e['overhead']:.3f} = {e['total']:.3f} GB")

    head = "sft" if "sft" in rows else next(iter(rows))
    head_alloc = "glibc" if "glibc" in allocs else allocs[0]
    import platform

    import peft
    import torch
    import transformers
    import trl

    from ftwork.engagement import write_json
    from ftwork.hardware import _cpu_name

    ratio = rows[head]["ratio"][head_alloc]
    result = {
        "ratio": ratio, "headline": f"{head} / {head_alloc} allocator",
        "estimate_gb": rows[head]["estimate"]["total"],
        "measured_gb": round(rows[head]["measured"][head_alloc]["measured_gb"], 3),
        "within_30_percent": abs(ratio - 1) <= 0.30,
        "setup": {"model": "HuggingFaceTB/SmolLM2-135M-Instruct (embedded, fp32)", "seq_len": args.seq_len,
                  "batch_size": args.batch, "steps": args.steps, "lora": LORA, "device": "cpu", "cpu": _cpu_name(),
                  "python": platform.python_version(), "torch": torch.__version__,
                  "transformers": transformers.__version__, "trl": trl.__version__, "peft": peft.__version__},
        "variants": rows,
    }
    write_json(RESULTS, result)
    print(f"headline ({result['headline']}): estimate {result['estimate_gb']:.3f} GB vs measured "
          f"{result['measured_gb']:.3f} GB, ratio {ratio:.3f} -> {RESULTS.relative_to(ROOT)}")
    return 0 if result["within_30_percent"] else 1


if __name__ == "__main__":
    sys.exit(main())
