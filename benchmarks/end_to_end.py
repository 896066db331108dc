"""End to end: wall time of each stage of the sample engagement (what `make demo` runs), smoke and full.

    python benchmarks/end_to_end.py [--modes smoke full] [--sample tickets] [--imitate-avx2]

The CPU class (AMX / AVX-512 BF16 / AVX-512 / AVX2) is printed and names the result file
(benchmarks/results/end_to_end_<class>[_<sample>].json); `--imitate-avx2` holds PyTorch, oneDNN and MKL to
AVX2 kernels and switches ftwork's bf16 detection off, for an AVX2 laptop's figure on a newer CPU.
The ratio is `make demo`'s 8-minute budget over the full run (above 1: within budget).
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]


BUDGET_S = 8 * 60  # the six stages of `make demo` on 2 cores, any CPU class (issue 15)


def main() -> None:
    from _results import class_suffix, imitate_avx2

    imitate_avx2()
    from ftwork import cli, hardware
    from ftwork.tasks import CONTENDERS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--modes", nargs="+", default=["smoke", "full"], choices=["smoke", "full"])
    ap.add_argument("--sample", default="tickets")
    ap.add_argument("--imitate-avx2", action="store_true", help="AVX2 kernels only, ftwork's bf16 detection off")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ftwork-e2e-"))
    results = {}
    for mode in args.modes:
        eng = work / mode
        assert cli.main(["new", str(eng), "--sample", args.sample]) == 0
        t0 = time.time()
        summary = cli.run_engagement(eng, smoke=mode == "smoke")
        total = time.time() - t0
        metrics = json.loads((eng / "runs" / "run-01" / "metrics.json").read_text())
        results[mode] = {"stages_seconds": summary["stages_seconds"], "total_seconds": round(total, 1),
                         "primary_metric": metrics["primary_metric"],
                         "scores": {k: metrics[k].get(metrics["primary_metric"]) for k in CONTENDERS if k in metrics},
                         "cost": {k: {f: metrics[k].get(f) for f in ("prompt_tokens_mean", "latency_s_mean", "latency_s_single",
                                                                     "runaway_answers")} for k in CONTENDERS if k in metrics},
                         "versus_best_alternative": metrics.get("versus_best_alternative"),
                         "n_eval": metrics["n_eval"]}
    stages = list(cli.STAGES)
    print(f"\nEnd to end – sample '{args.sample}', embedded model, {os.cpu_count()} cores, {hardware.cpu_class()} "
          f"({' '.join(hardware.isa_flags())})")
    print(f"{'stage':>18} | " + " | ".join(f"{m:>8}" for m in results))
    for stage in stages:
        print(f"{stage:>18} | " + " | ".join(f"{results[m]['stages_seconds'].get(stage, 0):7.0f}s" for m in results))
    print(f"{'total':>18} | " + " | ".join(f"{results[m]['total_seconds']:7.0f}s" for m in results))
    for m, r in results.items():
        print(f"{m}: {r['primary_metric']} " + " · ".join(f"{k} {v}" for k, v in r["scores"].items())
              + f" on {r['n_eval']} held-out cases")
        for k, c in r["cost"].items():
            print(f"    {k:>14}: {c['prompt_tokens_mean']} prompt tokens · {c['latency_s_mean']} s/query batched · "
                  f"{c.get('latency_s_single')} s alone · {c.get('runaway_answers')} runaway")
        v = r["versus_best_alternative"]
        if v:
            print(f"    fine-tuned vs best cheap alternative ({v['best_alternative']}): {v['points']:+.1f} points")
    from _results import write_result

    # ratio: the budget of `make demo` over the measured full run (above 1 means within budget)
    full_over_budget = BUDGET_S / results["full"]["total_seconds"] if "full" in results else None
    sample = "" if args.sample == "tickets" else f"_{args.sample}"  # the tickets file keeps its name
    write_result(f"end_to_end_{class_suffix()}{sample}", vars(args), full_over_budget, budget_seconds=BUDGET_S,
                 cpu_class=hardware.cpu_class(), results=results)

if __name__ == "__main__":
    main()
