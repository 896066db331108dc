"""Stage 05: house rules, canaries, PII scan, judge, reports and the errors on bad input."""
import base64
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from ftwork import canaries as cn
from ftwork import evaluate as ev
from ftwork import generation as gen
from ftwork import metrics as mt
from ftwork.configs import EvalConfig
from ftwork.errors import EvaluationError
from ftwork.prompts import make_prompt
from ftwork.engagement import Engagement, Settings, write_json

REPO = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------------------------------------
# House rules
# ---------------------------------------------------------------------------------------------
def _sample_replies() -> list[str]:
    return [json.loads(line)["reply"] for line in (REPO / "data_samples" / "emails.jsonl").read_text().splitlines() if line.strip()]


def test_neutral_house_rules_check_nothing():
    rules = mt.HouseRules()
    assert rules.active() == [] and rules.check("Hey, no worries!") == {}
    assert "house_style" not in mt.writing_metrics(["a b"], ["a b"], rules)


def test_sample_house_rules_pass_every_reply_the_company_sent_also_anonymized():
    rules = mt.sample_house_rules("emails")
    replies = _sample_replies()
    assert len(replies) == 120 and any(r.startswith("Estimad") for r in replies)
    assert mt.house_style_metrics(replies, rules)["house_style"] == 1.0
    # after stage 02 the surname is a placeholder; the rules must still hold
    anonymized = [re.sub(r"^(Dear \w+|Estimad[oa] \w+\.) [^,:\n]+", r"\1 <PERSON_1>", r) for r in replies]
    assert anonymized[0] != replies[0]
    assert mt.house_style_metrics(anonymized, rules)["house_style"] == 1.0


def test_house_rules_catch_each_kind_of_violation():
    rules = mt.sample_house_rules("emails")
    casual = "Hey John,\n\nNo worries, we will sort it out ASAP.\n\nCheers,\nMike"
    checks = rules.check(casual)
    assert checks == {"greeting": False, "sign_off": False, "informal_address": True, "forbidden": False, "length": False}
    good = _sample_replies()[0]
    assert all(rules.check(good).values())
    spanish = next(r for r in _sample_replies() if r.startswith("Estimad"))
    informal = spanish.replace("Quedamos a su disposición", "Si tienes dudas, escríbenos").replace("le ", "te ", 1)
    assert rules.check(spanish)["informal_address"] is True
    assert rules.check(informal)["informal_address"] is False
    assert rules.check(good.replace("Kind regards,", "Best,"))["sign_off"] is False
    assert rules.check(" ".join(good.split()[:20]))["length"] is False
    m = mt.house_style_metrics([good, casual], rules)
    assert m["house_style"] == 0.5 and m["style_greeting"] == 0.5 and m["style_informal_address"] == 1.0


def test_house_rules_file_round_trip_and_errors(tmp_path):
    path = tmp_path / mt.HOUSE_RULES_FILE
    write_json(path, mt.sample_house_rules("emails").to_dict())
    assert mt.HouseRules.load(path) == mt.sample_house_rules("emails")
    path.write_text(json.dumps({"greeting": ["(unclosed"]}))
    with pytest.raises(EvaluationError, match=r"house_rules.json.*greeting.*not a valid regular expression"):
        mt.HouseRules.load(path)
    path.write_text(json.dumps({"sign-off": "x"}))
    with pytest.raises(EvaluationError, match="unknown key.*sign-off"):
        mt.HouseRules.load(path)
    path.write_text("{not json")
    with pytest.raises(EvaluationError, match="not valid JSON"):
        mt.HouseRules.load(path)
    with pytest.raises(EvaluationError, match="min_words"):
        mt.HouseRules(min_words=100, max_words=50)


