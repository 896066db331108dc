"""The fair baseline (Presidio configured for English and Spanish through its public providers) and the
held-out labelled set that nothing was tuned on."""
from __future__ import annotations

import importlib.util
import inspect
import json
import re
import sys

import pytest

from ftwork.pii import quality as Q


def test_baseline_is_presidio_configured_for_english_and_spanish():
    nlp, registry = Q.baseline_config(["en", "es"])
    assert [m["lang_code"] for m in nlp["models"]] == ["en", "es"]
    assert "ORGANIZATION" not in nlp["ner_model_configuration"]["labels_to_ignore"]
    analyzer = Q.baseline_analyzer()
    loaded = {(r.name, r.supported_language) for r in analyzer.registry.recognizers}
    for name in ("EsNifRecognizer", "EsNieRecognizer", "UkNinoRecognizer", "EmailRecognizer", "IbanRecognizer",
                 "CreditCardRecognizer", "SpacyRecognizer"):
        assert {(name, "en"), (name, "es")} <= loaded, name
    phones = [r for r in analyzer.registry.recognizers if r.name == "PhoneRecognizer"]
    assert phones and all({"ES", "GB", "US", "IT", "PT"} <= set(r.supported_regions) for r in phones)
    text = "Mi DNI es 12345678Z y mi móvil 612 345 678."
    found = {label for _, _, label in Q.presidio_spans([text], ["es"])[0]}
    assert {"ES_NIF", "PHONE_NUMBER"} <= found
    # public APIs only: no private attribute of Presidio's engines is touched
    for fn in (Q.baseline_config, Q.baseline_analyzer, Q.presidio_spans):
        assert not re.search(r"\.\s*_[a-z]", inspect.getsource(fn)), fn.__name__


def _generator(name: str):
    """One of the labelled sets' generator scripts (ftwork/pii_eval/<name>.py), imported as its own module."""
    folder = Q.EVAL_FILE.parent
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(folder))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(folder))
    return module


def test_holdout_file_is_reproducible_and_apart_from_the_tuned_set():
    module = _generator("make_pii_holdout")
    committed = [json.loads(line) for line in Q.HOLDOUT_FILE.read_text(encoding="utf-8").splitlines()]
    assert module.build() == committed
    tuned = Q.EVAL_FILE.read_text(encoding="utf-8")
    people = {r["text"][s["start"]:s["end"]] for r in committed for s in r["spans"] if s["label"] == "PERSON"}
    assert len(people) > 60 and not [p for p in people if " " in p and p in tuned]  # no person of the tuned set
    assert sum(len(p.split()) >= 4 for p in people) > 10  # compound given names and two surnames


def test_dev_file_is_reproducible_and_apart_from_the_other_sets():
    module = _generator("make_pii_dev")
    committed = [json.loads(line) for line in Q.DEV_FILE.read_text(encoding="utf-8").splitlines()]
    assert module.build() == committed
    others = Q.EVAL_FILE.read_text(encoding="utf-8") + Q.HOLDOUT_FILE.read_text(encoding="utf-8")
    gold = [(s["label"], r["text"][s["start"]:s["end"]]) for r in committed for s in r["spans"]]
    people = {v for label, v in gold if label == "PERSON"}
    assert len(people) > 100 and not [p for p in people if len(p.split()) >= 3 and p in others]
    assert any(p.isupper() for p in people) and any(p.islower() for p in people) and any(", " in p for p in people)
    assert sum(len(p.split()) >= 4 for p in people) > 10  # compound given names, two surnames, particles
    orgs = {v for label, v in gold if label == "ORG"}
    assert any(v.endswith(("S.L.", "S.A.", "Ltd", "LLC", "GmbH", "Inc.")) for v in orgs) and any(
        not re.search(r"\b(?:S\.|Ltd|LLC|GmbH|Inc|plc|LLP)", v) for v in orgs)


