"""Export on the embedded model: merge, f16 GGUF, reload in transformers and llama.cpp, Modelfile, bad input.

One LoRA step on a tiny BANKING77 engagement gives a real adapter; the module exports it once and
the tests check the package from every side (marked slow). The fast tests check the verification's
prompts and metric without a model.
"""
import json
import shutil

import pytest
import torch

from ftwork import artifacts
from ftwork import export as ex
from ftwork import ollama
from ftwork.engagement import Engagement, Settings, sha256_file
from ftwork.export import ExportConfig, ExportError, export
from ftwork.prompts import contender_prompt, to_example
from ftwork.train import TrainConfig, train

from .conftest import tiny_dataset_engagement

PROMPTS = [  # not from the eval split: fresh prompts for the independent comparisons below
    [{"role": "system", "content": "Classify the message."}, {"role": "user", "content": "My card was charged twice."}],
    [{"role": "system", "content": "Classify the message."}, {"role": "user", "content": "How do I top up by bank transfer?"}],
]


@pytest.fixture(scope="module")
def trained(tmp_path_factory, embedded_model_dir):
    """A tiny engagement with a dataset written straight to dataset/ and one LoRA step trained."""
    eng = tiny_dataset_engagement(tmp_path_factory.mktemp("exp"), "Tiny Co", n_intents=2, n_train=4, n_test=2)
    train(eng, "run-01", TrainConfig(max_steps=1, batch_size=4, eval_each_epoch=False, logging_steps=1), override_gate=True)
    return eng


@pytest.fixture(scope="module")
def exported(trained):
    return export(trained, "run-01", ExportConfig(verify_examples=3, gguf=("f16",)))


def _greedy(model, tok, prompts, n=8):
    from ftwork.generation import generate

    return generate(model, tok, prompts, n)[0]


@pytest.fixture(scope="module")
def merged_answers(trained, exported):
    """Greedy answers of the exported merged folder, loaded as a client would, on fresh prompts."""
    from ftwork.models import load_model, load_tokenizer

    merged = trained.run_dir("run-01") / "export" / "merged"
    return _greedy(load_model(str(merged)), load_tokenizer(str(merged)), PROMPTS)


@pytest.mark.slow
def test_package_is_complete_and_checksummed(trained, exported):
    out = trained.run_dir("run-01") / "export"
    gguf = out / "tiny-co-run-01-f16.gguf"
    for rel in ("merged/model.safetensors", "merged/tokenizer.json", "merged/generation_config.json",
                "adapter/adapter_model.safetensors", "Modelfile", "README.md", "lineage.json", "verification.json"):
        assert (out / rel).is_file(), rel
    assert gguf.is_file() and exported["gguf"]["f16"] == str(gguf)
    assert not (out / "adapter" / "training_args.bin").exists()  # no pickles handed to the client
    listed = dict(reversed(line.split("  ", 1)) for line in (out / "SHA256SUMS").read_text().splitlines())
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} - {"SHA256SUMS"}
    assert set(listed) == on_disk
    assert all(sha256_file(out / rel) == digest for rel, digest in listed.items())
    lineage = json.loads((out / "lineage.json").read_text())
    assert lineage["dataset_hash"] == artifacts.dataset_hash(trained)
    assert lineage["base_model_revision"]["gguf_sha256"]
    assert lineage["export"]["converter"]["package"] == f"llama-cpp-python=={ex.LLAMA_CPP_PYTHON_VERSION}"
    assert lineage["training"]["config"]["max_steps"] == 1


@pytest.mark.slow
def test_model_card_and_gguf_metadata_carry_the_licence(trained, exported):
    from gguf import GGUFReader

    out = trained.run_dir("run-01") / "export"
    card = (out / "README.md").read_text()
    header = card.split("---")[1]
    assert "license: apache-2.0" in header and "base_model: HuggingFaceTB/SmolLM2-135M-Instruct" in header
    for section in ("## Training data", "## Anonymization", "## Evaluation", "## Intended use and limits", "## How to run it"):
        assert section in card
    assert "NOT checked for personal data" in card  # the fixture overrode the anonymization gate
    assert "ollama create tiny-co-run-01 -f Modelfile" in card
    reader = GGUFReader(str(out / "tiny-co-run-01-f16.gguf"))

    def field(key):
        f = reader.fields[key]
        return bytes(f.parts[f.data[0]]).decode()

    assert field("general.license") == "apache-2.0"
    assert field("general.name") == "tiny-co-run-01"
    assert "<|im_start|>" in field("tokenizer.chat_template")


