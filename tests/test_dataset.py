import json

import pytest

from ftwork import dataset as ds
from ftwork.engagement import Settings


def test_loaders_read_csv_jsonl_json_xlsx(tmp_path):
    import pandas as pd

    rows = [{"text": "hello", "label": "a"}, {"text": "bye", "label": "b"}]
    pd.DataFrame(rows).to_csv(tmp_path / "d.csv", index=False)
    (tmp_path / "d.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "d.json").write_text(json.dumps(rows))
    pd.DataFrame(rows).to_excel(tmp_path / "d.xlsx", index=False)
    for name in ("d.csv", "d.jsonl", "d.json", "d.xlsx"):
        assert ds.load_records(tmp_path / name) == rows, name


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("x.txt", "hello", "unknown format"),
        ("empty.csv", "", "could not be read|no records"),
        ("bad.jsonl", '{"a": 1}\n{oops\n', "line 2"),
    ],
)
def test_bad_files_name_the_problem(tmp_path, name, content, message):
    (tmp_path / name).write_text(content)
    with pytest.raises(ds.DatasetError, match=message):
        ds.load_records(tmp_path / name)


def test_non_utf8_file_says_how_to_fix(tmp_path):
    (tmp_path / "latin.csv").write_bytes("text,label\ncaf\xe9 cr\xe8me,a\n".encode("latin-1"))
    with pytest.raises(ds.DatasetError, match="UTF-8.*iconv"):
        ds.load_records(tmp_path / "latin.csv")


def test_missing_column_lists_the_available_ones():
    with pytest.raises(ds.DatasetError, match="Available columns: text, label"):
        ds.check_columns([{"text": "a", "label": "b"}], ["text", "category"], "f.csv")


def test_examples_are_prompt_completion_with_loss_on_the_answer():
    s = Settings(name="t", task="extraction", text_column="doc", label_column="fields", system_prompt="Extract.")
    ex = ds.to_example({"doc": "Invoice 7", "fields": '{"n": "7"}'}, s, 0)
    assert ex["prompt"] == [{"role": "system", "content": "Extract."}, {"role": "user", "content": "Invoice 7"}]
    assert ex["completion"] == [{"role": "assistant", "content": '{"n": "7"}'}]
    with pytest.raises(ds.DatasetError, match="not valid JSON"):
        ds.to_example({"doc": "x", "fields": "{broken"}, s, 1)


def test_near_duplicates_across_splits_are_caught():
    train = [
        "My parcel with order ORD-1 has not arrived after two weeks, where is it?",
        "How do I change the delivery address of my order?",
    ]
    evals = [
        "My parcel with order ORD-1 has not arrived after two weeks, where is it now?",  # paraphrase-level copy
        "Can I pay by bank transfer?",
    ]
    pairs = ds.near_duplicate_pairs(evals, train, threshold=0.7)
    assert [(i, j) for i, j, _ in pairs] == [(0, 0)]


def test_stratified_split_is_seeded_and_keeps_every_label():
    labels = ["a"] * 10 + ["b"] * 10 + ["c"] * 5
    tr1, ev1 = ds.stratified_split(labels, 0.2, seed=1)
    tr2, ev2 = ds.stratified_split(labels, 0.2, seed=1)
    assert (tr1, ev1) == (tr2, ev2)
    assert not set(tr1) & set(ev1) and len(tr1) + len(ev1) == 25
    assert {labels[i] for i in ev1} == {"a", "b", "c"}
