"""Organizations: own snippets for suffix rules, boundaries, government bodies and short forms."""

from __future__ import annotations

from newsmill.core.model import Document
from newsmill.plugins.annotate_orgs import org_mentions
from newsmill.plugins.annotate_places import place_mentions
from newsmill.zh.gazetteer import Gazetteer
from newsmill.zh.orgs import find_orgs, short_forms


def orgs(text: str) -> list[tuple[str, str, str, str | None]]:
    doc = Document.from_text(text)
    doc.mentions = list(place_mentions(doc, Gazetteer.default()))
    return [(text[m.start:m.end], m.value, m.attributes["type"], m.attributes.get("short_for"))
            for m in org_mentions(doc)]


def test_companies_start_after_boundary_words():
    found = orgs("会上，南充市与浙江恒远新材料股份有限公司签约，还引进了中国化学工程集团。")
    assert ("浙江恒远新材料股份有限公司", "浙江恒远新材料股份有限公司", "company", None) in found
    assert ("中国化学工程集团", "中国化学工程集团", "company", None) in found


def test_banks_and_exchanges():
    found = orgs("兴隆农商银行与绵阳知识产权交易所达成合作。")
    assert [(f[0], f[2]) for f in found] == [("兴隆农商银行", "bank"), ("绵阳知识产权交易所", "exchange")]


def test_government_bodies_keep_conjunctions_inside_names():
    found = orgs("据遂宁市住房和城乡建设局介绍，该局联合市发改委开展检查。")
    names = [f[0] for f in found]
    assert "遂宁市住房和城乡建设局" in names
    assert "市发改委" in names
    assert all(f[2] == "government" for f in found)


def test_words_ending_like_suffixes_are_not_orgs():
    assert orgs("面对新格局，局长强调全局意识，这家公司也在布局。") == []
    assert orgs("该公司与子公司、上市公司均有往来。") == []


def test_party_committee_needs_a_place():
    assert [f[0] for f in orgs("德阳市委召开会议。")] == ["德阳市委"]
    assert orgs("各部门坚持县委部署。") == []


def test_short_forms_within_article():
    text = "乐山市与四川恒泰锂业集团有限公司签订协议。恒泰锂业集团将投资建设基地，恒泰锂业表示年内开工。"
    found = orgs(text)
    shorts = [(f[0], f[3]) for f in found if f[3]]
    assert ("恒泰锂业集团", "四川恒泰锂业集团有限公司") in shorts
    assert ("恒泰锂业", "四川恒泰锂业集团有限公司") in shorts


def test_short_forms_strip_places_and_legal_forms():
    assert short_forms("成都中际实业集团股份有限公司", ["成都"]) == [
        "中际实业集团", "中际实业", "中际", "中际集团"]
    assert "四川" not in short_forms("四川能投发展股份有限公司", ["四川"])


def test_find_orgs_without_places():
    found = find_orgs("由重庆长运物流有限责任公司承建。")
    assert [(o.name, o.type) for o in found] == [("重庆长运物流有限责任公司", "company")]


def test_adjacent_government_parts_form_one_body():
    found = find_orgs("雅安市委宣传部和市政府办公室联合发文。", [(0, 3)])
    assert [o.name for o in found] == ["雅安市委宣传部", "市政府办公室"]


def test_known_bodies_without_suffix():
    found = find_orgs("国务院常务会议研究部署，证监会随后发布通知。")
    assert [(o.name, o.type) for o in found] == [("国务院", "government"), ("证监会", "government")]


def test_generic_company_phrases_are_not_names():
    text = "不少银行和其他公司下调预期，该集团旗下子公司及多家增长型公司表示关注。"
    assert find_orgs(text) == []


def test_titles_cut_names():
    found = find_orgs("商务厅副厅长周某考察华蓥光电股份。")
    assert [o.name for o in found] == ["商务厅", "华蓥光电股份"]


def test_short_form_inside_a_project_name_is_not_the_company():
    text = "德阳市与东钒新能源科技有限公司签约，东钒新能源储能电池产业园项目落户。东钒新能源表示年内开工。"
    shorts = [(f[0], f[3]) for f in orgs(text) if f[3]]
    assert shorts == [("东钒新能源", "东钒新能源科技有限公司")]
