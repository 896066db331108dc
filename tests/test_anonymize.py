"""Stage 02 – anonymization: recognizers, consistency, mapping, audit, gate, measured quality.

One Presidio/spaCy engine is loaded per process (cached in ftwork.pii.engine) and the Anonymizer
is module-scoped, so the whole file costs one model start-up.
"""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import stat
from pathlib import Path

import pytest

from ftwork import anonymize as A
from ftwork import ui
from ftwork.engagement import Engagement, Settings

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data_samples"


@pytest.fixture(scope="module")
def anon() -> A.Anonymizer:
    cfg = A.AnonymizeConfig(allow=["Brisa Bikes", "support@brisabikes.example", "brisabikes.example"], progress=False)
    return A.Anonymizer(cfg)


def spans(hits, text):
    return [text[s:e] for s, e, *_ in hits]


# ----------------------------------------------------------------------------- recognizers
def test_dni_nie_checksums():
    assert A.dni_valid("12345678Z") and A.dni_valid("12.345.678-Z") and A.dni_valid("ES12345678Z")
    assert not A.dni_valid("12345678A")
    assert A.dni_valid("X1234567L") and A.dni_valid("Y1234567X") and A.dni_valid("Z1234567R")
    assert not A.dni_valid("X1234567A")
    text = "DNI 12345678Z, otro 12345678A y NIE X1234567L."
    assert spans(A.find_national_ids(text), text) == ["12345678Z", "X1234567L"]


def test_cif_and_other_ids():
    assert A.cif_valid("B96887195") and A.cif_valid("A58818501") and not A.cif_valid("B96887196")
    text = "CIF B96887195, bad B96887196, NINO AB 12 34 56 C, SSN 123-45-6789"
    found = spans(A.find_national_ids(text), text)
    assert "B96887195" in found and "B96887196" not in found
    assert "AB 12 34 56 C" in found and "123-45-6789" in found


def test_iban_checksum_and_extent():
    text = "Pay ES91 2100 0418 4502 0005 1332 Thanks, or GB82WEST12345698765432. Wrong: ES91 2100 0418 4502 0005 1333"
    assert spans(A.find_ibans(text), text) == ["ES91 2100 0418 4502 0005 1332", "GB82WEST12345698765432"]


@pytest.mark.parametrize("country,number", [
    ("ES", "+34 612 34 56 78"), ("ES", "612 345 678"), ("ES", "91 123 45 67"), ("ES", "0034 612345678"),
    ("UK", "07700 900123"), ("UK", "+44 20 7946 0958"), ("UK", "+44 (0)113 496 0000"), ("UK", "0161 496 0000"),
    ("US", "(212) 555-0143"), ("US", "212-555-0143"), ("US", "+1 415 555 2671"),
    ("FR", "06 12 34 56 78"), ("FR", "+33 1 42 68 53 00"),
    ("DE", "030 12345678"), ("DE", "+49 30 12345678"), ("DE", "0171 1234567"),
    ("IT", "+39 347 123 4567"), ("IT", "06 1234 5678"), ("PT", "+351 912 345 678"), ("PT", "212 345 678"),
])
def test_phone_formats(country, number):
    text = f"Call me on {number} today."
    assert spans(A.find_phones(text), text) == [number], country


def test_phone_not_an_order_number_or_date():
    text = "Order number 612345678 was placed on 2024-03-15 at 10:30 for 1.250.000 EUR."
    assert all(score < 0.5 for *_, score in A.find_phones(text))


@pytest.mark.parametrize("address", [
    "Calle Mayor 12, 3º B, 28013 Madrid", "Avda. de la Constitución 45, 41001 Sevilla", "C/ San Vicente Mártir 7, 46002 Valencia",
    "12 Baker Street, London NW1 6XE", "Flat 3, 27 Elm Grove, Bristol BS7 8PU",
    "742 Maple Avenue, Springfield, IL 62704", "1180 Cedar St, Apt 5B, Portland, OR 97205",
])
def test_addresses(address):
    text = f"Please send it to {address} before Friday."
    assert address in spans(A.find_addresses(text), text)


