"""Stage 01 – assess: decision rules, data readiness, ROI, memory estimator, report and widgets."""

from __future__ import annotations

import json
import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from ftwork import assess, hardware, language, models, plans, plots, ui  # noqa: E402
from ftwork.assess import Questionnaire, recommend  # noqa: E402
from ftwork.configs import AssessConfig  # noqa: E402
from ftwork.engagement import Engagement, Settings  # noqa: E402
from ftwork.models import CATALOGUE, EMBEDDED_ID  # noqa: E402


def q(**changes) -> Questionnaire:
    """2,000 clean labelled tickets at 1,000 a day, prompting at 70%: the textbook fine-tuning case."""
    return Questionnaire(**{**dict(queries_per_day=1000, knowledge_changes="yearly", task="classification",
                                   examples_available=2000, data_quality="clean", prompting_score=0.7,
                                   privacy="on_premise", hardware="gpu24", languages=["en"]), **changes})


@pytest.fixture(scope="module")
def tokenizer():
    from ftwork.models import ModelNotAvailable, load_tokenizer

    try:
        return load_tokenizer(EMBEDDED_ID)
    except ModelNotAvailable as exc:
        pytest.skip(str(exc))


# -- decision rules on cases whose answer is known ------------------------------------------------

def test_clean_tickets_at_high_volume_fine_tune():
    rec = recommend(q())
    assert rec.verdict == "fine-tune" and rec.go
    assert any("behaviour" in r for r in rec.reasons)


def test_low_volume_is_no_fine_tune():
    rec = recommend(q(queries_per_day=20))
    assert not rec.go and "fine-tune" not in rec.verdict
    assert any("Low volume" in r for r in rec.reasons)


def test_weekly_changing_prices_need_rag():
    rec = recommend(q(task="qa", knowledge_changes="weekly", examples_available=50, queries_per_day=300))
    assert rec.verdict == "rag" and not rec.go
    assert any("weekly" in w for w in rec.warnings)
    # with the data and volume for behaviour too, retrieval stays for the facts
    both = recommend(q(task="writing", knowledge_changes="weekly"))
    assert both.verdict == "fine-tune+rag" and both.go


def test_monthly_changes_with_no_case_for_training_is_prompting_plus_rag():
    assert recommend(q(knowledge_changes="monthly", queries_per_day=10)).verdict == "prompting+rag"


def test_prompting_already_good_enough():
    rec = recommend(q(prompting_score=0.95))
    assert rec.verdict == "prompting" and not rec.go
    assert any("95%" in r for r in rec.reasons)


@pytest.mark.parametrize("changes, words", [
    ({"examples_available": 0}, "No labelled examples"),
    ({"examples_available": 80}, "Too few examples"),
    ({"data_quality": "poor"}, "poor"),
    ({"task": "general"}, "general-purpose"),
])
def test_blockers_say_why(changes, words):
    rec = recommend(q(**changes))
    assert not rec.go and rec.verdict == "prompting"
    assert any(words in r for r in rec.reasons)


def test_borderline_go_comes_with_warnings():
    rec = recommend(q(examples_available=300, data_quality="mixed", languages=["es", "en"], hardware="cpu"))
    assert rec.go
    text = " ".join(rec.warnings)
    assert "low end" in text and "mixed" in text and "languages" in text and "CPU" in text


@pytest.mark.parametrize("changes", [
    {"queries_per_day": -5},
    {"examples_available": -1},
    {"prompting_score": 3},
    {"task": "banana"},
    {"knowledge_changes": "sometimes"},
    {"hardware": "quantum"},
    {"languages": []},
    {"queries_per_day": "lots"},
    {"prompting_score": float("nan")},
])
def test_nonsense_answers_give_warnings_not_exceptions(changes):
    answers = q(**changes)
    problems = assess.validate(answers)
    assert problems
    rec = recommend(answers)
    assert rec.verdict == "prompting" and not rec.go
    assert rec.warnings == problems


