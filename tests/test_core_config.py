"""Config files: discovery, --config, and one clear error (exit 2) for every kind of mistake."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsmill import Pipeline
from newsmill.core.config import ConfigError, Option, find_config, load_config

pytestmark = pytest.mark.usefixtures("minimal_builtins")

NUMBERS = "tests.plugins.annotate_numbers"
NUMBERS_CONF = f'plugins = ["{NUMBERS}"]\n\n["{NUMBERS}"]\nkind = "digits"\n'


def mention_kinds(invoke, page: Path, *args: str) -> set[str]:
    result = invoke(*args, "show", str(page), "--json")
    assert result.exit_code == 0, result.output
    return {m["kind"] for m in json.loads(result.stdout)["mentions"]}


def test_newsmill_toml_is_found_upward_from_cwd(invoke, workdir, page, monkeypatch):
    (workdir / "newsmill.toml").write_text(NUMBERS_CONF, encoding="utf-8")
    deeper = workdir / "a" / "b"
    deeper.mkdir(parents=True)
    monkeypatch.chdir(deeper)
    assert find_config() == workdir / "newsmill.toml"
    assert "digits" in mention_kinds(invoke, page)


def test_pyproject_tool_table_is_used(invoke, workdir, page):
    (workdir / "pyproject.toml").write_text(
        f'[project]\nname = "x"\n\n[tool.newsmill]\nplugins = ["{NUMBERS}"]\n\n'
        f'[tool.newsmill."{NUMBERS}"]\nkind = "figure"\n', encoding="utf-8")
    assert "figure" in mention_kinds(invoke, page)


def test_pyproject_without_newsmill_table_is_skipped(workdir, monkeypatch):
    (workdir / "newsmill.toml").write_text(NUMBERS_CONF, encoding="utf-8")
    sub = workdir / "pkg"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "pkg"\n', encoding="utf-8")
    monkeypatch.chdir(sub)
    assert find_config() == workdir / "newsmill.toml"


def test_newsmill_toml_wins_over_pyproject_in_the_same_folder(workdir):
    (workdir / "newsmill.toml").write_text("", encoding="utf-8")
    (workdir / "pyproject.toml").write_text("[tool.newsmill]\n", encoding="utf-8")
    assert find_config() == workdir / "newsmill.toml"


@pytest.mark.parametrize("where", ["group", "command"])
def test_config_option_names_a_file_anywhere(invoke, workdir, page, tmp_path, where):
    conf = tmp_path / "elsewhere.toml"
    conf.write_text(NUMBERS_CONF.replace("digits", "amount"), encoding="utf-8")
    if where == "group":
        result = invoke("--config", str(conf), "show", str(page), "--json")
    else:
        result = invoke("show", str(page), "--json", "--config", str(conf))
    assert result.exit_code == 0, result.output
    assert "amount" in {m["kind"] for m in json.loads(result.stdout)["mentions"]}


def test_no_config_means_defaults(invoke, page):
    assert "digits" not in mention_kinds(invoke, page)


def test_config_disable_blocks_a_plugin(invoke, workdir):
    (workdir / "newsmill.toml").write_text('disable = ["jsonl"]\n', encoding="utf-8")
    result = invoke("pipeline", "--json")
    assert result.exit_code == 0, result.output
    assert "jsonl" not in json.loads(result.stdout)["formats"]


BAD_CONFIGS = [
    # (file content, what the one error line must say)
    ('plugins = ["x"\n[run]\n', ["TOML syntax error", "line 2"]),
    ("[run\nworkers = 2\n", ["TOML syntax error", "line 1"]),
    ("[no-such-plugin]\nx = 1\n", ["no-such-plugin", "unknown plugin"]),
    (NUMBERS_CONF + "colour = 1\n", [f"{NUMBERS}.colour", "unknown option", "kind, min_digits"]),
    (NUMBERS_CONF + 'min_digits = "three"\n', [f"{NUMBERS}.min_digits", "expected int, got str"]),
    (NUMBERS_CONF + "min_digits = true\n", [f"{NUMBERS}.min_digits", "expected int, got bool"]),
    ('plugins = ["tests.plugins.extract_numbers"]\n["tests.plugins.extract_numbers"]\nx = 2\n',
     ["tests.plugins.extract_numbers.x", "declares none"]),
    ('[run]\nencoding = "klingon"\n', ["run.encoding", "unknown encoding 'klingon'"]),
    ("[run]\nthreads = 2\n", ["run.threads", "unknown key", "workers"]),
    ('[run]\nworkers = "2"\n', ["run.workers", "expected int, got str"]),
    ("[run]\nformats = \"jsonl\"\n", ["run.formats", "expected list"]),
    ("run = 3\n", ["run", "expected a table"]),
    ('[run]\npub_date = "21 Jan 2021"\n', ["run.pub_date", "expected a date YYYY-MM-DD"]),
    ("[run]\nworkers = 0\n", ["run.workers", ">= 1"]),
    ("[run]\nformats = [1]\n", ["run.formats", "expected a list of format names"]),
    ("[order]\ncleaning = []\n", ["order.cleaning", "unknown stage", "annotate"]),
    ('[order]\nclean = "a"\n', ["order.clean", "expected a list"]),
    ('[order]\nclean = ["no-such-cleaner"]\n', ["order.clean", "no-such-cleaner", "unknown plugin"]),
    ('plugins = "one"\n', ["plugins", "expected a list"]),
    ('strict_plugins = "yes"\n', ["strict_plugins", "expected true or false"]),
    ("verbose = true\n", ["verbose", "unknown top-level key"]),
]


@pytest.mark.parametrize("content,expected", BAD_CONFIGS, ids=[str(i) for i in range(len(BAD_CONFIGS))])
@pytest.mark.parametrize("command", [("pipeline",), ("run", "page.txt", "--format", "jsonl")])
def test_bad_config_is_one_clear_error_and_exit_2(invoke, workdir, page, content, expected, command):
    conf = workdir / "newsmill.toml"
    conf.write_text(content, encoding="utf-8")
    result = invoke(*command)
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)  # no traceback
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"Error: {conf}")
    for word in expected:
        assert word in err, (word, err)
    assert not (workdir / "newsmill-out").exists()


def test_bad_pyproject_table_names_pyproject(invoke, workdir):
    (workdir / "pyproject.toml").write_text("[tool.newsmill.run]\nworkers = []\n", encoding="utf-8")
    result = invoke("pipeline")
    assert result.exit_code == 2
    assert "pyproject.toml: run.workers: expected int, got list" in result.stderr


def test_broken_pyproject_with_our_table_is_reported(invoke, workdir):
    (workdir / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.newsmill]\nplugins = [\n',
                                            encoding="utf-8")
    result = invoke("pipeline")
    assert result.exit_code == 2
    assert "pyproject.toml: TOML syntax error" in result.stderr and "line 4" in result.stderr


def test_broken_pyproject_of_another_tool_is_skipped(invoke, workdir, monkeypatch):
    (workdir / "newsmill.toml").write_text("", encoding="utf-8")
    sub = workdir / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text("[tool.black\n", encoding="utf-8")
    monkeypatch.chdir(sub)
    assert find_config() == workdir / "newsmill.toml"


def test_missing_config_file_is_a_clear_error(invoke, workdir):
    result = invoke("--config", "nowhere.toml", "pipeline")
    assert result.exit_code == 2
    assert "nowhere.toml" in result.stderr and "cannot read" in result.stderr


def test_non_utf8_config_is_a_clear_error(invoke, workdir):
    (workdir / "newsmill.toml").write_bytes("[run]\n# 说明\n".encode("gbk"))
    result = invoke("pipeline")
    assert result.exit_code == 2
    assert "not UTF-8" in result.stderr


def test_pipeline_config_errors_raise_config_error():
    with pytest.raises(ConfigError, match=r"run\.workers: expected int"):
        Pipeline(config={"run": {"workers": "many"}}, autoload=False)
    with pytest.raises(ConfigError, match=r"tests\.plugins\.annotate_numbers\.kind: expected str"):
        Pipeline(plugins=[NUMBERS], config={NUMBERS: {"kind": 1}}, autoload=False)


def test_config_file_and_dict_merge(tmp_path):
    conf = tmp_path / "c.toml"
    conf.write_text(NUMBERS_CONF + "min_digits = 2\n", encoding="utf-8")
    p = Pipeline(config_file=conf, config={NUMBERS: {"kind": "n"}}, autoload=False)
    assert p.options_for(NUMBERS) == {"kind": "n", "min_digits": 2}
    assert load_config(conf).file == str(conf)


def test_option_types():
    assert Option(float, 0.5).check(1) == 1.0 and isinstance(Option(float).check(1), float)
    assert Option((int, str)).check("a") == "a"
    assert Option((int, str)).type_name == "int or str"
    for opt, bad in [(Option(int), True), (Option(str), 3), (Option(list), "a")]:
        with pytest.raises(TypeError):
            opt.check(bad)