@pytest.mark.slow
def test_merged_and_gguf_answer_exactly_like_the_evaluated_model(trained, exported, merged_answers):
    v = json.loads((trained.run_dir("run-01") / "export" / "verification.json").read_text())
    by_runtime = {(f["file"], f["runtime"].split(" (")[0]): f for f in v["files"]}
    assert by_runtime[("merged/", "transformers")]["identical"] == v["examples"] == 3
    assert by_runtime[("tiny-co-run-01-f16.gguf", "transformers")]["identical"] == 3
    assert v["gguf"]["f16"]["transformers_chat_template_identical"] == 3
    # and independently, on fresh prompts: the GGUF reloaded in transformers answers like the merged folder
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out = trained.run_dir("run-01") / "export"
    tok = AutoTokenizer.from_pretrained(out, gguf_file="tiny-co-run-01-f16.gguf")
    model = AutoModelForCausalLM.from_pretrained(out, gguf_file="tiny-co-run-01-f16.gguf", dtype=torch.float32)
    assert _greedy(model, tok, PROMPTS) == merged_answers
    assert all(merged_answers)


@pytest.mark.slow
def test_gguf_runs_in_llama_cpp_with_the_same_prompt_and_answers(trained, exported, merged_answers):
    v = json.loads((trained.run_dir("run-01") / "export" / "verification.json").read_text())
    if ex.llama_cpp_version() is None:
        assert v["gguf"]["f16"]["llama_cpp"]["status"] == "skipped"
        assert any("llama-cpp-python is not installed" in s for s in v["skipped"])
        pytest.skip(f"llama-cpp-python is not installed: {ex.INSTALL_LLAMA_CPP}")
    check = v["gguf"]["f16"]["llama_cpp"]
    assert check["status"] == "ran" and check["prompt_identical"] == 3 and check["tokens_identical"] == 3
    row = next(f for f in v["files"] if f["runtime"].startswith("llama.cpp"))
    assert row["identical"] == 3
    # independently: llama.cpp's chat completion on fresh prompts equals the merged model's greedy answers
    from llama_cpp import Llama

    out = trained.run_dir("run-01") / "export"
    llm = Llama(model_path=str(out / "tiny-co-run-01-f16.gguf"), n_ctx=512, verbose=False, seed=0)
    got = [llm.create_chat_completion(messages=p, temperature=0.0, max_tokens=8)["choices"][0]["message"]["content"].strip()
           for p in PROMPTS]
    assert got == merged_answers


@pytest.mark.slow
def test_modelfile_template_renders_the_chat_template(trained, exported):
    from ftwork.models import load_tokenizer

    out = trained.run_dir("run-01") / "export"
    parsed = ollama.parse_modelfile((out / "Modelfile").read_text())
    assert parsed["FROM"] == "./tiny-co-run-01-f16.gguf"
    assert parsed["SYSTEM"] == "Classify the message."
    assert 'stop "<|im_end|>"' in parsed["PARAMETER"]
    assert "apache-2.0" in parsed["LICENSE"].lower()
    tok = load_tokenizer(str(out / "merged"))
    convs = [
        [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello"}],
        [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}, {"role": "user", "content": "Lost card"}],
        [{"role": "user", "content": "Tabs\tand {{ braces }} and ünïcode\n"}],
    ]
    for conv in convs:  # without a SYSTEM line: the template's own default system prompt must appear
        assert ollama.render_like_ollama(parsed["TEMPLATE"], conv) == tok.apply_chat_template(
            conv, tokenize=False, add_generation_prompt=True)
    # with the Modelfile's SYSTEM, Ollama puts it first, as training did
    assert ollama.render_like_ollama(parsed["TEMPLATE"], convs[1][-1:], parsed["SYSTEM"]) == (
        "<|im_start|>system\nClassify the message.<|im_end|>\n<|im_start|>user\nLost card<|im_end|>\n<|im_start|>assistant\n")
    v = json.loads((out / "verification.json").read_text())["ollama_template"]
    assert v["identical"] == v["conversations"] >= 4


