"""newsmill.testing: the helpers plugin authors use."""

from __future__ import annotations

import pytest

import tests.plugins.annotate_numbers as annotate_numbers
import tests.plugins.boom_document as boom_document
import tests.plugins.clean_spaces as clean_spaces
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Record
from newsmill.core.plugins import PluginLoadError
from newsmill.testing import assert_traceable, make_pipeline, problems_of, run_plugin
from tests.conftest import PAGE

pytestmark = pytest.mark.usefixtures("minimal_builtins")


def test_run_plugin_by_module_object_and_name():
    for plugin in (annotate_numbers, "tests.plugins.annotate_numbers"):
        doc = run_plugin(plugin, PAGE)
        assert [m.value for m in doc.mentions] == [3, 28, 40, 15, 2000]
        assert_traceable(doc)
    doc = run_plugin([clean_spaces, annotate_numbers], PAGE, config={
        "tests.plugins.annotate_numbers": {"min_digits": 2}})
    assert [m.value for m in doc.mentions] == [28, 40, 15, 2000]
    assert doc.text != PAGE
    assert_traceable(doc)


def test_only_excludes_installed_third_party_plugins():
    names = {i.name for i in make_pipeline(annotate_numbers).plugins()}
    assert "hello" not in names and "tests.plugins.annotate_numbers" in names
    assert "hello" in {i.name for i in make_pipeline(annotate_numbers, only=False).plugins()}


def test_stages_and_metadata():
    import datetime as dt

    doc = run_plugin(clean_spaces, PAGE, stages=("clean",), pub_date=dt.date(2024, 1, 2))
    assert doc.text.startswith("开发区三个") and doc.articles == []
    assert doc.meta.pub_date == dt.date(2024, 1, 2)


def test_errors_fail_loudly_unless_allowed():
    with pytest.raises(AssertionError, match="annotate \\(tests.plugins.boom_document\\): RuntimeError"):
        run_plugin(boom_document, "BOOM")
    doc = run_plugin(boom_document, "BOOM", allow_errors=True)
    assert problems_of(doc) == ["error annotate (tests.plugins.boom_document): "
                                "RuntimeError: cannot annotate this page"]
    with pytest.raises(PluginLoadError, match="no_such_module"):
        make_pipeline("no_such_module")


def test_run_plugin_on_a_file(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    doc = run_plugin(annotate_numbers, page)
    assert doc.source == str(page) and len(doc.mentions) == 5


def test_assert_traceable_catches_bad_evidence():
    class BadExtractor:
        name = "bad"

        @hookimpl
        def newsmill_extract(self, doc):
            r = Record("x")
            ev = doc.evidence(0, 3)
            ev.text = "not the raw text"
            r.set("v", 1, ev)
            return [r]

    doc = run_plugin(BadExtractor(), PAGE)
    with pytest.raises(AssertionError, match="field v: evidence text is not the raw text"):
        assert_traceable(doc)


def test_fixtures_are_registered(pipeline_factory, newsmill_run):
    assert pipeline_factory is make_pipeline and newsmill_run is run_plugin
