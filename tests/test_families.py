"""The model-family matrix: tiny random-weight Llama 3, Qwen2, Qwen3, Gemma 2, Gemma 3, Mistral and Phi-3 models
(tests/fixtures/families.py), each with its family's chat-template format, through everything that depends on
the family: the loss mask, the answer-only loss, training, prefix-cached generation, scoring, merging, GGUF and
the Ollama Modelfile. Also: a base model without a chat template, and models ftwork cannot train."""
import json

import pytest
import torch

from ftwork import dataset as ds
from ftwork import export as ex
from ftwork import generation as gen
from ftwork import metrics, models, ollama
from ftwork.configs import ExportConfig
from ftwork.converter import convert_to_gguf
from ftwork.engagement import Engagement, Settings
from ftwork.errors import ExportError
from ftwork.train import TrainConfig, TrainingError, build_trainer, train

from .fixtures.families import FAMILIES, build_family

SYSTEM = "You sort the support tickets of Brisa Bikes into one category: shipping, billing or repair."
TICKETS = [("My bike never arrived.", "shipping"), ("I was charged twice for the helmet.", "billing"),
           ("The brake squeaks when I stop.", "repair"), ("Where is my parcel?", "shipping"),
           ("Refund the second payment please.", "billing"), ("The chain fell off again.", "repair"),
           ("Delivery is two weeks late.", "shipping"), ("Wrong amount on my invoice.", "billing"),
           ("The front wheel wobbles.", "repair"), ("Can you send it to my office instead?", "shipping"),
           ("Why was my card charged?", "billing"), ("A spoke broke on my first ride.", "repair")]
GGUF_ARCH = {"qwen3": "qwen3", "gemma3": "gemma3", "mistral": "llama"}
# Mistral names no roles ([INST] … [/INST] answer</s>): ftwork.ollama derives templates of role headers only
# (ChatML, Llama 3, Gemma, Phi-3), so its Modelfile says the TEMPLATE must be written by hand.
NO_OLLAMA_TEMPLATE = {"mistral"}
TRIMS = {"llama3", "gemma2", "gemma3"}  # their templates strip message content, which a Go template cannot


@pytest.fixture(scope="session")
def family_root(tmp_path_factory):
    return tmp_path_factory.mktemp("families")


_BUILT: dict = {}


def family_engagement(name: str, root, embedded_model_dir, template="family") -> Engagement:
    """A folder of the tiny `name` model and an engagement on it, its dataset written straight to dataset/."""
    key = (name, template)
    if key not in _BUILT:
        folder = build_family(name, root / f"models-{len(_BUILT)}", embedded_model_dir, template=template)
        eng = Engagement(root / f"eng-{name}-{len(_BUILT)}")
        eng.root.mkdir()
        s = Settings(name=f"fam-{name}", text_column="text", label_column="category", system_prompt=SYSTEM,
                     base_model=str(folder))
        eng.save_settings(s)
        rows = [ds.to_example({"text": t, "category": c}, s, i) for i, (t, c) in enumerate(TICKETS)]
        labels = sorted({r["label"] for r in rows})
        stats = {"task": "classification", "base_model": s.base_model, "sources": {"train": "t", "eval": None},
                 "anonymization_gate": {"overridden": True}, "n_train": 8, "n_eval": 4, "labels": labels,
                 "label_counts": {"train": {}, "eval": {}}, "checks": [], "config": {}}
        ds.write_dataset(eng, rows[:8], rows[8:], stats)
        eng.update_settings(labels=labels)
        _BUILT[key] = eng
    return _BUILT[key]


def _loss_text(tok, ids, mask, on: int) -> str:
    return tok.decode([i for i, m in zip(ids, mask) if m == on], skip_special_tokens=False)