# ---------------------------------------------------------------------------------------------
# Canaries
# ---------------------------------------------------------------------------------------------
def _examples(n: int, answer=lambda i: f"Dear customer, thank you for message {i}; your refund was issued today and arrives soon."):
    return [{"id": f"r{i}", "prompt": make_prompt(f"Customer message number {i}", "Reply politely."),
             "completion": [{"role": "assistant", "content": answer(i)}]} for i in range(n)]


def test_plant_canaries_copies_rows_and_places_secrets_where_they_belong():
    rows = _examples(10)
    planted, canaries = cn.plant_canaries(rows, n=3, seed=7)
    assert len(canaries) == 3 and len({c["secret"] for c in canaries}) == 3 and len({c["prefix"] for c in canaries}) == 3
    assert rows == _examples(10), "the input rows are not modified"
    assert cn.plant_canaries(rows, n=3, seed=7)[1] == canaries, "seeded: the same canaries again"
    for c in canaries:
        row = next(r for r in planted if r["id"] == c["row_id"])
        assert c["where"] == "completion" and row["completion"][0]["content"].endswith(f"{c['prefix']} {c['secret']}.")
    assert sum(c["secret"] in json.dumps(r) for r in planted for c in canaries) == 3
    # a label or a JSON object stays intact: the canary goes into the customer's message
    labels = _examples(4, answer=lambda i: "billing")
    planted, canaries = cn.plant_canaries(labels, n=2, seed=0)
    assert {c["where"] for c in canaries} == {"prompt"}
    assert all(r["completion"][0]["content"] == "billing" for r in planted)
    with pytest.raises(EvaluationError, match="training row 0 is not a dataset example"):
        cn.plant_canaries([{"text": "x", "label": "y"}], n=1)
    with pytest.raises(EvaluationError, match="at most one per row"):
        cn.plant_canaries(_examples(2), n=3)


@pytest.fixture(scope="module")
def tiny():
    import torch

    from ftwork.models import EMBEDDED_ID, ensure_embedded_model, load_model, load_tokenizer

    ensure_embedded_model()
    torch.manual_seed(0)
    return load_tokenizer(EMBEDDED_ID), load_model(EMBEDDED_ID)


def test_canary_check_fails_on_an_over_trained_canary_and_passes_on_the_base_model(tiny):
    """The check can fail: a canary trained in on purpose comes back; the untouched base gives nothing."""
    import copy

    import torch
    from peft import LoraConfig, get_peft_model

    tok, base = tiny
    rows, canaries = cn.plant_canaries(_examples(1), n=1, seed=1)
    clean = cn.canary_check(base, tok, canaries, n_candidates=15)
    assert clean["passed"] and clean["reproduced"] == 0 and clean["n"] == 1

    model = get_peft_model(copy.deepcopy(base), LoraConfig(r=16, lora_alpha=32, target_modules="all-linear", task_type="CAUSAL_LM"))
    enc = tok(tok.apply_chat_template(rows[0]["prompt"] + rows[0]["completion"], tokenize=False), return_tensors="pt",
              add_special_tokens=False)
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=3e-3)
    model.train()
    for _ in range(15):  # a tiny dataset full of the canary, over-trained on purpose
        model(**enc, labels=enc["input_ids"]).loss.backward()
        opt.step()
        opt.zero_grad()
    leaked = cn.canary_check(model, tok, canaries, n_candidates=15)
    assert not leaked["passed"] and leaked["reproduced"] == 1
    assert canaries[0]["secret"].replace(" ", "") in re.sub(r"\D", "", leaked["canaries"][0]["output_in_context"])
    assert leaked["canaries"][0]["rank"] == 1 and leaked["exposure_bits_mean"] > clean["exposure_bits_mean"]


# ---------------------------------------------------------------------------------------------
# Batched generation
# ---------------------------------------------------------------------------------------------
def test_common_prefix_leaves_each_row_a_token_of_its_own():
    assert gen._common_prefix_len([[1, 2, 3, 4], [1, 2, 3, 5, 6]]) == 3
    assert gen._common_prefix_len([[1, 2, 3], [1, 2, 3, 4]]) == 2  # the shorter row keeps its last token
    assert gen._common_prefix_len([[7, 2], [8, 2]]) == 0
    assert gen._common_prefix_len([]) == 0


