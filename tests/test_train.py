"""Training on the embedded model: a few steps only (the full recipe is proven in test_banking77)."""
import dataclasses
import json
from pathlib import Path

import pytest
import torch

from ftwork import dataset as ds
from ftwork.engagement import Engagement
from ftwork.train import TrainConfig, TrainingError, build_trainer, train

from .conftest import tiny_dataset_engagement


@pytest.fixture(scope="module")
def tiny_engagement(tmp_path_factory, embedded_model_dir):
    """An engagement with a small BANKING77 dataset written straight to dataset/ (no anonymization needed)."""
    return tiny_dataset_engagement(tmp_path_factory.mktemp("eng"), "tiny", n_intents=3, n_train=8, n_test=2)


def test_answer_only_loss_equals_trl_stock_loss(tiny_engagement):
    """Our cheaper loss (output layer on answer positions only) is the same number TRL computes."""
    from trl import SFTTrainer

    trainer = build_trainer(tiny_engagement, "loss-check", TrainConfig(max_steps=1, batch_size=4, bf16=False))
    batch = next(iter(trainer.get_train_dataloader()))
    model = trainer.model
    model.eval()  # no dropout: both losses see the same network
    with torch.no_grad():
        ours = trainer.compute_loss(model, dict(batch))
        stock = SFTTrainer.compute_loss(trainer, model, dict(batch))
    assert torch.isfinite(ours)
    assert ours.item() == pytest.approx(stock.item(), rel=1e-4, abs=1e-4)
    # and the prompt really is masked: fewer labelled tokens than tokens
    assert (batch["labels"] != -100).sum() < batch["attention_mask"].sum()


def test_bf16_autocast_on_cpu_runs_the_answer_only_loss_in_bf16(tiny_engagement, monkeypatch):
    """BF16=True on a CPU: fp32 weights, bf16 autocast around our own decoder call (accelerate only
    wraps the top-level forward), eager attention; the loss stays close to TRL's stock loss."""
    from trl import SFTTrainer

    from ftwork import train as T

    seen = []
    trainer = build_trainer(tiny_engagement, "bf16-check", TrainConfig(max_steps=1, batch_size=4, bf16=True))
    model = trainer.model
    base = model.get_base_model()
    assert base.config._attn_implementation == "eager"
    assert base.lm_head.weight.dtype == torch.float32, "weights stay fp32 on a CPU"
    hook = base.model.layers[0].mlp.down_proj.register_forward_hook(lambda m, i, o: seen.append(o.dtype))
    batch = next(iter(trainer.get_train_dataloader()))
    model.eval()
    with torch.no_grad():
        ours = trainer.compute_loss(model, dict(batch))
        stock = SFTTrainer.compute_loss(trainer, model, dict(batch))
    hook.remove()
    assert seen[0] == torch.bfloat16, "the decoder ran under bf16 autocast"
    assert ours.item() == pytest.approx(stock.item(), rel=0.03)
    # auto: bf16 on a CPU with native bf16 matmul, except QLoRA; fp32 on one without
    monkeypatch.setattr(T, "_cuda", lambda: False)
    monkeypatch.setattr("ftwork.hardware.cpu_bf16", lambda: True)
    assert T._precision(TrainConfig()) == "bf16" and T._precision(TrainConfig(method="qlora")) == "fp32"
    assert T._precision(TrainConfig(bf16=False)) == "fp32"
    monkeypatch.setattr("ftwork.hardware.cpu_bf16", lambda: False)
    assert T._precision(TrainConfig()) == "fp32" and T._precision(TrainConfig(bf16=True)) == "bf16"


def test_lora_trains_saves_reloads_and_skips_when_done(tiny_engagement):
    cfg = TrainConfig(max_steps=2, batch_size=4, save_steps=1, logging_steps=1, num_threads=1)
    record = train(tiny_engagement, "lora", cfg, override_gate=True)
    run = tiny_engagement.run_dir("lora")
    assert (run / "adapter" / "adapter_config.json").is_file()
    assert (run / "loss.png").is_file() and (run / "training_log.csv").is_file()
    saved = json.loads((run / "train_config.json").read_text())
    assert saved["dataset_hash"] == ds.dataset_hash(tiny_engagement)
    assert saved["base_model_revision"]["gguf_sha256"] and saved["versions"]["trl"]
    assert record["global_step"] == 2
    again = train(tiny_engagement, "lora", cfg, override_gate=True)
    assert again.get("skipped") is True

    from peft import PeftModel

    from ftwork.models import load_model

    tuned = PeftModel.from_pretrained(load_model(tiny_engagement.settings().base_model), str(run / "adapter"))
    assert sum(p.numel() for n, p in tuned.named_parameters() if "lora_" in n) > 0


def test_unknown_method_is_refused(tiny_engagement):
    with pytest.raises(TrainingError, match="Unknown method"):
        build_trainer(tiny_engagement, "x", TrainConfig(method="magic"))


