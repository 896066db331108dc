"""Files that ship with ftwork: the notebook templates, the samples and the memory measurement.

An installed wheel carries them inside the package (``ftwork/templates``, ``ftwork/samples``,
``ftwork/measurements``, mapped from the repository's ``notebooks/``, ``data_samples/`` and
``benchmarks/results/`` in pyproject.toml); a clone or an editable install reads the repository's
own folders. An environment variable overrides each (``FTWORK_NOTEBOOKS``, ``FTWORK_SAMPLES``).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
REPO = PACKAGE.parent

# name inside the installed package -> (folder in the repository, environment override)
_SHIPPED = {
    "templates": ("notebooks", "FTWORK_NOTEBOOKS"),
    "samples": ("data_samples", "FTWORK_SAMPLES"),
    "measurements": ("benchmarks/results", None),
}


def shipped_dir(name: str) -> Path:
    """The folder `name` ('templates', 'samples', 'measurements'): the override, the package's copy, else the clone's."""
    repo_folder, env = _SHIPPED[name]
    if env and os.environ.get(env):
        return Path(os.environ[env]).expanduser()
    inside = PACKAGE / name
    return inside if inside.is_dir() else REPO / repo_folder


def templates_dir() -> Path:
    """The six notebook templates `ftwork new` copies into each engagement."""
    return shipped_dir("templates")


def samples_dir() -> Path:
    """The sample engagements' data and their registry (samples.json)."""
    return shipped_dir("samples")


def measurement_file(name: str) -> Path:
    """A benchmark result shipped with this install (e.g. memory_estimate.json); it may be absent."""
    return shipped_dir("measurements") / name