def test_batched_generation_with_shared_prefix_gives_the_one_at_a_time_answers(tiny, monkeypatch):
    """Prompts of different lengths sharing a system prompt: the batched answers (shared prefix run
    once, padding in the middle) are the greedy answers of one prompt at a time, in input order."""
    tok, model = tiny
    system = "You sort Brisa Bikes support tickets into one category: shipping, billing, repair or other."
    texts = ["My bike never arrived.", "I was charged twice for the same helmet, please refund one of them.",
             "Brake squeaks.", "Can I change the delivery address of order 1234 to my office in Valencia?"]
    prompts = [make_prompt(t, system) for t in texts]
    called = []
    real = gen._prefix_cache
    monkeypatch.setattr(gen, "_prefix_cache", lambda m, prefix: called.append(len(prefix)) or real(m, prefix))
    batched, latency, lengths = gen.generate(model, tok, prompts, 10, batch_size=4)
    assert called and called[0] >= gen.MIN_SHARED_PREFIX, "the shared prefix path ran"
    single = [gen.generate(model, tok, [p], 10, batch_size=1)[0][0] for p in prompts]
    assert batched == single
    assert len(lengths) == 4 and min(lengths) < max(lengths) and all(x > 0 for x in latency)
def test_models_for_generation_go_to_the_gpu_in_half_precision_when_there_is_one(monkeypatch):
    """fp32 on a CPU; bf16 (fp16 without bf16 support: plans.precision) placed on the GPU otherwise. The GPU
    side is only checked for what it asks transformers for: this machine has no GPU."""
    import torch

    import ftwork.generation as G
    import ftwork.models as M

    calls = []
    monkeypatch.setattr(M, "load_model", lambda model_id, dtype=None, **kw: calls.append((dtype, kw)) or object())
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    G.load_for_inference("m")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "current_device", lambda: 0)
    for bf16 in (True, False):
        monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda bf16=bf16: bf16)
        G.load_for_inference("m")
    assert calls == [(torch.float32, {}), (torch.bfloat16, {"device_map": {"": 0}}), (torch.float16, {"device_map": {"": 0}})]


# ---------------------------------------------------------------------------------------------
# Judge
# ---------------------------------------------------------------------------------------------
def test_judge_runs_both_orders_and_aggregates(tiny):
    tok, model = tiny
    queries = ["My parcel is late.", "I was charged twice."]
    good = ["Dear Ms Lee, we checked with the courier: it arrives tomorrow.", "Dear Mr Roy, the second charge is refunded."]
    bad = ["lol", "no"]
    out = ev.judge_pairwise(model, tok, queries, good, bad, references=good, batch_size=4)
    assert out["n"] == 2 and len(out["cases"]) == 2
    assert out["first_wins"] + out["second_wins"] + out["ties"] == 2
    for case in out["cases"]:
        assert case["order_first_as_A"] in "AB" and case["order_first_as_B"] in "AB"
        expected = {("A", "B"): "first", ("B", "A"): "second"}.get((case["order_first_as_A"], case["order_first_as_B"]), "tie")
        assert case["winner"] == expected
    swapped = ev.judge_pairwise(model, tok, queries, bad, good, references=good, batch_size=4)
    assert swapped["first_wins"] == out["second_wins"] and swapped["ties"] == out["ties"], "both orders: swapping is symmetric"


def test_a_model_of_this_engagement_cannot_judge(tmp_path):
    eng = _engagement(tmp_path)
    (eng.run_dir("run-01") / "export" / "merged").mkdir(parents=True)
    with pytest.raises(EvaluationError, match="cannot judge itself"):
        ev._check_judge(str(eng.run_dir("run-01") / "export" / "merged"), eng)


