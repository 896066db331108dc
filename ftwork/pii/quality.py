"""Measured quality of stage 02: recall and precision per label and language on a labelled JSONL file,
beside Presidio's default configuration (`ftwork anonymize-eval`)."""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import logging
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Sequence

from ..artifacts import read_records
from ..configs import AnonymizeConfig
from ..engagement import write_json
from ..errors import AnonymizeInputError
from ..loaders import read_text
from .engine import EN_MODEL, Anonymizer
from .recognizers.references import ref_family

EVAL_FILE = Path(__file__).resolve().parents[1] / "pii_eval" / "pii_eval.jsonl"
EVAL_CONFIG_FILE = Path(__file__).resolve().parents[1] / "pii_eval" / "pii_eval_config.json"
EVAL_LABELS = ("PERSON", "EMAIL", "PHONE", "IBAN", "NATIONAL_ID", "ADDRESS", "ORG", "CUSTOMER_ID")


_BASELINE_LABELS = {"EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "IBAN_CODE": "IBAN", "US_SSN": "NATIONAL_ID",
                    "US_ITIN": "NATIONAL_ID", "US_PASSPORT": "NATIONAL_ID", "US_DRIVER_LICENSE": "NATIONAL_ID",
                    "UK_NHS": "NATIONAL_ID", "UK_NINO": "NATIONAL_ID", "ES_NIF": "NATIONAL_ID", "ES_NIE": "NATIONAL_ID",
                    "ORGANIZATION": "ORG", "LOCATION": "ADDRESS"}


def eval_label(label: str) -> str:
    """Our (or Presidio's) label as one of the evaluation labels, or OTHER."""
    if label in EVAL_LABELS:
        return label
    if ref_family(label) == "REF":
        return "CUSTOMER_ID"
    return _BASELINE_LABELS.get(label, "OTHER")


def eval_config(path: str | Path = EVAL_CONFIG_FILE, **overrides) -> AnonymizeConfig:
    """The AnonymizeConfig stored beside a labelled file (allow, patterns, deny_list relative to it)."""
    path = Path(path)
    data = json.loads(read_text(path, AnonymizeInputError))
    deny = data.get("deny_list")
    return AnonymizeConfig(allow=list(data.get("allow", [])), patterns=dict(data.get("patterns", {})),
                           deny_list=str(path.parent / deny) if deny else None, **overrides)


def _read_eval_rows(path: Path) -> list[dict]:
    rows = read_records(path)
    for n, row in enumerate(rows, 1):
        if not isinstance(row.get("text"), str) or not isinstance(row.get("spans", []), list):
            raise AnonymizeInputError(f"{path}, row {n}: needs \"text\" (string) and \"spans\" (list).")
        for s in row.get("spans", []):
            if not (isinstance(s.get("start"), int) and isinstance(s.get("end"), int)
                    and 0 <= s["start"] < s["end"] <= len(row["text"])):
                raise AnonymizeInputError(f"{path}, row {n}: span {s} is outside the text.")
    return rows


