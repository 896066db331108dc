"""Stage 03: loaders, task templates, checks, split and the built dataset, on small fixtures."""
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ftwork import dataset as ds
from ftwork import loaders
from ftwork.engagement import Engagement, Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]
COMPANY = {"name": "Shop", "allow": ["Shop", "shop.example"]}


# ---------------------------------------------------------------------------------------------
# Loaders
# ---------------------------------------------------------------------------------------------
def test_loaders_read_csv_tsv_jsonl_json_xlsx(tmp_path):
    import pandas as pd

    rows = [{"text": "hello", "label": "a"}, {"text": "bye", "label": "b"}]
    pd.DataFrame(rows).to_csv(tmp_path / "d.csv", index=False)
    pd.DataFrame(rows).to_csv(tmp_path / "d.tsv", index=False, sep="\t")
    (tmp_path / "d.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "d.json").write_text(json.dumps(rows))
    pd.DataFrame(rows).to_excel(tmp_path / "d.xlsx", index=False)
    for name in ("d.csv", "d.tsv", "d.jsonl", "d.json", "d.xlsx"):
        assert ds.load_records(tmp_path / name) == rows, name


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("x.pdf", "hello", "unknown format '.pdf'"),
        ("empty.csv", "", "could not be read|no records"),
        ("bad.jsonl", '{"a": 1}\n{oops\n', "line 2"),
        ("list.jsonl", '{"a": 1}\n[1, 2]\n', "line 2: each line must be a JSON object"),
    ],
)
def test_bad_files_name_the_problem(tmp_path, name, content, message):
    (tmp_path / name).write_text(content)
    with pytest.raises(ds.DatasetError, match=message):
        ds.load_records(tmp_path / name)