@pytest.mark.parametrize("name", list(FAMILIES))
def test_loss_mask_is_the_answer_and_its_end_of_turn_and_our_loss_is_trls(name, family_root, embedded_model_dir):
    from trl import SFTTrainer

    fam = FAMILIES[name]
    eng = family_engagement(name, family_root, embedded_model_dir)
    trainer = build_trainer(eng, "mask", TrainConfig(max_steps=1, batch_size=4, bf16=False))
    tok = trainer.processing_class
    example = eng.dataset_dir / "train.jsonl"
    first = json.loads(example.read_text().splitlines()[0])
    row = trainer.train_dataset[0]
    ids, mask = row["input_ids"], [int(x != -100) for x in row["labels"]]
    # one block of loss at the end: exactly the answer, its end-of-turn token and what the template puts after it
    assert mask == sorted(mask), "loss only after the prompt, in one block"
    assert _loss_text(tok, ids, mask, 1) == fam.answer_prefix + first["completion"][0]["content"] + fam.answer_suffix
    assert tok.convert_tokens_to_ids(fam.stop) in [i for i, m in zip(ids, mask) if m]
    prompt_text = tok.apply_chat_template(first["prompt"], tokenize=False, add_generation_prompt=True)
    assert _loss_text(tok, ids, mask, 0) == prompt_text, "nothing of the prompt carries loss"
    assert SYSTEM in prompt_text, "the system prompt reaches the model (folded into the user turn where refused)"
    # ftwork's answer-only output layer gives TRL's number
    batch = next(iter(trainer.get_train_dataloader()))
    model = trainer.model
    model.eval()
    with torch.no_grad():
        ours = trainer.compute_loss(model, dict(batch))
        stock = SFTTrainer.compute_loss(trainer, model, dict(batch))
    assert torch.isfinite(ours)
    assert ours.item() == pytest.approx(stock.item(), rel=1e-4, abs=1e-4)
    labelled = batch["labels"] != -100
    assert 0 < labelled.sum() < batch["attention_mask"].sum()
    stop = tok.convert_tokens_to_ids(fam.stop)
    assert int((batch["labels"] == stop).sum()) >= len(batch["labels"]), "every row learns to stop"


def _gguf_field(reader, key: str):
    f = reader.fields[key]
    return bytes(f.parts[f.data[0]]).decode("utf-8")


@pytest.mark.parametrize("name", list(FAMILIES))
def test_trains_generates_merges_converts_and_writes_the_modelfile(name, family_root, embedded_model_dir, tmp_path):
    fam = FAMILIES[name]
    eng = family_engagement(name, family_root, embedded_model_dir)
    settings = eng.settings()
    record = train(eng, "run-01", TrainConfig(max_steps=2, batch_size=4, bf16=False, eval_each_epoch=False),
                   override_gate=True)
    assert record["global_step"] == 2
    tok = models.load_tokenizer(settings.base_model)
    tuned = gen.load_tuned(settings, eng.run_dir("run-01") / "adapter")
    evals = [json.loads(x) for x in (eng.dataset_dir / "eval.jsonl").read_text().splitlines()]
    prompts = [e["prompt"] for e in evals]
    # prefix-cached batches give the one-at-a-time answers, and stop at the family's end-of-turn token
    batched, _, _ = gen.generate(tuned, tok, prompts, 6, batch_size=4)
    single = [gen.generate(tuned, tok, [p], 6, batch_size=1)[0][0] for p in prompts]
    assert batched == single
    gold = [e["label"] for e in evals]
    scores = metrics.score("classification", gold, batched, settings.labels)
    assert scores["accuracy"] == round(sum(g == a for g, a in zip(gold, batched)) / len(gold), 4)
    assert scores["invalid_rate"] == round(sum(a not in settings.labels for a in batched) / len(gold), 4)
    # merged: the same answers, the same chat template
    merged = tuned.merge_and_unload()
    assert gen.generate(merged, tok, prompts, 6, batch_size=4)[0] == batched
    merged_dir = tmp_path / "merged"
    merged.save_pretrained(merged_dir, safe_serialization=True)
    tok.save_pretrained(merged_dir)
    assert models.load_tokenizer(str(merged_dir)).chat_template == tok.chat_template
    _check_gguf(name, merged_dir, tmp_path / f"{name}.gguf", tok)
    problems: list = []
    check = ex._write_modelfile(tmp_path, tok, settings, f"{name}.gguf", merged_dir, ExportConfig(), problems)
    parsed = ollama.parse_modelfile((tmp_path / "Modelfile").read_text())
    assert f'stop "{fam.stop}"' in parsed["PARAMETER"], "Ollama stops at the family's end-of-turn token"
    if name in NO_OLLAMA_TEMPLATE:
        assert check["status"] == "failed" and "TEMPLATE" not in parsed and "write the TEMPLATE by hand" in problems[0]
        pytest.xfail(f"{name}: a template without role names ([INST] … [/INST]); ftwork.ollama cannot write it as a "
                     "TEMPLATE yet (the Modelfile says to write it by hand)")
    assert check["status"] == "checked" and check["conversations"] >= 4, check
    differ = [c for c in check["cases"] if not c["identical"]]
    assert all(c["whitespace_only"] for c in differ), differ
    assert len(differ) == (1 if name in TRIMS else 0)  # the one test message with trailing whitespace
    assert all("trims" in p for p in problems) and len(problems) == len(differ[:1])


