import json

import pytest

from ftwork import models


def test_embedded_model_resolves_offline_to_a_plain_safetensors_folder(embedded_model_dir):
    resolved = models.resolve_model(models.EMBEDDED_ID)
    assert resolved == str(embedded_model_dir)
    config = json.loads((embedded_model_dir / "config.json").read_text())
    assert "quantization_config" not in config, "Trainer refuses models that still carry the GGUF quantization config"
    assert (embedded_model_dir / "model.safetensors").is_file()
    source = json.loads((embedded_model_dir / "ftwork_source.json").read_text())
    assert source["gguf_file"].endswith("Q4_1.gguf") and len(source["gguf_sha256"]) == 64


def test_local_folder_is_used_as_is(embedded_model_dir):
    assert models.resolve_model(str(embedded_model_dir)) == str(embedded_model_dir.resolve())


def test_unknown_model_offline_says_what_to_do(tmp_path):
    with pytest.raises(models.ModelNotAvailable, match="not available offline"):
        models.resolve_model("acme/not-a-model-7B")
    (tmp_path / "empty").mkdir()
    with pytest.raises(models.ModelNotAvailable, match="no config.json"):
        models.resolve_model(str(tmp_path / "empty"))


def test_hub_offline_is_respected(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    models.hub_reachable.cache_clear()
    assert models.hub_reachable() is False


def test_embedded_model_generates(embedded_model_dir):
    from ftwork.evaluate import generate

    tok, model = models.load_tokenizer(models.EMBEDDED_ID), models.load_model(models.EMBEDDED_ID)
    answers, latency, lengths = generate(model, tok, [[{"role": "user", "content": "What is the capital of France?"}]], 12)
    assert "Paris" in answers[0]
    assert lengths[0] > 5 and latency[0] > 0


def test_catalogue_has_the_embedded_default():
    info = models.model_info(models.EMBEDDED_ID)
    assert info is not None and info.embedded
