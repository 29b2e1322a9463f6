"""Tests of the example plugin, written the way a plugin author would, with newsmill.testing."""

from __future__ import annotations

import newsmill_hello

from newsmill.testing import assert_traceable, run_plugin


def test_marks_every_greeting():
    doc = run_plugin("hello", "hello world, hello again", minimal=True)  # hello on its own
    assert [(m.kind, m.start, m.end) for m in doc.mentions] == [("greeting", 0, 5), ("greeting", 13, 18)]
    assert {m.producer for m in doc.mentions} == {"hello@0.1.0"}
    assert_traceable(doc)


def test_word_option():
    doc = run_plugin(newsmill_hello, "项目签约,项目开工", config={"hello": {"word": "项目"}})
    assert [m.surface for m in doc.mentions if m.kind == "greeting"] == ["项目", "项目"]


def test_fixture_runs_the_plugin_module(newsmill_run):
    doc = newsmill_run(newsmill_hello, "no greeting here")
    assert not [m for m in doc.mentions if m.kind == "greeting"]


def test_writer_counts_greetings(pipeline_factory, tmp_path):
    from newsmill.core.run import execute

    page = tmp_path / "page.txt"
    page.write_text("hello hello\n", encoding="utf-8")
    pipeline = pipeline_factory("hello", minimal=True)
    summary = execute(pipeline, [str(page)], tmp_path / "out", ["hello"])
    assert summary.mentions == 2
    doc_id, count = (tmp_path / "out" / "hello.txt").read_text().split()
    assert count == "2" and len(doc_id) == 16
