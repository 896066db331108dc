"""The model card of an exported package, the base model's licence, and the package's lineage.

`model_card(ctx)` writes the README.md a client reads first – a YAML header (which llama.cpp's
converter also writes into the GGUF metadata), then the base model and its licence, the method,
the training data (counts only), the anonymization statement, stage 05's results, the export
verification, intended use and limits, and how to run it. `card_context` gathers what it reads
from the engagement; `lineage` records every hash and version the package descends from.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path

from .artifacts import versions
from .configs import ExportConfig
from .converter import converter_dir
from .engagement import Engagement, file_hashes
from .models import folder_licence, model_info
from .tasks import CONTENDERS

# The licence ids the model hub (and the GGUF metadata read from the card's YAML) use.
LICENCE_IDS = {"apache-2.0": "apache-2.0", "mit": "mit", "llama 3.2 community": "llama3.2",
               "llama 3.1 community": "llama3.1", "gemma terms of use": "gemma"}
CONTENDER_LABELS = {"base": "base model", "prompted_base": "base model + client's long prompt",
                    "few_shot": "base model + similar solved training cases (retrieval)", "tuned": "this model"}


def read_json(path: Path) -> dict | None:
    """A JSON file a stage left, or None when it is missing or unreadable."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None


def licence_of(base_model: str) -> tuple[str, str]:
    """(licence as the catalogue words it, the hub's licence id for the card's YAML)."""
    info = model_info(base_model)
    if info is None:
        folder = Path(str(base_model)).expanduser()
        found = folder_licence(folder) if folder.is_dir() else ""  # a save_pretrained folder's model card
        if found:
            return found, LICENCE_IDS.get(found.lower(), found.lower() if found.lower() in LICENCE_IDS.values() else "other")
        return ("unknown – check the base model's own licence before distributing", "other")
    return info.licence, LICENCE_IDS.get(info.licence.lower(), "other")


def _yaml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def _fmt(value) -> str:
    if value is None:
        return "–"
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def export_versions() -> dict:
    """The library versions an export depends on, the GGUF tools included."""
    return versions(("gguf", "sentencepiece", "llama-cpp-python"))


def card_context(eng: Engagement, run: str, name: str, settings, verification: dict, gguf_name, ollama_commands,
                 config: ExportConfig) -> dict:
    """Everything the card reads: settings, training record, dataset stats, stage 05's metrics, the verification."""
    run_dir = eng.run_dir(run)
    return {"settings": settings, "run": run, "name": name, "train": read_json(run_dir / "train_config.json") or {},
            "stats": read_json(eng.dataset_dir / "stats.json"), "metrics": read_json(run_dir / "metrics.json"),
            "anon": read_json(eng.anonymized_dir / "ANONYMIZED.json"), "verification": verification,
            "gguf_name": gguf_name, "ollama_commands": ollama_commands, "context": config.context}


# ---------------------------------------------------------------------------------------------
# The card, section by section
# ---------------------------------------------------------------------------------------------
def _yaml_header(ctx: dict, licence: str, licence_id: str) -> list[str]:
    s, train = ctx["settings"], ctx["train"]
    hub_like = "/" in s.base_model and not Path(s.base_model).expanduser().exists()
    yaml = ["---", f"license: {licence_id}"]
    if licence_id == "other":
        yaml.append(f"license_name: {_yaml_str(licence)}")
    if hub_like:
        yaml.append(f"base_model: {s.base_model}")
    return yaml + [f"model_name: {_yaml_str(ctx['name'])}", "library_name: transformers", "pipeline_tag: text-generation",
                   f"language: [{s.language}]", f"tags: [ftwork, {train.get('method', 'lora')}, {s.task}, gguf]", "---", ""]


