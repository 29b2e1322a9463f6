"""End-to-end smoke test of the host with only the minimal built-ins."""

from newsmill import Pipeline


def test_process_text_runs_every_stage():
    p = Pipeline(plugins=[], disable=["hello"])
    doc = p.process("标题\n\n正文一段。")
    assert doc.text == "标题\n\n正文一段。"
    assert len(doc.articles) == 1
    assert doc.articles[0].raw_end == len(doc.raw)
    assert not doc.failed


def test_annotator_mentions_get_raw_spans_and_stamp():
    from newsmill.core.hookspecs import hookimpl
    from newsmill.core.model import Mention

    class Marker:
        @hookimpl
        def newsmill_annotate(self, doc):
            i = doc.clean.find("正文")
            return [Mention("word", i, i + 2, value="正文")]

    doc = Pipeline(plugins=[Marker()], disable=["hello"]).process("标题\n\n正文一段。")
    assert [(m.kind, m.raw_start, m.raw_end, m.surface) for m in doc.mentions] == [("word", 4, 6, "正文")]
    assert doc.mentions[0].producer.startswith("Marker")