def test_folder_without_supported_files_is_refused(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF")
    with pytest.raises(ds.DatasetError, match=r"no \.txt, \.md, \.eml or \.mbox files.*\.pdf"):
        ds.load_records(tmp_path)


def test_non_utf8_file_says_how_to_fix(tmp_path):
    """Windows-1252 (Excel's 'CSV' on a Spanish Windows) is read; bytes no supported encoding decodes
    (0x81 and 0x9d are undefined in Windows-1252, and not UTF-8) get a clear error and the fix."""
    (tmp_path / "latin.csv").write_bytes("text,label\n\"café crème, 12,50 €\",a\n".encode("cp1252"))
    assert ds.load_records(tmp_path / "latin.csv") == [{"text": "café crème, 12,50 €", "label": "a"}]
    (tmp_path / "raro.csv").write_bytes("text,label\ncaf\xe9,a\n".encode("latin-1") + b"x\x81\x9d,b\n")
    with pytest.raises(ds.DatasetError, match=r"raro\.csv: cannot tell its encoding\. Tried UTF-8.*Windows-1252 "
                                              r"\(byte 0x81.*--encoding latin-1.*'CSV UTF-8'"):
        ds.load_records(tmp_path / "raro.csv")


def test_one_table_reader_for_both_stages_each_with_its_own_error(tmp_path):
    """Stage 02 and stage 03 read tables with the same function; each raises its own error class."""
    from ftwork import anonymize as A
    from ftwork.loaders import load_table

    (tmp_path / "bom.csv").write_bytes("\ufefftext,label\nhola,a\n".encode("utf-8"))
    assert load_table(tmp_path / "bom.csv") == A.read_records(tmp_path / "bom.csv") == [{"text": "hola", "label": "a"}]
    (tmp_path / "empty.csv").write_text("")
    assert load_table(tmp_path / "empty.csv") == []
    (tmp_path / "bad.jsonl").write_text('{"a": 1}\n{oops\n')
    with pytest.raises(A.AnonymizeInputError, match=r"bad\.jsonl, line 2: not valid JSON"):
        A.read_records(tmp_path / "bad.jsonl")
    with pytest.raises(ds.DatasetError, match=r"missing\.csv does not exist"):
        load_table(tmp_path / "missing.csv")


def test_text_folder_gives_a_record_per_file_with_folder_label_and_sidecar():
    records = ds.load_records(FIXTURES / "texts")
    assert [(r["id"], r["label"]) for r in records] == [
        ("billing/t1", "billing"), ("billing/t2", "billing"), ("shipping_delay/t3", "shipping_delay")]
    assert records[1]["text"] == "The discount code was not applied to my invoice."  # .md read too
    docs = ds.load_records(FIXTURES / "invoices")
    assert [d["id"] for d in docs] == ["inv1", "inv2"] and "label" not in docs[0]
    assert docs[0]["fields"] == {"invoice_number": "INV-2024-0457", "total": 1234.56, "iban": "<IBAN_1>"}
    assert docs[1]["fields"]["iban"] is None


def test_mbox_threads_pair_customer_messages_with_company_replies():
    info = {}
    records = ds.load_records(FIXTURES / "mail" / "support.mbox", company=COMPANY, info=info)
    assert [r["id"] for r in records] == ["r1@shop.example", "r2@shop.example"]
    first, second = records
    assert first["incoming"].startswith("Hello,") and "has still not arrived" in first["incoming"]
    assert first["reply"].startswith("Dear Ms Lopez") and first["reply"].endswith("The Shop Team")
    assert "wrote:" not in first["reply"] and ">" not in first["reply"]  # quoted history stripped
    # the follow-up is paired with the second reply; its thread keeps all four turns in order
    assert second["incoming"] == "It did not come today either. Can I cancel the order?"
    assert [t["role"] for t in second["thread"]] == ["user", "assistant", "user", "assistant"]
    assert second["thread"][-1]["content"] == second["reply"]
    # the unanswered question is counted, the newsletter (no customer message before it) is skipped
    assert info["customer_messages_without_reply"] == 1 and info["company_without_customer_parent"] == 1
    assert info["pairs"] == 2


def test_eml_files_decode_charsets_and_html():
    records = ds.load_records(FIXTURES / "mail" / "eml", company=COMPANY)
    assert len(records) == 1
    rec = records[0]
    assert rec["incoming"].startswith("Buenos días")  # quoted-printable latin-1
    assert rec["subject"] == "Factura del pedido"  # encoded header
    assert rec["reply"].startswith("Estimado Sr. Martín:") and "<p>" not in rec["reply"]  # HTML to text
    assert rec["from"] == "jose.martin@example.com"


def test_import_source_turns_a_mailbox_into_a_table_stage_02_can_read(tmp_path):
    from ftwork.anonymize import read_records

    src = tmp_path / "inbox"
    shutil.copytree(FIXTURES / "mail", src)
    before = _digest(src)
    table = loaders.import_source(src, tmp_path / "raw", company=COMPANY)
    assert table == tmp_path / "raw" / "inbox.jsonl" and not os.access(table, os.W_OK) or os.geteuid() == 0
    assert read_records(table) == ds.load_records(src, company=COMPANY) and len(read_records(table)) == 3
    assert _digest(src) == before
    assert loaders.import_source(tmp_path / "raw" / "inbox.jsonl", tmp_path / "other") == table  # a table stays


def test_mail_needs_the_company_identity():
    with pytest.raises(ds.DatasetError, match="company.json"):
        ds.load_records(FIXTURES / "mail" / "support.mbox")
    with pytest.raises(ds.DatasetError, match="no company reply"):
        ds.load_records(FIXTURES / "mail" / "support.mbox", company={"allow": ["other.example"]})


def test_company_identity_from_allow_list():
    addresses, domains = loaders.company_identity(
        {"allow": ["Brisa Bikes", "brisabikes.example", "support@brisabikes.example", "+34 961 23 45 67"]})
    assert addresses == {"support@brisabikes.example"} and domains == {"brisabikes.example"}


def test_mapping_to_a_missing_field_lists_the_available_ones():
    with pytest.raises(ds.DatasetError, match="Available columns: text, label"):
        ds.check_columns([{"text": "a", "label": "b"}], ["text", "category"], "f.csv")
    with pytest.raises(ds.DatasetError, match="no field 'queue'.*Available fields: body"):
        loaders.apply_mapping([{"body": "x"}], {"label": "queue"}, "f.csv")
    assert loaders.apply_mapping([{"body": "x", "q": "a"}], {"text": "body"})[0]["text"] == "x"


# ---------------------------------------------------------------------------------------------
# Task templates
# ---------------------------------------------------------------------------------------------
def test_classification_template_with_and_without_priority():
    s = Settings(name="t", task="classification", text_column="text", label_column="category", system_prompt="Route it.")
    rec = {"ticket_id": "T1", "text": " Charged twice ", "category": "billing", "priority": "high"}
    ex = ds.to_example(rec, s, 0)
    assert ex == {"id": "T1", "prompt": [{"role": "system", "content": "Route it."}, {"role": "user", "content": "Charged twice"}],
                  "completion": [{"role": "assistant", "content": "billing"}], "label": "billing"}
    ex = ds.to_example(rec, s, 0, priority_column="priority")
    assert ex["completion"][0]["content"] == "billing / high" == ex["label"]
    with pytest.raises(ds.DatasetError, match="empty 'priority'"):
        ds.to_example({**rec, "priority": ""}, s, 0, priority_column="priority")
    # no system prompt: the prompt is the user turn alone
    assert ds.to_example(rec, Settings(name="t", text_column="text", label_column="category"), 3)["prompt"] == [
        {"role": "user", "content": "Charged twice"}]


def test_extraction_template_validates_against_the_schema():
    s = Settings(name="t", task="extraction", text_column="doc", label_column="fields", system_prompt="Extract.")
    schema = ds.parse_schema('{"invoice_number": "str", "total": "number", "iban": "str|null"}')
    ex = ds.to_example({"doc": "Invoice 7", "fields": '{"invoice_number": "7", "total": 9.5, "iban": null}'}, s, 0, schema=schema)
    assert ex["prompt"] == [{"role": "system", "content": "Extract."}, {"role": "user", "content": "Invoice 7"}]
    assert json.loads(ex["completion"][0]["content"]) == {"invoice_number": "7", "total": 9.5, "iban": None}
    assert ex["label"] == ""
    with pytest.raises(ds.DatasetError, match="not valid JSON"):
        ds.to_example({"doc": "x", "fields": "{broken"}, s, 1)
    with pytest.raises(ds.DatasetError, match="'total' is str .*expected number.*|missing key 'iban'"):
        ds.to_example({"doc": "x", "fields": {"invoice_number": "7", "total": "9,50"}}, s, 2, schema=schema)
    problems = ds.validate_target({"invoice_number": 7, "total": True, "extra": 1}, schema)
    assert problems == ["missing key 'iban'", "unexpected key 'extra'", "'invoice_number' is number (7), expected str",
                        "'total' is bool (true), expected number"]


def test_schema_inference_and_bad_schemas():
    targets = [{"n": "1", "total": 3, "iban": None}, {"n": "2", "total": 4.5, "iban": "ES12"}, '{"n": "3", "total": 1}', "junk"]
    assert ds.infer_schema(targets) == {"n": "str", "total": "number", "iban": "str|null"}
    with pytest.raises(ds.DatasetError, match="unknown type.*'text'"):
        ds.parse_schema({"n": "text"})
    with pytest.raises(ds.DatasetError, match="not valid JSON"):
        ds.parse_schema("{n: str}")


def test_writing_and_qa_templates_answer_with_the_text():
    for task in ("writing", "qa"):
        s = Settings(name="t", task=task, text_column="incoming", label_column="reply")
        ex = ds.to_example({"id": "E1", "incoming": "Where is my order?", "reply": "Dear Ms Lopez,\nIt ships today.\n"}, s, 0)
        assert ex["completion"] == [{"role": "assistant", "content": "Dear Ms Lopez,\nIt ships today."}]
        assert ex["prompt"][-1] == {"role": "user", "content": "Where is my order?"} and ex["label"] == ""


def test_multi_turn_thread_keeps_earlier_turns_in_the_prompt():
    s = Settings(name="t", task="writing", text_column="incoming", label_column="reply", system_prompt="House style.")
    record = ds.load_records(FIXTURES / "mail" / "support.mbox", company=COMPANY)[1]
    ex = ds.to_example(record, s, 0, conversation_column="thread")
    assert [t["role"] for t in ex["prompt"]] == ["system", "user", "assistant", "user"]
    assert ex["prompt"][-1]["content"] == record["incoming"]
    assert ex["completion"] == [{"role": "assistant", "content": record["reply"]}]
    with pytest.raises(ds.DatasetError, match="must end with a non-empty assistant turn"):
        ds.to_example({"thread": [{"role": "user", "content": "hi"}]}, s, 0, conversation_column="thread")


# ---------------------------------------------------------------------------------------------
# Near-duplicates and split
# ---------------------------------------------------------------------------------------------
def test_near_duplicates_catch_paraphrases_but_not_same_topic_texts():
    train = [
        "My parcel with order ORD-1 has not arrived after two weeks, where is it?",
        "How do I change the delivery address of my order?",
        "I was charged twice for my order, please refund one of the payments.",
        "The rear hub on my e-bike started grinding after 18 months, is this covered by the warranty?",
    ]
    evals = [
        "Where is my parcel for order ORD-1? It has not arrived after two weeks.",  # clauses reordered
        "Please refund one of the payments: I was charged twice for my order.",  # reordered, punctuation
        "Hello, the rear hub on my e-bike started grinding after 18 months, is that covered by the warranty? Thanks",
        "Can I pay by bank transfer?",
        "My parcel was delivered to the wrong address.",  # same topic as train[0], not a copy
    ]
    pairs = ds.near_duplicate_pairs(evals, train)
    assert [(i, j) for i, j, _ in pairs] == [(0, 0), (1, 2), (2, 3)]
    assert all(s >= 0.8 for _, _, s in pairs)


def test_stratified_split_is_seeded_and_keeps_every_label():
    labels = ["a"] * 10 + ["b"] * 10 + ["c"] * 5
    tr1, ev1 = ds.stratified_split(labels, 0.2, seed=1)
    tr2, ev2 = ds.stratified_split(labels, 0.2, seed=1)
    assert (tr1, ev1) == (tr2, ev2)
    assert ds.stratified_split(labels, 0.2, seed=2) != (tr1, ev1)
    assert not set(tr1) & set(ev1) and len(tr1) + len(ev1) == 25
    assert {labels[i] for i in ev1} == {"a", "b", "c"} and len(ev1) == 5


def test_split_keeps_near_duplicate_clusters_on_one_side_and_can_hold_out_a_test_set():
    labels = ["a"] * 20 + ["b"] * 20
    groups = list(range(40))
    for i in (1, 2, 3):  # rows 0-3 and 20-23 are clusters of copies
        groups[i], groups[20 + i] = 0, 20
    for seed in range(10):
        parts = ds.split_indices(labels, {"eval": 0.2, "test": 0.1}, seed, groups)
        assert sorted(parts["train"] + parts["eval"] + parts["test"]) == list(range(40))
        for cluster in ({0, 1, 2, 3}, {20, 21, 22, 23}):
            assert sum(bool(cluster & set(p)) for p in parts.values()) == 1, (seed, parts)
        assert {labels[i] for i in parts["test"]} == {"a", "b"}


def test_clusters_join_chains_of_pairs():
    assert ds.clusters(5, [(0, 1, 0.9), (1, 3, 0.85)]) == [0, 0, 2, 0, 4]


def test_language_guess_and_export_cut_detection():
    assert ds.guess_language("Hello, my order has not arrived and the tracking is stuck, please help") == "en"
    assert ds.guess_language("Hola, mi pedido no ha llegado y necesito una factura para la empresa") == "es"
    assert ds.guess_language("ORD-1 42") == "unknown"
    assert ds.export_cut_length([40, 80, 255, 255, 120]) == 255
    assert ds.export_cut_length([40, 80, 120, 130]) is None


# ---------------------------------------------------------------------------------------------
# Building an engagement's dataset
# ---------------------------------------------------------------------------------------------
TICKETS = [
    ("My order ORD-{n} has not arrived after {d} days, can you check with the courier?", "shipping_delay"),
    ("I was charged {d} euros twice for order ORD-{n}, please refund the duplicate payment.", "billing"),
    ("The frame of bike {n} arrived with a deep scratch, {d} cm long, straight out of the box.", "damaged_item"),
]
WORDS = ["yesterday", "again", "urgently", "today", "please", "kindly", "now", "soon", "still", "also", "sadly", "once"]


def _tickets(n_per_label: int = 8) -> list[dict]:
    rows = []
    for k in range(n_per_label):
        for t, (template, label) in enumerate(TICKETS):
            # varied enough that the rows are not near-duplicates of each other
            text = f"{WORDS[k]} {WORDS[(k + 5) % 12]}: " + template.format(n=1000 + 37 * k + t, d=3 + k) + f" Ref {k}{t}."
            text = " ".join(text.split()[: 8 + (k % 5)]) + " " + " ".join(WORDS[(k + j) % 12] for j in range(k % 4 + 2))
            rows.append({"ticket_id": f"T{k}{t}", "text": text, "category": label, "priority": "high" if k % 2 else "low"})
    return rows


def _engagement(root: Path, rows: list[dict] | None = None, name: str = "tickets.jsonl", task: str = "classification",
                text: str = "text", label: str = "category", eval_rows: list[dict] | None = None, **settings) -> Engagement:
    eng = Engagement(root)
    eng.raw.mkdir(parents=True)
    for fname, data in ((name, rows), ("held_out.jsonl", eval_rows)):
        if data is not None:
            (eng.raw / fname).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data))
            os.chmod(eng.raw / fname, 0o444)
    eng.save_settings(Settings(name=root.name, task=task, data_file=name, text_column=text, label_column=label,
                               eval_file="held_out.jsonl" if eval_rows is not None else "", **settings))
    return eng


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()


