"""Training on the embedded model: a few steps only (the full recipe is proven in test_banking77)."""
import json

import pytest
import torch

from ftwork import dataset as ds
from ftwork.engagement import Engagement, Settings
from ftwork.train import TrainConfig, TrainingError, build_trainer, train

from .conftest import banking77_subset


@pytest.fixture(scope="module")
def tiny_engagement(tmp_path_factory, embedded_model_dir):
    """An engagement with a small BANKING77 dataset written straight to dataset/ (no anonymization needed)."""
    import csv

    root = tmp_path_factory.mktemp("eng")
    train_csv, test_csv = banking77_subset(root / "src", n_intents=3, n_train=8, n_test=2)
    eng = Engagement(root / "eng")
    eng.root.mkdir()
    s = Settings(name="tiny", text_column="text", label_column="category", system_prompt="Classify the message.")
    eng.save_settings(s)
    train_rows = [ds.to_example(r, s, i) for i, r in enumerate(csv.DictReader(open(train_csv)))]
    eval_rows = [ds.to_example(r, s, i) for i, r in enumerate(csv.DictReader(open(test_csv)))]
    labels = sorted({r["label"] for r in train_rows})
    stats = {"task": "classification", "base_model": s.base_model, "sources": {"train": "t", "eval": None},
             "anonymization_gate": {"overridden": True}, "n_train": len(train_rows), "n_eval": len(eval_rows),
             "labels": labels, "label_counts": {"train": {}, "eval": {}}, "checks": [], "config": {}}
    ds.write_dataset(eng, train_rows, eval_rows, stats)
    eng.update_settings(labels=labels)
    return eng


def test_answer_only_loss_equals_trl_stock_loss(tiny_engagement):
    """Our cheaper loss (output layer on answer positions only) is the same number TRL computes."""
    from trl import SFTTrainer

    trainer = build_trainer(tiny_engagement, "loss-check", TrainConfig(max_steps=1, batch_size=4))
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


def test_lora_trains_saves_reloads_and_skips_when_done(tiny_engagement):
    cfg = TrainConfig(max_steps=2, batch_size=4, save_steps=1, logging_steps=1)
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
                                                        learning_rate=1e-4 if method == "full" else 1e-3),
                   override_gate=True)
    out = tiny_engagement.run_dir(method) / "adapter"
    assert record["global_step"] == 2
    from ftwork.evaluate import load_tuned

    model = load_tuned(tiny_engagement.settings(), out)
    if method == "full":
        assert (out / "config.json").is_file() and (out / "model.safetensors").is_file()
    else:
        cfg = json.loads((out / "adapter_config.json").read_text())
        assert cfg["use_dora"] is (method == "dora")
    assert sum(p.numel() for p in model.parameters()) > 100_000_000
