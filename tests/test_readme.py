"""The README's examples run and print what the README shows."""

from __future__ import annotations

import contextlib
import io
import re
import shlex

import pytest
from click.testing import CliRunner

from newsmill.core.cli import cli
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    """The fenced blocks of the README in language ``lang`` (``""`` for plain blocks)."""
    fences = re.findall(r"^```(\w*)\n(.*?)^```$", README, flags=re.S | re.M)
    return [body for tag, body in fences if tag == lang]


def _shown_in_order(expected: str, output: str) -> None:
    """Every line of ``expected`` but blanks and ``...`` is a line of ``output``, in the same order."""
    lines = output.splitlines()
    pos = 0
    for want in expected.splitlines():
        if want.strip() in ("", "..."):
            continue
        assert want in lines[pos:], f"not printed (in this order): {want!r}"
        pos = lines.index(want, pos) + 1


def test_python_example_prints_what_the_readme_shows(monkeypatch):
    code, printed = _blocks("python")[0], _blocks("")[-1]
    monkeypatch.chdir(REPO)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    _shown_in_order(printed, out.getvalue())


def test_show_example_is_real_output(monkeypatch):
    (console,) = _blocks("console")
    command, *shown = console.splitlines()
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(cli, shlex.split(command.removeprefix("$ newsmill ")))
    assert result.exit_code == 0, result.output
    _shown_in_order("\n".join(shown), result.output)


@pytest.mark.parametrize("line", [ln for ln in _blocks("bash")[2].splitlines() if ln.startswith("newsmill ")])
def test_listed_commands_exist_with_their_options(line):
    words = shlex.split(line.split("#")[0])[1:]
    result = CliRunner().invoke(cli, [words[0], "--help"])
    assert result.exit_code == 0, result.output
    for option in (w for w in words[1:] if w.startswith("-")):
        assert option in result.output, (line, option)