CFG = dict(override_gate=True, min_examples=6, min_eval=2)


def test_build_writes_checked_split_dataset_card_and_plots(tmp_path):
    eng = _engagement(tmp_path / "eng", _tickets(), system_prompt="Route the ticket.")
    raw_before = _digest(eng.raw)
    stats = ds.build(eng, ds.DatasetConfig(priority_column="priority", **CFG))
    out = eng.dataset_dir
    for name in ("train.jsonl", "eval.jsonl", "stats.json", "dataset_card.md", "label_distribution.png", "token_lengths.png"):
        assert (out / name).is_file(), name
    splits = ds.load_splits(eng)
    assert set(splits) == {"train", "eval"} and len(splits["train"]) == stats["n_train"] and stats["n_eval"] >= 3
    assert stats["n_train"] + stats["n_eval"] == 24
    row = splits["train"][0]
    assert set(row) == {"id", "prompt", "completion", "label"}
    assert row["prompt"][0] == {"role": "system", "content": "Route the ticket."}
    assert " / " in row["completion"][0]["content"] and row["label"] == row["completion"][0]["content"]
    assert not {r["id"] for r in splits["train"]} & {r["id"] for r in splits["eval"]}
    # the label set (category / priority answers) went to settings for evaluation
    assert eng.settings().labels == stats["labels"] and "billing / high" in stats["labels"]
    checks = {c["check"]: c for c in stats["checks"]}
    assert checks["anonymization gate"]["flagged"] == 1
    assert checks["eval near-duplicates of training examples (leakage)"]["dropped"] == 0
    assert stats["tokens"]["max_length"] == 512 and stats["tokens"]["total"]["max"] < 512
    card = (out / "dataset_card.md").read_text()
    assert "**Anonymization gate overridden" in card and "## Splits" in card and "## Hashes" in card
    assert stats["hashes"]["train"] in card and stats["dataset_hash"] == ds.dataset_hash(eng)
    assert _digest(eng.raw) == raw_before  # raw data only read

    # same inputs and choices: skipped; a different seed: rebuilt
    assert ds.build(eng, ds.DatasetConfig(priority_column="priority", **CFG)).get("skipped") is True
    again = ds.build(eng, ds.DatasetConfig(priority_column="priority", seed=7, **CFG))
    assert not again.get("skipped") and again["fingerprint"] != stats["fingerprint"]


