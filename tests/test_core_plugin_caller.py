"""The host's per-plugin hook caller equals pluggy's subset caller, registrations included."""

from __future__ import annotations

import types

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention
from newsmill.core.plugins import PluginHost, SubsetCaller


def _annotator(kind: str) -> types.ModuleType:
    """A plugin module whose annotator returns one mention of ``kind`` over the first character."""

    @hookimpl
    def newsmill_annotate(doc: Document, options: dict) -> list[Mention]:
        return [Mention(kind, 0, 1, value=options.get("n"))]

    module = types.ModuleType(f"plugin_{kind}")
    module.newsmill_annotate = newsmill_annotate
    return module


def _host_with(*names: str) -> PluginHost:
    host = PluginHost(autoload=False)
    for name in names:
        host.pm.register(_annotator(name), name=name)
    return host


def _kinds(result: list) -> list[str]:
    return [m.kind for found in result for m in found]


def test_caller_runs_only_its_plugin_like_the_subset_caller():
    host = _host_with("a", "b", "c")
    doc = Document.from_text("文本")
    for name in ("a", "b", "c"):
        fast = host.caller("annotate", name)
        assert isinstance(fast, SubsetCaller)
        others = [host.pm.get_plugin(n) for n in ("a", "b", "c") if n != name]
        plain = host.pm.subset_hook_caller("newsmill_annotate", others)
        got = fast(doc=doc, options={"n": 7})
        assert _kinds(got) == _kinds(plain(doc=doc, options={"n": 7})) == [name]
        assert got[0][0].value == 7
        assert _kinds(fast(doc=doc, options={})) == [name]  # the kept list, second call


def test_caller_follows_registrations_made_after_it_was_built():
    host = _host_with("a", "b")
    fast = host.caller("annotate", "a")
    doc = Document.from_text("文本")
    assert _kinds(fast(doc=doc, options={})) == ["a"]
    host.pm.unregister(name="a")
    assert fast(doc=doc, options={}) == []
    host.pm.register(_annotator("a"), name="a")
    assert _kinds(fast(doc=doc, options={})) == ["a"]


def test_caller_of_the_only_plugin_of_a_hook():
    host = _host_with("a")  # pluggy gives the hook itself when nothing is left out
    fast = host.caller("annotate", "a")
    assert _kinds(fast(doc=Document.from_text("文本"), options={})) == ["a"]