# ---------------------------------------------------------------------------------------------
# PII scan
# ---------------------------------------------------------------------------------------------
def test_pii_scan_ignores_placeholders_and_counts_real_leaks():
    from ftwork.configs import AnonymizeConfig

    answers = [
        "Dear Mr <PERSON_3>,\n\nYour order <ORDER_ID_1> was refunded.\n\nKind regards,\nThe Team",
        "Please write to laura.gomez@gmail.com or call +34 612 345 678.",
        "Refund sent to ES91 2100 0418 4502 0005 1332 for Sofia Rinaldi.",
        "",
    ]
    out = ev.pii_scan(answers, AnonymizeConfig(progress=False, use_ner=False), known=["Sofia Rinaldi"])
    assert out["answers"] == 4
    assert out["per_answer"][0]["labels"] == [] and out["per_answer"][3]["labels"] == []
    assert {"EMAIL", "PHONE"} <= set(out["per_answer"][1]["labels"]) and "IBAN" in out["per_answer"][2]["labels"]
    assert out["answers_with_pii"] == 2 and out["known_leaks"] == 1


# ---------------------------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------------------------
def _engagement(tmp_path: Path, task: str = "classification", labels=("billing", "shipping_delay")) -> Engagement:
    eng = Engagement(tmp_path / "eng")
    eng.root.mkdir(parents=True)
    eng.save_settings(Settings(name="eng", task=task, labels=list(labels), system_prompt="Classify.", client_prompt="A long prompt."))
    return eng


def _fake_results(task: str = "classification"):
    """Answers of the four imaginary contenders on four cases, scored by the real metric functions."""
    labels = ["billing", "shipping_delay"]
    gold = ["billing", "billing", "shipping_delay", "shipping_delay"]
    preds = {"base": ["I think billing", "", "shipping", "billing"],
             "prompted_base": ["billing", "shipping_delay", "shipping_delay", "billing"],
             "few_shot": ["billing", "shipping_delay", "billing", "billing"],
             "tuned": ["billing", "billing", "shipping_delay", "billing"]}
    metrics = {"task": task, "base_model": "tiny", "run": "run-02", "n_eval": 4, "primary_metric": "accuracy",
               "created": "2025-01-02T10:00:00"}
    for name, pred in preds.items():
        metrics[name] = {**mt.score(task, gold, pred, labels), "prompt_tokens_mean": {"prompted_base": 400.0, "few_shot": 240.0}.get(name, 40.0),
                         "latency_s_mean": 0.1, "empty_answers": sum(not p for p in pred), "pii_answers": 0, "pii_known_leaks": 0}
    metrics["privacy"] = {"canaries": {"tuned": {"n": 2, "reproduced": 0, "passed": True, "exposure_bits_mean": 0.4, "canaries": []}},
                          "pii": {n: {"answers": 4, "answers_with_pii": 0, "by_label": {}, "known_leaks": 0} for n in preds},
                          "passed": True}
    metrics["regression"] = {"n": 1, "base_passed": 1, "tuned_passed": 1}
    scores = {n: mt.case_scores(task, gold, p, labels) for n, p in preds.items()}
    rows = [{"id": str(i), "query": f"ticket {i} <about> money & parcels", "gold": g, **{n: preds[n][i] for n in preds},
             "scores": {n: scores[n][i] for n in preds}} for i, g in enumerate(gold)]
    extras = {"regression": {"n": 1, "base_passed": 1, "tuned_passed": 1,
                             "cases": [{"prompt": "Capital of France?", "base": "Paris", "tuned": "Paris", "base_ok": True, "tuned_ok": True}]}}
    return metrics, rows, extras


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.imgs, self.tables, self.headings, self.text = [], 0, [], []
        self._h = False

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.imgs.append(dict(attrs))
        self.tables += tag == "table"
        self._h = tag == "h2"

    def handle_endtag(self, tag):
        self._h = False if tag == "h2" else self._h

    def handle_data(self, data):
        self.text.append(data)
        if self._h:
            self.headings.append(data)


