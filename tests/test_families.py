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
from ftwork.converter import convert_to_gguf, llama_cpp_version
from ftwork.engagement import Engagement, Settings
from ftwork.errors import ExportError
from ftwork.train import TrainConfig, TrainingError, build_trainer, train

from .fixtures.families import BPE_UNKNOWN, FAMILIES, build_family

SYSTEM = "You sort the support tickets of Brisa Bikes into one category: shipping, billing or repair."
TICKETS = [("My bike never arrived.", "shipping"), ("I was charged twice for the helmet.", "billing"),
           ("The brake squeaks when I stop.", "repair"), ("Where is my parcel?", "shipping"),
           ("Refund the second payment please.", "billing"), ("The chain fell off again.", "repair"),
           ("Delivery is two weeks late.", "shipping"), ("Wrong amount on my invoice.", "billing"),
           ("The front wheel wobbles.", "repair"), ("Can you send it to my office instead?", "shipping"),
           ("Why was my card charged?", "billing"), ("A spoke broke on my first ride.", "repair")]
GGUF_ARCH = {"mistral": "llama", "llama3": "llama"}  # llama.cpp converts Llama 3 and Mistral as a Llama; the others keep their name
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
    rows = [json.loads(x) for x in example.read_text().splitlines()]
    assert models.boundary_warning(tok, name, rows) == "", "the prompt's tokens are where the example's start"
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
    models.save_tokenizer(tok, settings.base_model, merged_dir)  # as stage 06 saves it: tokenizer.model included
    assert (merged_dir / "tokenizer.model").is_file() == bool(fam.spm)
    assert models.load_tokenizer(str(merged_dir)).chat_template == tok.chat_template
    _check_gguf(name, merged_dir, tmp_path / f"{name}.gguf", tok)
    problems: list = []
    check = ex._write_modelfile(tmp_path, tok, settings, f"{name}.gguf", merged_dir, ExportConfig(), problems)
    parsed = ollama.parse_modelfile((tmp_path / "Modelfile").read_text())
    assert f'stop "{fam.stop}"' in parsed["PARAMETER"], "Ollama stops at the family's end-of-turn token"
    if name == "mistral":  # no role names: user turns wrapped in [INST] … [/INST], the system prompt in the first
        assert isinstance(ollama.derive_structure(tok), ollama.WrappedStructure)
        assert "[INST]" in parsed["TEMPLATE"] and "[/INST]" in parsed["TEMPLATE"]
    assert check["status"] == "checked" and check["conversations"] >= 4, check
    differ = [c for c in check["cases"] if not c["identical"]]
    assert all(c["whitespace_only"] for c in differ), differ
    assert len(differ) == (1 if name in TRIMS else 0)  # the one test message with trailing whitespace
    assert all("trims" in p for p in problems) and len(problems) == len(differ[:1])


