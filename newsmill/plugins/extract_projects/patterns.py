"""Regular expressions that several of the project rules share."""

from __future__ import annotations

import functools
import re

from newsmill.zh.bylines import OWN_DATELINE
from newsmill.zh.project_names import phase_of

#: A month right before a cue (``5月签约``, ``9月28日正式开工``, ``11月份已竣工``), also with the
#: phase it is of (``6月一期建成投产``) and the year word before it (``去年9月动工``).
_MONTH_BEFORE = re.compile(r"(?P<y>前年|去年|上年|今年|当年|明年)?(\d{1,2})月(?:\d{1,2}日)?份?"
                           # (how soon it came: ``今年3月即投产``, ``5月就开工``; not ``即将``)
                           r"(?:[一二三四首]期(?:工程|项目)?)?(?:正式|顺利|成功|全面|已经|已|即|就|便)*$")


#: Cues of settling, which a relative clause before a name may hold (``落户某高新区的甲项目``).
_SETTLED = ("落户", "落地", "入驻")


#: The investment done so far, right after a project's name: the works are under way (also
#: dated: ``甲项目截至9月底已完成投资28.6亿元``).
_SPENT = re.compile(r"(?:截至[^，,。；;！？]{1,8}?|今年以来|年初以来)?(?:目前|现)?(?:已|累计|已累计)"
                    r"完成(?:投资|年度投资)")


#: Works told under way now in a project's own item (``目前正在加紧建设``, ``正抓紧施工``, ``建设正酣``).
_BUILDING_NOW = re.compile(r"(?:目前|现在|当前|现)?正(?:在)?(?:加紧|加快|抓紧|全力|紧张|有序|全面)?(?:推进)?"
                           r"(?:建设|施工)(?!完成|完毕|任务|目标|规划)|(?:加紧|加快|抓紧)(?:建设|施工)中|建设正酣"
                           # the works' step now (``主体设备正在安装调试``, ``正在加快主管网铺设``)
                           r"|(?:目前|现在|当前|现)?正(?:在)?(?:加紧|加快|抓紧|紧张|有序)?(?:进行)?"
                           r"[\u4e00-\u9fff]{0,5}?(?:安装调试|安装|调试|铺设)(?!完成|完毕)")


#: Work on a works going on now, right before its name (``正在对``, ``正对新建的``).
_AT_WORK_ON = re.compile(r"正(?:在)?(?:加紧|抓紧)?对(?:新建的|新上的|刚建成的)?$")
#: Its equipment fitted or tried, right after the name (``进行调试``, ``进行安装调试``).
_FITTED_AFTER = re.compile(r"(?:进行|开展)(?:设备)?(?:安装调试|联合调试|调试|安装|试运行)")


#: The main works done, right before a completion cue (``主体工程已完工``): the project is under way.
_MAIN_PART_DONE = re.compile(r"主体(?:工程|结构)?(?:已经|已|全面|基本|顺利)*$")


#: A project stopped or put off (``因规划调整暂缓实施``, ``已停工``, ``推迟至明年``): no lifecycle event.
HALTED = re.compile(r"暂缓|停工|停建|缓建|搁置|中止|终止|推迟至|延期至|取消")


#: What may open a sentence before the short name of a project it is about (``其中，``, ``目前，``).
_SHORT_LEAD = re.compile(r"(?:其中|目前|此外|另外|同时|据悉|据了解|据介绍|按照协议|根据协议)?[,，]?")


#: A firm the news does not name (``深圳一家新能源企业``, ``某外资企业``): no investor.
UNNAMED_FIRM = re.compile(r"(?:一|某)(?:家|个|知名|大型|外资|民营|央企)[^，,。；;]{0,10}(?:企业|公司|集团)$"
                          r"|^某(?:企业|公司|集团)$"
                          # (funds, no investor: ``由某市援疆资金支持建设``; firms of a place: ``佛山企业``)
                          r"|资金(?:支持|投入(?:[\d.]+[万亿]?元)?)?$|^[\u4e00-\u9fff]{2,3}[省市]?(?:企业|客商)$"
                          # (a party of a signing told before, named by reference: ``由后者投资…``)
                          r"|^(?:后者|前者)$"
                         # (a firm named by its owner alone: ``由县属国企投资建设``, ``市属国有企业``)
                         r"|^[省市州县区]属(?:国企|国有企业|企业)$"
                         # (firms named by where their capital comes from: ``由港资企业参与投资``)
                         r"|^(?:港资|澳资|台资|外资|侨资|港澳资|民营|国有)企业(?:参与)?$")