def test_training_refuses_data_that_was_not_anonymized(tiny_engagement):
    from ftwork.anonymize import AnonymizationGateError

    with pytest.raises(AnonymizationGateError):
        train(tiny_engagement, "gate", TrainConfig(max_steps=1))


def test_api_drift_the_keywords_we_pass_are_accepted():
    """Cheap guard against TRL/PEFT renaming what we rely on."""
    import dataclasses
    import inspect

    from peft import LoraConfig
    from trl import SFTConfig, SFTTrainer

    fields = {f.name for f in dataclasses.fields(SFTConfig)}
    assert {"activation_checkpointing", "gradient_checkpointing"} & fields
    for name in ("completion_only_loss", "max_length", "eval_strategy", "save_strategy",
                 "report_to", "use_cpu", "data_seed", "per_device_train_batch_size", "warmup_steps"):
        assert name in fields, name
    params = inspect.signature(SFTTrainer.__init__).parameters
    for name in ("model", "args", "train_dataset", "eval_dataset", "processing_class", "peft_config", "callbacks"):
        assert name in params, name
    LoraConfig(r=8, lora_alpha=16, lora_dropout=0.0, target_modules="all-linear", use_dora=True, task_type="CAUSAL_LM")


@pytest.mark.parametrize("method", ["dora", "qlora", "full"])
def test_other_methods_run_a_few_steps_and_save_something_that_reloads(tiny_engagement, method):
    record = train(tiny_engagement, method, TrainConfig(method=method, max_steps=2, batch_size=4, eval_each_epoch=False,
                                                        learning_rate=1e-4 if method == "full" else 1e-3, num_threads=1),
                   override_gate=True)
    out = tiny_engagement.run_dir(method) / "adapter"
    assert record["global_step"] == 2
    from ftwork.generation import load_tuned

    model = load_tuned(tiny_engagement.settings(), out)
    if method == "full":
        assert (out / "config.json").is_file() and (out / "model.safetensors").is_file()
    else:
        cfg = json.loads((out / "adapter_config.json").read_text())
        assert cfg["use_dora"] is (method == "dora")
    assert sum(p.numel() for p in model.parameters()) > 100_000_000


# ---------------------------------------------------------------------------------------------------
# Presets and the memory check (no model loaded)
# ---------------------------------------------------------------------------------------------------
from ftwork import hardware, plans, presets  # noqa: E402
from ftwork.models import EMBEDDED_ID  # noqa: E402

LLAMA8B = "meta-llama/Llama-3.1-8B-Instruct"


