"""Stage 06 – export: merge the adapter into the base, save safetensors, verify before calling it done."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .engagement import Engagement, atomic_dir, atomic_write_text, write_json


class ExportError(RuntimeError):
    """An export problem explained with its fix."""


@dataclass
class ExportConfig:
    dtype: str = "float16"  # float16 | bfloat16 | float32
    verify_examples: int = 8  # greedy answers compared between adapter model and merged model


def check_adapter_base(adapter_config: dict, base_model: str) -> None:
    """Refuse an adapter trained on another base model."""
    from .models import EMBEDDED_ID, resolve_model

    trained_on = str(adapter_config.get("base_model_name_or_path") or "")
    candidates = {base_model.lower(), str(resolve_model(base_model)).lower()}
    if base_model.lower() == EMBEDDED_ID.lower():
        candidates.add(EMBEDDED_ID.lower())
    if trained_on and trained_on.lower() not in candidates and Path(trained_on).name.lower() not in {Path(c).name for c in candidates}:
        raise ExportError(
            f"This adapter was trained on '{trained_on}', but the engagement's base model is '{base_model}'. "
            "Set the engagement's base model back, or retrain the adapter on the new base."
        )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def export(eng: Engagement, run: str = "run-01", config: ExportConfig | None = None) -> dict:
    """Merge runs/<run>/adapter into the base and write runs/<run>/export/merged; verify it reproduces the adapter."""
    import torch
    from peft import PeftModel

    from .dataset import load_splits
    from .evaluate import default_max_new_tokens, generate
    from .models import load_model, load_tokenizer

    config = config or ExportConfig()
    settings = eng.settings()
    run_dir = eng.run_dir(run)
    adapter = run_dir / "adapter"
    if not (run_dir / "train_config.json").is_file() or not adapter.is_dir():
        raise ExportError(f"Nothing to export for run '{run}': train it first in 04_train (no {adapter}).")
    full = (adapter / "config.json").is_file()
    tokenizer = load_tokenizer(settings.base_model)
    if full:
        tuned = load_model(str(adapter))
        merged = tuned
    else:
        check_adapter_base(json.loads((adapter / "adapter_config.json").read_text()), settings.base_model)
        tuned = PeftModel.from_pretrained(load_model(settings.base_model), str(adapter))
        # merge into a fresh full-precision copy, so the adapter model stays intact for the comparison
        merged = PeftModel.from_pretrained(load_model(settings.base_model), str(adapter)).merge_and_unload()

    evals = load_splits(eng)["eval"]
    sample = evals.select(range(min(config.verify_examples, len(evals))))
    prompts = [ex["prompt"] for ex in sample]
    max_new = default_max_new_tokens(settings.task, tokenizer, [ex["completion"][0]["content"] for ex in sample])
    reference, _, _ = generate(tuned, tokenizer, prompts, max_new, desc="adapter model")

    dtype = getattr(torch, config.dtype)
    out = run_dir / "export"
    with atomic_dir(out) as tmp:
        merged_dir = tmp / "merged"
        merged.to(dtype).save_pretrained(merged_dir, safe_serialization=True)
        tokenizer.save_pretrained(merged_dir)
        merged.generation_config.save_pretrained(merged_dir)
        if not full:  # the adapter alone is kept too
            import shutil

            shutil.copytree(adapter, tmp / "adapter")
        # Reload what was written and check it answers like the evaluated model.
        reloaded = load_model(str(merged_dir), dtype=torch.float32)
        answers, _, _ = generate(reloaded, load_tokenizer(str(merged_dir)), prompts, max_new, desc="merged model")
        same = [a == b for a, b in zip(reference, answers)]
        verification = {
            "examples": len(same),
            "identical_greedy_answers": sum(same),
            "dtype": config.dtype,
            "pairs": [{"adapter": a, "merged": b} for a, b in zip(reference, answers)],
        }
        write_json(tmp / "verification.json", verification)
        sums = "".join(f"{_sha256(p)}  {p.relative_to(tmp)}\n" for p in sorted(tmp.rglob("*")) if p.is_file())
        atomic_write_text(tmp / "SHA256SUMS", sums)
        summary = {
            "run": run,
            "merged_dir": str(out / "merged"),
            "verification": {k: v for k, v in verification.items() if k != "pairs"},
            "config": asdict(config),
            "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        write_json(tmp / "export.json", summary)
    if sum(same) < len(same):
        summary["warning"] = (
            f"The merged {config.dtype} model differs from the adapter model on {len(same) - sum(same)} of {len(same)} "
            "greedy answers (rounding to half precision can flip near-ties); compare them in verification.json or export float32."
        )
    return summary
