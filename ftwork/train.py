"""Stage 04 – train: supervised fine-tuning with TRL's SFTTrainer (LoRA, DoRA, QLoRA, full).

Also a module entry point, so the same training runs on several GPUs (or CPU processes) under
`accelerate launch`; `accelerate_command` prints the line and `write_accelerate_config` the file:

    accelerate launch --config_file accelerate.yaml -m ftwork.train PROJECT_DIR --run run-01

What `train` leaves in runs/<RUN>/: checkpoints/ (every SAVE_STEPS, the last two kept),
train_started.json (what the checkpoints were made with, to refuse resuming them with other
inputs), training_log.json / .csv, loss.png, adapter/ (or the whole model for full fine-tuning)
and, written last, train_config.json – its presence means the run finished.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import importlib.util
import json
import math
import os
import re
import shutil
import sys
import time
from dataclasses import asdict
from pathlib import Path

from . import hardware, plans, presets
from .artifacts import check_adapter_base, check_gate, dataset_hash, last_checkpoint, load_splits, versions
from .configs import TrainConfig
from .engagement import Engagement, atomic_dir, write_json
from .errors import AnonymizationGateError, DatasetError, EngagementError, ExportError, ModelNotAvailable, TrainingError
from .answer_loss import answer_only_trainer_class as _answer_only_trainer_class
from .answer_loss import use_layer_cache
from .layercache import lower_layer_count
from .launch import accelerate_command, train_arguments, write_accelerate_config  # noqa: F401  (ftwork.train's API)
from .metrics import is_finite_number as _finite
from .metrics import overfitting_warnings, weighted_train_loss
from .models import boundary_warning, check_chat_template, load_model, load_tokenizer, model_revision, quiet_peft
from .plots import save_loss_plot, show_loss_plot
from .progress import line_interval, lines_mode, progress_line
from .tasks import ACCELERATE_KINDS, METHODS, REPORT_TO  # noqa: F401  (ACCELERATE_KINDS: as before)

# Settings that change what is logged or checked, not what is trained: a finished run whose only
# difference is one of these is still the same run.
_COSMETIC = ("report_to", "check_memory", "logging_steps", "num_threads")
# What early stopping watches: the eval loss, or the share of held-out answers whose every token is the
# model's top choice – exactly the answers greedy decoding gets right (ftwork.answer_loss.answer_exact_match).
_STOP_METRICS = {"loss": "eval_loss", "exact_match": "eval_answer_exact_match"}


def _cuda() -> bool:
    import torch

    return torch.cuda.is_available()


def _rank() -> int:
    """This process's rank under `accelerate launch` / torchrun (0 when alone)."""
    return int(os.environ.get("RANK", "0") or 0)


def _world_size() -> int:
    return int(os.environ.get("WORLD_SIZE", "1") or 1)


def _log_history_files(history: list[dict], out_dir: Path) -> None:
    write_json(out_dir / "training_log.json", history)
    keys = sorted({k for h in history for k in h})
    tmp = out_dir / ".training_log.csv.tmp"
    with open(tmp, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=keys)
        writer.writeheader()
        writer.writerows(history)
    tmp.replace(out_dir / "training_log.csv")


def _callbacks(out_dir: Path, live_plot: bool, config: TrainConfig):
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
                self.handle = show_loss_plot(state.log_history, self.handle)

    class StopOnNaN(TrainerCallback):
        """Stop at the first non-finite loss: every further step would only spread NaN into the checkpoints."""

        def on_log(self, args, state, control, logs=None, **kwargs):
            if logs and any(k in logs and not _finite(logs[k]) for k in ("loss", "grad_norm")):
                control.should_training_stop = True
                control.should_save = False

    class StepLines(TrainerCallback):
        """Under `ftwork run`: a plain line every few seconds – step, elapsed, time left, last loss (no tqdm bar)."""

        def on_train_begin(self, args, state, control, **kwargs):
            self.started = self.last = time.monotonic()
            self.first, self.loss, self.due = state.global_step, None, False  # a resumed run: its own pace

        def _print(self, state):
            now, step, total = time.monotonic(), state.global_step, state.max_steps
            self.last, self.due, done = now, False, step - self.first
            left = (now - self.started) / done * (total - step) if done else None
            extra = f"loss {self.loss:.4g}" if isinstance(self.loss, (int, float)) else ""
            print(progress_line("Training", step, total, now - self.started, "steps", extra, left=left), flush=True)

        def on_step_end(self, args, state, control, **kwargs):
            step = state.global_step
            self.due = state.is_world_process_zero and (
                time.monotonic() - self.last >= line_interval() or step >= state.max_steps or step == self.first + 1)
            if self.due and not control.should_log:  # else on_log prints it, with this step's loss
                self._print(state)

        def on_log(self, args, state, control, logs=None, **kwargs):
            self.loss = logs.get("loss", self.loss) if logs else self.loss
            if self.due and logs and "loss" in logs:
                self._print(state)

    callbacks = [LogFiles(), StopOnNaN()] + ([StepLines()] if lines_mode() else [])
    if config.early_stopping_patience > 0:
        from transformers import EarlyStoppingCallback

        callbacks.append(EarlyStoppingCallback(early_stopping_patience=config.early_stopping_patience))
    callbacks += _tracking_callbacks(config, out_dir)
    return callbacks