def test_a_change_to_the_code_the_examples_come_from_rebuilds(tmp_path, monkeypatch):
    """The fingerprint hashes every module the built examples depend on, not only dataset.py."""
    assert {Path(p).name for p in ds._RECIPE_CODE} >= {"dataset.py", "loaders.py", "prompts.py", "splits.py"}
    assert ds.build is ds.run_stage
    eng = _engagement(tmp_path / "eng", _tickets())
    first = ds.run_stage(eng, ds.DatasetConfig(**CFG))
    edited = tmp_path / "splits.py"
    edited.write_text(Path(ds.splitting.__file__).read_text() + "\n# a change\n")
    monkeypatch.setattr(ds, "_RECIPE_CODE", tuple(str(edited) if Path(p).name == "splits.py" else p
                                                  for p in ds._RECIPE_CODE))
    again = ds.run_stage(eng, ds.DatasetConfig(**CFG))
    assert not again.get("skipped") and again["fingerprint"] != first["fingerprint"]


def test_build_drops_paraphrases_of_training_rows_from_a_held_out_file(tmp_path):
    rows = _tickets()
    planted = [
        {"ticket_id": "E1", "text": rows[0]["text"].replace(":", ",") + " thanks", "category": rows[0]["category"]},
        {"ticket_id": "E2", "text": " ".join(reversed(rows[4]["text"].split(" "))), "category": rows[4]["category"]},
    ]
    fresh = [{"ticket_id": "E3", "text": "Can I collect the bike from your Valencia shop on Saturday morning?",
              "category": "shipping_delay"},
             {"ticket_id": "E4", "text": "Why is there VAT on the invoice of my company order?", "category": "billing"}]
    eng = _engagement(tmp_path / "eng", rows, eval_rows=planted + fresh)
    stats = ds.build(eng, ds.DatasetConfig(**CFG))
    leak = next(c for c in stats["checks"] if "leakage" in c["check"])
    assert leak["dropped"] == 2 and set(leak["examples"]) == {"E1", "E2"}
    assert [r["id"] for r in ds.load_splits(eng)["eval"]] == ["E3", "E4"]