def _check_gguf(name: str, merged_dir, outfile, tok) -> None:
    """llama.cpp's converter on the merged folder, the file read back: architecture, tensors, and the tokenizer
    and chat-template metadata llama.cpp and Ollama run it with."""
    from gguf import GGUFReader

    fam = FAMILIES[name]
    convert_to_gguf(merged_dir, outfile, "f16", name)
    reader = GGUFReader(str(outfile))
    assert _gguf_field(reader, "general.architecture") == GGUF_ARCH.get(name, name)
    assert _gguf_field(reader, "tokenizer.chat_template") == tok.chat_template
    # SentencePiece families keep their pieces and scores ("llama"); byte-level BPE ones their merges ("gpt2")
    assert _gguf_field(reader, "tokenizer.ggml.model") == ("llama" if fam.spm else "gpt2")
    pieces = reader.fields["tokenizer.ggml.tokens"]
    assert len(pieces.data) == len(tok)
    piece = lambda i: bytes(pieces.parts[pieces.data[i]]).decode("utf-8")  # noqa: E731
    for key, token in (("eos", tok.eos_token), ("bos", tok.bos_token), ("padding", tok.pad_token)):
        if token is not None and f"tokenizer.ggml.{key}_token_id" in reader.fields:
            got = int(reader.fields[f"tokenizer.ggml.{key}_token_id"].parts[-1][0])
            assert got == tok.convert_tokens_to_ids(token) and piece(got) == token, (key, token, got)
    assert piece(tok.convert_tokens_to_ids(fam.stop)) == fam.stop
    if fam.spm:
        scores = reader.fields["tokenizer.ggml.scores"]
        assert len(scores.data) == len(tok)
    blocks = {t.name.split(".")[1] for t in reader.tensors if t.name.startswith("blk.")}
    assert blocks == {"0", "1"}
    per_block = {t.name.split(".", 2)[2] for t in reader.tensors if t.name.startswith("blk.0.")}
    assert {"attn_output.weight", "ffn_down.weight"} <= per_block
    assert {"attn_q.weight", "attn_k.weight", "attn_v.weight"} <= per_block or "attn_qkv.weight" in per_block
    emb = next(t for t in reader.tensors if t.name == "token_embd.weight")
    assert sorted(int(x) for x in emb.shape) == [32, len(tok)]
    assert ("output.weight" in {t.name for t in reader.tensors}) == (not fam.tied)
    if llama_cpp_version():  # llama.cpp itself reads the vocabulary and template back
        from llama_cpp import Llama

        llm = Llama(model_path=str(outfile), vocab_only=True, verbose=False)
        assert llm.metadata.get("tokenizer.chat_template") == tok.chat_template
        assert llm.n_vocab() == len(tok)
        text = tok.apply_chat_template([{"role": "user", "content": "Where is my parcel?"}], tokenize=False,
                                       add_generation_prompt=True)
        assert llm.tokenize(text.encode(), add_bos=False, special=True) == tok(text, add_special_tokens=False)["input_ids"]


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


def test_a_head_dim_transformers_gguf_loader_cannot_rebuild_is_a_failed_check_not_a_crash(embedded_model_dir, tmp_path):
    """Stage 06 reloads each GGUF in transformers, whose loader for Qwen3 (Llama, Mistral, Qwen2, Phi-3 too) does not
    read head_dim from the file: a Qwen3 with head_dim 16 (not its default 128) fails that check, in words."""
    import dataclasses

    from .fixtures.families import build_model, build_tokenizer

    fam = dataclasses.replace(FAMILIES["qwen3"], extra={"head_dim": 16})
    tok = build_tokenizer(fam, embedded_model_dir)
    merged = build_model(fam, tok, tmp_path / "merged")
    convert_to_gguf(merged, tmp_path / "m-f16.gguf", "f16", "m")
    prompts = [[{"role": "system", "content": SYSTEM}, {"role": "user", "content": TICKETS[0][0]}]]
    v = ex._Verification(prompts=prompts, gold=["shipping"], max_new=3, primary="accuracy", task="classification",
                         labels=["billing", "repair", "shipping"])
    hf_prompts = [tok.apply_chat_template(p, tokenize=False, add_generation_prompt=True) for p in prompts]
    hf_ids = [tok(t, add_special_tokens=False)["input_ids"] for t in hf_prompts]
    check = ex._check_gguf(tmp_path, "m-f16.gguf", "f16", v, hf_prompts, hf_ids, ExportConfig())
    assert check["transformers"]["status"] == "failed"
    reason = check["transformers"]["reason"]
    assert "head_dim is 16" in reason and "default 128" in reason and "'qwen3'" in reason and "llama.cpp" in reason
    assert len(v.problems) == 1 and "not reloaded in transformers" in v.problems[0] and reason in v.problems[0]
    assert check["llama_cpp"]["status"] in ("skipped", "ran")


