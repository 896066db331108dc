"""The `ftwork` command line: create an engagement, run its notebooks headless, score anonymization."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .dataset import check_columns, load_records
from .engagement import Engagement, Settings, atomic_dir
from .errors import DatasetError, EngagementError
from .loaders import import_source
from .models import EMBEDDED_ID
from .pii.quality import anonymize_eval_command
from .tasks import NEW_TASKS, task as registry_task

REPO = Path(__file__).resolve().parents[1]
STAGES = ("01_assess", "02_anonymize", "03_build_dataset", "04_train", "05_evaluate", "06_export")


class CliError(Exception):
    """A user-facing error: printed as one paragraph, exit code 2."""


def samples_dir() -> Path:
    return Path(os.environ.get("FTWORK_SAMPLES") or REPO / "data_samples")


def notebooks_dir() -> Path:
    return Path(os.environ.get("FTWORK_NOTEBOOKS") or REPO / "notebooks")


# ---------------------------------------------------------------------------------------------
# ftwork new
# ---------------------------------------------------------------------------------------------
def _validate_data(path: Path, task: str, text_col: str, label_col: str, role: str) -> list[dict]:
    try:
        records = load_records(path)
        check_columns(records, [text_col, label_col], str(path))
    except DatasetError as exc:
        raise CliError(f"{role}: {exc}") from None
    blank = sum(1 for r in records if not str(r.get(label_col, "")).strip())
    if blank > len(records) / 2:
        raise CliError(
            f"{role} {path}: {blank} of {len(records)} rows have an empty '{label_col}'. Pick the column that holds "
            "the answers with --label-column, or fill them in."
        )
    if task == "classification":
        classes = {str(r.get(label_col, "")).strip() for r in records} - {""}
        if len(classes) < 2 and role == "--data":
            raise CliError(
                f"--data {path}: column '{label_col}' has a single class ({', '.join(classes) or 'none'}). "
                "Classification needs at least two; check --label-column."
            )
    return records


def _as_table(path: Path, company: dict, role: str) -> Path:
    """A mailbox (.mbox), .eml files or a folder of documents become a JSONL table first (read only)."""
    if path.is_file() and path.suffix.lower() not in (".eml", ".mbox"):
        return path
    if not path.exists():
        return path  # _validate_data names the missing file
    staging = Path(tempfile.mkdtemp(prefix="ftwork-import-"))
    try:
        return import_source(path, staging, company)
    except DatasetError as exc:
        raise CliError(f"{role}: {exc}") from None


def _sample(sample: str) -> tuple[dict, dict | None]:
    """The entry of `sample` in data_samples/samples.json (with the path of its file), and the samples' company."""
    registry_path = samples_dir() / "samples.json"
    if not registry_path.is_file():
        raise CliError(f"No sample registry at {registry_path}: run from a clone of the repository, or set FTWORK_SAMPLES.")
    registry = json.loads(registry_path.read_text(encoding="utf-8"))
    names = [k for k in registry if k != "company"]
    if sample not in names:
        raise CliError(f"Unknown sample '{sample}'. Available samples: {', '.join(names)}.")
    return {**registry[sample], "path": samples_dir() / registry[sample]["file"]}, registry.get("company")


def _default_prompt(task: str) -> str:
    """The registry's instruction for `task`, written when no --system-prompt is given."""
    try:
        return registry_task(task).default_prompt
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _read_client_prompt(client_prompt_file: str) -> str:
    try:
        return Path(client_prompt_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"--client-prompt-file {client_prompt_file}: cannot be read as UTF-8 text ({exc}).") from None


def _copy_read_only(src: Path, dst: Path) -> None:
    """Copies, read-only: the client's raw data is never modified in place."""
    shutil.copy2(src, dst)
    os.chmod(dst, 0o444)


def _write_engagement(target: Path, settings: Settings, files: list[tuple[Path, str]], company: dict | None) -> Engagement:
    """Create the folder with raw/ copies, company.json and settings.json; nothing half-made on error."""
    with atomic_dir(target) as tmp:  # replaces target only on success
        eng = Engagement(tmp)
        eng.raw.mkdir()
        for src, name in files:
            _copy_read_only(src, eng.raw / name)
        if settings.sample:
            for extra in ("deny_list.csv",):
                if (samples_dir() / extra).is_file():
                    _copy_read_only(samples_dir() / extra, eng.raw / extra)
        if company:
            (eng.root / "company.json").write_text(json.dumps(company, indent=2, ensure_ascii=False) + "\n")
        eng.save_settings(settings)
    return Engagement(target)