def test_html_report_is_self_contained_with_png_plots_and_tables(tmp_path):
    from ftwork import report

    eng = _engagement(tmp_path)
    metrics, rows, extras = _fake_results()
    write_json(eng.run_dir("run-01") / "metrics.json", {**metrics, "run": "run-01", "created": "2025-01-01T09:00:00",
                                                         "tuned": {**metrics["tuned"], "accuracy": 0.25}})
    pair = {"n": 4, "first_wins": 2, "second_wins": 1, "ties": 1, "first_win_rate": 0.5, "consistency": 0.75}
    metrics["judge"] = {"model": "judge", "pairs": {f"tuned_vs_{c}": pair for c in ("few_shot", "prompted_base", "base")}}
    paths = report.write_reports(eng, "run-02", metrics, rows, extras)
    page = paths["report.html"].read_text()
    parsed = _Collect()
    parsed.feed(page)
    assert len(parsed.imgs) >= 4  # scores, confusion, cost, across runs
    for img in parsed.imgs:
        assert img["src"].startswith("data:image/png;base64,")
        assert base64.b64decode(img["src"].split(",", 1)[1]).startswith(b"\x89PNG\r\n\x1a\n")
    assert parsed.tables >= 6
    for heading in ("Summary", "Scores", "Privacy", "General questions", "Across runs"):
        assert heading in parsed.headings
    text = " ".join(parsed.text)
    assert "ticket 0 <about> money & parcels" in text, "examples are escaped, not lost"
    assert "src='http" not in page and 'src="http' not in page
    # the summary is built from the figures: tuned 0.75, base 0.00 (no valid label), prompted base 0.50
    assert "the fine-tuned model scores best on accuracy" in text
    assert "0.75, against 0.00 for the base, against 0.50 for the base + long prompt, against 0.25 for the base + retrieved cases" in text
    assert "Base model + similar solved cases (retrieval)" in text  # the fourth contender has its column
    for other in ("base + retrieved cases", "base + long prompt", "base"):
        assert f"fine-tuned vs {other}" in text  # the judge compares with every cheap alternative
    assert "40 prompt tokens per query instead of 400" in text
    md = paths["report.md"].read_text()
    assert "| accuracy |" in md and "![Scores on held-out cases](comparison.png)" in md
    assert "| run-01 |" in md and "| run-02 |" in md
    report.write_runs_comparison(eng)  # run-02 has no metrics.json yet: only run-01 is listed
    assert (eng.root / "runs" / "runs_comparison.png").read_bytes().startswith(b"\x89PNG")
    assert "run-01" in (eng.root / "runs" / "runs_comparison.md").read_text()


def test_examples_pick_best_worst_and_random():
    from ftwork.report import select_examples

    _, rows, _ = _fake_results()
    ex = select_examples(rows, k=1, seed=0)
    assert ex["best"][0]["scores"]["tuned"] == 1.0 and ex["worst"][0]["scores"]["tuned"] == 0.0
    assert len(ex["random"]) == 1 and ex["random"][0] not in ex["best"] + ex["worst"]


# ---------------------------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------------------------
def _with_dataset(monkeypatch, eng: Engagement, train_q: list[str], eval_q: list[str], answer: str = "billing"):
    from datasets import Dataset, DatasetDict

    import ftwork.evaluate

    def ex(i, q):
        return {"id": str(i), "prompt": make_prompt(q, "Classify."), "completion": [{"role": "assistant", "content": answer}], "label": answer}

    splits = DatasetDict({"train": Dataset.from_list([ex(i, q) for i, q in enumerate(train_q)]),
                          "eval": Dataset.from_list([ex(100 + i, q) for i, q in enumerate(eval_q)])})
    monkeypatch.setattr(ftwork.evaluate, "load_splits", lambda _eng: splits)
    write_json(eng.run_dir("run-01") / "train_config.json", {"method": "lora"})