def test_presets_follow_model_size_method_and_hardware():
    cpu = hardware.machine_profile("cpu")
    tiny = presets.preset(EMBEDDED_ID, "lora", cpu, n_train=300, longest_tokens=150)
    assert tiny.values["learning_rate"] == 1e-3 and tiny.values["lora_dropout"] == 0.0
    assert tiny.values["max_length"] == 192  # 150 tokens rounded up to a multiple of 64
    # on a CPU effective batch 8: more optimizer steps per epoch (batch 16 cost 6 points, docs/PERFORMANCE.md)
    assert tiny.values["gradient_checkpointing"] is False and tiny.values["batch_size"] * tiny.values["grad_accum"] == 8
    assert presets.CPU_EFFECTIVE_BATCH == 8 and TrainConfig().batch_size == 8
    assert all(tiny.reasons[k] for k in tiny.values), "every value comes with its reason"
    assert "learning_rate" in tiny.explain()
    # classification on a CPU: adapters on the top third of the layers, at twice the rate; not elsewhere
    cls = presets.preset(EMBEDDED_ID, "lora", cpu, n_train=300, task="classification")
    assert cls.values["adapter_layers"] == 10 and cls.values["learning_rate"] == presets.CPU_TOP_LAYER_LR
    assert "top 10 of 30" in cls.reasons["adapter_layers"]
    assert tiny.values["adapter_layers"] == 0 and "measured for classification" in tiny.reasons["adapter_layers"]
    assert presets.preset(EMBEDDED_ID, "lora", hardware.machine_profile("gpu24"), task="classification").values[
        "adapter_layers"] == 0
    assert presets.preset(EMBEDDED_ID, "full", cpu, task="classification").values["adapter_layers"] == 0

    gpu24 = hardware.machine_profile("gpu24")
    lora8b = presets.preset(LLAMA8B, "lora", gpu24, n_train=20000)
    full8b_80 = presets.preset(LLAMA8B, "full", hardware.machine_profile("multi_gpu"))
    assert lora8b.values["learning_rate"] == 2e-4 and full8b_80.values["learning_rate"] == 2e-5
    assert lora8b.values["epochs"] == 1.0
    # what the preset picks does fit, by stage 01's estimator
    plan = plans.memory_plan(lora8b.config(), LLAMA8B, gpu24)
    assert plan["fits"] and plan["per_device_gb"] <= 24
    # 4 GPUs x batch x accumulation keeps the effective batch at 16
    v = full8b_80.values
    assert v["batch_size"] * v["grad_accum"] * 4 in (16, 32, 64) and v["grad_accum"] == max(1, 16 // (v["batch_size"] * 4))
    qlora = presets.preset(LLAMA8B, "qlora", hardware.machine_profile("gpu16"))
    assert qlora.values["optim"] == "paged_adamw_8bit"


def test_preset_values_are_overridable_and_zero_means_keep_the_preset():
    rec = presets.preset(EMBEDDED_ID, "lora", hardware.machine_profile("cpu"))
    cfg = rec.config(learning_rate=0.0, batch_size=4, lora_r=0, target_modules="", max_steps=3, gradient_checkpointing=True)
    assert cfg.learning_rate == rec.values["learning_rate"] and cfg.lora_r == rec.values["lora_r"]
    assert cfg.batch_size == 4 and cfg.max_steps == 3 and cfg.gradient_checkpointing is True
    assert cfg.target_modules == "all-linear"
    with pytest.raises(ValueError, match="learnig_rate"):
        rec.config(learnig_rate=1e-4)


def test_a_plan_that_cannot_fit_is_refused_with_the_nearest_plan_that_can(tiny_engagement):
    from ftwork.train import check_memory

    small = {"kind": "cpu", "cpu": "a small VM", "cores": 2, "ram_gb": 4.0, "gpus": [], "bf16": False}
    cfg = TrainConfig(batch_size=64, max_length=1024)
    with pytest.raises(TrainingError, match="Nearest plan that fits") as err:
        check_memory(tiny_engagement, cfg, small)
    msg = str(err.value)
    assert "BATCH_SIZE=" in msg and "GRAD_ACCUM=" in msg and "3.2 GB" in msg
    # the plan it names does fit by the same estimator, with the same effective batch
    import re

    batch, accum = int(re.search(r"BATCH_SIZE=(\d+)", msg).group(1)), int(re.search(r"GRAD_ACCUM=(\d+)", msg).group(1))
    assert batch * accum == 64
    named = TrainConfig(batch_size=batch, grad_accum=accum, max_length=1024,
                        gradient_checkpointing="GRADIENT_CHECKPOINTING" in msg)
    assert check_memory(tiny_engagement, named, small)["fits"]
    # nothing fits at all: said so, with what to do
    with pytest.raises(TrainingError, match="No plan fits"):
        check_memory(tiny_engagement, cfg, {**small, "ram_gb": 0.5})
    # and train() refuses before loading anything or writing a checkpoint
    with pytest.raises(TrainingError, match="Nearest plan"):
        train(tiny_engagement, "too-big", cfg, override_gate=True, machine=small)
    assert not (tiny_engagement.run_dir("too-big") / "checkpoints").exists()
    # the consultant can overrule the estimate
    assert check_memory(tiny_engagement, TrainConfig(batch_size=64, max_length=1024, check_memory=False), small)["fits"] is False


def test_one_precision_and_one_optimizer_rule_for_every_stage(tmp_path):
    """plans holds the rules; stage 01's estimate, stage 04's trainer and notebook 04's accelerate file use them."""
    cpu, gpu16, gpu24 = (hardware.machine_profile(n) for n in ("cpu", "gpu16", "gpu24"))
    amx = {**cpu, "cpu_bf16": True}
    assert (plans.precision(gpu24), plans.precision(gpu16), plans.precision(cpu)) == ("bf16", "fp16", "fp32")
    assert plans.precision(amx) == "bf16" and plans.precision(amx, "qlora") == "fp32"
    assert plans.precision(amx, bf16=False) == "fp32" and plans.precision(cpu, "qlora", bf16=True) == "bf16"
    assert plans.precision(gpu16, bf16=True) == "bf16" and plans.precision(gpu24, bf16=False) == "fp16"
    # the estimate prices fp32 weights on a CPU, bf16 autocast or not
    assert plans.estimate_precision(amx) == "fp32" and plans.estimate_precision(gpu24) == "bf16"
    # notebook 04's accelerate file: no mixed precision for CPU processes; written without a GPU, for a bf16 one
    assert plans.accelerate_precision(cpu, "cpu") == "no" and plans.accelerate_precision(gpu24, "cpu") == "no"
    assert plans.accelerate_precision(cpu, "ddp") == "bf16" and plans.accelerate_precision(gpu16, "fsdp") == "fp16"
    assert plans.accelerate_precision(gpu24, "deepspeed") == "bf16"
    # optimizer: paged 8-bit AdamW for QLoRA on a GPU only; what the estimator prices for each
    assert plans.optimizer("qlora", True) == "paged_adamw_8bit" and plans.optimizer("qlora", False) == "adamw_torch"
    assert plans.optimizer("lora", True) == "adamw_torch" and plans.optimizer("lora", True, "adamw_8bit") == "adamw_8bit"
    assert [plans.memory_optimizer(o) for o in ("paged_adamw_8bit", "adamw_bnb_8bit", "adamw_torch")] == [
        "paged_adamw_8bit", "adamw_8bit", "adamw"]
    assert str(sft_config_optim(tmp_path)) == plans.optimizer("qlora", torch.cuda.is_available())
    # DoRA is priced as LoRA, by the estimator and by both searches
    assert plans.memory_method("dora") == "lora" and plans.memory_method("qlora") == "qlora"
    dora = hardware.estimate_memory(0.135, "dora", 256, 4, model_id=EMBEDDED_ID, device="cpu", precision="fp32")
    assert dora == hardware.estimate_memory(0.135, "lora", 256, 4, model_id=EMBEDDED_ID, device="cpu", precision="fp32")


def sft_config_optim(tmp_path):
    from ftwork.train import sft_config

    return sft_config(TrainConfig(method="qlora"), tmp_path, n_train=24).optim.value


def test_the_plan_search_tries_methods_and_settings_in_one_order():
    cpu, gpu24 = hardware.machine_profile("cpu"), hardware.machine_profile("gpu24")
    assert plans.settings_to_try(8) == [(8, False), (4, False), (8, True), (4, True), (2, True), (1, True)]
    assert plans.settings_to_try(2) == [(2, False), (2, True), (1, True)]
    assert plans.settings_to_try(8, gradient_checkpointing=True) == [(8, True), (4, True), (2, True), (1, True)]
    # QLoRA is offered on a CUDA GPU; on a CPU only when asked for by name
    assert plans.methods_to_try(gpu24) == ["lora", "qlora", "full"] and plans.methods_to_try(cpu) == ["lora", "full"]
    assert plans.methods_to_try(cpu, "qlora") == ["lora", "qlora", "full"]


@pytest.mark.parametrize("model_id, profile, method", [
    (EMBEDDED_ID, "cpu", "auto"), (EMBEDDED_ID, "cpu", "lora"), (EMBEDDED_ID, "cpu", "full"),
    (EMBEDDED_ID, "cpu", "qlora"), (EMBEDDED_ID, "small", "auto"), (EMBEDDED_ID, "tiny", "lora"),
    (LLAMA8B, "gpu16", "lora"), (LLAMA8B, "gpu16", "auto"), (LLAMA8B, "gpu24", "dora"), (LLAMA8B, "gpu24", "full"),
    (LLAMA8B, "gpu80", "full"), (LLAMA8B, "multi_gpu", "full"), ("Qwen/Qwen2.5-7B-Instruct", "gpu24", "qlora"),
    ("microsoft/phi-4", "cpu", "auto"),
])
def test_the_plan_stage_01_promises_is_the_plan_stage_04_accepts(model_id, profile, method):
    from ftwork.models import model_facts

    machines = {"small": {"kind": "cpu", "cpu": "a small VM", "cores": 2, "ram_gb": 2.0, "gpus": [], "bf16": False},
                "tiny": {"kind": "cpu", "cpu": "a tiny VM", "cores": 1, "ram_gb": 0.5, "gpus": [], "bf16": False}}
    machine = machines.get(profile) or hardware.machine_profile(profile)
    seq_len, batch = 512, 8  # stage 01's defaults
    promised = plans.plan_hardware(model_facts(model_id), machine, method, seq_len, batch)
    # stage 04 with the same method (LoRA first when 01 chose freely), batch and length, priced alike (dropout 0.05)
    asked = TrainConfig(method="lora" if method == "auto" else method, batch_size=batch, max_length=seq_len,
                        lora_dropout=0.05)
    found = plans.nearest_plan(asked, model_id, machine)
    chosen = promised["chosen"]
    if chosen is None:
        assert found is None and promised["method"] is None
        return
    cfg, plan = found
    assert (cfg.method, cfg.batch_size, cfg.gradient_checkpointing, cfg.grad_accum) == (
        promised["method"], chosen["batch_size"], chosen["gradient_checkpointing"], chosen["grad_accumulation"])
    assert plan["per_device_gb"] == chosen["per_device_gb"] and plan["precision"] == chosen["precision"]
    # and 04's memory check accepts the promised plan as written to settings
    accepted = plans.memory_plan(dataclasses.replace(asked, method=promised["method"], batch_size=chosen["batch_size"],
                                                     grad_accum=chosen["grad_accumulation"],
                                                     gradient_checkpointing=chosen["gradient_checkpointing"]),
                                 model_id, machine)
    assert accepted["fits"]


def test_ram_is_read_on_windows_and_macos_and_unknown_ram_refuses_nothing(monkeypatch):
    import ctypes
    import os
    import subprocess
    import sys
    import types

    gib = hardware.GIB

    class Kernel32:
        ok = 1

        def GlobalMemoryStatusEx(self, ref):  # noqa: N802 – the Windows API's name
            ref._obj.ullTotalPhys = 32 * gib if ref._obj.dwLength == ctypes.sizeof(ref._obj) else 0
            return self.ok

    kernel32 = Kernel32()
    with monkeypatch.context() as m:  # Windows: no os.sysconf; kernel32.GlobalMemoryStatusEx says
        m.setattr(sys, "platform", "win32")
        m.delattr(os, "sysconf")
        m.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)
        assert hardware._ram_gb() == 32.0 and hardware.detect()["ram_gb"] == 32.0
        kernel32.ok = 0  # the call failed: unknown, not 0 GB
        assert hardware._ram_gb() is None
    with monkeypatch.context() as m:  # macOS without SC_PHYS_PAGES: sysctl hw.memsize
        m.setattr(sys, "platform", "darwin")
        m.setattr(os, "sysconf", lambda name: (_ for _ in ()).throw(ValueError(name)))
        calls = []

        def run(cmd, **kw):
            calls.append(cmd)
            return types.SimpleNamespace(stdout="17179869184\n", returncode=0)

        m.setattr(subprocess, "run", run)
        assert hardware._ram_gb() == 16.0 and calls == [["sysctl", "-n", "hw.memsize"]]
    with monkeypatch.context() as m:  # a platform that does not say: unknown, said so, nothing refused on it
        m.setattr(sys, "platform", "plan9")
        m.setattr(os, "sysconf", lambda name: (_ for _ in ()).throw(OSError(name)))
        machine = hardware.detect()
    machine = {**machine, "gpus": [], "kind": "cpu"}
    assert machine["ram_gb"] is None and "RAM size unknown" in hardware.describe(machine)
    assert hardware.available_gb(machine) is None
    plan = plans.memory_plan(TrainConfig(batch_size=64, max_length=1024), EMBEDDED_ID, machine)
    assert plan["fits"] and plan["available_gb"] is None and "not checked" in plans.plan_summary(plan)
    assert plans.plan_hardware({"hub_id": EMBEDDED_ID, "params_b": 0.135, "in_catalogue": True}, machine)["method"] == "lora"
    assert presets.preset(EMBEDDED_ID, "lora", machine).values["batch_size"] == 8


