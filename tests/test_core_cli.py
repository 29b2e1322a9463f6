"""The command line: lazy loading, help with examples, plugins, pipeline, show, clean, run output."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsmill import __version__
from newsmill.core.cli import CORE_COMMANDS, cli
from tests.conftest import PAGE, REPO, read_jsonl, run_cli

pytestmark = pytest.mark.usefixtures("minimal_builtins")

P = "tests.plugins."


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["run", "--help"], ["plugins", "--help"]])
def test_help_and_version_import_no_plugin(args):
    code = (
        "import sys\n"
        "from newsmill.core.cli import main\n"
        f"sys.argv = ['newsmill', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert e.code in (0, None), e.code\n"
        "loaded = [m for m in sys.modules if m.startswith(('newsmill.plugins', 'newsmill_hello', "
        "'pluggy', 'newsmill.core.pipeline', 'tests.plugins'))]\n"
        "print('LOADED', loaded)\n"
    )
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={"NEWSMILL_PLUGINS": "tests.plugins.annotate_numbers", "PYTHONPATH": str(REPO),
                              "PATH": ""})
    assert out.returncode == 0, out.stderr
    assert "LOADED []" in out.stdout


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"newsmill, version {__version__}"


@pytest.mark.parametrize("command", CORE_COMMANDS)
def test_every_command_has_help_with_examples(invoke, command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout and f"newsmill {command}" in result.stdout
    assert "-p NAME" in result.stdout and "--config" in result.stdout


def test_group_help_lists_commands_and_examples(invoke):
    out = invoke("--help").stdout
    for command in CORE_COMMANDS:
        assert command in out
    assert "Examples:" in out


def test_plugins_text_listing(invoke):
    out = invoke("plugins").stdout
    lines = out.splitlines()
    i = next(i for i, ln in enumerate(lines) if ln.startswith("read-text"))
    assert "built-in" in lines[i] and "loaded" in lines[i] and "newsmill" in lines[i]
    assert lines[i + 1].strip().startswith("hooks:") and "newsmill_read" in lines[i + 1]


def test_pipeline_shows_stages_in_order(invoke):
    result = invoke("-p", P + "trace_a", "-p", P + "trace_b", "pipeline")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [ln.split()[0] for ln in lines[:7]] == ["sources", "read", "clean", "segment", "annotate",
                                                    "extract", "link"]
    assert lines[2].split(None, 1)[1] == f"{P}trace_b → {P}trace_a"
    assert lines[3].split(None, 1)[1] == "segment-whole"
    assert "jsonl (jsonl)" in result.stdout and "serial (exec-serial)" in result.stdout
    data = json.loads(invoke("pipeline", "--json").stdout)
    assert data["stages"]["read"] == ["read-text"] and data["executors"] == {"serial": "exec-serial"}


def test_show_prints_values_beside_raw_evidence(invoke, page):
    result = invoke("show", str(page), "-p", P + "clean_spaces", "-p", P + "annotate_numbers",
                    "-p", P + "extract_numbers", "-p", P + "segment_lines")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "[article 0] 开发区三个项目集\n" in out
    assert "number    2000" in out and "← '2000'" in out
    assert "amount:" in out and "value = 28" in out and "← '28'" in out
    doc = json.loads(invoke("show", str(page), "--json").stdout)
    assert "raw" not in doc and doc["articles"]


def test_show_reports_a_failed_document(invoke, workdir):
    (workdir / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\xfe\x00")
    result = invoke("show", "bad.txt")
    assert result.exit_code == 1
    assert "bad.txt: read (read-text)" in result.stderr and "not text" in result.stderr


def test_clean_prints_text_and_diff(invoke, page):
    result = invoke("clean", str(page), "-p", P + "clean_spaces")
    assert result.exit_code == 0
    assert result.stdout.startswith("开发区三个项目集中签约\n")
    diff = invoke("clean", str(page), "--diff", "-p", P + "clean_spaces").stdout.splitlines()
    assert len(diff) == 5  # four gaps in the headline, one after 本报讯
    assert diff[0].split() == ["3-4", "'", "'", "→", "''"]
    assert invoke("clean", str(page), "--diff").stdout == ""


def test_run_summary_quiet_and_profile(invoke, workdir, page):
    result = invoke("run", str(page), "-o", "out", "--format", "jsonl", "-p", P + "annotate_numbers")
    assert result.exit_code == 0
    summary = result.stderr.splitlines()
    assert summary[0].startswith("1 documents (0 failed, 0 unchanged), 1 articles, 5 mentions, 0 records")
    assert "MB/s" in summary[0] and summary[1] == "output: out"
    quiet = invoke("run", str(page), "-o", "out", "--format", "jsonl", "-q")
    assert quiet.exit_code == 0 and quiet.output == ""
    prof = invoke("run", str(page), "-o", "out", "--format", "jsonl", "-q", "--profile",
                  "-p", P + "annotate_numbers")
    rows = {tuple(ln.split()[:2]): ln.split()[2] for ln in prof.stderr.splitlines()[1:]}
    assert rows[("annotate", P + "annotate_numbers")] == "1"
    assert rows[("read", "read-text")] == "1" and rows[("segment", "segment-whole")] == "1"
    assert prof.stderr.splitlines()[0].split() == ["stage", "plugin", "calls", "seconds"]


def test_run_defaults_from_config(invoke, workdir, page):
    (workdir / "newsmill.toml").write_text(
        '[run]\nformats = ["jsonl"]\noutput = "from-config"\npub_date = "2024-05-06"\n', encoding="utf-8")
    result = invoke("run", str(page), "-q")
    assert result.exit_code == 0, result.output
    (doc,) = read_jsonl(workdir / "from-config" / "documents.jsonl")
    assert doc["meta"]["pub_date"] == "2024-05-06" and doc["meta"]["pub_date_source"] == "option"


def test_run_bad_arguments(invoke, page):
    bad_date = invoke("run", str(page), "--pub-date", "2024-13-01")
    assert bad_date.exit_code == 2 and "expected YYYY-MM-DD" in bad_date.output
    no_format = invoke("run", str(page), "--format", "nope")
    assert no_format.exit_code == 2 and "unknown format 'nope' (available: " in no_format.stderr


def test_run_walks_folders_in_sorted_order(invoke, workdir):
    pages = workdir / "pages"
    (pages / "b").mkdir(parents=True)
    for rel in ["b/2.txt", "a.txt", "b/1.txt", ".hidden.txt"]:
        (pages / rel).write_text(PAGE + rel, encoding="utf-8")
    result = invoke("run", str(pages), "-o", "out", "--format", "jsonl", "-q")
    assert result.exit_code == 0
    docs = read_jsonl(workdir / "out/documents.jsonl")
    names = [Path(d["source"]).relative_to(pages).as_posix() for d in docs]
    assert names == ["a.txt", "b/1.txt", "b/2.txt"]


def test_console_script_runs_in_a_subprocess(tmp_path):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    result = run_cli("run", "p.txt", "-o", "o", "--format", "jsonl", "-p", P + "annotate_numbers",
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (doc,) = read_jsonl(tmp_path / "o" / "documents.jsonl")
    assert len(doc["mentions"]) == 5
    errors = run_cli("run", "missing.txt", "-o", "o", "--format", "jsonl", cwd=tmp_path)
    assert errors.returncode == 1 and "Traceback" not in errors.stderr


def test_cli_object_is_a_click_group():
    assert set(CORE_COMMANDS) <= set(cli.commands)


def test_clean_diff_shows_character_substitutions(invoke, workdir):
    (workdir / "w.txt").write_text("投资１２亿元，年产 ３ 万吨", encoding="utf-8")
    result = invoke("clean", "w.txt", "--diff", "-p", P + "clean_widths")
    assert result.exit_code == 0, result.output
    assert [ln.split() for ln in result.stdout.splitlines()] == [
        ["2-4", "'１２'", "→", "'12'"], ["10-11", "'３'", "→", "'3'"]]
