"""01 and 04 in a real JupyterLab, in a real browser, with INTERACTIVE = True.

JupyterLab is started headless on a smoke engagement (02 and 03 run headless first); Debian's
Chromium, driven by Playwright for Python through `executable_path` (no browser download), opens
01_assess and 04_train, runs every cell through JupyterLab's own "Run All" command, checks that
every widget renders, changes one value in a form, runs on, and checks that the change took effect
in the output and in the files the stage wrote – with no traceback anywhere.

Needs `apt-get install chromium`, `pip install playwright "jupyterlab>=4"`; `.ci/run` installs them.
"""
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from ftwork import cli

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
TEMPLATES = Path(__file__).resolve().parents[1] / "notebooks"
CELL_TIMEOUT_MS = 240_000


def _missing() -> str | None:
    if CHROMIUM is None:
        return "no Chromium (apt-get install -y chromium)"
    for module, pip in (("playwright", "playwright"), ("jupyterlab", '"jupyterlab>=4"')):
        try:
            __import__(module)
        except ImportError:
            return f"{module} is not installed (pip install {pip})"
    return None


pytestmark = [pytest.mark.skipif(_missing() is not None, reason=f"browser test skipped: {_missing()}"),
              pytest.mark.notebooks]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _prepare(eng_dir: Path, folder: Path) -> Path:
    """The folder JupyterLab serves: the engagement's own notebooks (ENG/notebooks) when it has them, else
    `folder` with copies of the templates; PROJECT_DIR, SMOKE and INTERACTIVE set in their parameters
    cell, as a consultant would."""
    own = eng_dir / "notebooks"
    src = own if (own / "01_assess.ipynb").is_file() else TEMPLATES
    folder = own if src == own else folder
    folder.mkdir(parents=True, exist_ok=True)
    for stage in ("01_assess", "04_train"):
        nb = nbformat.read(src / f"{stage}.ipynb", as_version=4)
        params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
        lines = []
        for line in params.source.splitlines():
            name = line.split(":", 1)[0].strip()
            value = {"PROJECT_DIR": json.dumps(str(eng_dir)), "SMOKE": "True", "INTERACTIVE": "True"}.get(name)
            lines.append(f"{name}: {line.split(':', 1)[1].split('=', 1)[0].strip()} = {value}  # set by the test"
                         if value else line)
        params.source = "\n".join(lines)
        nbformat.write(nb, folder / f"{stage}.ipynb")
    return folder


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """(base URL, token, engagement dir, notebook folder): a smoke engagement with 02 and 03 done, and JupyterLab on it."""
    tmp = tmp_path_factory.mktemp("browser")
    eng_dir = tmp / "acme"
    assert cli.main(["new", str(eng_dir), "--sample", "tickets"]) == 0
    cli.run_engagement(eng_dir, smoke=True, only="02,03")
    root = _prepare(eng_dir, tmp / "workbook")
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
           "JUPYTER_CONFIG_DIR": str(tmp / "jupyter_config"), "JUPYTER_RUNTIME_DIR": str(tmp / "jupyter_runtime"),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    log = open(tmp / "jupyterlab.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}", "--LabApp.expose_app_in_browser=True",
         "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         "--FileContentsManager.delete_to_trash=False", "--ContentsManager.pre_save_hook=ftwork.ui.strip_widget_views"],
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 90
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if server.poll() is not None or time.time() > deadline:
                    raise AssertionError(f"JupyterLab did not start: {(tmp / 'jupyterlab.log').read_text()[-3000:]}")
                time.sleep(0.5)
        yield base, token, eng_dir, root
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


# JavaScript run in the page: JupyterLab's own app object (exposed with --LabApp.expose_app_in_browser);
# the notebook's panel is looked up by its path, whatever else the workspace shows.
_PANEL = """const app = window.jupyterapp;
  const find = () => Array.from(app.shell.widgets('main')).find(w => w.context && w.context.path === path);"""
_READY = """async (path) => {
  """ + _PANEL + """
  for (let i = 0; i < 1200 && !(find() && find().sessionContext); i++) await new Promise(r => setTimeout(r, 100));
  const panel = find();
  app.shell.activateById(panel.id);
  await panel.context.ready; await panel.sessionContext.ready;
  for (let i = 0; i < 1200 && !(panel.sessionContext.session && panel.sessionContext.session.kernel
       && panel.sessionContext.session.kernel.status === 'idle'); i++) await new Promise(r => setTimeout(r, 100));
  return panel.sessionContext.session.kernel.status;
}"""
_RUN_FROM = """async ([path, marker]) => {
  """ + _PANEL + """
  const panel = find(), nb = panel.content;
  app.shell.activateById(panel.id);
  const cells = Array.from(nb.model.cells), code = cells.filter(c => c.type === 'code');
  const sleep = ms => new Promise(r => setTimeout(r, ms));
  nb.activeCellIndex = marker ? cells.findIndex(c => c.sharedModel.getSource().includes(marker)) : 0;
  if (nb.activeCellIndex < 0) throw new Error('no cell holds ' + marker);
  const before = Math.max(0, ...code.map(c => c.executionCount || 0)), last = code[code.length - 1];
  const failed = () => code.some(c => c.outputs.toJSON().some(o => o.output_type === 'error'));
  app.commands.execute(marker ? 'notebook:run-all-below' : 'notebook:run-all-cells');
  // done when the last cell has run (or one failed, which stops the rest) and the kernel is idle again
  for (let i = 0; i < 3000; i++) {
    await sleep(200);
    if (((last.executionCount || 0) > before || failed()) && panel.sessionContext.session.kernel.status === 'idle')
      return true;
  }
  return false;
}"""
_OUTPUTS = """(path) => {
  """ + _PANEL + """
  return Array.from(find().content.model.cells)
    .map(c => ({source: c.sharedModel.getSource(), outputs: c.type === 'code' ? c.outputs.toJSON() : []}));
}"""
_SAVE = """async (path) => { """ + _PANEL + """ await find().context.save(); }"""
_SHUTDOWN = """async (path) => { """ + _PANEL + """ await find().sessionContext.shutdown(); }"""


def _open(browser, lab, name: str):
    """A fresh page on `name`, in a workspace of its own (nothing restored from another test)."""
    base, token = lab[0], lab[1]
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(CELL_TIMEOUT_MS)
    page.goto(f"{base}/lab/workspaces/{Path(name).stem}/tree/{name}?reset&token={token}")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell", timeout=120_000)
    assert page.evaluate(_READY, name) == "idle"
    return page


def _run(page, name: str, from_marker: str = "") -> list[dict]:
    assert page.evaluate(_RUN_FROM, [name, from_marker]), "the cells did not finish within 10 minutes"
    page.wait_for_timeout(1500)  # let the last outputs and widget views render
    return page.evaluate(_OUTPUTS, name)


def _text(cells: list[dict]) -> str:
    out = []
    for c in cells:
        for o in c["outputs"]:
            out.append("".join(o.get("text", "")) if "text" in o else json.dumps(o.get("data", {})))
    return "\n".join(out)


def _assert_clean(page, cells: list[dict], min_widgets: int) -> None:
    errors = [o for c in cells for o in c["outputs"] if o.get("output_type") == "error"]
    assert not errors, f"{errors[0]['ename']}: {errors[0]['evalue']}"
    assert "Traceback" not in _text(cells)
    body = page.inner_text("body")
    assert "Error displaying widget" not in body
    views = page.locator(".jp-OutputArea-output .jupyter-widgets.widget-container, "
                         ".jp-OutputArea-output .widget-inline-hbox")
    assert views.count() >= min_widgets, f"only {views.count()} widgets rendered"


def _recommendation(cells: list[dict]) -> str:
    return _text([c for c in cells if "assess.run_stage(eng, config)" in c["source"]])


def _set_number(page, label: str, value: int) -> None:
    box = page.locator(".widget-inline-hbox", has=page.locator("label.widget-label", has_text=label)).first
    field = box.locator("input")
    field.fill(str(value))
    field.press("Enter")
    page.wait_for_timeout(500)  # the new value travels to the kernel


def test_assess_questionnaire_change_takes_effect(browser, lab):
    eng_dir = lab[2]
    page = _open(browser, lab, "01_assess.ipynb")
    cells = _run(page, "01_assess.ipynb")
    _assert_clean(page, cells, min_widgets=9)
    assert json.loads((eng_dir / "assess" / "assessment.json").read_text())["questionnaire"]["queries_per_day"] == 1000

    before = _recommendation(cells)
    _set_number(page, "Queries per day", 7)
    cells = _run(page, "01_assess.ipynb", "assess.run_stage(eng, config)")
    _assert_clean(page, cells, min_widgets=9)
    saved = json.loads((eng_dir / "assess" / "assessment.json").read_text())
    assert saved["questionnaire"]["queries_per_day"] == 7
    after = _recommendation(cells)
    assert after != before and "1,000 queries a day" in before and "1,000 queries a day" not in after, after
    page.close()


def test_train_settings_change_starts_a_new_run(browser, lab):
    eng_dir = lab[2]
    page = _open(browser, lab, "04_train.ipynb")
    cells = _run(page, "04_train.ipynb")
    _assert_clean(page, cells, min_widgets=10)
    assert (eng_dir / "runs" / "run-01" / "train_config.json").is_file(), _text(cells)[-3000:]
    first = json.loads((eng_dir / "runs" / "run-01" / "train_config.json").read_text())
    assert first["config"]["lora_r"] == 16

    _set_number(page, "LoRA rank", 8)
    cells = _run(page, "04_train.ipynb", "check_memory(eng, config, machine)")
    _assert_clean(page, cells, min_widgets=10)
    assert (eng_dir / "runs" / "run-02" / "train_config.json").is_file(), _text(cells)[-3000:]
    second = json.loads((eng_dir / "runs" / "run-02" / "train_config.json").read_text())
    assert second["config"]["lora_r"] == 8 and second["run"] == "run-02"
    assert json.loads((eng_dir / "runs" / "run-01" / "train_config.json").read_text())["config"]["lora_r"] == 16
    assert "train as run-02" in _text(cells)

    # saved, then reopened without the kernel that drew the widgets: text, not "model not found"
    page.evaluate(_SAVE, "04_train.ipynb")
    saved = nbformat.read(Path(lab[3]) / "04_train.ipynb", as_version=4)
    assert "widgets" not in saved.metadata
    bundles = [o.get("data", {}) for c in saved.cells if c.cell_type == "code" for o in c.outputs]
    assert not any("application/vnd.jupyter.widget-view+json" in d for d in bundles)
    assert any("LoRA rank: 8" in d.get("text/plain", "") for d in bundles)
    page.evaluate(_SHUTDOWN, "04_train.ipynb")
    page.reload()
    page.wait_for_selector(".jp-OutputArea-output", timeout=120_000)
    page.wait_for_timeout(3000)
    body = page.inner_text("body")
    assert "Error displaying widget" not in body and "LoRA rank: 8" in body
    page.close()
