"""Who invests in a project: the firm named before, after or around it."""

from __future__ import annotations

import re

from newsmill.core.model import Record
from newsmill.plugins.extract_projects.amounts import (
    _attributes,
)
from newsmill.plugins.extract_projects.clauses import (
    _after_last,
)
from newsmill.plugins.extract_projects.patterns import (
    _BUILDS,
    _CLAUSE_ENDS,
    _COMPANY_FORM,
    _FULL_STOPS,
    _ITEM_ENDS,
    _NOT_FIRM_END,
    _PARK_PLANT,
    _SEMICOLONS_COMMAS,
    _SENTENCE_ENDS,
    INVESTOR_LEAD,
    UNNAMED_FIRM,
)
from newsmill.plugins.extract_projects.places import (
    _only_places,
)
from newsmill.plugins.extract_projects.stages import (
    _named_without_investor,
)
from newsmill.zh.brands import TRADE_WORDS, brand_head, city_liquor, not_a_brand
from newsmill.zh.orgs import LATIN_ALIAS
from newsmill.zh.projects import COMPANY_END, NameSpan, headquarters_org
from newsmill.zh.recctx import RecordContext, Span

#: ``某有限公司在某市签约落户甲项目``: the company signing where the project goes.
INVESTOR_AT = re.compile(r"(?P<inv>[^,，。;；、:：在]{2,30}?(?:有限公司|株式会社|集团|公司))"
                         rf"(?:{LATIN_ALIAS})?"
                         r"在[^,，。;；、:：]{2,10}?(?:签约落户|签约|落户|投资建设|投资)$")


#: ``某集团与某区签约的甲项目``, ``某区与某物流签约的乙项目``: the two parties of a signing before a name.
PARTIES_SIGNED = re.compile(r"(?P<a>[^,，。;；、:：与和]{2,16}?)与(?P<b>[^,，。;；、:：与和]{2,16}?)"
                            r"(?:正式)?(?:签约|签订|签署|合作)的$")


#: How a party that is a place or its government ends (``某区``, ``区政府``, ``某经开区``).
_GOVERNMENT_END = re.compile(r"(?:[省市县区镇乡旗州]|政府|管委会|开发区|高新区|经开区|园区)$"
                             # a village's collective (``某村股份经济合作社``): the village's side
                             r"|村(?:股份)?(?:经济)?合作社$|村集体(?:经济组织)?$")


