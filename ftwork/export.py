"""Stage 06 – export: a verified company asset – merged safetensors, GGUF for llama.cpp / Ollama, model card.

`export(eng, run, config)` (also `run_stage`) writes ``runs/<run>/export/`` in one atomic folder swap::

    merged/        the adapter merged into the base: safetensors, tokenizer, chat template, generation config
    adapter/       the adapter alone (LoRA/DoRA/QLoRA runs)
    <name>-f16.gguf (and q8_0, q4_k_m… on request), converted by llama.cpp's own converter
    Modelfile      Ollama: FROM, a TEMPLATE derived from the chat template, SYSTEM, stop tokens, LICENSE
    README.md      the model card; verification.json, lineage.json, export.json, SHA256SUMS

Nothing is called done before it is checked against the evaluated model (the adapter model), on
the prompts stage 05 scored it on (`ftwork.prompts.contender_prompt`, every turn included): the
merged model's greedy answers on a slice of the eval split, each GGUF reloaded in transformers
(``gguf_file=``) and – when `llama-cpp-python` is installed – in llama.cpp, the chat prompt
llama.cpp builds from the GGUF's template, the Ollama template, and the task's primary metric of
every file beside the evaluated model's. A check that could not run says "skipped" and why.

llama.cpp's converter lives in `ftwork.converter`, the model card and lineage in
`ftwork.modelcard`, the Ollama template in `ftwork.ollama`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tarfile
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from . import ollama
from .artifacts import check_adapter_base, load_splits
from .configs import ExportConfig
from .converter import (INSTALL_LLAMA_CPP, LLAMA_CPP_PYTHON_VERSION, check_no_remote_code, convert_to_gguf,
                        ensure_converter, gguf_reload_failure, llama_cpp_run, llama_cpp_version, quantize_gguf,
                        supported_architectures)
from .engagement import Engagement, atomic_dir, atomic_write_text, file_hashes, sha256_file, umask, write_json
from .errors import ExportError
from .generation import default_max_new_tokens, generate
from .metrics import score
from .modelcard import card_context, licence_of, lineage, model_card, read_json
from .models import load_model, load_tokenizer, quiet_peft, save_tokenizer
from .prompts import contender_prompt
from .tasks import CONVERTER_TYPES, QUANTIZE_TYPES, task

# Names notebook 06, the Makefile and the tests import from here, wherever they are defined.
__all__ = ["ExportConfig", "ExportError", "INSTALL_LLAMA_CPP", "LLAMA_CPP_PYTHON_VERSION", "check_disk_space",
           "convert_to_gguf", "default_name", "ensure_converter", "estimate_bytes", "export", "llama_cpp_version",
           "model_card", "run_stage", "supported_architectures"]

BYTES_PER_PARAM = {"f32": 4.0, "f16": 2.0, "bf16": 2.0, "q8_0": 1.0625, "q6_k": 0.82, "q5_k_m": 0.69,
                   "q4_k_m": 0.6, "q4_0": 0.5625, "float32": 4.0, "float16": 2.0, "bfloat16": 2.0}
EXACT_TYPES = ("f32", "f16", "bf16")  # GGUF types that keep the merged weights as they are: answers must match


# ---------------------------------------------------------------------------------------------
# Checks before anything is written
# ---------------------------------------------------------------------------------------------
def _preflight(eng: Engagement, run: str, config: ExportConfig) -> tuple[Path, bool]:
    run_dir = eng.run_dir(run)
    adapter = run_dir / "adapter"
    if not (run_dir / "train_config.json").is_file() or not adapter.is_dir():
        raise ExportError(f"Nothing to export for run '{run}': train it first in 04_train (no {adapter}, or "
                          f"training did not finish: {run_dir / 'train_config.json'} is missing).")
    full = (adapter / "config.json").is_file()
    if not full and not (adapter / "adapter_config.json").is_file():
        raise ExportError(f"{adapter} holds neither an adapter (adapter_config.json) nor a model (config.json): "
                          f"retrain run '{run}' in 04_train.")
    if config.dtype not in ("float16", "bfloat16", "float32"):
        raise ExportError(f"ExportConfig.dtype '{config.dtype}' is not one of float16, bfloat16, float32.")
    unknown = [g for g in config.gguf if g not in CONVERTER_TYPES and g not in QUANTIZE_TYPES]
    if unknown:
        raise ExportError(f"Unknown GGUF type(s) {unknown}: choose from {', '.join(CONVERTER_TYPES + tuple(QUANTIZE_TYPES))}.")
    if any(g in QUANTIZE_TYPES for g in config.gguf) and not llama_cpp_version():
        raise ExportError(f"GGUF types {[g for g in config.gguf if g in QUANTIZE_TYPES]} need llama.cpp's quantizer "
                          f"from llama-cpp-python: install it with `{INSTALL_LLAMA_CPP}`, or ask for q8_0/f16.")
    if not full:
        check_adapter_base(json.loads((adapter / "adapter_config.json").read_text()), eng.settings().base_model)
    return adapter, full


def estimate_bytes(n_params: int, config: ExportConfig, adapter_bytes: int) -> int:
    """Disk needed for the package: merged weights, each GGUF (an f16 source for quantizing), adapter, archive."""
    total = n_params * BYTES_PER_PARAM[config.dtype] + adapter_bytes
    total += sum(n_params * BYTES_PER_PARAM[g] for g in config.gguf)
    if any(g in QUANTIZE_TYPES for g in config.gguf) and "f16" not in config.gguf:
        total += n_params * 2  # the f16 file the quantizer starts from
    total = total * 1.05 + 64 * 2**20  # tokenizer, card, slack
    return int(total * (2 if config.archive else 1))


def check_disk_space(folder: Path, needed: int) -> None:
    probe = Path(folder)
    while not probe.exists():
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    if free < needed:
        raise ExportError(f"Not enough disk space in {probe}: the export needs about {needed / 2**30:.2f} GiB and "
                          f"{free / 2**30:.2f} GiB are free. Free some space, or export fewer GGUF types / no archive.")


# ---------------------------------------------------------------------------------------------
# Verification: every exported file answers the slice the evaluated model answered
# ---------------------------------------------------------------------------------------------
@dataclass
class _Verification:
    """The slice every exported file answers, and what the checks find while the package is written."""

    prompts: list[list[dict]]  # exactly what stage 05 asked the tuned model
    gold: list[str]
    max_new: int
    primary: str  # the task's primary metric, from the registry
    task: str
    labels: list[str]
    reference: list[str] = field(default_factory=list)  # the evaluated model's greedy answers
    merged_answers: list[str] = field(default_factory=list)
    files: list[dict] = field(default_factory=list)  # one row per file and runtime; files[0] is the evaluated model
    skipped: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def metric(self, answers: list[str]) -> float | None:
        return score(self.task, self.gold, answers, self.labels).get(self.primary) if answers else None


def _verification_slice(eng: Engagement, settings, tokenizer, config: ExportConfig) -> _Verification:
    """The first `verify_examples` eval cases, prompted as stage 05 prompted the tuned model."""
    evals = load_splits(eng)["eval"]
    sample = evals.select(range(min(config.verify_examples, len(evals))))
    prompts = [contender_prompt(ex, "tuned", settings) for ex in sample]
    gold = [ex["completion"][0]["content"] for ex in sample]
    return _Verification(prompts=prompts, gold=gold, max_new=default_max_new_tokens(settings.task, tokenizer, gold),
                         primary=task(settings.task).primary_metric, task=settings.task, labels=settings.labels)


def _evaluated_answers(v: _Verification, tuned, tokenizer, full: bool) -> None:
    """The evaluated model's answers: the reference every exported file is compared with."""
    v.reference, _, _ = generate(tuned, tokenizer, v.prompts, v.max_new, desc="adapter model")
    v.files.append({"file": "adapter/ (evaluated model)" if not full else "full fine-tune (evaluated model)",
                    "runtime": "transformers + peft", "identical": None, "metric": v.metric(v.reference),
                    "answers": v.reference})


