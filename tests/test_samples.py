"""Checks on the Brisa Bikes sample data in data_samples/ (fast, no model)."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "data_samples"
GENERATED = ["tickets.csv", "emails.jsonl", "invoices.jsonl", "deny_list.csv", "samples.json"]
CATEGORIES = {"billing", "shipping_delay", "returns_refunds", "damaged_item",
              "product_question", "order_change", "account_access", "warranty_repair"}
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
IBAN_LENGTHS = {"ES": 24, "GB": 22, "DE": 22, "FR": 27, "IT": 27, "PT": 25}
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


def read_jsonl(name):
    return [json.loads(line) for line in (SAMPLES / name).read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def tickets():
    with open(SAMPLES / "tickets.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def emails():
    return read_jsonl("emails.jsonl")


@pytest.fixture(scope="module")
def invoices():
    return read_jsonl("invoices.jsonl")


@pytest.fixture(scope="module")
def all_text():
    return "\n".join((SAMPLES / n).read_text(encoding="utf-8") for n in ("tickets.csv", "emails.jsonl", "invoices.jsonl"))


def iban_ok(iban):
    iban = iban.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in iban[4:] + iban[:4])) % 97 == 1


# ----------------------------------------------------------------------------- files & determinism
def test_files_exist_and_parse(tickets, emails, invoices):
    for name in GENERATED + ["README.md", "generate.py"]:
        assert (SAMPLES / name).is_file(), name
    assert len(tickets) == 400
    assert list(tickets[0]) == ["ticket_id", "created", "customer_name", "customer_email", "subject", "text",
                                "category", "priority"]
    assert len(emails) == 120 and all(set(e) == {"id", "from_name", "from_email", "subject", "incoming", "reply"}
                                      for e in emails)
    assert len(invoices) == 120
    json.loads((SAMPLES / "samples.json").read_text(encoding="utf-8"))
    for name, rows in (("tickets", tickets), ("emails", emails), ("invoices", invoices)):
        ids = [r.get("ticket_id") or r["id"] for r in rows]
        assert len(set(ids)) == len(ids), f"duplicate ids in {name}"


def _faker_version_used():
    m = re.search(r'GENERATED_WITH_FAKER = "([^"]+)"', (SAMPLES / "generate.py").read_text(encoding="utf-8"))
    return m.group(1)


def _run_generator(out):
    subprocess.run([sys.executable, str(SAMPLES / "generate.py"), "--out", str(out)], check=True, capture_output=True)
    return {n: (out / n).read_bytes() for n in GENERATED}


def test_regeneration_is_byte_identical(tmp_path):
    import faker

    first = _run_generator(tmp_path / "a")
    if faker.VERSION == _faker_version_used():
        for name, data in first.items():
            assert data == (SAMPLES / name).read_bytes(), f"{name} differs from a fresh `generate.py` run"
    else:  # another Faker may draw other names: still require run-to-run determinism
        assert _run_generator(tmp_path / "b") == first
        pytest.skip(f"Faker {faker.VERSION} != {_faker_version_used()}: committed files not compared")


# ----------------------------------------------------------------------------- checksums
def test_dni_nie_check_letters(all_text):
    dnis = re.findall(r"\b(\d{8})-?([A-Z])\b", all_text)
    nies = re.findall(r"\b([XYZ])-?(\d{7})-?([A-Z])\b", all_text)
    assert len(dnis) >= 20 and len(nies) >= 10
    for num, letter in dnis:
        assert DNI_LETTERS[int(num) % 23] == letter, num + letter
    for prefix, num, letter in nies:
        assert DNI_LETTERS[int(str("XYZ".index(prefix)) + num) % 23] == letter, prefix + num + letter


def test_ibans_pass_mod97(all_text, invoices):
    found = []
    for m in re.finditer(r"\b(ES|GB|DE|FR|IT|PT)(\d{2}(?: ?[A-Z0-9]){10,32})", all_text):
        compact = (m.group(1) + m.group(2)).replace(" ", "")
        if len(compact) >= IBAN_LENGTHS[m.group(1)]:
            found.append(compact[:IBAN_LENGTHS[m.group(1)]])
    assert len(found) >= 50
    bad = [i for i in found if not iban_ok(i)]
    assert not bad, bad[:5]
    for inv in invoices:
        if inv["fields"]["iban"]:
            assert iban_ok(inv["fields"]["iban"]) and " " not in inv["fields"]["iban"]


# ----------------------------------------------------------------------------- tickets
def test_ticket_categories_and_priorities(tickets):
    counts = {c: sum(t["category"] == c for t in tickets) for c in CATEGORIES}
    assert {t["category"] for t in tickets} == CATEGORIES
    assert all(35 <= n <= 70 for n in counts.values()), counts
    assert {t["priority"] for t in tickets} == {"low", "normal", "high", "urgent"}


def test_ticket_texts_unique_short_and_personal(tickets):
    texts = [t["text"] for t in tickets]
    assert len(set(texts)) == len(texts)
    words = [len(t.split()) for t in texts]
    assert max(words) <= 70 and sum(words) / len(words) >= 18
    pii = re.compile(r"@|\+\d{2}|\b0\d{3,4} |\bORD-\d{4}-\d{5}\b|\bCUST-\d{6}\b|\b[A-Z]{2}\d{2} ?\d{4}")
    personal = [t for t in tickets if pii.search(t["text"]) or t["customer_name"].split()[0] in t["text"]]
    assert len(personal) >= 0.8 * len(tickets)
    spanish = [t for t in tickets if re.search(r"¿|\b(pedido|cuenta|Hola|Gracias|Saludos|mi|el)\b", t["text"])]
    assert 0.05 * len(tickets) <= len(spanish) <= 0.15 * len(tickets)


# ----------------------------------------------------------------------------- e-mails
def test_email_replies_follow_house_style(emails):
    spanish = 0
    for e in emails:
        reply = e["reply"]
        if reply.startswith("Estimad"):
            spanish += 1
            assert re.match(r"Estimad[oa] Sr[a]?\. \S[^\n]*:\n", reply), reply[:40]
            assert reply.endswith("Atentamente,\nEl equipo de Atención al Cliente de Brisa Bikes")
        else:
            assert re.match(r"Dear (Mr|Ms|Mrs|Dr) \S[^\n]*,\n", reply), reply[:40]
            assert reply.endswith("Kind regards,\nThe Brisa Bikes Customer Care Team")
        assert 60 <= len(reply.split()) <= 120
        assert not re.search(r"\bHey\b|No worries|ASAP", reply, re.I)
        assert e["from_name"].split()[0] in e["incoming"], e["id"]
    other_pii = [e for e in emails if re.search(r"@|\+\d|\bORD-|\bCUST-|\d{3} \d{3}", e["incoming"])]
    assert len(other_pii) >= 0.7 * len(emails)
    assert 0.15 * len(emails) <= spanish <= 0.25 * len(emails)


# ----------------------------------------------------------------------------- invoices
def _date_forms(d):
    return {f"{d:%Y-%m-%d}", f"{d:%d/%m/%Y}", f"{d:%d-%m-%Y}", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
            f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"}


def _money_forms(x):
    en = f"{x:,.2f}"
    es = en.replace(",", "_").replace(".", ",").replace("_", ".")
    return {en, es, f"{x:.2f}", f"{x:.2f}".replace(".", ",")}


def test_invoice_fields_recoverable(invoices):
    layouts = set()
    for inv in invoices:
        doc, f = inv["document"], inv["fields"]
        assert set(f) == {"invoice_number", "date", "supplier", "customer_name", "customer_tax_id", "total",
                          "currency", "iban"}
        assert 8 <= len(doc.splitlines()) <= 20, inv["id"]
        for key in ("invoice_number", "supplier", "customer_name", "customer_tax_id"):
            assert f[key] in doc, (inv["id"], key)
        assert any(s in doc for s in _date_forms(dt.date.fromisoformat(f["date"]))), inv["id"]
        assert isinstance(f["total"], float) and any(s in doc for s in _money_forms(f["total"])), inv["id"]
        assert f["currency"] in ("EUR", "GBP") and (f["currency"] in doc or {"EUR": "€", "GBP": "£"}[f["currency"]] in doc)
        if f["iban"] is not None:
            assert f["iban"] in doc.replace(" ", ""), inv["id"]
        layouts.add(doc.splitlines()[0][:10] if f["supplier"] == "Brisa Bikes S.L." else doc.splitlines()[3][:6])
    assert len(layouts) >= 6, layouts
    kinds = " ".join(i["document"] for i in invoices)
    assert all(k in kinds for k in ("INVOICE", "FACTURA", "DELIVERY NOTE", "ALBARÁN"))


# ----------------------------------------------------------------------------- deny list & registry
def test_deny_list_values_appear(all_text):
    with open(SAMPLES / "deny_list.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["label"] for r in rows} == {"ORG", "PERSON"}
    for r in rows:
        assert r["value"] in all_text, r["value"]


def test_samples_registry(tickets, emails, invoices):
    reg = json.loads((SAMPLES / "samples.json").read_text(encoding="utf-8"))
    company = reg["company"]
    assert company["name"] == "Brisa Bikes S.L."
    assert {"Brisa Bikes", "brisabikes.example", "support@brisabikes.example"} <= set(company["allow"])
    text = {"tickets": " ".join(t["text"] for t in tickets), "emails": " ".join(e["incoming"] for e in emails),
            "invoices": " ".join(i["document"] for i in invoices)}
    for key, sample in (("CUSTOMER_ID", "tickets"), ("ORDER_ID", "tickets"), ("INVOICE_ID", "invoices")):
        assert re.search(company["patterns"][key], text[sample]), key
    rows = {"tickets": tickets[0], "emails": emails[0], "invoices": invoices[0]}
    tasks = {"tickets": "classification", "emails": "writing", "invoices": "extraction"}
    for name, task in tasks.items():
        s = reg[name]
        assert {"file", "task", "text_column", "label_column", "language", "description", "system_prompt",
                "client_prompt"} <= set(s)
        assert s["task"] == task and (SAMPLES / s["file"]).is_file()
        assert s["text_column"] in rows[name] and s["label_column"] in rows[name]
        assert len(s["system_prompt"].split()) <= 20
        assert 250 <= len(s["client_prompt"].split()) <= 400, name
    assert all(c in reg["tickets"]["client_prompt"] for c in CATEGORIES)