@pytest.mark.parametrize("name", [n for n, f in FAMILIES.items() if f.vocab])
def test_published_vocabularies_tokenize_as_llama_cpp_does(name, embedded_model_dir):
    """Llama 3's and Qwen2's rebuilt tokenizers give the ids llama.cpp's own tokenizer tests expect, text by text."""
    from .fixtures.families import build_tokenizer, vocab_gguf

    fam = FAMILIES[name]
    tok = build_tokenizer(fam, embedded_model_dir)
    texts = vocab_gguf(fam.vocab, ".inp").read_text(encoding="utf-8").split("\n__ggml_vocab_test__\n")
    expected = vocab_gguf(fam.vocab, ".out").read_text(encoding="utf-8").split("\n")
    assert len(texts) >= 40
    for text, ids in zip(texts, expected):
        assert tok(text, add_special_tokens=False)["input_ids"] == [int(i) for i in ids.split()], repr(text)
    assert len(tok) == {"llama-bpe": 128256, "qwen2": 151646}[fam.vocab]


def test_a_vocabulary_llama_cpp_does_not_know_is_refused_in_words(embedded_model_dir, tmp_path):
    """A changed vocabulary (here SmolLM2's under Llama 3's split) hashes to no pre-tokenizer llama.cpp knows:
    the converter's refusal comes back as an ExportError that says so and how to go on."""
    import dataclasses

    from .fixtures.families import build_model, build_tokenizer

    fam = dataclasses.replace(FAMILIES["llama3"], vocab="")
    merged = build_model(fam, build_tokenizer(fam, embedded_model_dir), tmp_path / "merged")
    with pytest.raises(ExportError, match=BPE_UNKNOWN) as err:
        convert_to_gguf(merged, tmp_path / "m.gguf", "f16", "m")
    assert "chkhsh" in str(err.value) and "original tokenizer.json" in str(err.value) and "gguf=()" in str(err.value)


# A base-model fine-tuning format whose generation prompt ends in a space: byte-level BPE keeps " shipping" whole
ALPACA = ("{% for m in messages %}{% if m['role'] == 'system' %}{{ m['content'] + '\n\n' }}{% elif m['role'] == 'user' %}"
          "{{ '### Instruction:\n' + m['content'] + '\n\n' }}{% else %}{{ '### Response: ' + m['content'] + eos_token + '\n' }}"
          "{% endif %}{% endfor %}{% if add_generation_prompt %}{{ '### Response: ' }}{% endif %}")


def test_a_prompt_answer_boundary_merged_into_one_token_is_said_at_01_and_04(family_root, embedded_model_dir):
    eng = family_engagement("qwen2", family_root, embedded_model_dir, template=ALPACA)
    folder = eng.settings().base_model
    usable, notes = models.chat_template_notes(folder)
    assert usable and len(notes) == 1
    assert "joins the end of the prompt and the start of the answer into one token" in notes[0]
    assert "'### Response: ' " not in notes[0] and "ends in ' '" in notes[0] and "' shipping'" in notes[0]
    assert "off by a token" in notes[0] and "generation prompt ends in a newline" in notes[0]
    tok = models.load_tokenizer(folder)
    rows = [json.loads(x) for x in (eng.dataset_dir / "train.jsonl").read_text().splitlines()]
    assert "in 8 of 8 examples" in models.boundary_warning(tok, folder, rows)
    # where the boundary holds (every family's own template), nothing is said
    own = family_engagement("qwen2", family_root, embedded_model_dir)
    own_rows = [json.loads(x) for x in (own.dataset_dir / "train.jsonl").read_text().splitlines()]
    assert models.boundary_warning(models.load_tokenizer(own.settings().base_model), "qwen2", own_rows) == ""
    assert models.chat_template_notes(own.settings().base_model) == (True, [])
    record = train(eng, "run-01", TrainConfig(max_steps=1, batch_size=4, bf16=False, eval_each_epoch=False),
                   override_gate=True)
    assert any("in 8 of 8 examples" in w and "off by a token" in w for w in record["warnings"])
