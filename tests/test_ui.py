"""What the consultant sees in JupyterLab: forms that keep their promises, tables instead of reprs,
widget outputs that stay readable once the kernel is gone."""
import json

import pytest

from ftwork import assess, cli, ui
from ftwork.configs import AssessConfig, Questionnaire, TrainConfig
from ftwork.engagement import Engagement, write_json
from ftwork.export import verification_table
from ftwork.plots import roi_plot
from ftwork.roi import roi, roi_table
from ftwork.train import _fingerprint, run_for


@pytest.fixture()
def eng(tmp_path):
    assert cli.main(["new", str(tmp_path / "acme"), "--sample", "tickets"]) == 0
    e = Engagement.open(tmp_path / "acme")
    write_json(e.dataset_dir / "stats.json", {"dataset_hash": "abc"})
    return e


def _finished(eng, run: str, config: TrainConfig) -> None:
    write_json(eng.run_dir(run) / "train_config.json", {**_fingerprint(eng, config), "run": run})


def test_changed_settings_train_as_the_next_free_run(eng):
    assert run_for(eng, "run-01", TrainConfig(lora_r=16)) == ("run-01", None)  # nothing there yet
    _finished(eng, "run-01", TrainConfig(lora_r=16))
    assert run_for(eng, "run-01", TrainConfig(lora_r=16)) == ("run-01", None)  # same inputs: skipped later
    run, note = run_for(eng, "run-01", TrainConfig(lora_r=8))
    assert run == "run-02" and "lora_r 16 → 8" in note and "REDO" in note
    assert run_for(eng, "run-01", TrainConfig(lora_r=8), redo=True) == ("run-01", None)
    _finished(eng, "run-02", TrainConfig(lora_r=4))
    assert run_for(eng, "run-01", TrainConfig(lora_r=8))[0] == "run-03"  # run-02 holds yet another run
    _finished(eng, "run-03", TrainConfig(lora_r=8))
    assert run_for(eng, "run-01", TrainConfig(lora_r=8))[0] == "run-03"  # …and run-03 these very settings
    assert run_for(eng, "trial", TrainConfig())[0] == "trial"


def test_form_reads_run_and_redo():
    box, get = ui.run_choice("run-01", False)
    name_row, redo_row = box.children
    name_row.value = " run-07 "
    redo_row.children[1].value = True
    assert get() == ("run-07", True)


def test_tables_show_counts_as_counts_and_missing_as_a_dash():
    df = ui.table({"n": 3, "loss": 3.5254175662994385, "none": None, "nan": float("nan"), "langs": ["en", "es"]})
    assert df["value"].tolist() == ["3", "3.525", "–", "–", "en, es"]
    assert list(ui.table(TrainConfig(lora_r=8)).loc["lora_r"]) == ["8"]


def test_widget_outputs_degrade_to_text_when_saved():
    form, _ = ui.questionnaire_widget(Questionnaire(queries_per_day=250))
    text = ui.static_text(form)
    assert "Queries per day: 250" in text and "Decision guide" in text
    model = {"type": "notebook", "content": {"metadata": {"widgets": {"state": {}}}, "cells": [
        {"cell_type": "code", "outputs": [{"output_type": "display_data", "data": {
            ui.WIDGET_VIEW: {"model_id": "x"}, "text/plain": text}}]},
        {"cell_type": "code", "outputs": [{"output_type": "display_data", "data": {ui.WIDGET_VIEW: {"model_id": "y"}}}]},
    ]}}
    ui.strip_widget_views(model, path="01_assess.ipynb", contents_manager=None)
    nb = model["content"]
    assert "widgets" not in nb["metadata"]
    datas = [o["data"] for c in nb["cells"] for o in c["outputs"]]
    assert all(ui.WIDGET_VIEW not in d for d in datas)
    assert datas[0]["text/plain"] == text and datas[1]["text/plain"]


def test_verification_table_has_no_nan_none_or_float_counts():
    summary = {"verification": {"examples": 3}, "files": [
        {"file": "adapter/", "runtime": "transformers + peft", "identical": None, "metric": 0.6666},
        {"file": "merged/", "runtime": "transformers", "identical": 3.0, "compared_with": "adapter model",
         "metric": 0.6666, "drop": 0.0},
        {"file": "m.gguf", "runtime": "llama.cpp", "identical": 2, "compared_with": "merged model", "metric": 0.3333,
         "drop": 0.3333, "flag": True}]}
    rows = verification_table(summary)
    cells = [str(v) for r in rows for v in r.values()]
    assert not any(c in ("nan", "None", "NaN") for c in cells)
    assert [r["identical answers"] for r in rows] == ["–", "3 of 3", "2 of 3"]
    assert rows[2]["drop"] == "+0.333" and rows[2]["flag"] and not rows[1]["flag"]


def test_break_even_reads_the_same_in_the_report_and_the_plot():
    r = roi(1200, 200, 1000, training_gpu_hours=1.0)
    assert r["break_even_months"] < 1 and "day" in r["break_even_text"]  # not "0.0 months"
    assert dict(roi_table(r))["Break-even"] == r["break_even_text"]
    fig = roi_plot(r)
    assert any(r["break_even_text"] in t.get_text() for t in fig.axes[0].get_legend().get_texts())


def test_a_model_not_on_this_machine_needs_confirming(eng, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    before = eng.settings().base_model
    q = Questionnaire(hardware="gpu24", task="classification")
    out = assess.run_stage(eng, AssessConfig(questionnaire=q, base_model="Qwen/Qwen2.5-7B-Instruct",
                                             confirm_model=False, plot=False))
    assert eng.settings().base_model == before and not out["settings_updated"]
    assert any("not on this machine" in w and "keeps base_model" in w for w in out["warnings"])
    out = assess.run_stage(eng, AssessConfig(questionnaire=q, base_model="Qwen/Qwen2.5-7B-Instruct",
                                             confirm_model=True, plot=False))
    assert eng.settings().base_model == "Qwen/Qwen2.5-7B-Instruct"
    assert json.loads(eng.settings_path.read_text())["base_model"] == "Qwen/Qwen2.5-7B-Instruct"
