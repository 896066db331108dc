"""BANKING77 proof: `ftwork new` + `ftwork run` with default settings on 10 intents × 30 training rows.

Evaluation uses 20 rows per intent from the benchmark's *test* split (passed as --eval-data), so
training never sees them. Prints the four contenders (base, prompted base, retrieval few-shot over
the training rows, tuned – timed merged) side by side, how far fine-tuning is ahead of the best
cheap alternative, the wall time of each stage and the machine class (CPU, its speed class and ISA flags,
load average before and after); writes benchmarks/results/banking77_accuracy.json (AVX-512 BF16, the class
the first figures came from) or banking77_accuracy_<class>.json on another class. `--imitate-avx2` holds
PyTorch, oneDNN and MKL to AVX2 kernels and switches ftwork's bf16 detection off (an AVX2 laptop's figure).

    python benchmarks/banking77_accuracy.py [--seed 0] [--keep DIR] [--imitate-avx2]
"""
import argparse
import json
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
BANKING77 = REPO.parent / "shared" / "benchmarks" / "banking77"


def machine_class() -> dict:
    """The CPU, its speed class and ISA flags, cores and the load average: every figure names where it came from."""
    from ftwork.hardware import _cpu_name, cpu_class, isa_flags

    return {"cpu": _cpu_name(), "cpu_class": cpu_class(), "isa": isa_flags(), "cores": os.cpu_count(),
            "loadavg": [round(x, 2) for x in os.getloadavg()]}


def main() -> None:
    from _results import class_suffix, imitate_avx2

    imitate_avx2()
    from ftwork import cli
    from ftwork.dataset import labelled_subset

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", help="engagement folder to keep (default: a temporary one)")
    ap.add_argument("--imitate-avx2", action="store_true", help="AVX2 kernels only, ftwork's bf16 detection off")
    args = ap.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="ftwork-b77-"))
    train_csv, test_csv = labelled_subset(BANKING77 / "train.csv", BANKING77 / "test.csv", work / "src", 10, 30, 20, args.seed)
    eng_dir = work / "engagement"
    before = machine_class()
    started = time.time()
    code = cli.main(["new", str(eng_dir), "--force", "--data", str(train_csv), "--eval-data", str(test_csv),
                     "--task", "classification", "--text-column", "text", "--label-column", "category"])
    assert code == 0
    summary = cli.run_engagement(eng_dir)
    wall = time.time() - started
    m = json.loads((eng_dir / "runs" / "run-01" / "metrics.json").read_text())
    after = machine_class()
    print(f"\nBANKING77, 10 intents × 30 train rows, {m['n_eval']} test rows, embedded model")
    print(f"machine: {after['cpu']}, {after['cores']} cores, class {after['cpu_class']} (ISA {'/'.join(after['isa']) or 'none'}"
          f"{'' if 'amx_bf16' in after['isa'] else ', no AMX'}); load average before {before['loadavg'][0]}, "
          f"after {after['loadavg'][0]}"
          + (" – loaded by other work: timings indicative" if max(before["loadavg"][0], after["loadavg"][0]) > after["cores"] else ""))
    contenders = [c for c in ("base", "prompted_base", "few_shot", "tuned") if c in m]
    print(f"{'contender':>14} | accuracy | macro-F1 | invalid | prompt tokens | s/query batched | s/query alone | runaway")
    for name in contenders:
        r = m[name]
        print(f"{name:>14} | {r['accuracy']:8.3f} | {r['macro_f1']:8.3f} | {r['invalid_rate']:7.3f} | "
              f"{r['prompt_tokens_mean']:13.0f} | {r['latency_s_mean']:15.3f} | {r.get('latency_s_single', 0):13.3f} | "
              f"{r.get('runaway_answers', 0):7d}")
    v = m.get("versus_best_alternative", {})
    if v:
        print(f"fine-tuned vs best cheap alternative ({v['best_alternative']}): {v['points']:+.1f} points, "
              f"{v['tuned_prompt_tokens']:.0f} vs {v['alternative_prompt_tokens']:.0f} prompt tokens per query")
    print("stage seconds:", summary["stages_seconds"], f"· total {wall:.0f} s")
    best_baseline = max(max(m[c]["accuracy"] for c in contenders if c != "tuned"), 1 / m["n_eval"])
    from _results import write_result

    klass = class_suffix()
    write_result("banking77_accuracy" + ("" if klass == "avx512_bf16" else f"_{klass}"),
                 {"intents": 10, "train_per_intent": 30, "test_per_intent": 20, "seed": args.seed, "settings": "defaults",
                  "imitate_avx2": args.imitate_avx2},
                 m["tuned"]["accuracy"] / best_baseline,
                 accuracy={k: m[k]["accuracy"] for k in contenders},
                 macro_f1={k: m[k]["macro_f1"] for k in contenders},
                 cost={k: {f: m[k].get(f) for f in ("prompt_tokens_mean", "latency_s_mean", "latency_s_single",
                                                    "queries_per_s", "runaway_answers")} for k in contenders},
                 versus_best_alternative=v, tuned_timed_as=m.get("tuned_timed_as"),
                 machine_class={**after, "loadavg_before": before["loadavg"]},
                 n_eval=m["n_eval"], stage_seconds=summary["stages_seconds"], wall_seconds=round(wall, 1))

if __name__ == "__main__":
    main()