def test_go_template_renderer_on_an_ollama_library_style_template():
    """The renderer handles the constructs of Ollama's own ChatML templates (range, $vars, slice, trimming)."""
    template = (
        "{{- range $i, $_ := .Messages }}\n{{- $last := eq (len (slice $.Messages $i)) 1 -}}\n"
        "<|im_start|>{{ .Role }}\n{{ .Content }}{{ if not $last }}<|im_end|>\n{{ end }}\n"
        '{{- if and (ne .Role "assistant") $last }}<|im_end|>\n<|im_start|>assistant\n{{ end }}\n{{- end }}')
    msgs = [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}, {"role": "user", "content": "c"}]
    assert ollama.render_like_ollama(template, msgs) == (
        "<|im_start|>user\na<|im_end|>\n<|im_start|>assistant\nb<|im_end|>\n<|im_start|>user\nc<|im_end|>\n"
        "<|im_start|>assistant\n")
    assert ollama.render_go_template('{{ if eq .A 1 }}one{{ else if eq .A 2 }}two{{ else }}x{{ end }}', {"A": 2}) == "two"
    # `or` stops at the first true argument: indexing an empty list is never evaluated
    assert ollama.render_go_template('{{ if or (not .M) (index .M 0) }}empty{{ end }}', {"M": []}) == "empty"


@pytest.mark.slow
def test_second_export_is_skipped(trained, exported):
    again = export(trained, "run-01", ExportConfig(verify_examples=3, gguf=("f16",)))
    assert again.get("skipped") is True and again["name"] == exported["name"]


def _no_leftovers(eng: Engagement, run: str) -> bool:
    run_dir = eng.run_dir(run)
    return not (run_dir / "export").exists() and not list(run_dir.glob(".export*"))


@pytest.mark.slow
def test_export_before_training_is_refused(trained):
    with pytest.raises(ExportError, match="train it first in 04_train"):
        export(trained, "never-trained")
    assert not trained.run_dir("never-trained").exists()


@pytest.mark.slow
def test_adapter_for_another_base_is_refused(trained):
    src, run = trained.run_dir("run-01"), trained.run_dir("other-base")
    shutil.copytree(src / "adapter", run / "adapter")
    shutil.copy(src / "train_config.json", run / "train_config.json")
    cfg = json.loads((run / "adapter" / "adapter_config.json").read_text())
    cfg["base_model_name_or_path"] = "Qwen/Qwen2.5-0.5B-Instruct"
    (run / "adapter" / "adapter_config.json").write_text(json.dumps(cfg))
    with pytest.raises(ExportError, match="trained on 'Qwen/Qwen2.5-0.5B-Instruct'"):
        export(trained, "other-base")
    assert _no_leftovers(trained, "other-base")


@pytest.mark.slow
def test_too_little_disk_space_is_refused_before_writing(trained, monkeypatch):
    run = trained.run_dir("disk")
    shutil.copytree(trained.run_dir("run-01") / "adapter", run / "adapter")
    shutil.copy(trained.run_dir("run-01") / "train_config.json", run / "train_config.json")
    monkeypatch.setattr(ex.shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10**12, 10**12 - 10**6, 10**6))
    with pytest.raises(ExportError, match="Not enough disk space.*GiB"):
        export(trained, "disk", ExportConfig(verify_examples=1))
    assert _no_leftovers(trained, "disk")
    # the estimate is of the right size: merged f16 + f16 GGUF of a 135M model ≈ 0.5 GB
    assert 0.45e9 < ex.estimate_bytes(134_515_008, ExportConfig(), 0) < 0.7e9


@pytest.mark.slow
def test_unsupported_architecture_is_named(trained, monkeypatch, tmp_path):
    # the check before writing, from the converter's own list of architectures
    monkeypatch.setattr(ex, "supported_architectures", lambda conv: ["Qwen2ForCausalLM", "GemmaForCausalLM"])
    with pytest.raises(ExportError, match="does not support the architecture 'LlamaForCausalLM'"):
        export(trained, "run-01", ExportConfig(verify_examples=1), redo=True)
    assert (trained.run_dir("run-01") / "export" / "SHA256SUMS").is_file()  # the earlier export is untouched
    # and the converter itself, on a folder whose architecture it does not know
    monkeypatch.undo()
    fake = tmp_path / "fake"
    shutil.copytree(trained.run_dir("run-01") / "export" / "merged", fake)
    config = json.loads((fake / "config.json").read_text())
    config["architectures"] = ["MadeUpForCausalLM"]
    (fake / "config.json").write_text(json.dumps(config))
    with pytest.raises(ExportError, match="does not support the architecture 'MadeUpForCausalLM'"):
        ex.convert_to_gguf(fake, tmp_path / "x.gguf", "f16", "x")
    assert not (tmp_path / "x.gguf").exists()


