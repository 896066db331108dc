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
    models._endpoint_answers.cache_clear()
    asked = []
    monkeypatch.setattr(models, "_http_status", lambda url, timeout: asked.append(url) or 200)
    assert models.hub_reachable() is False
    assert asked == [], "HF_HUB_OFFLINE: the hub is never asked"


def test_hub_reachable_asks_the_configured_endpoint(monkeypatch):
    """HF_ENDPOINT (a mirror) is what huggingface_hub reads into constants.ENDPOINT: that one is asked."""
    from huggingface_hub import constants

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", "https://hf-mirror.example")
    monkeypatch.setattr(constants, "ENDPOINT", "https://hf-mirror.example")
    asked = []
    monkeypatch.setattr(models, "_http_status", lambda url, timeout: asked.append((url, timeout)) or 200)
    models._endpoint_answers.cache_clear()
    assert models.hub_reachable(timeout=1.5) is True
    assert asked == [("https://hf-mirror.example", 1.5)]

    def unreachable(url, timeout):
        raise OSError("proxy refused the connection")

    monkeypatch.setattr(models, "_http_status", unreachable)
    models._endpoint_answers.cache_clear()
    assert models.hub_reachable() is False
    monkeypatch.setattr(models, "_http_status", lambda url, timeout: 503)  # a proxy that cannot reach it
    models._endpoint_answers.cache_clear()
    assert models.hub_reachable() is False
    models._endpoint_answers.cache_clear()


def test_embedded_model_generates(embedded_model_dir):
    from ftwork.generation import generate

    tok, model = models.load_tokenizer(models.EMBEDDED_ID), models.load_model(models.EMBEDDED_ID)
    answers, latency, lengths = generate(model, tok, [[{"role": "user", "content": "What is the capital of France?"}]], 12)
    assert "Paris" in answers[0]
    assert lengths[0] > 5 and latency[0] > 0


def test_catalogue_has_the_embedded_default():
    info = models.model_info(models.EMBEDDED_ID)
    assert info is not None and info.embedded


@pytest.mark.parametrize("bf16", [True, False])
def test_what_ftwork_asks_of_a_cuda_machine(monkeypatch, tmp_path, bf16):
    """GPU readiness without a GPU: with the CUDA calls patched, what stage 04 loads (dtype, device map, NF4
    double-quant QLoRA with the half compute dtype), how it trains (bf16/fp16, paged 8-bit AdamW for QLoRA
    only) and how stages 05/06 load a model for generation – all from the one rule, plans.precision."""
    import torch
    import transformers.training_args as targs

    import ftwork.generation as G
    import ftwork.train as T
    from ftwork.configs import TrainConfig

    monkeypatch.setattr(T, "_cuda", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda including_emulation=True: bf16)
    monkeypatch.setattr(torch.cuda, "current_device", lambda: 0)
    monkeypatch.setattr(targs, "is_torch_bf16_gpu_available", lambda: bf16)
    monkeypatch.setenv("LOCAL_RANK", "1")  # the second process of `accelerate launch` on one machine
    half = torch.bfloat16 if bf16 else torch.float16
    lora, qlora, full = (T.model_load_kwargs(TrainConfig(method=m)) for m in ("lora", "qlora", "full"))
    assert lora == {"dtype": half}, "LoRA's frozen base in half precision; the Trainer places it"
    assert full == {"dtype": torch.bfloat16 if bf16 else torch.float32}, "fp16 mixed precision keeps fp32 masters"
    q = qlora.pop("quantization_config")
    assert qlora == {"dtype": half, "device_map": {"": 1}}, "4-bit weights load straight onto the process's own GPU"
    assert (q.load_in_4bit, q.bnb_4bit_quant_type, q.bnb_4bit_use_double_quant, q.bnb_4bit_compute_dtype) == (
        True, "nf4", True, half)
    monkeypatch.delenv("LOCAL_RANK")  # TrainingArguments would start torch.distributed
    for method, optim in (("lora", "adamw_torch"), ("qlora", "paged_adamw_8bit"), ("full", "adamw_torch")):
        args = T.sft_config(TrainConfig(method=method), tmp_path, n_train=24)
        assert (args.bf16, args.fp16, args.optim.value, args.use_cpu) == (bf16, not bf16, optim, False), method
    assert T._precision(TrainConfig(bf16=not bf16)) == ("bf16" if not bf16 else "fp16"), "TrainConfig.bf16 overrides"
    calls = []
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(models, "load_model", lambda model_id, dtype=None, **kw: calls.append((dtype, kw)) or object())
    G.load_for_inference("m")
    assert calls == [(half, {"device_map": {"": 0}})]
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    G.load_for_inference("m")
    assert calls[-1] == (torch.float32, {}), "fp32 on a CPU, whatever the CPU"