def _check_merged(merged_dir: Path, v: _Verification, config: ExportConfig):
    """Reload the merged folder as the client will; its answers against the evaluated model's."""
    import torch

    reloaded = load_model(str(merged_dir), dtype=torch.float32)
    merged_tok = load_tokenizer(str(merged_dir))
    v.merged_answers, _, _ = generate(reloaded, merged_tok, v.prompts, v.max_new, desc="merged model")
    del reloaded
    n = len(v.prompts)
    same = sum(a == b for a, b in zip(v.reference, v.merged_answers))
    v.files.append({"file": "merged/", "runtime": f"transformers ({config.dtype} weights)", "identical": same,
                    "compared_with": "adapter model", "metric": v.metric(v.merged_answers), "answers": v.merged_answers})
    if same < n:
        v.problems.append(f"the merged {config.dtype} model differs from the adapter model on {n - same} of "
                          f"{n} greedy answers (half precision can flip near-ties): compare them in "
                          "verification.json, or export float32")
    hf_prompts = [merged_tok.apply_chat_template(p, tokenize=False, add_generation_prompt=True) for p in v.prompts]
    hf_ids = [merged_tok(t, add_special_tokens=False)["input_ids"] for t in hf_prompts]
    return merged_tok, hf_prompts, hf_ids