def test_questionnaire_from_parameters():
    answers = assess.questionnaire_from({"queries_per_day": 50, "languages": "es, en", "SMOKE": True})
    assert answers.queries_per_day == 50 and answers.languages == ["es", "en"]
    assert assess.validate(Questionnaire()) == []


# -- return on investment -------------------------------------------------------------------------

def test_roi_guide_example_saves_a_million_tokens_a_day():
    r = assess.roi(1200, 200, 1000, price_per_million_tokens=2.5, training_gpu_hours=4, gpu_price_per_hour=2)
    assert r["tokens_saved_per_day"] == 1_000_000
    assert r["monthly_savings"] == pytest.approx(75.0)  # 30 M tokens x 2.5 per million
    assert r["one_off_cost"] == pytest.approx(8.0)
    assert r["break_even_months"] == pytest.approx(8 / 75, abs=0.01)
    assert r["cumulative_savings"][12] == pytest.approx(900.0)
    assert not r["problems"]


def test_roi_bad_inputs_are_clamped_and_reported():
    r = assess.roi(-10, 200, -5, price_per_million_tokens="free", training_gpu_hours=2, gpu_price_per_hour=1)
    assert r["problems"] and r["break_even_months"] is None and r["monthly_savings"] == 0
    longer = assess.roi(100, 300, 1000)
    assert longer["tokens_saved_per_day"] == 0 and any("longer" in p for p in longer["problems"])


def test_roi_plot_saves_png(tmp_path):
    r = assess.roi(1200, 200, 1000, 2.5, 4, 2)
    fig = plots.roi_plot(r, tmp_path / "roi.png")
    assert (tmp_path / "roi.png").stat().st_size > 1000
    assert fig.axes and fig.axes[0].get_title()
    import matplotlib.pyplot as plt

    plt.close(fig)


def test_count_prompt_tokens_uses_the_model_tokenizer(tokenizer):
    text = "You are the support assistant of ACME. Classify every ticket into billing, shipping or technical."
    n = models.count_prompt_tokens(text, tokenizer)
    assert n == len(tokenizer(text, add_special_tokens=False)["input_ids"]) and 10 < n < 40
    assert models.count_prompt_tokens("", tokenizer) == 0


# -- memory estimator: published figures and the measurement --------------------------------------

def test_7b_qlora_fits_16gb():
    for kwargs in ({"params_b": 7.0}, {"params_b": 7.25, "model_id": "mistralai/Mistral-7B-Instruct-v0.3"},
                   {"params_b": 7.62, "model_id": "Qwen/Qwen2.5-7B-Instruct"}):
        plan = hardware.estimate_memory(method="qlora", seq_len=1024, batch_size=1, optimizer="paged_adamw_8bit",
                                        gradient_checkpointing=True, **kwargs)
        assert plan["total"] < 16, kwargs


def test_4b_to_8b_lora_and_qlora_fit_24gb():
    llama = "meta-llama/Llama-3.1-8B-Instruct"
    assert hardware.estimate_memory(8.03, "qlora", 2048, 1, optimizer="paged_adamw_8bit", gradient_checkpointing=True,
                                    model_id=llama)["total"] < 24
    assert hardware.estimate_memory(8.03, "lora", 1024, 1, gradient_checkpointing=True, model_id=llama)["total"] < 24
    assert hardware.estimate_memory(4.3, "lora", 1024, 2, gradient_checkpointing=True,
                                    model_id="google/gemma-3-4b-it")["total"] < 24


def test_7b_full_fine_tune_needs_more_than_80gb():
    plan = hardware.estimate_memory(7.0, "full", 512, 1, precision="bf16", optimizer="adamw", gradient_checkpointing=True)
    assert plan["total"] > 80
    assert plan["weights"] + plan["gradients"] + plan["optimizer"] == pytest.approx(7e9 * 18 / 2**30, rel=0.01)