def _investor_of_place_and_firm(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """Of a place and a firm signing the project named right after (``某集团与某区签约的甲项目``,
    ``某区与某物流签约的乙项目``), the firm invests; two firms or two places name none."""
    c0 = ctx.clause_start(name.start, sent.start)
    m = PARTIES_SIGNED.search(ctx.text, c0, name.start)
    if m is None:
        return
    a0 = m.start("a") + _after_last(INVESTOR_LEAD, m.group("a"))
    a, b = ctx.text[a0:m.end("a")], m.group("b")
    a_place, b_place = bool(_GOVERNMENT_END.search(a)), bool(_GOVERNMENT_END.search(b))
    if a_place == b_place:
        return
    s, e = (m.start("b"), m.end("b")) if a_place else (a0, m.end("a"))
    firm = ctx.text[s:e]
    if len(firm) >= 2 and not UNNAMED_FIRM.search(firm) and not _NOT_FIRM_END.search(firm):
        r.set("investor", firm, ctx.evidence(s, e))


def _investor_signing_at(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """The company of ``某有限公司在某市签约落户甲项目`` invests in the project."""
    c0 = ctx.clause_start(name.start, sent.start)
    m = INVESTOR_AT.search(ctx.text, c0, name.start)
    if m:
        inv0 = m.start("inv") + _after_last(INVESTOR_LEAD, m.group("inv"))
        r.set("investor", ctx.text[inv0:m.end("inv")], ctx.evidence(inv0, m.end("inv")))


#: What a company intends right after its name, up to the project it would build
#: (``某公司有意在我区投资建设``, ``某集团拟投资1.2亿元建设``).
_INTENDS = re.compile(r"(?:有意|拟|计划|准备|打算)[^，,。；;]{0,16}?投资[^，,。；;]{0,12}?"
                      r"(?:建设|新建|兴建|打造)$")


#: A visiting party (``某集团一行到某区考察，拟投资…建设``): the company heads the sentence's first clause.
_PARTY = re.compile(r"一行")


_PLANS_TO_INVEST = re.compile(r"(?:有意|拟|计划|准备|打算)投资")


def _investor_intends(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """The company that intends to invest in a project it would build: named right before its
    intention (``其中某公司有意在我区投资建设甲项目``), or heading a visiting party whose next
    clause says it plans to invest (``某集团一行到某区考察，拟投资…建设甲基地``)."""
    text = ctx.text
    c0 = ctx.clause_start(name.start, sent.start)
    for o in reversed(ctx.orgs):
        if o.end > name.start or o.start < sent.start:
            continue
        if o.start >= c0 and _INTENDS.fullmatch(text, o.end, name.start):
            r.set("investor", text[o.start:o.end], ctx.evidence(o.start, o.end))
            return
        if o.start < c0 and _PARTY.match(text, o.end) and _PLANS_TO_INVEST.match(text, c0) \
                and ctx.clause_start(o.start, sent.start) == ctx.clause_start(c0 - 1, sent.start):
            r.set("investor", text[o.start:o.end], ctx.evidence(o.start, o.end))
            return


#: An approval granting a project, right before its name (``同意建设``, ``核准建设``, ``同意实施``).
#: (Written ``(?<!一致)(?<!双方)(?:同意|核准|批准)…``: the look-behinds after the verb, over it, so that
#: the pattern opens with a literal: same matches.)
#: An investment a firm intends, in the name's clause (``公司拟通过全资子公司在某经开区投资建设甲项目``,
#: ``拟在某县投资新建乙项目``): the plan is decided, the works not begun.
_INTENDS_TO_BUILD = re.compile(r"拟(?!于)[^，,。；;：:]{0,24}?(?:投资建设|投资新建|投建|新建|扩建|建设)$")


#: A firm's intent told in an earlier clause of the sentence, its money or its new subsidiary, then the
#: building verb before the name (``拟使用超募资金1.5亿元及自筹资金1.2亿元，在某市建设甲项目``,
#: ``拟以自有资金2.8亿元在某县投资设立全资子公司，建设乙项目``).
_INTENDS_ACROSS = re.compile(r"拟(?!于)(?:使用|以|通过|出资|投资|利用|在|由)[^。；;：:！？]{0,40}?[，,]"
                             r"(?:并|用于|在[^，,。；;]{2,20}?)?(?:投资)?(?:建设|新建|扩建)$")
#: Words telling works under way or begun, which no plan word before them undoes.
_UNDER_WAY_WORDS = re.compile(r"正在|已经|已|目前|加快|开工|施工|在建|开建")


def _intends_across(text: str, sent: Span, name: NameSpan) -> re.Match[str] | None:
    """The intent of :data:`_INTENDS_ACROSS` before ``name``, one comma at most between the intent and
    the building verb, and no word of works under way in between; else None."""
    m = _INTENDS_ACROSS.search(text, max(sent.start, name.start - 72), name.start)
    if m is None or m.group().count("，") + m.group().count(",") > 1 or _UNDER_WAY_WORDS.search(m.group()):
        return None
    return m


#: A firm's filing or its funds told before the name (``公告``, ``董事会``, ``超募资金``, ``自有资金``): the
#: sentence retells a listed firm's decision (a batch's member, ``其中，某公司拟投资…建设…``, keeps the
#: batch's event).
_FILED = re.compile(r"公告|披露|董事会|股东大会|募集资金|超募|自有资金|自筹资金")
#: A signing told in the sentence (``签订投资协议``, ``签约``).
_SIGNED_BEFORE = re.compile(r"签订|签署|签约")
#: A bare building verb right before a name (``建设``, ``投资建设``), the only cue of its stage.
_BARE_BUILD = frozenset(("建设", "新建", "投资建设", "投资新建", "扩建", "投建"))


def bare_build_cue(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> bool:
    """True when the project's stage ``under_construction`` comes only from a bare building verb right
    before its name (``…，建设甲项目``), no signing told before it in the sentence (what an agreement
    signed is for: ``签订协议，拟…建设甲项目``): an intent told before it may make the works planned."""
    if r.get("stage") != "under_construction" or "stage" not in r.fields or not r.fields["stage"].evidence \
            or _SIGNED_BEFORE.search(ctx.text, sent.start, name.start) \
            or not _FILED.search(ctx.text, sent.start, name.start):
        return False
    ev = r.fields["stage"].evidence[0]
    return ctx.text[ev.start:ev.end] in _BARE_BUILD and ev.end == name.start


#: The building verb right before a name, in its clause (``由子公司在某开发区投资建设``).
_BUILT_BY = re.compile(r"(?:投资建设|投资新建|投建|新建|扩建)$")


#: A signing itself intended (``公司拟与某市人民政府签订《投资协议书》``): no signing yet.
_SIGNING_INTENDED = re.compile(r"拟[^，,。；;]{0,20}?(?:签订|签署|签约)")


#: An investor told only as a firm's subsidiary (``全资子公司``, ``公司拟通过全资子公司``).
_FIRM_IN_FULL = re.compile(r"(?:有限(?:责任)?公司|股份(?:有限)?公司|集团)$")


_SUBSIDIARY_ONLY = re.compile(r"(?:该|本)?(?:公司)?(?:拟)?(?:通过|由|以)?(?:其)?(?:全资|控股)?子公司")


def _intended_investment(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A firm's intended investment (see :data:`_INTENDS_TO_BUILD`), with no event told but a signing
    that is itself intended (``拟与…签订…，由子公司…投资建设甲项目``): the project is planned, and the
    decision to build it is reported done. An investor told only as the firm's subsidiary becomes
    the firm named last before it in the sentence."""
    text = ctx.text
    c0 = ctx.clause_start(name.start, sent.start)
    if r.get("stage") == "signed":
        ev = r.fields["stage"].evidence
        if not ev or not _SIGNING_INTENDED.search(text, sent.start, ev[0].end):
            return
        m = _BUILT_BY.search(text, c0, name.start)
    else:
        m = _INTENDS_TO_BUILD.search(text, c0, name.start) or _intends_across(text, sent, name)
    if m is None:
        return
    ev = ctx.evidence(m.start(), m.end())
    r.set("stage", "planned", ev)
    r.set("status", "actual", ev)
    if _SUBSIDIARY_ONLY.fullmatch(str(r.get("investor") or "")):
        firm = next((o for o in reversed(ctx.orgs) if sent.start <= o.start and o.end <= m.start()
                     and _FIRM_IN_FULL.search(str(o.surface))
                     and not str(o.surface).endswith("子公司")), None)
        if firm is not None:
            r.set("investor", str(firm.surface), ctx.evidence(firm.start, firm.end))


#: An investor named by reference to a company just named (``由该公司投资…``).
_THAT_COMPANY = frozenset({"该公司", "该企业", "该集团", "公司", "企业"})


#: A firm and a place that signed an agreement, opening the sentence (``7月，甲有限公司与某高新区签订
#:投资协议，``), then the plan the firm agreed to build (``计划投资12亿元建设乙基地``).
_AGREEMENT_THEN = re.compile(r"(?P<a>[^,，。;；、:：与和]{2,30}?)与(?P<b>[^,，。;；、:：与和]{2,20}?)"
                             r"(?:正式|成功|现场)?(?:(?:签订|签署|签约)了?(?:投资|合作|入园|项目)?(?:协议|合同)"
                             r"|签约(?=[，,]))"
                             # (the firm told as the latter or the former party: ``由后者投资…打造乙项目``)
                             r"[，,](?:(?:双方将|该公司将|将|拟|计划|预计|由(?:后者|前者))?"
                             r"(?:(?:总)?(?:投资|出资)[^，,。;；]{1,12}?"
                             # (or where it builds: ``…签订投资协议，将在某园区建设乙项目``)
                             r"|在[^，,。;；]{2,20}?)"
                             r"(?:建设|新建|打造)"
                             # (or the project the place brings in: ``某市与甲公司签订合作协议，引进乙项目``)
                             r"|(?:正式|成功)?引进)$")


#: A party to a signing that is a park (``某产业合作园``, ``某工业园区``, ``某经开区``).
_PARK_PARTY = re.compile(r"(?:园|园区|开发区|高新区|经开区)$")


def _investor_signed_to_build(ctx: RecordContext, records: list[Record]) -> None:
    """A project still without an investor, built by the plan agreed in the clause before it
    (``甲有限公司与某高新区签订投资协议，计划投资12亿元建设乙基地``): the firm of the two parties."""
    text = ctx.text
    for r, start in _named_without_investor(records):
        c0 = ctx.last_mark(_SENTENCE_MARKS, 0, start) + 1
        m = _AGREEMENT_THEN.search(text, c0, start)
        if m is None:
            continue
        a0 = m.start("a") + _after_last(_LEAD_TIME, m.group("a"))
        for s, e in ((a0, m.end("a")), (m.start("b"), m.end("b"))):
            if _COMPANY_FORM.search(text, s, e) and not _GOVERNMENT_END.search(text[s:e]):
                r.set("investor", text[s:e], ctx.evidence(s, e))
                break
        loc = r.get("location")
        if loc and not loc.get("detail") and _PARK_PARTY.search(m.group("b")):
            # 甲有限公司与乙产业合作园签约，计划投资…建设丙项目: the park it signed with is where it goes
            r.set("location", {**loc, "detail": m.group("b")}, *r.fields["location"].evidence,
                  ctx.evidence(m.start("b"), m.end("b")))


#: A time opening the sentence before its subject (``7月，``, ``日前，``, ``今年3月，``).
_LEAD_TIME = re.compile(r"^[^，,]{1,8}[，,]")


#: Where a sentence ends.
_SENTENCE_MARKS = frozenset("。！？\n")


#: A company opening the brackets right after a project's name, before its other facts
#: (``甲项目（某某食品有限公司，总投资3.8亿元）``).
_BRACKET_COMPANY = re.compile(r"[（(](?P<org>[\u4e00-\u9fff（）()]{2,30}?(?:有限责任公司|有限公司|集团|公司))"
                              r"(?:[，,、；;]|[）)])")


def _investor_in_brackets(ctx: RecordContext, records: list[Record]) -> None:
    """A project still without an investor whose name is followed by brackets that open with a
    company (``甲项目（某某科技有限公司，总投资12亿元）``, a roll of projects): that company builds it."""
    text = ctx.text
    for r in records:
        name = r.fields.get("name")
        if name is None or not name.evidence:
            continue
        inv = r.get("investor")
        if inv is not None and not inv.startswith(str(r.get("name"))):
            continue  # (an investor read as the name and the bracket's company is none)
        m = _BRACKET_COMPANY.match(text, name.evidence[0].end)
        if m is not None:
            r.set("investor", m.group("org"), ctx.evidence(m.start("org"), m.end("org")))


#: Partners listed before a signing verb (``与甲集团、乙分公司、丙公司等企业签订了…``).
_PARTNERS = re.compile(r"与(?P<orgs>(?:[^,，。;；、:：与和及（(]{2,24}?(?:集团|公司|控股|股份)[、和及]){1,9}"
                       r"[^,，。;；、:：与和及（(]{2,24}?(?:集团|公司|控股|股份))"
                       r"(?:等\d*家?(?:企业|公司|单位))?(?:正式)?(?:签署|签订|签约)了?")


_ONE_PARTNER = re.compile(r"[^、和及]+?(?:集团|公司|控股|股份)(?=[、和及]|$)")


def _investors_respectively(ctx: RecordContext, records: list[Record]) -> None:
    """Partners listed before a signing verb and as many projects listed right after it, in the
    same order (``与甲公司、乙公司签订了A项目、B项目等协议``): each project's investor."""
    text = ctx.text
    if "与" not in text or not records:
        return
    starts = sorted((r.fields["name"].evidence[0].start, i) for i, r in enumerate(records)
                    if "name" in r.fields and r.fields["name"].evidence)
    if not starts:
        return
    for m in _PARTNERS.finditer(text, max(0, starts[0][0] - 300), starts[-1][0]):
        end = min((k for k in (text.find(c, m.end()) for c in "，,。；;") if k >= 0), default=len(text))
        listed = [records[i] for s, i in starts if m.end() <= s < end]
        orgs = list(_ONE_PARTNER.finditer(m.group("orgs")))
        if len(orgs) < 2 or len(orgs) != len(listed):
            continue
        for org, r in zip(orgs, listed):
            if r.get("investor") is None:
                o0 = m.start("orgs") + org.start()
                r.set("investor", org.group(), ctx.evidence(o0, o0 + len(org.group())))


#: The last character of a division's name written in full (``某某县``, ``某某市``, ``某某区``).
_FULL_PLACE_END = frozenset("县市区旗州盟")


#: Trades of a scenic site named after the place it stands in (``某县某石文旅综合体``).
_SCENIC_TRADES = ("文旅", "旅游", "康养")


#: A firm the news does not name, building the works named right after (``一家港资企业投资建设的某某
#:研发中心``): the name's head is no brand of its builder.
_UNNAMED_BUILDER = re.compile(r"(?:一|某)(?:家|个)[^，,。；;]{0,10}(?:企业|公司|集团)"
                              r"(?:投资|出资)?(?:建设|兴建|新建|打造)?的$")


#: China and another country heading a park they build together (``中德``, ``中意``, ``中荷``, ``中新``).
_SINO_FOREIGN = re.compile(r"中[外德美日韩英法意荷新澳俄欧瑞奥以泰越马印丹芬比葡西捷匈波挪卢]")


def _investor_brands(ctx: RecordContext, records: list[Record]) -> None:
    """A project still without an investor whose name opens with a brand (``甲乙绿色植保项目`` →
    ``甲乙``, see :func:`brand_head`), unless a place opens it (``某县绿色食品产业园``); a branch's
    home city may (``北京某某(某市)…``)."""
    text = ctx.text
    for r, start in _named_without_investor(records):
        name = r.get("name")
        if "厂房" in name and _PARK_PLANT.match(name):
            continue  # ``某县甲乙产业园标准化厂房``: the park's buildings, its name no brand
        if _UNNAMED_BUILDER.search(text, max(0, start - 30), start):
            continue  # ``一家港资企业投资建设的某某种业研发中心``: its builder is not named
        brand = brand_head(name, text)
        if brand is None:
            # ``某县某某锂电新材料项目``: a county or city written in full, then the brand
            head = next((p for p in ctx.mentions_in("places", start, start + 1)
                         if p.start == start and text[p.end - 1] in _FULL_PLACE_END), None)
            if head is not None and text.startswith(name, start):
                start = head.end
                brand = brand_head(name[head.end - head.start:], text)
                if brand is not None and text.startswith(_SCENIC_TRADES, start + len(brand)):
                    continue  # ``某县某石文旅综合体``: a scenic spot of the county, no company
        if brand is None or not text.startswith(brand, start):
            continue
        if _SINO_FOREIGN.fullmatch(brand) and ("园" in name or "合作区" in name):
            continue  # ``中德（某市）精密制造产业园``: a park two countries build, no firm's brand
        end = start + len(brand)
        if brand == city_liquor(name):
            r.set("investor", brand, ctx.evidence(start, end))  # ``某州老窖…``: the city is the brand's
            continue
        if _only_places(ctx, start, end) or (text[end] not in "(（" and any(
                p.start == start and (p.end >= end - 1 or text[p.end - 1] in _FULL_PLACE_END
                                      or not_a_brand(text[p.end:end]))
                for p in ctx.mentions_in("places", start, start + 1))):
            continue  # (a county's short name may open a brand: ``某川某成新材料…`` → ``某川某成``,
            # not a product: ``某山茶叶冷链…``)
        r.set("investor", brand, ctx.evidence(start, end))


#: A firm visited or met, then talks on a project in the same sentence (``拜访了甲公司，双方就在某区
#:投资建设乙项目进行深入洽谈``): the firm is the project's investor.
_VISITED_THEN_TALKS = re.compile(r"(?:拜访|走访|会见|会晤|考察)了?(?P<org>[^，,。；;！？]{4,30}?)[，,]双方就"
                                 r"[^。；;！？]{0,40}?$"
                                 # the talks right after the visit (``走访了甲公司，对接在某县建设乙项目``)
                                 r"|(?:拜访|走访|会见|会晤|考察)了?(?P<org2>[^，,。；;！？]{4,30}?)[，,]"
                                 r"(?:对接|洽谈|商谈)[^。；;！？，,]{0,24}?$"
                                 # a place and a firm on a project
                                 # (``某区与甲公司就在某县建设乙项目达成合作意向``)
                                 r"|与(?P<org3>[^，,。；;！？与]{4,30}?)就[^。；;！？，,]{0,30}?$")
#: A sentence opening on both sides' talks (``双方就在某县建设甲项目深入对接``, ``双方还就…``): the firm
#: visited in the sentence before.
_BOTH_SIDES_OPEN = re.compile(r"双方(?:还|又|也|随后)?就")
#: A firm visited or entered (``走进甲公司的智能化车间``, ``考察了乙公司``).
_VISITED_FIRM = re.compile(r"(?:(?:拜访|走访|会见|会晤|考察|走进)了?|与)"
                           r"(?P<org>[^，,。；;！？的与]{4,30}?)(?=[的，,。就])")
#: A company named in full registered in the clause right after a project's name (``甲项目完成工商注册，
#: 乙有限公司正式注册落户某开发区``): the firm of the project.
_REGISTERED_AFTER = re.compile(r"[^。；;！？，,]{0,12}?[，,](?P<org>[^，,。；;！？]{4,30}?)(?:正式|已|已经)?"
                               r"(?:注册落户|完成注册|注册成立|完成工商注册)")


def _talks_partner(ctx: RecordContext, records: list[Record]) -> None:
    """A project with no investor takes as investor a company named in full (``…有限公司``) that is
    the party to talks on it: visited right before ``双方就`` or the talks in the same sentence
    (``拜访了甲公司，双方就…``, ``走访了甲公司，对接在某县建设…``), the partner of a place in talks on it
    (``某区与甲公司就…项目达成合作意向``), the firm visited or met in the sentence before both sides'
    talks (``走进甲公司的车间…。双方还就…``), or a firm registered right after its name (``甲项目完成工商
    注册，乙有限公司正式注册落户…``)."""
    text = ctx.text
    for r in records:
        if r.get("investor") or not r.fields.get("name") or not r.fields["name"].evidence:
            continue
        at = r.fields["name"].evidence[0].start
        lo = ctx.last_mark(_SENTENCE_ENDS, 0, at) + 1
        m = _VISITED_THEN_TALKS.search(text, max(lo, at - 80), at)
        group = next((g for g in ("org", "org2", "org3") if m is not None and m.group(g)), None)
        if m is None and _BOTH_SIDES_OPEN.match(text, lo) and lo > 1 \
                and text.find("\n", lo - 1, lo) < 0:  # the sentence before, in the same paragraph
            prev = ctx.last_mark(_SENTENCE_ENDS, 0, lo - 1) + 1
            m = _VISITED_FIRM.search(text, max(prev, lo - 80), lo)
            group = "org" if m is not None else None
        if m is None and (m := _REGISTERED_AFTER.match(text, r.fields["name"].evidence[0].end)) is not None:
            group = "org"
        if m is None or group is None:
            continue
        end = m.end(group)  # (``甲鞋业集团有限公司``: the company's ending closes the name)
        if any(t.end() == end for t in COMPANY_END.finditer(text, max(m.start(group), end - 6), end)):
            r.set("investor", m.group(group), ctx.evidence(m.start(group), end))


#: The firm taken up by a bare word, then its sum, before a name (``企业投资3.2亿元建设的``).
_FIRM_WORD_INVESTS = re.compile(r"(?<![\u4e00-\u9fff])(?:该)?(?:企业|公司)(?:总)?投资[\d.]+(?:亿|万)元"
                                r"(?:新建|建设|打造|实施)的$")


#: A paragraph opening on the bare firm word, at most after a date (``今年7月，企业投资…``).
_FIRM_WORD_OPENS = re.compile(r"(?:[^，,。；;\n]{0,10}[，,])?(?:该)?(?:企业|公司)(?:投资|投入|斥资)")


def _firm_word_investor(ctx: RecordContext, records: list[Record]) -> None:
    """A project with no investor built by ``企业``/``公司`` and its sum (``…介绍，企业投资3.2亿元建设的
    甲项目``) takes the one company named in full in its paragraph before it; none when several are."""
    text = ctx.text
    for r in records:
        if r.get("investor") or not r.fields.get("name") or not r.fields["name"].evidence:
            continue
        at = r.fields["name"].evidence[0].start
        lo = ctx.last_mark(_SEMICOLONS_COMMAS, max(0, at - 40), at) + 1
        if not _FIRM_WORD_INVESTS.search(text, lo, at):
            continue
        para = text.rfind("\n", 0, at) + 1
        firms = {text[m.start:m.end]: m for m in ctx.mentions_in("orgs", para, at)
                 if m.end <= at and COMPANY_END.search(text, max(m.start, m.end - 6), m.end)}
        if not firms and _FIRM_WORD_OPENS.match(text, para):
            # ``今年7月，企业投资…建设的甲项目…`` after the scene told just before
            # (``走进乙有限公司的车间，…``): that paragraph's one company
            end_prev = len(text[:para].rstrip("\n"))
            lo_prev = text.rfind("\n", 0, end_prev) + 1
            art = ctx.doc.articles[r.article] if r.article is not None and r.article < len(ctx.doc.articles) \
                else None
            if art is not None and lo_prev >= art.start and not text.startswith("#", lo_prev):
                firms = {text[m.start:m.end]: m for m in ctx.mentions_in("orgs", lo_prev, end_prev)
                         if COMPANY_END.search(text, max(m.start, m.end - 6), m.end)}
        if len(firms) == 1:
            [m] = firms.values()
            r.set("investor", text[m.start:m.end], ctx.evidence(m.start, m.end))


def _investor_anaphora(ctx: RecordContext, records: list[Record]) -> None:
    """An investor read as ``该公司`` (``与甲公司签订协议，由该公司投资…建设乙项目``) is the last
    company named before it in the paragraph."""
    for r in records:
        if r.get("investor") not in _THAT_COMPANY or not r.fields["investor"].evidence:
            continue
        at = r.fields["investor"].evidence[0].start
        para = ctx.text.rfind("\n", 0, at) + 1
        org = None
        for m in ctx.mentions_in("orgs", para, at):
            if m.end <= at:
                org = m
        if org is None and para > 0 and ctx.text.startswith(("该公司", "该企业"), para):
            # ``…克东县某某食品有限公司加工车间里…`` ⏎ ``该公司投资…建设的…生产线…``: a paragraph opening on
            # the firm the paragraph before named
            stop = len(ctx.text[:para].rstrip())
            before = ctx.text.rfind("\n", 0, stop) + 1
            found = [m for m in ctx.mentions_in("orgs", before, stop)
                     if _FIRM_END.search(ctx.text, m.start, m.end)]
            org = found[-1] if found else None
        if org is not None:
            r.set("investor", ctx.text[org.start:org.end], ctx.evidence(org.start, org.end))


#: How a firm's full name ends (a company's, a group's, a cooperative's).
_FIRM_END = re.compile(r"(?:公司|集团|合作社|厂)$")


#: A sentence opening on the firm of the agreement just told by reference (``根据协议，该公司将…``,
#: ``按照合同，对方将…``, ``该企业计划…``).
_AGREED_FIRM_OPENS = re.compile(r"[\s\u3000]*(?:(?:根据|按照|依据)(?:投资|合作)?(?:协议|合同)(?:约定)?[,，])?"
                                r"(?:该公司|该企业|该集团|对方)")
#: The sentence before: a signing with a firm named in full (``某县与甲有限公司签订投资协议``).
_SIGNED_WITH_FIRM = re.compile(r"与(?P<firm>[\u4e00-\u9fffA-Za-z()（）·]{2,30}?"
                               r"(?:有限责任公司|股份有限公司|有限公司|集团))"
                               r"(?:在[\u4e00-\u9fff]{2,8})?(?:正式|成功|现场)?"
                               r"(?:签订|签署|签约)[^。！？；;]{0,12}[。！]$")


def _investor_by_agreement(ctx: RecordContext, records: list[Record]) -> None:
    """A project still without an investor whose sentence opens on the firm of the agreement by
    reference (``…与甲有限公司签订投资协议。根据协议，该公司将在某园区投资…建设乙项目``): the firm
    the sentence before signed with."""
    text = ctx.text
    for r, start in _named_without_investor(records):
        s0 = ctx.last_mark(_SENTENCE_MARKS, 0, start) + 1
        if s0 <= 1 or text[s0 - 1] not in "。！" or not _AGREED_FIRM_OPENS.match(text, s0, start):
            continue
        m = _SIGNED_WITH_FIRM.search(text, max(0, s0 - 80), s0)
        if m is not None and ctx.last_mark(_SENTENCE_MARKS, 0, s0 - 1) < m.start():
            r.set("investor", m.group("firm"), ctx.evidence(m.start("firm"), m.end("firm")))


def _headquarters_builds(ctx: RecordContext, records: list[Record], used: list[tuple[int, int]]) -> None:
    """A company's headquarters (``Acme Robotics华东总部``) is the project: its company is the
    investor, and what it builds later in the paragraph (``首期投资2亿元建设研发中心和生产基地``)
    is its contents: the sum and figures of that sentence are the headquarters' own."""
    text = ctx.text
    for hq in list(records):
        if "name" not in hq.fields or not hq.fields["name"].evidence or hq not in records:
            continue
        org = headquarters_org(str(hq.get("name")))
        if org is None:
            continue
        ev = hq.fields["name"].evidence[0]
        if hq.get("investor") is None:
            at = text.find(org, ev.start, ev.end)
            if at >= 0:
                hq.set("investor", org, ctx.evidence(at, at + len(org)))
        para_end = text.find("\n", ev.end)
        para_end = len(text) if para_end < 0 else para_end
        for r in list(records):
            if r is hq or "name" not in r.fields or not r.fields["name"].evidence:
                continue
            start = r.fields["name"].evidence[0].start
            if not ev.end <= start < para_end or not _BUILDS.search(text, max(ev.end, start - 4), start):
                continue
            stop = ctx.next_mark(_ITEM_ENDS, start)
            for name in ("investment_cny", "annual_output_cny", "capacity", "area", "jobs"):
                if hq.get(name) is None and r.get(name) is not None:
                    hq.fields[name] = r.fields[name]
            records.remove(r)
            s0 = ctx.last_mark(_ITEM_ENDS, 0, start) + 1
            _attributes(ctx, hq, s0, stop, used)


#: What stands between ``该公司`` opening a clause and the name it builds (``投资6.2亿元实施的``).
_THAT_FIRM_BUILT = re.compile(r"(?:计划|拟|将)?(?:总)?投资(?:[\d.]+[亿万]?元)?"
                              r"(?:(?:新建|建设|实施|打造|扩建)的?|(?<=元)的)$")
#: The latter of two parties just named opening a clause (``某区与甲有限公司签订合作协议，后者将投资…``).
_LATTER = ("后者",)


#: A clause whose subject is the firm just told, then its start of the works named next
#: (``企业还将启动二期甲项目``, ``该公司计划启动三期乙项目``).
_THAT_FIRM_STARTS = re.compile(r"(?:该公司|该企业|该集团|企业|公司)(?:还|也|又|再)?(?:将|拟|计划)?"
                               r"(?:启动|启动建设|启动实施"
                               # (or builds more inside its works: ``公司还将在中心内建设一条甲生产线``)
                               r"|(?<=还将|也将|还拟)在[^，,。；;]{1,8}?(?:内|里)(?:建设|新建|新上)(?:一条|一座|一个)?)$")


#: A scenic site heading a tourism project's name after its county (``某县某某古城文旅提升项目``,
#: ``某县某某藏寨旅游提升项目``): the site is where the project is.
_SCENIC_SITE = re.compile(r"(?P<site>[\u4e00-\u9fff]{2,4}?(?:古城|古镇|古寨|藏寨|羌寨|景区|风景区|旅游区))"
                          r"(?:(?:文旅|旅游)?(?:提升|提档升级|改造|综合开发|开发)"
                          # and the works a site is served by (``某某景区索道``, ``某某旅游区游客服务中心``)
                          r"|(?:观光)?索道|观光车道|游客服务中心|游客接待中心|游客中心|生态停车场|停车场|栈道|游步道)")


def _scenic_site_in_name(text: str, records: list[Record]) -> None:
    """A project without a detail whose name holds, right after its county written in full (or at
    its head), a scenic site and a tourism upgrade (``某县某某藏寨旅游提升项目``, ``某某古城文旅提升项目``):
    the site is its detail. An item only listed with others (``甲古城文旅提升、乙…等18个项目``) is
    named in passing and takes none."""
    for r in records:
        loc = r.get("location")
        name = r.get("name")
        if not isinstance(loc, dict) or loc.get("detail") or not isinstance(name, str) \
                or not r.fields["name"].evidence:
            continue
        county = loc.get("county") or ""
        at = len(county) if county and name.startswith(county) else 0
        if not at and county.endswith("自治县") and name.startswith(county[:2] + "县"):
            at = 3  # an autonomous county by its short form (``某水县某某景区索道项目``)
        m = _SCENIC_SITE.match(name, at)
        if m is None:
            continue
        ev = r.fields["name"].evidence[0]
        if text.startswith(("、", "等"), ev.end):
            continue
        r.set("location", {**loc, "detail": m.group("site")}, *r.fields["location"].evidence, ev)


#: A firm owning what is named after ``的``: a company in full, or a short name of two to eight
#: characters ending in its trade (``重庆某某电子的``, ``某某食品的``), opening its clause.
_FIRM_OWNS = re.compile(r"(?:[\u4e00-\u9fff()（）]{2,30}(?:有限公司|有限责任公司|集团)"
                        r"|[\u4e00-\u9fff]{2,6}(?:" + "|".join(sorted(map(re.escape, TRADE_WORDS), key=len,
                                                                        reverse=True)) + r"))的$")


#: From a company to the works it is to build: what it invests, maybe in a clause of its own, and
#: where (``拟投资12亿港元，在某区建设``, ``与某集团合资组建…企业，投资45亿日元在某区建设``,
#: ``，投资1.5亿港元建设的``), also after its signing with the place (``与某市签约，投资28亿元建设``,
#: ``与某区签订协议，拟投资6.5亿元在某片区建设``).
_INVESTS_THEN_BUILDS = re.compile(
    rf"(?:{LATIN_ALIAS})?"  # (its Latin name after it: ``德国某某集团（Xxx GmbH）将投资…``)
    r"[,，]?(?:则|亦|也|还|又)?(?:与[^，,。；;]{2,20}?(?:合资|共同|联合)?(?:组建|成立|设立)[^，,。；;]{0,12}[,，]"
    r"|与[^，,。；;与]{1,10}?(?:市|县|区|州|镇|乡|园区|开发区|管委会|政府)(?:正式|成功)?"
    r"(?:签约|签订|签署)[^，,。；;]{0,8}?[,，])?"
    # (Hong Kong and Macao wording: ``斥资6.5亿港元``, ``拟投入2.8亿澳门元``)
    # (where it invests may come first: ``甲有限公司将在某经开区投资8.6亿元，建设乙项目``)
    r"(?:拟|将|计划|已)?(?:在[^，,。；;在投]{2,16}?)?(?:投资|出资|斥资|投入)[^，,。；;在]{1,14}?"
    r"(?:[(（][^()（）]{0,16}[)）])?[,，]?"
    r"(?:(?:在[^，,。；;]{1,12}?)?(?:投资)?(?:建设|新建|兴建|打造)"
    r"|在[^，,。；;]{1,12}?(?<=[镇乡村县区市湾岛])开发)的?")  # (``…，在某湾开发甲项目``)


#: A firm's name by its legal form, opening a clause and then investing to build (for firms the
#: organization finder does not know: ``日本某某株式会社与…合资组建…，投资45亿日元在某区建设``).
_FIRM_INVESTS = re.compile(r"(?P<inv>[\u4e00-\u9fffA-Za-z·]{2,24}?(?:有限责任公司|股份有限公司|有限公司"
                           r"|集团|株式会社))" + _INVESTS_THEN_BUILDS.pattern)


#: A firm's legal form closing its name (what a short form drops).
_LEGAL_FORM = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|公司|集团|株式会社)$")


#: A firm presented as formed by others (``由甲公司与乙集团共同组建的中外合资企业``), right before its name.
_FORMED_BY = re.compile(r"(?:组建|成立|设立|合资)的[^，,。；;]{0,8}?(?:企业|公司)?$")


def _origin_before(ctx: RecordContext, start: int, lo: int) -> int:
    """Where a firm's name at ``start`` begins with the place it comes from printed before it
    (``香港甲实业有限公司``, ``澳门乙投资有限公司``, the place opening its clause); else ``start``."""
    found = ctx.mentions_in("places", max(lo, start - 4), start)
    if found and found[-1].end == start \
            and (found[-1].start == lo or ctx.text[found[-1].start - 1] in "，,；;：:"):
        return found[-1].start
    return start


#: What may stand before a sentence's first word: blanks and the bullet or emoji of a list item
#: (``▶ ``, ``🔹 ``), no word.
_MARKS_ONLY = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9，,。；;：:“”\"]*")


def _investor_invests_to_build(ctx: RecordContext, records: list[Record]) -> None:
    """The company opening a clause (or presented as formed by others, ``由甲与乙共同组建的…企业丙``)
    whose next words are what it invests and the works it builds with it (``签约项目中，甲公司拟投资12亿
    港元，在某区建设乙产业园``; ``丙，投资1.5亿港元建设的丁项目``) is the investor of those works."""
    text = ctx.text
    for r in records:
        name_ev = r.fields["name"].evidence if "name" in r.fields else None
        if r.kind != "project" or not name_ev:
            continue
        n0 = name_ev[0].start
        lo = ctx.last_mark(_FULL_STOPS, 0, n0) + 1
        for o in reversed(ctx.orgs):
            if o.end > n0 or o.start < lo:
                continue
            if not _INVESTS_THEN_BUILDS.fullmatch(text, o.end, n0):
                continue
            head = _origin_before(ctx, o.start, lo)  # 香港甲公司: the place a firm comes from heads it
            opens = head == lo or text[head - 1] in "，,；;：:" or _MARKS_ONLY.fullmatch(text, lo, head) \
                or _FORMED_BY.search(text, max(lo, o.start - 14), o.start) is not None
            inv = r.fields.get("investor")
            elsewhere = inv is not None and inv.value \
                and any(e.start < lo or e.end > n0 for e in inv.evidence)
            firm = text[head:o.end]
            core = _LEGAL_FORM.sub("", firm)
            if opens and not elsewhere and not (core and core in (r.get("investor") or "")):
                # (a firm named in full before, ``美国某某化学公司`` for ``某某公司``, stays)
                r.set("investor", firm, ctx.evidence(head, o.end))
            break
        else:
            if r.get("investor") is not None:
                continue
            c0 = ctx.last_mark(_SEMICOLONS_COMMAS, lo, n0)
            while True:  # each clause opening before the name, the nearest first, then the sentence's
                m = _FIRM_INVESTS.fullmatch(text, max(c0 + 1, _MARKS_ONLY.match(text, lo, n0).end()), n0)
                if m is not None:
                    r.set("investor", m.group("inv"), ctx.evidence(m.start("inv"), m.end("inv")))
                    break
                if c0 < lo:
                    break
                c0 = ctx.last_mark(_SEMICOLONS_COMMAS, lo, c0)


def _investor_owning(ctx: RecordContext, records: list[Record]) -> None:
    """A project still without an investor named right after a firm and ``的`` at the head of its
    clause (``重庆某某电子的新型显示模组生产线去年9月竣工投产``): that firm, the plant's owner."""
    text = ctx.text
    for r, start in _named_without_investor(records):
        if not text.startswith("的", start - 1):
            continue
        c0 = ctx.last_mark(_CLAUSE_ENDS, max(0, start - 40), start) + 1
        m = _FIRM_OWNS.search(text, max(c0, start - 40), start)
        if m is None or m.start() != max(c0, start - 40):
            continue
        if text[m.start()] in "全我该本各其":
            continue  # 全市电子的…: a region's sector, no firm
        r.set("investor", m.group()[:-1], ctx.evidence(m.start(), m.end() - 1))


#: The reporter walking into a firm, opening the sentence (``走进某街道的甲有限公司，``).
_WALKS_IN = re.compile(r"(?:走进|来到|步入)[^，,。；;]{0,16}?$")
#: Between the firm and the works in the next clause: what the works are like (``新建成的``, ``新上的``).
_WORKS_BETWEEN = re.compile(r"[，,](?:一条条?|一座座?)?(?:新|刚|今年)?(?:建成|落成|投用|上马|引进|安装)?的?$")


def _visited_firm_investor(ctx: RecordContext, records: list[Record]) -> None:
    """A project with no investor named in the clause right after the firm the reporter walks into
    (``走进某街道的甲有限公司，新建成的乙生产线正满负荷运转``): the firm's works."""
    text = ctx.text
    for r, start in _named_without_investor(records):
        s0 = ctx.last_mark(_FULL_STOPS, 0, start) + 1
        for o in ctx.mentions_in("orgs", s0, start):
            if o.end > start or not COMPANY_END.search(text, max(o.start, o.end - 6), o.end):
                continue
            if _WALKS_IN.search(text, max(s0, o.start - 18), o.start) \
                    and _WORKS_BETWEEN.fullmatch(text, o.end, start):
                r.set("investor", text[o.start:o.end], ctx.evidence(o.start, o.end))
                break


#: A sentence opening on the firm just named, described (``这家以抽油机为主业的企业，…``).
_THIS_FIRM_DESCRIBED = re.compile(r"这家[^，,。；;]{0,30}?(?:企业|公司|工厂)[，,]")


def _investor_its(ctx: RecordContext, records: list[Record], art_start: int = 0) -> None:
    """A project without an investor named right after ``其`` (``其年产2万台…项目随即开工``) or in a
    sentence whose subject is ``该公司`` (``该公司以…竞得…，将建设甲项目``), or a clause opening with
    ``该公司`` and its investment right before the name: the last company named before in the
    paragraph (the article, for a firm starting its next works told after the firm's first story)."""
    text = ctx.text
    for r, start in _named_without_investor(records):
        s0 = ctx.last_mark(_FULL_STOPS, 0, start) + 1
        para = text.rfind("\n", 0, start) + 1
        if text.startswith("其", start - 1):
            upto = start - 1
        elif text.startswith(("该公司", "该企业", "该集团"), s0):
            upto = s0
        elif text.startswith(("该公司", "该企业", "该集团"), c0 := ctx.clause_start(start, s0)) \
                and _THAT_FIRM_BUILT.match(text, c0 + 3, start):
            upto = c0  # ``…走进某某有限公司，…，该公司投资6.2亿元实施的甲项目``: the clause's subject
            para = min(para, max(art_start, 0))  # (``当天，该公司投资…的二期甲项目``: told paragraphs later)
        elif text.startswith("这家", s0) and _THIS_FIRM_DESCRIBED.match(text, s0, start) is not None:
            upto = s0  # ``走进甲有限公司…。这家以…为主业的企业，去年投资…新上乙生产线``: the firm just named
        elif text.startswith(_LATTER, c0) and c0 > s0:
            upto = c0  # ``某区与甲有限公司签订协议，后者将投资…建设乙项目``: the last party named
        elif (firm := _THAT_FIRM_STARTS.match(text, ctx.clause_start(start, s0), start)) is not None:
            upto = firm.start()  # ``明年，企业还将启动二期甲项目``: the firm just told starts its next works
            para = min(para, max(art_start, 0))
        else:
            continue
        org = None
        for m in ctx.mentions_in("orgs", para, upto):
            if m.end <= upto:
                org = m
        if org is not None:
            r.set("investor", text[org.start:org.end], ctx.evidence(org.start, org.end))


#: A firm's full name and the short name the story sets for it, heading a project's name
#: (``某某农业开发有限公司（以下简称“某某农业”）某县加工基地项目``).
_FIRM_AKA_HEAD = re.compile(r"[^（(]{2,40}[（(](?:以下)?简称[“\"「『]"
                            r"(?P<short>[^”\"」』]{2,10})[”\"」』][)）]")


def _firm_by_short_name(r: Record) -> None:
    """A project's name headed by a firm with its short-name note names the firm as the news does
    afterwards: by the short name (``某某农业某县加工基地项目``); the name keeps its evidence."""
    name = r.get("name")
    if not isinstance(name, str) or "简称" not in name:
        return
    m = _FIRM_AKA_HEAD.match(name)
    if m is None or m.end() >= len(name):
        return
    f = r.fields["name"]
    r.set("name", m.group("short") + name[m.end():], *f.evidence)


#: An investor told only by reference to the firm a filing is about (``公司``, ``同意公司``,
#: ``其控股子公司``, ``同意全资子公司``).
_FIRM_REFERENCE = re.compile(r"(?:同意)?(?:该|本|其)?(?:公司)?(?:拟)?(?:通过|由|以)?(?:其)?(?:全资|控股)?"
                             r"(?:子公司|公司)")
#: A firm telling of its filing, opening a sentence of a retelling story (``某某股份有限公司披露，``,
#: ``某某新材(301386)7月1日晚间公告,``, ``另一家公司某某则在进展公告中称，``); the firm may be
#: introduced by a few words and carry its stock code or the short name the story sets for it.
_FILER_SAYS = re.compile(
    r"(?:(?:另一家|另有一家|另外一家|此外，?|同时，?)?(?:上市)?公司)?"
    r"(?P<firm>[\u4e00-\u9fff]{2,30}?)(?:[(（]\d{6}[)）])?(?:（以下简称[“\"][^”\"]{2,10}[”\"]）)?"
    r"(?:则|也|亦|还|同日|近日)?(?:\d{1,2}月\d{1,2}日)?(?:晚间|早间|晚|盘后)?"
    r"(?:在[^，,。；;]{0,12}?公告中|发布公告|发布[^，,。；;]{0,12}?公告)?"
    r"(?:公告|披露|表示|宣布|公布)?(?:称|显示)?[，,:：]")
#: Firms named as they filed, in a list (``甲、乙分别发布…公告``, ``甲和乙两家公司…披露``).
_FILERS_LISTED = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,10})[、和与](?P<b>[\u4e00-\u9fff]{2,10}?)"
                            r"(?:两家公司)?(?:分别|先后|同日)?(?:发布|披露)")