def test_eval_split_overlapping_training_is_refused(tmp_path, monkeypatch):
    eng = _engagement(tmp_path)
    _with_dataset(monkeypatch, eng, ["my card was charged twice", "where is my parcel"], ["Where is my parcel", "new one"])
    (eng.run_dir("run-01") / "adapter").mkdir(parents=True)
    with pytest.raises(EvaluationError, match=r"1 eval cases also appear in training \(ids: 100\)"):
        ev.evaluate(eng, "run-01", EvalConfig(pii_scan=False, regression=False))


def test_missing_or_half_saved_adapter_is_a_clear_error(tmp_path, monkeypatch):
    eng = _engagement(tmp_path)
    _with_dataset(monkeypatch, eng, ["a"], ["b"])
    with pytest.raises(EvaluationError, match="no adapter folder.*run 04_train"):
        ev.evaluate(eng, "run-01")
    adapter = eng.run_dir("run-01") / "adapter"
    adapter.mkdir(parents=True)
    with pytest.raises(EvaluationError, match="No trained model in"):
        gen.load_tuned(eng.settings(), adapter)
    (adapter / "adapter_config.json").write_text("{}")
    with pytest.raises(EvaluationError, match="no adapter_model.safetensors"):
        gen.load_tuned(eng.settings(), adapter)


def test_task_without_a_metric_is_refused_before_any_work(tmp_path):
    eng = _engagement(tmp_path, task="poetry")
    with pytest.raises(EvaluationError, match="no metric for task 'poetry'"):
        ev.evaluate(eng, "run-01")


def test_a_model_that_outputs_nothing_is_an_error_not_a_zero(tmp_path, monkeypatch):
    import ftwork.models

    eng = _engagement(tmp_path)
    _with_dataset(monkeypatch, eng, ["a", "b"], ["c", "d"])
    (eng.run_dir("run-01") / "adapter").mkdir(parents=True)
    monkeypatch.setattr(ftwork.models, "load_model", lambda *a, **k: object())
    monkeypatch.setattr(ftwork.models, "load_tokenizer", lambda *a, **k: _Tok())
    monkeypatch.setattr(ev, "generate", lambda model, tok, prompts, *a, **k: ([""] * len(prompts), [0.1] * len(prompts), [5] * len(prompts)))
    with pytest.raises(EvaluationError, match="base and prompted_base answered nothing on every one of the 2 cases"):
        ev.evaluate(eng, "run-01", EvalConfig(contenders=("base", "prompted_base")))
    assert not (eng.run_dir("run-01") / "metrics.json").exists()


class _Tok:
    def __call__(self, text, add_special_tokens=False):
        return {"input_ids": text.split()}


def test_summary_says_so_when_tuning_did_not_help():
    from ftwork.report import summary_lines

    metrics, _, _ = _fake_results()
    metrics["tuned"]["accuracy"] = 0.25
    text = " ".join(summary_lines(metrics))
    assert "does not beat the alternatives" in text and "not yet better" in text
    metrics["privacy"]["canaries"]["tuned"].update(reproduced=1, passed=False)
    assert "Privacy canaries: FAILED – 1 of 2" in " ".join(summary_lines(metrics))


