#!/usr/bin/env python
"""Throughput and quality of stage 02: our anonymization vs Presidio configured for English and Spanish, in the same run.

    python benchmarks/anonymize_throughput.py              # the Brisa Bikes sample texts
    python benchmarks/anonymize_throughput.py --file X.jsonl --column text --limit 500

"ftwork" is the whole stage: Presidio's AnalyzerEngine with our recognizers and NER-only spaCy
pipelines, batched through BatchAnalyzerEngine, then the consistency sweep, placeholders and the
residual scan. "Presidio configured" is `ftwork.pii.quality.baseline_config`: Presidio set up the way
its documentation describes (one spaCy pipeline per language, the Spanish, UK, US and Italian
recognizers on, phone regions of the data, built through NlpEngineProvider and
RecognizerRegistryProvider), each text analysed in its own language, batched the same way, then
AnonymizerEngine's replacement. Engine start-up is timed separately; each system gets a short
warm-up first so neither pays for first-call costs in the measured pass. Recall and precision are
scored on the three labelled sets: pii_eval.jsonl (tuned on), pii_dev.jsonl (generalized on) and
pii_holdout.jsonl (never tuned on).
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
from ftwork.language import detect_language  # noqa: E402
from ftwork.pii.quality import (DEV_CONFIG_FILE, DEV_FILE, EVAL_FILE, HOLDOUT_CONFIG_FILE, HOLDOUT_FILE,  # noqa: E402
                                baseline_analyzer, eval_config,
                                evaluate_file, presidio_spans)


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


def presidio_configured(texts: list[str]) -> tuple[float, float]:
    t0 = time.perf_counter()
    baseline_analyzer()
    startup = time.perf_counter() - t0
    langs = [detect_language(t, "en")[0] for t in texts]
    presidio_spans(texts[:20], langs[:20])  # warm-up
    t0 = time.perf_counter()
    presidio_spans(texts, langs)  # analysis and AnonymizerEngine's conflict handling
    return startup, time.perf_counter() - t0


def emails_found(texts: list[str]) -> dict:
    """E-mail addresses found in the sample texts by our finder and by Presidio's EmailRecognizer alone."""
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    from ftwork.pii.recognizers.emails import find_emails

    rec = EmailRecognizer()
    ours = {(i, s, e) for i, t in enumerate(texts) for s, e, _, _ in find_emails(t)}
    theirs = {(i, r.start, r.end) for i, t in enumerate(texts) for r in rec.analyze(t, ["EMAIL_ADDRESS"])}
    return {"ftwork": len(ours), "presidio": len(theirs), "presidio_not_ftwork": len(theirs - ours)}


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body + "0")):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def cards_found(n: int = 300, seed: int = 7) -> dict:
    """Payment card numbers (Visa, Mastercard, Amex; spaced, dashed or compact) in short English and
    Spanish sentences, found by the whole stage-02 anonymizer (which uses Presidio's CreditCardRecognizer)."""
    import random

    rng = random.Random(seed)
    texts, spans, langs = [], [], []
    for _ in range(n):
        prefix, length = rng.choice([("4", 16), ("5" + str(rng.randint(1, 5)), 16), (rng.choice(["34", "37"]), 15)])
        number = _luhn_complete(prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1)))
        sep = rng.choice([" ", "-", ""])
        shown = (sep.join([number[:4], number[4:10], number[10:]]) if length == 15
                 else sep.join(number[i:i + 4] for i in range(0, 16, 4)))
        lang = rng.choice(["en", "es"])
        text = (f"Please charge my card {shown}, expiry 09/27." if lang == "en"
                else f"Cóbrenlo en la tarjeta {shown}, caduca 09/27.")
        texts.append(text)
        spans.append((text.index(shown), text.index(shown) + len(shown)))
        langs.append(lang)
    result = Anonymizer(AnonymizeConfig(progress=False)).anonymize(texts, langs, progress=False)
    hit = sum(any(f.label == "CARD_NUMBER" and f.start <= s and e <= f.end for f in fs)
              for fs, (s, e) in zip(result.findings, spans))
    return {"n": n, "ftwork": hit}


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
            (f"Presidio configured ({EN_MODEL}, en+es)", *presidio_configured(texts))]
    print(f"{'system':<42} {'docs':>6} {'seconds':>8} {'docs/s':>8} {'start-up s':>11}")
    for name, startup, seconds in rows:
        print(f"{name:<42} {len(texts):>6} {seconds:>8.2f} {len(texts) / seconds:>8.1f} {startup:>11.1f}")
    ratio = rows[1][2] / rows[0][2]
    emails = emails_found(texts)
    print(f"E-mail addresses in these texts: ftwork's finder {emails['ftwork']}, Presidio's EmailRecognizer "
          f"{emails['presidio']} ({emails['presidio_not_ftwork']} that ours missed)")
    cards = cards_found()
    print(f"Card numbers ({cards['n']} generated, Visa/Mastercard/Amex): stage 02 found {cards['ftwork']}")
    print(f"ftwork runs at {ratio:.2f}x the documents/second of the configured Presidio.")

    # Recall and precision of both on the two labelled sets (gold spans, English and Spanish).
    quality = {}
    for set_name, path, conf in (("pii_eval", EVAL_FILE, None), ("pii_dev", DEV_FILE, DEV_CONFIG_FILE),
                                 ("pii_holdout", HOLDOUT_FILE, HOLDOUT_CONFIG_FILE)):
        config = eval_config(conf, progress=False) if conf else eval_config(progress=False)
        for name, baseline in (("ftwork", False), ("presidio_configured", True)):
            report = evaluate_file(path, config, baseline=baseline)
            quality.setdefault(set_name, {})[name] = {"overall": report["overall"], "by_lang": report["by_lang"],
                                                      "by_label": report["by_label"],
                                                      "by_lang_label": report["by_lang_label"]}
        print(f"\nOn {path.name} (gold spans):")
        print(f"{'':<20} {'recall en':>10} {'recall es':>10} {'recall':>8} {'precision':>10}")
        for name, q in quality[set_name].items():
            by = q["by_lang"]
            print(f"{name:<20} {by['en']['recall']:>10.3f} {by['es']['recall']:>10.3f} "
                  f"{q['overall']['recall']:>8.3f} {q['overall']['precision'] or 0:>10.3f}")
    from _results import write_result

    write_result("anonymize_throughput", {"texts": len(texts), "spanish_model": es_model_available()}, ratio,
                 docs_per_second={"ftwork": len(texts) / rows[0][2], "presidio_configured": len(texts) / rows[1][2]},
                 startup_seconds={"ftwork": rows[0][1], "presidio_configured": rows[1][1]}, quality=quality,
                 emails_in_samples=emails, cards_generated=cards)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
