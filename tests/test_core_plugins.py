"""Plugin selection: -p, no:, NEWSMILL_PLUGINS, autoload, load failures, failing documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsmill import Pipeline
from newsmill.core.plugins import PluginLoadError, parse_selection
from tests.conftest import BUILTINS, PAGE, plugins_json, read_jsonl

pytestmark = pytest.mark.usefixtures("minimal_builtins")

NUMBERS = "tests.plugins.annotate_numbers"


def test_parse_selection_splits_loads_and_blocks():
    assert parse_selection(["a", "no:b", "c,no:d, e", ""]) == (["a", "c", "e"], ["b", "d"])


def test_builtins_are_listed_with_their_hooks(invoke):
    infos = plugins_json(invoke("plugins", "--json"))
    assert BUILTINS <= set(infos)
    for name in BUILTINS:
        assert infos[name]["builtin"] and infos[name]["distribution"] == "newsmill"
        assert infos[name]["status"] == "loaded" and infos[name]["origin"] == "entry-point"
        assert infos[name]["version"]
    assert {"newsmill_read", "newsmill_stage_priority"} <= set(infos["read-text"]["hooks"])
    assert "newsmill_writers" in infos["jsonl"]["hooks"]
    assert "newsmill_sources" in infos["files"]["hooks"]
    assert "newsmill_segment" in infos["segment-whole"]["hooks"]
    assert infos["exec-serial"]["hooks"] == ["newsmill_config_options", "newsmill_executors"]


def test_every_builtin_is_an_entry_point_of_the_newsmill_distribution(invoke, monkeypatch):
    from newsmill.testing import builtin_plugins

    monkeypatch.delenv("NEWSMILL_PLUGINS")  # nothing blocked
    result = invoke("plugins", "--json")
    listed = {p["name"]: p for p in json.loads(result.stdout)}
    for name in builtin_plugins():
        assert listed[name]["builtin"] and listed[name]["distribution"] == "newsmill"
        assert listed[name]["status"] in ("loaded", "failed")  # failed: an optional extra is missing


def test_p_loads_a_module_path(invoke):
    infos = plugins_json(invoke("-p", NUMBERS, "plugins", "--json"))
    info = infos[NUMBERS]
    assert info["status"] == "loaded" and not info["builtin"] and info["origin"] == "option"
    assert info["version"] == "1.2.3"
    assert info["hooks"] == ["newsmill_annotate", "newsmill_config_options"]


def test_p_loads_an_entry_point_name_when_autoload_is_off(invoke):
    env = {"NEWSMILL_DISABLE_PLUGIN_AUTOLOAD": "1"}
    assert "hello" not in plugins_json(invoke("plugins", "--json", env=env))
    infos = plugins_json(invoke("-p", "hello", "plugins", "--json", env=env))
    assert infos["hello"]["status"] == "loaded" and infos["hello"]["origin"] == "entry-point"


@pytest.mark.parametrize("value,autoload", [("1", False), ("true", False), ("0", True), ("false", True),
                                            ("", True)])
def test_autoload_env_values(value, autoload, monkeypatch):
    from newsmill.core.plugins import PluginHost

    monkeypatch.setenv("NEWSMILL_DISABLE_PLUGIN_AUTOLOAD", value)
    host = PluginHost()
    assert host.autoload is autoload
    assert ("hello" in host.infos) is autoload


def test_autoload_off_keeps_only_builtins_and_named(invoke):
    env = {"NEWSMILL_DISABLE_PLUGIN_AUTOLOAD": "1"}

    def loaded(infos: dict) -> set[str]:
        return {n for n, i in infos.items() if i["status"] == "loaded"}

    infos = plugins_json(invoke("plugins", "--json", env=env))
    assert loaded(infos) == BUILTINS and all(i["builtin"] for i in infos.values())
    infos = plugins_json(invoke("-p", NUMBERS, "plugins", "--json", env=env))
    assert loaded(infos) == BUILTINS | {NUMBERS}


@pytest.mark.parametrize("name", ["jsonl", "hello"])
def test_no_blocks_builtin_and_third_party(invoke, name):
    infos = plugins_json(invoke("-p", f"no:{name}", "plugins", "--json"))
    assert infos[name]["status"] == "blocked" and infos[name]["hooks"] == []
    formats = json.loads(invoke("-p", f"no:{name}", "pipeline", "--json").stdout)["formats"]
    assert name not in formats


def test_blocked_writer_cannot_be_selected(invoke, page):
    result = invoke("run", str(page), "--format", "jsonl", "-p", "no:jsonl")
    assert result.exit_code == 2
    assert "unknown format 'jsonl'" in result.stderr


def test_newsmill_plugins_env_loads_and_blocks(invoke):
    env = {"NEWSMILL_PLUGINS": f"{NUMBERS},no:jsonl"}
    infos = plugins_json(invoke("plugins", "--json", env=env))
    assert infos[NUMBERS]["status"] == "loaded"
    assert infos["jsonl"]["status"] == "blocked"


def test_plugin_failing_on_import_is_reported_and_others_load(invoke):
    result = invoke("-p", "tests.plugins.boom_import", "-p", NUMBERS, "plugins", "--json")
    infos = plugins_json(result)
    assert infos["tests.plugins.boom_import"]["status"] == "failed"
    assert "not installed" in infos["tests.plugins.boom_import"]["error"]
    assert infos[NUMBERS]["status"] == "loaded"
    assert all(infos[b]["status"] == "loaded" for b in BUILTINS)
    assert "Warning: plugin 'tests.plugins.boom_import' failed to load" in result.stderr
    text = invoke("-p", "tests.plugins.boom_import", "plugins").stdout
    assert "failed" in text and "not installed" in text


def test_run_goes_on_without_a_plugin_that_failed_to_import(invoke, page):
    result = invoke("run", str(page), "--format", "jsonl", "-p", "tests.plugins.boom_import")
    assert result.exit_code == 0, result.output
    assert read_jsonl(Path("newsmill-out/documents.jsonl"))


@pytest.mark.parametrize("how", ["flag", "config"])
def test_strict_plugins_makes_an_import_failure_exit_2(invoke, workdir, how):
    if how == "flag":
        result = invoke("--strict-plugins", "-p", "tests.plugins.boom_import", "plugins")
    else:
        (workdir / "newsmill.toml").write_text(
            'strict_plugins = true\nplugins = ["tests.plugins.boom_import"]\n', encoding="utf-8")
        result = invoke("plugins")
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert "tests.plugins.boom_import" in result.stderr and "not installed" in result.stderr


def test_unknown_plugin_name_is_a_clear_error(invoke):
    result = invoke("-p", "no_such_plugin_anywhere", "plugins")
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert result.stderr.strip() == (
        "Error: unknown plugin 'no_such_plugin_anywhere': no entry point of that name "
        "(see `newsmill plugins`) and no importable module")
    with pytest.raises(PluginLoadError, match="unknown plugin 'tests.plugins.nope'"):
        Pipeline(plugins=["tests.plugins.nope"])


def test_blocking_an_unknown_name_is_harmless(invoke):
    assert invoke("-p", "no:never-installed", "plugins").exit_code == 0


def test_plugin_raising_on_one_document_fails_only_that_one(invoke, workdir):
    pages = workdir / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(PAGE, encoding="utf-8")
    (pages / "b.txt").write_text("招商引资 BOOM 专栏\n签约项目12个。\n", encoding="utf-8")
    (pages / "c.txt").write_text("园区新开工项目5个,总投资9亿元。\n", encoding="utf-8")
    result = invoke("run", str(pages), "-o", "out", "--format", "jsonl",
                    "-p", "tests.plugins.boom_document", "-p", NUMBERS)
    assert result.exit_code == 1, result.output
    docs = {Path(d["source"]).name: d for d in read_jsonl(workdir / "out/documents.jsonl")}
    assert set(docs) == {"a.txt", "b.txt", "c.txt"}
    assert docs["a.txt"]["mentions"] and docs["c.txt"]["mentions"]
    assert not docs["a.txt"]["problems"] and not docs["c.txt"]["problems"]
    errors = read_jsonl(workdir / "out/errors.jsonl")
    assert len(errors) == 1
    err = errors[0]
    assert Path(err["file"]).name == "b.txt"
    assert err["stage"] == "annotate" and err["plugin"] == "tests.plugins.boom_document"
    assert err["message"] == "RuntimeError: cannot annotate this page"
    assert "1 failed" in result.stderr


def test_unreadable_inputs_are_reported_and_the_rest_completes(invoke, workdir, monkeypatch):
    pages = workdir / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "good.txt").write_text(PAGE, encoding="utf-8")
    (pages / "gbk.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\xfe\x00")
    (pages / "empty.txt").write_text("  \n", encoding="utf-8")
    (pages / "sub" / "locked.txt").write_text(PAGE + "locked", encoding="utf-8")
    (pages / "sub" / "z.txt").write_text(PAGE + "z", encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = invoke("run", str(pages), "missing.txt", "-o", "out", "--format", "jsonl", "-q")
    assert result.exit_code == 1
    errors = {Path(e["file"]).name: e for e in read_jsonl(workdir / "out/errors.jsonl")}
    assert set(errors) == {"gbk.txt", "empty.txt", "locked.txt", "missing.txt"}
    assert "not text" in errors["gbk.txt"]["message"]
    assert "empty" in errors["empty.txt"]["message"] or "whitespace" in errors["empty.txt"]["message"]
    assert "Permission denied" in errors["locked.txt"]["message"]
    assert errors["missing.txt"]["stage"] in {"sources", "read"}
    assert "missing.txt" in errors["missing.txt"]["message"]
    assert "no such file" in errors["missing.txt"]["message"].lower()
    for e in errors.values():
        assert e["plugin"] in {"read-text", "files"}
    docs = [Path(d["source"]).name for d in read_jsonl(workdir / "out/documents.jsonl")]
    assert "good.txt" in docs and "z.txt" in docs


def test_unlistable_folder_is_reported(invoke, workdir, monkeypatch):
    pages = workdir / "pages"
    (pages / "locked").mkdir(parents=True)
    (pages / "ok.txt").write_text(PAGE, encoding="utf-8")
    real = Path.iterdir

    def iterdir(self: Path):
        if self.name == "locked":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    result = invoke("run", str(pages), "-o", "out", "--format", "jsonl", "-q")
    assert result.exit_code == 1
    (err,) = read_jsonl(workdir / "out/errors.jsonl")
    assert err["stage"] == "sources" and "cannot list folder: Permission denied" in err["message"]
    assert [Path(d["source"]).name for d in read_jsonl(workdir / "out/documents.jsonl")][-1] == "ok.txt"


def test_plugin_raising_in_a_declaration_is_a_clear_error():
    class Broken:
        name = "broken"

        from newsmill.core.hookspecs import hookimpl

        @hookimpl
        def newsmill_config_options(self):
            raise KeyError("oops")

    with pytest.raises(PluginLoadError, match="'broken' raised in newsmill_config_options"):
        Pipeline(plugins=[Broken()], autoload=False)


def test_module_given_as_object_keeps_its_entry_point_name():
    import newsmill_hello

    import newsmill.plugins.segment_whole as segment_whole

    p = Pipeline(plugins=[newsmill_hello], config={"hello": {"word": "项目"}}, autoload=False)
    assert [m.surface for m in p.process("项目签约").mentions] == ["项目"]
    both = Pipeline(plugins=[newsmill_hello, "newsmill_hello"])  # also autoloaded: loaded once
    infos = {i.name: i for i in both.plugins()}
    assert infos["hello"].status == "loaded" and "newsmill_hello" not in infos
    assert len(both.process("hello").mentions) == 1
    blocked = Pipeline(plugins=[newsmill_hello], disable=["hello"], autoload=False)
    assert {i.name: i.status for i in blocked.plugins()}["hello"] == "blocked"
    again = Pipeline(plugins=[segment_whole], disable=["segment-whole"], autoload=False)
    assert again.stages()["segment"] == []