# ---------------------------------------------------------------------------------------------------
# Overfitting guard (synthetic histories)
# ---------------------------------------------------------------------------------------------------
def _history(train_losses, eval_losses, per_eval=2):
    """Logged train losses, `per_eval` per evaluation, then an eval entry – as the Trainer writes them."""
    out, step = [], 0
    for i, ev in enumerate(eval_losses):
        for loss in train_losses[i * per_eval:(i + 1) * per_eval]:
            step += 1
            out.append({"loss": loss, "step": step})
        out.append({"eval_loss": ev, "step": step})
    return out


def test_overfitting_warning_when_the_train_eval_gap_keeps_growing():
    from ftwork.train import overfitting_warnings

    # eval still falls a little, train falls fast: gaps 0.1, 0.3, 0.5 -> warned about the gap
    growing = _history([2.0, 2.0, 1.5, 1.5, 1.0, 1.0], [2.1, 1.8, 1.5])
    warnings = overfitting_warnings(growing)
    assert len(warnings) == 1 and "gap" in warnings[0] and "0.100 → 0.300 → 0.500" in warnings[0]
    # both falling together: a steady gap is no warning
    assert overfitting_warnings(_history([2.0, 2.0, 1.5, 1.5, 1.0, 1.0], [2.1, 1.6, 1.1])) == []
    # a shrinking gap is no warning
    assert overfitting_warnings(_history([2.0, 2.0, 1.5, 1.5, 1.2, 1.2], [2.6, 1.9, 1.3])) == []
    # eval loss rising twice: overfitting, both messages
    rising = overfitting_warnings(_history([2.0, 2.0, 1.0, 1.0, 0.5, 0.5], [1.5, 1.6, 1.8]))
    assert any("Eval loss rose" in w for w in rising) and any("gap" in w for w in rising)
    # too few evaluations to say, or a tiny gap, or NaN entries: nothing
    assert overfitting_warnings(_history([2.0, 2.0, 1.0, 1.0], [2.1, 1.9])) == []
    assert overfitting_warnings(_history([1.0, 1.0, 0.99, 0.99, 0.98, 0.98], [1.0, 0.995, 0.99])) == []  # gap < 0.05
    assert overfitting_warnings(_history([float("nan")] * 6, [1.0, 1.1, 1.2])) == []


