"""ftwork as a real package: the wheel and sdist carry the notebooks, the samples and the memory
measurement, and an install of the built wheel works from an empty folder (no clone around)."""

import json
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from ftwork import resources, workbook

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SOURCES = ("pyproject.toml", "README.md", "ftwork", "notebooks", "data_samples", "benchmarks/results/memory_estimate.json")


def test_the_explicit_package_list_is_complete():
    """packages.find does not see mapped folders, so the list is explicit: every package folder must be in it."""
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "ftwork").rglob("__init__.py")}
    on_disk |= {"ftwork.pii_eval"}  # data (the labelled set) with its generator script, no __init__.py
    assert on_disk - listed == set(), f"add {sorted(on_disk - listed)} to [tool.setuptools] packages in pyproject.toml"
    for package, folder in PYPROJECT["tool"]["setuptools"]["package-dir"].items():
        assert (ROOT / folder).is_dir() and package in listed, (package, folder)
        assert PYPROJECT["tool"]["setuptools"]["package-data"].get(package), f"{package} ships no files"


def test_resources_resolve_to_the_clone_when_not_installed(monkeypatch):
    monkeypatch.delenv("FTWORK_NOTEBOOKS", raising=False)
    monkeypatch.delenv("FTWORK_SAMPLES", raising=False)
    assert resources.templates_dir() == ROOT / "notebooks"
    assert (resources.samples_dir() / "samples.json").is_file()
    assert resources.measurement_file("memory_estimate.json").is_file()
    monkeypatch.setenv("FTWORK_SAMPLES", "/elsewhere")
    assert resources.samples_dir() == Path("/elsewhere")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The wheel and sdist built from a copy of the sources (the working tree gets no build/ folder)."""
    tmp = tmp_path_factory.mktemp("pkg")
    src = tmp / "src"
    for name in SOURCES:
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        if (ROOT / name).is_dir():
            skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "kernel-ipc-*", ".ipynb_checkpoints")
            shutil.copytree(ROOT / name, src / name, ignore=skip)
        else:
            shutil.copy2(ROOT / name, src / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp / "dist"),
                    str(src)], check=True, capture_output=True, text=True)
    subprocess.run([sys.executable, "-c", f"from setuptools import build_meta as b; b.build_sdist({str(tmp / 'dist')!r})"],
                   cwd=src, check=True, capture_output=True, text=True)
    wheel = next((tmp / "dist").glob("ftwork-*.whl"))
    site = tmp / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, text=True)
    empty = tmp / "empty"
    empty.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "HF_HUB_OFFLINE": "1"}
    for var in ("FTWORK_NOTEBOOKS", "FTWORK_SAMPLES"):
        env.pop(var, None)
    return {"wheel": wheel, "sdist": next((tmp / "dist").glob("ftwork-*.tar.gz")), "site": site, "cwd": empty, "env": env}


def _shipped(names: list[str], prefix: str) -> set[str]:
    return {n[len(prefix):] for n in names if n.startswith(prefix)}


def test_wheel_and_sdist_carry_notebooks_samples_and_measurement(built):
    names = zipfile.ZipFile(built["wheel"]).namelist()
    notebooks = {f"{s}.ipynb" for s in workbook.STAGES}
    assert notebooks <= _shipped(names, "ftwork/templates/")
    samples = {"samples.json", "tickets.csv", "emails.jsonl", "invoices.jsonl", "deny_list.csv"}
    assert samples <= _shipped(names, "ftwork/samples/")
    assert "ftwork/measurements/memory_estimate.json" in names and "ftwork/pii_eval/pii_eval.jsonl" in names
    assert {"ftwork/pii_eval/pii_dev.jsonl", "ftwork/pii_eval/pii_dev_config.json", "ftwork/pii_eval/pii_dev2.jsonl",
            "ftwork/pii_eval/pii_dev2_config.json", "ftwork/pii_eval/pii_dev3.jsonl", "ftwork/pii_eval/pii_dev4.jsonl",
            "ftwork/pii_eval/pii_dev5.jsonl", "ftwork/pii_eval/pii_dev6.jsonl", "ftwork/pii_eval/pii_dev7.jsonl",
            "ftwork/pii_eval/pii_dev8.jsonl", "ftwork/pii_eval/pii_dev9.jsonl",
            "ftwork/pii_eval/pii_dev10.jsonl", "ftwork/pii_eval/pii_dev11.jsonl", "ftwork/pii_eval/pii_dev12.jsonl",
            "ftwork/pii_eval/pii_dev13.jsonl", "ftwork/pii_eval/pii_dev14.jsonl",
            "ftwork/pii_eval/pii_dev15.jsonl", "ftwork/pii_eval/pii_dev16.jsonl",
            "ftwork/pii_eval/pii_dev17.jsonl"} <= set(names)
    assert not [n for n in names if n.startswith("ftwork/measurements/") and not n.endswith("memory_estimate.json")]
    members = tarfile.open(built["sdist"]).getnames()
    top = members[0].split("/")[0]
    assert notebooks <= _shipped(members, f"{top}/notebooks/")
    assert "samples.json" in _shipped(members, f"{top}/data_samples/")


def _python(built, *args, timeout=300):
    return subprocess.run([sys.executable, *args], cwd=built["cwd"], env=built["env"], capture_output=True, text=True,
                          timeout=timeout)


def test_installed_wheel_creates_an_engagement_with_its_workbook_from_an_empty_folder(built):
    probe = _python(built, "-c", "import json, ftwork; from ftwork import hardware, resources; print(json.dumps("
                    "[ftwork.__file__, str(resources.templates_dir()), str(resources.samples_dir()), "
                    "hardware.memory_check()['path']]))")
    assert probe.returncode == 0, probe.stderr
    for path in json.loads(probe.stdout):
        assert Path(path).resolve().is_relative_to(built["site"].resolve()), f"{path} is not from the installed wheel"
    made = _python(built, "-m", "ftwork.cli", "new", "acme", "--sample", "tickets")
    assert made.returncode == 0, made.stderr
    eng = built["cwd"] / "acme"
    assert json.loads((eng / "settings.json").read_text())["sample"] == "tickets"
    for stage in workbook.STAGES:
        nb = json.loads((eng / "notebooks" / f"{stage}.ipynb").read_text())
        params = "".join(next(c for c in nb["cells"] if c["cell_type"] == "code")["source"])
        assert 'PROJECT_DIR: str = ".."' in params, stage
    assert "ftwork lab acme" in made.stdout


@pytest.mark.notebooks
def test_installed_wheel_runs_a_stage_from_an_empty_folder(built):
    if not (built["cwd"] / "acme").is_dir():
        assert _python(built, "-m", "ftwork.cli", "new", "acme", "--sample", "tickets").returncode == 0
    ran = _python(built, "-m", "ftwork.cli", "run", "acme", "--smoke", "--only", "01", timeout=600)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    eng = built["cwd"] / "acme"
    assert (eng / "executed" / "01_assess.ipynb").is_file() and (eng / "assess" / "assessment.md").is_file()
    assert f"({eng / 'notebooks' / '01_assess.ipynb'})" in ran.stdout  # the engagement's own copy ran
    assert "estimate/measured" in ran.stdout  # the memory measurement shipped in the wheel


def test_the_git_filter_strips_a_saved_notebook_back_to_the_template(tmp_path):
    """`make install` sets nbstripout up as the *.ipynb git filter with these flags: what JupyterLab saves
    (outputs, counts, widget state, papermill metadata) is stripped, the ids and the `parameters` tag stay."""
    assert "*.ipynb filter=nbstripout" in (ROOT / ".gitattributes").read_text().splitlines()
    makefile = (ROOT / "Makefile").read_text()
    assert "nbstripout --install --attributes .gitattributes" in makefile and "-m nbstripout --keep-id" in makefile
    extra = "metadata.papermill cell.metadata.papermill"
    assert f'filter.nbstripout.extrakeys "{extra}"' in makefile
    template = ROOT / "notebooks" / "04_train.ipynb"
    nb = json.loads(template.read_text(encoding="utf-8"))
    nb["metadata"]["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    nb["metadata"]["papermill"] = {"parameters": {"PROJECT_DIR": "/home/acme"}}
    for n, cell in enumerate(c for c in nb["cells"] if c["cell_type"] == "code"):
        cell.update(execution_count=n + 1, outputs=[{"output_type": "stream", "name": "stdout", "text": ["IBAN ES91\n"]}])
        cell["metadata"]["papermill"] = {"duration": 1.0}
    saved = tmp_path / "04_train.ipynb"
    saved.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "nbstripout", "--keep-id", "--extra-keys", extra, str(saved)], check=True)
    assert json.loads(saved.read_text(encoding="utf-8")) == json.loads(template.read_text(encoding="utf-8"))
