"""The six notebooks: committed clean, and executed headless end to end in smoke mode."""
import json
import re
import stat
from pathlib import Path

import nbformat
import pytest

from ftwork import cli

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("0*.ipynb"))


def test_all_six_stages_have_a_notebook():
    assert [p.stem for p in NOTEBOOKS] == list(cli.STAGES)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_clean_with_a_tagged_parameters_cell(path, caplog):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", []), "first code cell must be the tagged parameters cell"
    assert all(not c.outputs and c.execution_count is None for c in code), "outputs must be stripped"
    assert "widgets" not in nb.metadata, "no widget state committed"
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    assert "## Recap" in nb.cells[-1].source
    params = code[0].source
    for name in ("PROJECT_DIR", "SMOKE", "RUN", "INTERACTIVE"):
        assert f"{name}:" in params, f"{name} missing from the parameters cell"
    # every parameter documented with a trailing comment (papermill --help-notebook shows it)
    for line in params.strip().splitlines():
        assert "#" in line, line
    # papermill infers every one of them (its parser gives up on some comment shapes)
    import papermill

    with caplog.at_level("WARNING"):
        inferred = papermill.inspect_notebook(str(path))
    assert len(inferred) == len(params.strip().splitlines()), sorted(inferred)
    assert "Unable to parse" not in caplog.text


@pytest.mark.notebooks
def test_sample_engagement_runs_end_to_end_in_smoke_mode(tmp_path, capsys, monkeypatch):
    eng_dir = tmp_path / "demo"
    assert cli.main(["new", str(eng_dir), "--sample", "tickets"]) == 0
    monkeypatch.setenv("FTWORK_PROGRESS_SECONDS", "0")
    summary = cli.run_engagement(eng_dir, smoke=True)
    assert set(summary["stages_seconds"]) == set(cli.STAGES)
    for stage in cli.STAGES:
        assert (eng_dir / "executed" / f"{stage}.ipynb").is_file()
    # the engagement's own notebooks ran, and each stage's progress streamed as plain lines as it went
    out = capsys.readouterr().out
    assert f"({eng_dir / 'notebooks' / '04_train.ipynb'})" in out
    assert re.search(r"│ Training: 1/\d+ steps · elapsed \d+:\d\d · left ~\d+:\d\d", out), out[-3000:]
    assert re.search(r"│ Training: (\d+)/\1 steps · elapsed \d+:\d\d · done · loss \d", out)
    assert re.search(r"│ tuned\S*: \d+/\d+ batch · elapsed", out) and "\r" not in out
    assert "{'loss'" not in out  # no raw log dicts of the trainer

    metrics = json.loads((eng_dir / "runs" / "run-01" / "metrics.json").read_text())
    for key in ("task", "base_model", "n_eval", "base", "tuned", "prompted_base"):
        assert key in metrics
    for contender in ("base", "tuned", "prompted_base"):
        assert 0.0 <= metrics[contender]["accuracy"] <= 1.0 and "macro_f1" in metrics[contender]
    assert metrics["n_eval"] > 0

    mapping = eng_dir / "private" / "mapping.json"
    assert mapping.is_file() and stat.S_IMODE(mapping.stat().st_mode) == 0o600
    assert (eng_dir / "anonymized" / "anonymization_audit.md").is_file()
    assert (eng_dir / "assess" / "assessment.md").is_file()
    assert (eng_dir / "dataset" / "dataset_card.md").is_file()
    merged = eng_dir / "runs" / "run-01" / "export" / "merged"
    assert (merged / "model.safetensors").is_file() and (merged / "config.json").is_file()
    assert (eng_dir / "runs" / "run-01" / "export" / "SHA256SUMS").is_file()