def _tracking_callbacks(config: TrainConfig, out_dir: Path) -> list:
    """Local tracking only: TensorBoard event files in runs/<run>/tensorboard, or an MLflow file store in runs/<run>/mlruns."""
    if config.report_to == "tensorboard":
        from transformers.integrations import TensorBoardCallback

        cb = TensorBoardCallback()  # writes on the main process only
        cb.logging_dir = str(out_dir / "tensorboard")
        return [cb]
    if config.report_to == "mlflow":
        from transformers.integrations import MLflowCallback

        return [MLflowCallback()]
    return []


def check_tracking(report_to: str) -> None:
    """Refuse trackers that send data away, and say clearly when a local one is not installed."""
    if report_to not in REPORT_TO:
        raise TrainingError(
            f"REPORT_TO='{report_to}' is not allowed: ftwork tracks locally only, so nothing leaves this machine. "
            f"Use one of {', '.join(REPORT_TO)}."
        )
    if report_to == "tensorboard" and not (importlib.util.find_spec("tensorboard") or importlib.util.find_spec("tensorboardX")):
        raise TrainingError(
            "REPORT_TO='tensorboard' needs the tensorboard package, which is not installed in this environment. "
            "Install it (`pip install tensorboard`; it only writes event files to runs/<RUN>/tensorboard), or set "
            "REPORT_TO='none' – training_log.csv and loss.png are written either way."
        )
    if report_to == "mlflow":
        if importlib.util.find_spec("mlflow") is None:
            raise TrainingError(
                "REPORT_TO='mlflow' needs the mlflow package, which is not installed in this environment. Install it "
                "(`pip install mlflow`; ftwork points it at a file store in runs/<RUN>/mlruns), or set REPORT_TO='none'."
            )
        uri = os.environ.get("MLFLOW_TRACKING_URI", "")
        if uri and not uri.startswith("file:"):
            raise TrainingError(
                f"MLFLOW_TRACKING_URI is set to '{uri}', a remote store: ftwork never sends training data or metrics "
                "away. Unset it; ftwork then logs to a local file store in runs/<RUN>/mlruns."
            )


@contextlib.contextmanager
def _tracking_env(config: TrainConfig, out_dir: Path):
    """MLflow reads its store from the environment when the run starts: point it at the run folder, then restore."""
    if config.report_to != "mlflow":
        yield
        return
    saved = {k: os.environ.get(k) for k in ("MLFLOW_TRACKING_URI", "MLFLOW_EXPERIMENT_NAME")}
    os.environ["MLFLOW_TRACKING_URI"] = (out_dir / "mlruns").resolve().as_uri()
    os.environ.setdefault("MLFLOW_EXPERIMENT_NAME", "ftwork")
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _precision(config: TrainConfig) -> str:
    """The precision `config` trains with on this machine: bf16 or fp16 on a CUDA GPU, bf16 autocast or
    fp32 on a CPU (the one rule: `ftwork.plans.precision`)."""
    return plans.precision(hardware.precision_facts(_cuda()), config.method, config.bf16)