def test_dev2_file_is_reproducible_apart_and_mostly_outside_the_lexicon():
    from ftwork.pii.recognizers.lexicon import faker_names
    from ftwork.pii.recognizers.persons import fold, is_particle

    module = _generator("make_pii_dev2")
    committed = [json.loads(line) for line in Q.DEV2_FILE.read_text(encoding="utf-8").splitlines()]
    assert module.build() == committed
    others = "".join(f.read_text(encoding="utf-8") for f in (Q.EVAL_FILE, Q.DEV_FILE, Q.HOLDOUT_FILE))
    people = {r["text"][s["start"]:s["end"]] for r in committed for s in r["spans"] if s["label"] == "PERSON"}
    assert len(people) > 150 and not [p for p in people if len(p.split()) >= 3 and p in others]
    known = faker_names()[0] | faker_names()[1]
    unknown = [p for p in people if any(fold(w) not in known for w in p.split() if not is_particle(w.lower()))]
    assert len(unknown) > len(people) / 2  # most names hold a word Faker's name lists do not


def test_names_orgs_and_references_on_the_sets_tuned_on():
    """PERSON, ORG and reference recall targets, per language, on the two sets the recognizers were
    first developed on (pii_eval, pii_dev); pii_dev2 has its own test below, the held-out set's figures are in
    docs/PERFORMANCE.md."""
    for path, config in ((Q.EVAL_FILE, Q.EVAL_CONFIG_FILE), (Q.DEV_FILE, Q.DEV_CONFIG_FILE)):
        report = Q.evaluate_file(path, Q.eval_config(config, progress=False))
        for lang, cells in report["by_lang_label"].items():
            for label in ("PERSON", "ORG", "CUSTOMER_ID"):
                assert cells[label]["recall"] >= Q.TARGETS[label], (path.name, lang, label, cells[label])
        assert report["overall"]["precision"] >= Q.TARGET_PRECISION


def test_names_outside_the_lexicon_on_the_second_dev_set():
    """pii_dev2 (names Faker's locales of the seven countries do not hold, new contexts) measured PERSON 0.822
    when it was written, 0.944 after a first round of work and 1.000 after the second (Spanish 0.981 without
    the optional Spanish spaCy model), references 0.914 -> 1.000: its targets hold, per language."""
    report = Q.evaluate_file(Q.DEV2_FILE, Q.eval_config(Q.DEV2_CONFIG_FILE, progress=False))
    for lang, cells in report["by_lang_label"].items():
        for label in ("PERSON", "ORG", "CUSTOMER_ID"):
            assert cells[label]["recall"] >= Q.TARGETS[label], (lang, label, cells[label])
    assert report["overall"]["precision"] >= 0.99


def test_independent_set_is_reproducible_and_apart():
    module = _generator("make_pii_dev3")
    committed = [json.loads(line) for line in Q.DEV3_FILE.read_text(encoding="utf-8").splitlines()]
    assert module.generate() == committed
    others = "".join(f.read_text(encoding="utf-8") for f in (Q.EVAL_FILE, Q.DEV_FILE, Q.DEV2_FILE, Q.HOLDOUT_FILE))
    people = {r["text"][s["start"]:s["end"]] for r in committed for s in r["spans"] if s["label"] == "PERSON"}
    assert len(people) > 500 and len([p for p in people if len(p.split()) >= 3 and p in others]) < 10


def test_the_independent_set_keeps_what_was_gained():
    """pii_dev3, written by an author who never saw the recognizers, measured PERSON 0.765, references 0.776 and
    precision 0.916 with the recognizers of 2026-12-01; 0.899 / 0.944 / 0.923 after the first work on it, and
    0.963 / 1.000 / 0.958 with ORG 0.955 after the second (docs/PERFORMANCE.md). This keeps what was gained."""
    report = Q.evaluate_file(Q.DEV3_FILE, Q.AnonymizeConfig(progress=False))
    for lang, cells in report["by_lang_label"].items():
        assert cells["PERSON"]["recall"] >= 0.95, (lang, cells["PERSON"])
        assert cells["CUSTOMER_ID"]["recall"] >= 0.99, (lang, cells["CUSTOMER_ID"])
        for label in ("EMAIL", "IBAN", "PHONE", "NATIONAL_ID"):
            assert cells[label]["recall"] == 1.0, (lang, label)
    assert report["by_label"]["ORG"]["recall"] >= 0.95
    assert report["overall"]["precision"] >= 0.95