def _model_section(ctx: dict, licence: str, info) -> list[str]:
    s, train = ctx["settings"], ctx["train"]
    cfg = train.get("config", {})
    lines = [f"# {ctx['name']}", "",
             f"A fine-tune of `{s.base_model}` for **{s.task}**, made for {s.name} with ftwork "
             f"(run `{ctx['run']}`, exported {time.strftime('%Y-%m-%d')}).", "",
             "## Model", "",
             f"- Base model: `{s.base_model}` – licence: **{licence}**"
             + (f"{' (commercial use allowed)' if info.commercial else ' (**not for commercial use**)'}" if info else ""),
             ]
    note = (train.get("base_model_revision") or {}).get("note")
    if note:
        lines.append(f"- Base weights: {note}")
    if train.get("method") == "full":
        lines.append(f"- Method: full fine-tuning, learning rate {cfg.get('learning_rate')}, "
                     f"{cfg.get('epochs')} epochs, batch {cfg.get('batch_size')}×{cfg.get('grad_accum')}")
    else:
        lines.append(f"- Method: {train.get('method', '?').upper()} (r={cfg.get('lora_r')}, alpha={cfg.get('lora_alpha')}, "
                     f"dropout={cfg.get('lora_dropout')}, modules={cfg.get('target_modules')}), merged into the base; "
                     f"learning rate {cfg.get('learning_rate')}, {cfg.get('epochs')} epochs"
                     + (f" capped at {cfg.get('max_steps')} steps" if (cfg.get("max_steps") or -1) > 0 else "")
                     + f", batch {cfg.get('batch_size')}×{cfg.get('grad_accum')}, max length {cfg.get('max_length')}, "
                     "loss on the answer only")
    lines.append(f"- Training: {train.get('global_step')} steps, final train loss {_fmt(train.get('train_loss'))}, "
                 f"eval loss {_fmt(train.get('final_eval_loss'))}")
    if s.system_prompt:
        lines.append(f"- System prompt used in training and here: “{s.system_prompt}”")
    return lines


def _data_section(stats: dict | None) -> list[str]:
    lines = ["", "## Training data", ""]
    if not stats:
        return lines + ["- No dataset statistics found (dataset/stats.json)."]
    lines += [f"- {stats.get('n_train')} training examples, {stats.get('n_eval')} held-out evaluation examples "
              "(never seen in training); dataset hash `" + str(stats.get("dataset_hash")) + "`"]
    if stats.get("labels"):
        counts = stats.get("label_counts", {})
        lines += ["", "| label | train | eval |", "|---|---:|---:|"]
        lines += [f"| {l} | {counts.get('train', {}).get(l, 0)} | {counts.get('eval', {}).get(l, 0)} |" for l in stats["labels"]]
    dropped = [c for c in stats.get("checks", []) if c.get("dropped")]
    if dropped:
        lines += [""] + [f"- Dropped by the checks: {c['dropped']} ({c['check']})" for c in dropped]
    return lines


def _anonymization_section(train: dict, stats: dict | None, anon: dict | None) -> list[str]:
    lines = ["", "## Anonymization", ""]
    gate = train.get("anonymization_gate") or (stats or {}).get("anonymization_gate") or {}
    if gate.get("overridden"):
        lines.append("**The anonymization gate was overridden: this model was trained on data that was NOT checked for "
                     "personal data. Do not distribute it outside the company.**")
    elif anon:
        summary = anon.get("summary", {})
        ents = ", ".join(f"{n} {k}" for k, n in sorted(summary.get("entities", {}).items(), key=lambda kv: -kv[1]))
        lines.append(f"The training data went through ftwork's anonymization (stage 02, mode "
                     f"`{anon.get('config', {}).get('mode', '?')}`) before training: personal data was replaced by "
                     f"placeholders ({ents or 'nothing found'}); {summary.get('quarantined', 0)} rows were held back for "
                     "review. The pseudonym mapping stays on the company's machine and is not part of this package; "
                     "the model may answer with placeholders such as `<PERSON_1>` where a name would be.")
    else:
        lines.append("No anonymization record found (anonymized/ANONYMIZED.json).")
    return lines


