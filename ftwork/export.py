"""Stage 06 – export: a verified company asset – merged safetensors, GGUF for llama.cpp / Ollama, model card.

`export(eng, run, config)` writes ``runs/<run>/export/`` in one atomic folder swap::

    merged/        the adapter merged into the base: safetensors, tokenizer, chat template, generation config
    adapter/       the adapter alone (LoRA/DoRA/QLoRA runs)
    <name>-f16.gguf (and q8_0, q4_k_m… on request), converted by llama.cpp's own converter
    Modelfile      Ollama: FROM, a TEMPLATE derived from the chat template, SYSTEM, stop tokens, LICENSE
    README.md      the model card; verification.json, lineage.json, export.json, SHA256SUMS

Nothing is called done before it is checked against the evaluated model (the adapter model):
the merged model's greedy answers on a slice of the eval split, each GGUF reloaded in
transformers (``gguf_file=``) and – when `llama-cpp-python` is installed – in llama.cpp, the chat
prompt llama.cpp builds from the GGUF's template, the Ollama template, and the task metric of
every file beside the evaluated model's. A check that could not run says "skipped" and why.

llama.cpp's converter is not copied into this repository: it is taken from the source archive of
the PyPI package `llama-cpp-python` (``vendor/llama.cpp``), fetched once with pip and kept in
``~/.cache/ftwork/llama.cpp/`` (or given as a file with ``FTWORK_LLAMA_CPP_SDIST``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import asdict, replace
from pathlib import Path

from .artifacts import check_adapter_base, load_splits
from .artifacts import versions as _base_versions
from .engagement import file_hashes, sha256_file, umask
from .configs import ExportConfig
from .errors import ExportError
from .tasks import CONVERTER_TYPES, QUANTIZE_TYPES
from .engagement import Engagement, atomic_dir, atomic_write_text, write_json

LLAMA_CPP_PYTHON_VERSION = "0.3.36"  # the source archive whose vendor/llama.cpp converts to GGUF
BYTES_PER_PARAM = {"f32": 4.0, "f16": 2.0, "bf16": 2.0, "q8_0": 1.0625, "q6_k": 0.82, "q5_k_m": 0.69,
                   "q4_k_m": 0.6, "q4_0": 0.5625, "float32": 4.0, "float16": 2.0, "bfloat16": 2.0}
# The licence ids the model hub (and the GGUF metadata read from the card's YAML) use.
LICENCE_IDS = {"apache-2.0": "apache-2.0", "mit": "mit", "llama 3.2 community": "llama3.2",
               "llama 3.1 community": "llama3.1", "gemma terms of use": "gemma"}
INSTALL_LLAMA_CPP = 'CMAKE_ARGS="-DGGML_NATIVE=OFF" pip install llama-cpp-python==' + LLAMA_CPP_PYTHON_VERSION


# ---------------------------------------------------------------------------------------------
# llama.cpp's converter, from the llama-cpp-python source archive
# ---------------------------------------------------------------------------------------------
def converter_dir(version: str = LLAMA_CPP_PYTHON_VERSION) -> Path:
    from .models import cache_dir

    return cache_dir() / "llama.cpp" / f"llama-cpp-python-{version}"


def _fetch_from_simple_index(version: str, into: Path) -> Path:
    """Download the sdist straight from the package index's simple API and check its sha256.

    `pip download --no-binary` also prepares the archive's build metadata, which for
    llama-cpp-python takes minutes; the converter needs only the files inside.
    """
    import hashlib
    import urllib.parse
    import urllib.request

    index = (os.environ.get("PIP_INDEX_URL") or "https://pypi.org/simple").rstrip("/")
    name = f"llama_cpp_python-{version}.tar.gz"
    with urllib.request.urlopen(f"{index}/llama-cpp-python/", timeout=30) as resp:
        page = resp.read().decode("utf-8", "replace")
    link = next(l for l in re.findall(r'href="([^"]+)"', page) if l.split("#")[0].endswith("/" + name))
    url, _, fragment = link.partition("#")
    url = urllib.parse.urljoin(f"{index}/llama-cpp-python/", url)
    path = into / name
    digest = hashlib.sha256()
    with urllib.request.urlopen(url, timeout=120) as resp, open(path, "wb") as fh:
        for block in iter(lambda: resp.read(1 << 20), b""):
            digest.update(block)
            fh.write(block)
    expected = fragment.split("sha256=", 1)[1] if "sha256=" in fragment else None
    if expected and digest.hexdigest() != expected:
        raise ExportError(f"{name}: sha256 mismatch ({digest.hexdigest()} != {expected}); refusing to use it.")
    return path


def _fetch_sdist(version: str, into: Path) -> Path:
    given = os.environ.get("FTWORK_LLAMA_CPP_SDIST", "").strip()
    if given:
        path = Path(given).expanduser()
        if not path.is_file():
            raise ExportError(f"FTWORK_LLAMA_CPP_SDIST points at {path}, which is not a file: give the path of "
                              f"llama_cpp_python-{version}.tar.gz, or unset it to fetch it with pip.")
        return path
    try:
        return _fetch_from_simple_index(version, into)
    except Exception:  # a mirror without the simple API, a proxy…: let pip find it
        pass
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
           f"llama-cpp-python=={version}", "-d", str(into), "--quiet"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    found = sorted(into.glob("llama_cpp_python-*.tar.gz"))
    if proc.returncode or not found:
        raise ExportError(
            f"Could not fetch llama.cpp's converter (the source archive of llama-cpp-python {version}) through "
            f"the package index: {proc.stderr.strip()[-400:] or 'no archive downloaded'}. On a machine that "
            f"reaches the index run `pip download --no-deps --no-binary :all: llama-cpp-python=={version} -d DIR`, "
            "copy the .tar.gz here and set FTWORK_LLAMA_CPP_SDIST to it – or export without GGUF (gguf=())."
        )
    return found[0]


def ensure_converter(version: str = LLAMA_CPP_PYTHON_VERSION) -> Path:
    """Extract convert_hf_to_gguf.py, its `conversion` package and gguf-py from the sdist, once."""
    target = converter_dir(version)
    if (target / "source.json").is_file():
        return target
    with tempfile.TemporaryDirectory(prefix="ftwork-sdist-") as dl:
        archive = _fetch_sdist(version, Path(dl))
        prefix = f"llama_cpp_python-{version}/vendor/llama.cpp/"
        wanted = ("convert_hf_to_gguf.py", "conversion/", "gguf-py/", "LICENSE")
        with atomic_dir(target) as tmp, tarfile.open(archive) as tar:
            members = [m for m in tar.getmembers() if m.name.startswith(prefix)
                       and m.name[len(prefix):].startswith(wanted)]
            if not any(m.name.endswith("convert_hf_to_gguf.py") for m in members):
                raise ExportError(f"{archive.name} holds no vendor/llama.cpp/convert_hf_to_gguf.py: "
                                  "is it the llama-cpp-python source archive?")
            for m in members:
                m.name = m.name[len(prefix):]
            tar.extractall(tmp, members=members, filter="data")
            write_json(tmp / "source.json", {"package": f"llama-cpp-python=={version}", "archive": archive.name,
                                             "sha256": sha256_file(archive), "fetched": time.strftime("%Y-%m-%dT%H:%M:%S")})
    return target


def _converter_env(conv: Path) -> dict:
    env = dict(os.environ, HF_HUB_OFFLINE="1", HF_HUB_DISABLE_TELEMETRY="1", PYTHONIOENCODING="utf-8")
    env.pop("NO_LOCAL_GGUF", None)  # use the archive's own gguf-py, which matches its converter
    env["PYTHONPATH"] = os.pathsep.join([str(conv / "gguf-py"), str(conv)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    return env


def supported_architectures(conv: Path) -> list[str]:
    """The text-model architectures this converter knows (asked once, then cached beside it)."""
    cached = conv / "supported_models.json"
    if cached.is_file():
        return json.loads(cached.read_text())
    proc = subprocess.run([sys.executable, str(conv / "convert_hf_to_gguf.py"), "--print-supported-models"],
                          capture_output=True, text=True, env=_converter_env(conv), cwd=conv)
    text = proc.stdout + proc.stderr
    block = text.split("TEXT models:", 1)[-1].split("MMPROJ models:", 1)[0]
    names = re.findall(r"^\s*-\s*(\S+)\s*$", block, re.M)
    if names:
        write_json(cached, names)
    return names


def convert_to_gguf(merged_dir: Path, outfile: Path, outtype: str, model_name: str) -> None:
    """Run llama.cpp's convert_hf_to_gguf.py on a merged folder (a subprocess with this Python)."""
    conv = ensure_converter()
    cmd = [sys.executable, str(conv / "convert_hf_to_gguf.py"), str(merged_dir), "--outfile", str(outfile),
           "--outtype", outtype, "--model-name", model_name]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_converter_env(conv), cwd=conv)
    if proc.returncode or not outfile.is_file():
        log = (proc.stdout + proc.stderr).strip()
        arch = _architecture(merged_dir)
        if re.search(r"not supported|NotImplementedError", log):
            raise ExportError(
                f"llama.cpp's converter (llama-cpp-python {LLAMA_CPP_PYTHON_VERSION}) does not support the "
                f"architecture '{arch}'. The merged safetensors are fine for transformers/vLLM: export without GGUF "
                "(gguf=()), or pick a base model llama.cpp supports (Llama, Qwen2, Mistral, Gemma, Phi, SmolLM…).")
        tail = "\n".join(log.splitlines()[-15:])
        raise ExportError(f"llama.cpp's converter failed on {merged_dir.name} (architecture '{arch}', --outtype "
                          f"{outtype}):\n{tail}")