#: A town right after a county, with its village or community when printed (``某某镇某某社区``);
#: not ``城乡`` (town and country: ``某县城乡供水一体化工程``).
_TOWN_AND_VILLAGE = re.compile(r"(?!城乡)[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)(?![至到])"
                               r"(?:[\u4e00-\u9fff]{1,5}?(?:村|社区)(?![委民]))?")


#: A company's legal form ending its full name.
_COMPANY_FORM = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团)$")


#: A town or a development zone (a zone the zone table may not know), or an area of one named
#: alone (``某某片区``; after its district, ``某区某某片区``, the area is read by its own pattern).
_LOCAL = (r"(?:[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|高新区|经开区|开发区|工业园区|工业园|化工园区|化工园"
          r"|产业园区|产业园|加工园区|加工园|工业集中区|产业集聚区|新区|示范区|保税区|科技城|产业区|新城|组团)"
          r"|(?![于在])[^\W\d区县市旗州]{2,4}?片区)")  # (not the 于 of ``位于某某片区``)


_SEMICOLONS_COMMAS = frozenset("；;，,")


_SENTENCE_ENDS = frozenset("。！？!?\n")


_FULL_STOPS = frozenset("。！？\n")


_CLAUSE_ENDS = frozenset(",，。;；:：\n")


_ITEM_ENDS = frozenset("。；;！？\n")


#: The projects of an event a clause opens on (``签约项目中``, ``此次集中开工的项目中``).
_EVENT_PROJECTS = (r"(?:此次|本次|这次|今天|当天|现场)?(?:集中)?(?:签约|签订|开工|竣工|投产)的?"
                   r"(?:重点|重大)?项目中")


#: What an agreement provides, opening a clause (``根据协议``, ``按照投资合同``).
_BY_AGREEMENT = r"(?:根据|按照|依据)(?:投资|合作|框架|签约)?(?:协议|合同)"


#: How an investor named at a list item's head looks: a company's legal form, or the home
#: country or region of a foreign investor.
_INVESTOR_LOOK = re.compile(r"(?:集团|公司|株式会社|控股|股份|有限公司|合作社|家庭农场)$"
                            r"|^(?:德国|法国|英国|美国|日本|韩国|新加坡|香港|澳门|台湾|意大利|荷兰|瑞士|瑞典|丹麦|"
                            r"芬兰|挪威|西班牙|比利时|奥地利|加拿大|澳大利亚|泰国|马来西亚|印度尼西亚|越南|阿联酋|沙特)")


#: A park heading the name of its standard factory buildings (``某县某某产业园标准化厂房二期项目``).
_PARK_PLANT = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?[县区市](?=[\u4e00-\u9fff]{2}))?"
                         r"([\u4e00-\u9fff]{2,14}?(?:产业园区|工业园区|产业园|工业园|园区|经开区|高新区|开发区))"
                         r"标准化?(?:生产|工业)?厂房")


_KIND_TAIL = re.compile(r"(?:建设项目|项目|工程)$")


#: Pure functions of a string, asked again for every name and headline of an article.
_phase_of = functools.lru_cache(maxsize=4096)(phase_of)


_BUILD = r"(?:投资建设|投资建立|投资兴建|投资新建|出资建设|独资建设)"


#: How the name of an investing company or group ends (``…集团``, ``…有限公司``, ``…国际``).
_ORG_END = (r"(?:集团|公司|企业|控股|国际|股份|银行|基金|实业|投资|合作社|家庭农场"
            r"|(?:锰|铝|铜|锌|钛|锂|矿|药|乳|纸|酒|钢|煤|化)业)")


#: What ends a place or a speaker, not a firm (``我县在…``, ``全市在…``, ``他们在…``).
_NOT_FIRM_END = re.compile(r"[省市县区镇乡村旗盟州里们]$|^(?:我|全|该|本)")


