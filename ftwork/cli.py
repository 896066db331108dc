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
from .loaders import describe_table, import_source, source_kind
from .models import EMBEDDED_ID
from .pii.quality import anonymize_eval_command
from .progress import ENV as PROGRESS_ENV
from .resources import samples_dir
from .tasks import NEW_TASKS, task as registry_task
from .workbook import STAGES, ensure_notebooks, install_notebooks, notebook_status, open_lab, refresh_notebooks, stale_notice


class CliError(Exception):
    """A user-facing error: printed as one paragraph, exit code 2."""


# ---------------------------------------------------------------------------------------------
# ftwork new
# ---------------------------------------------------------------------------------------------
def _validate_data(path: Path, task: str, text_col: str, label_col: str, role: str, table: dict | None = None,
                   info: dict | None = None) -> list[dict]:
    """The records of `path` read as the stages will (`table`: the read overrides; `info` gets what was read)."""
    try:
        records = load_records(path, info=info, table=table)
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


def _as_table(path: Path, company: dict, role: str, table: dict | None = None) -> Path:
    """A mailbox (.mbox), .eml files, a folder of documents or a .txt of prose become a JSONL table first
    (read only); a table – a .txt too, when it is one (`loaders.source_kind`) – stays as it is."""
    if not path.exists():
        return path  # _validate_data names the missing file
    try:
        if path.is_file() and path.suffix.lower() not in (".eml", ".mbox", ".txt", ".md"):
            return path  # a table, or a format _validate_data names
        if path.is_file() and source_kind(path, (table or {}).get("delimiter"), (table or {}).get("encoding")) == "table":
            return path
        return import_source(path, Path(tempfile.mkdtemp(prefix="ftwork-import-")), company, table=table)
    except DatasetError as exc:
        raise CliError(f"{role}: {exc}") from None


def _sample(sample: str) -> tuple[dict, dict | None]:
    """The entry of `sample` in data_samples/samples.json (with the path of its file), and the samples' company."""
    registry_path = samples_dir() / "samples.json"
    if not registry_path.is_file():
        raise CliError(f"No sample registry at {registry_path}: this ftwork install lacks its samples – reinstall it, or set "
                       "FTWORK_SAMPLES to a folder holding samples.json.")
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
        install_notebooks(eng)  # the engagement's own workbook, PROJECT_DIR pointing at its folder
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
    delimiter: str | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
    info: dict | None = None,
) -> Engagement:
    """Create an engagement folder from a sample or from the client's own file; nothing half-made on error.
    `delimiter`, `encoding`, `sheet` override what is detected, for --data and --eval-data, and are kept in
    settings.json so every stage reads the files the same way; `info` gets {"data"/"eval": what was read}."""
    target = Path(directory).expanduser().resolve()
    if target.exists() and any(target.iterdir()) and not force:
        raise CliError(f"{target} already exists and is not empty. Choose a new folder, or pass --force to replace it.")
    if bool(sample) == bool(data):
        raise CliError("Give either --sample NAME (from data_samples/) or --data FILE (your own CSV/JSONL/XLSX), not both or neither.")
    client_prompt, company = "", None
    table = {"delimiter": delimiter, "encoding": encoding, "sheet": sheet}
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
        data_path = _as_table(Path(data).expanduser(), client, "--data", table)
        if eval_data:
            eval_data = str(_as_table(Path(eval_data).expanduser(), client, "--eval-data", table))
        company = client if company_domains else None
    info = {} if info is None else info
    _validate_data(data_path, task, text_column, label_column, "--data", table, info.setdefault("data", {}))
    eval_path = Path(eval_data).expanduser() if eval_data else None
    if eval_path is not None:
        _validate_data(eval_path, task, text_column, label_column, "--eval-data", table, info.setdefault("eval", {}))
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
        data_delimiter=delimiter or "",
        data_encoding=encoding or "",
        data_sheet=sheet or "",
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


def _kernel_manager_class(socket_dir: str):
    """Talk to the notebook kernel over Unix sockets in `socket_dir` rather than TCP on localhost (POSIX only).

    The sockets get an absolute path: a relative one lands in the notebooks' folder (the workbook).
    """
    if os.name != "posix":
        return None
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            kwargs.setdefault("transport", "ipc")
            kwargs.setdefault("ip", os.path.join(socket_dir, "kernel"))
            super().__init__(**kwargs)

    return IPCKernelManager


class _StageOutput:
    """The stage's own printed lines (its progress among them), indented under its "▶ stage" line as they come."""

    def __init__(self, stream=None):
        self.stream, self.at_line_start = stream or sys.stdout, True

    def write(self, text: str) -> None:
        for piece in text.splitlines(keepends=True):
            self.stream.write(("  │ " if self.at_line_start else "") + piece.replace("\r", "\n"))
            self.at_line_start = piece.endswith("\n")

    def flush(self) -> None:
        self.stream.flush()


def _open_workbook(directory: str | Path) -> Engagement:
    """The engagement, with its own notebooks (copied now if it predates workbooks); says when templates are newer."""
    try:
        eng = Engagement.open(directory)
        copied = ensure_notebooks(eng)
        notice = stale_notice(eng, directory)
    except EngagementError as exc:
        raise CliError(str(exc)) from None
    if copied:
        print(f"Copied the notebooks {', '.join(s[:2] for s in copied)} into {eng.notebooks_dir} (it had none).")
    if notice:
        print(notice)
    return eng