def _check_gguf(name: str, merged_dir, outfile, tok) -> None:
    from gguf import GGUFReader

    fam = FAMILIES[name]
    if fam.gguf_skip:
        with pytest.raises(ExportError, match="tokenizer.model"):
            convert_to_gguf(merged_dir, outfile, "f16", name)
        return
    if name in ("qwen2", "llama3"):  # Qwen's / Llama 3's pre-tokenizer over SmolLM2's vocabulary: a hash it does not know
        with pytest.raises(ExportError, match="does not recognise the tokenizer"):
            convert_to_gguf(merged_dir, outfile, "f16", name)
        return
    convert_to_gguf(merged_dir, outfile, "f16", name)
    reader = GGUFReader(str(outfile))
    assert _gguf_field(reader, "general.architecture") == GGUF_ARCH[name]
    assert _gguf_field(reader, "tokenizer.chat_template") == tok.chat_template
    blocks = {t.name.split(".")[1] for t in reader.tensors if t.name.startswith("blk.")}
    assert blocks == {"0", "1"}
    per_block = {t.name.split(".", 2)[2] for t in reader.tensors if t.name.startswith("blk.0.")}
    assert {"attn_q.weight", "attn_k.weight", "attn_v.weight", "attn_output.weight", "ffn_down.weight"} <= per_block
    emb = next(t for t in reader.tensors if t.name == "token_embd.weight")
    assert sorted(int(x) for x in emb.shape) == [32, len(tok)]
    assert ("output.weight" in {t.name for t in reader.tensors}) == (not fam.tied)


# ---------------------------------------------------------------------------------------------
# A base model without a chat template; models ftwork cannot train
# ---------------------------------------------------------------------------------------------
def test_base_model_without_template_trains_with_the_default_one_everywhere(family_root, embedded_model_dir, tmp_path):
    from gguf import GGUFReader

    eng = family_engagement("qwen3", family_root, embedded_model_dir, template=None)
    folder = eng.settings().base_model
    usable, notes = models.chat_template_notes(folder)
    assert usable and "ships no chat template" in notes[0] and "base model" in notes[0] and "'<|im_end|>'" in notes[0]
    tok = models.load_tokenizer(folder)
    assert tok.chat_template == models.DEFAULT_CHAT_TEMPLATE
    trainer = build_trainer(eng, "mask", TrainConfig(max_steps=1, batch_size=4, bf16=False))
    row = trainer.train_dataset[0]
    first = json.loads((eng.dataset_dir / "train.jsonl").read_text().splitlines()[0])
    assert _loss_text(tok, row["input_ids"], [int(x != -100) for x in row["labels"]], 1) == (
        first["completion"][0]["content"] + "<|im_end|>\n"), "the answer and the eos ending its turn"
    train(eng, "run-01", TrainConfig(max_steps=1, batch_size=4, bf16=False, eval_each_epoch=False), override_gate=True)
    adapter = eng.run_dir("run-01") / "adapter"
    from transformers import AutoTokenizer

    assert AutoTokenizer.from_pretrained(adapter).chat_template == models.DEFAULT_CHAT_TEMPLATE, "saved with the adapter"
    merged = gen.load_tuned(eng.settings(), adapter).merge_and_unload()
    merged.save_pretrained(tmp_path / "merged", safe_serialization=True)
    tok.save_pretrained(tmp_path / "merged")
    convert_to_gguf(tmp_path / "merged", tmp_path / "m.gguf", "f16", "base")
    assert _gguf_field(GGUFReader(str(tmp_path / "m.gguf")), "tokenizer.chat_template") == models.DEFAULT_CHAT_TEMPLATE
    structure = ollama.derive_structure(models.load_tokenizer(str(tmp_path / "merged")))
    assert structure.stop == "<|im_end|>"
    template = ollama.go_template(structure)
    convs = ollama.sample_conversations(SYSTEM, [])
    check = ollama.check_template(tok, template, convs, system=SYSTEM, bos=structure.bos)
    assert check["identical"] == check["conversations"]


def test_a_template_that_cannot_be_split_is_refused_at_01_and_04(family_root, embedded_model_dir):
    no_end = "{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}{% endfor %}{% if add_generation_prompt %}assistant: {% endif %}"
    eng = family_engagement("qwen2", family_root, embedded_model_dir, template=no_end)
    folder = eng.settings().base_model
    facts, known, notes = models.base_model_facts(folder)
    assert not known and facts["hub_id"] == models.EMBEDDED_ID
    assert "no end-of-turn marker after the answer" in notes[0] and "instruct" in notes[0]
    with pytest.raises(TrainingError, match="cannot be fine-tuned on the answer only: its chat template puts no end-of-turn"):
        build_trainer(eng, "refused", TrainConfig(max_steps=1))