#: ``由某公司投资建设``; not a contractor (``由某投资发展有限公司承建``: builds, does not invest),
#: nor a pronoun (``由其在某县投资…``: the firm named before it).  A firm whose name holds ``投资``
#: or ``建设`` (``由某省交通投资集团有限公司投资建设``, ``由某市城市建设投资集团有限公司…``) is read
#: to the end of its name when the verb follows it; a works passing from one phase to the next
#: (``工程由主体建设阶段转入蓄水验收阶段``) names no investor.
INVESTOR_BY = re.compile(r"由(?![其该此它])(?![^,，。;；、:：]{2,30}?(?:承建|施工|总承包)(?:[,，。;；]|$))"
                         r"(?![^,，。;；、:：]{2,10}?阶段)"
                         r"(?P<inv>[^,，。;；、:：]{2,24}?"
                         r"(?:(?:投资|建设)[^,，。;；、:：]{0,8}?(?:有限责任公司|有限公司|集团有限公司|集团))?)"
                         r"(?:联合[^,，。;；、:：]{2,20}?)?(?:共同)?(?:负责)?"
                         r"(?:" + _BUILD + "|投资|承建|建设|实施)")
#: ``由某投资控股集团有限公司投资…建设``: a firm named in full whose name holds ``投资`` or ``建设``, then
#: its investing.
INVESTOR_BY_FIRM = re.compile(r"由(?P<inv>(?:(?!联合|共同)[^,，。;；、:：与和]){2,30}?"
                              r"(?:有限责任公司|股份有限公司|有限公司|集团))(?:投资|出资|独资|负责投资"
                              # (or its carrying the works out, alone or with a partner:
                              # ``由某港务建设有限公司组织实施``, ``由某水务投资有限公司与某方共同实施``)
                              r"|组织实施|负责实施|与[^,，。;；、:：]{2,20}?共同)")


#: A short name given in brackets (``（以下简称“某某”）``, ``(简称某某)``).
SHORT_NAME = re.compile(r"[（(](?:以下|下文)?简称[：:]?[“\"「‘]?"
                        r"(?P<short>[^”\"」’（）()，,。]{1,12})[”\"」’]?[）)]")


#: ``与某公司签署合作协议``, ``与某公司（以下简称…）在某地签订…``: the partner of a signing.
INVESTOR_WITH = re.compile(r"与(?P<inv>[^,，。;；、:：与和（(]{2,30}?" + _ORG_END
                           + r")(?:[（(](?:以下|下文)?简称[^）)]{1,16}[）)])?(?:在[\u4e00-\u9fff]{1,8}?)?"
                           r"(?:正式)?(?:签署|签订|签约)")


INVESTOR_LEAD = re.compile(r"旗下|下属|由|是|系|其中|据悉|据了解"
                          r"|^[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|村|社区)的"
                          r"|" + OWN_DATELINE +
                          # (a firm told by whose capital it is: ``港资企业``, ``美资企业``, ``德资企业``)
                          r"|^[—\-－·•●■◆\u2460-\u249b]*(?:[港外台澳侨美德日韩欧法英意]资|民营|外商独资)企业"
                          r"|^[—\-－·•●■◆\u2460-\u249b]+")


#: The number or mark opening an item of a list (``1.``, ``2、``, ``（3）``, ``④``).
_LIST_ITEM = re.compile(r"[ \t\u3000]*(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）]|[①-⑳])")


#: A project named as the main venue of a batch's ceremony (``主会场所在的甲项目``, ``主会场的甲项目``).
#: (also told as what the venue's project is: ``主会场项目为甲工程``, ``主会场项目是甲项目``)
_MAIN_VENUE_OF = re.compile(r"主会场(?:所在|设在|选在)?的$|主会场(?:的)?(?:项目|工程)(?:为|是)$"
                            # (a caption's scene: ``图为主会场甲公司乙项目施工现场``)
                            r"|(?:图为|为|是)主会场$")
#: A project told to share the event just reported, right before its name (``同日开工的甲项目``,
#: ``同时开工的乙保障性租赁住房项目``, ``当天签约的丙项目``): that event, done, on that day.
_SAME_EVENT_OF = re.compile(r"(?:同日|同一天|同天|当天|当日|同时|同期|一同|同步)"
                            r"(?P<verb>开工|签约|竣工|投产|投用|开工建设)的$")
