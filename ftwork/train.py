"""Stage 04 – train: supervised fine-tuning with TRL's SFTTrainer (LoRA, DoRA, QLoRA, full).

Also a module entry point, so the same training runs under `accelerate launch`:

    accelerate launch --config_file accelerate.yaml -m ftwork.train PROJECT_DIR --run run-01
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import os
import platform
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .engagement import Engagement, atomic_dir, write_json

METHODS = ("lora", "dora", "qlora", "full")


class TrainingError(RuntimeError):
    """A training problem explained with its fix."""


@dataclass
class TrainConfig:
    """Settings of one training run; every field is also a notebook parameter."""

    method: str = "lora"  # lora | dora | qlora | full
    learning_rate: float = 1e-3  # high for LoRA on a tiny model; presets lower it for bigger ones
    epochs: float = 3.0
    batch_size: int = 16
    grad_accum: int = 1
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.0  # dropout costs ~20% of a CPU step and barely helps over 3 epochs
    target_modules: str = "all-linear"
    max_length: int = 512
    warmup_ratio: float = 0.05
    weight_decay: float = 0.0
    seed: int = 42
    max_steps: int = -1  # > 0 caps the steps (SMOKE runs)
    logging_steps: int = 5
    save_steps: int = 50
    eval_each_epoch: bool = True
    gradient_checkpointing: bool = False  # small models on CPU: recomputation costs more than it saves
    bf16: bool | None = None  # None: on when the GPU supports it
    report_to: str = "none"  # "tensorboard" or "mlflow" for local tracking; nothing is sent anywhere


def versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version()}
    for pkg in ("torch", "transformers", "trl", "peft", "datasets", "accelerate", "bitsandbytes", "ftwork"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            pass
    return out


def _cuda() -> bool:
    import torch

    return torch.cuda.is_available()


def _log_history_files(history: list[dict], out_dir: Path) -> None:
    write_json(out_dir / "training_log.json", history)
    keys = sorted({k for h in history for k in h})
    tmp = out_dir / ".training_log.csv.tmp"
    with open(tmp, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=keys)
        writer.writeheader()
        writer.writerows(history)
    tmp.replace(out_dir / "training_log.csv")


def _callbacks(out_dir: Path, live_plot: bool):
    from transformers import TrainerCallback

    class LogFiles(TrainerCallback):
        """Keep the log as JSON/CSV on disk while it runs, and the curve live in a notebook."""

        def __init__(self):
            self.handle = None

        def on_log(self, args, state, control, logs=None, **kwargs):
            if not state.is_world_process_zero:
                return
            _log_history_files(state.log_history, out_dir)
            if live_plot:
                from IPython.display import display

                from .plots import loss_plot

                fig = loss_plot(state.log_history)
                if self.handle is None:
                    self.handle = display(fig, display_id=True)
                else:
                    self.handle.update(fig)
                import matplotlib.pyplot as plt

                plt.close(fig)

    return [LogFiles()]


def _answer_only_trainer_class():
    """SFTTrainer whose loss runs the output layer only where the loss is taken.

    With the loss on the answer only, most positions carry no loss, yet the stock loss projects
    every position onto the whole vocabulary (49k wide for SmolLM2) – the largest single cost of
    a CPU step on a small model. Here the decoder runs once, the hidden states of answer
    positions are picked out, and only those go through `lm_head`. Same loss, less work. Falls
    back to TRL's own loss for multi-process runs (DDP syncs gradients in its own forward) and
    for models without the usual `model` + `lm_head` layout.
    """
    import torch
    import torch.nn.functional as F
    from trl import SFTTrainer

    class AnswerOnlySFTTrainer(SFTTrainer):
        def _causal_lm(self, model):
            if self.accelerator.num_processes > 1:
                return None
            inner = self.accelerator.unwrap_model(model)
            if hasattr(inner, "get_base_model"):
                inner = inner.get_base_model()
            ok = hasattr(inner, "lm_head") and hasattr(inner, "model") and callable(getattr(inner, "model", None))
            return inner if ok else None

        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            lm = None if return_outputs or "labels" not in inputs else self._causal_lm(model)
            if lm is None:
                return super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
            mode = "train" if model.training else "eval"
            labels = inputs["labels"]
            hidden = lm.model(
                input_ids=inputs["input_ids"],
                attention_mask=inputs.get("attention_mask"),
                position_ids=inputs.get("position_ids"),
                use_cache=False,
            ).last_hidden_state
            target = labels[:, 1:]
            keep = target != -100
            logits = lm.lm_head(hidden[:, :-1][keep]).float()
            cap = getattr(lm.config, "final_logit_softcapping", None)
            if cap:
                logits = torch.tanh(logits / cap) * cap
            gold = target[keep]
            n = keep.sum() if num_items_in_batch is None else num_items_in_batch
            loss = F.cross_entropy(logits, gold, reduction="sum") / torch.as_tensor(n).clamp(min=1)
            with torch.no_grad():
                valid = max(int(keep.sum()), 1)
                self._metrics[mode]["mean_token_accuracy"].append((logits.argmax(-1) == gold).sum().item() / valid)
                if mode == "train" and "attention_mask" in inputs:
                    self._total_train_tokens += int(inputs["attention_mask"].sum())
                self._metrics[mode]["num_tokens"] = [self._total_train_tokens]
            return loss

    return AnswerOnlySFTTrainer


def build_trainer(eng: Engagement, run: str, config: TrainConfig, live_plot: bool = False):
    """The SFTTrainer for this engagement's dataset, with checkpoints under runs/<run>/checkpoints."""
    import torch
    from peft import LoraConfig
    from trl import SFTConfig

    from .dataset import load_splits
    from .models import load_model, load_tokenizer

    if config.method not in METHODS:
        raise TrainingError(f"Unknown method '{config.method}'. Choose one of {', '.join(METHODS)}.")
    settings = eng.settings()
    splits = load_splits(eng)
    if "eval" not in splits or len(splits["eval"]) == 0:
        raise TrainingError("The dataset has no eval split: rebuild it in 03_build_dataset (it holds one out by default).")
    out_dir = eng.run_dir(run)
    out_dir.mkdir(parents=True, exist_ok=True)

    bf16 = config.bf16 if config.bf16 is not None else (_cuda() and torch.cuda.is_bf16_supported())
    model_kwargs = {}
    if config.method == "qlora":
        from transformers import BitsAndBytesConfig

        model_kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=torch.bfloat16 if bf16 else torch.float32,
        )
    tokenizer = load_tokenizer(settings.base_model)
    model = load_model(settings.base_model, dtype=torch.bfloat16 if (bf16 and config.method == "full") else torch.float32, **model_kwargs)

    peft_config = None
    if config.method != "full":
        peft_config = LoraConfig(
            r=config.lora_r,
            lora_alpha=config.lora_alpha,
            lora_dropout=config.lora_dropout,
            target_modules=config.target_modules,
            use_dora=config.method == "dora",
            task_type="CAUSAL_LM",
        )
    n_train = len(splits["train"])
    steps_per_epoch = max(1, -(-n_train // (config.batch_size * config.grad_accum)))
    args = SFTConfig(
        output_dir=str(out_dir / "checkpoints"),
        learning_rate=config.learning_rate,
        num_train_epochs=config.epochs,
        max_steps=config.max_steps,
        per_device_train_batch_size=config.batch_size,
        per_device_eval_batch_size=config.batch_size,
        gradient_accumulation_steps=config.grad_accum,
        warmup_steps=int(config.warmup_ratio * steps_per_epoch * config.epochs),
        weight_decay=config.weight_decay,
        lr_scheduler_type="linear",
        max_length=config.max_length,
        completion_only_loss=True,  # loss on the answer only: the lesson of the BANKING77 runs
        **{_checkpointing_field(): config.gradient_checkpointing},
        bf16=bf16,
        logging_steps=config.logging_steps,
        save_strategy="steps",
        save_steps=config.save_steps,
        save_total_limit=2,
        eval_strategy="epoch" if config.eval_each_epoch else "no",
        report_to=config.report_to,
        seed=config.seed,
        data_seed=config.seed,
        use_cpu=not _cuda(),
        dataloader_num_workers=0,
        disable_tqdm=False,
    )
    trainer = _answer_only_trainer_class()(
        model=model,
        args=args,
        train_dataset=splits["train"].remove_columns([c for c in splits["train"].column_names if c not in ("prompt", "completion")]),
        eval_dataset=splits["eval"].remove_columns([c for c in splits["eval"].column_names if c not in ("prompt", "completion")]),
        processing_class=tokenizer,
        peft_config=peft_config,
        callbacks=_callbacks(out_dir, live_plot),
    )
    return trainer


def _checkpointing_field() -> str:
    """transformers renamed gradient_checkpointing to activation_checkpointing (the old name warns)."""
    from trl import SFTConfig

    names = {f.name for f in dataclasses.fields(SFTConfig)}
    return "activation_checkpointing" if "activation_checkpointing" in names else "gradient_checkpointing"


def last_checkpoint(run_dir: Path) -> str | None:
    from transformers.trainer_utils import get_last_checkpoint

    ckpt = run_dir / "checkpoints"
    return get_last_checkpoint(str(ckpt)) if ckpt.is_dir() else None


def _fingerprint(eng: Engagement, config: TrainConfig) -> dict:
    from .dataset import dataset_hash

    settings = eng.settings()
    return {"config": asdict(config), "dataset_hash": dataset_hash(eng), "base_model": settings.base_model}


def train(eng: Engagement, run: str = "run-01", config: TrainConfig | None = None, redo: bool = False,
          live_plot: bool = False, override_gate: bool = False) -> dict:
    """Train (or resume, or skip when done with the same inputs) and save the adapter in runs/<run>/adapter."""
    import torch

    from . import anonymize
    from .models import model_revision

    config = config or TrainConfig()
    gate = anonymize.check_gate(eng, override=override_gate)
    out_dir = eng.run_dir(run)
    marker = out_dir / "train_config.json"
    fingerprint = _fingerprint(eng, config)
    if marker.is_file() and not redo:
        done = json.loads(marker.read_text())
        if {k: done.get(k) for k in fingerprint} == fingerprint:
            done["skipped"] = True
            return done
    if redo and out_dir.exists():
        import shutil

        for name in ("checkpoints", "adapter", "train_config.json"):
            p = out_dir / name
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)

    torch.set_num_threads(max(1, os.cpu_count() or 1))
    trainer = build_trainer(eng, run, config, live_plot=live_plot)
    resume = last_checkpoint(out_dir)
    started = time.time()
    try:
        result = trainer.train(resume_from_checkpoint=resume)
    except torch.OutOfMemoryError as exc:
        raise TrainingError(
            "Out of memory. Lower BATCH_SIZE (and raise GRAD_ACCUM to keep the effective batch), lower MAX_LENGTH, "
            "or switch METHOD to 'qlora'. Checkpoints so far are kept in runs/<run>/checkpoints."
        ) from exc
    history = trainer.state.log_history
    losses = [h["loss"] for h in history if "loss" in h]
    if any(l != l for l in losses):  # NaN
        raise TrainingError(
            f"The training loss became NaN. Lower LEARNING_RATE (now {config.learning_rate}) by 3–10×; "
            "checkpoints so far are kept."
        )
    _log_history_files(history, out_dir)
    with atomic_dir(out_dir / "adapter") as tmp:
        trainer.save_model(str(tmp))
        trainer.processing_class.save_pretrained(str(tmp))
    from .plots import loss_plot

    loss_plot(history, out_dir / "loss.png")
    record = {
        **fingerprint,
        "run": run,
        "method": config.method,
        "resumed_from": resume,
        "train_seconds": round(time.time() - started, 1),
        "train_loss": result.training_loss,
        "final_eval_loss": next((h["eval_loss"] for h in reversed(history) if "eval_loss" in h), None),
        "global_step": trainer.state.global_step,
        "base_model_revision": model_revision(eng.settings().base_model),
        "versions": versions(),
        "anonymization_gate": gate,
        "warnings": overfitting_warnings(history),
    }
    write_json(marker, record)  # written last: its presence means the run finished
    return record


def overfitting_warnings(history: list[dict]) -> list[str]:
    """Warn when eval loss rises while train loss keeps falling (the gap keeps growing)."""
    evals = [h["eval_loss"] for h in history if "eval_loss" in h]
    if len(evals) >= 3 and evals[-1] > evals[-2] > evals[-3]:
        return [f"Eval loss rose for two evaluations in a row ({evals[-3]:.3f} → {evals[-1]:.3f}): the model is "
                "starting to overfit. Use fewer epochs or more data."]
    return []


def main(argv: list[str] | None = None) -> int:
    """Entry point for `python -m ftwork.train` and `accelerate launch -m ftwork.train`."""
    parser = argparse.ArgumentParser(prog="python -m ftwork.train", description=__doc__)
    parser.add_argument("project_dir")
    parser.add_argument("--run", default="run-01")
    parser.add_argument("--redo", action="store_true")
    for f in dataclasses.fields(TrainConfig):
        kind = {"int": int, "float": float}.get(str(f.type), str)
        parser.add_argument(f"--{f.name.replace('_', '-')}", type=kind, default=None)
    ns = parser.parse_args(argv)
    overrides = {f.name: getattr(ns, f.name) for f in dataclasses.fields(TrainConfig) if getattr(ns, f.name) is not None}
    record = train(Engagement.open(ns.project_dir), ns.run, TrainConfig(**overrides), redo=ns.redo)
    print(json.dumps({k: record[k] for k in ("run", "train_loss", "final_eval_loss", "global_step") if k in record}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
