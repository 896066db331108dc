"""Classification really learns: a BANKING77 subset, defaults, the embedded model, CPU.

Trains on rows of the benchmark's train.csv and scores on rows of its test.csv only. This is a
smaller version of the full proof (10 intents × 30, see benchmarks/banking77_accuracy.py) so the
suite stays in minutes; it fails if fine-tuning stops beating the base model by a wide margin.
"""
import json

import pytest

from ftwork import cli

from .conftest import banking77_subset


@pytest.mark.slow
def test_tuned_model_beats_base_by_a_wide_margin(tmp_path):
    train_csv, test_csv = banking77_subset(tmp_path / "src", n_intents=5, n_train=24, n_test=10, seed=1)
    eng_dir = tmp_path / "b77"
    assert cli.main(["new", str(eng_dir), "--data", str(train_csv), "--eval-data", str(test_csv),
                     "--task", "classification", "--text-column", "text", "--label-column", "category"]) == 0
    cli.run_engagement(eng_dir, only="02,03,04,05")
    metrics = json.loads((eng_dir / "runs" / "run-01" / "metrics.json").read_text())
    # near-copies of training queries are removed from eval (leakage check), so a few of the 50 go
    assert metrics["n_eval"] >= 35
    assert metrics["tuned"]["accuracy"] >= 0.7, metrics["tuned"]
    assert metrics["tuned"]["accuracy"] >= metrics["base"]["accuracy"] + 0.3
    assert metrics["tuned"]["accuracy"] > metrics["prompted_base"]["accuracy"]