@pytest.mark.slow
def test_unknown_gguf_type_is_refused(trained):
    with pytest.raises(ExportError, match="Unknown GGUF type"):
        export(trained, "run-01", ExportConfig(gguf=("q3_xs",)), redo=True)


def test_a_quantized_file_losing_more_than_the_tolerance_is_flagged():
    evaluated = {"file": "adapter/", "metric": 0.80}
    small, big = {"file": "m-q4_k_m.gguf", "runtime": "llama.cpp", "metric": 0.78}, {"file": "m-q4_0.gguf", "runtime": "llama.cpp", "metric": 0.70}
    problems: list[str] = []
    ex._flag(small, evaluated, "q4_k_m", ExportConfig(quant_tolerance=0.05), problems)
    ex._flag(big, evaluated, "q4_0", ExportConfig(quant_tolerance=0.05), problems)
    assert "flag" not in small and big["flag"] is True and big["drop"] == pytest.approx(0.10)
    assert len(problems) == 1 and "m-q4_0.gguf" in problems[0] and "tolerance 0.05" in problems[0]


# ---------------------------------------------------------------------------------------------
# The verification's prompts and metric, without a model
# ---------------------------------------------------------------------------------------------
CONVERSATION = [
    {"role": "system", "content": "You are the help desk of Conv Co."},
    {"role": "user", "content": "Can I change the delivery address of an order?"},
    {"role": "assistant", "content": "Yes – which order is it?"},
    {"role": "user", "content": "Order 1234."},
    {"role": "assistant", "content": "Done: order 1234 now goes to the new address."},
]


class _FakeTokenizer:
    """Just what the verification asks of a tokenizer: a chat template and token ids."""

    def apply_chat_template(self, messages, tokenize=False, add_generation_prompt=True):
        return json.dumps(messages)

    def __call__(self, text, add_special_tokens=False):
        return {"input_ids": list(range(len(text.split())))}


def _engagement_with_eval(root, settings, examples):
    """An engagement whose dataset/hf holds `examples` as its eval split (and train split)."""
    from datasets import Dataset, DatasetDict

    eng = Engagement(root / "eng")
    eng.root.mkdir(parents=True)
    eng.save_settings(settings)
    DatasetDict({"train": Dataset.from_list(examples), "eval": Dataset.from_list(examples)}).save_to_disk(
        str(eng.dataset_dir / "hf"))
    return eng


def _capture_generate(monkeypatch, answer="Done."):
    calls = []

    def fake_generate(model, tokenizer, prompts, max_new_tokens, batch_size=32, desc="generating"):
        calls.append({"desc": desc, "prompts": [[dict(t) for t in p] for p in prompts]})
        return [answer] * len(prompts), [0.0] * len(prompts), [1] * len(prompts)

    monkeypatch.setattr(ex, "generate", fake_generate)
    return calls


def test_verification_generates_from_the_full_stored_prompt(tmp_path, monkeypatch):
    """Stage 06 asks every model exactly what stage 05 asked the tuned one: the stored prompt, every turn."""
    settings = Settings(name="Conv Co", task="writing", system_prompt="Answer in the company's way.")
    example = to_example({"conversation": CONVERSATION}, settings, 0, conversation_column="conversation")
    eng = _engagement_with_eval(tmp_path, settings, [example])
    calls = _capture_generate(monkeypatch)
    monkeypatch.setattr(ex, "load_model", lambda path, dtype=None: object())
    monkeypatch.setattr(ex, "load_tokenizer", lambda path: _FakeTokenizer())

    v = ex._verification_slice(eng, settings, _FakeTokenizer(), ExportConfig(verify_examples=8))
    ex._evaluated_answers(v, object(), _FakeTokenizer(), full=False)
    _, hf_prompts, _ = ex._check_merged(tmp_path / "merged", v, ExportConfig())

    stored = contender_prompt(example, "tuned", settings)
    assert stored == example["prompt"]
    assert [t["role"] for t in stored] == ["system", "user", "assistant", "user"]
    assert [c["desc"] for c in calls] == ["adapter model", "merged model"]
    for call in calls:  # the evaluated model and the merged folder both get the whole conversation
        assert call["prompts"] == [stored]
    assert hf_prompts == [json.dumps(stored)]  # the chat prompt compared across runtimes is built from it too
    assert v.gold == ["Done: order 1234 now goes to the new address."]