def new_engagement(
    directory: str | Path,
    sample: str | None = None,
    data: str | None = None,
    task: str = "classification",
    text_column: str = "text",
    label_column: str = "label",
    eval_data: str | None = None,
    base_model: str | None = None,
    system_prompt: str | None = None,
    client_prompt_file: str | None = None,
    force: bool = False,
    company_domains: list[str] | None = None,
) -> Engagement:
    """Create an engagement folder from a sample or from the client's own file; nothing half-made on error."""
    target = Path(directory).expanduser().resolve()
    if target.exists() and any(target.iterdir()) and not force:
        raise CliError(f"{target} already exists and is not empty. Choose a new folder, or pass --force to replace it.")
    if bool(sample) == bool(data):
        raise CliError("Give either --sample NAME (from data_samples/) or --data FILE (your own CSV/JSONL/XLSX), not both or neither.")
    client_prompt, company = "", None
    if sample:
        spec, company = _sample(sample)
        data_path = spec["path"]
        task, text_column, label_column = spec["task"], spec["text_column"], spec["label_column"]
        system_prompt = system_prompt or spec.get("system_prompt", "")
        client_prompt = spec.get("client_prompt", "")
        language = spec.get("language", "en")
    else:
        language = "en"
        if task not in NEW_TASKS:
            raise CliError(f"Unknown --task '{task}'. Choose one of {', '.join(NEW_TASKS)}.")
        client = {"name": "", "allow": list(company_domains or [])}
        data_path = _as_table(Path(data).expanduser(), client, "--data")
        if eval_data:
            eval_data = str(_as_table(Path(eval_data).expanduser(), client, "--eval-data"))
        company = client if company_domains else None
    _validate_data(data_path, task, text_column, label_column, "--data")
    eval_path = Path(eval_data).expanduser() if eval_data else None
    if eval_path is not None:
        _validate_data(eval_path, task, text_column, label_column, "--eval-data")
    if client_prompt_file:
        client_prompt = _read_client_prompt(client_prompt_file)

    settings = Settings(
        name=target.name,
        task=task,
        base_model=base_model or EMBEDDED_ID,
        data_file=data_path.name,
        eval_file=("eval_" + eval_path.name if eval_path.name == data_path.name else eval_path.name) if eval_path else "",
        text_column=text_column,
        label_column=label_column,
        system_prompt=system_prompt or _default_prompt(task),
        client_prompt=client_prompt,
        language=language,
        sample=sample or "",
    )
    files = [(data_path, settings.data_file)] + ([(eval_path, settings.eval_file)] if eval_path else [])
    return _write_engagement(target, settings, files, company)


# ---------------------------------------------------------------------------------------------
# ftwork run
# ---------------------------------------------------------------------------------------------
def _parse_stages(only: str | None) -> list[str]:
    if not only:
        return list(STAGES)
    picked = []
    for token in only.replace(",", " ").split():
        match = [s for s in STAGES if s == token or s.startswith(token.zfill(2) + "_") or s.split("_", 1)[1].startswith(token)]
        if not match:
            raise CliError(f"--only: no stage '{token}'. Stages: {', '.join(STAGES)} (numbers like 1,4 work too).")
        picked += [m for m in match if m not in picked]
    return [s for s in STAGES if s in picked]


def _kernel_manager_class():
    """Talk to the notebook kernel over Unix sockets rather than TCP on localhost (POSIX only)."""
    if os.name != "posix":
        return None
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            kwargs.setdefault("transport", "ipc")
            super().__init__(**kwargs)

    return IPCKernelManager