def test_early_stopping_settings_are_accepted_by_the_installed_transformers(tmp_path):
    """EarlyStoppingCallback needs load_best_model_at_end, eval_loss as the metric and matching save/eval steps."""
    from transformers import EarlyStoppingCallback

    from ftwork.train import _callbacks, sft_config

    cfg = TrainConfig(early_stopping_patience=2, save_steps=3)
    args = sft_config(cfg, tmp_path, n_train=24)
    assert args.load_best_model_at_end and args.metric_for_best_model == "eval_loss" and args.greater_is_better is False
    assert str(args.eval_strategy.value) == str(args.save_strategy.value) == "steps" and args.eval_steps == 3
    assert any(isinstance(cb, EarlyStoppingCallback) for cb in _callbacks(tmp_path, False, cfg))
    plain = sft_config(TrainConfig(), tmp_path, n_train=24)
    assert str(plain.eval_strategy.value) == "epoch" and not plain.load_best_model_at_end
    assert str(sft_config(TrainConfig(eval_each_epoch=False), tmp_path, 24).eval_strategy.value) == "no"
    assert plain.logging_nan_inf_filter is False  # a NaN loss must show
    by_answers = sft_config(TrainConfig(early_stopping_patience=1, early_stopping_metric="exact_match"), tmp_path, 24)
    assert by_answers.metric_for_best_model == "eval_answer_exact_match" and by_answers.greater_is_better is True