def test_fine_tuning_is_measured_against_the_best_cheap_alternative_with_the_roi_from_measured_prompts(tmp_path):
    """The best of base, prompted base and retrieval few-shot by the primary metric (a tie goes to the
    shorter prompt); the gap in points and prompt tokens; 01's ROI formula on the measured lengths."""
    from ftwork.report import runs_table, summary_lines
    from ftwork.roi import roi

    metrics, _, _ = _fake_results()  # accuracy: base 0.0, prompted_base 0.5, few_shot 0.25 (240 tokens), tuned 0.75
    v = ev.versus_best_alternative(metrics)
    assert v["best_alternative"] == "prompted_base" and v["points"] == 25.0 and v["prompt_tokens_saved"] == 360.0
    metrics["few_shot"]["accuracy"] = 0.5  # a tie with the long prompt: the shorter prompt is the cheaper alternative
    metrics["tuned"]["accuracy"] = 0.9
    inputs = {"queries_per_day": 1000, "price_per_million_tokens": 2.5, "training_gpu_hours": 4, "gpu_price_per_hour": 2.0}
    v = ev.versus_best_alternative(metrics, inputs)
    assert v["best_alternative"] == "few_shot" and v["points"] == pytest.approx(40.0) and v["prompt_tokens_saved"] == 200.0
    assert v["roi"]["tokens_saved_per_day"] == 200_000 and v["roi"]["monthly_savings"] == roi(240, 40, **inputs)["monthly_savings"]
    metrics["versus_best_alternative"] = v
    metrics["tuned_timed_as"] = "merged"
    for c, seconds in (("base", 0.5), ("prompted_base", 0.9), ("few_shot", 0.8), ("tuned", 0.4)):
        metrics[c].update(latency_s_single=seconds, runaway_answers={"base": 3}.get(c, 0))
    text = " ".join(summary_lines(metrics))
    assert "best cheap alternative (base + retrieved cases: 0.50 accuracy), fine-tuning is 40.0 points ahead of" in text
    assert "40 prompt tokens per query instead of 240" in text and "200,000 tokens saved a day" in text
    assert ("adapter merged into the weights): 0.400 s for one query alone, against 0.500 s for the base, 0.900 s for "
            "the base + long prompt, 0.800 s for the base + retrieved cases") in text
    assert "cut off at the token cap without finishing (of 4): base 3, base + long prompt 0, base + retrieved cases 0, fine-tuned 0" in text
    eng = _engagement(tmp_path)
    write_json(eng.run_dir("run-02") / "metrics.json", metrics)
    row = runs_table(eng)[0]
    assert row["few_shot"] == 0.5 and row["few_shot_prompt_tokens"] == 240.0 and row["points_vs_best_alternative"] == 40.0
    metrics.pop("tuned")
    assert ev.versus_best_alternative(metrics) is None


def test_writing_score_includes_house_rules_when_configured():
    rules = mt.sample_house_rules("emails")
    reply = _sample_replies()[0]
    m = mt.score("writing", [reply, reply], [reply, "Hey there, no worries!"], [], rules)
    assert m["house_style"] == 0.5 and m["style_forbidden"] == 0.5 and m["chrf"] < 1.0


def test_known_personal_values_come_from_the_private_mapping(tmp_path):
    eng = _engagement(tmp_path)
    assert ev.known_personal_values(eng) == []  # no mapping yet: nothing to compare with
    write_json(eng.private / "mapping.json", {"replacements": {}, "entries": [
        {"replacement": "<PERSON_1>", "label": "PERSON", "original": "Laura Gómez", "variants": {"Laura Gómez": "<PERSON_1>", "Gómez": "<PERSON_1>"}},
        {"replacement": "<EMAIL_1>", "label": "EMAIL", "original": "laura.g@mail.example", "variants": {}},
        {"replacement": "<PHONE_1>", "label": "PHONE", "original": "612", "variants": {}},
    ]})
    assert ev.known_personal_values(eng) == ["Laura Gómez", "laura.g@mail.example"]


# ---------------------------------------------------------------------------------------------
# Prompts: every turn of a conversation, as in training; a qa engagement goes through
# ---------------------------------------------------------------------------------------------
def _conversation(i: int, first: str, second: str, answer: str) -> dict:
    return {"id": f"c{i}", "conversation": [
        {"role": "system", "content": "You answer for Brisa Bikes."},
        {"role": "user", "content": first},
        {"role": "assistant", "content": "Yes, in our Valencia shop."},
        {"role": "user", "content": second},
        {"role": "assistant", "content": answer}]}