@functools.lru_cache(maxsize=1)
def baseline_analyzer():
    """Presidio's default AnalyzerEngine configuration (conf/default.yaml), with the English small model
    instead of en_core_web_lg (which cannot be downloaded here)."""
    import presidio_analyzer
    import yaml
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    conf = yaml.safe_load((Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml").read_text())
    conf["models"] = [{"lang_code": "en", "model_name": EN_MODEL}]
    return AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine(), supported_languages=["en"])


def presidio_default_spans(texts: Sequence[str], batch_size: int = 32) -> list[list[tuple[int, int, str]]]:
    """What Presidio's default pipeline replaces: default analyzer (English model for every language),
    all entities, then the default AnonymizerEngine conflict handling."""
    from presidio_analyzer import BatchAnalyzerEngine
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import ConflictResolutionStrategy

    analyzer, anonymizer = baseline_analyzer(), AnonymizerEngine()
    results = BatchAnalyzerEngine(analyzer).analyze_iterator(list(texts), language="en", batch_size=batch_size)
    out = []
    for text, res in zip(texts, results):
        try:  # the same steps AnonymizerEngine.anonymize takes before it replaces
            res = sorted(anonymizer._copy_recognizer_results(res), key=lambda r: (r.start, r.end))
            res = anonymizer._remove_conflicts_and_get_text_manipulation_data(
                res, ConflictResolutionStrategy.MERGE_SIMILAR_OR_CONTAINED)
            res = anonymizer._merge_entities_with_spaces_between(text, res)
        except AttributeError:  # pragma: no cover - a future presidio renamed its internals
            res = [r for r in sorted(res, key=lambda r: (-r.score, r.start - r.end))]
        out.append([(r.start, r.end, r.entity_type) for r in res])
    return out


def _score(rows: list[dict], preds: list[list[tuple[int, int, str]]]) -> dict:
    gold_n, caught, pred_n, correct = Counter(), Counter(), Counter(), Counter()
    for row, pred in zip(rows, preds):
        lang = row.get("lang", "en")
        covered = bytearray(len(row["text"]))
        for s, e, _ in pred:
            covered[s:e] = b"\x01" * (e - s)
        spans = row.get("spans", [])
        for g in spans:
            label = eval_label(g["label"])
            hit = sum(covered[g["start"]:g["end"]]) >= 0.9 * (g["end"] - g["start"])
            for key in ("all", ("label", label), ("lang", lang), ("ll", lang, label)):
                gold_n[key] += 1
                caught[key] += hit
        for s, e, label in pred:
            ok = any(s < g["end"] and g["start"] < e for g in spans)
            label = eval_label(label)
            for key in ("all", ("label", label), ("lang", lang), ("ll", lang, label)):
                pred_n[key] += 1
                correct[key] += ok

    def cell(key):
        return {"recall": round(caught[key] / gold_n[key], 4) if gold_n[key] else None,
                "precision": round(correct[key] / pred_n[key], 4) if pred_n[key] else None,
                "n": gold_n[key], "detected": pred_n[key]}

    labels = [lab for lab in (*EVAL_LABELS, "OTHER") if gold_n[("label", lab)] or pred_n[("label", lab)]]
    langs = sorted({row.get("lang", "en") for row in rows})
    return {"overall": cell("all"), "by_label": {lab: cell(("label", lab)) for lab in labels},
            "by_lang": {lg: cell(("lang", lg)) for lg in langs},
            "by_lang_label": {lg: {lab: cell(("ll", lg, lab)) for lab in labels
                                   if gold_n[("ll", lg, lab)] or pred_n[("ll", lg, lab)]} for lg in langs}}


def evaluate_file(path: str | Path, config: AnonymizeConfig | None = None, *, baseline: bool = False,
                  anonymizer: Anonymizer | None = None, keep_predictions: bool = False) -> dict:
    """Score a labelled JSONL file ({"text", "lang", "spans": [{"start", "end", "label"}]}).

    A gold span is caught when >= 90% of its characters are replaced; a replaced span is correct
    when it overlaps a gold span. baseline=True scores Presidio's default configuration instead.
    """
    path = Path(path)
    rows = _read_eval_rows(path)
    texts = [row["text"] for row in rows]
    t0 = time.perf_counter()
    if baseline:
        baseline_analyzer()
        t0 = time.perf_counter()
        preds = presidio_default_spans(texts)
        system = "presidio-default"
    else:
        anonymizer = anonymizer or Anonymizer(config or AnonymizeConfig(progress=False))
        anonymizer.analyzer  # noqa: B018 - start-up is not part of the timing
        t0 = time.perf_counter()
        result = anonymizer.anonymize(texts, [row.get("lang") for row in rows], progress=False)
        preds = [[(f.start, f.end, f.label) for f in fs] for fs in result.findings]
        system = "ftwork"
    seconds = time.perf_counter() - t0
    report = _score(rows, preds)
    report.update({"system": system, "file": str(path), "documents": len(rows), "seconds": round(seconds, 2),
                   "docs_per_second": round(len(rows) / seconds, 1) if seconds else None})
    if keep_predictions:  # for --show-misses
        report["_preds"] = preds
    return report


TARGETS = {"EMAIL": 0.98, "PHONE": 0.98, "IBAN": 0.98, "NATIONAL_ID": 0.98, "PERSON": 0.93}
TARGET_PRECISION = 0.90


def _fmt(x) -> str:
    return "   –  " if x is None else f"{x:6.3f}"


def format_eval_table(report: dict, baseline: dict | None = None) -> str:
    """The recall/precision table per label and language (ours, and Presidio's default beside it)."""
    head = f"{'':<24} | {'ftwork':^13}"
    if baseline:
        head += f" | {'Presidio default':^13}"
    head += f"\n{'lang':<5} {'label':<12} {'n':>5} | {'recall':>6} {'prec.':>6}"
    if baseline:
        head += f" | {'recall':>6} {'prec.':>6}"
    lines = [f"PII detection on {Path(report['file']).name}: {report['documents']} documents", head,
             "-" * (len(head.splitlines()[-1]) + 2)]

    def row(lang, label, cell, bcell):
        target = TARGETS.get(label)
        line = f"{lang:<5} {label:<12} {cell['n']:>5} | {_fmt(cell['recall'])} {_fmt(cell['precision'])}"
        if bcell is not None:
            line += f" | {_fmt(bcell['recall'])} {_fmt(bcell['precision'])}"
        if target and cell["recall"] is not None:
            line += f"   target recall ≥ {target:.2f} {'✓' if cell['recall'] >= target else '✗'}"
        return line

    for lang in ["all", *report["by_lang"]]:
        cells = report["by_label"] if lang == "all" else report["by_lang_label"][lang]
        bcells = (baseline["by_label"] if lang == "all" else baseline["by_lang_label"].get(lang, {})) if baseline else {}
        empty = {"recall": None, "precision": None, "n": 0, "detected": 0}
        for label in [*cells, *(k for k in bcells if k not in cells)]:
            cell = cells.get(label, empty)
            lines.append(row(lang, label, cell, bcells.get(label, empty) if baseline else None))
        total = report["overall"] if lang == "all" else report["by_lang"][lang]
        btotal = (baseline["overall"] if lang == "all" else baseline["by_lang"].get(lang)) if baseline else None
        line = row(lang, "OVERALL", total, btotal)
        if lang == "all":
            line += f"   target precision ≥ {TARGET_PRECISION:.2f} {'✓' if (total['precision'] or 0) >= TARGET_PRECISION else '✗'}"
        lines += [line, ""]
    speed = f"ftwork {report['docs_per_second']} docs/s"
    if baseline:
        speed += f", Presidio default {baseline['docs_per_second']} docs/s (same file, engines already loaded)"
    lines.append(speed)
    return "\n".join(lines)


def targets_met(report: dict) -> list[str]:
    """The issue's targets that the report misses (empty when all are met)."""
    misses = []
    for label, target in TARGETS.items():
        cell = report["by_label"].get(label)
        if cell and cell["n"] and (cell["recall"] or 0) < target:
            misses.append(f"{label} recall {cell['recall']:.3f} < {target}")
    if (report["overall"]["precision"] or 0) < TARGET_PRECISION:
        misses.append(f"overall precision {report['overall']['precision']} < {TARGET_PRECISION}")
    return misses


def _show_misses(rows: list[dict], preds: list, limit: int) -> str:
    out = []
    for row, pred in zip(rows, preds):
        covered = bytearray(len(row["text"]))
        for s, e, _ in pred:
            covered[s:e] = b"\x01" * (e - s)
        for g in row.get("spans", []):
            if sum(covered[g["start"]:g["end"]]) < 0.9 * (g["end"] - g["start"]):
                ctx = row["text"][max(0, g["start"] - 30):g["end"] + 30].replace("\n", "⏎")
                out.append(f"MISS {row.get('id', '?')} {g['label']:<11} {row['text'][g['start']:g['end']]!r}  …{ctx}…")
        for s, e, label in pred:
            if not any(s < g["end"] and g["start"] < e for g in row.get("spans", [])):
                out.append(f"FALSE {row.get('id', '?')} {label:<11} {row['text'][s:e]!r}")
    return "\n".join(out[:limit])


def anonymize_eval_command(argv: list[str] | None = None) -> int:
    """`ftwork anonymize-eval FILE.jsonl [--allow TEXT]... [--pattern LABEL=REGEX]... [--deny-list FILE.csv] [--json OUT.json]`"""
    parser = argparse.ArgumentParser(
        prog="ftwork anonymize-eval",
        description="Score PII detection on a labelled JSONL file: recall and precision per label and language.")
    parser.add_argument("file", type=Path, help='JSONL rows {"text", "lang": "en"|"es", "spans": [{"start", "end", "label"}]}')
    parser.add_argument("--allow", action="append", default=[], metavar="TEXT", help="text that is not personal (repeatable)")
    parser.add_argument("--pattern", action="append", default=[], metavar="LABEL=REGEX",
                        help="a client reference format, e.g. CUSTOMER_ID='CUST-\\d{6}' (repeatable)")
    parser.add_argument("--deny-list", type=Path, help="CSV of value,label known to be personal or client names")
    parser.add_argument("--config", type=Path, help="JSON with allow / patterns / deny_list (e.g. pii_eval_config.json)")
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="write the scores as JSON")
    parser.add_argument("--baseline", action="store_true", help="also score Presidio's default configuration")
    parser.add_argument("--no-ner", action="store_true", help="rules, lists and known values only")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print up to N missed/false spans")
    args = parser.parse_args(argv)
    try:
        config = eval_config(args.config, progress=False) if args.config else AnonymizeConfig(progress=False)
        patterns = dict(config.patterns)
        for item in args.pattern:
            label, sep, rx = item.partition("=")
            if not sep:
                parser.error(f"--pattern needs LABEL=REGEX, got {item!r}")
            patterns[label.strip().upper()] = rx
        config = dataclasses.replace(config, allow=[*config.allow, *args.allow], patterns=patterns,
                                     deny_list=str(args.deny_list) if args.deny_list else config.deny_list,
                                     use_ner=not args.no_ner)
        report = evaluate_file(args.file, config, keep_predictions=bool(args.show_misses))
        base = evaluate_file(args.file, baseline=True) if args.baseline else None
    except (AnonymizeInputError, ValueError, FileNotFoundError) as exc:
        print(f"ftwork anonymize-eval: {exc}", file=sys.stderr)
        return 2
    print(format_eval_table(report, base))
    if args.show_misses:
        print(_show_misses(_read_eval_rows(args.file), report["_preds"], args.show_misses))
    report.pop("_preds", None)
    if base:
        base.pop("_preds", None)
        report["baseline"] = base
    report["targets_missed"] = targets_met(report)
    if args.json:
        write_json(args.json, report)
    return 0
