#!/usr/bin/env python
"""Throughput of stage 02: our anonymization vs Presidio's default pipeline, in the same run.

    python benchmarks/anonymize_throughput.py              # the Brisa Bikes sample texts
    python benchmarks/anonymize_throughput.py --file X.jsonl --column text --limit 500

"ftwork" is the whole stage: Presidio's AnalyzerEngine with our recognizers and NER-only spaCy
pipelines, batched through BatchAnalyzerEngine, then the consistency sweep, placeholders and the
residual scan. "Presidio default" is AnalyzerEngine's default configuration (conf/default.yaml with
the English small model, since en_core_web_lg cannot be downloaded here), batched the same way,
then AnonymizerEngine's default replacement. Engine start-up is timed separately; each system
gets a short warm-up first so neither pays for first-call costs in the measured pass.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ftwork.artifacts import read_records  # noqa: E402
from ftwork.configs import AnonymizeConfig  # noqa: E402
from ftwork.pii.engine import EN_MODEL, Anonymizer, es_model_available  # noqa: E402
from ftwork.pii.quality import EVAL_FILE, baseline_analyzer, eval_config, evaluate_file  # noqa: E402


def sample_texts() -> list[str]:
    import pandas as pd

    samples = REPO / "data_samples"
    texts = list(pd.read_csv(samples / "tickets.csv", dtype=str, keep_default_na=False)["text"])
    for line in (samples / "emails.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        texts += [row["incoming"], row["reply"]]
    for line in (samples / "invoices.jsonl").read_text(encoding="utf-8").splitlines():
        texts.append(json.loads(line)["document"])
    return texts


def ours(texts: list[str], config: AnonymizeConfig) -> tuple[float, float]:
    t0 = time.perf_counter()
    anonymizer = Anonymizer(config)
    anonymizer.analyzer  # noqa: B018 - loads spaCy and builds the registry
    startup = time.perf_counter() - t0
    anonymizer.anonymize(texts[:20], progress=False)  # warm-up
    t0 = time.perf_counter()
    anonymizer.anonymize(texts, progress=False)
    return startup, time.perf_counter() - t0


def presidio_default(texts: list[str]) -> tuple[float, float]:
    from presidio_analyzer import BatchAnalyzerEngine
    from presidio_anonymizer import AnonymizerEngine

    t0 = time.perf_counter()
    analyzer = baseline_analyzer()
    anonymizer = AnonymizerEngine()
    startup = time.perf_counter() - t0
    batch = BatchAnalyzerEngine(analyzer)

    def run(items):
        results = batch.analyze_iterator(items, language="en", batch_size=32)
        return [anonymizer.anonymize(text, res).text for text, res in zip(items, results)]

    run(texts[:20])  # warm-up
    t0 = time.perf_counter()
    run(texts)
    return startup, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path, help="CSV/JSONL with the texts (default: the sample data)")
    parser.add_argument("--column", default="text", help="text column of --file")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N texts")
    args = parser.parse_args(argv)
    texts = [str(r.get(args.column, "")) for r in read_records(args.file)] if args.file else sample_texts()
    if args.limit:
        texts = texts[:args.limit]
    company = json.loads((REPO / "data_samples" / "samples.json").read_text(encoding="utf-8"))["company"]
    config = AnonymizeConfig.from_company(company, deny_list=str(REPO / "data_samples" / "deny_list.csv"),
                                          progress=False)
    chars = sum(map(len, texts))
    print(f"{len(texts)} texts, {chars / max(len(texts), 1):.0f} characters on average; "
          f"Spanish NER model installed: {es_model_available()}")
    rows = [("ftwork (rules + NER-only spaCy)", *ours(texts, config)),
            (f"Presidio default ({EN_MODEL})", *presidio_default(texts))]
    print(f"{'system':<42} {'docs':>6} {'seconds':>8} {'docs/s':>8} {'start-up s':>11}")
    for name, startup, seconds in rows:
        print(f"{name:<42} {len(texts):>6} {seconds:>8.2f} {len(texts) / seconds:>8.1f} {startup:>11.1f}")
    ratio = rows[1][2] / rows[0][2]
    print(f"ftwork runs at {ratio:.2f}x the documents/second of Presidio's default configuration.")

    # Recall and precision of both on the repo's labelled set (gold spans, English and Spanish).
    quality = {}
    for name, baseline in (("ftwork", False), ("presidio_default", True)):
        report = evaluate_file(EVAL_FILE, eval_config(progress=False), baseline=baseline)
        quality[name] = {"overall": report["overall"], "by_lang": report["by_lang"],
                         "by_label": {k: v for k, v in report["by_label"].items()}}
    print(f"\nOn {EVAL_FILE.name} (gold spans):")
    print(f"{'':<18} {'recall en':>10} {'recall es':>10} {'recall':>8} {'precision':>10}")
    for name, q in quality.items():
        by = q["by_lang"]
        print(f"{name:<18} {by['en']['recall']:>10.3f} {by['es']['recall']:>10.3f} "
              f"{q['overall']['recall']:>8.3f} {q['overall']['precision'] or 0:>10.3f}")
    from _results import write_result

    write_result("anonymize_throughput", {"texts": len(texts), "spanish_model": es_model_available()}, ratio,
                 docs_per_second={"ftwork": len(texts) / rows[0][2], "presidio_default": len(texts) / rows[1][2]},
                 startup_seconds={"ftwork": rows[0][1], "presidio_default": rows[1][1]}, quality=quality)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
