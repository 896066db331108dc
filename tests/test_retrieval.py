"""Retrieval few-shot (ftwork.retrieval): BM25 over training rows only, demonstrations as chat turns,
k fitted to the prompt budget; and the tuned model timed merged."""

import json
import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest  # noqa: E402

from ftwork import retrieval as rt  # noqa: E402
from ftwork.configs import EvalConfig  # noqa: E402
from ftwork.engagement import Settings  # noqa: E402
from ftwork.errors import EvaluationError  # noqa: E402
from ftwork.prompts import few_shot_prompt, make_prompt  # noqa: E402


def _ex(i, text, answer, system="Classify."):
    return {"id": str(i), "prompt": make_prompt(text, system), "completion": [{"role": "assistant", "content": answer}],
            "label": answer}


TRAIN = [_ex(0, "my card was charged twice for one order", "billing"),
         _ex(1, "where is my parcel, it is late", "shipping_delay"),
         _ex(2, "the parcel never arrived at my address", "shipping_delay"),
         _ex(3, "refund the double charge on my card please", "billing")]


class _WordTok:
    """A tokenizer counting words, with a plain chat template: enough to test the budget logic."""

    model_max_length = 10**30  # transformers' "no limit"

    def apply_chat_template(self, turns, tokenize=False, add_generation_prompt=True):
        return " ".join(f"<{t['role']}> {t['content']}" for t in turns) + (" <assistant>" if add_generation_prompt else "")

    def __call__(self, text, add_special_tokens=False):
        return {"input_ids": text.split()}


def test_bm25_ranks_the_most_similar_training_case_first():
    index = rt.FewShotIndex(TRAIN)
    assert [e["id"] for e in index.search("charged twice on my card", 2)] == ["0", "3"]
    assert index.search("my parcel is late", 1)[0]["id"] == "1"
    assert index.search("anything", 0) == []
    with pytest.raises(EvaluationError, match="training split is empty"):
        rt.FewShotIndex([])


def test_demonstrations_are_earlier_user_assistant_turns_of_the_same_chat():
    query = make_prompt("a new charge I do not know", "Classify.")
    prompt = few_shot_prompt(query, [TRAIN[0], TRAIN[1]])
    assert [t["role"] for t in prompt] == ["system", "user", "assistant", "user", "assistant", "user"]
    assert prompt[0] == {"role": "system", "content": "Classify."}, "one system turn: the query's, as in training"
    assert prompt[1]["content"] == TRAIN[0]["prompt"][1]["content"] and prompt[2]["content"] == "billing"
    assert prompt[-1] == query[-1]
    assert few_shot_prompt(query, []) == query


def test_k_shrinks_to_fit_the_prompt_budget_and_the_context():
    tok = _WordTok()
    evals = [_ex(9, "charged twice refund card", "billing")]
    full, shots = rt.few_shot_prompts(rt.FewShotIndex(TRAIN), evals, tok, k=3, budget=0)
    assert shots == [3]
    one_demo = rt.prompt_tokens(tok, few_shot_prompt(evals[0]["prompt"], rt.FewShotIndex(TRAIN).search("charged twice refund card", 1)))
    fitted, shots = rt.few_shot_prompts(rt.FewShotIndex(TRAIN), evals, tok, k=3, budget=one_demo)
    assert shots == [1] and rt.prompt_tokens(tok, fitted[0]) <= one_demo
    none, shots = rt.few_shot_prompts(rt.FewShotIndex(TRAIN), evals, tok, k=3, budget=3)
    assert shots == [0] and none[0] == evals[0]["prompt"], "no room: the query alone"

    class Cfg:
        max_position_embeddings = 2048

    assert rt.context_budget(tok, Cfg(), max_new_tokens=48) == 2000
    assert rt.context_budget(tok, Cfg(), max_new_tokens=48, cap=500) == 500
    tok.model_max_length = 1024
    assert rt.context_budget(tok, Cfg(), max_new_tokens=24) == 1000


def test_the_few_shot_contender_only_ever_sees_training_rows():
    """Eval rows carry unique planted tokens, and near-copies of training text: none of their text or
    answers may show up in any demonstration – the index is built from the train split alone."""
    from datasets import Dataset

    from ftwork.evaluate import contender_prompts

    planted = [f"zqx{i}evalonly" for i in range(6)]
    train = Dataset.from_list(TRAIN)
    evals = Dataset.from_list([_ex(100 + i, f"{TRAIN[i % 4]['prompt'][1]['content']} {planted[i]}", f"{planted[i]}_answer")
                               for i in range(6)])
    settings = Settings(name="t", task="classification", labels=["billing", "shipping_delay"], system_prompt="Classify.")
    prompts, shots = contender_prompts(train, evals, settings, EvalConfig(few_shot_k=4), _WordTok(), None, 8)
    assert set(prompts) == set(EvalConfig().contenders) and shots == [4] * 6
    train_turns = {json.dumps(t, sort_keys=True) for ex in TRAIN for t in ex["prompt"][1:] + ex["completion"]}
    for i, prompt in enumerate(prompts["few_shot"]):
        demos, own = prompt[1:-1], prompt[-1]
        assert planted[i] in own["content"], "the query itself is the eval case"
        assert all(json.dumps(t, sort_keys=True) in train_turns for t in demos), "every demonstration turn is a training turn"
        shown = json.dumps(demos)
        assert not any(p in shown for p in planted), "no eval row's text or answer in a demonstration"