def quantize_gguf(source: Path, target: Path, kind: str) -> None:
    """Smaller quantizations (q4_k_m…) with llama.cpp's quantizer, through llama-cpp-python."""
    try:
        import llama_cpp
    except ImportError as exc:
        raise ExportError(f"GGUF type '{kind}' needs llama.cpp's quantizer from llama-cpp-python: install it with "
                          f"`{INSTALL_LLAMA_CPP}`, or ask for q8_0 (written by the converter itself).") from exc
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = getattr(llama_cpp, f"LLAMA_FTYPE_MOSTLY_{QUANTIZE_TYPES[kind]}")
    params.nthread = os.cpu_count() or 1
    rc = llama_cpp.llama_model_quantize(str(source).encode(), str(target).encode(), params)
    if rc != 0 or not target.is_file():
        raise ExportError(f"llama.cpp could not quantize {source.name} to {kind} (return code {rc}).")


def _architecture(model_dir: Path) -> str:
    try:
        return ", ".join(json.loads((model_dir / "config.json").read_text()).get("architectures") or ["unknown"])
    except (OSError, json.JSONDecodeError):
        return "unknown"


# ---------------------------------------------------------------------------------------------
# Checks
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


def _no_remote_code(folder: Path) -> None:
    """The converter loads tokenizers with trust_remote_code: make sure there is no code for it to run."""
    for name in ("config.json", "tokenizer_config.json"):
        path = folder / name
        if path.is_file() and "auto_map" in json.loads(path.read_text()):
            raise ExportError(f"{path} asks for custom code (auto_map); ftwork never runs remote code: "
                              "this model cannot be converted here.")
    if any(folder.glob("*.py")):
        raise ExportError(f"{folder} contains Python files; ftwork never runs model code: remove them.")