def run_engagement(directory: str | Path, smoke: bool = False, only: str | None = None, run: str = "run-01",
                   extra_parameters: dict | None = None, log_output: bool = False) -> dict:
    """Execute the stage notebooks with papermill, saving the executed copies in the engagement folder."""
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    try:
        eng = Engagement.open(directory)
    except EngagementError as exc:
        raise CliError(str(exc)) from None
    stages = _parse_stages(only)
    eng.executed_dir.mkdir(parents=True, exist_ok=True)
    timings = {}
    km = _kernel_manager_class()
    for stage in stages:
        source = notebooks_dir() / f"{stage}.ipynb"
        if not source.is_file():
            raise CliError(f"Notebook {source} is missing; run from a clone of the repository or set FTWORK_NOTEBOOKS.")
        output = eng.executed_dir / f"{stage}.ipynb"
        params = {"PROJECT_DIR": str(eng.root), "SMOKE": smoke, "RUN": run, **(extra_parameters or {})}
        print(f"▶ {stage}", flush=True)
        started = time.time()
        try:
            pm.execute_notebook(
                str(source), str(output), parameters=params, cwd=str(notebooks_dir()),
                progress_bar=False, log_output=log_output, kernel_name="python3",
                **({"kernel_manager_class": km} if km else {}),
            )
        except PapermillExecutionError as exc:
            raise CliError(
                f"Stage {stage} failed: {exc.ename}: {exc.evalue}\n"
                f"The executed notebook, with the full traceback, is {output}. Fix the cause and rerun "
                f"`ftwork run {directory} --only {stage[:2]}`{' --smoke' if smoke else ''}."
            ) from None
        timings[stage] = round(time.time() - started, 1)
        print(f"  done in {timings[stage]} s", flush=True)
    eng_run = eng.run_dir(run)
    summary = {"engagement": str(eng.root), "stages_seconds": timings, "executed_notebooks": str(eng.executed_dir)}
    if (eng_run / "metrics.json").is_file():
        summary["metrics"] = str(eng_run / "metrics.json")
        html = eng_run / "report.html"
        summary["report"] = str(html if html.is_file() else eng_run / "report.md")
    if (eng_run / "export" / "merged").is_dir():
        summary["exported_model"] = str(eng_run / "export")
    return summary


# ---------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ftwork", description="Guided LLM fine-tuning engagements.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("new", help="create an engagement folder")
    p.add_argument("directory")
    p.add_argument("--sample", help="a sample from data_samples/ (tickets, emails, invoices)")
    p.add_argument("--data", help="your own CSV/JSONL/XLSX file, .mbox/.eml mailbox or folder of .txt/.md files")
    p.add_argument("--task", default="classification", choices=NEW_TASKS,
                   help="; ".join(f"{name}: {registry_task(name).summary}" for name in NEW_TASKS))
    p.add_argument("--text-column", default="text")
    p.add_argument("--label-column", default="label")
    p.add_argument("--eval-data", help="a held-out file used as the evaluation split")
    p.add_argument("--base-model", help=f"hub id or local folder (default {EMBEDDED_ID}, embedded)")
    p.add_argument("--system-prompt", help="short task instruction used in training and evaluation")
    p.add_argument("--client-prompt-file", help="the long prompt the client uses today (prompting baseline)")
    p.add_argument("--company-domain", action="append", default=[],
                   help="the company's own e-mail domain (repeatable): pairs mailbox threads, stays un-anonymized")
    p.add_argument("--force", action="store_true", help="replace an existing folder")

    p = sub.add_parser("run", help="run the stage notebooks headless with papermill")
    p.add_argument("directory")
    p.add_argument("--smoke", action="store_true", help="tiny data and a few steps")
    p.add_argument("--only", help="stages to run, e.g. '04,05' or 'train'")
    p.add_argument("--run", default="run-01", help="name of the training run (iterations: run-02, …)")
    p.add_argument("--log-output", action="store_true", help="stream the notebooks' output")

    sub.add_parser("anonymize-eval", help="score anonymization on a labelled JSONL file", add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "anonymize-eval":
        return anonymize_eval_command(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        if args.command == "new":
            eng = new_engagement(
                args.directory, sample=args.sample, data=args.data, task=args.task, text_column=args.text_column,
                label_column=args.label_column, eval_data=args.eval_data, base_model=args.base_model,
                system_prompt=args.system_prompt, client_prompt_file=args.client_prompt_file, force=args.force,
                company_domains=args.company_domain,
            )
            s = eng.settings()
            print(f"Created engagement {eng.root}\n  task: {s.task}; base model: {s.base_model}; data: raw/{s.data_file}"
                  + (f"; eval: raw/{s.eval_file}" if s.eval_file else "")
                  + f"\nNext: ftwork run {args.directory}   (or open notebooks/01_assess.ipynb with PROJECT_DIR set)")
        elif args.command == "run":
            summary = run_engagement(args.directory, smoke=args.smoke, only=args.only, run=args.run, log_output=args.log_output)
            print("\nFinished.")
            print(f"  executed notebooks: {summary['executed_notebooks']}")
            for key, label in (("report", "evaluation report"), ("metrics", "metrics"), ("exported_model", "exported model")):
                if key in summary:
                    print(f"  {label}: {summary[key]}")
    except CliError as exc:
        print(f"ftwork: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