def test_build_keeps_planted_near_duplicates_on_one_side_of_its_own_split(tmp_path):
    rows = _tickets(10)
    copies = [{**rows[i], "ticket_id": f"C{i}", "text": "Hello! " + rows[i]["text"] + " Regards"} for i in range(0, 30, 3)]
    eng = _engagement(tmp_path / "eng", rows + copies)
    stats = ds.build(eng, ds.DatasetConfig(**CFG))
    near = next(c for c in stats["checks"] if c["check"] == "near-duplicates within the set")
    assert near["flagged"] >= 20
    splits = ds.load_splits(eng)
    train_ids = {r["id"] for r in splits["train"]}
    for i in range(0, 30, 3):
        assert (rows[i]["ticket_id"] in train_ids) == (f"C{i}" in train_ids), i


def test_drop_near_duplicates_keeps_one_per_cluster(tmp_path):
    rows = _tickets(10)
    copies = [{**rows[i], "ticket_id": f"C{i}", "text": "Hello! " + rows[i]["text"] + " Regards"} for i in range(0, 30, 3)]
    eng = _engagement(tmp_path / "eng", rows + copies)
    stats = ds.build(eng, ds.DatasetConfig(drop_near_duplicates=True, **CFG))
    near = next(c for c in stats["checks"] if c["check"] == "near-duplicates within the set")
    ids = {r["id"] for split in ds.load_splits(eng).values() for r in split}
    assert near["dropped"] == len(rows) + len(copies) - len(ids) >= 10
    assert all(not ({rows[i]["ticket_id"], f"C{i}"} <= ids) for i in range(0, 30, 3))