def test_allow_list_is_anchored(anon):
    text = "Write to support@brisabikes.example, not john@brisabikes.example. Brisa Bikes thanks you."
    out = anon.anonymize([text]).texts[0]
    assert "support@brisabikes.example" in out and "Brisa Bikes" in out
    assert "john@brisabikes.example" not in out and "<EMAIL_1>" in out


def test_client_patterns_and_deny_list(tmp_path):
    deny = tmp_path / "deny.csv"
    deny.write_text("value,label\nGrupo Marván,ORG\nPepa Quintanilla,PERSON\n", encoding="utf-8")
    anon = A.Anonymizer(A.AnonymizeConfig(patterns={"CUSTOMER_ID": r"\bCUST-\d{6}\b"}, deny_list=str(deny), progress=False))
    r = anon.anonymize(["Cliente CUST-075175 de Grupo Marván; habló Pepa. Pepa Quintanilla firmó."])
    out = r.texts[0]
    assert "CUST-075175" not in out and "Grupo Marván" not in out and "Pepa" not in out
    assert "<CUSTOMER_ID_1>" in out and "<ORG_1>" in out and out.count("<PERSON_1>") == 2


# ----------------------------------------------------------------------------- consistency
def test_consistent_placeholders_across_documents(anon):
    texts = ["Laura Gómez Prieto wrote from laura.gomez@gmail.com about her bike.",
             "Mr Okafor called; Laura called back later.",
             "Laura Gómez Prieto again, phone 612 345 678.",
             "Second call from 612345678 (Laura)."]
    r = anon.anonymize(texts)
    assert r.texts[0].startswith("<PERSON_1> wrote from <EMAIL_1>")  # numbers follow reading order; the e-mail is hers
    assert r.texts[1] == "Mr <PERSON_2> called; <PERSON_1> called back later."  # first name alone joins the full name
    assert r.texts[2] == "<PERSON_1> again, phone <PHONE_1>."
    assert r.texts[3] == "Second call from <PHONE_1> (<PERSON_1>)."  # same number, other format
    assert r.mapping["<PERSON_1>"] == "Laura Gómez Prieto"


def test_deanonymize_round_trip(anon):
    texts = ["Dear Olivia Whitfield, your IBAN ES91 2100 0418 4502 0005 1332 and DNI 12345678Z are on file.",
             "Olivia Whitfield <olivia.whitfield@example.com> lives at 12 Baker Street, London NW1 6XE."]
    r = anon.anonymize(texts)
    assert [A.deanonymize(out, r.mapping) for out in r.texts] == texts
    # A placeholder restores the person's full name, whichever variant it replaced.
    r = anon.anonymize(["Olivia Whitfield called.", "Ms Whitfield called again."])
    assert A.deanonymize(r.texts[1], r.mapping) == "Ms Olivia Whitfield called again."


def test_surrogate_mode_is_realistic_consistent_and_reversible():
    anon = A.Anonymizer(A.AnonymizeConfig(mode="surrogate", progress=False, seed=1))
    texts = ["Hola, soy María García López (DNI 12345678Z, tel. 612 345 678).", "María volvió a llamar desde el 612 345 678."]
    r = anon.anonymize(texts, ["es", "es"])
    for value in ("María", "García", "12345678Z", "612 345 678"):
        assert all(value not in out for out in r.texts)
    fake_dni = re.search(r"\d{8}[A-Z]", r.texts[0]).group()
    assert A.dni_valid(fake_dni)
    fake_first = r.texts[1].split()[0]
    assert fake_first in r.texts[0]  # the same person keeps the same fake first name
    assert [A.deanonymize(out, r.mapping) for out in r.texts] == texts


_SURROGATE_SCRIPT = """
import json
from ftwork import anonymize as A
anon = A.Anonymizer(A.AnonymizeConfig(mode="surrogate", use_ner=False, progress=False, seed=7))
texts = ["Hola, soy María Fernández de la Vega Olmedo Ruiz (tel. 612 345 678).", "Firmado: Iñaki Etxeberria Goikoetxea",
         "Dear Mr Whitfield, this is Olivia Whitfield Ashworth Brennan again: olivia.whitfield@gmail.com"]
print(json.dumps(anon.anonymize(texts, ["es", "es", "en"]).texts))
"""