# ---------------------------------------------------------------------------------------------------
# Tracking, command line, accelerate
# ---------------------------------------------------------------------------------------------------
def test_tracking_is_local_only_and_a_missing_package_is_named(monkeypatch):
    import importlib.util

    from ftwork.train import check_tracking

    with pytest.raises(TrainingError, match="locally only"):
        check_tracking("wandb")
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in ("tensorboard", "tensorboardX", "mlflow") else real(name, *a))
    with pytest.raises(TrainingError, match="tensorboard package, which is not installed"):
        check_tracking("tensorboard")
    with pytest.raises(TrainingError, match="mlflow package, which is not installed"):
        check_tracking("mlflow")
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object() if name == "mlflow" else real(name, *a))
    monkeypatch.setenv("MLFLOW_TRACKING_URI", "https://mlflow.example.com")
    with pytest.raises(TrainingError, match="remote store"):
        check_tracking("mlflow")
    check_tracking("none")


def test_command_line_reproduces_the_config():
    from ftwork.train import accelerate_command, build_parser, config_overrides, train_arguments

    cfg = TrainConfig(method="dora", learning_rate=2e-4, batch_size=4, grad_accum=4, eval_each_epoch=False,
                      gradient_checkpointing=True, bf16=None, early_stopping_patience=2, target_modules="q_proj,v_proj")
    ns = build_parser().parse_args(["ENG", "--run", "r2"] + train_arguments(cfg))
    assert TrainConfig(**config_overrides(ns)) == cfg and ns.run == "r2"
    ns = build_parser().parse_args(["ENG", "--bf16", "auto", "--packing", "yes"])
    assert config_overrides(ns) == {"bf16": None, "packing": True}
    line = accelerate_command("/data/acme", "r2", cfg, config_file="fsdp.yaml", num_processes=4)
    assert line.startswith("accelerate launch --config_file fsdp.yaml --num_processes 4 -m ftwork.train /data/acme --run r2")
    assert "--eval-each-epoch False" in line


def test_accelerate_config_files_are_what_accelerate_reads(tmp_path):
    from accelerate.commands.config.config_args import ClusterConfig

    from ftwork.train import ACCELERATE_KINDS, write_accelerate_config

    expected = {"ddp": "MULTI_GPU", "deepspeed": "DEEPSPEED", "fsdp": "FSDP", "cpu": "MULTI_GPU"}
    for kind in ACCELERATE_KINDS:
        path = write_accelerate_config(kind, tmp_path / f"{kind}.yaml", num_processes=4)
        cfg = ClusterConfig.from_yaml_file(str(path))
        assert str(cfg.distributed_type).split(".")[-1] == expected[kind] and cfg.num_processes == 4
    assert ClusterConfig.from_yaml_file(str(tmp_path / "cpu.yaml")).use_cpu is True
    assert ClusterConfig.from_yaml_file(str(tmp_path / "deepspeed.yaml")).deepspeed_config["zero_stage"] == 3
    assert ClusterConfig.from_yaml_file(str(tmp_path / "fsdp.yaml")).fsdp_config["fsdp_version"] == 2
    with pytest.raises(TrainingError, match="Unknown accelerate config kind"):
        write_accelerate_config("horovod", tmp_path / "x.yaml")
    # the files shipped in configs/accelerate are the ones this function writes
    from .conftest import REPO

    for kind in ("ddp", "deepspeed", "fsdp"):
        shipped = REPO / "configs" / "accelerate" / f"{kind}.yaml"
        (tmp_path / "fresh").mkdir(exist_ok=True)
        fresh = write_accelerate_config(kind, tmp_path / "fresh" / f"{kind}.yaml", num_processes=2)
        assert shipped.read_text() == fresh.read_text(), f"regenerate {shipped} with write_accelerate_config"


