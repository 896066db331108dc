import csv
import os
import random
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
    """Write train/test CSVs of a BANKING77 subset (train rows from train.csv, test rows from test.csv only)."""
    rng = random.Random(seed)
    train = list(csv.DictReader(open(BANKING77 / "train.csv", encoding="utf-8")))
    test = list(csv.DictReader(open(BANKING77 / "test.csv", encoding="utf-8")))
    intents = sorted(rng.sample(sorted({r["category"] for r in train}), n_intents))
    picked_train, picked_test = [], []
    for intent in intents:
        picked_train += rng.sample([r for r in train if r["category"] == intent], n_train)
        picked_test += rng.sample([r for r in test if r["category"] == intent], n_test)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, rows in (("banking77_train.csv", picked_train), ("banking77_test.csv", picked_test)):
        with open(out_dir / name, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=["text", "category"])
            writer.writeheader()
            writer.writerows(rows)
        paths.append(out_dir / name)
    return paths


@pytest.fixture(scope="session")
def embedded_model_dir():
    from ftwork.models import ensure_embedded_model

    return ensure_embedded_model()
