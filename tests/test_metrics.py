import json

import pytest

from ftwork import evaluate as ev


def test_classification_metrics_known_values():
    labels = ["a", "b", "c"]
    gold = ["a", "a", "b", "c"]
    pred = ["a", "b", "b", "I think c"]
    m = ev.classification_metrics(gold, pred, labels)
    assert m["accuracy"] == 0.5
    assert m["invalid_rate"] == 0.25
    # f1: a = 2/3 (p=1, r=.5), b = 2/3 (p=.5, r=1), c = 0
    assert m["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 0) / 3, abs=1e-4)


def test_normalize_label_accepts_only_the_label_itself():
    labels = ["billing", "shipping_delay"]
    assert ev.normalize_label(" Billing.\n", labels) == "billing"
    assert ev.normalize_label('"shipping_delay"', labels) == "shipping_delay"
    assert ev.normalize_label("This is about billing", labels) == "This is about billing"


def test_extraction_metrics():
    gold = [json.dumps({"a": "1", "b": "x"}), json.dumps({"a": "2", "b": "y"})]
    pred = ['{"a": "1", "b": "x"}', "not json"]
    m = ev.extraction_metrics(gold, pred)
    assert m["valid_json"] == 0.5 and m["exact_match"] == 0.5
    assert m["field_precision"] == 1.0 and m["field_recall"] == 0.5


def test_rouge_l_and_writing_metrics():
    assert ev.rouge_l("dear mr smith thank you", "dear mr smith thank you") == pytest.approx(1.0)
    assert ev.rouge_l("a b c", "x y z") == 0.0
    m = ev.writing_metrics(["Dear Mr Smith, thank you."], ["Dear Mr Smith, thank you."])
    assert m["rouge_l"] == 1.0 and m["chrf"] > 0.99


def test_task_without_metric_is_an_error():
    with pytest.raises(ev.EvaluationError, match="No metric"):
        ev.score("poetry", ["x"], ["y"], [])