def test_verification_finds_the_primary_metric_of_qa(tmp_path, monkeypatch):
    """The metric the verification reports comes from the task registry: chrf for qa."""
    settings = Settings(name="QA Co", task="qa", system_prompt="Answer the question in the company's way.")
    rows = [to_example({"text": "When are you open?", "label": "From 9 to 5, Monday to Friday."}, settings, 0),
            to_example({"text": "Do you ship abroad?", "label": "Yes, to every country of the EU."}, settings, 1)]
    eng = _engagement_with_eval(tmp_path, settings, rows)
    (eng.run_dir("run-01")).mkdir(parents=True)
    (eng.run_dir("run-01") / "metrics.json").write_text(json.dumps({"primary_metric": "chrf", "tuned": {"chrf": 0.42}}))
    _capture_generate(monkeypatch, answer="From 9 to 5, Monday to Friday.")

    v = ex._verification_slice(eng, settings, _FakeTokenizer(), ExportConfig(verify_examples=8))
    ex._evaluated_answers(v, object(), _FakeTokenizer(), full=False)
    assert v.primary == "chrf"
    metric = v.files[0]["metric"]
    assert isinstance(metric, float) and 0.0 < metric < 1.0  # one answer right, one wrong
    record = ex._verification_record(eng.run_dir("run-01"), v, {}, {}, ExportConfig())
    assert record["primary_metric"] == "chrf" and record["evaluated_model_on_full_eval"] == 0.42


def test_model_card_carries_all_four_contenders_with_their_cost_as_deployed():
    """The card's evaluation table: base, prompted base, retrieval few-shot and this model, each with its
    prompt tokens, single-query and batched seconds (this model merged) and answers cut off at the cap."""
    from ftwork.modelcard import model_card

    def contender(acc, tokens, alone, runaway):
        return {"accuracy": acc, "macro_f1": acc / 2, "prompt_tokens_mean": tokens, "latency_s_single": alone,
                "latency_s_mean": alone / 4, "runaway_answers": runaway}

    metrics = {"task": "classification", "primary_metric": "accuracy", "n_eval": 80, "tuned_timed_as": "merged",
               "base": contender(0.0, 75.0, 1.08, 12), "prompted_base": contender(0.05, 329.0, 1.2, 3),
               "few_shot": contender(0.5375, 328.9, 1.09, 0), "tuned": contender(0.95, 74.9, 0.57, 0),
               "versus_best_alternative": {"best_alternative": "few_shot", "metric": "accuracy", "tuned": 0.95,
                                           "alternative": 0.5375, "points": 41.2, "tuned_prompt_tokens": 74.9,
                                           "alternative_prompt_tokens": 328.9}}
    ctx = {"settings": Settings(name="Tiny Co", system_prompt="Classify."), "run": "run-01", "name": "tiny-co-run-01",
           "train": {}, "stats": None, "metrics": metrics, "anon": None, "gguf_name": None, "ollama_commands": [],
           "context": 2048, "verification": {"examples": 3, "primary_metric": "accuracy", "files": []}}
    card = model_card(ctx)
    table = card.split("## Evaluation", 1)[1].split("### Export verification", 1)[0]
    assert "| model | accuracy | macro_f1 | prompt tokens | s/query alone | s/query batched | cut off at the cap |" in table
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| model")]
    assert [r.split(" | ")[0] for r in rows] == ["| base model", "| base model + client's long prompt",
                                                 "| base model + similar solved training cases (retrieval)", "| this model"]
    assert rows[0].endswith("| 75 | 1.08 | 0.27 | 12 |") and rows[3].endswith("| 74.9 | 0.57 | 0.1425 | 0 |")
    assert "this model merged into the base weights, as it is deployed" in table
    assert "(base model + similar solved training cases (retrieval), 0.537 accuracy) fine-tuning is **41.2 points ahead of**" in table
    assert "with 75 prompt tokens per query instead of 329" in table
    metrics["tuned_timed_as"] = "adapter"
    assert "unmerged adapter, slower than it runs once merged" in model_card(ctx)
