"""Evaluation throughput: ftwork's batched greedy generation against one prompt at a time.

`--imitate-avx2` runs it with AVX2 kernels only (an AVX2 laptop's figure on a newer CPU); the CPU
class names the result file, benchmarks/results/eval_throughput_<class>.json.

Same model (embedded SmolLM2-135M-Instruct), same held-out sample tickets, same prompts, greedy
decoding, fp32. Three ways, in the same run:

* one prompt at a time – the obvious loop over `model.generate`;
* batched – prompts sorted by length, left padding, one `generate` call per batch;
* ftwork – batched, and each batch's shared prefix (chat template, system prompt) run once and
  its KV cache repeated over the batch (`ftwork.generation._generate_texts`).

Two answer lengths: label-length answers (classification, 12 new tokens) and reply-length
answers (48 new tokens, fewer prompts to keep the run short). Reports queries per second, the
ratio (one at a time / ftwork) and how many answers are identical to the one-at-a-time answers.

    python benchmarks/eval_throughput.py [--n 64] [--reply-n 24] [--batch-size 32]
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]


def timed(fn, *args, **kwargs):
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t0


def main() -> None:
    import csv

    from _results import class_suffix, imitate_avx2

    imitate_avx2()  # before torch loads its kernels
    import torch

    from ftwork import generation
    from ftwork.configs import EvalConfig
    from ftwork.prompts import make_prompt
    from ftwork.models import EMBEDDED_ID, load_model, load_tokenizer

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=64, help="prompts for label-length answers")
    ap.add_argument("--imitate-avx2", action="store_true", help="AVX2 kernels only, ftwork's bf16 detection off")
    ap.add_argument("--reply-n", type=int, default=24, help="prompts for reply-length answers (0: skip)")
    ap.add_argument("--batch-size", type=int, default=EvalConfig.batch_size)
    ap.add_argument("--max-new-tokens", type=int, default=12)
    ap.add_argument("--reply-tokens", type=int, default=48)
    args = ap.parse_args()

    samples = json.loads((REPO / "data_samples" / "samples.json").read_text())["tickets"]
    with open(REPO / "data_samples" / "tickets.csv", encoding="utf-8") as fh:
        tickets = list(csv.DictReader(fh))
    tok, model = load_tokenizer(EMBEDDED_ID), load_model(EMBEDDED_ID)
    generation.generate(model, tok, [make_prompt(t["text"], samples["system_prompt"]) for t in tickets[:2]], 4, 2, desc="warm-up")

    runs = {}
    for name, n, new_tokens in (("labels", args.n, args.max_new_tokens), ("replies", args.reply_n, args.reply_tokens)):
        if n <= 0:
            continue
        prompts = [make_prompt(t["text"], samples["system_prompt"]) for t in tickets[-n:]]
        (single, _, _), t_single = timed(generation.generate, model, tok, prompts, new_tokens, 1, desc=f"{name}: one at a time")
        saved, generation.MIN_SHARED_PREFIX = generation.MIN_SHARED_PREFIX, 10**9  # batching alone
        try:
            (plain, _, _), t_plain = timed(generation.generate, model, tok, prompts, new_tokens, args.batch_size, desc=f"{name}: batched")
        finally:
            generation.MIN_SHARED_PREFIX = saved
        (ours, _, _), t_ours = timed(generation.generate, model, tok, prompts, new_tokens, args.batch_size, desc=f"{name}: ftwork")
        runs[name] = {
            "n": n, "max_new_tokens": new_tokens,
            "seconds": {"one_at_a_time": round(t_single, 2), "batched": round(t_plain, 2), "ftwork": round(t_ours, 2)},
            "identical_to_one_at_a_time": {"batched": sum(a == b for a, b in zip(single, plain)),
                                           "ftwork": sum(a == b for a, b in zip(single, ours))},
            "ratio": round(t_single / t_ours, 2),
        }

    print(f"\nEvaluation throughput – embedded SmolLM2-135M, fp32, greedy, batch {args.batch_size}, "
          f"{torch.get_num_threads()} threads")
    print(f"{'':>28} | {'one at a time':>13} | {'batched':>13} | {'ftwork':>13}")
    for name, r in runs.items():
        s = r["seconds"]
        print(f"{name + ' (' + str(r['n']) + ' × ' + str(r['max_new_tokens']) + ' tok)':>28} | "
              f"{r['n'] / s['one_at_a_time']:9.2f} q/s | {r['n'] / s['batched']:9.2f} q/s | {r['n'] / s['ftwork']:9.2f} q/s")
        same = r["identical_to_one_at_a_time"]
        print(f"{'':>28} | {s['one_at_a_time']:11.1f} s | {s['batched']:11.1f} s | {s['ftwork']:11.1f} s")
        print(f"{'':>28} | {'':>13} | {s['one_at_a_time'] / s['batched']:12.2f}× | {r['ratio']:12.2f}×   "
              f"(identical answers: batched {same['batched']}/{r['n']}, ftwork {same['ftwork']}/{r['n']})")

    from _results import write_result

    from ftwork.hardware import cpu_class, isa_flags

    print(f"machine: {cpu_class()} ({' '.join(isa_flags())}), {torch.get_num_threads()} threads")
    write_result(f"eval_throughput_{class_suffix()}", vars(args), runs["labels"]["ratio"], runs=runs,
                 ratio_means="one-at-a-time wall time over ftwork's, label-length answers")


if __name__ == "__main__":
    main()