def llama_cpp_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        import llama_cpp  # noqa: F401 – importable, not only installed
    except Exception:
        return None
    try:
        return version("llama-cpp-python")
    except PackageNotFoundError:
        return getattr(llama_cpp, "__version__", "unknown")


def _llama_cpp_run(gguf: Path, prompts: list[list[dict]], hf_prompts: list[str], hf_ids: list[list[int]],
                   max_new: int, context: int) -> dict:
    """Greedy answers from llama.cpp, and the chat prompt it builds from the GGUF's own template."""
    from llama_cpp import Llama
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    llm = Llama(model_path=str(gguf), n_ctx=context, n_threads=os.cpu_count() or 1, seed=0, verbose=False)
    template = llm.metadata.get("tokenizer.chat_template", "")
    # The formatter llama-cpp-python's create_chat_completion uses for a GGUF that carries a template.
    eos = llm._model.token_get_text(llm.token_eos()) if llm.token_eos() >= 0 else ""
    bos = llm._model.token_get_text(llm.token_bos()) if llm.token_bos() >= 0 else ""
    formatter = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos, add_generation_prompt=True)
    built = [formatter(messages=p).prompt for p in prompts]
    tokens = [llm.tokenize(t.encode("utf-8"), add_bos=False, special=True) for t in built]
    answers = []
    for p in prompts:
        out = llm.create_chat_completion(messages=p, temperature=0.0, top_k=1, max_tokens=max_new, seed=0)
        answers.append((out["choices"][0]["message"]["content"] or "").strip())
    return {"chat_format": llm.chat_format, "template_in_gguf": bool(template),
            "prompt_identical": sum(a == b for a, b in zip(built, hf_prompts)),
            "tokens_identical": sum(list(a) == list(b) for a, b in zip(tokens, hf_ids)),
            "answers": answers}