def test_estimate_components_and_lora_count():
    plan = hardware.estimate_memory(0.134515008, "lora", 128, 8, precision="fp32", model_id=EMBEDDED_ID, device="cpu")
    parts = sum(plan[k] for k in ("weights", "lora", "gradients", "optimizer", "activations", "overhead"))
    assert plan["total"] == pytest.approx(parts, abs=0.01)
    assert plan["lora_params"] == 4_884_480  # what PEFT reports for r=16 on all linear layers
    assert "weights" in plan["formula"]
    ckpt = hardware.estimate_memory(0.134515008, "lora", 128, 8, precision="fp32", model_id=EMBEDDED_ID, device="cpu",
                                    gradient_checkpointing=True)
    assert ckpt["activations"] < plan["activations"]


@pytest.mark.parametrize("args", [(-1, "lora", 128, 8), (1, "magic", 128, 8), (1, "lora", 0, 8)])
def test_estimate_rejects_nonsense_with_a_message(args):
    with pytest.raises(ValueError, match="Cannot estimate memory"):
        hardware.estimate_memory(*args)


def test_measured_peak_within_30_percent_and_current():
    """benchmarks/memory_estimate.py measured it; the estimator has not drifted since."""
    check = hardware.memory_check()
    if check is None:
        pytest.skip("benchmarks/results/memory_estimate.json not present")
    assert abs(check["ratio"] - 1) <= 0.30
    data = json.loads(open(check["path"]).read())
    s = data["setup"]
    now = hardware.estimate_memory(data["variants"]["sft"]["measured"]["glibc"]["params"] / 1e9, "lora", s["seq_len"],
                                   s["batch_size"], precision="fp32", lora_rank=s["lora"]["r"], model_id=EMBEDDED_ID,
                                   lora_dropout=s["lora"]["lora_dropout"], padded=False, device="cpu")
    assert now["total"] == pytest.approx(data["estimate_gb"], rel=0.01), "estimator changed: re-run the benchmark"


def test_fits_and_plans():
    gpu16, cpu, multi = (hardware.machine_profile(n) for n in ("gpu16", "cpu", "multi_gpu"))
    methods = [p["method"] for p in plans.plans_that_fit(8.03, gpu16, seq_len=1024, batch_size=1,
                                                          model_id="meta-llama/Llama-3.1-8B-Instruct")]
    assert methods == ["qlora"]
    assert all(p["method"] != "qlora" for p in plans.plans_that_fit(0.135, cpu, seq_len=128, batch_size=8))
    full = hardware.estimate_memory(7.0, "full", 512, 1, gradient_checkpointing=True)
    assert not hardware.fits(full, hardware.machine_profile("gpu80")) and hardware.fits(full, multi)
    assert plans.plans_that_fit(14.7, cpu, model_id="microsoft/phi-4") == []


def test_detect_describes_this_machine():
    machine = hardware.detect()
    assert machine["cores"] >= 1 and machine["ram_gb"] > 0 and isinstance(machine["gpus"], list)
    assert hardware.describe(machine)
    with pytest.raises(ValueError):
        hardware.machine_profile("quantum")


def test_catalogue_has_the_consultants_models():
    ids = {m.hub_id for m in CATALOGUE}
    for needle in ("SmolLM2-135M", "SmolLM2-360M", "SmolLM2-1.7B", "Qwen2.5-0.5B", "Qwen2.5-7B", "Llama-3.2-1B",
                   "Llama-3.2-3B", "Llama-3.1-8B", "gemma-3-270m", "gemma-3-1b", "gemma-3-4b", "Mistral-7B", "Phi"):
        assert any(needle in i for i in ids), needle
    for m in CATALOGUE:
        assert m.layers and m.hidden and m.vocab and m.licence and m.context
    rows = models.model_table(hardware.machine_profile("gpu24"), commercial_only=True, languages=["es"],
                              plans_that_fit=plans.plans_that_fit)
    names = {r["hub_id"] for r in rows}
    assert "Qwen/Qwen2.5-3B-Instruct" not in names and EMBEDDED_ID not in names and "Qwen/Qwen2.5-7B-Instruct" in names
    assert all(r["fits"] != "no" for r in rows if r["params_b"] <= 8.1)


# -- data readiness -------------------------------------------------------------------------------