def _check_gguf(tmp: Path, gguf_name: str, kind: str, v: _Verification, hf_prompts: list[str],
                hf_ids: list[list[int]], config: ExportConfig) -> dict:
    """Reload one GGUF in transformers and llama.cpp; compare prompts, tokens and greedy answers."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    exact, n = kind in EXACT_TYPES, len(v.prompts)
    check: dict = {"file": gguf_name, "bytes": (tmp / gguf_name).stat().st_size}
    try:
        tok = AutoTokenizer.from_pretrained(tmp, gguf_file=gguf_name)
        model = AutoModelForCausalLM.from_pretrained(tmp, gguf_file=gguf_name, dtype=torch.float32)
    except Exception as exc:  # transformers' GGUF loader, not necessarily the file: a failed check, not a crash
        reason = gguf_reload_failure(tmp / "merged", exc)
        v.problems.append(f"{gguf_name}: not reloaded in transformers – {reason}")
        check["transformers"] = {"status": "failed", "reason": reason}
        check["llama_cpp"] = _check_in_llama_cpp(tmp, gguf_name, kind, v, hf_prompts, hf_ids, config)
        return check
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    gguf_prompts = [tok.apply_chat_template(p, tokenize=False, add_generation_prompt=True) for p in v.prompts]
    check["transformers_chat_template_identical"] = sum(a == b for a, b in zip(gguf_prompts, hf_prompts))
    answers, _, _ = generate(model, tok, v.prompts, v.max_new, desc=f"{kind} GGUF (transformers)")
    del model
    same = sum(a == b for a, b in zip(answers, v.merged_answers))
    v.files.append({"file": gguf_name, "runtime": "transformers (gguf_file=)", "identical": same,
                    "compared_with": "merged model", "metric": v.metric(answers), "answers": answers})
    if check["transformers_chat_template_identical"] < n:
        v.problems.append(f"{gguf_name}: the chat template read back by transformers renders other prompts than the merged model's")
    if exact and same < n:
        v.problems.append(f"{gguf_name}: reloaded in transformers, {n - same} of {n} greedy answers differ from the merged model")
    _flag(v.files[-1], v.files[0], kind, config, v.problems)
    check["llama_cpp"] = _check_in_llama_cpp(tmp, gguf_name, kind, v, hf_prompts, hf_ids, config)
    return check


def _check_in_llama_cpp(tmp: Path, gguf_name: str, kind: str, v: _Verification, hf_prompts: list[str],
                        hf_ids: list[list[int]], config: ExportConfig) -> dict:
    """The GGUF in llama.cpp: the chat prompt it builds, its tokens and its greedy answers – or why not."""
    if not config.llama_cpp_check:
        v.skipped.append(f"{gguf_name} in llama.cpp: turned off (llama_cpp_check=False)")
        return {"status": "skipped", "reason": "turned off"}
    version = llama_cpp_version()
    if version is None:
        reason = f"llama-cpp-python is not installed (install it with `{INSTALL_LLAMA_CPP}`)"
        v.skipped.append(f"{gguf_name} in llama.cpp: {reason}")
        return {"status": "skipped", "reason": reason}
    n = len(v.prompts)
    run = llama_cpp_run(tmp / gguf_name, v.prompts, hf_prompts, hf_ids, v.max_new, config.context)
    same = sum(a == b for a, b in zip(run["answers"], v.merged_answers))
    v.files.append({"file": gguf_name, "runtime": f"llama.cpp (llama-cpp-python {version})", "identical": same,
                    "compared_with": "merged model", "metric": v.metric(run["answers"]), "answers": run["answers"]})
    if run["prompt_identical"] < n:
        v.problems.append(f"{gguf_name}: the chat prompt llama.cpp builds from the GGUF's template differs from "
                          "apply_chat_template on {0} of {1} cases".format(n - run["prompt_identical"], n))
    if run["tokens_identical"] < n:
        v.problems.append(f"{gguf_name}: llama.cpp tokenizes {n - run['tokens_identical']} of {n} "
                          "prompts differently from transformers")
    if kind in EXACT_TYPES and same < n:
        v.problems.append(f"{gguf_name}: in llama.cpp, {n - same} of {n} greedy answers differ from the merged model")
    _flag(v.files[-1], v.files[0], kind, config, v.problems)
    return {"status": "ran", "version": version, **{k: val for k, val in run.items() if k != "answers"}}


def _flag(row: dict, evaluated: dict, kind: str, config: ExportConfig, problems: list) -> None:
    """A quantized file whose metric drops more than the tolerance below the evaluated model's is flagged."""
    if kind in EXACT_TYPES or row.get("metric") is None or evaluated.get("metric") is None:
        return
    drop = evaluated["metric"] - row["metric"]
    row["drop"] = round(drop, 4)
    if drop > config.quant_tolerance:
        row["flag"] = True
        problems.append(f"{row['file']} ({row['runtime']}) loses {drop:.3f} on the slice's metric against the evaluated "
                        f"model, more than the tolerance {config.quant_tolerance}: prefer a less aggressive quantization")