@pytest.mark.parametrize("name", ["make_pii_dev4", "make_pii_dev5", "make_pii_dev6", "make_pii_dev7", "make_pii_dev8",
                                  "make_pii_dev9", "make_pii_dev10", "make_pii_dev11", "make_pii_dev12",
                                  "make_pii_dev13", "make_pii_dev14", "make_pii_dev15", "make_pii_dev16",
                                  "make_pii_dev17"])
def test_more_independent_sets_are_reproducible_and_apart(name):
    module = _generator(name)
    path = {"4": Q.DEV4_FILE, "5": Q.DEV5_FILE, "6": Q.DEV6_FILE, "7": Q.DEV7_FILE, "8": Q.DEV8_FILE,
            "9": Q.DEV9_FILE, "10": Q.DEV10_FILE, "11": Q.DEV11_FILE, "12": Q.DEV12_FILE,
            "13": Q.DEV13_FILE, "14": Q.DEV14_FILE, "15": Q.DEV15_FILE, "16": Q.DEV16_FILE,
            "17": Q.DEV17_FILE}[name.rsplit("dev", 1)[1]]
    committed = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert module.generate() == committed
    others = "".join(f.read_text(encoding="utf-8") for f in (Q.EVAL_FILE, Q.DEV_FILE, Q.DEV2_FILE, Q.DEV3_FILE,
                                                                Q.HOLDOUT_FILE))
    people = {r["text"][s["start"]:s["end"]] for r in committed for s in r["spans"] if s["label"] == "PERSON"}
    assert len(people) > 400 and len([p for p in people if len(p.split()) >= 3 and p in others]) < 10