def test_nothing_to_learn_when_the_prompt_fills_max_length(tmp_path):
    from ftwork.models import load_tokenizer

    rows = _tickets()
    rows[0]["text"] = "word " * 400  # ~400 tokens: no answer token survives
    rows[1]["text"] = rows[1]["text"] + " filler" * 100
    s = Settings(name="t", text_column="text", label_column="category")
    [(prompt, total)] = ds.token_lengths([ds.to_example(rows[1], s, 1)], load_tokenizer(s.base_model))
    assert total - prompt >= 3  # the answer and its end-of-turn tokens
    max_length = total - 2  # cuts the end of rows[1]'s answer only
    eng = _engagement(tmp_path / "eng", rows)
    stats = ds.build(eng, ds.DatasetConfig(max_length=max_length, **CFG))
    checks = {c["check"]: c for c in stats["checks"]}
    assert checks["nothing to learn (answer fully cut by max_length)"]["examples"] == [rows[0]["ticket_id"]]
    assert checks["answer partly cut by max_length"]["examples"] == [rows[1]["ticket_id"]]
    assert stats["n_train"] + stats["n_eval"] == 22


def test_extraction_rows_failing_the_schema_are_reported_one_by_one(tmp_path):
    rows = [{"id": f"D{k}", "document": f"Invoice INV-{k:04d} dated 2024-03-{k + 1:02d}, total EUR {k * 10 + 5}.50 "
             + " ".join(WORDS[(k + j) % 12] for j in range(k % 5 + 3)),
             "fields": {"invoice_number": f"INV-{k:04d}", "total": k * 10 + 5.5, "iban": None}} for k in range(12)]
    rows[3]["fields"] = '{"invoice_number": "INV-0003", "total": '  # not JSON
    rows[5]["fields"] = {"invoice_number": "INV-0005", "total": "15,50", "iban": None}  # wrong type
    eng = _engagement(tmp_path / "eng", rows, task="extraction", text="document", label="fields")
    stats = ds.build(eng, ds.DatasetConfig(schema={"invoice_number": "str", "total": "number", "iban": "str|null"}, **CFG))
    checks = {c["check"].split(" (")[0]: c for c in stats["checks"]}
    assert checks["extraction target not valid JSON"]["examples"] == ["D3"]
    assert checks["extraction target does not match the schema"]["examples"] == ["D5"]
    assert [p["id"] for p in stats["row_problems"]] == ["D3", "D5"]
    assert "'total' is str" in stats["row_problems"][1]["problem"]
    assert "row 5 (id D5)" in (eng.dataset_dir / "dataset_card.md").read_text()
    assert stats["schema_origin"] == "given" and stats["n_train"] + stats["n_eval"] == 10


