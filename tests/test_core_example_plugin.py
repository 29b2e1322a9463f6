"""The example plugin, installed as a real distribution, found through its entry point."""

from __future__ import annotations

import importlib.metadata as md
import json

import pytest

from tests.conftest import read_jsonl, run_cli

pytestmark = pytest.mark.usefixtures("minimal_builtins")

HELLO_PAGE = "hello 开发区\nhello again, 项目 hello\n"


@pytest.fixture(scope="module", autouse=True)
def installed() -> None:
    eps = [ep for ep in md.entry_points(group="newsmill") if ep.name == "hello"]
    assert eps, ("the example plugin is not installed: "
                 "pip install -e examples/newsmill-hello-plugin (the README test command does)")
    assert eps[0].dist is not None and eps[0].dist.name == "newsmill-hello-plugin"
    assert eps[0].value == "newsmill_hello"


def test_listed_as_third_party_with_its_hooks(tmp_path):
    result = run_cli("plugins", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    info = {p["name"]: p for p in json.loads(result.stdout)}["hello"]
    assert info["builtin"] is False and info["status"] == "loaded"
    assert info["distribution"] == "newsmill-hello-plugin" and info["version"] == "0.1.0"
    assert info["origin"] == "entry-point" and info["module"] == "newsmill_hello"
    assert info["hooks"] == ["newsmill_annotate", "newsmill_config_options", "newsmill_writers"]
    text = run_cli("plugins", cwd=tmp_path).stdout
    assert any(ln.startswith("hello") and "third-party" in ln for ln in text.splitlines())


def test_takes_effect_and_no_removes_it(tmp_path):
    (tmp_path / "p.txt").write_text(HELLO_PAGE, encoding="utf-8")
    on = run_cli("run", "p.txt", "-o", "on", "--format", "jsonl", "--format", "hello", cwd=tmp_path)
    assert on.returncode == 0, on.stderr
    (doc,) = read_jsonl(tmp_path / "on" / "documents.jsonl")
    greetings = [m for m in doc["mentions"] if m["kind"] == "greeting"]
    assert len(greetings) == 3 and greetings[0]["producer"] == "hello@0.1.0"
    assert (tmp_path / "on" / "hello.txt").read_text() == f"{doc['id']}\t3\n"

    off = run_cli("run", "p.txt", "-o", "off", "--format", "jsonl", "-p", "no:hello", cwd=tmp_path)
    assert off.returncode == 0, off.stderr
    (doc,) = read_jsonl(tmp_path / "off" / "documents.jsonl")
    assert not [m for m in doc["mentions"] if m["kind"] == "greeting"]
    no_writer = run_cli("run", "p.txt", "--format", "hello", "-p", "no:hello", cwd=tmp_path)
    assert no_writer.returncode == 2 and "unknown format 'hello'" in no_writer.stderr
    listed = {p["name"]: p for p in json.loads(run_cli("-p", "no:hello", "plugins", "--json",
                                                           cwd=tmp_path).stdout)}
    assert listed["hello"]["status"] == "blocked"


def test_configured_from_newsmill_toml(tmp_path):
    (tmp_path / "p.txt").write_text(HELLO_PAGE, encoding="utf-8")
    (tmp_path / "newsmill.toml").write_text('[hello]\nword = "项目"\n', encoding="utf-8")
    result = run_cli("show", "p.txt", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    greetings = [m["surface"] for m in json.loads(result.stdout)["mentions"] if m["kind"] == "greeting"]
    assert greetings == ["项目"]


def test_autoload_off_drops_it_unless_named(tmp_path):
    off = run_cli("plugins", "--json", cwd=tmp_path, env={"NEWSMILL_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert "hello" not in {p["name"] for p in json.loads(off.stdout)}
    named = run_cli("plugins", "--json", cwd=tmp_path,
                    env={"NEWSMILL_DISABLE_PLUGIN_AUTOLOAD": "1", "NEWSMILL_PLUGINS": "hello"})
    assert "hello" in {p["name"] for p in json.loads(named.stdout)}