def make_engagement(tmp_path, rows=None, **settings) -> Engagement:
    import pandas as pd

    if rows is None:
        rows = []
        for i in range(240):
            label = ("billing", "shipping", "technical")[i % 3]
            rows.append({"text": f"Hello, the {label} issue number {i} is still open, please help.", "label": label})
        rows += rows[:6]  # exact duplicates
        rows.append({"text": "Hola, el pedido no ha llegado y necesito una solución para la entrega.", "label": "shipping"})
        rows.append({"text": "Write to ana@example.com, DNI 12345678Z, NIE X1234567L, IBAN ES91 2100 0418 4502 0005 1332, "
                             "phone +34 612 345 678.", "label": "billing"})
        rows.append({"text": "Hello, the billing issue number 0 is still open, please help.", "label": "technical"})
    eng = Engagement(tmp_path / "eng")
    eng.raw.mkdir(parents=True)
    pd.DataFrame(rows).to_csv(eng.raw / "tickets.csv", index=False)
    eng.save_settings(Settings(name="acme", data_file="tickets.csv", labels=["billing", "shipping", "technical"],
                               system_prompt="Classify the ticket.", client_prompt="You are ACME's assistant. " * 40,
                               **settings))
    return eng


def test_data_readiness_counts(tmp_path):
    eng = make_engagement(tmp_path)
    r = assess.data_readiness(eng)
    assert r["records"] == 249 and r["duplicates"] == 6 and r["conflicting_duplicates"] == 1
    assert r["usable"] == 243 and r["n_labels"] == 3 and sum(r["labels"].values()) == 243
    assert r["languages"]["en"] > 200 and r["languages"].get("es") == 1
    pii = r["pii"]["counts"]
    assert pii["email"] == 1 and pii["dni"] == 1 and pii["nie"] == 1 and pii["iban"] == 1 and pii["phone"] == 1
    assert r["tokens"]["text"]["max"] > r["tokens"]["text"]["median"] > 5
    assert r["verdict"] == "ready_with_warnings"  # 243 examples is the low end; one conflicting label
    assert any("different labels" in w for w in r["warnings"])


def test_data_readiness_with_the_model_tokenizer(tmp_path, tokenizer):
    r = assess.data_readiness(make_engagement(tmp_path), tokenizer, tokenizer_name=EMBEDDED_ID)
    assert r["tokenizer"] == EMBEDDED_ID and 8 < r["tokens"]["text"]["median"] < 40


def test_data_readiness_bad_data_is_a_verdict_not_an_exception(tmp_path):
    few = make_engagement(tmp_path, rows=[{"text": f"t{i}", "label": "a"} for i in range(30)])
    r = assess.data_readiness(few)
    assert r["verdict"] == "not_ready" and any("30 usable" in x for x in r["reasons"])
    few.update_settings(data_file="missing.csv")
    assert "does not exist" in assess.data_readiness(few)["reasons"][0]
    few.update_settings(data_file="tickets.csv", text_column="body")
    assert "'body'" in assess.data_readiness(few)["reasons"][0]


def test_pii_checksums_reject_lookalikes():
    assert assess.find_pii("DNI 12345678A and IBAN ES00 1234 5678 9012 3456 7890") == {}
    assert language.guess_language("Muchas gracias por la ayuda con el pedido") == "es"


# -- the report and the whole stage ---------------------------------------------------------------

def test_write_assessment_writes_both_atomically(tmp_path):
    eng = make_engagement(tmp_path)
    rec = recommend(q())
    md, js = assess.write_assessment(eng, recommendation=rec, questionnaire=q(), roi=assess.roi(1200, 200, 1000))
    assert md == eng.assess_dir / "assessment.md" and js == eng.assess_dir / "assessment.json"
    assert json.loads(js.read_text())["recommendation"]["verdict"] == "fine-tune"
    assert "Recommendation: fine-tune" in md.read_text() and "1,000,000" in md.read_text()
    assert sorted(p.name for p in eng.assess_dir.iterdir()) == ["assessment.json", "assessment.md"]


