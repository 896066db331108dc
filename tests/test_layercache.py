"""Adapters on the top layers with the frozen lower layers computed once per example (ftwork.layercache)."""
import pytest
import torch

from ftwork.configs import TrainConfig
from ftwork.layercache import LowerLayerCache, lower_layer_count
from ftwork.models import load_model, load_tokenizer
from ftwork.train import build_trainer, lora_config

from .conftest import tiny_dataset_engagement


@pytest.fixture(scope="module")
def tiny_engagement(tmp_path_factory, embedded_model_dir):
    return tiny_dataset_engagement(tmp_path_factory.mktemp("eng"), "tiny", n_intents=3, n_train=8, n_test=2)


@pytest.fixture(scope="module")
def embedded(embedded_model_dir):
    tok = load_tokenizer(str(embedded_model_dir))
    tok.padding_side = "right"
    return load_model(str(embedded_model_dir), dtype=torch.float32), tok


def _batch(tok, texts):
    return tok(texts, return_tensors="pt", padding=True)


def test_the_split_pass_is_the_whole_model_and_rows_are_reused_across_batches(embedded):
    model, tok = embedded
    texts = ["my card was charged twice", "the refund I asked for last week never arrived, what now?"]
    b = _batch(tok, texts)
    cache = LowerLayerCache(model, 20)
    layers_before = list(model.model.layers)
    assert cache.verify(b["input_ids"], b["attention_mask"])
    with torch.no_grad():
        whole = model.model(**b).last_hidden_state
        split = cache.hidden(b["input_ids"], b["attention_mask"])
        alone = _batch(tok, texts[:1])  # the same row in another batch, with other padding
        again = cache.hidden(alone["input_ids"], alone["attention_mask"])
    real = b["attention_mask"].bool()
    assert torch.allclose(whole[real], split[real], atol=1e-5)
    n = int(alone["attention_mask"].sum())
    assert torch.allclose(again[0, :n], whole[0, :n], atol=1e-4)
    assert cache.hits == 1 and cache.misses == 2, cache.summary()
    assert list(model.model.layers) == layers_before, "the model's own layers are back in place"


def test_a_split_pass_that_differs_from_the_whole_model_falls_back_with_the_reason(embedded):
    """A family that does something between layers (imitated: the states handed up are changed) trains
    the ordinary way, and the reason is given."""
    model, tok = embedded
    b = _batch(tok, ["hello", "a longer message here"])
    cache = LowerLayerCache(model, 20)
    upper = cache.upper
    cache.upper = lambda states, *a, **k: upper(states * 1.5, *a, **k)
    assert cache.verify(b["input_ids"], b["attention_mask"]) is False
    assert "differs from the whole model" in cache.fallback
    broken = LowerLayerCache(model, 20)
    broken.lower = lambda *a, **k: (_ for _ in ()).throw(TypeError("layer takes no hidden_states"))
    assert broken.verify(b["input_ids"], b["attention_mask"]) is False and "split pass failed" in broken.fallback


def test_adapters_on_top_layers_only_and_the_cached_loss_is_the_stock_loss(tiny_engagement):
    """adapter_layers=4: LoRA only on the top 4 layers, loss through the cache = TRL's loss on the same model."""
    from trl import SFTTrainer

    trainer = build_trainer(tiny_engagement, "cache-check", TrainConfig(max_steps=1, batch_size=4, bf16=False,
                                                                        adapter_layers=4))
    n_layers = trainer.model.get_base_model().config.num_hidden_layers
    adapted = {int(n.split(".layers.")[1].split(".")[0]) for n, p in trainer.model.named_parameters() if p.requires_grad}
    assert adapted == set(range(n_layers - 4, n_layers))
    assert trainer.lower_layers == n_layers - 4
    batch = next(iter(trainer.get_train_dataloader()))
    model = trainer.model
    model.eval()
    with torch.no_grad():
        first = trainer.compute_loss(model, dict(batch))
        second = trainer.compute_loss(model, dict(batch))  # every row from the cache now
        stock = SFTTrainer.compute_loss(trainer, model, dict(batch))
    assert trainer.layer_cache.verified and trainer.layer_cache.hits == len(batch["input_ids"])
    assert first.item() == pytest.approx(stock.item(), rel=1e-4, abs=1e-4)
    assert second.item() == pytest.approx(first.item(), rel=1e-6)
    # gradients reach the adapters through the cached states
    model.train()
    loss = trainer.compute_loss(model, dict(batch))
    loss.backward()
    grads = [p.grad for p in model.parameters() if p.requires_grad]
    assert all(g is not None for g in grads) and any(float(g.abs().sum()) > 0 for g in grads)


def test_adapter_layer_count_and_the_lora_config(embedded):
    model, _ = embedded
    assert lower_layer_count(30, 0) == 0 and lower_layer_count(30, 30) == 0 and lower_layer_count(30, 10) == 20
    assert lora_config(model, TrainConfig()).layers_to_transform is None
    cfg = lora_config(model, TrainConfig(adapter_layers=10))
    assert cfg.layers_to_transform == list(range(20, 30))
    assert set(cfg.target_modules) == {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"}
    assert lora_config(model, TrainConfig(method="full")) is None


def test_answer_exact_match_counts_a_row_only_when_every_answer_token_is_right():
    from ftwork.answer_loss import answer_exact_match

    keep = torch.tensor([[False, True, True], [False, False, True], [False, False, False], [True, True, False]])
    # right is given for kept positions in row order: row0 two tokens, row1 one, row3 two
    right = torch.tensor([True, True, False, True, False])
    assert answer_exact_match(keep, right) == [1.0, 0.0, 0.0]  # row 2 has no answer: not counted


def test_the_eval_loss_pass_reports_held_out_exact_match(tiny_engagement):
    trainer = build_trainer(tiny_engagement, "em-check", TrainConfig(max_steps=1, batch_size=4, bf16=False,
                                                                     adapter_layers=4))
    metrics = trainer.evaluate()
    assert 0.0 <= metrics["eval_answer_exact_match"] <= 1.0
    assert "eval_loss" in metrics


def test_an_unknown_early_stopping_metric_is_refused_with_the_choices(tiny_engagement):
    from ftwork.errors import TrainingError

    with pytest.raises(TrainingError, match="'loss' or 'exact_match'"):
        build_trainer(tiny_engagement, "bad-metric", TrainConfig(max_steps=1, early_stopping_patience=1,
                                                                 early_stopping_metric="accuracy"))
