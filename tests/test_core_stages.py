"""Replacing or extending every stage with a test plugin, from -p, config and code; stage order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tests.plugins.annotate_numbers as annotate_numbers
import tests.plugins.clean_spaces as clean_spaces
import tests.plugins.segment_lines as segment_lines
from newsmill import Pipeline
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Mention
from tests.conftest import PAGE, read_jsonl

pytestmark = pytest.mark.usefixtures("minimal_builtins")

P = "tests.plugins."


def run_jsonl(invoke, workdir: Path, *args: str) -> list[dict]:
    result = invoke("run", *args, "-o", "out", "-q")
    assert result.exit_code == 0, result.output
    return read_jsonl(workdir / "out" / "documents.jsonl")


# -- one test per stage, through the command line --------------------------------

def test_sources_stage(invoke, workdir):
    (workdir / "one.txt").write_text("甲项目签约。\n", encoding="utf-8")
    (workdir / "two.txt").write_text("乙项目开工。\n", encoding="utf-8")
    (workdir / "batch.list").write_text("two.txt\none.txt\n", encoding="utf-8")
    docs = run_jsonl(invoke, workdir, "batch.list", "--format", "jsonl", "-p", P + "sources_list")
    assert [Path(d["source"]).name for d in docs] == ["two.txt", "one.txt"]
    # without the plugin the list file itself is read as a page
    docs = run_jsonl(invoke, workdir, "batch.list", "--format", "jsonl")
    assert [Path(d["source"]).name for d in docs] == ["batch.list"]


def test_read_stage(invoke, workdir):
    (workdir / "page.rev").write_text("工开目项", encoding="utf-8")
    (workdir / "page.txt").write_text("项目开工", encoding="utf-8")
    docs = run_jsonl(invoke, workdir, "page.rev", "page.txt", "--format", "jsonl", "-p", P + "read_reversed")
    assert [d["raw"] for d in docs] == ["项目开工", "项目开工"]
    # blocking the built-in reader leaves .txt files unclaimed
    result = invoke("run", "page.txt", "--format", "jsonl", "-o", "out2", "-q", "-p", "no:read-text")
    assert result.exit_code == 1
    (err,) = read_jsonl(workdir / "out2" / "errors.jsonl")
    assert err["message"] == "no reader claimed this source"


def test_clean_stage_and_offsets(invoke, workdir, page):
    docs = run_jsonl(invoke, workdir, str(page), "--format", "jsonl", "-p", P + "clean_spaces",
                     "-p", P + "annotate_numbers")
    doc = docs[0]
    assert doc["text"].startswith("开发区三个项目集中签约\n")
    assert "电池 2000 万只" in doc["text"]  # spaces next to digits stay (option off)
    for m in doc["mentions"]:
        assert doc["raw"][m["raw_start"]:m["raw_end"]] == m["surface"] == str(m["value"])


def test_clean_stage_option_from_config(invoke, workdir, page):
    (workdir / "newsmill.toml").write_text(
        f'plugins = ["{P}clean_spaces"]\n["{P}clean_spaces"]\nalso_ascii = true\n', encoding="utf-8")
    doc = run_jsonl(invoke, workdir, str(page), "--format", "jsonl")[0]
    assert " " not in doc["text"]


def test_segment_stage(invoke, workdir, page):
    docs = run_jsonl(invoke, workdir, str(page), "--format", "jsonl", "-p", P + "segment_lines")
    arts = docs[0]["articles"]
    assert len(arts) == 3
    assert [a["headline"] for a in arts][0] == "开发区 三个 项"
    assert all(a["producer"] == P + "segment_lines" for a in arts)
    # the built-in answers when the plugin is blocked again
    docs = run_jsonl(invoke, workdir, str(page), "--format", "jsonl")
    assert len(docs[0]["articles"]) == 1 and docs[0]["articles"][0]["producer"].startswith("segment-whole@")


def test_annotate_and_extract_stages(invoke, workdir, page):
    docs = run_jsonl(invoke, workdir, str(page), "--format", "jsonl", "-p", P + "annotate_numbers",
                     "-p", P + "extract_numbers")
    doc = docs[0]
    values = [m["value"] for m in doc["mentions"]]
    assert values == [3, 28, 40, 15, 2000]
    assert {m["producer"] for m in doc["mentions"]} == {P + "annotate_numbers@1.2.3"}
    assert [m["id"] for m in doc["mentions"]] == [f"{doc['id']}:m{i}" for i in range(5)]
    assert len(doc["records"]) == 5
    rec = doc["records"][-1]
    assert rec["fields"]["value"]["value"] == 2000
    ev = rec["fields"]["value"]["evidence"][0]
    assert doc["raw"][ev["raw_start"]:ev["raw_end"]] == ev["text"] == "2000"
    assert rec["article"] == 0 and rec["producer"].startswith(P + "extract_numbers")


def test_link_stage(invoke, workdir, page):
    (workdir / "p2.txt").write_text("新签约项目7个。\n", encoding="utf-8")
    result = invoke("run", str(page), "p2.txt", "-o", "out", "--format", "jsonl",
                    "-p", P + "annotate_numbers", "-p", P + "extract_numbers", "-p", P + "link_all")
    assert result.exit_code == 0, result.output
    (entity,) = read_jsonl(workdir / "out" / "entities.jsonl")
    assert len(entity["members"]) == 6 and entity["producer"] == P + "link_all"
    assert "1 entities" in result.stderr


def test_writers_stage(invoke, workdir, page):
    result = invoke("run", str(page), "-o", "out", "--format", "count", "--format", "jsonl",
                    "-p", P + "write_count")
    assert result.exit_code == 0, result.output
    assert (workdir / "out" / "count.txt").read_text() == "1 0\n"
    assert (workdir / "out" / "documents.jsonl").exists()


def test_executors_stage(invoke, workdir, page):
    docs = run_jsonl(invoke, workdir, str(page), "--format", "jsonl", "--executor", "tagging",
                     "-p", P + "exec_tagging")
    assert docs[0]["meta"]["extra"]["executor"] == "tagging"
    result = invoke("run", str(page), "--format", "jsonl", "--executor", "tagging")
    assert result.exit_code == 2 and "unknown executor 'tagging'" in result.stderr


def test_cli_stage(invoke, workdir):
    result = invoke("-p", P + "cli_greet", "greet", "一段文字")
    assert result.exit_code == 0, result.output
    assert result.stdout == "greetings: 1 article(s)\n"
    plugins = {p["name"]: p for p in json.loads(invoke("-p", P + "cli_greet", "plugins", "--json").stdout)}
    assert plugins[P + "cli_greet"]["commands"] == ["greet"]
    assert invoke("greet", "x").exit_code == 2  # not loaded: no such command


# -- the same replacements from config and from code --------------------------------

def test_replacing_the_segmenter_from_config(invoke, workdir, page):
    (workdir / "newsmill.toml").write_text(f'plugins = ["{P}segment_lines"]\n', encoding="utf-8")
    docs = run_jsonl(invoke, workdir, str(page), "--format", "jsonl")
    assert len(docs[0]["articles"]) == 3
    (workdir / "newsmill.toml").write_text(
        f'plugins = ["{P}segment_lines"]\ndisable = ["{P}segment_lines"]\n', encoding="utf-8")
    assert len(run_jsonl(invoke, workdir, str(page), "--format", "jsonl")[0]["articles"]) == 1


@pytest.mark.parametrize("module,check", [
    (clean_spaces, lambda d: d.text.startswith("开发区三个项目")),
    (segment_lines, lambda d: len(d.articles) == 3),
    (annotate_numbers, lambda d: [m.value for m in d.mentions][:2] == [3, 28]),
])
def test_pipeline_plugins_accepts_modules(module, check):
    assert check(Pipeline(plugins=[module], autoload=False).process(PAGE))
    assert not check(Pipeline(autoload=False).process(PAGE))


def test_pipeline_plugins_accepts_objects_with_options_and_version():
    class Shouting:
        """An annotator object with its own name, version and option."""

        name = "shouting"
        version = "2.0"

        @hookimpl
        def newsmill_config_options(self):
            from newsmill.core.config import Option
            return {"char": Option(str, "!", "character to mark")}

        @hookimpl
        def newsmill_annotate(self, doc, options):
            return [Mention("shout", i, i + 1) for i, c in enumerate(doc.clean) if c == options["char"]]

    p = Pipeline(plugins=[Shouting()], config={"shouting": {"char": "。"}}, autoload=False)
    doc = p.process(PAGE)
    assert len(doc.mentions) == PAGE.count("。")
    assert {m.producer for m in doc.mentions} == {"shouting@2.0"}
    assert doc.mentions[0].surface == "。"
    info = {i.name: i for i in p.plugins()}["shouting"]
    assert info.origin == "object" and info.hooks == ["newsmill_annotate", "newsmill_config_options"]


def test_disable_from_code():
    p = Pipeline(plugins=[segment_lines], disable=["tests.plugins.segment_lines"], autoload=False)
    assert p.stages()["segment"] == ["segment-whole"]
    assert len(p.process(PAGE).articles) == 1


# -- order ------------------------------------------------------------------------------

def test_stage_order_comes_from_priorities():
    p = Pipeline(plugins=[P + "trace_a", P + "trace_b", P + "clean_spaces"], autoload=False)
    assert p.stages()["clean"] == [P + "trace_b", P + "trace_a", P + "clean_spaces"]  # 10, 20, 50
    assert p.process(PAGE).meta.extra["trace"] == ["b", "a"]


def test_stage_order_from_config_overrides_priorities(invoke, workdir):
    order = {"order": {"clean": [P + "trace_a", P + "trace_b"]}}
    p = Pipeline(plugins=[P + "trace_a", P + "trace_b", P + "clean_spaces"], config=order, autoload=False)
    assert p.stages()["clean"] == [P + "trace_a", P + "trace_b", P + "clean_spaces"]
    assert p.process(PAGE).meta.extra["trace"] == ["a", "b"]
    (workdir / "newsmill.toml").write_text(
        f'plugins = ["{P}trace_a", "{P}trace_b"]\n[order]\nclean = ["{P}trace_a"]\n', encoding="utf-8")
    stages = json.loads(invoke("pipeline", "--json").stdout)["stages"]
    assert stages["clean"] == [P + "trace_a", P + "trace_b"]


def test_first_result_stage_order_decides_who_answers():
    p = Pipeline(plugins=[segment_lines], autoload=False)
    assert p.stages()["segment"] == [P + "segment_lines", "segment-whole"]
    assert len(p.process(PAGE).articles) == 3
    p = Pipeline(plugins=[segment_lines], config={"order": {"segment": ["segment-whole"]}}, autoload=False)
    assert p.stages()["segment"] == ["segment-whole", P + "segment_lines"]
    assert len(p.process(PAGE).articles) == 1


def test_order_never_depends_on_registration_order():
    a = Pipeline(plugins=[P + "trace_a", P + "trace_b", P + "annotate_numbers"], autoload=False)
    b = Pipeline(plugins=[P + "annotate_numbers", P + "trace_b", P + "trace_a"], autoload=False)
    assert a.stages() == b.stages()


# -- isolation ---------------------------------------------------------------------------

def test_two_pipelines_do_not_interfere():
    one = Pipeline(plugins=[annotate_numbers], config={P + "annotate_numbers": {"kind": "one"}},
                   autoload=False)
    two = Pipeline(plugins=[clean_spaces, segment_lines], autoload=False)
    three = Pipeline(plugins=[annotate_numbers], config={P + "annotate_numbers": {"kind": "three"}},
                     autoload=False)
    for _ in range(2):  # interleaved calls
        d1, d2, d3 = one.process(PAGE), two.process(PAGE), three.process(PAGE)
        assert {m.kind for m in d1.mentions} == {"one"} and len(d1.articles) == 1
        assert not d2.mentions and len(d2.articles) == 3 and d2.text != PAGE
        assert {m.kind for m in d3.mentions} == {"three"} and d3.text == PAGE
    assert one.host.pm is not three.host.pm
    assert P + "clean_spaces" not in {i.name for i in one.plugins()}
    timed = {plugin for (_stage, plugin) in one.instrument.snapshot()}
    assert P + "annotate_numbers" in timed and P + "segment_lines" not in timed


def test_writer_name_clash_goes_to_the_lower_priority():
    class Other:
        """A second plugin that also declares a ``jsonl`` format."""

        name = "a-other-jsonl"

        def __init__(self, priority: int) -> None:
            self.priority = priority

        @hookimpl
        def newsmill_writers(self):
            return {"jsonl": object, "extra": object}

        @hookimpl
        def newsmill_stage_priority(self):
            return {"writers": self.priority}

    assert Pipeline(plugins=[Other(900)], autoload=False).writers()["jsonl"][0] == "jsonl"
    assert Pipeline(plugins=[Other(100)], autoload=False).writers()["jsonl"][0] == "a-other-jsonl"
    assert Pipeline(plugins=[Other(900)], autoload=False).writers()["extra"][0] == "a-other-jsonl"
