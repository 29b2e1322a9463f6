"""The host's per-plugin hook caller equals pluggy's subset caller, registrations included."""

from __future__ import annotations

import functools
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


def _pipeline_with(*plugins: object):
    from newsmill.core.pipeline import Pipeline
    return Pipeline(plugins=list(plugins), autoload=False)


def _failing_annotator() -> types.ModuleType:
    @hookimpl
    def newsmill_annotate(doc: Document) -> list[Mention]:
        raise KeyError("boom")

    module = types.ModuleType("plugin_failing")
    module.newsmill_annotate = newsmill_annotate
    return module


def _run_both_ways(pipe, plugin: str, doc: Document) -> list[object]:
    """The call through the direct path and through pluggy's executor: results or failures."""
    from newsmill.core.instrument import PluginFailure
    out = []
    for direct in (True, False):
        caller = pipe.host.caller("annotate", plugin)
        if not direct:  # not a SubsetCaller: the pipeline calls it through pluggy
            caller = functools.partial(caller)
        pipe._callers[("annotate", plugin)] = caller
        before = list(pipe.instrument.timings.get(("annotate", plugin), [0, 0.0]))
        try:
            got = pipe._call("annotate", plugin, doc=doc)
            out.append([(m.kind, m.start, m.end, m.value) for m in got] if got is not None else None)
        except PluginFailure as f:
            out.append((f.stage, f.plugin, f.detail, type(f.original).__name__))
        assert pipe.instrument.timings[("annotate", plugin)][0] == before[0] + 1
    return out


def test_direct_call_equals_the_pluggy_call():
    pipe = _pipeline_with(_annotator("a"), _annotator("b"), _failing_annotator())
    doc = Document.from_text("文本")
    for name in ("plugin_a", "plugin_b"):
        assert pipe.host.caller("annotate", name).plain(pipe.instrument) is not None
        fast, slow = _run_both_ways(pipe, name, doc)
        assert fast == slow and fast[0][0] == name.removeprefix("plugin_")
    fast, slow = _run_both_ways(pipe, "plugin_failing", doc)
    assert fast == slow == ("annotate", "plugin_failing", "KeyError: 'boom'", "KeyError")


def test_no_direct_call_with_another_wrapper_or_tracing():
    class Tracer:
        seen: list[str] = []

        @hookimpl(wrapper=True)
        def newsmill_annotate(self, doc: Document):
            self.seen.append(doc.id)
            return (yield)

    pipe = _pipeline_with(_annotator("a"))
    caller = pipe.host.caller("annotate", "plugin_a")
    assert caller.plain(pipe.instrument) is not None
    assert caller.plain(object()) is None  # the wrapper must be the instrument's
    tracer = Tracer()
    pipe.host.pm.register(tracer, name="tracer")
    assert caller.plain(pipe.instrument) is None
    doc = Document.from_text("文本")
    assert [m.kind for m in pipe._call("annotate", "plugin_a", doc=doc)] == ["a"]
    assert tracer.seen == [doc.id]  # the other wrapper ran
    pipe.host.pm.unregister(name="tracer")
    assert caller.plain(pipe.instrument) is not None
    undo = pipe.host.pm.add_hookcall_monitoring(lambda *a: None, lambda *a: None)
    assert caller.plain(pipe.instrument) is None
    undo()
    assert caller.plain(pipe.instrument) is not None
