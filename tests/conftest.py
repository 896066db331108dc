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
    """Train/test CSVs of a BANKING77 subset (train rows from train.csv, test rows from test.csv only)."""
    from ftwork.dataset import labelled_subset

    return labelled_subset(BANKING77 / "train.csv", BANKING77 / "test.csv", out_dir, n_intents, n_train, n_test, seed)


@pytest.fixture(scope="session")
def embedded_model_dir():
    from ftwork.models import ensure_embedded_model

    return ensure_embedded_model()