def test_write_assessment_failure_leaves_previous_files(tmp_path, monkeypatch):
    eng = make_engagement(tmp_path)
    md, js = assess.write_assessment(eng, recommendation=recommend(q()))
    before = md.read_text(), js.read_text()
    monkeypatch.setattr(assess, "render_markdown", lambda parts: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        assess.write_assessment(eng, recommendation=recommend(q(queries_per_day=1)))
    assert (md.read_text(), js.read_text()) == before
    assert sorted(p.name for p in eng.assess_dir.iterdir()) == ["assessment.json", "assessment.md"]


def test_run_stage_headless(tmp_path):
    eng = make_engagement(tmp_path, method="full")
    out = assess.run_stage(eng, AssessConfig(q(hardware="cpu", examples_available=250), EMBEDDED_ID))
    assert out["recommendation"]["verdict"] == "fine-tune"
    assert out["method"] == "lora" and eng.settings().method == "lora" and eng.settings().base_model == EMBEDDED_ID
    assert out["roi"]["current_prompt_tokens"] > out["roi"]["tuned_prompt_tokens"] > 0
    for name in ("assessment.md", "assessment.json", "roi.png"):
        assert (eng.assess_dir / name).is_file()
    saved = assess.load_assessment(eng)
    assert saved["method"] == "lora" and saved["model"]["hub_id"] == EMBEDDED_ID


def test_run_stage_unknown_model_and_model_too_big(tmp_path):
    eng = make_engagement(tmp_path)
    out = assess.run_stage(eng, AssessConfig(q(hardware="cpu"), "acme/does-not-exist", plot=False))
    assert any("Unknown model id" in w for w in out["warnings"]) and out["model"]["hub_id"] == EMBEDDED_ID
    eng.update_settings(base_model=EMBEDDED_ID)
    big = assess.run_stage(eng, AssessConfig(q(hardware="cpu"), "microsoft/phi-4", plot=False))
    assert big["hardware"]["chosen"] is None and big["method"] is None
    assert big["hardware"]["suggestions"] and all("phi-4" not in m for m in big["hardware"]["suggestions"])
    assert any("cannot be fine-tuned" in w for w in big["warnings"])
    assert eng.settings().base_model == EMBEDDED_ID  # not switched to a model that cannot train here
    nonsense = assess.run_stage(eng, AssessConfig(q(queries_per_day=-3, hardware="quantum"), EMBEDDED_ID, method="magic",
                                                  plot=False))
    assert nonsense["recommendation"]["verdict"] == "prompting" and nonsense["method"] in ("lora", "full")


# -- widgets --------------------------------------------------------------------------------------

def test_widget_getters_return_defaults_without_display():
    pytest.importorskip("ipywidgets")
    answers = q(languages=["es", "en"], queries_per_day=321)
    _, get_q = ui.questionnaire_widget(answers)
    assert get_q() == answers
    _, get_model = ui.model_picker(EMBEDDED_ID, hardware.machine_profile("gpu24"))
    assert get_model() == EMBEDDED_ID
    _, get_custom = ui.model_picker("acme/custom-model")
    assert get_custom() == "acme/custom-model"
    _, get_choice = ui.choice("Method", ["lora", "qlora"], "full")
    _, get_n = ui.number("Price", 2.5, min=0)
    assert get_choice() == "full" and get_n() == 2.5


def test_model_picker_filters_keep_the_default():
    pytest.importorskip("ipywidgets")
    box, get_model = ui.model_picker(EMBEDDED_ID, hardware.machine_profile("gpu24"))
    controls = box.children
    dropdown = controls[4]
    everything = len(dropdown.options)
    controls[1].children[0].value = True  # commercial use only
    assert len(dropdown.options) == everything - 1 and get_model() == EMBEDDED_ID
    controls[3].value = ("es",)  # Spanish: SmolLM2 is English-only, but the default stays selectable
    assert get_model() == EMBEDDED_ID and all("SmolLM2-1.7B" not in v for _, v in dropdown.options)
    dropdown.value = "Qwen/Qwen2.5-7B-Instruct"
    assert get_model() == "Qwen/Qwen2.5-7B-Instruct"