#: The stage each verb of :data:`_SAME_EVENT_OF` tells.
SAME_EVENT_STAGE = {"开工": "started", "开工建设": "started", "签约": "signed", "竣工": "completed",
                    "投产": "in_production", "投用": "in_production"}


#: A sentence opening on the project the sentence before named (``该项目总投资…``).
_IT_OPENS = re.compile(r"(?:该|此|这个|这一)项目")


#: A sentence opening on a park or base by its kind (``这个产业园由…建设``, ``该基地…``).
_KIND_OPENS = re.compile(r"(?:该|这个|这一|此)(?P<kind>产业园|工业园|园区|基地)")


#: Words no town or zone name holds (``修水县新建一批乡村…``: a verb and a quantity, not a town).
_NOT_LOCAL = re.compile(r"[批些]|[一两几多二三四五六七八九十]个|新建|建设|开工|实施|推进|城乡|家乡|全")


#: One ``label：value`` line of a project card (``建设地点：…``, ``总投资：…``).
#: (a bullet or an item number before the label: ``■建设地点：``, ``3、建设地点：``)
_CARD_LINE = re.compile(r"^[ \t\u3000]*(?:[■●◆▲◇□○·•▶►▷★☆◎]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、)?\s*"
                        r"(?P<label>[\u4e00-\u9fff]{2,8})\s*[:：]"
                        r"\s*(?P<value>[^\n]+)$", re.M)


#: What a project builds, right before a line or workshop named after it (``计划建设年产X生产线``).
_BUILDS = re.compile(r"(?:建设|新建|扩建|建成|上马|布局|新上)$")


_PARK_END = re.compile(r"(?:园区|工业园|产业园|开发区|高新区|经开区|新区|集中区)$")


#: The lifecycle order of the stages (a later event supersedes an earlier one).
_LIFECYCLE = {"planned": 0, "negotiating": 1, "signed": 2, "started": 3, "under_construction": 4,
              "completed": 5, "in_production": 6}


#: The next sentence speaks of the site just named (``该项目…``, ``该工程…``, ``项目由…``).
_ABOUT_NEXT = re.compile(r"(?:该|此|这个|这一)?(?:项目|工程)(?![\d个])")


#: Words of the state a site is in when visited (``目前…已进场调试``, ``正在进行内部装修``).
_PRESENT = re.compile(r"目前|正在|现已|当前")


_DONE_NOW = frozenset({"in_production", "completed"})


#: Buildings or parts of a plant right before their completion cue (``屠宰车间和冷库主体已``,
#: ``窑炉车间和展示中心已``).
_PARTS_BEFORE_DONE = re.compile(r"(?:车间|冷库|库房|仓库|展示中心|展厅|主体)"
                                r"(?:已经|已|均已|全部|基本|顺利)+$")
#: The works going on, or their running ahead, after parts told done (``正在进行内部装修``,
#: ``计划明年元旦试运营``, ``预计年底试生产``).
_WORKS_AHEAD = re.compile(r"正在(?:进行|开展|加紧|抓紧)|(?:计划|预计|力争|争取)[^，,。；;]{0,10}?"
                          r"(?:试生产|试运营|试运行|投产|投用|投入使用|运营|竣工|建成)")


def parts_done_ahead(text: str, c0: int, at: int, end: int) -> bool:
    """True when the completion cue at ``at`` (its clause opening at ``c0``) closes parts of some
    works (``车间和冷库主体已完工``, ``窑炉车间和展示中心已建成``) and the text up to ``end`` goes on to
    the works under way or their running ahead (:data:`_WORKS_AHEAD`): the works are still being
    built."""
    return _PARTS_BEFORE_DONE.search(text, max(c0, at - 12), at) is not None \
        and _WORKS_AHEAD.search(text, at, end) is not None


#: A plan's word opening the clause of a day told after works under way (``，计划明年春节前投入使用``).
PLAN_BEFORE_DAY = re.compile(r"(?:并|将|还将)?(?:计划|预计|力争|争取|有望|确保)(?:于|在|到)?")