#: A firm's own subsidiary named in full in the name's clause (``公司全资子公司某某有限公司在…``).
_SUBSIDIARY_NAMED = re.compile(r"(?:全资|控股)?子公司$")


def _filer_firms(ctx: RecordContext, art: Span) -> list[tuple[str, int, int, bool]]:
    """Firms of a retelling story that opened a sentence telling of their filing (``True`` last),
    and firms listed as they filed (``False``): ``(name, start, end, opens)``."""
    text = ctx.text
    out: list[tuple[str, int, int, bool]] = []
    for m in _FILERS_LISTED.finditer(text, art.start, art.end):
        out += [(m.group(g), m.start(g), m.end(g), False) for g in ("a", "b")]
    for sent in ctx.sentences(art):
        m = _FILER_SAYS.match(text, sent.start, sent.end)
        if m is not None and ("公告" in m.group() or "披露" in m.group()):
            firm = m.group("firm")
            if len(firm) >= 4 and not firm.startswith(("公司", "我", "本")):
                out.append((firm, m.start("firm"), m.end("firm"), True))
    return out


def _filing_issuer(ctx: RecordContext, art: Span) -> str | None:
    """The company whose own filing the article is (its source, a company, and a title ending in
    ``公告``), else None."""
    doc = ctx.doc
    a = next((x for x in doc.articles if x.index == art.article), None) if doc.articles else None
    if a is None or not (a.headline or "").endswith("公告") or "关于" not in (a.headline or ""):
        return None
    src = a.source or ""
    return src if src.endswith(("公司", "集团")) else None