def _evaluation_table(metrics: dict) -> list[str]:
    """Every contender stage 05 measured: scores, prompt tokens, seconds per query (the tuned one merged, as
    deployed), answers cut off at the token cap."""
    primary = metrics.get("primary_metric", "")
    cs = [c for c in CONTENDERS if isinstance(metrics.get(c), dict)]
    names = [primary] + [k for k in ("macro_f1", "invalid_rate", "valid_json", "rouge_l") if k != primary
                         and any(k in metrics[c] for c in cs)]
    cost = (("prompt_tokens_mean", "prompt tokens"), ("latency_s_single", "s/query alone"),
            ("latency_s_mean", "s/query batched"), ("runaway_answers", "cut off at the cap"))
    lines = ["| model | " + " | ".join(names + [label for _, label in cost]) + " |", "|---|" + "---:|" * (len(names) + len(cost))]
    for c in cs:
        lines.append(f"| {CONTENDER_LABELS[c]} | " + " | ".join(_fmt(metrics[c].get(n)) for n in names + [k for k, _ in cost]) + " |")
    timed = metrics.get("tuned_timed_as")
    if timed:
        lines += ["", "All were timed in the same run the same way on the evaluation machine (one query alone, and "
                  "batched); this model " + ("merged into the base weights, as it is deployed." if timed == "merged"
                                             else "as an unmerged adapter, slower than it runs once merged.")]
    v = metrics.get("versus_best_alternative")
    if v:
        ahead = "ahead of" if v["points"] > 0 else "behind" if v["points"] < 0 else "level with"
        lines += ["", f"Against the best cheap alternative ({CONTENDER_LABELS.get(v['best_alternative'], v['best_alternative'])}, "
                  f"{v['alternative']:.3f} {v['metric']}) fine-tuning is **{abs(v['points']):.1f} points {ahead}**, with "
                  f"{v['tuned_prompt_tokens']:.0f} prompt tokens per query instead of {v['alternative_prompt_tokens']:.0f}."]
    return lines


def _evaluation_section(metrics: dict | None, ver: dict) -> list[str]:
    lines = ["", "## Evaluation (stage 05, held-out cases)", ""]
    if metrics:
        lines += [f"{metrics.get('n_eval')} held-out cases, greedy decoding.", ""] + _evaluation_table(metrics)
    else:
        lines.append("**Not evaluated: stage 05 was not run for this run.** Run 05_evaluate before relying on this model.")
    lines += ["", "### Export verification", "", f"On {ver['examples']} held-out cases, greedy answers of each exported file "
              "against the evaluated (adapter) model:", "", "| file | runtime | identical answers | "
              f"{ver['primary_metric']} |", "|---|---|---:|---:|"]
    for row in ver["files"]:
        lines.append(f"| {row['file']} | {row['runtime']} | " + (f"{row['identical']}/{ver['examples']}" if row.get("identical") is not None else "–")
                     + f" | {_fmt(row.get('metric'))}{' ⚠' if row.get('flag') else ''} |")
    for skip in ver.get("skipped", []):
        lines.append(f"\n- Skipped: {skip}")
    return lines


def _limits_section(s, metrics: dict | None, info) -> list[str]:
    lines = ["", "## Intended use and limits", "",
             f"- Intended for: {s.system_prompt or s.task} – on the company's own {s.task} cases, in "
             f"{s.language}, with a person reviewing the output where a mistake matters.",
             "- Not for: other tasks, general chat, facts or advice; it knows nothing the training data did not show.",
             f"- The evaluation used {metrics.get('n_eval') if metrics else 'no'} held-out cases: a small set gives a wide "
             "margin of error. Re-evaluate on fresh cases before wider use and watch for drift.",
             "- It reproduces the habits of its training data, including its gaps and biases."]
    if info and info.embedded:
        lines.append("- **Built on the embedded demo model (de-quantized from 4-bit): for demos and workshops, not client work.**")
    return lines