def run_engagement(directory: str | Path, smoke: bool = False, only: str | None = None, run: str = "run-01",
                   extra_parameters: dict | None = None, log_output: bool = False, stream: bool = True) -> dict:
    """Execute the engagement's own notebooks with papermill, saving the executed copies in `executed/`.

    `stream` prints each stage's own output (progress lines with elapsed time and time left, as
    FTWORK_PROGRESS=lines makes the kernel print them) while it runs; `log_output` also papermill's
    log of every output.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    eng = _open_workbook(directory)
    stages = _parse_stages(only)
    eng.executed_dir.mkdir(parents=True, exist_ok=True)
    timings = {}
    sockets = tempfile.mkdtemp(prefix="ftwork-kernel-")
    km = _kernel_manager_class(sockets)
    previous = os.environ.get(PROGRESS_ENV)
    os.environ[PROGRESS_ENV] = "lines"  # the kernels inherit it: plain progress lines, no redrawn bars
    try:
        for stage in stages:
            source = eng.notebooks_dir / f"{stage}.ipynb"
            output = eng.executed_dir / f"{stage}.ipynb"
            params = {"PROJECT_DIR": str(eng.root), "SMOKE": smoke, "RUN": run, **(extra_parameters or {})}
            print(f"▶ {stage}  ({source})", flush=True)
            started = time.time()
            try:
                pm.execute_notebook(
                    str(source), str(output), parameters=params, cwd=str(eng.notebooks_dir),
                    progress_bar=False, log_output=log_output, kernel_name="python3",
                    stdout_file=_StageOutput() if stream else None,
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
    finally:
        shutil.rmtree(sockets, ignore_errors=True)
        if previous is None:
            os.environ.pop(PROGRESS_ENV, None)
        else:
            os.environ[PROGRESS_ENV] = previous
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
    p.add_argument("--delimiter", help="the table's delimiter: , ; | or tab (default: detected)")
    p.add_argument("--encoding", help="the file's encoding, e.g. utf-8, cp1252, utf-16 (default: detected – UTF-8 "
                                      "with or without BOM, UTF-16 with BOM, else Windows-1252)")
    p.add_argument("--sheet", help="the .xlsx sheet to read (default: the first)")
    p.add_argument("--force", action="store_true", help="replace an existing folder")

    p = sub.add_parser("run", help="run the stage notebooks headless with papermill")
    p.add_argument("directory")
    p.add_argument("--smoke", action="store_true", help="tiny data and a few steps")
    p.add_argument("--only", help="stages to run, e.g. '04,05' or 'train'")
    p.add_argument("--run", default="run-01", help="name of the training run (iterations: run-02, …)")
    p.add_argument("--log-output", action="store_true", help="also log every cell output (papermill's log)")
    p.add_argument("--quiet", action="store_true", help="only the stage names and times, not the stages' own lines")

    p = sub.add_parser("lab", help="open the engagement's workbook in JupyterLab (pip install 'ftwork[lab]')")
    p.add_argument("directory")
    p.add_argument("--ip", default="127.0.0.1", help="address to listen on (default this machine only; 0.0.0.0 on a server)")
    p.add_argument("--port", type=int, default=8888, help="port (the next free one is taken if busy)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser (on a server)")
    p.add_argument("--allow-root", action="store_true", help="let JupyterLab run as root (a server you administer)")

    p = sub.add_parser("notebooks", help="state of the engagement's own notebooks against this ftwork's templates")
    p.add_argument("directory")
    p.add_argument("--refresh", action="store_true",
                   help="replace the copies whose template changed (a newer ftwork), keeping the old ones as .ipynb.bak")

    sub.add_parser("anonymize-eval", help="score anonymization on a labelled JSONL file", add_help=False)
    return parser


def _run_command(args) -> None:
    summary = run_engagement(args.directory, smoke=args.smoke, only=args.only, run=args.run,
                             log_output=args.log_output, stream=not args.quiet)
    print("\nFinished.")
    print(f"  executed notebooks: {summary['executed_notebooks']}")
    for key, label in (("report", "evaluation report"), ("metrics", "metrics"), ("exported_model", "exported model")):
        if key in summary:
            print(f"  {label}: {summary[key]}")


def _notebooks_command(args) -> None:
    eng = Engagement.open(args.directory)
    if args.refresh:
        stages, backups = refresh_notebooks(eng)
        print(f"Refreshed {', '.join(stages)} from this ftwork's templates." if stages else "Every notebook is up to date.")
        for b in backups:
            print(f"  kept your previous copy as {b}")
        return
    for stage, state in notebook_status(eng).items():
        print(f"  {stage}: {state}")
    if any("template changed" in st or st == "missing" for st in notebook_status(eng).values()):
        print(f"`ftwork notebooks {args.directory} --refresh` updates those, keeping the old copies as .bak.")


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
                company_domains=args.company_domain, delimiter=args.delimiter, encoding=args.encoding,
                sheet=args.sheet, info=(read := {}),
            )
            s = eng.settings()
            for role, name in (("data", s.data_file), ("eval", s.eval_file)):
                if read.get(role, {}).get("table"):  # what was detected, so a wrong guess is seen at once
                    print(f"Read raw/{name}: {describe_table(read[role]['table'])}")
            print(f"Created engagement {eng.root}\n  task: {s.task}; base model: {s.base_model}; data: raw/{s.data_file}"
                  + (f"; eval: raw/{s.eval_file}" if s.eval_file else "")
                  + f"\n  workbook: {eng.notebooks_dir}/ (the six notebooks, PROJECT_DIR already set)"
                  + f"\nNext: ftwork lab {args.directory}   (open the workbook in JupyterLab)   or   ftwork run {args.directory}")
        elif args.command == "run":
            _run_command(args)
        elif args.command == "lab":
            return open_lab(_open_workbook(args.directory), ip=args.ip, port=args.port, no_browser=args.no_browser,
                            allow_root=args.allow_root, directory=args.directory)
        elif args.command == "notebooks":
            _notebooks_command(args)
    except (CliError, EngagementError) as exc:
        print(f"ftwork: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
