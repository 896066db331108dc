"""llama.cpp's own GGUF converter and quantizer, taken from the llama-cpp-python source archive.

The converter is not copied into this repository: `ensure_converter` takes
``convert_hf_to_gguf.py``, its ``conversion`` package and ``gguf-py`` from the source archive of
the PyPI package `llama-cpp-python` (``vendor/llama.cpp``), fetched once from the package index
(or given as a file with ``FTWORK_LLAMA_CPP_SDIST``) and kept in ``~/.cache/ftwork/llama.cpp/``.
It runs as a subprocess with this Python. Smaller quantizations and the llama.cpp check of a GGUF
go through llama-cpp-python itself, when it is installed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from .engagement import atomic_dir, sha256_file, write_json
from .errors import ExportError
from .models import cache_dir
from .tasks import QUANTIZE_TYPES

LLAMA_CPP_PYTHON_VERSION = "0.3.36"  # the source archive whose vendor/llama.cpp converts to GGUF
INSTALL_LLAMA_CPP = 'CMAKE_ARGS="-DGGML_NATIVE=OFF" pip install llama-cpp-python==' + LLAMA_CPP_PYTHON_VERSION


def converter_dir(version: str = LLAMA_CPP_PYTHON_VERSION) -> Path:
    """Where the converter of `version` is kept, once extracted: the ftwork cache, shared by engagements."""
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
        if "BPE pre-tokenizer was not recognized" in log:  # a NotImplementedError too, but about the tokenizer
            found = re.search(r"chkhsh:\s*([0-9a-f]{64})", log)
            raise ExportError(
                f"llama.cpp's converter (llama-cpp-python {LLAMA_CPP_PYTHON_VERSION}) supports the architecture '{arch}' "
                f"but does not recognise the tokenizer of {merged_dir.name}: it identifies a BPE pre-tokenizer by the "
                "hash of the token ids it gives a fixed text (get_vocab_base_pre in conversion/base.py), and this "
                f"tokenizer's (chkhsh {found.group(1) if found else 'unknown'}) matches none it knows. A published model's "
                "own tokenizer is known: keep the base model's original tokenizer.json and tokenizer_config.json "
                "(a changed vocabulary or pre-tokenizer is not), or, for a model newer than this converter, set "
                "ftwork.converter.LLAMA_CPP_PYTHON_VERSION to a newer llama-cpp-python. The merged safetensors are "
                "fine for transformers/vLLM: export without GGUF (gguf=()).")
        if re.search(r"tokenizer\.model", log) and re.search(r"not found|Missing", log):
            raise ExportError(
                f"llama.cpp's converter needs the SentencePiece file tokenizer.model for the architecture '{arch}', and "
                f"{merged_dir.name} has only tokenizer.json. Copy tokenizer.model from the base model's original files "
                "into the base model folder and export again, or export without GGUF (gguf=()).")
        if re.search(r"not supported|NotImplementedError", log):
            raise ExportError(
                f"llama.cpp's converter (llama-cpp-python {LLAMA_CPP_PYTHON_VERSION}) does not support the "
                f"architecture '{arch}'. The merged safetensors are fine for transformers/vLLM: export without GGUF "
                "(gguf=()), or pick a base model llama.cpp supports (Llama, Qwen2, Mistral, Gemma, Phi, SmolLM…).")
        tail = "\n".join(log.splitlines()[-15:])
        raise ExportError(f"llama.cpp's converter failed on {merged_dir.name} (architecture '{arch}', --outtype "
                          f"{outtype}):\n{tail}")


def gguf_reload_failure(model_dir: Path, exc: Exception) -> str:
    """Why transformers could not load a GGUF written from `model_dir`, in words: above all a head_dim it does not
    read from the file (for Llama, Mistral, Qwen2/3, Phi-3 it rebuilds the config's default head_dim)."""
    from transformers import AutoConfig

    try:
        cfg = json.loads((Path(model_dir) / "config.json").read_text())
        rebuilt = AutoConfig.for_model(cfg["model_type"], hidden_size=cfg["hidden_size"],
                                       num_attention_heads=cfg["num_attention_heads"])
        default = getattr(rebuilt, "head_dim", None) or cfg["hidden_size"] // cfg["num_attention_heads"]
    except Exception:  # an unusual config: give the loader's own words
        cfg, default = {}, None
    head_dim = cfg.get("head_dim")
    if head_dim and default and head_dim != default:
        return (f"the model's head_dim is {head_dim} (hidden_size {cfg['hidden_size']} / {cfg['num_attention_heads']} heads "
                f"= {cfg['hidden_size'] // cfg['num_attention_heads']}), and transformers' GGUF loader for "
                f"'{cfg['model_type']}' does not read head_dim from the file: it rebuilds the model with its default "
                f"{default}, so the weights do not fit. The GGUF itself carries the right head size "
                "(attention.key_length) for llama.cpp and Ollama; check it there (llama-cpp-python), the merged "
                "safetensors are verified in transformers")
    return f"transformers could not load it: {type(exc).__name__}: {str(exc).strip().splitlines()[0][:300]}"


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


def check_no_remote_code(folder: Path) -> None:
    """The converter loads tokenizers with trust_remote_code: make sure there is no code for it to run."""
    for name in ("config.json", "tokenizer_config.json"):
        path = folder / name
        if path.is_file() and "auto_map" in json.loads(path.read_text()):
            raise ExportError(f"{path} asks for custom code (auto_map); ftwork never runs remote code: "
                              "this model cannot be converted here.")
    if any(folder.glob("*.py")):
        raise ExportError(f"{folder} contains Python files; ftwork never runs model code: remove them.")


def llama_cpp_version() -> str | None:
    """The installed llama-cpp-python, or None when it cannot be imported."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        import llama_cpp  # noqa: F401 – importable, not only installed
    except Exception:
        return None
    try:
        return version("llama-cpp-python")
    except PackageNotFoundError:
        return getattr(llama_cpp, "__version__", "unknown")


def llama_cpp_run(gguf: Path, prompts: list[list[dict]], hf_prompts: list[str], hf_ids: list[list[int]],
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