# ---------------------------------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------------------------------
def test_resuming_checkpoints_of_another_base_model_or_other_inputs_is_refused(tiny_engagement):
    from ftwork.engagement import write_json
    from ftwork.train import _fingerprint

    run = tiny_engagement.run_dir("other-base")
    ckpt = run / "checkpoints" / "checkpoint-3"
    ckpt.mkdir(parents=True)
    write_json(ckpt / "trainer_state.json", {"global_step": 3})
    cfg = TrainConfig(max_steps=2)
    started = _fingerprint(tiny_engagement, cfg)
    write_json(run / "train_started.json", {**started, "base_model": "Qwen/Qwen2.5-0.5B-Instruct"})
    with pytest.raises(TrainingError, match="trained on another base model.*Qwen/Qwen2.5-0.5B-Instruct.*REDO=True"):
        train(tiny_engagement, "other-base", cfg, override_gate=True)
    # the same checkpoints, made with another learning rate: named, not silently mixed
    write_json(run / "train_started.json", {**started, "config": {**started["config"], "learning_rate": 5e-4}})
    with pytest.raises(TrainingError, match=r"learning_rate 0.0005 → 0.001"):
        train(tiny_engagement, "other-base", cfg, override_gate=True)
    # a finished run made with other inputs is not overwritten without REDO
    write_json(run / "train_config.json", {**started, "config": {**started["config"], "epochs": 1.0}})
    with pytest.raises(TrainingError, match="already holds a finished run.*epochs"):
        train(tiny_engagement, "other-base", cfg, override_gate=True)
    # an adapter checkpoint saved from another base (no train_started.json: an older run)
    (run / "train_config.json").unlink()
    (run / "train_started.json").unlink()
    write_json(ckpt / "adapter_config.json", {"base_model_name_or_path": "Qwen/Qwen2.5-0.5B-Instruct"})
    with pytest.raises(TrainingError, match="trained on 'Qwen/Qwen2.5-0.5B-Instruct'"):
        train(tiny_engagement, "other-base", cfg, override_gate=True)
    # a half-written checkpoint (no trainer_state.json) is never the one resumed
    from ftwork.train import last_checkpoint

    (run / "checkpoints" / "checkpoint-5").mkdir()
    assert last_checkpoint(run).endswith("checkpoint-3")


def test_out_of_memory_is_explained_and_points_at_the_checkpoints(tiny_engagement, monkeypatch):
    import ftwork.train as tr

    class Acc:
        is_main_process = True

        def wait_for_everyone(self):
            pass

    class OOMTrainer:
        accelerator = Acc()

        def train(self, resume_from_checkpoint=None):
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    monkeypatch.setattr(tr, "build_trainer", lambda *a, **k: OOMTrainer())
    with pytest.raises(TrainingError, match="Out of memory at batch 8 x 512.*BATCH_SIZE.*GRAD_ACCUM.*runs/oom/checkpoints"):
        train(tiny_engagement, "oom", TrainConfig(), override_gate=True)
    assert not (tiny_engagement.run_dir("oom") / "train_config.json").exists()


@pytest.fixture(scope="module")
def no_eval_engagement(tmp_path_factory, tiny_engagement):
    """The tiny engagement's train split, with an empty eval split."""
    import shutil

    from ftwork.dataset import load_splits

    root = tmp_path_factory.mktemp("noeval") / "eng"
    shutil.copytree(tiny_engagement.root, root, ignore=shutil.ignore_patterns("runs"))
    eng = Engagement(root)
    from datasets import DatasetDict

    from datasets import Dataset

    train_only = DatasetDict({"train": Dataset.from_list(load_splits(eng)["train"].to_list())})
    shutil.rmtree(eng.dataset_dir / "hf")
    train_only.save_to_disk(str(eng.dataset_dir / "hf"))
    return eng


def test_nan_loss_stops_training_keeps_checkpoints_and_names_the_learning_rate(no_eval_engagement):
    eng = no_eval_engagement
    # no eval split: refused with the fix while the overfitting guard is on...
    with pytest.raises(TrainingError, match="no eval split.*03_build_dataset.*EVAL_EACH_EPOCH=False"):
        train(eng, "nan", TrainConfig(max_steps=1), override_gate=True)
    # ...and trains without it. A poisoned learning rate makes the loss NaN at the second step.
    cfg = TrainConfig(learning_rate=1e30, warmup_ratio=0.0, max_steps=4, batch_size=2, max_length=64, save_steps=1,
                      logging_steps=1, eval_each_epoch=False, num_threads=1)
    with pytest.raises(TrainingError) as err:
        train(eng, "nan", cfg, override_gate=True)
    msg = str(err.value)
    assert "NaN" in msg and "LEARNING_RATE" in msg and "1e+30" in msg and "checkpoint-1" in msg
    run = eng.run_dir("nan")
    assert (run / "checkpoints" / "checkpoint-1" / "adapter_model.safetensors").is_file()
    assert not (run / "train_config.json").exists() and not (run / "adapter").exists()
    log = json.loads((run / "training_log.json").read_text())
    assert log[0]["loss"] == log[0]["loss"] and log[-1]["step"] < 4, "stopped at the first NaN, not after 4 steps"