def test_surrogate_mode_is_the_same_in_every_process():
    """The fake names do not depend on set iteration order (PYTHONHASHSEED)."""
    import os
    import subprocess
    import sys

    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "HF_HUB_OFFLINE": "1", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
        done = subprocess.run([sys.executable, "-c", _SURROGATE_SCRIPT], env=env, capture_output=True, text=True,
                              cwd=REPO, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        outs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "Etxeberria" not in outs[0][1] and "Whitfield" not in outs[0][2]
    assert outs[0] == outs[1], outs


# ----------------------------------------------------------------------------- bad input
def test_empty_and_pii_only_texts(anon):
    r = anon.anonymize(["", "   ", None, "john.smith@example.com"])
    assert r.texts[:3] == ["", "   ", ""] and r.texts[3] == "<EMAIL_1>"
    assert r.stats["empty"] == 3 and r.stats["documents"] == 4


def test_long_documents_are_analysed_in_pieces():
    text = ("Filler text about bicycles and deliveries. " * 26_000) + "Contact: jane.doe@example.com, 612 345 678."
    assert len(text) > 1_000_000
    pieces = list(A.chunks(text))
    assert "".join(p for _, p in pieces) == text and all(len(p) <= A.CHUNK_CHARS for _, p in pieces)
    r = A.Anonymizer(A.AnonymizeConfig(use_ner=False, progress=False)).anonymize([text])
    assert r.texts[0].endswith("Contact: <EMAIL_1>, <PHONE_1>.") and r.stats["long"] == 1


def test_mixed_language_is_detected():
    lang, mixed = A.detect_language("Hello, please find the invoice attached. Hola, gracias por su pedido, "
                                    "le enviamos la factura que nos pidió y the delivery note for the order.")
    assert mixed


# ----------------------------------------------------------------------------- the stage
def _engagement(root: Path, name: str, task: str, data_file: str, text_column: str, label_column: str) -> Engagement:
    (root / "raw").mkdir(parents=True)
    shutil.copy(SAMPLES / data_file, root / "raw" / data_file)
    eng = Engagement(root)
    eng.save_settings(Settings(name=name, task=task, data_file=data_file, text_column=text_column,
                               label_column=label_column, language="en"))
    return eng


@pytest.fixture(scope="module")
def sample_engagements(tmp_path_factory):
    if not (SAMPLES / "samples.json").is_file():
        pytest.skip("data_samples/ not present")
    company = json.loads((SAMPLES / "samples.json").read_text(encoding="utf-8"))["company"]
    cfg = A.AnonymizeConfig.from_company(company, deny_list=str(SAMPLES / "deny_list.csv"), progress=False)
    root = tmp_path_factory.mktemp("engagements")
    out = {}
    for name, task, data_file, text_col, label_col in (
            ("tickets", "classification", "tickets.csv", "text", "category"),
            ("invoices", "extraction", "invoices.jsonl", "document", "fields")):
        eng = _engagement(root / name, name, task, data_file, text_col, label_col)
        out[name] = (eng, A.run_stage(eng, cfg), cfg)
    return out


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def test_no_original_value_left_in_the_sample_outputs(sample_engagements):
    for name, (eng, summary, _) in sample_engagements.items():
        mapping = A.load_mapping(eng)
        values = {e["original"] for e in mapping["entries"]} | {v for e in mapping["entries"] for v in e["variants"]}
        assert values, name
        outputs = []
        for fname in ("records.jsonl", "quarantine.jsonl"):
            for line in (eng.anonymized_dir / fname).read_text(encoding="utf-8").splitlines():
                outputs.extend(_strings(json.loads(line)))
        blob = "\n".join(outputs)
        leaked = [v for v in values if re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", blob)]
        assert not leaked, f"{name}: {leaked[:5]}"
        assert summary["rows"]["train"] == summary["written"]["train"] + summary["quarantined"]  # nothing lost


def test_stage_outputs_mapping_and_audit(sample_engagements):
    eng, summary, _ = sample_engagements["tickets"]
    mapping_path = eng.private / "mapping.json"
    assert stat.S_IMODE(mapping_path.stat().st_mode) == 0o600
    assert eng.anonymized_dir not in mapping_path.parents and eng.dataset_dir not in mapping_path.parents
    records = [json.loads(line) for line in (eng.anonymized_dir / "records.jsonl").read_text().splitlines()]
    raw = A.read_records(eng.raw / "tickets.csv")
    assert {r["category"] for r in records} <= {r["category"] for r in raw}  # labels untouched
    assert all(r["customer_email"].startswith("<EMAIL_") for r in records)  # pure-PII column replaced consistently
    mapping = A.load_mapping(eng)
    values = {e["original"] for e in mapping["entries"]} | {v for e in mapping["entries"] for v in e["variants"]}
    for fname in ("anonymization_audit.md", "anonymization_audit.json", "ANONYMIZED.json"):
        text = (eng.anonymized_dir / fname).read_text(encoding="utf-8")
        assert not [v for v in values if len(v) > 3 and v in text], fname
    audit = json.loads((eng.anonymized_dir / "anonymization_audit.json").read_text())
    assert audit["entities"]["by_label"]["PERSON"] > 100 and audit["versions"]["presidio-analyzer"]
    assert "## Replacements by recognizer" in (eng.anonymized_dir / "anonymization_audit.md").read_text()


def test_extraction_targets_keep_their_structure(sample_engagements):
    eng, _, _ = sample_engagements["invoices"]
    raw = A.read_records(eng.raw / "invoices.jsonl")
    records = [json.loads(line) for line in (eng.anonymized_dir / "records.jsonl").read_text().splitlines()]
    assert all(set(r["fields"]) == set(raw[0]["fields"]) for r in records)
    by_id = {r["id"]: r for r in raw}
    for rec in records:
        if rec["fields"]["iban"] and rec["fields"]["iban"].startswith("<IBAN_"):
            assert rec["fields"]["iban"] in rec["document"]  # same IBAN, same placeholder, compact or spaced
        assert rec["fields"]["total"] == by_id.get(rec["id"], rec)["fields"]["total"]


def _sample_people() -> set[str]:
    """The real people of the invoices sample, from the generator's own outputs (the oracle): every
    customer that is not a company, and the clients' contacts on the deny list."""
    rows = list(csv.reader(io.StringIO((SAMPLES / "deny_list.csv").read_text(encoding="utf-8"))))[1:]
    company = json.loads((SAMPLES / "samples.json").read_text(encoding="utf-8"))["company"]["name"]
    orgs = {v for v, label in rows if label == "ORG"} | {company}
    raw = A.read_records(SAMPLES / "invoices.jsonl")
    return {r["fields"]["customer_name"] for r in raw if r["fields"]["customer_name"] not in orgs} | {
        v for v, label in rows if label == "PERSON"}


def test_no_surname_of_the_invoices_sample_is_left(sample_engagements):
    eng, _, _ = sample_engagements["invoices"]
    people = _sample_people()
    surnames = {w for name in people for w in name.split()[1:] if w not in ("de", "del", "la", "las", "los", "y")}
    assert len(people) > 20 and any(len(name.split()) >= 3 for name in people)  # Spanish names with two surnames
    rx = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(surnames, key=len, reverse=True))) + r")(?!\w)")
    left = []
    for fname in ("records.jsonl", "quarantine.jsonl"):
        for line in (eng.anonymized_dir / fname).read_text(encoding="utf-8").splitlines():
            left += [m.group() for s in _strings(json.loads(line)) for m in rx.finditer(s)]
    assert not left, left[:10]
    records = [json.loads(line) for line in (eng.anonymized_dir / "records.jsonl").read_text().splitlines()]
    persons = [r for r in records if r["fields"]["customer_name"].startswith("<PERSON_")]
    assert len(persons) > 10
    for r in persons:  # the JSON target and the document name the same person with the same placeholder
        assert re.fullmatch(r"<PERSON_\d+>", r["fields"]["customer_name"]) and r["fields"]["customer_name"] in r["document"]


