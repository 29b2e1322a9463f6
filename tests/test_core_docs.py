"""Every example plugin of the hook pages (docs/hooks/) runs through a real pipeline and takes effect."""

from __future__ import annotations

import os
import re
import sys
import types
from pathlib import Path

import pytest

from tests.conftest import REPO, read_jsonl

pytestmark = pytest.mark.usefixtures("minimal_builtins")

HOOKS_MD = REPO / "docs" / "hooks.md"
HOOK_PAGES = REPO / "docs" / "hooks"
PAGE = (
    "【园区动态】开发区 新签约 项目５个\n"
    "第3版\n"
    "青禾新材料有限公司投资１２亿元建设生产线，产值增长12.5%。\n"
    "【招商快讯】华岭精工集团项目开工，同比增长８％。\n"
)


def examples() -> list[tuple[str, str]]:
    """(hook name, code) for every python block of the hook pages ``docs/hooks/<hook>.md``."""
    out = []
    for page in sorted(HOOK_PAGES.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        out += [(page.stem, code) for code in re.findall(r"```python\n(.*?)```", text, flags=re.S)]
    return out


def test_every_hook_has_a_page_with_an_example_linked_from_the_index():
    from newsmill.core import hookspecs

    specs = {n for n in dir(hookspecs) if n.startswith("newsmill_")}
    assert {s for s, _ in examples()} == specs
    index = HOOKS_MD.read_text(encoding="utf-8")
    assert {n for n in specs if f"(hooks/{n}.md)" in index} == specs
    for name in specs:
        page = (HOOK_PAGES / f"{name}.md").read_text(encoding="utf-8")
        assert page.startswith(f"# `{name}`")
        for row in ("signature", "kind", "called", "receives", "returns", "order", "built-ins"):
            assert f"| {row} |" in page, (name, row)


@pytest.mark.parametrize("section,code", examples(), ids=[s for s, _ in examples()])
def test_hook_example_runs(section, code, invoke, workdir, monkeypatch):
    name = f"docs_example_{section}"
    module = types.ModuleType(name)
    exec(compile(code, str(HOOK_PAGES / f"{section}.md"), "exec"), module.__dict__)
    monkeypatch.setitem(sys.modules, name, module)
    (workdir / "page.txt").write_text(PAGE, encoding="utf-8")
    (workdir / "page.gb.txt").write_bytes(PAGE.encode("gb18030"))
    (workdir / "page2.txt").write_text(PAGE + "另一页\n", encoding="utf-8")
    (workdir / "list.txt").write_text("page.txt\npage2.txt\n", encoding="utf-8")

    if section == "newsmill_cli":
        result = invoke("-p", name, "mentions", "page.txt")
        assert result.exit_code == 0, result.output
        return
    args = ["run", "page.txt", "-o", "out", "--format", "jsonl", "-p", name, "-q"]
    formats = getattr(module, "newsmill_writers", lambda: {})()
    for fmt in formats:
        args += ["--format", fmt]
    for executor in getattr(module, "newsmill_executors", lambda: {})():
        args += ["--executor", executor, "--workers", "2"]
    if section == "newsmill_sources":
        args[1] = "@list.txt"
    if section == "newsmill_read":
        args[1] = "page.gb.txt"
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert read_jsonl(workdir / "out" / "errors.jsonl") == []
    docs = read_jsonl(workdir / "out" / "documents.jsonl")
    doc = docs[0]
    if section == "newsmill_sources":
        assert len(docs) == 2
    elif section == "newsmill_read":
        assert doc["meta"]["encoding"] == "gb18030" and doc["raw"] == PAGE
    elif section in ("newsmill_clean", "newsmill_stage_priority"):
        assert doc["text"] != doc["raw"]
        assert all(doc["raw"][m["raw_start"]:m["raw_end"]] for m in doc["mentions"])
        if section == "newsmill_clean":
            assert [r["kind"] for r in doc["regions"]] == ["furniture"]
            assert doc["raw"][doc["regions"][0]["raw_start"]:doc["regions"][0]["raw_end"]] == "第3版"
    elif section == "newsmill_segment":
        assert [a["headline"] for a in doc["articles"]] == ["园区动态", "招商快讯"]
    elif section in ("newsmill_annotate", "newsmill_config_options"):
        assert doc["mentions"] and all(m["producer"].startswith(name) for m in doc["mentions"])
        for m in doc["mentions"]:
            assert doc["raw"][m["raw_start"]:m["raw_end"]] == m["surface"]
    elif section == "newsmill_extract":
        pass  # needs the percent annotator: checked below
    elif section == "newsmill_writers":
        lines = (workdir / "out" / "mentions.tsv").read_text(encoding="utf-8").splitlines()
        assert lines == ["document\tkind\traw_start\traw_end\tsurface"]  # no annotator here
    elif section == "newsmill_link":
        assert not read_jsonl(workdir / "out" / "entities.jsonl")  # no records: no entity
    elif section == "newsmill_executors":
        assert len(docs) == 1 and doc["articles"]


def test_annotate_extract_and_link_examples_together(invoke, workdir, monkeypatch):
    code = dict(examples())
    names = []
    for section in ("newsmill_annotate", "newsmill_extract", "newsmill_link"):
        module = types.ModuleType(f"docs_together_{section}")
        exec(compile(code[section], section, "exec"), module.__dict__)
        monkeypatch.setitem(sys.modules, module.__name__, module)
        names += ["-p", module.__name__]
    (workdir / "page.txt").write_text(PAGE, encoding="utf-8")
    result = invoke("run", "page.txt", "-o", "out", "--format", "jsonl", "-q", *names)
    assert result.exit_code == 0, result.output
    (doc,) = read_jsonl(workdir / "out" / "documents.jsonl")
    rates = [r["fields"]["rate_percent"]["value"] for r in doc["records"]]
    assert rates == ["12.5", "８"]  # \d also matches full-width digits
    ev = doc["records"][0]["evidence"][0]
    assert ev["text"] == "增长12.5%"
    (entity,) = read_jsonl(workdir / "out" / "entities.jsonl")
    assert entity["name"] == "growth" and len(entity["members"]) == 2


def test_docs_exist_and_mention_offsets():
    docs = REPO / "docs"
    for name in ("architecture.md", "hooks.md", "plugins.md", "config.md", "dependencies.md"):
        assert (docs / name).is_file(), name
    arch = (docs / "architecture.md").read_text(encoding="utf-8")
    assert "code-point" in arch and "half-open" in arch
    assert Path(docs / "dependencies.md").read_text(encoding="utf-8").count("\n## ") >= 4


def test_plugins_md_example_plugin_works():
    from newsmill.testing import assert_traceable, run_plugin

    text = (REPO / "docs" / "plugins.md").read_text(encoding="utf-8")
    code = re.findall(r"```python\n(.*?)```", text, flags=re.S)[0]
    module = types.ModuleType("my_newsmill_plugin")
    exec(compile(code, "plugins.md", "exec"), module.__dict__)
    doc = run_plugin(module, "项目建成后年产10万吨，另有年产300台设备。", minimal=True)
    values = [m.value for m in doc.mentions if m.kind == "capacity"]
    assert values == [{"amount": 100000.0, "unit": "吨"}, {"amount": 300.0, "unit": "台"}]
    assert_traceable(doc)
    doc = run_plugin(module, "年产5台", minimal=True, config={"my_newsmill_plugin": {"units": ["吨"]}})
    assert not doc.mentions


@pytest.mark.parametrize("workers", ["1", "2"])
def test_link_session_example_streams_the_same_entities(invoke, workdir, monkeypatch, workers):
    code = dict(examples())
    names = []
    for section in ("newsmill_annotate", "newsmill_extract", "newsmill_link_session"):
        module = types.ModuleType(f"docs_stream_{section}")
        exec(compile(code[section], section, "exec"), module.__dict__)
        monkeypatch.setitem(sys.modules, module.__name__, module)
        names += ["-p", module.__name__]
    blocked = os.environ.get("NEWSMILL_PLUGINS", "").split(",")
    monkeypatch.setenv("NEWSMILL_PLUGINS", ",".join(b for b in blocked if b != "no:exec-processes"))
    fed: list[int] = []
    session = sys.modules["docs_stream_newsmill_link_session"].KindSession
    add = session.add
    monkeypatch.setattr(session, "add", lambda self, records: (fed.append(len(records)), add(self, records)))
    (workdir / "page.txt").write_text(PAGE, encoding="utf-8")
    (workdir / "page2.txt").write_text(PAGE + "另一页\n", encoding="utf-8")
    result = invoke("run", "page.txt", "page2.txt", "-o", "out", "--format", "jsonl", "-q",
                    "--workers", workers, *names)
    assert result.exit_code == 0, result.output
    assert fed == [2, 2]  # the session got each source's records, the one-shot hook was not called
    (entity,) = read_jsonl(workdir / "out" / "entities.jsonl")
    assert entity["name"] == "growth" and len(entity["members"]) == 4
    one_shot = sys.modules["docs_stream_newsmill_link_session"].newsmill_link
    from newsmill.core.model import CorpusRecord, Record
    recs = [CorpusRecord(f"d{i}", "s", None, 0, None, Record("growth", {}, [], 0, 1.0, f"d{i}:r0"))
            for i in range(3)]
    (e,) = one_shot(recs)
    assert e.members == [("d0", "d0:r0"), ("d1", "d1:r0"), ("d2", "d2:r0")]


def test_hook_pages_name_every_builtin_that_implements_the_hook():
    import importlib
    from importlib.metadata import entry_points

    builtins = {ep.name: ep.value for ep in entry_points(group="newsmill")
                if ep.value.startswith("newsmill.plugins.")}
    for page in HOOK_PAGES.glob("*.md"):
        row = next(line for line in page.read_text(encoding="utf-8").splitlines()
                   if line.startswith("| built-ins |"))
        named = set(re.findall(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", row))
        implementing = {n for n, mod in builtins.items() if hasattr(importlib.import_module(mod), page.stem)}
        assert implementing and implementing <= named, (page.stem, implementing - named)


def test_plugins_md_replacement_extractor_works_without_a_model_server():
    from newsmill.testing import assert_traceable, run_plugin

    text = (REPO / "docs" / "plugins.md").read_text(encoding="utf-8")
    code = next(c for c in re.findall(r"```python\n(.*?)```", text, flags=re.S) if "def ask_model" in c)
    module = types.ModuleType("llm_extract")
    exec(compile(code, "plugins.md", "exec"), module.__dict__)
    prompts = []

    def fake_model(prompt, options):
        prompts.append((prompt, options["endpoint"]))
        return '[{"name": "青禾新材料生产线项目", "stage": "开工"}, {"name": "没有的项目", "stage": "签约"}]'

    module.ask_model = fake_model
    page = "【园区动态】\n青禾新材料生产线项目昨日开工，总投资12亿元。\n"
    doc = run_plugin(module, page, minimal=True,
                     config={"llm_extract": {"endpoint": "http://model.invalid/v1"}})
    (record,) = doc.records
    assert record.kind == "project" and record.producer.startswith("llm_extract")
    assert {n: f.value for n, f in record.fields.items()} == {"name": "青禾新材料生产线项目", "stage": "开工"}
    assert record.fields["stage"].evidence[0].text == "开工"
    assert prompts and prompts[0][1] == "http://model.invalid/v1" and "总投资12亿元" in prompts[0][0]
    assert_traceable(doc)


def test_dependencies_md_has_one_section_per_declared_dependency():
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        specs += extra
    declared = {re.match(r"[A-Za-z0-9_.\-\[\]]+", s).group().lower() for s in specs}
    text = (REPO / "docs" / "dependencies.md").read_text(encoding="utf-8")
    sections = {m.split(" ")[0].lower() for m in re.findall(r"^## (.+)$", text, flags=re.M)}
    assert declared <= sections, declared - sections
    assert "opencc" in sections and "## opencc (runtime)" in text


def test_docs_index_links_every_doc_page():
    index = (REPO / "docs" / "index.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\(([^)#]+\.md)\)", index))
    pages = {p.relative_to(REPO / "docs").as_posix() for p in (REPO / "docs").rglob("*.md")} - {"index.md"}
    assert pages <= linked, pages - linked
    assert all((REPO / "docs" / link).is_file() for link in linked if not link.startswith("../"))


def test_config_md_lists_every_builtin_option():
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import options_table
    finally:
        sys.path.remove(str(REPO / "tools"))
    text = (REPO / "docs" / "config.md").read_text(encoding="utf-8")
    assert options_table.table_in_doc(text) == options_table.options_table(), \
        "docs/config.md is out of date: python tools/options_table.py --write"
    assert "| `read-text` | `invalid` | str | `'error'` |" in text
