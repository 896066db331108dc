"""Evaluation throughput: ftwork's batched greedy generation against one prompt at a time.

Same model (embedded SmolLM2-135M-Instruct), same held-out sample tickets, same prompts, greedy
decoding. Reports queries per second for both, the ratio, and how many answers are identical
(left padding in a batch can flip a near-tie in rare cases; the figure says how often).

    python benchmarks/eval_throughput.py [--n 64] [--batch-size 16]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    import csv

    import torch

    from ftwork.dataset import make_prompt
    from ftwork.evaluate import generate
    from ftwork.models import EMBEDDED_ID, load_model, load_tokenizer

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=64)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--max-new-tokens", type=int, default=12)
    args = ap.parse_args()

    samples = json.loads((REPO / "data_samples" / "samples.json").read_text())["tickets"]
    with open(REPO / "data_samples" / "tickets.csv", encoding="utf-8") as fh:
        tickets = list(csv.DictReader(fh))[-args.n :]
    prompts = [make_prompt(t["text"], samples["system_prompt"]) for t in tickets]
    tok, model = load_tokenizer(EMBEDDED_ID), load_model(EMBEDDED_ID)
    generate(model, tok, prompts[:2], args.max_new_tokens, 2, desc="warm-up")

    t0 = time.perf_counter()
    single, _, _ = generate(model, tok, prompts, args.max_new_tokens, batch_size=1, desc="one at a time")
    t_single = time.perf_counter() - t0
    t0 = time.perf_counter()
    batched, _, _ = generate(model, tok, prompts, args.max_new_tokens, batch_size=args.batch_size, desc="batched")
    t_batched = time.perf_counter() - t0

    same = sum(a == b for a, b in zip(single, batched))
    ratio = t_single / t_batched
    print(f"\nEvaluation throughput – embedded SmolLM2-135M, {args.n} sample tickets, greedy, "
          f"max {args.max_new_tokens} new tokens, {torch.get_num_threads()} threads")
    print(f"{'':>16} | {'one at a time':>13} | {'batched (' + str(args.batch_size) + ')':>13}")
    print(f"{'wall time':>16} | {t_single:11.1f} s | {t_batched:11.1f} s")
    print(f"{'queries / s':>16} | {args.n / t_single:13.2f} | {args.n / t_batched:13.2f}")
    print(f"ratio {ratio:.2f}× · identical answers {same}/{args.n}")
    out = REPO / "benchmarks" / "results" / "eval_throughput.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "name": "eval_throughput", "date": time.strftime("%Y-%m-%d"),
        "machine": {"cpus": os.cpu_count(), "processor": platform.processor() or platform.machine(), "threads": torch.get_num_threads()},
        "config": vars(args), "single_s": round(t_single, 2), "batched_s": round(t_batched, 2),
        "identical_answers": same, "n": args.n, "ratio": round(ratio, 2),
    }, indent=2) + "\n")
    print(f"written {out}")


if __name__ == "__main__":
    main()
