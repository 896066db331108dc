import json

import pytest

from ftwork import metrics as mt
from ftwork.errors import EvaluationError


def test_classification_metrics_known_values():
    labels = ["a", "b", "c"]
    gold = ["a", "a", "b", "c"]
    pred = ["a", "b", "b", "I think c"]
    m = mt.classification_metrics(gold, pred, labels)
    assert m["accuracy"] == 0.5
    assert m["invalid_rate"] == 0.25
    # f1: a = 2/3 (p=1, r=.5), b = 2/3 (p=.5, r=1), c = 0
    assert m["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 0) / 3, abs=1e-4)


def test_normalize_label_accepts_only_the_label_itself():
    labels = ["billing", "shipping_delay"]
    assert mt.normalize_label(" Billing.\n", labels) == "billing"
    assert mt.normalize_label('"shipping_delay"', labels) == "shipping_delay"
    assert mt.normalize_label("This is about billing", labels) == "This is about billing"


def test_extraction_metrics():
    gold = [json.dumps({"a": "1", "b": "x"}), json.dumps({"a": "2", "b": "y"})]
    pred = ['{"a": "1", "b": "x"}', "not json"]
    m = mt.extraction_metrics(gold, pred)
    assert m["valid_json"] == 0.5 and m["exact_match"] == 0.5
    assert m["field_precision"] == 1.0 and m["field_recall"] == 0.5


def test_rouge_l_is_published_rouge_l_punctuation_aside():
    """By hand: reference `the cat sat on the mat` and candidate `the cat is on the mat` (6 tokens each once
    punctuation is dropped) share the subsequence `the cat on the mat` (5), so P = R = F = 5/6. The old
    whitespace split kept `mat.` and `mat!` apart (4/6). rouge-score's own scorer agrees."""
    from rouge_score import rouge_scorer

    ref, cand = "The cat sat on the mat.", "The cat is on the mat!"
    assert mt.rouge_l(ref, cand) == pytest.approx(5 / 6)
    assert mt.rouge_l(ref, cand) == pytest.approx(rouge_scorer.RougeScorer(["rougeL"]).score(ref, cand)["rougeL"].fmeasure)
    # `dear ms ruiz thank you` vs `dear thank you kindly`: LCS `dear thank you` = 3 -> P 3/4, R 3/5
    assert mt.rouge_l("Dear Ms. Ruiz, thank you.", "Dear thank you kindly") == pytest.approx(2 * (3 / 4) * (3 / 5) / (3 / 4 + 3 / 5))
    assert mt.rouge_l("", "anything") == 0.0


def test_rouge_l_and_writing_metrics():
    assert mt.rouge_l("dear mr smith thank you", "dear mr smith thank you") == pytest.approx(1.0)
    assert mt.rouge_l("a b c", "x y z") == 0.0
    m = mt.writing_metrics(["Dear Mr Smith, thank you."], ["Dear Mr Smith, thank you."])
    assert m["rouge_l"] == 1.0 and m["chrf"] > 0.99


def test_task_without_metric_is_an_error():
    with pytest.raises(EvaluationError, match="No metric"):
        mt.score("poetry", ["x"], ["y"], [])


def test_extraction_handles_null_numbers_nested_fields_and_chatter():
    gold = [json.dumps({"invoice_number": "INV-1", "total": 1234.5, "iban": None, "customer": {"name": "Ana Ruiz", "tax_id": "X1"}})]
    exact = 'Here you go:\n```json\n{"invoice_number": "inv-1 ", "total": "1234.50", "iban": null, "customer": {"name": "ana  ruiz", "tax_id": "X1"}}\n```'
    m = mt.extraction_metrics(gold, [exact])
    assert m == {"valid_json": 1.0, "field_precision": 1.0, "field_recall": 1.0, "field_f1": 1.0, "exact_match": 1.0}
    # a wrong nested value costs one field of four leaves; "null" as a string equals null
    partial = '{"invoice_number": "INV-1", "total": 1234.5, "iban": "null", "customer": {"name": "Ana Ruiz", "tax_id": "Y2"}}'
    m = mt.extraction_metrics(gold, [partial])
    assert m["field_precision"] == 0.8 and m["field_recall"] == 0.8 and m["exact_match"] == 0.0
    # a missing null field is a miss, an extra field lowers precision only
    m = mt.extraction_metrics(gold, ['{"invoice_number": "INV-1", "total": 1234.5, "customer": {"name": "Ana Ruiz", "tax_id": "X1"}, "x": 1}'])
    assert m["field_recall"] == 0.8 and m["field_precision"] == 0.8
    assert mt.extraction_metrics(gold, ["[1, 2]"])["valid_json"] == 0.0
    assert mt.extraction_metrics(gold, ['{"a": 1} and then {"b": 2}'])["valid_json"] == 1.0


def test_extraction_names_a_broken_expected_answer():
    with pytest.raises(EvaluationError, match="eval case 1 is not valid JSON"):
        mt.extraction_metrics(['{"a": 1}', "{oops"], ["{}", "{}"])


def test_case_scores_match_the_task():
    assert mt.case_scores("classification", ["a", "b"], ["A.", "x"], ["a", "b"]) == [1.0, 0.0]
    assert mt.case_scores("extraction", ['{"a": 1, "b": 2}'], ['{"a": 1, "b": 3}'], []) == [0.5]
    same, other = mt.case_scores("writing", ["Dear Ms Lee, thank you.", "Dear Ms Lee, thank you."],
                                 ["Dear Ms Lee, thank you.", "Totally unrelated words"], [])
    assert same == pytest.approx(1.0) and other < 0.3


def test_every_task_of_the_registry_is_scored_with_its_primary_and_plot_metrics():
    """A task `ftwork new` accepts is scored in stage 05 (and verified in 06): no 'No metric' at the end."""
    from ftwork.tasks import TASKS

    cases = {"classification": (["a"], ["a"], ["a", "b"]), "extraction": (['{"a": 1}'], ['{"a": 1}'], [])}
    for name, entry in TASKS.items():
        gold, pred, labels = cases.get(name, (["Dear Ms Lee, thank you."], ["Dear Ms Lee, thank you."], []))
        m = mt.score(name, gold, pred, labels)
        assert entry.primary_metric in m, name
        assert {p for p in entry.plot_metrics if p != "house_style"} <= set(m), name  # house_style needs house rules
        assert len(mt.case_scores(name, gold, pred, labels)) == 1


def test_qa_scores_like_writing_without_house_rules():
    gold = ["Our shop in Valencia repairs e-bikes in about three days.", "Yes, the warranty covers the battery."]
    pred = ["We repair e-bikes in Valencia, it takes about three days.", "Hey, no worries!"]
    rules = mt.sample_house_rules("emails")
    qa = mt.score("qa", gold, pred, [], rules)
    assert qa == mt.writing_metrics(gold, pred) and "house_style" not in qa
    assert 0 < qa["chrf"] < 1 and 0 < qa["rouge_l"] < 1
    assert mt.case_scores("qa", gold, pred, []) == mt.case_scores("writing", gold, pred, [])