def test_the_tuned_model_timed_is_merged_not_a_peft_model(tmp_path):
    """Stage 05 answers and times the adapter merged into a copy of the base (what is deployed): a plain
    transformers model with the tuned model's answers; the base it was given is left untouched."""
    import copy

    import torch
    from peft import LoraConfig, PeftModel, get_peft_model
    from transformers import LlamaConfig, LlamaForCausalLM

    from ftwork import generation as gen

    torch.manual_seed(0)
    cfg = LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
                      num_key_value_heads=2, max_position_embeddings=128)
    base = LlamaForCausalLM(cfg).eval()
    peft = get_peft_model(copy.deepcopy(base), LoraConfig(r=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False))
    peft.save_pretrained(tmp_path / "adapter")
    before = {k: v.clone() for k, v in base.state_dict().items()}
    base.save_pretrained(tmp_path / "base")  # a local folder as base model id: resolvable offline
    settings = Settings(name="t", task="classification", base_model=str(tmp_path / "base"))
    json_path = tmp_path / "adapter" / "adapter_config.json"
    json_path.write_text(json.dumps({**json.loads(json_path.read_text()), "base_model_name_or_path": str(tmp_path / "base")}))

    merged = gen.load_merged(settings, tmp_path / "adapter", base=base)
    assert not isinstance(merged, PeftModel) and type(merged) is LlamaForCausalLM
    assert not any("lora" in name for name, _ in merged.named_modules())
    assert all(torch.equal(before[k], v) for k, v in base.state_dict().items()), "the base model is not modified"
    ids = torch.tensor([[1, 5, 9, 13]])
    with torch.no_grad():
        reference = PeftModel.from_pretrained(copy.deepcopy(base), str(tmp_path / "adapter"))
        assert torch.allclose(merged(ids).logits, reference(ids).logits, atol=1e-5), "merged answers as the adapter does"
        assert not torch.allclose(merged(ids).logits, base(ids).logits, atol=1e-3), "and not as the base does"


def test_quick_probe_holds_cases_out_of_its_index_and_feeds_the_recommendation(tmp_path, monkeypatch):
    """Stage 01's probe: prompted base and retrieval few-shot on a held-out slice of the labelled rows;
    the slice is never retrieved from, and the measured score replaces the questionnaire's guess."""
    import dataclasses

    from ftwork import assess, probe
    from ftwork.configs import Questionnaire

    records = [{"text": f"ticket number {i} about {'billing' if i % 2 else 'parcels'} zz{i}", "category": "billing" if i % 2 else "shipping"}
               for i in range(20)]
    settings = Settings(name="t", task="classification", text_column="text", label_column="category", system_prompt="Classify.")
    asked = {}

    def fake_generate(model, tok, prompts, max_new, batch_size=32, desc="", runaway=None):
        asked[desc] = prompts
        return ["billing"] * len(prompts), [0.2] * len(prompts), [10] * len(prompts)

    monkeypatch.setattr(probe, "generate", fake_generate)
    out = probe.quick_probe(records, settings, cases=6, k=2, model=object(), tokenizer=_WordTok())
    assert out["cases"] == 6 and out["retrieved_from"] == 14 and set(out["contenders"]) == {"prompted_base", "few_shot"}
    assert out["contenders"]["few_shot"]["accuracy"] == pytest.approx(sum(1 for p in asked["quick probe: few_shot"]
                                                                          if "billing" in p[-1]["content"]) / 6, abs=1e-4)
    for p in asked["quick probe: few_shot"]:
        own = p[-1]["content"].split()[-1]  # the case's unique zzN token
        assert own not in json.dumps(p[:-1]), "a held-out case is never its own demonstration"
        assert len(p) == 2 + 2 * 2
    assert "categories" in asked["quick probe: prompted_base"][0][0]["content"], "prompted base: the label list"
    assert probe.quick_probe(records[:5], settings)["skipped"].startswith("only 5 labelled rows")
    assert "judged in stage 05" in probe.quick_probe(records, dataclasses.replace(settings, task="writing"))["skipped"]

    warnings = []
    q = assess._with_measured_prompting(Questionnaire(prompting_score=0.9), out, warnings)
    assert q.prompting_score == out["best_score"] and "quick probe" in warnings[0]
    assert assess._with_measured_prompting(Questionnaire(prompting_score=0.9), None, []).prompting_score == 0.9