def _filer_investor(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A project of a filing or of a story retelling filings whose investor is untold or told only
    by reference (``同意公司在某县投资建设…``, ``其控股子公司在某县投资建设的…``): the subsidiary
    named in full right after ``子公司`` in its clause; else the firm that opened its sentence telling
    of its filing, or a firm so told heading the name's clause (``甲位于某县的乙项目``); else the
    filing's issuer."""
    text = ctx.text
    issuer = _filing_issuer(ctx, art)
    filers = _filer_firms(ctx, art)
    if issuer is None and not filers:
        return
    for r in records:
        inv = r.get("investor")
        ev = r.fields["name"].evidence if "name" in r.fields else []
        if not ev or not art.start <= ev[0].start < art.end:
            continue
        start = ev[0].start
        s0 = max(art.start, ctx.last_mark(_FULL_STOPS, art.start, start) + 1)
        if inv is not None and not _FIRM_REFERENCE.fullmatch(str(inv)):
            told = r.fields["investor"].evidence
            if not told or told[0].start >= s0 or not any(f[3] and s0 <= f[1] < start for f in filers):
                continue  # an investor named in the name's own sentence stays
            # (``另一家公司甲则在公告中称，公司位于…的乙项目``: the firm of the sentence, not one before)
        c0 = ctx.clause_start(start, s0)
        sub = next((o for o in reversed(ctx.orgs) if c0 <= o.start and o.end <= start
                    and _SUBSIDIARY_NAMED.search(text, max(c0, o.start - 5), o.start)
                    and _FIRM_IN_FULL.search(str(o.surface))), None)
        if sub is not None:
            r.set("investor", str(sub.surface), ctx.evidence(sub.start, sub.end))
            continue
        said = next(((f[0], c0, c0 + len(f[0])) for f in filers if text.startswith(f[0], c0)
                     and f[1] < start), None)  # ``甲位于某县的乙项目``: a firm that filed heads the clause
        if said is None:
            said = next((f[:3] for f in filers if f[3] and s0 <= f[1] < start), None)
        if said is not None:
            r.set("investor", said[0], ctx.evidence(said[1], said[2]))
        elif issuer is not None and (inv is None or _FIRM_REFERENCE.fullmatch(str(inv))):
            r.set("investor", issuer, *r.fields["name"].evidence[:1])


#: What stands between a numbered item's head (``1.甲项目：``, ``1.甲项目。``) and the firm opening
#: its words: nothing, or the firm's label (``投资方为``, ``意向投资人为``, ``投资主体：``).
_ITEM_FIRM_LABEL = re.compile(r"\s*(?:(?:投资方|投资主体|意向投资人|投资人|投资企业)(?:为|是|：|:)\s*)?")
#: An unlabelled firm must invest right after its name (``乙公司有意投资2.2亿元…``, ``乙公司投资…``).
_ITEM_FIRM_INVESTS = re.compile(r"\s*(?:有意|拟|计划|意向|准备|将|已)?(?:追加|总)?投资")


def _item_investor(ctx: RecordContext, r: Record, head_end: int, line_end: int) -> None:
    """The firm opening a numbered item's words after the project named at its head
    (``1.甲项目：乙公司有意投资2亿元…``, ``2.丙项目。投资方为丁公司，计划投资…``) invests in it,
    when the item's sentences named no investor before."""
    if r.get("investor") is not None or head_end >= line_end:
        return
    m = _ITEM_FIRM_LABEL.match(ctx.text, head_end + 1, line_end)
    if m is None:
        return
    o = next((o for o in ctx.mentions_in("orgs", m.end(), m.end() + 1) if o.end <= line_end), None)
    if o is None or (m.end() == m.start() and not _ITEM_FIRM_INVESTS.match(ctx.text, o.end, line_end)):
        return
    r.set("investor", ctx.text[o.start:o.end], ctx.evidence(o.start, o.end))


#: A firm settling in a park, then the sum it invests to build what is named next (``甲有限公司落户
#: 乙产业园，投资3亿元建设``, ``甲公司正式落户乙园区，计划总投资5亿元，新建``).
_SETTLED_THEN = re.compile(r"(?P<firm>[^,，。;；、:：]{2,30}?)(?:正式|成功|已)?(?:签约)?落户(?:于|在|到)?"
                           r"(?P<park>[^,，。;；、:：]{2,20}?)"
                           r"[，,](?:计划|拟|将)?(?:总)?投资[^，,。;；]{1,12}?[，,]?(?:建设|新建|打造)$")


#: Bullets and blanks that may open the paragraph before a firm's name.
_LEAD_MARKS = frozenset(" \t\u3000▶►▷■□●○◆◇▲△★☆◎•·")


def _settled_to_build(ctx: RecordContext, records: list[Record]) -> None:
    """A project built by the firm that settles in a park in the clause before it (``甲有限公司落户乙
    园，投资3亿元建设丙项目``): the firm invests, the park is its place, and the settling is its
    signing (``建设`` only tells what is built)."""
    text = ctx.text
    for r in records:
        ev = r.fields["name"].evidence if "name" in r.fields else None
        if not ev:
            continue
        start = ev[0].start
        c0 = ctx.last_mark(_SENTENCE_MARKS, 0, start) + 1
        m = _SETTLED_THEN.search(text, c0, start)
        if m is None:
            continue
        f0 = m.start("firm") + _after_last(_LEAD_TIME, m.group("firm"))
        while f0 < m.end("firm") and text[f0] in _LEAD_MARKS:
            f0 += 1  # (a bullet opening the paragraph: ``▶ 甲有限公司落户…``)
        firm = text[f0:m.end("firm")]
        if not _COMPANY_FORM.search(firm) or _GOVERNMENT_END.search(firm):
            continue
        if r.get("investor") is None:
            r.set("investor", firm, ctx.evidence(f0, m.end("firm")))
        loc = r.get("location")
        if loc and not loc.get("detail") and _PARK_PARTY.search(m.group("park")):
            r.set("location", {**loc, "detail": m.group("park")}, *r.fields["location"].evidence,
                  ctx.evidence(m.start("park"), m.end("park")))
        if r.get("stage") in (None, "under_construction"):
            settle = text.find("落户", m.end("firm"), m.start("park"))
            r.set("stage", "signed", ctx.evidence(settle, settle + 2))
            r.set("status", "actual", ctx.evidence(settle, settle + 2))


#: A firm adding capital, named at the head of the clause before (``某某有限公司日前完成增资500万美元``,
#: ``某集团宣布对某公司增资1500万欧元``), then what the capital is for (``，用于建设``).
_CAPITAL_ADDED = re.compile(r"(?P<firm>[\u4e00-\u9fff（）()]{4,30}?(?:有限公司|集团))"
                            r"(?:日前|近日|今年\d{1,2}月|\d{1,2}月(?:\d{1,2}日)?)?[，,]?"
                            r"(?:已|已经)?(?:完成|宣布|决定|计划|拟|将)?(?:对[^，,。；;]{2,12}?)?"
                            r"(?:增资|追加投资)[^，,。；;]{0,16}[，,](?:主要|将)?用于(?:建设|新建|扩建)$")
def _without_firm(records: list[Record]) -> list[tuple[Record, int]]:
    """The records with a name in the text and no investor, or only a brand read from the head of
    the name (``某某智能生产线`` → ``某某``), with where the name starts."""
    out = []
    for r in records:
        name, inv = r.fields.get("name"), r.fields.get("investor")
        if name is None or not name.evidence:
            continue
        start = name.evidence[0].start
        if inv is None or r.get("investor") is None or (
                inv.evidence and inv.evidence[0].start == start
                and not COMPANY_END.search(str(r.get("investor")))
                and str(r.get("name")).startswith(str(r.get("investor")))):
            out.append((r, start))
    return out


def capital_added_for(ctx: RecordContext, records: list[Record]) -> None:
    """A project still without an investor (or with only a brand read from its name) built with
    capital a firm added, told in the clause before (``某某有限公司日前完成增资500万美元，用于建设甲生产
    线``): that firm."""
    text = ctx.text
    for r, start in _without_firm(records):
        if not text.startswith("建设", start - 2) and not text.startswith("建", start - 1):
            continue
        s0 = ctx.last_mark("。！？；;\n", 0, start) + 1
        m = _CAPITAL_ADDED.search(text, s0, start)
        if m is not None:
            f0 = m.start("firm")
            cut = max(text.rfind("的", f0, m.end("firm")), text.rfind("企业", f0, m.end("firm")) + 1)
            if cut >= f0 and m.end("firm") - cut > 6:
                f0 = cut + 1  # 某镇的港资企业甲有限公司: the firm's own name
            r.set("investor", text[f0:m.end("firm")], ctx.evidence(f0, m.end("firm")))


#: A firm named in full closing the clause right before a line's name (``…“小巨人”企业某某精密机械有限公司，
#: 第三条…生产线正式投产``).
_FIRM_THEN_LINE = re.compile(r"(?P<firm>[\u4e00-\u9fff（）()]{4,30}?(?:有限公司|集团))[，,]$")
#: A line's name, maybe counted (``第三条…生产线``, ``…智能产线``).
_LINE_END = re.compile(r"(?:生产线|产线)$")
#: A firm's next line told by its ordinal alone (``第四条生产线``).
_ORDINAL_LINE_NAME = re.compile(r"第[二三四五六七八九十]条(?:生产线|产线)$")


def firm_heading_its_line(ctx: RecordContext, records: list[Record]) -> None:
    """A line with no investor (or only a brand read from its name) whose name opens the clause right
    after a firm named in full (``…企业某某精密机械有限公司，第三条航空发动机叶片…生产线正式投产``) is
    that firm's; a firm's next line told by its ordinal alone (``第四条生产线``) is the firm's of the line
    named before it in the story. A firm in another sentence, or a name that is no line, is left."""
    text = ctx.text
    for r, start in _without_firm(records):
        if not _LINE_END.search(str(r.get("name"))):
            continue
        s0 = ctx.last_mark("。！？；;\n", 0, start) + 1
        m = _FIRM_THEN_LINE.search(text, max(s0, start - 40), start)
        if m is None:
            continue
        f0 = m.start("firm")
        cut = max(text.rfind("的", f0, m.end("firm")), text.rfind("企业", f0, m.end("firm")) + 1)
        if cut >= f0 and m.end("firm") - cut > 6:
            f0 = cut + 1  # 位于某区的“小巨人”企业甲有限公司: the firm's own name
        r.set("investor", text[f0:m.end("firm")], ctx.evidence(f0, m.end("firm")))
    for r, start in _without_firm(records):
        if not _ORDINAL_LINE_NAME.fullmatch(str(r.get("name"))):
            continue
        before = [o for o in records if o is not r and o.get("investor") and o.fields.get("name")
                  and o.fields["name"].evidence and o.fields["name"].evidence[0].start < start
                  and o.article == r.article and _LINE_END.search(str(o.get("name")))]
        if before:
            last = max(before, key=lambda o: o.fields["name"].evidence[0].start)
            r.set("investor", last.get("investor"), *last.fields["investor"].evidence)