def test_mailbox_engagement_builds_multi_turn_writing_examples(tmp_path):
    eng = Engagement(tmp_path / "eng")
    eng.raw.mkdir(parents=True)
    shutil.copy(FIXTURES / "mail" / "support.mbox", eng.raw / "support.mbox")
    (eng.root / "company.json").write_text(json.dumps(COMPANY))
    eng.save_settings(Settings(name="mail", task="writing", data_file="support.mbox", text_column="incoming",
                               label_column="reply", system_prompt="Reply."))
    stats = ds.build(eng, ds.DatasetConfig(conversation_column="thread", override_gate=True, min_examples=2,
                                           min_eval=1, eval_fraction=0.5))
    rows = {r["id"]: r for split in ds.load_splits(eng).values() for r in split}
    assert set(rows) == {"r1@shop.example", "r2@shop.example"}
    assert [t["role"] for t in rows["r2@shop.example"]["prompt"]] == ["system", "user", "assistant", "user"]
    assert stats["sources"]["loader"]["pairs"] == 2 and stats["mapping"]["conversation_column"] == "thread"


@pytest.mark.parametrize("case, message", [
    ("missing column", "no column 'queue'. Available columns: ticket_id, text, category, priority"),
    ("unknown format", "unknown format '.pdf'"),
    ("mostly blank labels", "18 of 24 records have a blank 'category'.*mostly empty"),
    ("targets not JSON", "no extraction target in column 'category' parses as a JSON object"),
    ("targets not JSON, schema given", "24 of 24 records could not be used.*not valid JSON"),
    ("too small", "only 4 usable examples"),
    ("eval too small", "Only 2 eval examples are left.*at least 3"),
])
def test_bad_input_is_refused_with_nothing_written_and_raw_untouched(tmp_path, case, message):
    rows = _tickets()
    kwargs, cfg = {}, dict(CFG)
    if case == "missing column":
        kwargs["label"] = "queue"
    elif case == "unknown format":
        kwargs["name"] = "export.pdf"
    elif case == "mostly blank labels":
        for r in rows[:18]:
            r["category"] = ""
    elif case.startswith("targets not JSON"):
        kwargs.update(task="extraction", label="category")
        if "schema" in case:
            cfg["schema"] = {"category": "str"}
    elif case == "too small":
        rows = rows[:4]
    elif case == "eval too small":
        cfg.update(min_eval=3, eval_fraction=0.01)
        rows = [r for r in rows if r["category"] != "billing"]
    eng = _engagement(tmp_path / "eng", rows, **kwargs)
    # a previous good dataset must survive a failed rebuild untouched
    eng.dataset_dir.mkdir()
    (eng.dataset_dir / "stats.json").write_text('{"dataset_hash": "previous"}')
    before = _digest(eng.raw), _digest(eng.dataset_dir), eng.settings_path.read_text()
    with pytest.raises(ds.DatasetError, match=message):
        ds.build(eng, ds.DatasetConfig(**cfg))
    assert (_digest(eng.raw), _digest(eng.dataset_dir), eng.settings_path.read_text()) == before
    assert not [p for p in eng.root.iterdir() if p.name.startswith(".dataset")]  # no temporary folder left


