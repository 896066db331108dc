import json
from pathlib import Path

import pytest

from ftwork import cli


def _run(argv):
    return cli.main(argv)


def test_new_from_sample_copies_raw_data_read_only(tmp_path):
    target = tmp_path / "acme"
    assert _run(["new", str(target), "--sample", "tickets"]) == 0
    settings = json.loads((target / "settings.json").read_text())
    assert settings["task"] == "classification" and settings["label_column"] == "category"
    raw = target / "raw" / settings["data_file"]
    assert raw.is_file()
    assert oct(raw.stat().st_mode & 0o777) == "0o444"


def test_new_with_own_data_and_eval_file(tmp_path):
    (tmp_path / "d.csv").write_text("msg,cat\nhello,a\nbye,b\nhi,a\n")
    (tmp_path / "e.csv").write_text("msg,cat\nhey,a\n")
    target = tmp_path / "eng"
    code = _run(["new", str(target), "--data", str(tmp_path / "d.csv"), "--task", "classification",
                 "--text-column", "msg", "--label-column", "cat", "--eval-data", str(tmp_path / "e.csv")])
    assert code == 0
    s = json.loads((target / "settings.json").read_text())
    assert s["eval_file"] == "e.csv" and (target / "raw" / "e.csv").is_file()


@pytest.mark.parametrize(
    "content, args, message",
    [
        (None, [], "file not found"),
        ("msg,cat\nhello,a\nbye,b\n", ["--label-column", "nope"], "no column 'nope'"),
        ("", [], "could not be read|no records"),
        ("msg,cat\nhello,a\nbye,a\n", [], "single class"),
        ("msg,cat\nhello,\nbye,\nhi,a\n", [], "empty 'cat'"),
        (b"msg,cat\ncaf\xe9,a\nbye \x81\x8d\x8f\x90\x9d,b\n", [], r"d\.csv: cannot tell its encoding.*--encoding"),
    ],
    ids=["missing-file", "unknown-column", "empty-file", "single-class", "blank-labels", "bad-encoding"],
)
def test_new_bad_input_is_one_clear_error_and_creates_nothing(tmp_path, capsys, content, args, message):
    data = tmp_path / "d.csv"
    if isinstance(content, bytes):
        data.write_bytes(content)
    elif content is not None:
        data.write_text(content)
    target = tmp_path / "eng"
    argv = ["new", str(target), "--data", str(data), "--text-column", "msg", "--label-column", "cat"]
    if args:
        argv = argv[:-2] + args
    code = _run(argv)
    err = capsys.readouterr().err
    assert code == 2
    assert __import__("re").search(message, err), err
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".eng")], "no half-made temporary folder left"


def test_new_refuses_a_non_empty_folder(tmp_path, capsys):
    (tmp_path / "eng").mkdir()
    (tmp_path / "eng" / "keep.txt").write_text("client notes")
    assert _run(["new", str(tmp_path / "eng"), "--sample", "tickets"]) == 2
    assert "not empty" in capsys.readouterr().err
    assert (tmp_path / "eng" / "keep.txt").read_text() == "client notes"


def test_unknown_sample_lists_the_available_ones(tmp_path, capsys):
    assert _run(["new", str(tmp_path / "x"), "--sample", "nope"]) == 2
    assert "tickets" in capsys.readouterr().err


def test_only_accepts_numbers_and_names():
    assert cli._parse_stages("4,5") == ["04_train", "05_evaluate"]
    assert cli._parse_stages("train evaluate") == ["04_train", "05_evaluate"]
    assert cli._parse_stages(None) == list(cli.STAGES)
    with pytest.raises(cli.CliError, match="no stage"):
        cli._parse_stages("09")


def test_run_on_a_folder_that_is_no_engagement(tmp_path, capsys):
    assert _run(["run", str(tmp_path)]) == 2
    assert "not an ftwork engagement" in capsys.readouterr().err


def test_anonymize_eval_is_wired_to_the_command_line(capsys):
    with pytest.raises(SystemExit) as exc:
        _run(["anonymize-eval", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "--deny-list" in out and "--pattern" in out and "--json" in out


def test_new_from_a_mailbox_imports_threads_as_a_table(tmp_path):
    mbox = Path(__file__).parent / "fixtures" / "mail" / "support.mbox"
    target = tmp_path / "mail"
    code = _run(["new", str(target), "--data", str(mbox), "--task", "writing", "--text-column", "incoming",
                 "--label-column", "reply", "--company-domain", "shop.example"])
    assert code == 0
    s = json.loads((target / "settings.json").read_text())
    assert s["data_file"] == "support.jsonl"
    rows = [json.loads(l) for l in (target / "raw" / "support.jsonl").read_text().splitlines()]
    assert rows and all(r["incoming"] and r["reply"] for r in rows)
    assert json.loads((target / "company.json").read_text())["allow"] == ["shop.example"]


def test_new_takes_tasks_and_default_prompts_from_the_registry(tmp_path):
    from ftwork.tasks import NEW_TASKS, task

    assert "qa" in NEW_TASKS  # still accepted at `ftwork new`
    (tmp_path / "d.csv").write_text("question,answer\nWhen do you open?,At nine.\nDo you ship abroad?,Yes.\n")
    target = tmp_path / "eng"
    assert _run(["new", str(target), "--data", str(tmp_path / "d.csv"), "--task", "qa",
                 "--text-column", "question", "--label-column", "answer"]) == 0
    s = json.loads((target / "settings.json").read_text())
    assert s["task"] == "qa" and s["system_prompt"] == task("qa").default_prompt
