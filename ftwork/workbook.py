"""Each engagement's own workbook: the six notebooks copied into `PROJECT_DIR/notebooks/`, and JupyterLab on it.

`ftwork new` copies the templates (the repository's `notebooks/`, shipped in the wheel as
`ftwork/templates`) into the engagement with the parameters cell's `PROJECT_DIR` set to `".."` –
the folder above the notebook, which is right under JupyterLab (the kernel starts in the
notebook's folder) and under papermill (`ftwork run` executes there), and survives moving or
copying the engagement. `notebooks/.templates.json` records which template each copy came from,
so a newer ftwork can say its templates changed; the consultant's copies are replaced only on
`ftwork notebooks DIR --refresh`, and the old ones are kept beside them as `.bak`.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import socket
import subprocess
import sys
from pathlib import Path

from . import __version__
from .engagement import Engagement, atomic_write_text, sha256_text, write_json
from .errors import EngagementError
from .resources import templates_dir

STAGES = ("01_assess", "02_anonymize", "03_build_dataset", "04_train", "05_evaluate", "06_export")
MANIFEST = ".templates.json"
PROJECT_DIR_LINE = re.compile(r'^PROJECT_DIR: str = .*$', re.M)
ENGAGEMENT_PROJECT_DIR = 'PROJECT_DIR: str = ".."  # the engagement folder: the one above this notebook'


def template(stage: str) -> Path:
    path = templates_dir() / f"{stage}.ipynb"
    if not path.is_file():
        raise EngagementError(f"The notebook template {path} is missing: reinstall ftwork, or set FTWORK_NOTEBOOKS "
                              "to a folder holding the six notebooks.")
    return path


def engagement_copy(template_text: str, source: str) -> str:
    """The template with its parameters cell's PROJECT_DIR pointing at the folder above the notebook."""
    nb = json.loads(template_text)
    cell = next((c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    text = "".join(cell["source"]) if cell else ""
    if not PROJECT_DIR_LINE.search(text):
        raise EngagementError(f"{source}: no `PROJECT_DIR: str = ...` line in the tagged parameters cell; "
                              "restore it from the ftwork templates.")
    cell["source"] = PROJECT_DIR_LINE.sub(ENGAGEMENT_PROJECT_DIR, text, count=1).splitlines(keepends=True)
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def _manifest(eng: Engagement) -> dict:
    path = eng.notebooks_dir / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, ValueError):
        return {}


def _backup(path: Path) -> Path:
    backup, n = path.with_name(path.name + ".bak"), 1
    while backup.exists():
        n += 1
        backup = path.with_name(f"{path.name}.{n}.bak")
    path.rename(backup)
    return backup


def install_notebooks(eng: Engagement, stages: tuple[str, ...] | list[str] = STAGES) -> list[Path]:
    """Copy the templates of `stages` into the engagement; an existing copy is first renamed to .bak."""
    manifest, backups = _manifest(eng), []
    eng.notebooks_dir.mkdir(parents=True, exist_ok=True)
    for stage in stages:
        source = template(stage)
        text = source.read_text(encoding="utf-8")
        copy = engagement_copy(text, str(source))
        dest = eng.notebooks_dir / f"{stage}.ipynb"
        if dest.exists():
            backups.append(_backup(dest))
        atomic_write_text(dest, copy)
        manifest[stage] = {"template_sha256": sha256_text(text), "copy_sha256": sha256_text(copy),
                           "ftwork": __version__}
    write_json(eng.notebooks_dir / MANIFEST, manifest)
    return backups


def notebook_status(eng: Engagement) -> dict[str, str]:
    """Each stage's copy: 'missing', 'up to date', 'edited' (by the consultant) and/or 'template changed'."""
    manifest, status = _manifest(eng), {}
    for stage in STAGES:
        copy = eng.notebooks_dir / f"{stage}.ipynb"
        if not copy.is_file():
            status[stage] = "missing"
            continue
        entry = manifest.get(stage, {})
        notes = []
        if sha256_text(copy.read_text(encoding="utf-8")) != entry.get("copy_sha256"):
            notes.append("edited")
        if sha256_text(template(stage).read_text(encoding="utf-8")) != entry.get("template_sha256"):
            notes.append("template changed")
        status[stage] = ", ".join(notes) or "up to date"
    return status


def stale_notice(eng: Engagement, directory: str | Path) -> str | None:
    """One line when this ftwork's templates differ from those the engagement's copies came from (a newer ftwork)."""
    newer = [s for s, state in notebook_status(eng).items() if "template changed" in state]
    if not newer:
        return None
    return (f"Note: this ftwork's notebook templates changed since this engagement's own copies were made "
            f"({', '.join(s[:2] for s in newer)}); its own copies are used. `ftwork notebooks {directory} --refresh` "
            "replaces them with the new ones and keeps the old ones as .bak.")


def ensure_notebooks(eng: Engagement) -> list[str]:
    """The stages whose copy was missing and has just been copied (an engagement made before workbooks)."""
    missing = [s for s, state in notebook_status(eng).items() if state == "missing"]
    if missing:
        install_notebooks(eng, missing)
    return missing


def refresh_notebooks(eng: Engagement, only_stale: bool = True) -> tuple[list[str], list[Path]]:
    """Replace the copies whose template changed (or all); returns (stages refreshed, backups kept)."""
    status = notebook_status(eng)
    stages = [s for s in STAGES if not only_stale or status[s] == "missing" or "template changed" in status[s]]
    return stages, install_notebooks(eng, stages) if stages else []


# ---------------------------------------------------------------------------------------------
# JupyterLab
# ---------------------------------------------------------------------------------------------
def _free_port(ip: str, preferred: int) -> int:
    for port in [preferred] + list(range(preferred + 1, preferred + 50)):
        with socket.socket() as s:
            try:
                s.bind((ip if ip not in ("", "*") else "0.0.0.0", port))
                return port
            except OSError:
                continue
    raise EngagementError(f"No free port from {preferred} to {preferred + 49} on {ip}: pass another --port.")


def lab_command(eng: Engagement, ip: str = "127.0.0.1", port: int = 8888, no_browser: bool = False,
                allow_root: bool = False) -> tuple[list[str], dict, str]:
    """The `jupyter lab` command on the engagement (opening 01_assess), its environment and the URL it serves."""
    token = secrets.token_hex(24)
    first = f"notebooks/{STAGES[0]}.ipynb"
    argv = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={eng.root}", f"--ServerApp.ip={ip}",
            f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--LabApp.default_url=/lab/tree/{first}",
            # saved notebooks keep a readable text of every form and no widget state (ftwork.ui)
            "--ContentsManager.pre_save_hook=ftwork.ui.strip_widget_views"]
    if no_browser:
        argv.append("--no-browser")
    if allow_root:
        argv.append("--allow-root")
    local, anywhere = ip in ("127.0.0.1", "localhost", "::1"), ip in ("0.0.0.0", "", "*")
    host = "localhost" if local else socket.gethostname() if anywhere else ip
    env = {**os.environ, "JUPYTER_TOKEN": token}  # in the environment: not visible to others in `ps`
    return argv, env, f"http://{host}:{port}/lab/tree/{first}?token={token}"