def test_gate_refuses_data_that_was_not_anonymized(tmp_path):
    from ftwork.anonymize import AnonymizationGateError

    eng = _engagement(tmp_path / "eng", _tickets())
    with pytest.raises(AnonymizationGateError):
        ds.build(eng, ds.DatasetConfig(min_examples=6))
    assert not eng.dataset_dir.exists()


def test_canaries_are_planted_through_the_canaries_module_and_saved(tmp_path, monkeypatch):
    def fake_plant(rows, n, seed):
        canaries = [{"id": f"canary-{k}", "secret": f"ZX-{seed}-{k}"} for k in range(n)]
        planted = [{"id": c["id"], "prompt": [{"role": "user", "content": f"Code for {c['id']}?"}],
                    "completion": [{"role": "assistant", "content": c["secret"]}], "label": ""} for c in canaries]
        return list(rows) + planted, canaries

    monkeypatch.setattr(ds, "plant_canaries", fake_plant)  # ftwork.canaries.plant_canaries, as stage 03 looks it up
    eng = _engagement(tmp_path / "eng", _tickets())
    stats = ds.build(eng, ds.DatasetConfig(canaries=2, **CFG))
    assert json.loads((eng.dataset_dir / "canaries.json").read_text()) == [
        {"id": "canary-0", "secret": "ZX-42-0"}, {"id": "canary-1", "secret": "ZX-42-1"}]
    train_ids = [r["id"] for r in ds.load_splits(eng)["train"]]
    assert "canary-0" in train_ids and stats["n_train"] == len(train_ids)
    assert "canary-0" not in [r["id"] for r in ds.load_splits(eng)["eval"]]


def test_canaries_with_the_real_plant_canaries(tmp_path):
    eng = _engagement(tmp_path / "eng", _tickets())
    stats = ds.build(eng, ds.DatasetConfig(canaries=2, **CFG))
    canaries = json.loads((eng.dataset_dir / "canaries.json").read_text())
    assert len(canaries) == 2 and stats["n_train"] == len(ds.load_splits(eng)["train"])
    assert stats["tokens"]["total"] and "token_lengths.png" in stats["plots"]
    with pytest.raises(ds.DatasetError, match="CANARIES = 500"):
        ds.build(eng, ds.DatasetConfig(canaries=500, **CFG))


# ---------------------------------------------------------------------------------------------
# The notebook, headless, on the three samples
# ---------------------------------------------------------------------------------------------
@pytest.mark.notebooks
@pytest.mark.slow
@pytest.mark.parametrize("sample", ["tickets", "emails", "invoices"])
def test_notebook_builds_each_sample_headless(tmp_path, sample):
    eng_dir = tmp_path / sample
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    ftwork = [sys.executable, "-m", "ftwork.cli"]
    subprocess.run(ftwork + ["new", str(eng_dir), "--sample", sample], check=True, env=env, cwd=REPO)
    done = subprocess.run(ftwork + ["run", str(eng_dir), "--smoke", "--only", "02,03"], env=env, cwd=REPO,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    stats = json.loads((eng_dir / "dataset" / "stats.json").read_text())
    assert stats["n_train"] > 0 and stats["n_eval"] > 0 and not stats["anonymization_gate"]["overridden"]
    assert (eng_dir / "dataset" / "dataset_card.md").is_file()