def test_spanish_names_are_replaced_whole(anon):
    texts = ["Cliente: Joaquina Plaza Rebollo\nNIF: 96201166D", "Destinatario: Susana Mas Belmonte",
             "Atendido por Juanita Sales Coello.\nFirmado: Ana Rebollo Plaza", "Dirección: Vial María Prats 29 Apt. 32, 30240 La Coruña"]
    out = anon.anonymize(texts, ["es"] * 4).texts
    for word in ("Plaza", "Rebollo", "Mas", "Belmonte", "Sales", "Coello", "Apt", "Coruña"):
        assert not any(word in t for t in out), (word, out)
    assert out[0].startswith("Cliente: <PERSON_") and out[0].split("\n")[0].endswith(">")
    # a surname that is also an allowed place name stays part of the name; the place alone stays
    town = A.Anonymizer(A.AnonymizeConfig(allow=["Valencia"], progress=False))
    assert town.anonymize(["Cliente: Rosa Valencia\nEnvío a Valencia"], ["es"]).texts == [
        "Cliente: <PERSON_1>\nEnvío a Valencia"]


def test_rerun_is_skipped_when_nothing_changed(sample_engagements):
    eng, _, cfg = sample_engagements["invoices"]
    assert A.run_stage(eng, cfg)["skipped"] is True