def test_a_model_type_transformers_does_not_know_is_named_at_01(tmp_path, embedded_model_dir):
    import shutil

    folder = tmp_path / "mystery"
    shutil.copytree(embedded_model_dir, folder)
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps(dict(config, model_type="mystery-lm", architectures=["MysteryLM"])))
    facts, known, notes = models.base_model_facts(str(folder))
    assert not known and "model_type 'mystery-lm'" in notes[0] and "trust_remote_code" in notes[0]


def test_licence_and_size_are_read_from_a_saved_folder(family_root, embedded_model_dir):
    from ftwork.modelcard import licence_of

    eng = family_engagement("gemma3", family_root, embedded_model_dir)
    folder = eng.settings().base_model
    from pathlib import Path

    (Path(folder) / "README.md").write_text("---\nlicense: apache-2.0\nlibrary_name: transformers\n---\n# A model\n")
    facts = models.model_facts(folder)
    counted = sum(p.numel() for p in models.load_model(folder).parameters())
    assert facts["params_b"] == round(counted / 1e9, 6) and facts["family"] == "gemma3_text"
    assert facts["licence"] == "apache-2.0" and licence_of(folder) == ("apache-2.0", "apache-2.0")
    (Path(folder) / "README.md").write_text("---\nlicense: other\nlicense_name: acme-internal\n---\n")
    assert models.model_facts(folder)["licence"] == "acme-internal"
    (Path(folder) / "README.md").unlink()
    assert models.model_facts(folder)["licence"].startswith("unknown")


def _speak_words(folder) -> None:
    """A random two-layer model answers "\n\n\n…", which stage 05 rightly refuses as answering nothing: zero
    the (tied) embedding rows of whitespace-only and special tokens, so its greedy answers are words."""
    tok = models.load_tokenizer(str(folder))
    model = models.load_model(str(folder))
    rows = [i for i in range(len(tok)) if not tok.decode([i], skip_special_tokens=True).strip()]
    with torch.no_grad():
        model.get_output_embeddings().weight[rows] = 0.0
    model.save_pretrained(folder, safe_serialization=True)


@pytest.mark.slow
@pytest.mark.notebooks
def test_a_saved_folder_of_another_family_runs_all_six_stages(tmp_path, embedded_model_dir, monkeypatch):
    """`ftwork new … --base-model FOLDER`, then `ftwork run --smoke`: a tiny Qwen3 base model (no chat template)
    saved with save_pretrained, its licence in its model card, through all six notebooks on CPU."""
    from ftwork import cli

    folder = build_family("qwen3", tmp_path / "models", embedded_model_dir, template=None)
    _speak_words(folder)
    (folder / "README.md").write_text("---\nlicense: apache-2.0\n---\n# tiny qwen3 base\n")
    eng_dir = tmp_path / "acme"
    assert cli.main(["new", str(eng_dir), "--sample", "tickets", "--base-model", str(folder)]) == 0
    monkeypatch.setenv("FTWORK_PROGRESS_SECONDS", "0")
    summary = cli.run_engagement(eng_dir, smoke=True)
    assert set(summary["stages_seconds"]) == set(cli.STAGES)
    assessment = json.loads((eng_dir / "assess" / "assessment.json").read_text())
    assert assessment["model"]["hub_id"] == str(folder) and assessment["model"]["licence"] == "apache-2.0"
    assert assessment["model"]["params_b"] == round(models.safetensors_parameters(folder) / 1e9, 6)
    assert any("ships no chat template" in w for w in assessment["warnings"])
    metrics = json.loads((eng_dir / "runs" / "run-01" / "metrics.json").read_text())
    assert metrics["base_model"] == str(folder) and metrics["n_eval"] > 0
    out = eng_dir / "runs" / "run-01" / "export"
    parsed = ollama.parse_modelfile((out / "Modelfile").read_text())
    assert "<|im_start|>" in parsed["TEMPLATE"] and 'stop "<|im_end|>"' in parsed["PARAMETER"]
    assert "apache-2.0" in parsed["LICENSE"]
    assert models.load_tokenizer(str(out / "merged")).chat_template == models.DEFAULT_CHAT_TEMPLATE