def _write_modelfile(tmp: Path, tok, settings, gguf_name: str, merged_dir: Path, config: ExportConfig, problems: list) -> dict:
    """The Ollama Modelfile, its TEMPLATE derived from the chat template and checked against it."""
    licence, _ = licence_of(settings.base_model)
    licence_text = f"Base model {settings.base_model}: {licence}. Fine-tuned weights: property of {settings.name}."
    gen = json.loads((merged_dir / "generation_config.json").read_text()) if (merged_dir / "generation_config.json").is_file() else {}
    eos_ids = gen.get("eos_token_id")
    eos_ids = eos_ids if isinstance(eos_ids, list) else [eos_ids] if eos_ids is not None else []
    stops = [tok.convert_ids_to_tokens(i) for i in eos_ids] + ([tok.eos_token] if tok.eos_token else [])
    try:
        structure = ollama.derive_structure(tok)
        template = ollama.go_template(structure)
        stops = [structure.stop] + stops
    except ollama.TemplateNotSupported as exc:
        structure, template = None, None
        problems.append(f"Modelfile: the chat template could not be turned into an Ollama TEMPLATE ({exc}); "
                        "the Modelfile says so – write the TEMPLATE by hand before `ollama create`")
    stops = list(dict.fromkeys(s for s in stops if s))
    text = ollama.modelfile(gguf_name, template, settings.system_prompt, stops, licence_text,
                            {"temperature": 0, "num_ctx": config.context})
    atomic_write_text(tmp / "Modelfile", text)
    if template is None:
        return {"status": "failed", "reason": problems[-1]}
    convs = ollama.sample_conversations(settings.system_prompt, [])
    parsed = ollama.parse_modelfile(text)  # check what was written, not what was meant
    result = ollama.check_template(tok, parsed["TEMPLATE"], convs, system=parsed.get("SYSTEM", ""), bos=structure.bos)
    if result["identical"] < result["conversations"]:
        trims = all(c.get("whitespace_only") for c in result["cases"] if not c["identical"])
        problems.append(f"Modelfile: the TEMPLATE renders {result['conversations'] - result['identical']} of "
                        f"{result['conversations']} test conversations differently from the chat template"
                        + (" – only where a message starts or ends with whitespace, which the chat template trims and "
                           "an Ollama template cannot: strip messages before sending them" if trims else ""))
    return {"status": "checked", "renderer": "ftwork.ollama (Go text/template subset)", "stops": stops, **result}