def test_gate(tmp_path, sample_engagements):
    eng = _engagement(tmp_path / "fresh", "fresh", "classification", "tickets.csv", "text", "category")
    with pytest.raises(A.AnonymizationGateError, match="02_anonymize"):
        A.check_gate(eng)
    over = A.check_gate(eng, override=True)
    assert over["overridden"] is True and over["notice"].startswith("**")
    done, _, _ = sample_engagements["tickets"]
    assert A.check_gate(done)["overridden"] is False


def test_gate_notices_changed_raw_data(tmp_path):
    eng = _engagement(tmp_path / "e", "e", "classification", "tickets.csv", "text", "category")
    (eng.raw / "tickets.csv").write_text("ticket_id,text,category\nT1,Call Ana on 612 345 678,billing\n", encoding="utf-8")
    A.run_stage(eng, A.AnonymizeConfig(progress=False))
    assert A.check_gate(eng)["overridden"] is False
    with open(eng.raw / "tickets.csv", "a", encoding="utf-8") as fh:
        fh.write("T2,More,billing\n")
    with pytest.raises(A.AnonymizationGateError, match="changed"):
        A.check_gate(eng)


def test_non_utf8_file_is_named_and_left_alone(tmp_path):
    eng = _engagement(tmp_path / "latin", "latin", "classification", "tickets.csv", "text", "category")
    raw = "ticket_id;text;category\r\nT1;Señora Núñez llamó, 12,50 €;billing\r\n".encode("cp1252")
    (eng.raw / "tickets.csv").write_bytes(raw)  # Excel's ';' CSV on a Spanish Windows: read as it is
    tables, read = A.read_inputs(eng)
    assert tables == {"train": [{"ticket_id": "T1", "text": "Señora Núñez llamó, 12,50 €", "category": "billing"}]}
    assert read["train"]["file"] == "raw/tickets.csv" and "semicolon-separated, Windows-1252" in read["train"]["read_as"]
    raw = raw + b"T2;\x81\x8d\x8f\x90\x9d;billing\r\n"  # bytes no supported encoding decodes
    (eng.raw / "tickets.csv").write_bytes(raw)
    with pytest.raises(A.AnonymizeInputError, match=r"tickets\.csv: cannot tell its encoding.*line 2.*--encoding"):
        A.run_stage(eng, A.AnonymizeConfig(progress=False))
    assert (eng.raw / "tickets.csv").read_bytes() == raw and not eng.anonymized_dir.exists()


def test_quarantine_and_review(tmp_path):
    eng = _engagement(tmp_path / "q", "q", "classification", "tickets.csv", "text", "category")
    (eng.raw / "tickets.csv").write_text(
        "ticket_id,text,category\nT1,Mi código es 8841 2299 3075 0012 4,billing\nT2,Todo bien,billing\n,,billing\n",
        encoding="utf-8")
    summary = A.run_stage(eng, A.AnonymizeConfig(progress=False))
    assert summary["quarantined"] == 1 and summary["written"]["train"] == 2  # the empty row is kept
    audit = json.loads((eng.anonymized_dir / "anonymization_audit.json").read_text())
    assert audit["quarantine"]["items"][0]["id"] == "train:0" and "held back" in audit["quarantine"]["status"]
    out = A.apply_review(eng, edits={"train:0": {"text": "Mi código es <CUSTOMER_ID_1>"}})
    assert out["released"] == 1 and out["remaining"] == 0
    assert len((eng.anonymized_dir / "records.jsonl").read_text().splitlines()) == 3
    assert A.check_gate(eng)["overridden"] is False  # the marker follows the review


