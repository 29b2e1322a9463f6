"""People: own snippets for bylines, credit groups and titled officials."""

from __future__ import annotations

from newsmill.core.model import Document
from newsmill.plugins.annotate_people import person_mentions
from newsmill.zh.people import find_bylines, find_officials, name_at


def people(text: str) -> list[tuple[str, str, str | None, bool]]:
    return [(m.value, m.attributes["role"], m.attributes.get("title"), bool(m.attributes.get("repeat")))
            for m in person_mentions(Document.from_text(text))]


def test_reporters_in_bylines():
    text = "川南日报宜宾讯(郑小川 记者 王一鸣)日前，宜宾举行签约仪式。\n首届论坛圆满落幕。(吴海燕)\n"
    assert [(p[0], p[1]) for p in people(text)] == [
        ("郑小川", "reporter"), ("王一鸣", "reporter"), ("吴海燕", "reporter")]


def test_reporter_with_photo_credit_and_author_line():
    found = find_bylines("本报讯(记者 梁晓文/图)近日\n\n■ 冉冬\n\n正文")
    assert [p.name for p in found] == ["梁晓", "冉冬"]


def test_parentheses_that_are_not_bylines():
    assert find_bylines("项目(一期)已开工，园区(中国)有限公司") == []


def test_titled_officials():
    found = people("市委书记周建平，副市长 刘畅出席。总经理何立新表示将加快建设。")
    assert ("周建平", "official", "市委书记", False) in found
    assert ("刘畅", "official", "副市长", False) in found
    assert ("何立新", "other", "总经理", False) in found


def test_names_are_cut_at_boundaries():
    assert name_at("王强表示", 0) == 2
    assert name_at("欧阳明说", 0) == 3
    assert name_at("高度重视", 0) == -1
    assert find_officials("局长强调安全生产") == []


def test_repeated_names_are_marked():
    found = people("县长韩梅梅主持会议。会后，韩梅梅前往企业调研。")
    assert found == [("韩梅梅", "official", "县长", False), ("韩梅梅", "official", None, True)]


def test_names_with_honorifics_and_speakers():
    found = people("会上，郑海涛同志作了发言。胡晓梅说，明年继续扩大生产。")
    assert ("郑海涛", "other", "同志", False) in found
    assert ("胡晓梅", "other", None, False) in found
    # a saying verb inside a clause does not make a name
    assert people("业内人士高度评价说，前景广阔。") == []


def test_reporter_before_report_verb():
    assert [p[0] for p in people("本报记者孙立新报道")] == ["孙立新"]


def test_titles_know_the_body_they_belong_to():
    from newsmill import Pipeline

    doc = Pipeline().process("南充市委书记陈立新、川北医药股份有限公司总经理杜鹃出席仪式。")
    people = {m.value: m.attributes for m in doc.mentions if m.kind == "person"}
    assert people["陈立新"]["title"] == "市委书记" and people["陈立新"]["of"] == "南充市委"
    assert people["杜鹃"]["role"] == "other" and people["杜鹃"]["of"] == "川北医药股份有限公司"


def test_organizations_and_outlets_are_not_names():
    found = people("交通部部长孙某某表示，常务副市长钱某出席。文章指出，前景向好。（海外网）\n")
    assert [(p[0], p[2]) for p in found] == [("孙某某", "部长"), ("钱某", "常务副市长")]