def model_load_kwargs(config: TrainConfig) -> dict:
    """How `load_model` loads the base for `config`: its dtype and, for QLoRA, the 4-bit NF4 config (and, on
    a GPU, the process's own GPU as device map, as `accelerate launch` needs with several).

    On a GPU the frozen base of LoRA/DoRA (and QLoRA's non-quantized layers) sits in half precision,
    PEFT keeping the adapters in fp32; full fine-tuning loads bf16 where supported, else fp32 master
    weights for fp16 mixed precision. fp32 weights on a CPU (bf16 there is autocast, see plans.precision).
    """
    import torch

    prec = _precision(config)
    half = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(prec)
    kwargs = {"dtype": torch.float32 if (config.method == "full" and prec != "bf16") or not _cuda() else (half or torch.float32)}
    if config.method == "qlora":
        from transformers import BitsAndBytesConfig

        kwargs["quantization_config"] = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4",
                                                           bnb_4bit_use_double_quant=True,
                                                           bnb_4bit_compute_dtype=half or torch.float32)
        if _cuda():  # 4-bit weights cannot be moved after loading: each process loads onto its own GPU
            kwargs["device_map"] = {"": int(os.environ.get("LOCAL_RANK", "0") or 0)}
    return kwargs


def cpu_attention(model, precision: str) -> None:
    """Eager attention for bf16 autocast on a CPU: PyTorch's CPU flash-attention kernel is fast
    forward but its bf16 backward is ~3x slower than eager attention's batched matmuls (profiled on
    the embedded model: a whole step 3.5 s with SDPA, 2.9 s eager). Elsewhere SDPA stays."""
    if precision == "bf16" and not _cuda() and hasattr(model, "set_attn_implementation"):
        model.set_attn_implementation("eager")


def lora_config(model, config: TrainConfig):
    """PEFT's LoraConfig for `config` (None for full fine-tuning): DoRA when asked, on the top layers when asked."""
    from peft import LoraConfig

    if config.method == "full":
        return None
    layers = adapted_layers(model, config)
    targets = config.target_modules
    if layers and targets == "all-linear":  # PEFT takes a layer list only with named modules
        targets = linear_module_names(model)
    return LoraConfig(r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=config.lora_dropout,
                      target_modules=targets, use_dora=config.method == "dora", task_type="CAUSAL_LM",
                      layers_to_transform=layers)


def linear_module_names(model) -> list[str]:
    """What PEFT's "all-linear" adapts: the names of the linear layers inside the decoder layers."""
    import torch

    return sorted({name.rsplit(".", 1)[-1] for name, module in model.named_modules()
                   if isinstance(module, torch.nn.Linear) and ".layers." in f".{name}"})


def adapted_layers(model, config: TrainConfig) -> list[int] | None:
    """The decoder layers that get adapters: the top `config.adapter_layers` (None: all of them)."""
    n_layers = int(getattr(model.config, "num_hidden_layers", 0) or 0)
    n_lower = lower_layer_count(n_layers, config.adapter_layers)
    return list(range(n_lower, n_layers)) if n_lower else None