# ---------------------------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------------------------
def _fingerprint(eng: Engagement, run: str, config: ExportConfig) -> dict:
    run_dir = eng.run_dir(run)
    train = read_json(run_dir / "train_config.json") or {}
    metrics = run_dir / "metrics.json"
    fingerprint = {"train_config": {k: train.get(k) for k in ("config", "dataset_hash", "base_model", "global_step")},
                   "metrics_sha256": sha256_file(metrics) if metrics.is_file() else None,
                   "adapter_sha256": file_hashes(run_dir / "adapter"),
                   "system_prompt": eng.settings().system_prompt, "export_config": asdict(config)}
    return json.loads(json.dumps(fingerprint, default=str))  # as it reads back from export.json (tuples as lists)


def default_name(eng: Engagement, run: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", f"{eng.settings().name}-{run}".lower()).strip("-") or "model"


def _load_models(settings, adapter: Path, full: bool):
    """(base tokenizer, the evaluated model, the merged model)."""
    from peft import PeftModel

    tokenizer = load_tokenizer(settings.base_model)
    if full:
        tuned = merged = load_model(str(adapter))
    else:
        with quiet_peft():
            tuned = PeftModel.from_pretrained(load_model(settings.base_model), str(adapter))
            # merged into a fresh full-precision copy (QLoRA too), so the adapter model stays intact for the comparison
            merged = PeftModel.from_pretrained(load_model(settings.base_model), str(adapter)).merge_and_unload()
    return tokenizer, tuned, merged


def _check_convertible(merged, settings, config: ExportConfig) -> None:
    """Before anything is written: can llama.cpp convert this architecture at all?"""
    if not config.gguf:
        return
    arch = ", ".join(merged.config.architectures or ["unknown"])
    supported = supported_architectures(ensure_converter())
    if supported and arch not in supported:
        raise ExportError(
            f"llama.cpp's converter (llama-cpp-python {LLAMA_CPP_PYTHON_VERSION}) does not support the "
            f"architecture '{arch}' of {settings.base_model}. Export without GGUF (gguf=()) – the merged "
            "safetensors still work in transformers/vLLM – or pick a base model llama.cpp supports.")


def _save_merged(tmp: Path, merged, tokenizer, adapter: Path, full: bool, config: ExportConfig, base_model: str) -> Path:
    import torch

    merged_dir = tmp / "merged"
    merged.to(getattr(torch, config.dtype)).save_pretrained(merged_dir, safe_serialization=True)
    save_tokenizer(tokenizer, base_model, merged_dir)  # with tokenizer.model, which llama.cpp needs for Gemma/Phi-3
    if not full:  # the adapter alone is kept too (without the pickled training arguments)
        shutil.copytree(adapter, tmp / "adapter", ignore=shutil.ignore_patterns("training_args.bin", "*.pt", "*.pth"))
        os.chmod(tmp / "adapter", 0o777 & ~umask())
    return merged_dir


def _write_gguf_files(tmp: Path, merged_dir: Path, config: ExportConfig, gguf_names: dict, name: str) -> None:
    """Each GGUF type: straight from llama.cpp's converter, or quantized from an f16 file."""
    check_no_remote_code(merged_dir)
    f16_source = None
    for g in config.gguf:
        target = tmp / gguf_names[g]
        if g in CONVERTER_TYPES:
            convert_to_gguf(merged_dir, target, g, name)
        else:
            if f16_source is None:
                f16_source = tmp / gguf_names["f16"] if "f16" in config.gguf else tmp / f".{name}-f16-source.gguf"
                if not f16_source.is_file():
                    convert_to_gguf(merged_dir, f16_source, "f16", name)
            quantize_gguf(f16_source, target, g)
    if f16_source is not None and f16_source.name.startswith("."):
        f16_source.unlink()


def _verification_record(run_dir: Path, v: _Verification, gguf_checks: dict, ollama_check: dict,
                         config: ExportConfig) -> dict:
    """verification.json: every file's answers and metric, the GGUF and Ollama checks, what was skipped or failed."""
    return {
        "examples": len(v.prompts), "primary_metric": v.primary, "max_new_tokens": v.max_new,
        "evaluated_model_on_full_eval": (read_json(run_dir / "metrics.json") or {}).get("tuned", {}).get(v.primary),
        "files": [{k: val for k, val in f.items()} for f in v.files],
        "gguf": gguf_checks, "ollama_template": ollama_check, "skipped": v.skipped, "problems": v.problems,
        "passed": not v.problems, "dtype": config.dtype,
    }


def _summary(run: str, name: str, out: Path, gguf_names: dict, ollama_commands: list[str], verification: dict,
             v: _Verification, config: ExportConfig, fingerprint: dict) -> dict:
    """export.json: where everything is, the verdict, and the fingerprint a later export compares with."""
    return {
        "run": run, "name": name, "export_dir": str(out), "merged_dir": str(out / "merged"),
        "gguf": {g: str(out / n) for g, n in gguf_names.items()},
        "modelfile": str(out / "Modelfile") if config.gguf else None,
        "ollama_commands": ollama_commands if config.gguf else [],
        "verification": {k: val for k, val in verification.items() if k not in ("files", "gguf")},
        "files": [{k: val for k, val in f.items() if k != "answers"} for f in v.files],
        "passed": not v.problems, "problems": v.problems, "skipped_checks": v.skipped,
        "config": asdict(config), "fingerprint": fingerprint, "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }


def verification_table(summary: dict) -> list[dict]:
    """Each exported file's check as display rows: text throughout, "–" where a check does not apply (the
    reference itself), identical answers as "k of n" and the metric and its drop rounded."""
    n = summary["verification"].get("examples")
    rows = []
    for f in summary["files"]:
        same, metric, drop = f.get("identical"), f.get("metric"), f.get("drop")
        rows.append({"file": f.get("file"), "runtime": f.get("runtime") or "–",
                     "compared with": f.get("compared_with") or "– (the reference)",
                     "identical answers": "–" if same is None else f"{int(same)} of {n}",
                     "metric": "–" if metric is None else f"{metric:.3f}",
                     "drop": "–" if drop is None else f"{drop:+.3f}", "flag": "⚠" if f.get("flag") else ""})
    return rows


def export(eng: Engagement, run: str = "run-01", config: ExportConfig | None = None, redo: bool = False) -> dict:
    """Merge, convert, verify and package runs/<run>/export; skipped when done with the same inputs."""
    config = config or ExportConfig()
    config = replace(config, gguf=tuple(g.strip().lower() for g in config.gguf if g.strip()))
    settings = eng.settings()
    adapter, full = _preflight(eng, run, config)
    run_dir = eng.run_dir(run)
    out = run_dir / "export"
    fingerprint = _fingerprint(eng, run, config)
    done = read_json(out / "export.json")
    if done and not redo and done.get("fingerprint") == fingerprint and (out / "SHA256SUMS").is_file():
        return {**done, "skipped": True}
    name = config.model_name or default_name(eng, run)
    tokenizer, tuned, merged = _load_models(settings, adapter, full)
    _check_convertible(merged, settings, config)
    n_params = sum(p.numel() for p in merged.parameters())
    adapter_bytes = sum(p.stat().st_size for p in adapter.rglob("*") if p.is_file())
    check_disk_space(run_dir, estimate_bytes(n_params, config, adapter_bytes))

    v = _verification_slice(eng, settings, tokenizer, config)
    _evaluated_answers(v, tuned, tokenizer, full)
    del tuned
    gguf_names = {g: f"{name}-{g}.gguf" for g in config.gguf}
    ollama_commands = [f"ollama create {name} -f Modelfile", f"ollama run {name}"]
    with atomic_dir(out) as tmp:
        os.chmod(tmp, 0o777 & ~umask())  # a package for the client: the usual permissions, not mkdtemp's 0700
        merged_dir = _save_merged(tmp, merged, tokenizer, adapter, full, config, settings.base_model)
        del merged
        merged_tok, hf_prompts, hf_ids = _check_merged(merged_dir, v, config)
        # GGUF files; the card's YAML header goes in first so the converter writes the licence into the metadata
        gguf_checks: dict[str, dict] = {}
        ollama_check: dict = {}
        if config.gguf:
            stub = card_context(eng, run, name, settings, {"examples": 0, "primary_metric": v.primary, "files": []},
                                None, ollama_commands, config)
            atomic_write_text(merged_dir / "README.md", model_card(stub))
            _write_gguf_files(tmp, merged_dir, config, gguf_names, name)
            gguf_checks = {g: _check_gguf(tmp, gguf_names[g], g, v, hf_prompts, hf_ids, config) for g in config.gguf}
            # the Ollama Modelfile, its template derived from the chat template and checked against it
            ollama_check = _write_modelfile(tmp, merged_tok, settings, gguf_names[config.gguf[0]], merged_dir, config,
                                            v.problems)
        verification = _verification_record(run_dir, v, gguf_checks, ollama_check, config)
        if v.problems and config.strict:
            raise ExportError("Export verification failed (nothing was kept):\n- " + "\n- ".join(v.problems))
        write_json(tmp / "verification.json", verification)
        ctx = card_context(eng, run, name, settings, verification, gguf_names.get(config.gguf[0]) if config.gguf else None,
                           ollama_commands, config)
        card = model_card(ctx)
        atomic_write_text(tmp / "README.md", card)
        atomic_write_text(merged_dir / "README.md", card)  # same YAML header the GGUF metadata was read from
        write_json(tmp / "lineage.json", lineage(eng, run, config, tmp))
        summary = _summary(run, name, out, gguf_names, ollama_commands, verification, v, config, fingerprint)
        write_json(tmp / "export.json", summary)
        sums = file_hashes(tmp)
        atomic_write_text(tmp / "SHA256SUMS", "".join(f"{h}  {p}\n" for p, h in sums.items()))
    summary["bytes"] = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    if config.archive:
        summary["archive"] = str(_archive(out, run_dir / f"{name}-export.tar.gz"))
    return summary


run_stage = export  # the entry point under the name every stage module has


def _archive(folder: Path, target: Path) -> Path:
    """A tar.gz of the package beside it, written under a temporary name first."""
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        with tarfile.open(tmp, "w:gz") as tar:
            tar.add(folder, arcname=target.name.removesuffix(".tar.gz"))
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