# Floors a little under what was measured after round 4 (docs/PERFORMANCE.md; the Spanish spaCy model makes at
# most 0.01 of difference here): pii_dev4 measured PERSON 0.791 and pii_dev5 0.835 with the recognizers of
# 2026-12-01, and 0.822 / 0.873 after the work on pii_dev3, before their misses were read.
_FLOORS = {"pii_dev4.jsonl": {"PERSON": 0.94, "ORG": 0.83, "CUSTOMER_ID": 0.98, "PHONE": 0.98, "NATIONAL_ID": 0.98,
                              "precision": 0.96},
           "pii_dev5.jsonl": {"PERSON": 0.94, "ORG": 0.90, "CUSTOMER_ID": 0.98, "PHONE": 0.99, "NATIONAL_ID": 0.99,
                              "precision": 0.95},
           # pii_dev6 measured PERSON 0.903, ORG 0.692, references 0.821, phones 0.975, national IDs 0.814 and
           # precision 0.921 when it was written (before its misses were read); 0.940 / 0.918 / 0.924 / 1.000 /
           # 1.000 / 0.917 after the work on it (2026-12-03). Short of the targets still: floors, not targets.
           "pii_dev6.jsonl": {"PERSON": 0.91, "ORG": 0.89, "CUSTOMER_ID": 0.90, "PHONE": 0.99, "NATIONAL_ID": 0.99,
                              "precision": 0.90},
           # pii_dev7 measured PERSON 0.936, ORG 0.806, references 0.868, phones 0.966, precision 0.963 unseen (with
           # the code after the work on pii_dev6); 0.965 / 0.806 / 0.905 / 1.000 / 0.963 after a first look
           "pii_dev7.jsonl": {"PERSON": 0.93, "ORG": 0.78, "CUSTOMER_ID": 0.88, "PHONE": 0.99, "NATIONAL_ID": 0.99,
                              "precision": 0.95},
           # pii_dev8 measured PERSON 0.935 (en 0.947, es 0.921), ORG 0.656, references 0.902, phones 0.992, national
           # IDs 0.761, precision 0.985 unseen (2026-12-04, with the code after the work on pii_dev6 and pii_dev7)
           "pii_dev8.jsonl": {"PERSON": 0.91, "ORG": 0.63, "CUSTOMER_ID": 0.88, "PHONE": 0.98, "NATIONAL_ID": 0.74,
                              "precision": 0.95},
           # pii_dev9 measured PERSON 0.953 (en 0.941, es 0.965), ORG 0.583, references 0.899, phones 0.989, national
           # IDs 0.847, precision 0.962 unseen (2026-12-04, with the code after the first work on pii_dev8)
           "pii_dev9.jsonl": {"PERSON": 0.92, "ORG": 0.55, "CUSTOMER_ID": 0.87, "PHONE": 0.97, "NATIONAL_ID": 0.82,
                              "precision": 0.94},
           # pii_dev10 measured PERSON 0.950 (en 0.936, es 0.963), ORG 0.599, references 0.803, phones 0.993, national
           # IDs 0.814, precision 0.968 unseen (2026-12-04, with the code after the work on pii_dev8, dev9 and dev11)
           "pii_dev10.jsonl": {"PERSON": 0.91, "ORG": 0.57, "CUSTOMER_ID": 0.78, "PHONE": 0.98, "NATIONAL_ID": 0.79,
                               "precision": 0.94},
           # pii_dev11 measured PERSON 0.911 (en 0.930, es 0.893), ORG 0.458, references 0.825, phones 1.000, national
           # IDs 0.933, precision 0.893 unseen (2026-12-04, with the code after the work on pii_dev8 and pii_dev9)
           "pii_dev11.jsonl": {"PERSON": 0.87, "ORG": 0.43, "CUSTOMER_ID": 0.80, "PHONE": 0.98, "NATIONAL_ID": 0.91,
                               "precision": 0.87},
           # pii_dev12 measured PERSON 0.941 (en 0.924, es 0.955), ORG 0.685, references 0.932, phones 1.000, national
           # IDs 0.925, precision 0.954 unseen (2026-12-04, with the code of 8b89e30)
           "pii_dev12.jsonl": {"PERSON": 0.90, "ORG": 0.66, "CUSTOMER_ID": 0.91, "PHONE": 0.98, "NATIONAL_ID": 0.90,
                               "precision": 0.93},
           # pii_dev13 measured PERSON 0.917 (en 0.894, es 0.943), ORG 0.655, references 0.948, phones 0.963, national
           # IDs 0.911, IBAN 0.824 (Dominican and Guatemalan IBANs unknown), precision 0.955 unseen (the same code)
           "pii_dev13.jsonl": {"PERSON": 0.87, "ORG": 0.63, "CUSTOMER_ID": 0.92, "PHONE": 0.95, "NATIONAL_ID": 0.89,
                               "precision": 0.93},
           # pii_dev14 measured PERSON 0.972 (en 0.976, es 0.969), ORG 0.749, references 0.818, phones 1.000, national
           # IDs 0.982, precision 0.976 unseen (2026-12-04, with the code of 4ea468e; 0.966 with that of 666e36b)
           "pii_dev14.jsonl": {"PERSON": 0.94, "ORG": 0.72, "CUSTOMER_ID": 0.79, "PHONE": 0.98, "NATIONAL_ID": 0.95,
                               "precision": 0.95},
           # pii_dev15 measured PERSON 0.957 (en 0.950, es 0.964), ORG 0.792, references 0.927, phones 1.000, national
           # IDs 0.955, precision 0.957 unseen (the same code; PERSON 0.956 with that of 666e36b)
           "pii_dev15.jsonl": {"PERSON": 0.92, "ORG": 0.76, "CUSTOMER_ID": 0.90, "PHONE": 0.98, "NATIONAL_ID": 0.92,
                               "precision": 0.93},
           # pii_dev16 measured PERSON 0.934 (en 0.930, es 0.940), ORG 0.542, references 0.944, phones 0.985, national
           # IDs 0.979, precision 0.956 unseen (2026-12-04, with the code of b184338; PERSON 0.929 with that of 98fc1f0)
           "pii_dev16.jsonl": {"PERSON": 0.91, "ORG": 0.50, "CUSTOMER_ID": 0.91, "PHONE": 0.96, "NATIONAL_ID": 0.95,
                               "precision": 0.93},
           # pii_dev17 measured PERSON 0.867 (en 0.783: user names in IT logs and chats, es 0.964), ORG 0.725, references
           # 0.914, phones 1.000, national IDs 0.989, precision 0.943 unseen (the same code; the same with 98fc1f0)
           "pii_dev17.jsonl": {"PERSON": 0.92, "ORG": 0.69, "CUSTOMER_ID": 0.88, "PHONE": 0.98, "NATIONAL_ID": 0.95,
                               "precision": 0.92}}