def open_lab(eng: Engagement, ip: str = "127.0.0.1", port: int = 8888, no_browser: bool = False,
             allow_root: bool = False, directory: str | Path = "") -> int:
    """Start JupyterLab on the engagement's workbook in the foreground; returns its exit code.

    The URL, with a fresh token, is printed before it starts. As root it refuses unless `allow_root`.
    """
    import importlib.util

    if importlib.util.find_spec("jupyterlab") is None:
        raise EngagementError('JupyterLab is not installed: pip install "ftwork[lab]" (or `make lab` in a clone).')
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if is_root and not allow_root:
        raise EngagementError("Running as root: JupyterLab refuses that unless told. On a server you administer, "
                              f"pass --allow-root (`ftwork lab {directory or eng.root} --allow-root`); better, run "
                              "it as an ordinary user.")
    ensure_notebooks(eng)
    port = _free_port(ip, port)
    argv, env, url = lab_command(eng, ip, port, no_browser, allow_root)
    root_note = " – running as root (--allow-root)" if is_root else ""
    print(f"JupyterLab on {eng.root} (workbook: {eng.notebooks_dir.name}/){root_note}")
    print(f"Open: {url}")
    if ip in ("127.0.0.1", "localhost", "::1"):
        print(f"Listening on this machine only. On a server: --ip 0.0.0.0 (the token protects it), or from your laptop "
              f"`ssh -L {port}:localhost:{port} SERVER` and open the URL above.")
    print("Stop with Ctrl-C.", flush=True)
    try:
        return subprocess.call(argv, env=env)
    except KeyboardInterrupt:
        return 0