def test_review_widget_accepts_a_flagged_text(anon):
    pytest.importorskip("ipywidgets")
    r = anon.anonymize(["Reference 8841 2299 3075 0012 4 is mine"])
    assert r.flagged == [0]
    box = ui.review_widget(r)
    buttons = box.children[3].children
    buttons[0].click()  # "Accept as is"
    assert r.flagged == []


def test_review_widget_shows_and_edits_every_training_field(tmp_path):
    pytest.importorskip("ipywidgets")
    eng = _engagement(tmp_path / "rv", "rv", "extraction", "invoices.jsonl", "document", "fields")
    rows = [{"id": "D1", "document": "Pedido para Rebollo Gutiérrez, 3 uds.\n  1  bici Brisa Carr    1.590,00",
             "fields": {"customer_name": "Rebollo Gutiérrez", "supplier": "Brisa Bikes", "total": 5.5}},
            {"id": "D2", "document": "Pedido normal", "fields": {"customer_name": "Brisa Bikes", "supplier": "x", "total": 1}}]
    (eng.raw / "invoices.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    A.run_stage(eng, A.AnonymizeConfig(progress=False, use_ner=False, allow=["Brisa Bikes", "Brisa Carrera"]))
    [q] = A.load_quarantine(eng)  # the residual scan looked at the structured fields too
    assert {(f["field"], tuple(f["path"])) for f in q["flags"]} == {("document", ()), ("fields", ("customer_name",))}
    box = ui.review_widget(eng)
    shown, editors, buttons = box.children[1].value, box.children[2].children, box.children[3].children
    boxes = {t.description: t for t in editors}
    assert set(boxes) == {"document", "fields.customer_name", "fields.supplier"}  # every string that goes to training
    # the surnames are highlighted, not the product name cut short by a fixed-width column ("Brisa Carr")
    assert re.findall(r"<mark[^>]*>([^<]*)</mark>", shown) == ["Rebollo Gutiérrez"] * 2
    boxes["document"].value = "Pedido para <PERSON_1>, 3 uds.\n  1  bici Brisa Carr    1.590,00"
    boxes["fields.customer_name"].value = "<PERSON_1>"
    buttons[1].click()  # "Save my edit"
    assert A.load_quarantine(eng) == []
    records = [json.loads(line) for line in (eng.anonymized_dir / "records.jsonl").read_text().splitlines()]
    d1 = next(r for r in records if r["id"] == "D1")
    assert d1["fields"] == {"customer_name": "<PERSON_1>", "supplier": "Brisa Bikes", "total": 5.5}
    assert d1["document"].startswith("Pedido para <PERSON_1>,") and "Rebollo" not in json.dumps(records)
    assert A.check_gate(eng)["overridden"] is False


# ----------------------------------------------------------------------------- measured quality
def test_eval_targets_on_the_labelled_set():
    report = A.evaluate_file(A.EVAL_FILE, A.eval_config(progress=False))
    assert report["documents"] >= 150 and set(report["by_lang"]) == {"en", "es"}
    for label, target in A.TARGETS.items():
        assert report["by_label"][label]["recall"] >= target, (label, report["by_label"][label])
    assert report["overall"]["precision"] >= A.TARGET_PRECISION
    assert A.targets_met(report) == []


def test_anonymize_eval_command(tmp_path, capsys):
    out = tmp_path / "scores.json"
    rc = A.anonymize_eval_command([str(A.EVAL_FILE), "--allow", "Nordhaven", "--pattern", r"CUSTOMER_ID=\bNH-C\d{5}\b",
                                   "--pattern", r"SHIPMENT_ID=\bSHP-\d{4}-\d{5}\b", "--pattern",
                                   r"INVOICE_ID=\bINV/\d{4}/\d{4}\b", "--deny-list",
                                   str(A.EVAL_FILE.parent / "pii_eval_deny_list.csv"), "--json", str(out)])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "PERSON" in printed and "OVERALL" in printed and "es " in printed
    data = json.loads(out.read_text())
    assert {"recall", "precision"} <= set(data["overall"]) and {"recall", "precision", "n"} <= set(data["by_label"]["PHONE"])
    assert set(data["by_lang"]) == {"en", "es"}


def test_eval_file_is_reproducible():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pii_eval", A.EVAL_FILE.parent / "make_pii_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = module.build()
    committed = [json.loads(line) for line in A.EVAL_FILE.read_text(encoding="utf-8").splitlines()]
    assert rows == committed
    for row in committed:
        for s in row["spans"]:
            assert row["text"][s["start"]:s["end"]].strip()


def test_card_numbers_are_presidios_recognizer(anon):
    texts = ["Charge card 3714 496353 98431 please", "Tarjeta 4111-1111-1111-1111, caduca 09/27",
             "Order 4111 1111 1111 1112 is not a card (Luhn)"]
    r = anon.anonymize(texts, ["en", "es", "en"])
    assert r.texts[0] == "Charge card <CARD_NUMBER_1> please" and r.texts[1].startswith("Tarjeta <CARD_NUMBER_2>,")
    assert r.findings[0][0].recognizer == "CreditCardRecognizer"
    assert not any(f.label == "CARD_NUMBER" for f in r.findings[2])


def test_timestamps_are_not_phone_numbers():
    from ftwork.anonymize import find_phones

    assert find_phones("created 2024-01-08 11:21") == []
    assert find_phones("on 08/01/2024 10:15 we called") == []
    assert find_phones("call me on 020 4993 2808")  # a real UK number still is one


def test_dashed_french_phone_is_still_a_phone():
    from ftwork.anonymize import find_phones

    assert find_phones("appelez-moi au 06-12-34-56-78")


def test_references_by_context_word_and_shape():
    from ftwork.pii.recognizers.references import find_references

    found = lambda t: [t[s:e] for s, e, *_ in find_references(t)]  # noqa: E731
    assert found("hi my policy no. is XP3V2G and the order. incident YN-0915-N ships") == ["XP3V2G", "YN-0915-N"]
    assert found("mi n.º de cliente es el lm/4471/b; Garantía ALB 2024 4575: cliente 607.064.506") == [
        "lm/4471/b", "ALB 2024 4575", "607.064.506"]
    assert found("| Ana Ruiz | 612 345 678 | acc-48121 |") == ["acc-48121"]
    # amounts, years, dates, quantities and product versions are not references
    assert found("pedido de 1.250 unidades, total 1.250,00 EUR, order 2024, invoice 12/03/2024, Version 2.3.1") == []
    assert found("| Sofa | 2 | 49,90 | 12/03/2024 |") == []


def test_companies_without_a_legal_form_and_names_as_forms_write_them():
    from ftwork.pii.recognizers.orgs import find_orgs
    from ftwork.pii.recognizers.persons import find_persons

    orgs = lambda t: {t[s:e] for s, e, *_ in find_orgs(t)}  # noqa: E731
    assert orgs("Talleres Ortiz S.A.S. sustituye a Distribuciones Montejo y a GLL Logística S.A. de C.V.") >= {
        "Talleres Ortiz S.A.S.", "Distribuciones Montejo", "GLL Logística S.A. de C.V."}
    assert orgs("work from Tennant & Sons. Employer: Copperleaf Logistics\n") == {"Tennant & Sons", "Copperleaf Logistics"}
    assert orgs("The Customer Services team; National Insurance number AB 12 34 56 C") == set()
    people = lambda t: {t[s:e] for s, e, *_ in find_persons(t, "es")}  # noqa: E731
    assert "MARTA ELENA MONTES DE OCA OLEA" in people("CLIENTE: MARTA ELENA MONTES DE OCA OLEA\nNIE: Z9448867N")
    assert "Donnelly, Abigail" in people("Name: Donnelly, Abigail\nEmployer: X")
    assert "jimena benítez y cordero" in people("[whatsapp] jimena benítez y cordero: buenas")
    assert {"Kirsty Sutherland", "Percival Donnelly", "Jerome Abbott"} <= people(
        "Present: Kirsty Sutherland, Percival Donnelly and Jerome Abbott.")
    assert "Florencia Del Valle Jaramillo" in people("persona de contacto Florencia Del Valle Jaramillo, correo")
    assert "Sevilla" not in people("Firmado: Ana Ruiz, Sevilla")


def test_names_the_lists_lack_found_by_what_surrounds_them():
    """A rare capitalised word (wordfreq: not an ordinary English or Spanish word) spoken to, owning
    something or doing what people do is a name; ordinary words in the same places are not."""
    from ftwork.pii.recognizers.persons import find_persons, rare

    people = lambda t, lang="en": {t[s:e] for s, e, *_ in find_persons(t, lang)}  # noqa: E731
    assert rare("Ruaridh") and rare("Yaretzi") and not rare("Sadly") and not rare("Meanwhile")
    assert "Ruaridh" in people("Reminder: Ruaridh, the booster for your dog is due.")
    assert "Wairimu" in people("Subject: Re: ref 44\n\nWairimu, can you deal with this one?")
    assert "Ngozika" in people("Per Ngozika's note, the results are in.")
    assert "Tiihonen" in people("Tiihonen called twice about the claim.")
    assert "Illari" in people("Recordatorio: Illari, la vacuna de tu perro toca el lunes.", "es")
    # ordinary words, determiners and products in the same places are not names
    assert not people("Sadly, your parcel is late. Meanwhile, can you check? Thanks, please wait.")
    assert not people("The Garmin's account was reset; my Wahoo's account too.")
    # names in lower case after a cue, every word rare; a particle inside ("el", "ben") stays part of the name
    assert "yaretzi condori" in people("new client yaretzi condori – phone 637 302 623")
    assert "ana belén goñi el amrani" in people("cliente nuevo ana belén goñi el amrani – tlf 020 3928 2494", "es")
    assert not people("new client wants a refund – phone later")
    assert "Maricruz El Amrani Benali" in people("el gato de Maricruz El Amrani Benali (cliente desde 2021)", "es")
    # two surnames where the second is an ordinary word, after a rare one; a particle after a title
    assert "Núria Yupanqui Bueno" in people("dice que Núria Yupanqui Bueno la atendió", "es")
    assert {"De Miguel", "De la Fuente"} <= people("Estimada Ing. De Miguel: ... Dña. De la Fuente", "es")
    assert "Ó Súilleabháin" in people("Mrs Ó Súilleabháin from NDP Holdings Ltd. asked")
    assert "van Dijk" in people("Sr. van Dijk llamó", "es")


def test_letters_of_central_european_romanian_turkish_and_vietnamese_names(anon):
    texts = ["Spoke with Şerban Ţurcanu about the renewal.", "Dear Mr Dvořák,", "Tomador: Ionuț Mădălin Popescu",
             "Cliente: Emre Yıldız Öztürk", "Our adjuster Nguyễn Thị Hương visited."]
    out = anon.anonymize(texts, ["en", "en", "es", "es", "en"]).texts
    for word in ("Şerban", "Ţurcanu", "Dvořák", "Mădălin", "Popescu", "Yıldız", "Öztürk", "Nguyễn", "Hương"):
        assert not any(word in t for t in out), (word, out)


def test_a_name_that_runs_into_a_company_keeps_its_own_words(anon):
    out = anon.anonymize(["Dña. Lobo y Fajardo de Talleres del Pacífico solicita un presupuesto."], ["es"])
    assert out.texts[0].startswith("Dña. <PERSON_") and " de <ORG_" in out.texts[0], out.texts


def test_codes_in_rows_of_an_export_that_hold_contact_details():
    from ftwork.pii.recognizers.references import find_references

    found = lambda t: [t[s:e] for s, e, *_ in find_references(t)]  # noqa: E731
    assert found("Iyer, Dafydd,dafydd-iyer@hotmail.com,+44 (0)113 553 3696,cli808222") == ["cli808222"]
    assert found("Ana Ruiz;ana@correo.es;020 6160 6692;INC7073313;C-40046") == ["INC7073313", "C-40046"]
    # no contact details in the row, or codes of digits only (postcodes, quantities): left alone
    assert found("Sofa Billy,BK2041X,2,49.90") == [] and found("Ana Ruiz,ana@correo.es,28013,3") == []