# ---------------------------------------------------------------------------------------------
# Model card, lineage
# ---------------------------------------------------------------------------------------------
def _read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None


def licence_of(base_model: str) -> tuple[str, str]:
    """(licence as the catalogue words it, the hub's licence id for the card's YAML)."""
    from .models import model_info

    info = model_info(base_model)
    if info is None:
        return ("unknown – check the base model's own licence before distributing", "other")
    return info.licence, LICENCE_IDS.get(info.licence.lower(), "other")


def _yaml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def model_card(ctx: dict) -> str:
    """The README.md of the package: YAML header (read into the GGUF metadata), then the card."""
    s, train, stats, metrics, anon, ver = (ctx[k] for k in ("settings", "train", "stats", "metrics", "anon", "verification"))
    licence, licence_id = licence_of(s.base_model)
    hub_like = "/" in s.base_model and not Path(s.base_model).expanduser().exists()
    cfg = train.get("config", {})
    yaml = ["---", f"license: {licence_id}"]
    if licence_id == "other":
        yaml.append(f"license_name: {_yaml_str(licence)}")
    if hub_like:
        yaml.append(f"base_model: {s.base_model}")
    yaml += [f"model_name: {_yaml_str(ctx['name'])}", "library_name: transformers", "pipeline_tag: text-generation",
             f"language: [{s.language}]", f"tags: [ftwork, {train.get('method', 'lora')}, {s.task}, gguf]", "---", ""]
    from .models import model_info

    info = model_info(s.base_model)
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
    lines += ["", "## Training data", ""]
    if stats:
        lines += [f"- {stats.get('n_train')} training examples, {stats.get('n_eval')} held-out evaluation examples "
                  "(never seen in training); dataset hash `" + str(stats.get("dataset_hash")) + "`"]
        if stats.get("labels"):
            counts = stats.get("label_counts", {})
            lines += ["", "| label | train | eval |", "|---|---:|---:|"]
            lines += [f"| {l} | {counts.get('train', {}).get(l, 0)} | {counts.get('eval', {}).get(l, 0)} |" for l in stats["labels"]]
        dropped = [c for c in stats.get("checks", []) if c.get("dropped")]
        if dropped:
            lines += [""] + [f"- Dropped by the checks: {c['dropped']} ({c['check']})" for c in dropped]
    else:
        lines.append("- No dataset statistics found (dataset/stats.json).")
    lines += ["", "## Anonymization", ""]
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
    lines += ["", "## Evaluation (stage 05, held-out cases)", ""]
    if metrics:
        primary = metrics.get("primary_metric", "")
        names = [primary] + [k for k in ("macro_f1", "invalid_rate", "valid_json", "rouge_l") if k != primary
                             and any(k in (metrics.get(c) or {}) for c in ("base", "prompted_base", "tuned"))]
        lines += [f"{metrics.get('n_eval')} held-out cases, greedy decoding.", "",
                  "| model | " + " | ".join(names) + " | prompt tokens |", "|---|" + "---:|" * (len(names) + 1)]
        for c, label in (("base", "base model"), ("prompted_base", "base model + client's long prompt"), ("tuned", "this model")):
            if c in metrics:
                lines.append(f"| {label} | " + " | ".join(_fmt(metrics[c].get(n)) for n in names)
                             + f" | {_fmt(metrics[c].get('prompt_tokens_mean'))} |")
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
    lines += ["", "## Intended use and limits", "",
              f"- Intended for: {s.system_prompt or s.task} – on the company's own {s.task} cases, in "
              f"{s.language}, with a person reviewing the output where a mistake matters.",
              "- Not for: other tasks, general chat, facts or advice; it knows nothing the training data did not show.",
              f"- The evaluation used {metrics.get('n_eval') if metrics else 'no'} held-out cases: a small set gives a wide "
              "margin of error. Re-evaluate on fresh cases before wider use and watch for drift.",
              "- It reproduces the habits of its training data, including its gaps and biases."]
    if info and info.embedded:
        lines.append("- **Built on the embedded demo model (de-quantized from 4-bit): for demos and workshops, not client work.**")
    g = ctx.get("gguf_name")
    lines += ["", "## How to run it", "", "transformers (the `merged/` folder):", "", "```python",
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
    lines += ["## Files", "", "`SHA256SUMS` lists every file with its checksum (`sha256sum -c SHA256SUMS`); "
              "`lineage.json` records the input data hashes, dataset hash, training configuration, library versions "
              "and base-model revision; `verification.json` holds the checks above in full.", ""]
    return "\n".join(yaml + lines)


def _fmt(value) -> str:
    if value is None:
        return "–"
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def _versions() -> dict:
    return _base_versions(("gguf", "sentencepiece", "llama-cpp-python"))


# ---------------------------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------------------------
def _fingerprint(eng: Engagement, run: str, config: ExportConfig) -> dict:
    run_dir = eng.run_dir(run)
    train = _read_json(run_dir / "train_config.json") or {}
    metrics = run_dir / "metrics.json"
    fingerprint = {"train_config": {k: train.get(k) for k in ("config", "dataset_hash", "base_model", "global_step")},
                   "metrics_sha256": sha256_file(metrics) if metrics.is_file() else None,
                   "adapter_sha256": file_hashes(run_dir / "adapter"),
                   "system_prompt": eng.settings().system_prompt, "export_config": asdict(config)}
    return json.loads(json.dumps(fingerprint, default=str))  # as it reads back from export.json (tuples as lists)


def default_name(eng: Engagement, run: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", f"{eng.settings().name}-{run}".lower()).strip("-") or "model"


def export(eng: Engagement, run: str = "run-01", config: ExportConfig | None = None, redo: bool = False) -> dict:
    """Merge, convert, verify and package runs/<run>/export; skipped when done with the same inputs."""
    import torch
    from peft import PeftModel

    from .evaluate import PRIMARY_METRIC, default_max_new_tokens, generate, score
    from .models import load_model, load_tokenizer

    config = config or ExportConfig()
    config = replace(config, gguf=tuple(g.strip().lower() for g in config.gguf if g.strip()))
    settings = eng.settings()
    adapter, full = _preflight(eng, run, config)
    run_dir = eng.run_dir(run)
    out = run_dir / "export"
    fingerprint = _fingerprint(eng, run, config)
    done = _read_json(out / "export.json")
    if done and not redo and done.get("fingerprint") == fingerprint and (out / "SHA256SUMS").is_file():
        return {**done, "skipped": True}
    name = config.model_name or default_name(eng, run)
    tokenizer = load_tokenizer(settings.base_model)
    if full:
        tuned = merged = load_model(str(adapter))
    else:
        tuned = PeftModel.from_pretrained(load_model(settings.base_model), str(adapter))
        # merged into a fresh full-precision copy (QLoRA too), so the adapter model stays intact for the comparison
        merged = PeftModel.from_pretrained(load_model(settings.base_model), str(adapter)).merge_and_unload()
    if config.gguf:  # before anything is written: can llama.cpp convert this architecture at all?
        arch = ", ".join(merged.config.architectures or ["unknown"])
        supported = supported_architectures(ensure_converter())
        if supported and arch not in supported:
            raise ExportError(
                f"llama.cpp's converter (llama-cpp-python {LLAMA_CPP_PYTHON_VERSION}) does not support the "
                f"architecture '{arch}' of {settings.base_model}. Export without GGUF (gguf=()) – the merged "
                "safetensors still work in transformers/vLLM – or pick a base model llama.cpp supports.")
    n_params = sum(p.numel() for p in merged.parameters())
    adapter_bytes = sum(p.stat().st_size for p in adapter.rglob("*") if p.is_file())
    check_disk_space(run_dir, estimate_bytes(n_params, config, adapter_bytes))

    evals = load_splits(eng)["eval"]
    sample = evals.select(range(min(config.verify_examples, len(evals))))
    prompts = [ex["prompt"] for ex in sample]
    gold = [ex["completion"][0]["content"] for ex in sample]
    max_new = default_max_new_tokens(settings.task, tokenizer, gold)
    primary = PRIMARY_METRIC[settings.task]

    def metric(answers: list[str]):
        return score(settings.task, gold, answers, settings.labels).get(primary) if answers else None

    reference, _, _ = generate(tuned, tokenizer, prompts, max_new, desc="adapter model")
    del tuned
    files: list[dict] = [{"file": "adapter/ (evaluated model)" if not full else "full fine-tune (evaluated model)",
                          "runtime": "transformers + peft", "identical": None, "metric": metric(reference), "answers": reference}]
    skipped: list[str] = []
    problems: list[str] = []
    dtype = getattr(torch, config.dtype)
    gguf_names = {g: f"{name}-{g}.gguf" for g in config.gguf}
    ollama_commands = [f"ollama create {name} -f Modelfile", f"ollama run {name}"]
    with atomic_dir(out) as tmp:
        os.chmod(tmp, 0o777 & ~umask())  # a package for the client: the usual permissions, not mkdtemp's 0700
        merged_dir = tmp / "merged"
        merged.to(dtype).save_pretrained(merged_dir, safe_serialization=True)
        del merged
        tokenizer.save_pretrained(merged_dir)
        if not full:  # the adapter alone is kept too (without the pickled training arguments)
            shutil.copytree(adapter, tmp / "adapter", ignore=shutil.ignore_patterns("training_args.bin", "*.pt", "*.pth"))
            os.chmod(tmp / "adapter", 0o777 & ~umask())
        # 1. the merged folder, reloaded as the client will load it
        reloaded = load_model(str(merged_dir), dtype=torch.float32)
        merged_tok = load_tokenizer(str(merged_dir))
        merged_answers, _, _ = generate(reloaded, merged_tok, prompts, max_new, desc="merged model")
        del reloaded
        same = sum(a == b for a, b in zip(reference, merged_answers))
        files.append({"file": "merged/", "runtime": f"transformers ({config.dtype} weights)", "identical": same,
                      "compared_with": "adapter model", "metric": metric(merged_answers), "answers": merged_answers})
        if same < len(prompts):
            problems.append(f"the merged {config.dtype} model differs from the adapter model on {len(prompts) - same} of "
                            f"{len(prompts)} greedy answers (half precision can flip near-ties): compare them in "
                            "verification.json, or export float32")
        hf_prompts = [merged_tok.apply_chat_template(p, tokenize=False, add_generation_prompt=True) for p in prompts]
        hf_ids = [merged_tok(t, add_special_tokens=False)["input_ids"] for t in hf_prompts]

        # 2. GGUF files; the card's YAML header goes in first so the converter writes the licence into the metadata
        gguf_checks: dict[str, dict] = {}
        if config.gguf:
            ctx_stub = _card_context(eng, run, name, settings, {"examples": 0, "primary_metric": primary, "files": []},
                                     None, ollama_commands, config)
            atomic_write_text(merged_dir / "README.md", model_card(ctx_stub))
            _no_remote_code(merged_dir)
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
            for g in config.gguf:
                gguf_checks[g] = _check_gguf(tmp, gguf_names[g], g, prompts, merged_answers, hf_prompts, hf_ids, max_new,
                                             merged_tok, metric, config, files, skipped, problems, reference)

        # 3. Ollama Modelfile, its template derived from the chat template and checked against it
        ollama_check: dict = {}
        if config.gguf:
            ollama_check = _write_modelfile(tmp, merged_tok, settings, gguf_names[config.gguf[0]], merged_dir, config,
                                            problems)

        verification = {
            "examples": len(prompts), "primary_metric": primary, "max_new_tokens": max_new,
            "evaluated_model_on_full_eval": (_read_json(run_dir / "metrics.json") or {}).get("tuned", {}).get(primary),
            "files": [{k: v for k, v in f.items()} for f in files],
            "gguf": gguf_checks, "ollama_template": ollama_check, "skipped": skipped, "problems": problems,
            "passed": not problems, "dtype": config.dtype,
        }
        if problems and config.strict:
            raise ExportError("Export verification failed (nothing was kept):\n- " + "\n- ".join(problems))
        write_json(tmp / "verification.json", verification)
        ctx = _card_context(eng, run, name, settings, verification, gguf_names.get(config.gguf[0]) if config.gguf else None,
                            ollama_commands, config)
        card = model_card(ctx)
        atomic_write_text(tmp / "README.md", card)
        atomic_write_text(merged_dir / "README.md", card)  # same YAML header the GGUF metadata was read from
        write_json(tmp / "lineage.json", _lineage(eng, run, config, tmp))
        summary = {
            "run": run, "name": name, "export_dir": str(out), "merged_dir": str(out / "merged"),
            "gguf": {g: str(out / n) for g, n in gguf_names.items()},
            "modelfile": str(out / "Modelfile") if config.gguf else None,
            "ollama_commands": ollama_commands if config.gguf else [],
            "verification": {k: v for k, v in verification.items() if k not in ("files", "gguf")},
            "files": [{k: v for k, v in f.items() if k != "answers"} for f in files],
            "passed": not problems, "problems": problems, "skipped_checks": skipped,
            "config": asdict(config), "fingerprint": fingerprint, "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        write_json(tmp / "export.json", summary)
        sums = file_hashes(tmp)
        atomic_write_text(tmp / "SHA256SUMS", "".join(f"{h}  {p}\n" for p, h in sums.items()))
    summary["bytes"] = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    if config.archive:
        summary["archive"] = str(_archive(out, run_dir / f"{name}-export.tar.gz"))
    return summary


def _check_gguf(tmp: Path, gguf_name: str, kind: str, prompts, merged_answers, hf_prompts, hf_ids, max_new,
                merged_tok, metric, config: ExportConfig, files: list, skipped: list, problems: list, reference) -> dict:
    """Reload one GGUF in transformers and llama.cpp; compare prompts, tokens and greedy answers."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from .evaluate import generate

    exact = kind in ("f32", "f16", "bf16")
    check: dict = {"file": gguf_name, "bytes": (tmp / gguf_name).stat().st_size}
    tok = AutoTokenizer.from_pretrained(tmp, gguf_file=gguf_name)
    model = AutoModelForCausalLM.from_pretrained(tmp, gguf_file=gguf_name, dtype=torch.float32)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    gguf_prompts = [tok.apply_chat_template(p, tokenize=False, add_generation_prompt=True) for p in prompts]
    check["transformers_chat_template_identical"] = sum(a == b for a, b in zip(gguf_prompts, hf_prompts))
    answers, _, _ = generate(model, tok, prompts, max_new, desc=f"{kind} GGUF (transformers)")
    del model
    same = sum(a == b for a, b in zip(answers, merged_answers))
    files.append({"file": gguf_name, "runtime": "transformers (gguf_file=)", "identical": same, "compared_with": "merged model",
                  "metric": metric(answers), "answers": answers})
    if check["transformers_chat_template_identical"] < len(prompts):
        problems.append(f"{gguf_name}: the chat template read back by transformers renders other prompts than the merged model's")
    if exact and same < len(prompts):
        problems.append(f"{gguf_name}: reloaded in transformers, {len(prompts) - same} of {len(prompts)} greedy answers differ from the merged model")
    _flag(files[-1], files[0], kind, config, problems)

    if not config.llama_cpp_check:
        skipped.append(f"{gguf_name} in llama.cpp: turned off (llama_cpp_check=False)")
        check["llama_cpp"] = {"status": "skipped", "reason": "turned off"}
        return check
    version = llama_cpp_version()
    if version is None:
        reason = f"llama-cpp-python is not installed (install it with `{INSTALL_LLAMA_CPP}`)"
        skipped.append(f"{gguf_name} in llama.cpp: {reason}")
        check["llama_cpp"] = {"status": "skipped", "reason": reason}
        return check
    run = _llama_cpp_run(tmp / gguf_name, prompts, hf_prompts, hf_ids, max_new, config.context)
    same = sum(a == b for a, b in zip(run["answers"], merged_answers))
    files.append({"file": gguf_name, "runtime": f"llama.cpp (llama-cpp-python {version})", "identical": same,
                  "compared_with": "merged model", "metric": metric(run["answers"]), "answers": run["answers"]})
    check["llama_cpp"] = {"status": "ran", "version": version, **{k: v for k, v in run.items() if k != "answers"}}
    if run["prompt_identical"] < len(prompts):
        problems.append(f"{gguf_name}: the chat prompt llama.cpp builds from the GGUF's template differs from "
                        "apply_chat_template on {0} of {1} cases".format(len(prompts) - run["prompt_identical"], len(prompts)))
    if run["tokens_identical"] < len(prompts):
        problems.append(f"{gguf_name}: llama.cpp tokenizes {len(prompts) - run['tokens_identical']} of {len(prompts)} "
                        "prompts differently from transformers")
    if exact and same < len(prompts):
        problems.append(f"{gguf_name}: in llama.cpp, {len(prompts) - same} of {len(prompts)} greedy answers differ from the merged model")
    _flag(files[-1], files[0], kind, config, problems)
    return check


def _flag(row: dict, evaluated: dict, kind: str, config: ExportConfig, problems: list) -> None:
    """A quantized file whose metric drops more than the tolerance below the evaluated model's is flagged."""
    if kind in ("f32", "f16", "bf16") or row.get("metric") is None or evaluated.get("metric") is None:
        return
    drop = evaluated["metric"] - row["metric"]
    row["drop"] = round(drop, 4)
    if drop > config.quant_tolerance:
        row["flag"] = True
        problems.append(f"{row['file']} ({row['runtime']}) loses {drop:.3f} on the slice's metric against the evaluated "
                        f"model, more than the tolerance {config.quant_tolerance}: prefer a less aggressive quantization")


def _write_modelfile(tmp: Path, tok, settings, gguf_name: str, merged_dir: Path, config: ExportConfig, problems: list) -> dict:
    from . import ollama

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
        problems.append(f"Modelfile: the TEMPLATE renders {result['conversations'] - result['identical']} of "
                        f"{result['conversations']} test conversations differently from the chat template")
    return {"status": "checked", "renderer": "ftwork.ollama (Go text/template subset)", "stops": stops, **result}


def _card_context(eng: Engagement, run: str, name: str, settings, verification: dict, gguf_name, ollama_commands,
                  config: ExportConfig) -> dict:
    run_dir = eng.run_dir(run)
    return {"settings": settings, "run": run, "name": name, "train": _read_json(run_dir / "train_config.json") or {},
            "stats": _read_json(eng.dataset_dir / "stats.json"), "metrics": _read_json(run_dir / "metrics.json"),
            "anon": _read_json(eng.anonymized_dir / "ANONYMIZED.json"), "verification": verification,
            "gguf_name": gguf_name, "ollama_commands": ollama_commands, "context": config.context}


def _lineage(eng: Engagement, run: str, config: ExportConfig, package: Path) -> dict:
    train = _read_json(eng.run_dir(run) / "train_config.json") or {}
    stats = _read_json(eng.dataset_dir / "stats.json") or {}
    anon = _read_json(eng.anonymized_dir / "ANONYMIZED.json") or {}
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
        "export": {"config": asdict(config), "versions": _versions(),
                   "converter": _read_json(conv / "source.json") if config.gguf else None},
    }


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
