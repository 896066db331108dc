import os
from pathlib import Path

import pytest

# Tests never reach the hub and report nothing anywhere.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPO = Path(__file__).resolve().parents[1]
BANKING77 = REPO.parent / "shared" / "benchmarks" / "banking77"


def banking77_subset(out_dir: Path, n_intents: int = 10, n_train: int = 30, n_test: int = 20, seed: int = 0):
    """Train/test CSVs of a BANKING77 subset (train rows from train.csv, test rows from test.csv only).

    Skips the calling test where ../shared/benchmarks/banking77 is absent (a clone outside CI)."""
    if not (BANKING77 / "train.csv").is_file() or not (BANKING77 / "test.csv").is_file():
        pytest.skip(f"BANKING77 is not at {BANKING77} (it ships in ../shared/benchmarks beside the repository)")
    from ftwork.dataset import labelled_subset

    return labelled_subset(BANKING77 / "train.csv", BANKING77 / "test.csv", out_dir, n_intents, n_train, n_test, seed)


def tiny_dataset_engagement(root: Path, name: str, n_intents: int, n_train: int, n_test: int):
    """An engagement whose small BANKING77 dataset is written straight to dataset/ (stage 02 skipped)."""
    import csv

    from ftwork import dataset as ds
    from ftwork.engagement import Engagement, Settings

    train_csv, test_csv = banking77_subset(root / "src", n_intents=n_intents, n_train=n_train, n_test=n_test)
    eng = Engagement(root / "eng")
    eng.root.mkdir()
    s = Settings(name=name, text_column="text", label_column="category", system_prompt="Classify the message.")
    eng.save_settings(s)
    with open(train_csv, encoding="utf-8") as fh:
        train_rows = [ds.to_example(r, s, i) for i, r in enumerate(csv.DictReader(fh))]
    with open(test_csv, encoding="utf-8") as fh:
        eval_rows = [ds.to_example(r, s, i) for i, r in enumerate(csv.DictReader(fh))]
    labels = sorted({r["label"] for r in train_rows})
    stats = {"task": "classification", "base_model": s.base_model, "sources": {"train": "t", "eval": None},
             "anonymization_gate": {"overridden": True}, "n_train": len(train_rows), "n_eval": len(eval_rows),
             "labels": labels, "label_counts": {"train": {}, "eval": {}}, "checks": [], "config": {}}
    ds.write_dataset(eng, train_rows, eval_rows, stats)
    eng.update_settings(labels=labels)
    return eng


@pytest.fixture(scope="session")
def embedded_model_dir():
    from ftwork.models import ensure_embedded_model

    return ensure_embedded_model()