def test_contenders_are_asked_every_turn_of_a_conversation_and_qa_is_scored(tmp_path, monkeypatch):
    """Stage 05 generates from the stored prompt (the training prompt) with the earlier turns, not
    from the last user turn alone; the prompted baseline differs only in its system turn."""
    from datasets import Dataset, DatasetDict

    import ftwork.models
    from ftwork.prompts import to_example

    eng = _engagement(tmp_path, task="qa", labels=())
    settings = eng.settings()
    train = [to_example(_conversation(i, f"Do you repair e-bike model {i}?", "How long does it take?", f"About {i} days."),
                        settings, i, conversation_column="conversation") for i in range(3)]
    evals = [to_example(_conversation(10 + i, f"Do you sell helmets of size {i}?", "Can I pick one up today?",
                                      "Yes, until 8 pm."), settings, 10 + i, conversation_column="conversation")
             for i in range(2)]
    splits = DatasetDict({"train": Dataset.from_list(train), "eval": Dataset.from_list(evals)})
    monkeypatch.setattr(ev, "load_splits", lambda _eng: splits)
    write_json(eng.run_dir("run-01") / "train_config.json", {"method": "lora"})
    (eng.run_dir("run-01") / "adapter").mkdir(parents=True)
    monkeypatch.setattr(ftwork.models, "load_model", lambda *a, **k: object())
    monkeypatch.setattr(ftwork.models, "load_tokenizer", lambda *a, **k: _Tok())
    monkeypatch.setattr(ev, "load_merged", lambda settings, adapter_dir, base=None: object())
    asked = {}

    def fake_generate(model, tok, prompts, max_new, batch_size=32, desc="", runaway=None, progress=True):
        asked[desc] = prompts
        if runaway is not None:
            runaway[:] = [i == 0 for i in range(len(prompts))]  # the first answer ran to the cap
        return ["Yes, until 8 pm."] * len(prompts), [0.1] * len(prompts), [5] * len(prompts)

    monkeypatch.setattr(ev, "generate", fake_generate)
    metrics = ev.evaluate(eng, "run-01", EvalConfig(pii_scan=False, regression=False, canaries=False))

    stored = [list(splits["eval"][i]["prompt"]) for i in range(2)]
    assert [t["role"] for t in stored[0]] == ["system", "user", "assistant", "user"]
    assert asked["base"] == stored and asked["tuned"] == stored, "base and tuned get the training prompt"
    assert "Do you sell helmets of size 0?" in json.dumps(asked["tuned"][0]), "the earlier user turn is there"
    assert asked["prompted_base"] == [[{"role": "system", "content": "A long prompt."}] + p[1:] for p in stored]
    assert asked["few_shot"][0][:1] == stored[0][:1] and asked["few_shot"][0][-3:] == stored[0][-3:], "retrieval: turns before the case"
    assert len(asked["few_shot"][0]) == len(stored[0]) + 3 * 4, "all 3 training conversations (4 turns each) shown first"
    assert metrics["few_shot"]["few_shot_k_mean"] == 3.0, "only 3 training rows: k is capped by what there is"
    assert all(metrics[c]["runaway_answers"] == 1 for c in ("base", "prompted_base", "few_shot", "tuned"))
    assert {"latency_s_single", "queries_per_s"} <= set(metrics["tuned"]) and metrics["tuned_timed_as"] == "merged"
    assert metrics["versus_best_alternative"]["points"] == 0.0
    assert metrics["primary_metric"] == "chrf" and metrics["tuned"]["chrf"] == pytest.approx(1.0)
    assert {"chrf", "rouge_l"} <= set(metrics["base"]) and "house_style" not in metrics["base"]
    row = json.loads((eng.run_dir("run-01") / "predictions.jsonl").read_text().splitlines()[0])
    assert row["query"] == "Do you sell helmets of size 0?\nCan I pick one up today?"
    assert (eng.run_dir("run-01") / "report.html").is_file()