def _steps_per_epoch(n_train: int, config: TrainConfig) -> int:
    return max(1, -(-n_train // (config.batch_size * config.grad_accum * _world_size())))


def build_trainer(eng: Engagement, run: str, config: TrainConfig, live_plot: bool = False):
    """The SFTTrainer for this engagement's dataset, with checkpoints under runs/<run>/checkpoints."""

    if config.method not in METHODS:
        raise TrainingError(f"Unknown method '{config.method}'. Choose one of {', '.join(METHODS)}.")
    check_tracking(config.report_to)
    settings = eng.settings()
    splits = load_splits(eng)
    has_eval = "eval" in splits and len(splits["eval"]) > 0
    if config.early_stopping_metric not in _STOP_METRICS:
        raise TrainingError(f"EARLY_STOPPING_METRIC='{config.early_stopping_metric}' is not known: use "
                            f"{' or '.join(repr(k) for k in _STOP_METRICS)}.")
    wants_eval = config.eval_each_epoch or config.early_stopping_patience > 0
    if wants_eval and not has_eval:
        raise TrainingError(
            f"The dataset in {eng.dataset_dir} has no eval split, so the eval loss (the overfitting guard) cannot be "
            "computed. Rebuild it in 03_build_dataset, which holds examples out by default (or give `ftwork new` "
            "--eval-data), or train without the guard: EVAL_EACH_EPOCH=False and EARLY_STOPPING=0."
        )
    out_dir = eng.run_dir(run)
    out_dir.mkdir(parents=True, exist_ok=True)

    prec = _precision(config)
    tokenizer = load_tokenizer(settings.base_model)
    try:  # a template that cannot be split into prompt and answer would give a wrong loss mask
        check_chat_template(tokenizer, settings.base_model)
    except ModelNotAvailable as exc:
        raise TrainingError(str(exc)) from exc
    try:
        model = load_model(settings.base_model, **model_load_kwargs(config))
    except ImportError as exc:
        raise TrainingError(f"METHOD='qlora' needs bitsandbytes ({exc}). Install it (`pip install bitsandbytes`) "
                            "or use METHOD='lora'.") from exc
    cpu_attention(model, prec)

    peft_config = lora_config(model, config)
    args = sft_config(config, out_dir, len(splits["train"]), has_eval)
    keep = ("prompt", "completion")
    with _quiet_library():
        trainer = _answer_only_trainer_class()(
            model=model,
            args=args,
            train_dataset=splits["train"].remove_columns([c for c in splits["train"].column_names if c not in keep]),
            eval_dataset=splits["eval"].remove_columns([c for c in splits["eval"].column_names if c not in keep]) if has_eval else None,
            processing_class=tokenizer,
            peft_config=peft_config,
            callbacks=_callbacks(out_dir, live_plot, config),
        )
    use_layer_cache(trainer, peft_config)
    trainer.boundary_warning = boundary_warning(tokenizer, settings.base_model, splits["train"])
    if trainer.boundary_warning and trainer.accelerator.is_main_process:  # said before training; kept in the record
        print(f"WARNING: {trainer.boundary_warning}", flush=True)
    if lines_mode():  # StepLines reports instead of the printer of raw log dicts that disable_tqdm brings
        from transformers.trainer_callback import PrinterCallback

        trainer.remove_callback(PrinterCallback)
    return trainer


@contextlib.contextmanager
def _quiet_library():
    """One progress bar per job – the training bar, not one per pass TRL makes over each split – and without
    the library notices `models.quiet_peft` drops."""
    import datasets

    shown = datasets.is_progress_bar_enabled()
    datasets.disable_progress_bars()
    try:
        with quiet_peft():
            yield
    finally:
        if shown:
            datasets.enable_progress_bars()


def sft_config(config: TrainConfig, out_dir: Path, n_train: int, has_eval: bool = True):
    """The SFTConfig (TrainingArguments) for `config`, checkpoints in out_dir/checkpoints."""
    from trl import SFTConfig

    prec = _precision(config)
    steps_per_epoch = _steps_per_epoch(n_train, config)
    total_steps = config.max_steps if config.max_steps > 0 else math.ceil(steps_per_epoch * config.epochs)
    if config.early_stopping_patience > 0:
        # Early stopping needs the best checkpoint, so saving and evaluating go together: the eval loss
        # is computed at every checkpoint (mid-epoch checkpoints, and so resume, are kept).
        eval_kwargs = dict(eval_strategy="steps", eval_steps=config.save_steps, load_best_model_at_end=True,
                           metric_for_best_model=_STOP_METRICS[config.early_stopping_metric],
                           greater_is_better=config.early_stopping_metric != "loss",
                           restore_callback_states_from_checkpoint=True)
    else:
        eval_kwargs = dict(eval_strategy="epoch" if (config.eval_each_epoch and has_eval) else "no")
    args = SFTConfig(
        output_dir=str(out_dir / "checkpoints"),
        learning_rate=config.learning_rate,
        num_train_epochs=config.epochs,
        max_steps=config.max_steps,
        per_device_train_batch_size=config.batch_size,
        per_device_eval_batch_size=config.batch_size,
        gradient_accumulation_steps=config.grad_accum,
        warmup_steps=int(config.warmup_ratio * total_steps),
        weight_decay=config.weight_decay,
        lr_scheduler_type="linear",
        optim=plans.optimizer(config.method, _cuda(), config.optim),
        max_length=config.max_length,
        completion_only_loss=True,  # loss on the answer only: the lesson of the BANKING77 runs
        packing=config.packing,
        train_sampling_strategy="group_by_length" if config.group_by_length else "random",
        **{_checkpointing_field(): config.gradient_checkpointing},
        bf16=prec == "bf16",
        fp16=prec == "fp16",
        logging_steps=config.logging_steps,
        logging_nan_inf_filter=False,  # a NaN loss must show, not be averaged away
        save_strategy="steps",
        save_steps=config.save_steps,
        save_total_limit=2,
        **eval_kwargs,
        report_to="none",  # trackers are added as callbacks, pointed at the run folder
        ddp_find_unused_parameters=False,  # every adapter (or weight) takes part in every forward
        seed=config.seed,
        data_seed=config.seed,
        use_cpu=not _cuda(),
        dataloader_num_workers=0,
        disable_tqdm=lines_mode(),  # under `ftwork run` the StepLines callback prints plain lines instead
    )
    return args


def _checkpointing_field() -> str:
    """transformers renamed gradient_checkpointing to activation_checkpointing (the old name warns)."""
    from trl import SFTConfig

    names = {f.name for f in dataclasses.fields(SFTConfig)}
    return "activation_checkpointing" if "activation_checkpointing" in names else "gradient_checkpointing"


def _fingerprint(eng: Engagement, config: TrainConfig) -> dict:
    settings = eng.settings()
    return {"config": asdict(config), "dataset_hash": dataset_hash(eng), "base_model": settings.base_model}


def _differences(old: dict, new: dict) -> list[str]:
    """What changed between two fingerprints, in words; cosmetic settings ignored."""
    out = []
    if old.get("base_model") != new["base_model"]:
        out.append(f"base model '{old.get('base_model')}' → '{new['base_model']}'")
    if old.get("dataset_hash") != new["dataset_hash"]:
        out.append("the dataset (its hash changed: 03_build_dataset was rerun)")
    a, b = old.get("config") or {}, new["config"]
    for key in b:
        if key not in _COSMETIC and key in a and a[key] != b[key]:
            out.append(f"{key} {a[key]!r} → {b[key]!r}")
    return out


def _check_resumable(eng: Engagement, run: str, fingerprint: dict) -> str | None:
    """The checkpoint to resume from, after making sure it was made with these inputs."""
    out_dir = eng.run_dir(run)
    resume = last_checkpoint(out_dir)
    started = out_dir / "train_started.json"
    if resume is None:
        return None
    if started.is_file():
        old = json.loads(started.read_text())
        changed = _differences(old, fingerprint)
        if changed:
            what = "trained on another base model" if any(c.startswith("base model") for c in changed) else "made with other inputs"
            raise TrainingError(
                f"runs/{run}/checkpoints holds checkpoints {what}: {'; '.join(changed)}. Resuming them would mix two "
                f"runs. Pick a new RUN name (e.g. run-02) to keep both, set REDO=True to start runs/{run} over, or "
                "restore the previous settings to resume."
            )
    adapter_cfg = Path(resume) / "adapter_config.json"
    if adapter_cfg.is_file():
        try:
            check_adapter_base(json.loads(adapter_cfg.read_text()), fingerprint["base_model"])
        except ExportError as exc:
            raise TrainingError(f"Cannot resume {resume}: {exc} Or set REDO=True to start runs/{run} over.") from None
    return resume


def run_for(eng: Engagement, run: str, config: TrainConfig, redo: bool = False) -> tuple[str, str | None]:
    """The run these settings train as: `run`, unless it holds a run made with other inputs (and not `redo`);
    then the next run name that is free or holds these very inputs, with a sentence saying why."""
    fingerprint = _fingerprint(eng, config)
    changed = [] if redo else _conflict(eng, run, fingerprint)
    if not changed:
        return run, None
    candidate = run
    while True:
        candidate = _next_run_name(candidate)
        if not _conflict(eng, candidate, fingerprint):
            break
    return candidate, (f"runs/{run} holds a run made with other inputs ({'; '.join(changed)}), so these settings "
                       f"train as {candidate} and both can be compared in 05 (RUN = \"{candidate}\" there). "
                       f"Tick REDO to replace runs/{run} instead.")


def _conflict(eng: Engagement, run: str, fingerprint: dict) -> list[str]:
    """How runs/<run> (finished, or checkpoints to resume) differs from `fingerprint`; [] when free or the same."""
    out_dir = eng.run_dir(run)
    marker = out_dir / "train_config.json"
    if not marker.is_file():
        marker = out_dir / "train_started.json"
        if not marker.is_file() or last_checkpoint(out_dir) is None:
            return []
    return _differences(json.loads(marker.read_text()), fingerprint)


def _next_run_name(run: str) -> str:
    """run-01 → run-02, trial9 → trial10, baseline → baseline-2."""
    m = re.search(r"(\d+)$", run)
    if not m:
        return f"{run}-2"
    return run[:m.start()] + str(int(m.group(1)) + 1).zfill(len(m.group(1)))


def _threads(config: TrainConfig) -> int:
    """CPU threads for this process: the cores it may use, shared between the processes on this machine."""
    import torch

    if config.num_threads > 0:
        n = config.num_threads
    elif os.environ.get("OMP_NUM_THREADS"):
        return torch.get_num_threads()  # the user chose
    else:
        try:
            cores = len(os.sched_getaffinity(0))
        except AttributeError:
            cores = os.cpu_count() or 1
        n = max(1, cores // int(os.environ.get("LOCAL_WORLD_SIZE", "1") or 1))
    torch.set_num_threads(n)
    return n


def check_memory(eng: Engagement, config: TrainConfig, machine: dict | None = None) -> dict:
    """The estimated peak memory of `config`; raises TrainingError naming the nearest plan that fits when it does not."""
    machine = machine if machine is not None else hardware.detect()
    model_id = eng.settings().base_model
    try:
        plan = plans.memory_plan(config, model_id, machine)
    except ValueError as exc:  # a model the estimator cannot size: say so, do not block
        return {"fits": None, "note": str(exc)}
    if plan["fits"] or not config.check_memory:
        return plan
    found = plans.nearest_plan(config, model_id, machine)
    head = (f"{config.method} on {model_id} at batch {config.batch_size} x {config.max_length} tokens needs about "
            f"{plan['per_device_gb']:.1f} GB at peak; {hardware.describe(machine)} offers {plan['available_gb']:g} GB.")
    if found is None:
        raise TrainingError(
            f"{head} No plan fits, not even batch 1 with gradient checkpointing or another method. Lower MAX_LENGTH, "
            "pick a smaller base model in 01_assess, or use a bigger machine."
        )
    cfg, fit = found
    sets = [f"METHOD='{cfg.method}'"] if cfg.method != config.method else []
    sets += [f"BATCH_SIZE={cfg.batch_size}", f"GRAD_ACCUM={cfg.grad_accum}"]
    if cfg.gradient_checkpointing != config.gradient_checkpointing:
        sets.append("GRADIENT_CHECKPOINTING='on'")
    raise TrainingError(
        f"{head} Nearest plan that fits: {cfg.method}, batch {cfg.batch_size} x gradient accumulation {cfg.grad_accum} "
        f"(effective batch {cfg.batch_size * cfg.grad_accum}){', gradient checkpointing' if cfg.gradient_checkpointing else ''}"
        f" – about {fit['per_device_gb']:.1f} GB. Set {', '.join(sets)}; or CHECK_MEMORY=False if you know the "
        "estimate is too cautious here."
    )


def train(eng: Engagement, run: str = "run-01", config: TrainConfig | None = None, redo: bool = False,
          live_plot: bool = False, override_gate: bool = False, machine: dict | None = None) -> dict:
    """Train (or resume, or skip when done with the same inputs) and save the adapter in runs/<run>/adapter.

    `machine` (a `ftwork.hardware.detect()`-style dict) is what the memory check plans for; default: this one.
    """
    config = config or TrainConfig()
    if config.method not in METHODS:
        raise TrainingError(f"Unknown method '{config.method}'. Choose one of {', '.join(METHODS)}.")
    check_tracking(config.report_to)
    gate = check_gate(eng, override=override_gate)
    out_dir = eng.run_dir(run)
    fingerprint = _fingerprint(eng, config)
    done = _finished_run(out_dir / "train_config.json", fingerprint, run, redo)
    if done is not None:
        return done
    memory = check_memory(eng, config, machine)
    if not redo:
        _check_resumable(eng, run, fingerprint)
    threads = _threads(config)
    trainer = build_trainer(eng, run, config, live_plot=live_plot)
    acc = trainer.accelerator
    boundary = getattr(trainer, "boundary_warning", None)  # set by build_trainer
    if redo and acc.is_main_process:
        _clear_run(out_dir)
    acc.wait_for_everyone()
    resume = last_checkpoint(out_dir)
    if acc.is_main_process:
        write_json(out_dir / "train_started.json", {**fingerprint, "started": time.strftime("%Y-%m-%dT%H:%M:%S")})
    started = time.time()
    _fit(trainer, resume, run, config, out_dir)
    history = trainer.state.log_history
    if acc.is_main_process:
        _log_history_files(history, out_dir)
    _check_finite(history, run, config, out_dir)
    staging = _save_collectively(trainer, out_dir)
    record = {
        **fingerprint, "run": run, "method": config.method, "resumed_from": resume,
        "train_seconds": round(time.time() - started, 1), **_outcome(trainer, config, history),
        "base_model_revision": model_revision(eng.settings().base_model), "versions": versions(),
        "num_processes": acc.num_processes, "threads_per_process": threads, "precision": _precision(config),
        "memory_estimate_gb": memory.get("per_device_gb"), "anonymization_gate": gate,
        "warnings": ([boundary] if boundary else []) + overfitting_warnings(history),
        "layer_cache": trainer.layer_cache.summary() if trainer.layer_cache is not None else None,
    }
    if acc.is_main_process:
        _publish(trainer, staging, out_dir, record)
    acc.wait_for_everyone()
    return record


def _finished_run(marker: Path, fingerprint: dict, run: str, redo: bool) -> dict | None:
    """The record of a run that already finished with these inputs (marked skipped); refuses one made with others."""
    if redo or not marker.is_file():
        return None
    done = json.loads(marker.read_text())
    changed = _differences(done, fingerprint)
    if not changed:
        done["skipped"] = True
        return done
    raise TrainingError(
        f"runs/{run} already holds a finished run made with other inputs: {'; '.join(changed)}. Pick a new RUN "
        f"name (e.g. run-02) to compare both, or set REDO=True to replace runs/{run}."
    )


def _clear_run(out_dir: Path) -> None:
    """REDO: remove what an earlier run left, so nothing of it is resumed or reported."""
    for name in ("checkpoints", "adapter", "train_config.json", "train_started.json", "training_log.json",
                 "training_log.csv", "loss.png"):
        path = out_dir / name
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)


def _fit(trainer, resume: str | None, run: str, config: TrainConfig, out_dir: Path) -> None:
    """trainer.train, with running out of memory explained (the checkpoints so far are kept)."""
    import torch

    try:
        with _tracking_env(config, out_dir), _quiet_library():
            trainer.train(resume_from_checkpoint=resume)
    except torch.OutOfMemoryError as exc:
        raise TrainingError(_oom_message(run, config)) from exc
    except RuntimeError as exc:
        if "can't allocate memory" in str(exc) or "out of memory" in str(exc).lower():
            raise TrainingError(_oom_message(run, config)) from exc
        raise


def _check_finite(history: list[dict], run: str, config: TrainConfig, out_dir: Path) -> None:
    """Refuse to save a run whose loss became NaN/inf, naming the learning rate and the checkpoints kept."""
    bad = [h for h in history if any(k in h and not _finite(h[k]) for k in ("loss", "grad_norm", "eval_loss"))]
    if not bad:
        return
    good = [h["step"] for h in history if "loss" in h and _finite(h["loss"])]
    kept = sorted(p.name for p in (out_dir / "checkpoints").glob("checkpoint-*")) if (out_dir / "checkpoints").is_dir() else []
    raise TrainingError(
        f"The training loss became NaN/inf at step {bad[0].get('step')} (the last finite loss was at step "
        f"{good[-1] if good else 'none'}): the learning rate is too high for this model. Lower LEARNING_RATE "
        f"(now {config.learning_rate:g}) by 3–10x and rerun with REDO=True. The checkpoints so far are kept in "
        f"runs/{run}/checkpoints ({', '.join(kept) or 'none yet'}); the log is in runs/{run}/training_log.csv."
    )


def _save_collectively(trainer, out_dir: Path) -> Path:
    """Save the adapter (or model) to a staging folder; collective under FSDP/DeepSpeed: every process
    calls it, the main one writes."""
    acc = trainer.accelerator
    staging = out_dir / ".adapter.saving"
    if acc.is_main_process:
        shutil.rmtree(staging, ignore_errors=True)
    acc.wait_for_everyone()
    trainer.save_model(str(staging))
    acc.wait_for_everyone()
    return staging


def _outcome(trainer, config: TrainConfig, history: list[dict]) -> dict:
    """The losses, steps and best checkpoint of a finished training."""
    state = trainer.state
    return {
        "train_loss": weighted_train_loss(history),
        "final_train_loss": next((h["loss"] for h in reversed(history) if "loss" in h), None),
        "final_eval_loss": next((h["eval_loss"] for h in reversed(history) if "eval_loss" in h), None),
        "best_checkpoint": state.best_model_checkpoint,
        "global_step": state.global_step,
        "stopped_early": bool(config.early_stopping_patience and state.global_step < state.max_steps),
    }


def _publish(trainer, staging: Path, out_dir: Path, record: dict) -> None:
    """Main process: the staged adapter becomes runs/<run>/adapter, then loss.png, then the marker."""
    trainer.processing_class.save_pretrained(str(staging))
    write_json(staging / "ftwork_train.json", {k: record[k] for k in ("run", "method", "base_model", "dataset_hash", "config")})
    with atomic_dir(out_dir / "adapter") as tmp:
        shutil.rmtree(tmp)
        os.replace(staging, tmp)
    save_loss_plot(trainer.state.log_history, out_dir / "loss.png")
    write_json(out_dir / "train_config.json", record)  # written last: its presence means the run finished


def _oom_message(run: str, config: TrainConfig) -> str:
    return (
        f"Out of memory at batch {config.batch_size} x {config.max_length} tokens ({config.method}). Lower BATCH_SIZE "
        f"and raise GRAD_ACCUM to keep the effective batch ({config.batch_size * config.grad_accum}), lower MAX_LENGTH, "
        "set GRADIENT_CHECKPOINTING='on', or switch METHOD to 'qlora' on a GPU. The checkpoints so far are kept in "
        f"runs/{run}/checkpoints and rerunning resumes from the last one."
    )


# -- command line -------------------------------------------------------------------------------------

def _parse_bool(text: str):
    value = str(text).strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    if value in ("auto", "none", ""):
        return None
    raise argparse.ArgumentTypeError(f"expected true/false (or auto), not {text!r}")


def build_parser() -> argparse.ArgumentParser:
    """`python -m ftwork.train` options: one per TrainConfig field (--learning-rate, --eval-each-epoch false, ...)."""
    parser = argparse.ArgumentParser(prog="python -m ftwork.train", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project_dir")
    parser.add_argument("--run", default="run-01")
    parser.add_argument("--redo", action="store_true", help="retrain even if this run finished with the same inputs")
    parser.add_argument("--preset", action="store_true",
                        help="settings not given take the preset for the model, method and machine (ftwork.presets)")
    parser.add_argument("--override-gate", action="store_true",
                        help="train on data that has not been through 02_anonymize (reports say so in bold)")
    types = {"int": int, "float": float, "bool": _parse_bool, "bool | None": _parse_bool}
    for f in dataclasses.fields(TrainConfig):
        parser.add_argument(f"--{f.name.replace('_', '-')}", type=types.get(str(f.type), str), default=argparse.SUPPRESS)
    return parser


def config_overrides(ns: argparse.Namespace) -> dict:
    """The TrainConfig fields given on the command line."""
    return {f.name: getattr(ns, f.name) for f in dataclasses.fields(TrainConfig) if hasattr(ns, f.name)}


def main(argv: list[str] | None = None) -> int:
    """Entry point for `python -m ftwork.train` and `accelerate launch -m ftwork.train`."""
    ns = build_parser().parse_args(argv)
    overrides = config_overrides(ns)
    try:
        eng = Engagement.open(ns.project_dir)
        if ns.preset:
            config = presets.preset_for(eng, overrides.get("method", "")).config(**overrides)
        else:
            config = TrainConfig(**overrides)
        record = train(eng, ns.run, config, redo=ns.redo, override_gate=ns.override_gate)
    except (TrainingError, EngagementError, DatasetError, AnonymizationGateError, ValueError) as exc:
        if _rank() == 0:
            print(f"ftwork.train: error: {exc}", file=sys.stderr, flush=True)
        return 2
    if _rank() == 0:
        print(json.dumps({k: record.get(k) for k in ("run", "train_loss", "final_eval_loss", "global_step", "skipped",
                                                     "num_processes")}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