# ---------------------------------------------------------------------------------------------------
# Kill and resume; two processes under accelerate
# ---------------------------------------------------------------------------------------------------
def _env():
    import os

    return {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false", "OMP_NUM_THREADS": "1",
            "PYTHONHASHSEED": "0"}


RESUME_ARGS = dict(max_steps=4, batch_size=2, max_length=64, save_steps=1, logging_steps=1, eval_each_epoch=False,
                   warmup_ratio=0.0, num_threads=1)


def test_killed_run_resumes_from_its_last_checkpoint_and_matches_an_uninterrupted_run(tiny_engagement):
    import signal
    import subprocess
    import sys
    import time

    from safetensors.torch import load_file

    from ftwork.train import train_arguments

    cfg = TrainConfig(**RESUME_ARGS)
    run = tiny_engagement.run_dir("killed")
    cmd = [sys.executable, "-m", "ftwork.train", str(tiny_engagement.root), "--run", "killed", "--override-gate",
           *train_arguments(cfg)]
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    target = run / "checkpoints" / "checkpoint-2" / "trainer_state.json"
    deadline = time.time() + 600
    try:
        while not target.is_file() and proc.poll() is None and time.time() < deadline:
            time.sleep(0.02)
        assert target.is_file(), "the subprocess never wrote checkpoint-2"
        proc.send_signal(signal.SIGKILL)  # mid-epoch: 4 of the 12 steps of an epoch
    finally:
        proc.kill()
        proc.wait()
    assert not (run / "train_config.json").exists(), "killed before it finished"

    resumed = train(tiny_engagement, "killed", cfg, override_gate=True)
    assert resumed["resumed_from"] and int(resumed["resumed_from"].rsplit("-", 1)[1]) >= 2
    assert resumed["global_step"] == 4
    resumed_log = [h["loss"] for h in json.loads((run / "training_log.json").read_text()) if "loss" in h]
    resumed_weights = load_file(run / "adapter" / "adapter_model.safetensors")
    assert train(tiny_engagement, "killed", cfg, override_gate=True).get("skipped") is True  # finished: not retrained

    fresh = train(tiny_engagement, "killed", cfg, override_gate=True, redo=True)  # asked: retrained from scratch
    assert fresh["resumed_from"] is None and fresh["global_step"] == 4
    fresh_log = [h["loss"] for h in json.loads((run / "training_log.json").read_text()) if "loss" in h]
    assert len(resumed_log) == len(fresh_log) == 4
    assert resumed_log == pytest.approx(fresh_log, abs=1e-4)
    assert resumed["final_train_loss"] == pytest.approx(fresh["final_train_loss"], abs=1e-4)
    assert resumed["train_loss"] == pytest.approx(fresh["train_loss"], abs=1e-4)
    fresh_weights = load_file(run / "adapter" / "adapter_model.safetensors")
    assert resumed_weights.keys() == fresh_weights.keys()
    assert max((resumed_weights[k] - fresh_weights[k]).abs().max().item() for k in fresh_weights) < 1e-4
    assert resumed_log[-1] != resumed_log[0], "the run learned something: the comparison is not of constants"


def test_two_cpu_processes_under_accelerate_launch(tiny_engagement):
    import shutil
    import subprocess
    import sys

    from ftwork.train import accelerate_command

    cfg = TrainConfig(max_steps=2, batch_size=2, max_length=64, save_steps=1, logging_steps=1, eval_each_epoch=False,
                      num_threads=1)
    line = accelerate_command(tiny_engagement.root, "ddp", cfg, num_processes=2, cpu=True) + " --override-gate"
    accelerate = shutil.which("accelerate", path=str(Path(sys.executable).parent))
    assert accelerate, "accelerate's launcher is installed with the package"
    import shlex

    argv = [accelerate] + shlex.split(line)[1:]
    done = subprocess.run(argv, env=_env(), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    run = tiny_engagement.run_dir("ddp")
    record = json.loads((run / "train_config.json").read_text())
    assert record["num_processes"] == 2 and record["global_step"] == 2
    assert (run / "adapter" / "adapter_model.safetensors").is_file() and (run / "loss.png").is_file()
    assert not list(run.glob(".*")), "no staging folders or temporary files left behind"
    assert done.stdout.count('"global_step": 2') == 1, "only the main process reports"
