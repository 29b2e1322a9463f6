"""End-to-end smoke test of the host with only the minimal built-ins."""

from newsmill import Pipeline


def test_process_text_runs_every_stage():
    p = Pipeline(plugins=[], disable=["hello"])
    doc = p.process("标题\n\n正文一段。")
    assert doc.text == "标题\n\n正文一段。"
    assert len(doc.articles) == 1
    assert doc.articles[0].raw_end == len(doc.raw)
    assert not doc.failed
