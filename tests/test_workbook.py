"""Each engagement's own workbook (ftwork/workbook.py) and the plain progress lines of `ftwork run` (ftwork/progress.py)."""

import io
import json
import os
import shutil
from pathlib import Path

import papermill
import pytest

from ftwork import cli, progress, workbook
from ftwork.engagement import Engagement

TEMPLATES = Path(__file__).resolve().parents[1] / "notebooks"


@pytest.fixture
def eng(tmp_path, monkeypatch):
    """An engagement made from templates copied to tmp (so a test can make them 'newer')."""
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates, ignore=shutil.ignore_patterns("kernel-ipc-*", ".ipynb_checkpoints"))
    monkeypatch.setenv("FTWORK_NOTEBOOKS", str(templates))
    assert cli.main(["new", str(tmp_path / "acme"), "--sample", "tickets"]) == 0
    return Engagement(tmp_path / "acme")


def _params(path: Path) -> str:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return "".join(next(c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", []))["source"])


def test_new_copies_the_six_notebooks_with_project_dir_pointing_at_the_engagement(eng):
    copies = sorted(p.stem for p in eng.notebooks_dir.glob("*.ipynb"))
    assert copies == list(workbook.STAGES)
    for stage in workbook.STAGES:
        copy = eng.notebooks_dir / f"{stage}.ipynb"
        assert 'PROJECT_DIR: str = ".."' in _params(copy)
        # papermill still reads it as a parameter, and the folder above the notebook is the engagement
        inferred = papermill.inspect_notebook(str(copy))
        assert (copy.parent / json.loads(inferred["PROJECT_DIR"]["default"])).resolve() == eng.root
        # the copy is the template but for that one line, in the templates' own JSON format
        template = (TEMPLATES / f"{stage}.ipynb").read_text(encoding="utf-8")
        assert copy.read_text(encoding="utf-8") == workbook.engagement_copy(template, stage)
        assert copy.read_text(encoding="utf-8").endswith("}\n")
    assert set(workbook.notebook_status(eng).values()) == {"up to date"}


def test_the_workbook_survives_moving_the_engagement(eng, tmp_path):
    moved = tmp_path / "moved" / "acme-2026"
    moved.parent.mkdir()
    shutil.move(str(eng.root), moved)
    copy = moved / "notebooks" / "04_train.ipynb"
    default = json.loads(papermill.inspect_notebook(str(copy))["PROJECT_DIR"]["default"])
    assert (copy.parent / default).resolve() == moved.resolve()


def test_newer_templates_are_named_and_refresh_keeps_the_consultants_copy(eng, capsys):
    templates = Path(os.environ["FTWORK_NOTEBOOKS"])
    mine = eng.notebooks_dir / "04_train.ipynb"
    edited = mine.read_text(encoding="utf-8").replace("# 04", "# 04 (Acme's version)", 1)
    mine.write_text(edited, encoding="utf-8")
    assert workbook.notebook_status(eng)["04_train"] == "edited"
    assert workbook.stale_notice(eng, "acme") is None
    nb = json.loads((templates / "04_train.ipynb").read_text(encoding="utf-8"))
    nb["cells"][0]["source"].append("\nA newer template.")
    (templates / "04_train.ipynb").write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    assert workbook.notebook_status(eng)["04_train"] == "edited, template changed"
    notice = workbook.stale_notice(eng, "acme")
    assert "(04)" in notice and "ftwork notebooks acme --refresh" in notice and ".bak" in notice
    assert mine.read_text(encoding="utf-8") == edited  # nothing overwritten by noticing

    assert cli.main(["notebooks", str(eng.root)]) == 0
    assert "04_train: edited, template changed" in capsys.readouterr().out
    assert cli.main(["notebooks", str(eng.root), "--refresh"]) == 0
    out = capsys.readouterr().out
    assert "Refreshed 04_train" in out and "04_train.ipynb.bak" in out
    assert (eng.notebooks_dir / "04_train.ipynb.bak").read_text(encoding="utf-8") == edited
    assert "A newer template." in mine.read_text(encoding="utf-8")
    assert set(workbook.notebook_status(eng).values()) == {"up to date"}


def test_an_engagement_without_a_workbook_gets_one_on_first_use(eng):
    shutil.rmtree(eng.notebooks_dir)
    assert workbook.ensure_notebooks(eng) == list(workbook.STAGES)
    assert workbook.ensure_notebooks(eng) == []


def test_a_template_without_project_dir_is_refused_with_the_fix(eng):
    with pytest.raises(Exception, match="PROJECT_DIR"):
        workbook.engagement_copy(json.dumps({"cells": [{"cell_type": "code", "metadata": {"tags": ["parameters"]},
                                                        "source": ["SMOKE: bool = False  # x\n"]}]}), "x.ipynb")


def test_lab_command_serves_the_engagement_with_a_token_outside_the_command_line(eng):
    argv, env, url = workbook.lab_command(eng, ip="0.0.0.0", port=8899, no_browser=True, allow_root=True)
    assert f"--ServerApp.root_dir={eng.root}" in argv and "--ServerApp.ip=0.0.0.0" in argv
    assert "--ServerApp.port=8899" in argv and "--no-browser" in argv and "--allow-root" in argv
    assert "/lab/tree/notebooks/01_assess.ipynb" in url and url.endswith("token=" + env["JUPYTER_TOKEN"])
    assert env["JUPYTER_TOKEN"] not in " ".join(argv)
    argv, _, url = workbook.lab_command(eng)
    assert "--allow-root" not in argv and "--no-browser" not in argv and url.startswith("http://localhost:8888/")


def test_lab_as_root_says_how(eng, capsys, monkeypatch):
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    assert cli.main(["lab", str(eng.root)]) == 2
    err = capsys.readouterr().err
    assert "Running as root" in err and "--allow-root" in err


def test_progress_lines_are_plain_with_elapsed_and_time_left():
    out = io.StringIO()
    bar = progress.LineProgress(range(4), desc="tuned", unit="batch", stream=out, interval=0)
    assert list(bar) == [0, 1, 2, 3]
    lines = out.getvalue().splitlines()
    assert "\r" not in out.getvalue()
    assert lines[0] == "tuned: 0/4 batch · elapsed 0:00"
    assert lines[1].startswith("tuned: 1/4 batch · elapsed 0:00 · left ~")
    assert lines[-1] == "tuned: 4/4 batch · elapsed 0:00 · done" and len(lines) == 5
    assert progress.progress_line("Training", 12, 60, 42, "steps", "loss 2.31") == \
        "Training: 12/60 steps · elapsed 0:42 · left ~2:48 · loss 2.31"
    assert progress.clock(3725) == "1:02:05"


def test_progress_lines_are_rate_limited_and_only_under_ftwork_run(monkeypatch):
    out = io.StringIO()
    with progress.LineProgress(total=1000, desc="Detecting", unit="text", stream=out, interval=3600) as bar:
        for _ in range(1000):
            bar.update(1)
    assert len(out.getvalue().splitlines()) == 2  # the start and the end, nothing in between
    monkeypatch.delenv(progress.ENV, raising=False)
    assert not isinstance(progress.bar(range(2), disable=True), progress.LineProgress)
    monkeypatch.setenv(progress.ENV, "lines")
    assert isinstance(progress.bar(range(2), desc="x", unit="batch", leave=False), progress.LineProgress)


def _tiny_template(stage: str) -> dict:
    params = ('PROJECT_DIR: str = "../engagements/demo"  # the engagement folder\n'
              'SMOKE: bool = False  # tiny\nRUN: str = "run-01"  # run\n')
    body = ("import os, pathlib\n"
            f"print('{stage} template', os.environ.get('FTWORK_PROGRESS'))\n"
            "pathlib.Path(PROJECT_DIR, 'ran.txt').write_text('template')\n")
    return {"cells": [{"cell_type": "code", "execution_count": None, "id": "p", "metadata": {"tags": ["parameters"]},
                       "outputs": [], "source": params.splitlines(keepends=True)},
                      {"cell_type": "code", "execution_count": None, "id": "b", "metadata": {}, "outputs": [],
                       "source": body.splitlines(keepends=True)}],
            "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
            "nbformat": 4, "nbformat_minor": 5}


def test_run_executes_the_engagements_own_edited_copy_and_streams_its_lines(tmp_path, monkeypatch, capsys):
    templates = tmp_path / "templates"
    templates.mkdir()
    for stage in workbook.STAGES:
        (templates / f"{stage}.ipynb").write_text(json.dumps(_tiny_template(stage), indent=1) + "\n")
    monkeypatch.setenv("FTWORK_NOTEBOOKS", str(templates))
    assert cli.main(["new", str(tmp_path / "acme"), "--sample", "tickets"]) == 0
    copy = tmp_path / "acme" / "notebooks" / "01_assess.ipynb"
    copy.write_text(copy.read_text().replace("write_text('template')", "write_text('edited by the consultant')"))
    capsys.readouterr()
    assert cli.main(["run", str(tmp_path / "acme"), "--only", "01"]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "acme" / "ran.txt").read_text() == "edited by the consultant"
    assert "  │ 01_assess template lines\n" in out  # the kernel's own line, as it ran, with FTWORK_PROGRESS=lines
    assert not list((tmp_path / "acme" / "notebooks").glob("kernel-ipc*"))  # no kernel sockets in the workbook