@pytest.mark.parametrize("path", [Q.DEV4_FILE, Q.DEV5_FILE, Q.DEV6_FILE, Q.DEV7_FILE, Q.DEV8_FILE,
                                  Q.DEV9_FILE, Q.DEV10_FILE, Q.DEV11_FILE, Q.DEV12_FILE, Q.DEV13_FILE, Q.DEV14_FILE,
                                  Q.DEV15_FILE, Q.DEV16_FILE, Q.DEV17_FILE],
                         ids=["dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14",
                              "dev15", "dev16", "dev17"])
def test_the_newer_sets_keep_what_was_gained(path):
    floors = _FLOORS[path.name]
    report = Q.evaluate_file(path, Q.AnonymizeConfig(progress=False))
    for lang, cells in report["by_lang_label"].items():
        assert cells["PERSON"]["recall"] >= floors["PERSON"], (lang, cells["PERSON"])
        assert cells["EMAIL"]["recall"] == 1.0 and cells["IBAN"]["recall"] == 1.0, lang
    for label in ("ORG", "CUSTOMER_ID", "PHONE", "NATIONAL_ID"):
        assert report["by_label"][label]["recall"] >= floors[label], (label, report["by_label"][label])
    assert report["overall"]["precision"] >= floors["precision"]


@pytest.mark.parametrize("path,config", [(Q.EVAL_FILE, Q.EVAL_CONFIG_FILE), (Q.DEV_FILE, Q.DEV_CONFIG_FILE),
                                         (Q.DEV2_FILE, Q.DEV2_CONFIG_FILE), (Q.HOLDOUT_FILE, Q.HOLDOUT_CONFIG_FILE)])
def test_structured_targets_and_precision_on_every_set(path, config):
    """The targets that hold on all three sets; PERSON and ORG recall on the held-out set are reported in
    docs/PERFORMANCE.md, not asserted."""
    report = Q.evaluate_file(path, Q.eval_config(config, progress=False))
    assert set(report["by_lang"]) == {"en", "es"}
    for lang, cells in report["by_lang_label"].items():
        for label in ("EMAIL", "PHONE", "IBAN", "NATIONAL_ID"):
            if label in cells:  # pii_dev has no national IDs in English
                assert cells[label]["recall"] >= Q.TARGETS[label], (lang, label, cells[label])
    assert report["overall"]["precision"] >= Q.TARGET_PRECISION


def test_anonymize_eval_baseline_flag(tmp_path, capsys):
    text = "Escriba a Lucía Quintero: lucia.q@gmail.com, DNI 12345678Z."
    spans = [{"start": 10, "end": 24, "label": "PERSON"}, {"start": 26, "end": 43, "label": "EMAIL"},
             {"start": 49, "end": 58, "label": "NATIONAL_ID"}]
    assert [text[s["start"]:s["end"]] for s in spans] == ["Lucía Quintero", "lucia.q@gmail.com", "12345678Z"]
    path, out = tmp_path / "set.jsonl", tmp_path / "scores.json"
    path.write_text(json.dumps({"text": text, "lang": "es", "spans": spans}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert Q.anonymize_eval_command([str(path), "--baseline", "--json", str(out)]) == 0
    assert "Presidio cfg." in capsys.readouterr().out
    base = json.loads(out.read_text())["baseline"]
    assert base["system"] == "presidio-configured" and base["by_label"]["NATIONAL_ID"]["recall"] == 1.0