def _how_to_run_section(ctx: dict) -> list[str]:
    s, g = ctx["settings"], ctx.get("gguf_name")
    lines = ["", "## How to run it", "", "transformers (the `merged/` folder):", "", "```python",
             "from transformers import AutoModelForCausalLM, AutoTokenizer",
             'tok = AutoTokenizer.from_pretrained("merged")', 'model = AutoModelForCausalLM.from_pretrained("merged")',
             f"messages = [{{\"role\": \"system\", \"content\": {_yaml_str(s.system_prompt)}}}, {{\"role\": \"user\", \"content\": \"...\"}}]",
             "ids = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors=\"pt\", return_dict=True)",
             "out = model.generate(**ids, max_new_tokens=64, do_sample=False)",
             "print(tok.decode(out[0, ids[\"input_ids\"].shape[1]:], skip_special_tokens=True))", "```", ""]
    if g:
        lines += ["llama.cpp (the GGUF file carries the chat template):", "", "```bash",
                  f"llama-server -m {g} --jinja      # OpenAI-compatible API on http://localhost:8080", "```", "",
                  "or from Python with llama-cpp-python:", "", "```python", "from llama_cpp import Llama",
                  f'llm = Llama(model_path="{g}", n_ctx={ctx["context"]})',
                  "print(llm.create_chat_completion(messages, temperature=0)[\"choices\"][0][\"message\"][\"content\"])",
                  "```", "", "Ollama (the Modelfile sets the template, system prompt, stop tokens and licence):", "",
                  "```bash", *ctx["ollama_commands"], "```", ""]
    return lines


def model_card(ctx: dict) -> str:
    """The README.md of the package: YAML header (read into the GGUF metadata), then the card."""
    s = ctx["settings"]
    licence, licence_id = licence_of(s.base_model)
    info = model_info(s.base_model)
    lines = (_yaml_header(ctx, licence, licence_id) + _model_section(ctx, licence, info) + _data_section(ctx["stats"])
             + _anonymization_section(ctx["train"], ctx["stats"], ctx["anon"])
             + _evaluation_section(ctx["metrics"], ctx["verification"]) + _limits_section(s, ctx["metrics"], info)
             + _how_to_run_section(ctx))
    lines += ["## Files", "", "`SHA256SUMS` lists every file with its checksum (`sha256sum -c SHA256SUMS`); "
              "`lineage.json` records the input data hashes, dataset hash, training configuration, library versions "
              "and base-model revision; `verification.json` holds the checks above in full.", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Lineage
# ---------------------------------------------------------------------------------------------
def lineage(eng: Engagement, run: str, config: ExportConfig, package: Path) -> dict:
    """Where the package comes from: input data and dataset hashes, base model and revision, training, versions."""
    train = read_json(eng.run_dir(run) / "train_config.json") or {}
    stats = read_json(eng.dataset_dir / "stats.json") or {}
    anon = read_json(eng.anonymized_dir / "ANONYMIZED.json") or {}
    conv = converter_dir()
    return {
        "format": "ftwork-lineage/1", "engagement": eng.settings().name, "run": run,
        "input_data_sha256": anon.get("inputs", {}),  # the client's raw files, as anonymized
        "anonymized_sha256": {k: v for k, v in anon.get("outputs", {}).items() if k.endswith(".jsonl")},
        "dataset_hash": stats.get("dataset_hash"), "dataset_split_sha256": stats.get("hashes", {}),
        "anonymization_gate_overridden": bool((train.get("anonymization_gate") or {}).get("overridden")),
        "base_model": train.get("base_model"), "base_model_revision": train.get("base_model_revision"),
        "training": {"method": train.get("method"), "config": train.get("config"), "global_step": train.get("global_step"),
                     "versions": train.get("versions")},
        "adapter_sha256": file_hashes(package / "adapter") if (package / "adapter").is_dir() else None,
        "export": {"config": asdict(config), "versions": export_versions(),
                   "converter": read_json(conv / "source.json") if config.gguf else None},
    }
