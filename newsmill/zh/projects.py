"""Finding named investment projects in a sentence: names, enumerations and their attributes.

A project name is a phrase ending in ``项目`` or in a facility word
(``产业园``, ``基地``, ``厂房``, ``水库``…), cut on the left at punctuation
and at verbs and function words (``签约``, ``加快建设``, ``争取``, ``了``…).
Items listed before ``等`` in front of a count (``A、B等项目28个``,
``A等总投资75亿元的21个项目``) are projects of that batch.  Generic phrases
(``重点项目``, ``亿元以上产业项目``) are not names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from operator import attrgetter

import attrs

from newsmill.zh.brands import TRADE_WORDS, listed_brand
from newsmill.zh.gazetteer import Gazetteer
from newsmill.zh.money import SUM_FIGURE
from newsmill.zh.name_senses import (
    CLASSES_COUNTED,
    EVENTS_LISTED,
    INTERLINKED,
    ORG_AFTER,
    PROJECT_STORE_AFTER,
    RAILWAY_BUREAU_AFTER,
    RAILWAY_SECTOR_AFTER,
    WORK_MEETING_AFTER,
    figurative,
)
from newsmill.zh.surface import to_simplified

FACILITY = ("产业园区", "产业园", "产业基地", "工业园区", "工业园", "物流园", "科技园", "创新基地", "基地",
            "标准厂房", "厂房", "水库", "公园", "大道", "铁路", "高速公路", "互通", "快速通道", "通道",
            "污水处理厂", "电厂", "电站", "生产线", "中试线", "物流中心", "分拨中心", "校区",
            "学府",
            "管网工程", "工程", "门诊楼", "医技楼", "住院楼", "教学楼", "综合楼", "示范园", "工厂",
            # works a county paper reports by their own name, without ``项目``: a waterworks, a
            # livestock estate, a visitor centre (``城区第二水厂建成通水``, ``某镇肉牛养殖小区建成投用``)
            "水厂", "养殖小区", "游客接待中心", "游客服务中心",
            # a park of factory buildings for small firms (``某县小微企业园二期``, ``某县小微企业创业园
            # 正式开园``)
            "小微企业园", "创业园",
            # a scenic road a county builds between towns, named without ``工程`` (``某镇至某镇沿黄
            # 旅游公路建成通车``; a road alone, ``公路``, is too often the network's)
            "旅游公路",
            # a park two countries build together (``某某中越产业合作园``, ``某国中某经贸合作区``)
            "合作园", "经贸合作区",
            # a hub collecting and sending out farm goods (``某某农产品冷链集配中心``); a store's
            # parts (``建设仓储中心``, ``冷链配送中心``) are often a phase's contents, no works
            "集配中心", "集散中心",  # (and one gathering and sending them on: ``某县冷链物流集散中心``)
            # one drying and sorting them (``某团红枣烘干分拣中心``; a store's ``分拣中心`` alone is a part)
            "烘干分拣中心",
            # a market where farm goods are processed and sold (``某镇柿饼加工交易中心``; no agency,
            # ``公共资源交易中心``)
            "加工交易中心",
            # a complex of tourism or trade (``某镇研学旅游综合体``, ``某文旅综合体``)
            "旅游综合体", "文旅综合体", "康养综合体", "商业综合体",
            # (and one of trade and logistics, cross-border or not: ``某港资企业…建设跨境商贸物流综合体``)
            "商贸综合体", "物流综合体",
            # (and one of farming with solar panels or leisure: ``某镇光伏农业综合体``, ``某村田园综合体``)
            "农业综合体", "田园综合体",

            # a county's logistics port (``某县现代物流港一期建成投用``; a railway port is a zone)
            "物流港",
            # a testing centre built for a trade (``某某汽车零部件检测中心已于9月竣工``)
            "检测中心",
            # a computing centre (``某某算力中心一期投入运营``; not a government's ``大数据中心``)
            "算力中心", "智算中心",
            # the grounds robots learn on and the zones large models are trained in, which the news of
            # those industries names as works (``某某人形机器人训练场落户``, ``某某大模型训练专区正式上线``)
            "训练场", "训练专区",
            # the low-altitude economy's works: an airfield for light aircraft and a flying camp
            # (``某某通用机场试飞成功``, ``某某低空旅游飞行营地``; no airport of a city's airline)
            "通用机场", "飞行营地",
            # a town or park of leisure built as one works (``某某冰雪运动小镇一期开板迎客``,
            # ``某某湖冰雪乐园正式开园``; a ski field is named with its works: ``某滑雪场提升项目``)
            "运动小镇", "特色小镇", "旅游小镇", "冰雪小镇", "康养小镇", "冰雪乐园",
            # a store a firm invests in (``某冷链物流公司投资1.5亿元建设跨境冷链仓储中心``; elsewhere
            # a store's centre is a part of the works told, :data:`_FIRMS_ONLY`)
            "仓储中心",
            # a centre processing or showing a trade's goods and a zone gathering one industry's
            # plants, works only when a firm's sum builds them or they are told being built with
            # their sum (``某公司投资…建设肉类精深加工中心``, ``正在建设的某某展示中心总投资…``;
            # ``数控加工中心`` is a machine, :data:`_BUILT_ONLY`)
            *(_BUILT_ONLY := ("加工中心", "展示中心", "展销中心", "集中区")),
            # a farm's livestock estate and a store keeping produce fresh, which a county paper
            # reports by their own name (``某镇生猪养殖场已满负荷生产``, ``某村葡萄保鲜库建成投用``)
            "养殖场", "保鲜库", "保鲜冷库",
            # a hotel, a mall, a venue of sport or culture, a care centre: works only when the news
            # tells them opened, finished or topped out right after the name (:data:`_OPENED_ONLY`)
            "酒店", "购物中心", "体育场", "体育馆", "体育中心", "健身中心", "游泳馆", "康复中心",
            "养老中心", "康养中心", "医养结合中心", "养老院", "敬老院", "福利中心", "博物馆", "美术馆",
            "图书馆", "文化馆",
            # (and a care estate for the old, ``某某颐康养老社区日前落成``)
            "养老社区", "康养社区",
            # a research centre a firm builds and a camp for study tours, which a county paper names
            # as works when it tells them opened (``某某种业研发中心已于6月建成投用``, ``某某研学营地正式
            # 运营``; ``建设研发中心和生产基地`` names parts of a works, :data:`_OPENED_ONLY`)
            "研发中心", "研学营地",
            # a bridge a city or a county builds as one works (``某市汉江三桥主桥顺利合龙``, ``某河大桥建成
            # 通车``): a works only when its milestone follows the name (:data:`_BRIDGES`)
            *(_BRIDGES := ("特大桥", "大桥", "二桥", "三桥", "四桥", "五桥")),
            # a road named by its two ends (``某旗甲至乙公路``, ``甲至乙城际快速路``): a works only so
            # named (:data:`_ROUTES`; ``沿江快速路``, ``国省干线公路`` are the network's)
            *(_ROUTES := ("公路", "快速路")),
            # a passenger station and a station's building (``某示范区客运综合枢纽站主体结构封顶``,
            # ``某站新站房已完工投用``, ``某市汽车客运站新站投入试运营``): works only when opened or
            # finished (:data:`_OPENED_ONLY`)
            "枢纽站", "客运站", "站房", "新站",
            # a hospital's new site and a care or dialysis centre, which a city paper names as works
            # when it tells them opened (``某市第二人民医院某新院区正式投用``, ``某街道社区养老服务中心近日
            # 建成运营``, ``某县人民医院血液透析中心日前启用``): works only so told (:data:`_OPENED_ONLY`)
            "新院区", "养老服务中心", "透析中心",
            # (and a town's hospital serving its neighbours, ``某镇区域医疗中心``, so told too)
            "区域医疗中心",
            # an incubator for young firms a park builds, which the news names as works when it tells
            # it opened (``某市生物医药科技孵化器正式投入使用``; ``入驻孵化器`` is a place,
            # :data:`_OPENED_ONLY`)
            "孵化器", "孵化中心",
            # a tourist town's works a culture-and-tourism page names when it tells them opened: a
            # cluster of guesthouses, a block of streets for the evening, a venue for events
            # (``某某梯田民宿集群开门迎客``, ``某古城夜间消费街区开街``, ``某某运动赛事中心通过竣工
            # 验收``): works only so told (:data:`_OPENED_ONLY`; ``建设民宿集群和游客中心`` names parts)
            *(_TOURISM_OPENED := ("民宿集群", "文旅街区", "消费街区", "商业街区", "美食街区", "休闲街区",
                                  "赛事中心", "文创街区")),
            # a school and a venue where a craft of intangible heritage is taught, which a county paper
            # names as works when it tells them finished or opened (``某县民族寄宿制学校竣工``, ``某市第二
            # 实验学校建成投用``, ``某县唐卡文化传习园建成投用``): works only so told (:data:`_OPENED_ONLY`;
            # ``在某学校举行`` is a venue)
            *(_SCHOOLS_OPENED := ("学校", "中学", "小学", "幼儿园", "传习园", "传习中心", "传习馆",
                                  "传习所")),
            # the works of a border port's trade: a park processing imported or traded goods, a
            # logistics hub, a market of the border people's trade, a centre packing imported goods
            # (``某互市商品落地加工园…举行开工仪式``, ``正加快建设总投资…的某跨境物流枢纽``, ``加快建设某口岸
            # 边民互市交易市场``): works only when told built, started or prepared (:data:`_BORDER_WORKS`;
            # ``国家物流枢纽`` is a title a city wins, ``农产品加工园`` often a zone)
            *(_BORDER_WORKS := ("加工园", "物流枢纽", "交易市场", "分装中心")),
            # a border town's centre serving its traders (``某镇边贸服务中心建成并投入使用``, ``某口岸边民
            # 互市服务中心启用``): works only when told opened or finished (:data:`_OPENED_ONLY`)
            *(_BORDER_SERVICE := ("边贸服务中心", "互市服务中心")),
            # the works of the ocean economy a coastal paper names by their kind: a desalination plant,
            # a farming vessel or platform at sea, a wharf for wind-farm gear, cruise ships or yachts
            # (``某镇海水淡化厂正式投产``, ``某公司投资…建造的“某某1号”养殖工船…交付``, ``某港风电装备码头
            # 已于9月建成``): works only when told finished, opened or built by a sum (:data:`_OCEAN_WORKS`;
            # ``园区海水淡化设施``, ``在邮轮码头登船`` name none)
            *(_OCEAN_WORKS := ("海水淡化厂", "淡化厂", "养殖工船", "养殖平台", "装备码头", "邮轮码头",
                               "游艇码头")),
            # the works of the digital economy: a data centre, a disaster-recovery centre, a cloud
            # centre, a county's digital service centre (``某县政务数据灾备中心开工建设``, ``某数据中心一期于
            # 8月竣工``, ``洽谈建设冷源数据中心``): works only when told built, started, finished, online
            # or talked over (:data:`_DATA_WORKS`; ``某市大数据中心`` is an office, ``在用数据中心`` a count)
            *(_DATA_WORKS := ("数据中心", "灾备中心", "云计算中心", "数字服务中心")),
            # the works of paired assistance and of a farm town's trade: a workshop built with aid
            # funds where people freed from poverty work near home, a cold-chain centre sorting a
            # county's fruit (``某镇的东西部协作就业帮扶车间也建成投用``, ``某街道就业帮扶车间已于9月竣工``,
            # ``年产3万吨火龙果分拣冷链中心已于10月建成投用``): works only when told opened or finished
            # (:data:`_OPENED_ONLY`; ``共建就业帮扶车间14个`` is a count)
            *(_AID_WORKS := ("帮扶车间", "扶贫车间", "冷链中心")))
#: Parks of factory buildings for small firms, named by their place by nature (``某县小微企业创业园``).
_SMALL_FIRM_PARKS = ("小微企业园", "创业园")
#: Their start, opening or finish right after the name (``正式开园``, ``开工建设``, ``通过竣工验收``).
_PARK_EVENT_AFTER = re.compile(r"(?:已经|已|日前|近日|正式|顺利|全面){0,2}(?:开园|开工|动工|竣工|建成|投用"
                               r"|投入使用|通过(?:竣工)?验收)")


def _small_firm_park_told(text: str, m0: int, m1: int) -> bool:
    """True when a park of small firms (:data:`_SMALL_FIRM_PARKS`) is named at ``m0``–``m1`` right
    before its own event (``某县小微企业创业园正式开园``): a works of its own, though its core is a place
    and words of firms (``某县小微企业``)."""
    return text[m0:m1] in _SMALL_FIRM_PARKS and _PARK_EVENT_AFTER.match(text, m1) is not None


#: A bridge's milestone right after its name (``主桥顺利合龙``, ``正式建成通车``, ``开工建设``): the bridge
#: is the works told; else it is a part of a road's works or a landmark (``某特大桥正在进行桩基施工``,
#: ``图为某特大桥``, ``某大桥及连接线工程``, ``某大桥改建工程``).
_BRIDGE_AFTER = re.compile(r"(?:主桥|主跨|全桥|项目|工程)?(?:已经|已|日前|近日|于\d{1,2}月\d{1,2}日|正式"
                           r"|顺利|成功|全面|全线){0,3}(?:合龙|贯通|建成|通车|竣工|交工|开工|动工|开建|完工)")
#: A line's name or its key works right before a bridge (``某高速公路某特大桥主跨合龙``, ``控制性工程——某
#: 特大桥``, ``作为该工程控制性节点的某特大桥``): the bridge is a part of the line.
_LINE_BEFORE_BRIDGE = re.compile(r"(?:高速公路|铁路|快速路|公路|高速"
                                 r"|(?:控制性|关键性|关键)(?:节点|工程)(?:工程)?(?:的|——|—)?)[\u4e00-\u9fff]{0,8}$")
#: Facilities that are works of their own only when an opening, a finish or a topping-out follows the
#: name (``某某书院酒店开始试营业``, ``某县全民健身中心正式开馆迎客``, ``某医养结合中心投入运营``): else a
#: venue, an operator or a place (``在某酒店举行``, ``某酒店管理有限公司``, ``到县体育馆观看比赛``).
_OPENED_ONLY = ("酒店", "购物中心", "体育场", "体育馆", "体育中心", "健身中心", "游泳馆", "康复中心",
                "养老中心", "康养中心", "医养结合中心", "养老院", "敬老院", "福利中心", "博物馆", "美术馆",
                "图书馆", "文化馆", "枢纽站", "客运站", "站房", "新站", "研发中心", "研学营地",
                "新院区", "养老服务中心", "透析中心", "区域医疗中心", "孵化器", "孵化中心",
                "养老社区", "康养社区", *_TOURISM_OPENED,
                *_SCHOOLS_OPENED, *_BORDER_SERVICE, *_AID_WORKS)
#: An opening, a finish or a topping-out right after such a name, a few words of time or manner between.
_OPENED_AFTER = re.compile(r"(?:也|已经|已|即将|将|于\d{1,2}月(?:\d{1,2}日)?|日前|近日|正式|开始|顺利|全面"
                           r"|整体|去年|今年|年内){0,3}"
                           # (its start told right after it: ``某医院新院区将于3月开工建设``)
                           r"(?:(?:开工|动工)(?:建设)?"
                           # (``正式运营``: an opening; ``运营管理`` after a bare name is none)
                           r"|(?<=正式)运营(?!管理|方|商|主体)|试运营|试营业|开业|开馆|开园|揭牌|投入运营|投入使用"
                           r"|投入试运营"
                           r"|开门迎客|开街|启用|投用|竣工|建成|完工"
                           # (a plant or a vessel put to work: ``某淡化厂正式投产``, ``某养殖工船交付``)
                           r"|投产|交付"
                           r"|落成|通过(?:竣工)?验收|(?:主体(?:结构)?)?(?:顺利)?封顶)")
#: A sum a builder spends right before a works' name (``某公司投资4.2亿元建造的“某某1号”``).
_SUM_BUILT_BEFORE = re.compile(rf"(?:投资|出资)(?:人民币)?{SUM_FIGURE}(?:万|亿)?元"
                               r"(?:建造|建设|打造|新建|兴建)的?[“\"]?$")
#: A place's first of a kind (``某县首个城市商业综合体``, ``某市首家书院主题文化酒店``): a description of
#: the works the news names next or elsewhere, no name.
_FIRST_OF_KIND = re.compile(r"首[个家座所]|第一[个家座所]")
#: A works ranked among their kind (``某市区营业面积最大的商业综合体``, ``全省规模最大的冷链物流园``).
_BEST_OF_KIND = re.compile(r"最(?:大|长|高|宽|深|早|新|先进)的")
#: Lines listed by their kinds, closed by ``等`` (``甲、乙等生产线``): what a works holds, no name.
_KINDS_LISTED_LINE = re.compile(r"等(?:生产线|产线|车间|装置)$")
#: A works told by where its capital comes from (``韩资车载显示工厂投产``, ``港资海洋牧场项目在谈``,
#: ``美资诊断试剂基地``): a title's or a cross-head's label of the works its story names, no name.
_CAPITAL_ORIGIN = re.compile(r"(?:外|内|港|澳|台|侨|港澳|港澳台|日|韩|美|德|法|英|意|欧|新|俄|泰|中外合)资"
                             r"(?!源|金|本|产|料|讯|格|质|助|费|管|委)")
#: Where a site lies, by what (``园区紧邻高速公路出口``, ``毗邻某港码头``): the landmark, no works.
_NEAR_TO = re.compile(r"紧邻|毗邻|邻近|靠近|紧靠|地处")
#: Works named by their size class alone (``中型水库``, ``大中型灌区``, ``小型水电站``).
_SIZE_CLASS_ONLY = re.compile(r"(?:[大中小]型|大中型|中小型)"
                              r"(?:水库|灌区|水电站|电站|泵站|水闸|港口|码头|机场)(?:工程|项目)?")
#: The firms or staff of a park named before (``某产业园的企业可以就近装船``, ``园区内企业``): a place.
_PARK_PEOPLE_AFTER = re.compile(r"(?:的|内的?)(?:企业|入驻企业|工人|员工|职工)")
#: A supply delivered to what is named before (``向县城水厂供水``, ``向园区供气``).
_SUPPLIED_AFTER = re.compile(r"(?:正式)?(?:供水|供电|供气|供热|输水|送水|调水)")
#: A class of irrigation districts, no name (``大型灌区``, ``中小型灌区``, ``重点灌区``).
_IRRIGATION_CLASS = re.compile(r"(?:[大中小]型|大中型|中小型|重点|骨干|现代化|生态)灌区$")
#: A line joined at an end of the works told (``与某省规划建设的高速公路相接``, ``与既有铁路相连``): the
#: road or railway met, a landmark, no works told.
_JOINED_AFTER = re.compile(r"(?:相接|相连|衔接|相衔接|交汇|相交|连通|贯通)"
                           r"(?![^，,。；;]{0,6}?(?:开工|建成|通车))")
#: A document a list of works is issued in, right after the name (``重点项目计划``, ``…项目清单``), and
#: the verb issuing it before (``印发``, ``出台``, ``下达``).
_DOCUMENT_AFTER = re.compile(r"(?:投资)?(?:计划|清单|名单|名录)"
                             r"(?![\u4e00-\u9fff]{0,2}(?:开工|投产|建成|竣工))")
_ISSUED = re.compile(r"印发|出台|下达|公布|发布|编制|排定")
#: A gap the works fill (``填补了某县大型商业综合体的空白``): a kind of works missing, no name.
_GAP_AFTER = re.compile(r"的?空白")
#: Facilities that are works of their own only when a firm invests its sum to build them right before
#: (:data:`_FIRM_BUILT`): else the parts of a works told (``建设中央厨房、冷链仓储中心和…``).
_FIRMS_ONLY = ("仓储中心",)
#: Goods carried by a railway (``钾肥经铁路``, ``今年1至10月经中老铁路``): the route, no works.
_CARRIED_BY_RAIL = re.compile(r"经[\u4e00-\u9fff]{0,6}铁路$")
#: Built, started or prepared as told right before a name of :data:`_BORDER_WORKS` (``加快建设``,
#: ``规划建设``, ``总投资…的``, ``投资…建设年分装50万吨的``).
_BORDER_BUILT_BEFORE = re.compile(r"(?:(?:加快|加紧|抓紧|正在|正|规划|计划|拟|开工)建设|新建的|在建的"
                                  r"|(?:总投资|投资)[^，,。；;]{1,16}?(?:建设[^，,。；;]{0,16}?)?的)$")
#: Its start, finish or preparation right after the name (``11月18日举行开工仪式``, ``前期工作``).
_BORDER_TOLD_AFTER = re.compile(r"(?:(?:于|已于)?\d{1,2}月(?:\d{1,2}日)?)?(?:举行)?"
                                r"(?:已经|已|日前|近日|正式|顺利){0,2}"
                                r"(?:开工|动工|奠基|竣工|建成|投产|投用|投入使用|开园|开业)|前期工作")
#: Built, started, talked over or brought in as told right before a name of :data:`_DATA_WORKS`
#: (``正在建设的``, ``洽谈建设``, ``总投资…的``, ``引进的``).
_DATA_BUILT_BEFORE = re.compile(r"(?:(?:加快|加紧|抓紧|正在|正|规划|计划|拟|开工|洽谈|合作)建设|新建的|在建的"
                                r"|引进的|(?:总投资|投资)[^，,。；;]{1,16}?(?:建设[^，,。；;]{0,16}?)?的)$")
#: Its start, finish, opening or going online right after the name (``开工建设``, ``于今年8月竣工``,
#: ``于10月上线运行``, ``正式投入运营``).
_DATA_TOLD_AFTER = re.compile(r"(?:(?:于|已于)?(?:今年|去年)?\d{1,2}月(?:\d{1,2}日)?[上中下]?[旬底]?)?"
                              r"(?:举行)?"
                              r"(?:已经|已|日前|近日|正式|顺利|全面){0,2}"
                              r"(?:开工|动工|奠基|竣工|建成|投产|投用|投运|投入使用|投入运营|上线|点亮|封顶)")
#: Being built right before a name of :data:`_BUILT_ONLY` (``正在建设的``, ``在建的``) and its sum
#: right after (``总投资3000万元``): the works told.
_BEING_BUILT_BEFORE = re.compile(r"(?:正在建设|正在建|在建)的$")
_SUM_AFTER = re.compile(rf"(?:计划)?(?:总投资|投资总额|投资)(?:约|达|超过)?{SUM_FIGURE}(?:万|亿)元")
#: Its total right before a name of :data:`_BUILT_ONLY`, building it right after (``推进总投资2.8亿元的
#: 某某冷链加工中心建设``): the works told.
_SUM_OF_BEFORE = re.compile(rf"总投资(?:约|达|超过)?{SUM_FIGURE}(?:万|亿)元的$")
_BUILDING_AFTER = re.compile(r"(?:项目)?(?:建设|工程)")
#: A card's name field right before the name (``项目名称：某镇冷链仓储中心``): a works by its label.
_CARD_NAMED = re.compile(r"(?:项目|工程)名称\s*[:：]\s*$")
_SUFFIX = "|".join(sorted(map(re.escape, ("项目", *FACILITY)), key=len, reverse=True))
#: A phase after the name (``一期``, ``(二期)``, ``首期``), also after a closing quote (``“…产业园”首期``).
_PHASE = r"(?:[”」]?(?:[(（][一二三四五六七八九十\d]+期[)）]|[一二三四五六七八九十首]期))?"
#: (not 工程量, 工程师, 加工厂房, 海洋工程装备, nor a railway port: 国际铁路港, 铁路物流港;
#: nor a park's office: 某工业园区管委会)
NAME_END = re.compile(r"(?:" + _SUFFIX + r")(?![量师款房])(?!(?<=工程)(?:装备|机械))"
                      # (nor the staff a county gives its projects: ``为每个项目配备一名项目专员``)
                      r"(?!(?<=项目)专员)"
                      # nor a firm's, an office's or a school's name (``某某工程建设有限公司``,
                      # ``中国铁路某局``), nor linking in general (``互联互通``): see name_senses
                      r"(?!" + ORG_AFTER + r")(?!" + RAILWAY_BUREAU_AFTER + r")"
                      r"(?!" + WORK_MEETING_AFTER + r")(?!" + PROJECT_STORE_AFTER + r")"
                      r"(?!" + RAILWAY_SECTOR_AFTER + r")" + INTERLINKED +
                      r"(?!(?<=铁路)(?:(?:物流)?港|口岸))"
                      # nor a leisure park, a town or a scenic road whose works are named after it
                      # (``某冰雪乐园提升项目``, ``某某旅游公路提升工程``)
                      r"(?!(?<=乐园|小镇)[\u4e00-\u9fff]{1,8}?(?:项目|工程))"
                      # (nor a town whose hotel is named after it: ``某某康养小镇度假酒店于5月试营业``)
                      r"(?!(?<=小镇)(?:度假|康养|温泉)?酒店)"
                      r"(?!(?<=旅游公路)[\u4e00-\u9fff]{1,8}?(?:项目|工程))"
                      r"(?<!铁路物流港)(?!区?(?:管委会|管理委员会|管理局|服务中心))"
                      # nor a firm's project staff (``某某有限公司项目负责人``, ``项目经理``, ``项目部``)
                      r"(?!(?<=项目)(?:负责人|经理|总监|部|组|方))"
                      # nor the progress of projects reported (``每月报送一次项目进度``)
                      r"(?!(?<=项目)进度)"
                      # nor a way of handling projects (``领导包保重点项目制度``, ``项目推进机制``)
                      r"(?!(?<=项目)(?:制度|机制|责任制))"
                      # nor a list of projects offered (``发布了…招商项目清单``, ``重点项目名单``)
                      r"(?!(?<=项目)(?:清单|名单|目录|手册))"
                      # nor projects promoted at a meeting (``举行商贸物流项目推介签约会``)
                      r"(?!(?<=项目)(?:推介|路演))"
                      # nor a park counting what it got (``某产业园一季度新开工项目6个``): a place
                      r"(?![^，,。；;：:\s]{0,8}?(?:项目|企业)[\d一二三四五六七八九十]+[个家])" + _PHASE)
_NAME_CHARS = re.compile(r"[\w·.“”「」\"()（）\-]")
#: Characters that end a name; item numbers (①, ⑴, ⒈) too.
_STOP_CHARS = set(",，。;；:：!！?？、\n《》【】 \t" + "".join(map(chr, range(0x2460, 0x249C))))

BOUNDARY_WORDS = sorted((
 "签约", "签下", "签订了", "签订", "签署", "开工建设", "开工", "奠基", "竣工投产", "竣工投运", "竣工",
 "建成投用", "建成投产", "建成", "投产", "投运", "落户", "落地", "引进", "洽谈", "在谈", "加快推进",
 "加快建设", "全面推进", "推进", "建设", "启动建设", "启动实施", "启动", "实施", "铺开", "全力做好",
 "做好", "完成", "成功", "争取", "力争", "确保", "计划", "推动", "依托", "围绕", "聚焦", "包括", "其中",
 "以及", "作为", "服务", "保障", "抓好", "跟踪", "跟进", "投用", "拟建", "申建", "筹建", "谋划", "储备",
 "推介",
 "包装",
 "招引", "加快", "全力", "全面", "重点", "积极", "持续", "超时序", "挂包联帮", "集中", "新开工", "筹备",
 "新签约", "新竣工", "开展", "举行", "了", "等", "的", "和", "与", "及", "把", "将", "在", "对", "是",
 "为", "由", "向", "以", "让", "使", "有", "该", "其", "这个", "这一", "这", "年内", "年底前", "季度",
 "上半年", "下半年",
 "去年", "今年", "明年", "近日", "日前",  # when the works' event fell (``去年某镇老街修缮工程完工``)
 "研究", "推出", "深化", "强化", "抢抓", "开辟", "申报", "收集", "遴选出", "遴选", "挂牌",
 "盘活", "促进", "打造", "探索", "推行", "随着", "荣获", "召开", "要", "进一步", "提出", "加速", "专班",
 "赴", "先后", "主要", "目前", "已", "并", "从中", "立足", "联系", "熟悉", "成立", "完善", "建立", "加强",
 "坚持", "实现", "帮助", "协调", "解决", "共建", "拼", "预计", "每", "可", "培育", "壮大", "支持",
 "鼓励", "优化", "提升", "形成", "助力", "采取", "通过", "组织", "就",
 "深入", "来到", "走进", "察看", "查看", "实地", "调研",
 "介绍",  # a host's turn: ``下面请某局长介绍重点项目建设情况``
 "标志着", "意味着",  # what an event means (``标志着项目正式进入试生产阶段``)
 "常驻",  # staff posted at a site (``抽调专人常驻项目现场``)
 "上马", "新上",  # a firm putting up a line or a plant (``投资…上马年产…项目``, ``新上…生产线``)
 "新建",  # to build anew, after the town where (``在某镇新建农产品冷链物流集散中心``, see _WORD_SPELLED)
 "兴建", "斥资",  # Hong Kong and Macao wording: to build, to spend (``斥资…兴建某某中心``)
 "选址",  # the site chosen (``拟选址某工业园区``): a place, after the project's name
 "位置是",  # a reporter on site (``我现在所在的位置是…项目的施工现场``)
 "用于",  # what money goes to (``回收的资金将全部用于新项目建设``)
 "我们", "咱们",  # a speaker's own works (``我们二期项目今年6月投产``)
 # verbs of news on firms and policy before the works they speak of (``投入某高速改扩建项目施工``,
 # ``采用某工艺``, ``根据某规划``, ``为其提供某电站``, ``负责某铁路的设计``, ``遏制某类项目盲目建设``,
 # ``拟设立某基地``, ``拟对外投资某项目``)
 "投入", "采用", "根据", "提供", "负责", "如果", "遏制", "设立", "对外投资",
 # a class of projects set before the one named (``募投项目某某扩产项目``)
 "募投项目",
 # a dateline glued to the story's first words once its blank is gone (``●本报讯　某镇年产…项目``)
 "本报讯", "本台讯", "本网讯", "本刊讯",
), key=len, reverse=True)
#: ``有`` starting a word (``有限公司``, ``有机硅``, ``有色金属``, ``有轨电车``) is no boundary.
_WORD_WITH_YOU = r"(?![限机色轨])"
#: ``包装`` (to prepare projects) is no boundary where it names an industry (``包装材料``, ``白酒包装配套``).
_PACKAGING_NOUN = r"(?!材料|配套|印刷|制品|容器|纸|膜|产业|基地|箱)" \
    r"(?<!(?:分选|分拣|清洗|烘干|冷藏|灌装|罐装)包装)"  # nor the packing of produce (``某某分选包装项目``)
#: ``保障`` (to secure) is no boundary inside a name (``保障性住房``, ``供水保障工程``, ``供水保障EPC项目``,
#: ``维修保障基地项目``).
_SECURING_NOUN = r"(?!性|工程|基地|中心|[A-Z])"
#: ``可`` (can) is no boundary before a product's property (``可降解材料``, ``可再生资源``, ``可循环包装``).
_CAN_NOUN = r"(?!降解|再生|循环|回收|穿戴|折叠|控硅)"
#: ``就`` (about) opens no name (``记者就项目建设…专访``) but is part of ``就业``.
_ON_NOUN = r"(?!业)"
#: ``服务`` (to serve) is no boundary inside a facility's name (``游客服务中心``, ``服务区``, ``服务站``).
_SERVICE_NOUN = r"(?!中心|区|站|设施|综合体)"
#: ``上马``/``新上`` (to put up) are no boundary in a place's name (``上马镇``, ``新上海``).
_PUT_UP_NOUN = r"(?![镇乡村街海])"
#: ``投入`` (to put into) is no boundary before its uses (``投入使用``, ``投入运营``), which follow a name,
#: nor before a sum spent (``拟投入1.2亿元兴建某项目``, ``投入资金…``): the name comes after the build verb.
_PUT_INTO_NOUN = r"(?!使用|运营|运行|生产|试运行|产出|[\d０-９一二两三四五六七八九十数近约超逾]" \
                 r"|资金|财政|专项)"
_WORD_GUARDS = {"投入": _PUT_INTO_NOUN, "有": _WORD_WITH_YOU, "包装": _PACKAGING_NOUN, "保障": _SECURING_NOUN,
                "可": _CAN_NOUN,
                "就": _ON_NOUN, "服务": _SERVICE_NOUN, "上马": _PUT_UP_NOUN, "新上": _PUT_UP_NOUN}


#: ``储备`` (projects kept in reserve) is no boundary after what a store holds or why (``天然气储备``,
#: ``煤层气液化调峰储备项目``, ``应急储备库``): a storage works of its own.
_STORE_HOLDERS = "气油粮煤峰急资"
#: Words written with a guard on what precedes them, the guard after the first character so that
#: every branch still opens on a literal (the engine skips to the places a branch may start).
_WORD_SPELLED = {"储备": "储(?<![" + _STORE_HOLDERS + "]储)备",
                 # ``新建`` right after the place where (``在某镇新建甲中心``), not after the builder
                 # (``某某公司新建标准化厂房项目`` is one name)
                 "新建": "新(?<=[镇乡村县区市]新)建",
                 # ``开发`` right after the place where (``在某湾开发甲项目``), not inside a zone's or a
                 # firm's name (``某经济开发区``, ``某房地产开发有限公司``, ``某新区开发投资集团``) nor after
                 # what is developed (``土地开发项目`` is one name)
                 "开发": "开(?<=[镇乡村县区市湾岛]开)发(?![区商公有集建投运管])",
                 # ``与`` inside an irrigated area's works (``某灌区续建配套与现代化改造工程``): one name
                 "与": "与(?<!配套与)"}


def _alternation(words: list[str] | tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(_WORD_SPELLED.get(w, re.escape(w)) + _WORD_GUARDS.get(w, "") for w in words))


_BOUNDARY_RE = _alternation(BOUNDARY_WORDS)

GENERIC_WORDS = sorted((
    "项目", "情况", "盘活", "厂房", "基地", "园", "建设项目", "标准",
 "重点", "重大", "产业", "工业", "招商引资", "招商", "签约", "在建", "新建", "新开工", "续建", "配套",
 "引领性", "骨干", "优质", "一批", "各类", "其他", "相关", "这些", "上述", "意向", "合作", "经济",
 "投资", "建设", "亿元以上", "万元以上", "以上", "亿元", "级", "类", "大", "好", "新", "个", "项", "共",
 "批", "农业", "服务业", "现代", "基础设施", "民生", "社会", "政府", "专利", "转化", "高价值", "储备",
 "前期", "示范", "省", "市", "区", "县", "全", "本", "此", "各", "该", "两", "多", "等", "高质量",
 "龙头", "标志性", "牵引性", "支撑性", "补链", "强链", "延链", "招引", "市场化", "园区", "平台", "头部",
 "好", "中", "小", "微", "企业", "实体", "制造业", "百亿", "十亿", "千亿", "攻坚", "特号", "台下",
 "台上", "现场", "集中", "开工", "竣工", "投产", "重要", "关键", "领域", "方面", "技改", "转型", "资金",
 "年度", "年", "闲置", "全部", "下列", "以下", "如下", "医美", "交易", "问题", "困难", "洽谈", "大", "好",
 "优势", "特色", "新兴",
 "传统", "以工代赈", "工代赈",
 # the sectors projects are counted by (``交通、水利等基础设施项目32个``, ``为加快新能源项目落地``,
 # ``文旅项目完成投资…``)
 "交通", "水利", "能源", "新能源", "文旅", "文化旅游",
 # a project's filing told as its class (``加快推进已备案项目的…``)
 "已", "备案", "立项",
 # a signed project told by the paper it was signed on (``正式合同项目``, ``框架协议项目``, ``签约的
 # 意向协议项目``)
 "正式合同", "框架协议", "合同", "协议",
 # projects told by the list that holds them (``名单内项目已于…同步开工``, ``清单内项目``)
 "名单内", "清单内", "名录内",
), key=len, reverse=True)
#: A speaker's verb right before a bare ``项目`` (``请某局长介绍项目建设情况``, ``通报项目进展``), or what
#: money goes to (``资金将全部用于新项目建设``, ``投向省内项目建设``): projects in general, no name.
_TOLD_ON = re.compile(r"(?:(?:介绍|通报|汇报)了?|用于(?:新|各类?|其他)?"
                      # (funds a place's listed firms raised, by where they go: ``投向省内项目建设的资金``)
                      r"|投向(?:省内|市内|县内|区内|本地|当地|境内)?)$")
#: After ``项目``, a meeting on projects, their reserve or the trouble met in building them (``项目推进会``,
#: ``补齐项目储备不足的短板``, ``通报了项目建设中存在的问题``): projects at large, no name.
_PROGRESS_TALK_AFTER = re.compile(r"(?:推进会|调度会|观摩会|点评会|拉练会|现场会|储备"
                                  r"|(?:建设|推进)中(?:存在|遇到|暴露))")
#: A verb taking projects in general as its object, right before ``项目`` (``拓宽项目融资渠道``,
#: ``匹配项目的现金流``, ``资金跟着项目走``, ``聚焦项目需求``): no name.
_VERB_ON = re.compile(r"(?:拓宽|匹配|满足|对接|跟着|围着|围绕|盯着|聚焦|扶持|撬动|带动)$")
_NUMERALS = "一二三四五六七八九十百千万"
#: After ``项目``: the people who run one (``项目团队``, ``项目专班``, ``项目负责人``), no project's name.
_TEAM_AFTER = re.compile(r"(?:团队|专班|工作组|小组|指挥部|负责人|经理)")
#: After a works word, a bidder's qualification (``须具备建筑工程施工总承包三级资质``, ``市政公用工程
#: 专业二级注册建造师``): a class of works a firm may build, no name.
_QUALIFICATION_AFTER = re.compile(r"(?:施工)?(?:总承包|专业承包|专业[一二三]级|[一二三特甲乙]级资质|资质"
                                  r"|(?:专业)?(?:一级|二级)?(?:及以上)?注册建造师)")
#: After ``项目``, what the word qualifies (``项目信息已告知备案机关``, ``项目代码``): no name ends there.
#: (``设立项目前期工作专项经费3000万元``: the fund for projects' preparation, no name)
_PROJECT_NOUN_AFTER = re.compile(r"(?:信息(?!化)|代码|编码|前期(?:工作)?(?:专项)?(?:经费|资金))")
#: The lookahead on the first character of a word or number only lets the engine skip other
#: positions at once: it matches exactly what the alternation alone matches.
_GENERIC_FIRST = "".join(sorted({re.escape(w[0]) for w in GENERIC_WORDS}))
_GENERIC_RE = re.compile("(?=[" + _GENERIC_FIRST + r"\d" + _NUMERALS + "])"
                         "(?:" + "|".join(map(re.escape, GENERIC_WORDS)) + r"|[\d" + _NUMERALS + "]+)")

CAPACITY_RE = re.compile(
    r"(?:年产|年处理|年出栏|年屠宰|年加工|年生产|年吞吐|年存栏|日处理|日产|年)?"
    r"\d+(?:\.\d+)?(?:万|亿|千|百)?"
    # (pairs of shoes or gloves: ``年产1200万双运动鞋``; axles, rods or piles: ``年产5万根车桥``)
    # (medicines and test kits: ``年产8000万贴中药贴剂``, ``年产1亿人份诊断试剂``)
    r"(?:吨|套|台|头|件|辆|只|千瓦|兆瓦|瓦|平方米|立方米|张|片|块|颗|支|条|吉瓦时|千瓦时|千升|羽|副|锭|棒|根|双"
    r"|人份|贴|粒|瓶|袋|盒|箱|米)"
    # (a product named with a Latin letter and a hyphen: ``年产5万吨L-乳酸``)
    r"(?:[\w、]|(?<=[A-Za-z])-(?=\w))*?(?=(?:生产制造|制造|生产|综合利用|加工|生产线|一体化|产业化"
    # (the upgrade of a plant making it: ``年产8万吨高端铜管智能化改造项目``, ``…轴承智能化技改二期项目``)
    r"|智能化技改|智能化改造|数字化改造|数字化技改|技术改造|技改扩能|技改|扩能改造|升级改造|改扩建|改造)?"
    r"(?:项目|$)|等|及|,|，|。)")
#: (not offices listed before ``等部门``, serving the projects: ``县自然资源、住建等部门为3个项目颁发…``)
BATCH_AFTER = re.compile(r"^等(?!(?:职能|有关|相关|行业)?(?:部门|单位|机构))(?P<mid>[^,，。;；]{0,16}?)"
                         r"(?:项目|道路|工程)")
_INVESTOR_LIST = re.compile(r"企业|公司|单位|客商|集团")
#: Phrases that are no project: ceremonies, venues (``主会场项目``), classes (``1亿元以上工业项目``),
#: subsidies (``给予…元的厂房``).
#: Words and shapes that make a phrase no project name (events, honours, subsidies, ``全省…``; a
#: conjunction right before ``项目``: ``了解企业生产经营和项目建设情况`` speaks of projects at large;
#: projects at large made to hurry, ``让纸上的项目尽早变成地上的厂房``; a party visiting,
#: ``某集团总经理一行赴某园区``; an office's tail before its partner, ``局联合某园区``; a chain's
#: suppliers, ``上下游配套项目``; a practice spread to projects at large, ``将某做法推广到全县重点项目``;
#: the grid point a plant feeds, ``接入附近110千伏变电站``; a site's levelling and a part of its works,
#: ``完成场地平整和主厂房桩基施工``; a round of a place's projects, ``某县2026年第二批工业项目``; an
#: office's task of urging a firm on, ``督促某化工醋酸酯项目按期投料试车``; a sector's projects under
#: way, ``加快推进在建医药项目建设``).
_NOT_PROJECT_PATTERN = r"”“|会场|^首条|^首批|^保障(?!性)|重要|装机|暨|培育工程|“[^”]*”工程$|(?:保障|战略|安全|示范|实践|教育|培训)基地$|绿色通道|会暨|推介会|说明会|仪式|活动|会议|大会|论坛|博览会|一批|第[一二三四五六七八九十\d]{1,3}批(?!次)|^督促|奖|^(?:全国|全省|全市|区域性|国家级|国家(?!电投|电网|能源集团)|省级)|元以上|给予|补贴|元的|^(?:拟|计划|将)?(?:选址|位于|坐落)|^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十](?!期)|首先是|其次是|再次是|最后是)|(?:了解|询问|过问|听取|关注)项目|^投资者|^(?:地基|桩基|基坑|土方|主体|钢结构|井筒|路基)工程$|^(?:场地|土地)平整(?:和|及|、)|[和与及或]项目$|(?:游乐|娱乐|体验|游玩|互动|竞技|比赛|参赛)项目$|^项目(?:尽早|尽快|早日|及早|加快)|一行(?:到|赴|来|莅|前往|深入|走进)|[局委办厅]联合|上下游配套项目$|(?:推广|复制|延伸|拓展)(?:到|至)|^(?:接入|并入|接至|送至)|^(?:在建|续建)[\u4e00-\u9fff]{2}项目$"  # noqa: E501
#: The first characters of :data:`_NOT_PROJECT_PATTERN`'s branches: a lookahead that lets the regex
#: engine skip every other position at once (it matches nothing more or less).
_NOT_PROJECT_FIRST = ("”“首重装暨培保战安示实教绿会推说仪活大论博一奖全区国省元给补选位坐"
                      "二三四五六七八九十其再最了询过听关投地桩基土主钢和与及或井路拟计将游娱体互竞比参项局委办厅上"
                      "复延拓接并送场第督在续")
_NOT_PROJECT = re.compile("(?=[" + _NOT_PROJECT_FIRST + "])(?:" + _NOT_PROJECT_PATTERN + ")")
_STAGE_TAIL = re.compile(r"(?:签约|新开工|开工|竣工|投产|洽谈|在谈|在建|续建|(?<![气油粮煤峰急资])储备|推介|招引|签订|引进|落地)(?:项目)$")  # noqa: E501
CAPACITY_ITEM = re.compile(r"^[\w·()（）]{0,16}?(?:年产|年处理|年加工|年出栏|年屠宰|年生产)\d")
MAX_NAME = 40
#: Listed items naming an activity, not a project (``城市更新、老旧小区改造等民生工程``).
_ACTIVITY = re.compile(r"(?:改造|更新|整治|提升|治理|工作|行动|服务|保护|修复|攻坚|招商|管理)$")
_EVENT_AFTER = re.compile(r"(?:集中)?(?:签约|开工|竣工|投产|观摩|推介|招商)?"
                          r"(?:暨[\u4e00-\u9fff]{1,12}?)?(?:仪式|活动|大会|会议|推介会|说明会|现场会|动员会|对接会|洽谈会|恳谈会|座谈会)"
                          r"|(?:集中)?(?:签约|开工|竣工|投产|观摩|招商)会")
#: A number growing or falling right after a name (``…配套项目明显增多``): the name is of a class.
_MORE_AFTER = re.compile(r"(?:数量)?(?:明显|不断|日益|持续|逐步|大幅|逐年)?(?:增多|减少)|越来越多")
#: Events coming one after another right after a name (``…项目接连落地``, ``相继开工``): the name is
#: of a class when it names a trade alone.
_ONE_AFTER_ANOTHER = re.compile(r"(?:接连|相继|陆续|纷纷|竞相|接踵|次第)")
_TRADE_RUN = re.compile("(?:" + "|".join(sorted(map(re.escape, TRADE_WORDS), key=len, reverse=True))
                        + r"|产业|制造|[和及与、])+")


def _trades_only(core: str) -> bool:
    """True when ``core`` (a name before ``项目``) is made of trade words alone (``新材料``,
    ``高端装备``, ``新能源和新材料``): no brand, place or product names one project."""
    return bool(core) and _TRADE_RUN.fullmatch(core) is not None


#: One project's own ceremony after its name (``某某项目开工仪式``): the project is named.
_OWN_CEREMONY = re.compile(r"(?:开工|签约|奠基|竣工|投产)仪式")
#: Words before ``项目`` naming a class of projects, not one (``重大项目``, ``招商引资项目``).
_CLASS_BEFORE = ("重大", "重点", "招商引资", "产业", "亿元", "以上", "各类", "一批", "批")


def own_ceremony(text: str, m0: int, after: str) -> bool:
    """True when the ceremony after a name ending in ``项目`` (at ``m0``) is that one project's
    (``某县某某天然气综合利用项目开工仪式举行``), not a batch's (``重大项目集中开工仪式``)."""
    return _OWN_CEREMONY.fullmatch(after) is not None and not text.endswith(_CLASS_BEFORE, 0, m0)


#: A firm's spokesman right after a name (``某某海事工程负责人表示``): the name is the firm's.
#: (also a park's or a centre's head introducing it, ``某大数据产业园相关负责人介绍``: the park's office,
#: no works)
_FIRM_SPEAKS_AFTER = re.compile(r"(?:有关|相关)?(?:负责人|董事长|总经理|总裁|执行董事)"
                                r"(?:表示|说|介绍|称|透露)")
#: An area gathering projects of a kind (``海上风电项目集中区``, ``…项目集聚区``): a place.
_ZONE_OF_PROJECTS_AFTER = re.compile(r"(?:集中区|集聚区|聚集区)")
#: The end of a list of sectors a place seeks firms in (``围绕甲装备、海洋工程和临港物流招商``).
_SECTORS_AFTER = re.compile(r"(?:[、和及][^，,。；;、和及]{2,10}?)*等?(?:产业|领域|方向)?(?:开展|精准)?招商")
#: A park opening on its plans (``某产业园下一步将围绕…``, ``某园区将重点围绕…``): the park as the place.
_PARK_PLANS_AFTER = re.compile(r"(?:下一步|今后|未来)?(?:将|要)(?:重点)?围绕")
#: Vague counts opening a name (``多个…项目``, ``一些…项目``): projects of a kind, no one project.
_SOME_OF = ("多个", "多项", "一些", "若干", "部分", "众多", "诸多")
#: Works told as the background of a change, a class after ``等`` going on little by little
#: (``随着甲铁路、乙大桥等跨海通道陆续建成``): the setting of the story, no project of it.
_BACKGROUND_OPEN = re.compile(r"随着[^，,。；;]{0,40}$")
_GOES_ON = re.compile(r"(?:陆续|相继|先后|逐步|不断)")
_BACKGROUND_GOES_ON = re.compile(r"[^，,。；;]{0,24}?等[^，,。；;]{0,12}?" + _GOES_ON.pattern)
#: A thing planned told with ``一个`` and what it is for (``建成一个面向青年的创业孵化基地``): no name.
#: (not one told with its sum, ``一个总投资60亿元的…项目``: that one is a project)
_ONE_OF_A_KIND = re.compile(r"(?:一|1)(?:个|座|处|所)(?:(?![^，,。；;的]*?[0-9０-９]|(?:总|计划|拟)?投资)"
                            r"[^，,。；;的]{1,20}的)?$")
#: A name opening on the works' yearly output (``年产30万件…``, ``年加工…``): one project, told by its size.
_SIZED_NAME = re.compile(r"年(?:产|加工|处理|出栏|存栏)\d")
#: One more or another of a kind inside a name's span (``又一条出山大通道``, ``另一座桥梁``): a description.
_ANOTHER_OF_KIND = re.compile(r"[又另]一(?:条|个|座|处|所|批)")
#: The name told after such words (``另一个项目为某镇供水工程``): a name follows, no description.
_IS_NAMED = re.compile(r"[为是]")
#: A firm's legal form right after a facility word (``某某铁路投资有限公司``, ``某港口集团``).
_FIRM_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:有限责任公司|有限公司|股份公司|集团)")
#: Where a route begins or ends (``上起某电站坝下``, ``北起某区``, ``起于某镇``, ``止于某县``).
_ROUTE_END = re.compile(r"[上下东西南北]起|起于|起自|止于")
#: A road's reach before the places it links (``建成后将串联起沿线5个镇的``, ``串起…``, ``途经…``).
_LINKED_BEFORE = re.compile(r"(?:串联起?|串起|途经)[^，,。；;]{0,12}$")
#: Sectors a place seeks to draw (``重点吸引现代服务业、高新技术产业和特色农业项目``): a class.
_DRAWS_SECTORS = re.compile(r"吸引(?:[^，,。；;、和及]{2,14}?[、和及])*$")
#: Projects brought along (``带着项目来``, ``携项目落户``): a way of speaking, no works.
_BRINGS = ("带着", "携带", "带来", "携着")
#: A park signing with firms (``与甲公司等3家企业集中签约``, ``与乙集团签订投资协议``).
_PARTY_AFTER = re.compile(r"(?:管委会)?(?:分别)?与[^，,。;；]{2,30}?(?:集中|正式|成功|现场)?"
                          r"(?:签约|签订|签署)")
#: A facility taken up by a demonstrative (``这条生产线``, ``这个加工交易中心``, ``该基地``): no name.
_THIS_FACILITY = re.compile(r"(?:该|这个|这条|这座|这一|此)[\u4e00-\u9fff]{0,4}?"
                            r"(?:生产线|综合体|中心|基地|产业园|园区|工厂|厂|项目|工程|养殖场|保鲜库|冷库)")
#: Goods sent or sold to a place (``管道输送至工业园区``, ``供应风光基地``): the place they go to, no works
#: (a supply chain's park, ``供应链产业园``, and a supply base, ``应急物资供应保障基地``, are works).
_GOODS_SENT = re.compile(r"(?:[\u4e00-\u9fff]{0,4}(?:输送至|输送到|运往|送往|运至|输往)"
                         r"|[\u4e00-\u9fff]{0,4}?(?:主要|直接|就近|优先)供应|供应(?!链|保障))")
#: Projects of a kind told by their total capacity (``周边约150万千瓦新能源项目``, ``等地400万千瓦新能源
#: 项目``) and what a station or a line does for them next (``提供调峰服务``, ``接入需要``): a class.
_SERVED_CLASS = re.compile(r"(?:周边|等地|地|沿线)?(?:约|近|超)?\d+(?:\.\d+)?万?千瓦(.{2,8}?)项目")
_SERVES_AFTER = re.compile(r"(?:提供|接入|送出|并网|消纳|调峰)")
_POWER_KIND = re.compile(r"(?:新能源|清洁能源|可再生能源|风电|光伏|光热|风光|储能|风光储)(?:发电)?")
#: ``这一`` right before a name of words alone (``标志着这一…基地项目``): the works just told, however long
#: the words describing it; ``这一县`` names no works, and a name with its figures after ``这个`` is one
#: (``这个年产20万台精密减速机项目由…投资建设``).
_THIS_WORDS = frozenset(("这一",))
_LEVEL_AFTER_THIS = frozenset("省市县区旗州镇乡村")
#: The works just told of, owning what is named next (``这个项目的``, ``该工程的``).
_OF_THIS_WORKS = re.compile(r"(?:该|这个|此|这一)(?:项目|工程)的$")
#: A signing right after a name (``…工业园区签订投资协议``) and the ``与`` naming that name the home's
#: party (``甲公司与我县…``, ``与本区…``; a park of its own, ``与某产业合作园签约``, may be a project).
_SIGNS_AFTER = re.compile(r"(?:正式|成功|现场|集中)?(?:签订|签署|签约)")
_WITH_PARTY = re.compile(r"与(?:我|本)[县区市旗][^，,。;；与]{0,12}$")
#: A park hosting what is told next (``某产业园内的甲公司…``, ``某产业园举行项目签约仪式``, a batch's
#: ``某产业园举行集中签约仪式``, its first batch, ``某产业园首批项目投产``): a place, not a project of
#: its own (a park's own ceremony, ``某产业园举行开工仪式``, names it).
_HOST_AFTER = re.compile(r"(?:内的|区内的|里的|(?:隆重|集中)?举(?:行|办)(?:[\u4e00-\u9fff]{0,4}?)"
                         r"(?:(?:项目|企业)(?:集中)?|集中)(?:签约|开工|投产|竣工|推介)"
                         r"|(?:首批|首个|首家|一批|新一批)(?:落地|入驻|入园|签约|重点)?(?:项目|企业)"
                         # (the park's tally or what it will grow into: ``某工业园区今年已落地…项目8个``,
                         # ``某工业园区将形成…配套体系``)
                         r"|(?:今年(?:以来)?|目前|年内)?(?:已经?|累计|共)(?:落地|引进|入驻|聚集|集聚|签约)"
                         r"|将形成)")
#: A number right after a name, with the words that may lead or follow it (``共12个``, ``3家``).
_NUMBER_AFTER = r"(?:共|达|约|近|超|逾)?(?:\d+|[一二三四五六七八九十百]+)(?:余|多)?"
_COUNT_AFTER = re.compile(_NUMBER_AFTER + "(?:个|项)")
#: Units of a kind counted in firms right after a facility word (``新增省级智能制造示范工厂3家``,
#: ``培育数字化车间工厂12家``): a class of firms honoured or set up, no works.
_FIRMS_COUNT_AFTER = re.compile(_NUMBER_AFTER + "家")
#: Stations of a kind counted right after a facility word (``已建成投运的独立储能电站有31座``,
#: ``建成充电站120座``): a place's stock of them, no works.
_STATIONS_COUNT_AFTER = re.compile(r"(?:有|达到?|已达|共)?" + _NUMBER_AFTER + "座")
#: A whole place's stock opening before a name (``全县已建成村级光伏帮扶电站总规模…``): a class.
_STOCK_OF_PLACE_BEFORE = re.compile(r"全(?:省|市|州|县|区|旗|镇)(?:已经?|累计|共)?(?:建成|建有|拥有|共有)"
                                    r"(?:投运|并网|运行)?的?$")
#: Projects of a sector told together (``新能源项目集中投产``) or as a duty (``抓好新能源项目并网投产``):
#: the sector's projects, no one project.
_TOGETHER_AFTER = re.compile(r"集中(?:投产|开工|签约|竣工|并网|落地|建成)")
_DUTY_BEFORE = re.compile(r"(?:抓好|抓实|抓紧|做好)$")
#: Investment done with its change on a year before, right after a name (``某市新能源项目完成投资58亿元,
#: 同比增长26%``): a class of projects measured over a period, no one project.
_CLASS_DONE_AFTER = re.compile(r"(?:累计|共)?完成(?:固定资产)?投资[\d.]+[万亿]*元[，,]?"
                               r"(?:同比|比上年|较上年|比去年|较去年)(?:同期)?(?:增长|增加|下降|减少)")
#: A share right after a name (``…项目占比超六成``, ``…项目占全部签约额的40%``): the name is of a class.
_SHARE_AFTER = re.compile(r"(?:数量|投资额?|金额)?(?:占比|占全部|占总|占签约|所占比重"
                          r"|占[一二三四五六七八九]成|占(?:一半|半数|多数|大半|近半))")
#: A set of projects the counts after it are taken from (``我市入选项目中，新开工5个、续建4个``).
#: (or the set one of them stands out in: ``是我市入选项目中体量最大的``)
_SET_COUNTED_AFTER = re.compile(r"中(?:[，,]?(?:已有|已|有|共有)?[\u4e00-\u9fff]{0,4}?\d+(?:个|项)"
                                r"|[\u4e00-\u9fff]{0,4}?最[大高多])")
#: An office named after the projects it keeps (``某委重点项目科负责人``, ``项目办主任``): no project.
_OFFICE_AFTER = re.compile(r"(?:科|处|股|办公室|办)(?:相关)?(?:负责人|科长|处长|主任|工作人员)")
#: A duty for works in general (``压实项目建设主体责任``): no project.
_DUTY_AFTER = re.compile(r"(?:建设)?(?:主体)?责任")
#: What a project told before will build, a list of its parts up to a facility (``将建成甲作坊、乙中心和``,
#: ``将在某镇建设``, ``拟建年产…的生产线``).
#: (its plan told too: ``项目由某公司投资32亿元建设，规划建设甲纤维和乙面料生产线``)
_CONTENTS_LIST_BEFORE = re.compile(r"(?:[,，](?:项目)?|(?:该|此|这个)(?:项目|工程))(?:将|拟|规划)"
                                   r"(?:在[^,，。;；、]{2,12}?)?(?:建成|新建|建设|建)"
                                   r"(?:[^,，。;；、和及]{1,10}(?:、|和|及))*$")


def _told_works_build(text: str, start: int, left: int, name: str) -> bool:
    """True when a facility at ``left`` is listed after a project or works told before will build
    it (``…项目投资4.8亿元,将建成甲作坊、乙中心和丙基地``), also when the build verb opened the name
    found (``某产业园二期工程计划明年开工,将新建仓储中心和展厅``): what the works will hold."""
    if text.find("项目", start, left) < 0 and text.find("工程", start, left) < 0:
        return False
    verb = next((v for v in _BUILD_VERBS if name.startswith(v)), "")
    return _CONTENTS_LIST_BEFORE.search(text, max(start, left - 40), left + len(verb)) is not None


#: A batch told by the kinds of its works (``随着一批智算中心和大模型应用项目落地``, ``一系列甲基地、乙平台
#:和丙项目``): the last kind after the batch word is a class, no project's name.
_BATCH_WORDS = ("一批", "一大批", "一系列", "新一批")
_BATCH_LIST_BEFORE = re.compile(r"(?:一批|一大批|一系列|新一批)"
                                r"(?:[^,，。;；、和及与]{1,12}(?:、|和|及|与))+$")
#: Fields a batch covers, told by kind (``农产品加工、文旅康养项目各有涉及``, ``…项目均有涉及``): classes.
_FIELDS_AFTER = re.compile(r"(?:等)?(?:各有|均有|都有|皆有)涉及")
#: Words after which a facility is a site, a goal or the contents of a project, not a project.
_NOT_A_NAME_BEFORE = re.compile(
    r"(?:打造|选址在|选址于|选址|位于|坐落于|地处|落户在|落户于|主要建设|配套建设|同步建设|配建|入驻|在|于|项目所在的"
    r"|迁至|迁址至|搬迁至|迁入|搬至)$")
#: Verbs of what a project builds, and the size right after a part so built (``新建甲基地1.5万亩``).
_BUILD_VERBS = ("新建", "建设", "扩建", "改建", "配套建设")
#: A line's own event right after its name (``年产1.5万吨…生产线建成投产``, ``…生产线已于9月全面达产``):
#: the line named by its capacity is the subject of the news, a project of its own.
_LINE_EVENT_AFTER = re.compile(r"(?:已于[^，,。；;]{1,8}?|已经?|正式|全面|顺利)*"
                               r"(?:建成投产|投产|达产|竣工投产|开工建设|开工|投入使用|试生产)")
#: A firm's own plant named by its capacity, its first phase's event after it (``某公司的年出栏30万头
#: 生猪养殖基地一期已建成投产``): one works told, no part of a project.
_FIRMS_OWN_PLANT = re.compile(r"(?:公司|集团|合作社)的$")
_PHASE_EVENT_AFTER = re.compile(r"(?:[一二三四首]期(?:工程|项目)?)?" + _LINE_EVENT_AFTER.pattern)
#: What a named livestock estate raises (``标准化肉牛养殖场``, ``某镇生猪养殖场``).
_LIVESTOCK = re.compile(r"[牛猪羊鸡鸭鹅兔鱼蛙虾蟹禽畜蜂驴马鸽鹿]")
#: Stores keeping produce fresh, and their volume or weight right after (``保鲜库8000立方米``).
_FRESH_STORES = ("保鲜库", "保鲜冷库")
_STORE_SIZED = re.compile(r"(?:库容|容积|容量)?(?:约|达)?\d+(?:\.\d+)?(?:万|千)?(?:立方米|吨)")
#: A plant a project equips itself with, sized by its power or energy right after its name
#: (``建设风电60万千瓦,配套新型储能电站200MW/400MWh``, ``配建储能设施15万千瓦``): a part, no project.
_EQUIP_WORDS = ("配套", "配建", "配置", "配备")
_EQUIPPED_WITH = re.compile(r"(?:配套|配建|配置|配备)(?:建设|新建)?$")
_POWER_SIZED = re.compile(r"\d+(?:\.\d+)?万?(?:千瓦时?|兆瓦时?|吉瓦时?|MWh|MW|GWh|GW|kWh|kW)")


def _equipped_part(text: str, start: int, left: int, m1: int, end: int) -> bool:
    """True when the facility ``left``–``m1`` is one a project is equipped with, sized by its power
    or energy (``配套储能电站200MW/400MWh``)."""
    if _POWER_SIZED.match(text, m1, end) is None:
        return False
    if text.startswith(_EQUIP_WORDS, left):
        return True
    return _EQUIPPED_WITH.search(text, max(start, left - 6), left) is not None


def _batch_kind(text: str, start: int, left: int) -> bool:
    """True when the name at ``left`` is a kind of works in a batch (``一批甲中心和乙项目``)."""
    if text.startswith(_BATCH_WORDS, left):
        return True
    return _BATCH_LIST_BEFORE.search(text, max(start, left - 40), left) is not None


#: A line named by its process only (``压铸生产线``, ``涂装线``), and what is done to it while a works is
#: fitted out (``正在安装调试``, ``已运抵现场``): a part of the project named before it, no project.
_BARE_LINE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:生产线|产线|流水线)")
_LINE_FITTED = re.compile(r"(?:正在|已经|已|正)(?:安装|调试|进场|运抵|吊装)")


#: A size right after a facility's bare kind (``基地面积3000亩``, ``园区规模达…``).
_SIZE_AFTER = re.compile(r"(?:总)?(?:面积|规模)(?:约|达|为)?\d")
_BUILT_SIZED = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})(?:万|千)?(?:亩|座|个|栋|平方米)")
#: A ceremony or meeting and the word of its venue (``开工仪式在``, ``观摩会于``).
_EVENT_AT = re.compile(r"(?:仪式|活动|大会|会议|现场会|观摩会)(?:在|于)")
#: The site of a project where an event is held (``仪式在某县甲项目现场举行``).
_SITE_AFTER = re.compile(r"(?:建设|施工)?现场(?:举行|举办|召开|进行)")


def _site_of_event(text: str, m0: int, m1: int) -> bool:
    """True when ``在`` opens a project's name whose site holds an event (``开工仪式在某县甲风电场
    二期项目现场举行``): the project is named, the place is its site."""
    return text.startswith(("项目", "工程"), m0) and _SITE_AFTER.match(text, m1) is not None


#: A ceremony's venue opening a name (``主会场甲公司乙项目``, ``分会场的丙工程``): the site the venue is.
_VENUE_HEAD = re.compile(r"(?:主|分)会场(?:的|是|为|设在|设于)?")
#: A meeting's venue set at a site (``主会场设在``, ``分会场设于``, ``仪式设在``).
_VENUE_SET_AT = re.compile(r"(?:主|分)?(?:会场|仪式|活动)(?:设在|设于|放在|选在)$")
_AT_SITE = re.compile(r"(?:建设|施工)?现场")


#: A works' site as the scene a clause opens on (``在甲至乙快速路施工现场，机械往来穿梭``).
_SITE_SCENE = re.compile(r"(?:项目)?(?:建设|施工)现场(?:上|里|内)?[，,]")


#: The bare site of a works named right before it (``在某公司甲项目现场，``).
_BARE_SITE_SCENE = re.compile(r"现场(?:上|里|内)?[，,]")


def _scene_at_site(text: str, start: int, left: int, m1: int) -> bool:
    """True when ``在`` opening a clause leads to a works' site (``连日来，在甲快速路施工现场，…``, a
    project's bare site on a tour: ``在某公司甲项目现场，…``): the works is named, the reporter stands
    on its site."""
    return text[left - 1:left] == "在" and (left - 1 == start or text[left - 2] in "，,。；;") \
        and (_SITE_SCENE.match(text, m1) is not None
             or text[m1 - 2:m1] in ("项目", "工程") and _BARE_SITE_SCENE.match(text, m1) is not None)


#: Work being done at a works' site right after its name (``施工人员在甲项目工地上进行钢结构吊装``).
AT_WORK_ON_SITE = re.compile(r"(?:的)?(?:建设|施工)?(?:现场|工地)(?:上|内|里)?[^，,。；;]{0,8}?"
                             r"(?:进行|作业|施工|吊装|浇筑|安装|忙碌|忙着)")


def _work_at_site(text: str, left: int, m0: int, m1: int) -> bool:
    """True when ``在`` leads to a works' site where work is being done (``工人在甲项目工地上进行钢结构
    吊装``): the works is named, the people seen are on its site."""
    return text[left - 1:left] == "在" and text.startswith(("项目", "工程"), m0) \
        and AT_WORK_ON_SITE.match(text, m1) is not None


def venue_at_site(text: str, start: int, left: int, m0: int, m1: int) -> bool:
    """True when ``设在`` opens a project's name whose site is a meeting's venue (``主会场设在某公司
    甲项目现场``): the project is named, the place is its site."""
    return text.startswith(("项目", "工程"), m0) and _AT_SITE.match(text, m1) is not None \
        and _VENUE_SET_AT.search(text, max(start, left - 8), left) is not None


#: A visit right before a facility word (``深入工业园区``, ``走进产业园``): the place visited, no name.
#: ``…配套的乙项目``, ``…配套建设的乙工程``: what follows a name is a project serving it.
_SERVED_NEXT = re.compile(r"(?:的)?配套(?:建设)?的[^,，。;；、]{2,30}?(?:项目|工程)")
_VISITED = re.compile(r"(?:深入|来到|走进|前往|走访|调研)$")
#: Factory floor with no name of its own, built for firms or handed over to them (``代建标准化厂房``,
#: ``移交代建厂房``, ``交付标准化厂房``, ``新增标准化厂房``): a measure of land and floor, no project.
_FLOOR_HANDED = re.compile(r"(?:代建|移交|交付|新增|新建|建成|出租|提供)"
                           r"(?:标准化|标准|定制化?|通用|代建)?厂房$")
#: Factory floor a firm rents or already has (``租下1.2万平方米厂房``, ``租用园区3层标准化厂房``,
#: ``比自建厂房``, ``对老厂房进行改造``): where it works, no project.
_FLOOR_HELD = re.compile(r"(?:租下|租用|租赁|承租|租了)[^，,。；;]{0,16}?厂房$"
                         r"|(?:自建|老|旧|原有|现有|闲置|废弃|停产)(?:标准化|标准)?厂房$")
#: A preposition right before ``项目`` (``按项目实际投资额给予奖励``, ``逐项目``): projects in general.
_BY_PROJECT = re.compile(r"[按逐每]$")
#: A role a place is to play in a larger whole, after a base's or a hub's name (``把某县建成某某能源基地的
#: 重要支点``): the whole, no works.
_ROLE_OF_PLACE = re.compile(r"的(?:重要|核心|关键|主要)?(?:支点|节点|引擎|增长极|桥头堡|承载区|组成部分)")
#: A point of a speech opening on a kind of projects (``一是能源化工项目接续落地。``,
#: ``二是文旅项目提质增效，``): the kind, after ``一是``/``二是``…, then four characters closing the clause.
_POINT_HEAD = re.compile(r"[一二三四五六七八九十]是$")
_POINT_TAIL = re.compile(r"[\u4e00-\u9fff]{4}[。；;，,：:]")
#: The places a list ends with (``…等地``, ``、乙…等处``), the items left included.
_PLACES_AFTER = re.compile(r"(?:[、和及][^、，,。；;]{2,16}?)*等(?:地|处|点位)")
#: A verb of visiting opening the clause of a list (``观摩团先后走进甲、乙等地``).
_VISITED_BEFORE = re.compile(r"(?:深入|来到|走进|前往|走访|调研|察看|考察)[^，,。；;]*$")
#: A visit verb, then the stops listed before this one (``先后来到甲工业园区、``): a stop too.
_VISITED_LIST = re.compile(r"(?:深入|来到|走进|前往|走访)[^，,。；;、]{2,20}(?:、[^，,。；;、]{2,20})*、$")
#: A bare county, city, district or town (``威远县``, ``隆昌市``): a place, no project.
_BARE_PLACE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:县|市|(?<!园)区|镇|乡)")
#: An investor's amount before ``打造`` (``某集团将投资18亿元，在某地打造``): what is built is a project.
_INVESTED_BUILD = re.compile(rf"投资(?:人民币)?{SUM_FIGURE}(?:万|亿)?(?:元|美元|港元|欧元)(?:人民币)?"
                             r"[^。；;！？]{0,16}打造$")


#: A firm's amount and build verb right before a name (``某某有限公司投资2.8亿元建设的``).
_FIRM_BUILT = re.compile(rf"(?:公司|集团|企业)(?:拟|将|计划)?投资(?:人民币)?{SUM_FIGURE}(?:万|亿)?元"
                         # (and the site between: ``某公司拟投资8.6亿元,在某县某镇建设…生产线``)
                         r"(?:[，,]?在[^，,。；;]{2,14}?)?(?:新建|建设|实施|打造)的?$"
                         # (after its agreement with the place, the sum in any currency and the works set up:
                         # ``某企业与某区签署合作协议，拟投资3000万澳门币设立…中心``)
                         rf"|(?:公司|集团|企业)与[^。；;！？]{{2,16}}?(?:签署|签订|签约)[^，,。；;]{{0,6}}?[，,]"
                         rf"(?:拟|将|计划)?投资(?:人民币)?{SUM_FIGURE}(?:万|亿)?"
                         r"(?:元|美元|港元|欧元|澳门元|澳门币)(?:人民币)?(?:新建|建设|设立|打造)$"
                         # (a line a firm puts up: ``…,新上年产50万套…生产线``, ``投资…上马…生产线``)
                         r"|(?:新上|上马)$"
                         # (capital added for it, in any currency: ``对甲公司增资1500万欧元,用于建设…生产线``)
                         rf"|(?:增资|注资|追加投资|投资)(?:人民币)?{SUM_FIGURE}(?:万|亿)?(?:元|美元|欧元|港元|日元)"
                         r"[，,]?(?:主要)?用于(?:新建|建设|扩建)$"
                         # (firms building it together: ``…出口商与本地企业合资兴建的``)
                         r"|(?:公司|集团|企业|商)(?:合资|独资|共同|联合)(?:兴建|建设|新建)的$")


#: A loan, a credit or funds, their sum, then ``用于`` right before a name (``获得“园区贷”1500万元，用于
#: 年产300万双…生产线项目``, ``发放贷款2亿元，主要用于支持…``), or money raised or recovered (``回收的资金将
#: 主要用于…``): the works the money goes to are named.
_LENT_FOR = re.compile(r"(?:(?:贷|授信|融资|资金|债券|基金|出资|注资)[”\"’]?[^，,。；;]{0,6}?"
                       r"\d[\d.]*(?:万|亿)?元[，,]|(?:回收|募集|筹集)的?资金)(?:主要|全部|将)*用于(?:支持)?$")


#: An agreement signed, then ``打造`` in the next clause (``与某企业签订框架协议，拟合作打造``).
#: (the site between: ``签订合作协议，双方将在某县某乡共同打造``)
_AGREED_BUILD = re.compile(r"(?:签订|签署)了?[^。；;！？，,]{0,12}?协议[，,](?:双方)?(?:将|拟|计划)?"
                           r"(?:在[^。；;！？，,在]{2,14}?)?(?:合作|共同|联合)?打造$")


def _invested_build(text: str, start: int, left: int) -> bool:
    """True when a name after ``打造`` follows an investor's amount in the same sentence (``将投资18亿元，
    在湖畔打造甲项目``) or an agreement signed in the clause before (``签订框架协议，拟合作打造乙项目``):
    the project a company builds, not a goal (``打造一流园区``)."""
    return text.endswith("打造", 0, left) \
        and (_INVESTED_BUILD.search(text, max(start, left - 40), left) is not None
             or _AGREED_BUILD.search(text, max(start, left - 30), left) is not None)


#: Facilities that join no next name with 和/及/与: a centre or a camp listed first among the parts a
#: works builds (``建设研发中心和精密轴承生产基地``) is read with the list, as before they were works.
_NOT_JOINING = ("研发中心", "研学营地")
_JOINED = re.compile("(?:" + "|".join(f"(?<={re.escape(w)})" for w in ("项目", *FACILITY)
                                     if w not in _NOT_JOINING) + ")(?:和|及|与)")


@attrs.define
class NameSpan:
    """A project name found in the text: cleaned span and the name itself."""

    start: int
    end: int
    name: str
    listed: bool = False  # an item of an enumeration before 等


#: Event verbs and list markers: after one of them, what follows is the object (the name).
STRONG_BOUNDARY = (
    "于",
    "签约", "签订了", "签订", "签署", "开工建设", "开工", "奠基", "竣工投产", "竣工投运", "竣工",
    "建成投用", "建成投产", "建成", "投产", "投运", "落户", "引进", "洽谈", "加快推进", "加快建设",
    "全面推进", "推进", "建设", "启动建设", "启动实施", "实施", "铺开", "拟建设", "拟建", "申建",
    # a works a firm is preparing (``企业正在筹建某某项目``)
    "筹建",
    "包括", "其中", "以及", "了", "等", "的", "有",
    # what is singled out (``投资规模最大的是某县甲项目``): the name follows
    "的是",
    # a plant moved: what follows is where it goes (``某公司整体迁至某工业园``)
    "迁至", "迁址至", "搬迁至", "迁入", "搬至",
    # a line or a plant a firm puts up (``某公司投资…上马年产…项目``, ``新上…生产线``)
    "上马", "新上",
    # a reporter on site (``我现在所在的位置是…项目的施工现场``): the works named after it
    "位置是", "位置就是",
    # a contract won (``某公司中标某县污水处理厂提标改造工程``): the works follow
    "中标",
    # a machine or a team put into the works (``新研制的架桥机已投入某高速改扩建项目施工``)
    "投入",
    # what a firm develops at the place where (``某集团在某湾开发滨海度假综合体项目``, see _WORD_SPELLED;
    # no word of BOUNDARY_WORDS, whose tails are read without the guard: ``某茶饮品开发项目`` is one name)
    "开发",
)
_STRONG_RE = _alternation(sorted(STRONG_BOUNDARY, key=len, reverse=True))


#: The legal-form ending of a company name (``…股份有限公司``, ``…有限责任公司``, ``…集团``).
COMPANY_END = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|株式会社|集团)")
_COMPANY_LEAD = re.compile(r"(?:是|系|为|由|即)(?=\w{2})")


#: A capacity right before ``及`` (``年产3万吨玄武岩纤维``, ``年屠宰生猪100万头``): what follows 及 is
#: the same plant's next product.
_CAPACITY_BEFORE = re.compile(r"(?:年产|年屠宰|年出栏|年处理|年加工|年生产)[\u4e00-\u9fff]{0,6}\d"
                              r"[^、，,。;；及和与]*$")


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: The last character of what a copula after an event verb says of (``签下的“大单”是…``,
#: ``开工的最大项目是…``).
_COPULA_SUBJECT_END = frozenset("”」\"单目个者的")
#: A site upgraded, right before ``提升`` (``某某古镇提升改造``, ``某某老街提升工程``).
_UPGRADED_SITE = re.compile(r"[\u4e00-\u9fff]{2}"
                            r"(?:古镇|古城|古村|集镇|老街|街区|片区|景区|公园|广场|小区|村|镇)$")
#: The works of such an upgrade (``改造``, ``工程``, ``改造工程``).
_UPGRADE_WORKS = re.compile(r"(?:改造|工程)")
#: What closes a county or city right before a 和 (``某某市和顺古镇``).
_COUNTY_ENDS = frozenset("市县区州旗")
#: A town, village or old town named with one or two more characters after 和 (``和顺古镇``,
#: ``和平村``, ``和睦乡``): a place inside the county before it, no second party joined.
_TOWN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,2}(?:古镇|古城|古村|镇|乡|村|社区|街道)(?![县区市州])")
#: A yearly capacity and its first product, right before 和/及 (``年产5万吨调味品``): the second
#: product after it is made by the same plant.
_PRODUCTS_BEFORE = re.compile(r"年(?:产|加工|处理|生产)[\d.]+[万亿千百]*"
                              r"(?:吨|件|套|台|只|片|立方米|平方米|辆|箱)[\u4e00-\u9fff]{1,8}$")


#: A plant serving the works before ``及``, closing the name (``某煤矿及选煤厂项目``, ``某电站及送出工程``).
_COMPANION_PLANT = re.compile(r"(?:选煤厂|洗煤厂|选矿厂|送出工程|输水工程|灌区工程)")
#: A works' own supporting works closing its name (``…码头及配套设施项目``, ``…及附属工程``).
_OWN_SUPPORT = re.compile(r"(?:配套|附属)(?:基础)?(?:设施|工程|用房)(?:建设)?(?:项目|工程)")


#: A step of making goods closing the words before ``及`` (``蓝莓深加工``, ``中药材种植``).
_WORK_STEP_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}(?:加工|种植|养殖|生产|制造|研发)$")
#: The next step of the same goods after ``及``, then the name's end (``冷链物流项目``, ``仓储物流园``,
#: ``销售中心``): the works does both.
_NEXT_STEP = re.compile(r"(?:冷链物流|仓储物流|冷链仓储|冷链|仓储|物流|销售|交易|展销|精深加工|深加工|加工)"
                        r"(?:中心|园|基地)?(?:建设)?(?:项目|工程)")


def _cut_left(text: str, start: int, end: int) -> int:
    """Move ``start`` right past the last event verb (else the last boundary word), keeping 2+ characters.

    Words inside a company's legal form (the ``有`` of ``有限公司``) are no boundary, and
    after a company name only an event verb cuts: the company stays at the head of the name.
    """
    companies = [(c.start(), c.end()) for c in COMPANY_END.finditer(text, start, end)] \
        if text.find("公司", start, end) >= 0 or text.find("集团", start, end) >= 0 else []
    for pat in (_STRONG_RE, _BOUNDARY_RE):
        best = start
        for m in pat.finditer(text, start, end):
            m0, m1 = m.span()
            if end - m1 < 2:
                break  # the later matches end later still
            if companies and (any(s < m1 and m0 < e for s, e in companies)
                              or (pat is _BOUNDARY_RE and m0 >= companies[-1][0])):
                continue
            if m1 - m0 == 1 and text[m0] in "和与及" and text[m1:m1 + 1] in _PLACE_SUFFIX_CHARS:
                continue  # 太和县, 永和镇: part of a place's name
            if text.startswith("提升", m0) and m1 - m0 == 2 and _UPGRADE_WORKS.match(text, m1, end) \
                    and (_UPGRADED_SITE.search(text, start, m0) or _BUILT_OBJECT.search(text, start, m0)):
                continue  # 某某古镇提升改造项目: the upgrade of a named site, the works' name
            if m1 - m0 == 1 and text[m0] == "和" and text[m0 - 1:m0] in _COUNTY_ENDS and m0 - start >= 2 \
                    and _TOWN_AFTER.match(text, m1, end):
                continue  # 腾冲市和顺古镇…: a town or village of the county whose name opens on 和
            if m1 - m0 == 1 and text[m0] == "和" and m0 - start == 1 and _HAN_CHAR.match(text, start):
                continue  # ``、鑫和化工…``: one character joins nothing; 和 is part of a firm's name
            if text[m0] == "及" and m1 - m0 == 1 and _CAPACITY_BEFORE.search(text, start, m0):
                continue  # ``年产3万吨玄武岩纤维及制品``: the plant's second product, one name
            if m1 - m0 == 1 and text[m0] in "和及" and _PRODUCTS_BEFORE.search(text, start, m0):
                continue  # 年产5万吨调味品及预制菜项目: the products of one plant
            if m1 - m0 == 1 and text[m0] in "和及" and _APPROACH.match(text, m1) \
                    and text.endswith(_BRIDGES, start, m0):
                continue  # 某大桥及连接线工程: the bridge with its own approach roads, one name
            if m1 - m0 == 1 and text[m0] == "及" and _OWN_SUPPORT.match(text, m1, end + 2):
                continue  # 甲旅游码头及配套设施项目: the works with its own supporting works, one name
            if m1 - m0 == 1 and text[m0] == "及" and _WORK_STEP_BEFORE.search(text, start, m0) \
                    and _NEXT_STEP.match(text, m1, end + 2):
                continue  # 某镇蓝莓深加工及冷链物流项目: one works doing both steps, one name
            if m1 - m0 == 1 and text[m0] == "及" and text[m0 - 1:m0] in "矿站厂库" \
                    and _COMPANION_PLANT.match(text, m1, end + 2):
                continue  # 甲煤矿及选煤厂项目, 乙电站及送出工程: the works and the plant that serves it
            best = m1
        if best > start:
            if pat is _STRONG_RE and (cop := text.rfind("是", best, end - 4)) > best \
                    and text[cop - 1] in _COPULA_SUBJECT_END and text[cop + 1] != "否":
                best = cop + 1  # 签下的“大单”是年产…项目: what was signed is the name after the copula
            break
    if best > start and text.startswith(("一条", "1条"), best) and end - best >= 4 \
            and text.endswith(("新上", "上马", "新建"), start, best) \
            and (text.endswith(_LINE_KINDS, best, end) or text.startswith(_LINE_KINDS, end)):
        best += 2  # 新上一条汽车冲压件生产线: the line put up, named without its count
    if companies:
        lead = _COMPANY_LEAD.match(text, best, companies[-1][0])
        if lead:
            best = lead.end()  # ``最大的是甲有限公司…``: the copula is not part of the company
        lead = _CAPITAL_LEAD.match(text, best, companies[-1][0])
        if lead:
            best = lead.end()  # ``美资企业甲有限公司…项目``: whose capital the firm is, no part of its name
    return best


#: The kinds of line a firm puts up, told with ``一条`` before them (``新上一条…生产线``).
_LINE_KINDS = ("生产线", "产线", "流水线")


#: A firm told by whose capital it is, before its name (``港资企业``, ``美资企业``, ``外商独资企业``).
_CAPITAL_LEAD = re.compile(r"(?:[港外台澳侨美德日韩欧法英意]资|中外合资|外商独资|民营)企业(?=\w{4})")


_COMPANY_HEAD = re.compile(r"^[\w·()（）]{2,30}" + COMPANY_END.pattern + r"(?=\w{2})")
#: Short names groups go by in the news, heading a project's name (``中石化某某项目``,
#: ``国家电投某某光伏项目``): the investor, as a full company name would be.
GROUP_SHORT_NAMES = (
    "中石化", "中国石化", "中石油", "中国石油", "中海油", "国家电投", "国家能源集团", "国家电网", "南方电网",
    "华能", "华电", "大唐集团", "三峡集团", "中广核", "中核", "中国电建", "中国能建", "中能建", "中化学",
    "中化",
    "中粮", "中建", "中交", "中铁", "中国铁建", "中冶", "中煤", "中铝", "中国五矿", "中国建材", "中节能",
    "中车", "中航", "中信", "宝武", "鞍钢", "招商局", "华润", "比亚迪", "宁德时代", "隆基", "通威", "华为",
    "腾讯", "阿里巴巴", "京东", "吉利", "奇瑞", "万华", "恒力", "荣盛", "盛虹")
#: One of :data:`GROUP_SHORT_NAMES` opening a name, with its branch (``华润电力``), not the head of a
#: longer word (``中建设``, ``华电子``, ``京东方``).
_GROUP_FIRST = frozenset(n[0] for n in GROUP_SHORT_NAMES)
_GROUP_HEAD = re.compile("^(?:" + "|".join(sorted(GROUP_SHORT_NAMES, key=len, reverse=True))
                         + r")(?![设材国工业心部通子息站源空方])"
                         r"(?:集团|电力|新能源|能源|控股|化工|置地|水泥|汽车|股份)?(?=\w{2})")


def company_head(name: str) -> str | None:
    """The company at the head of a project name (``甲乙有限公司年产…项目`` → ``甲乙有限公司``)."""
    m = _COMPANY_HEAD.match(name)
    if m is None and name[0] in _GROUP_FIRST:
        m = _GROUP_HEAD.match(name)
    return m.group() if m else None


@functools.lru_cache(maxsize=4096)  # pure; the same classifying phrases (重点项目…) come back on every page
def is_generic(name: str) -> bool:
    """True for phrases that only classify projects (``重点项目``, ``亿元以上产业项目``)."""
    if _NOT_PROJECT.search(name) or _STAGE_TAIL.search(name) or not _balanced(name) \
            or counted_or_part(name) or _SCOPE_CLASS.match(name) or figurative(name):
        return True
    if _BARE_BUILD_KIND.fullmatch(name):
        return True  # 扩建工程投运后，…: the kind of the works just named, no name of its own
    if name.startswith(("项目", "该项目")) and _PART_OF_STORY.match(name):
        return True  # 项目首条生产线正式投产: a part of the project just told of, no project of its own
    if name.startswith(("项目", "该项目")) and _BARE_BUILDING.fullmatch(name, name.index("项目") + 2):
        return True  # 项目联合厂房基础施工已展开: a building of the project just told of
    if _FIRM_PHASE.fullmatch(name):
        return True  # 该公司一期项目去年建成投产: a phase of the firm just told of, no name of its own
    if name[-1] == "楼" and _BUILDING_OF_KIND.fullmatch(name):
        return True  # 门诊医技楼正在进行幕墙施工: a building of the hospital or school just told of
    if name[0] == "一" and _REPEATED_MEASURE.match(name):
        return True  # 一条条自动化生产线正在试运行: the scene of a workshop, no project named
    if _MODAL_OPENING.match(name) or _BARE_BUILDING.fullmatch(name) \
            or (name[0] == "的" and _BARE_BUILDING.fullmatch(name, 1)):
        return True  # 甲项目的主厂房, 明年5月就能安装调试…生产线, 钢结构厂房已完成吊装: parts of a project
    if _BARE_PROCESSING.fullmatch(name):
        return True  # 将引进甲、乙等深加工项目: a stage of processing, no works named
    if _DOWNSTREAM_KIND.fullmatch(name):
        return True  # 正与两家央企洽谈有机硅下游深加工项目: works of a link of a chain, no one named
    if _BARE_WORKS_PART.fullmatch(name):
        return True  # 全线路基工程已全部完工, 桥涵工程全部完工: a part of the road just told of
    if "项目到" in name:
        return True  # 从正在洽谈的意向项目到满负荷运转的生产线: a span of stages, no works named
    if _BARE_POWER_KIND.fullmatch(name):
        return True  # 风电项目明年9月就能全容量并网: the kind of power works told back, no name
    if name[0] in _NUMBERED_FIRST and _NUMBERED_BUILDINGS.fullmatch(name):
        return True  # 甲项目1号至4号厂房主体封顶: buildings of the project just told of, no project
    if _SITE_TOLD.match(name):
        return True  # (项目…建设)地点在某县某工业园区: where the project just named is built, no name
    if _PUBLIC_KIND.fullmatch(name) or _ORDINAL_BATCH.search(name):
        return True  # 建有门诊医技楼、住院楼, 口袋公园, 第二批项目集中开工: a part, a kind or a batch
    if "在" in name and _PLANS_AT.search(name):
        return True  # 某公司拟在某产业园区(投资…建设甲项目): a firm and where it will build, no name
    core = _GENERIC_TAIL.sub("", name)
    rest = _GENERIC_RE.sub("", core)
    rest = _NOT_WORD.sub("", rest)
    return len(rest) < 2


#: A kind of power works told bare (``风电项目``, ``光伏工程``), back of one named before.
_BARE_POWER_KIND = re.compile(r"(?:风电|光伏|储能|光热)(?:项目|工程)")
#: A public building's part or a kind of public works named alone, with no owner's name before it
#: (``建有门诊医技楼、住院楼``, ``新建口袋公园5处``, ``民生实事项目实行…``): a part of the hospital or
#: school just told of, or a kind of works, no name (``某县人民医院门诊医技楼`` keeps its owner).
_PUBLIC_KIND = re.compile(r"(?:门诊|医技|门诊医技|住院|感染|急诊|病房|教学|实验|宿舍|行政)楼"
                          r"|口袋公园|(?:民生实事|民生)(?:项目|工程)")
#: Projects told by the round they start or sign in (``某区老城区有机更新第二批项目``, ``第三批重点工程``):
#: a batch, counted elsewhere, no project's name.
_ORDINAL_BATCH = re.compile(r"第[一二三四五六七八九十\d]{1,3}批(?:重点|重大)?(?:项目|工程)$")
#: What a group of projects has spent, right after its name (``…项目累计完成投资…``).
_SPENT_AFTER_NAME = re.compile(r"(?:今年|年内|累计|共|已)?完成(?:年度)?投资")
#: A place of a town or more opening a name (``某某区``, ``某镇``, ``全县``).
_PLACE_HEAD = re.compile(r"全[省市县区镇乡]|[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗|镇|乡|街道)")


#: A stage of processing named alone (``深加工项目``, ``精深加工项目``, ``初加工工程``): a kind of works.
_BARE_PROCESSING = re.compile(r"(?:精深|深|精|初|粗)加工(?:项目|工程)")
#: A modal verb and a step of the works opening a name (``能安装调试榨油生产线``, ``将建成…``): what
#: the project just told of will do, no name.
_MODAL_OPENING = re.compile(r"(?:就|才|还)?(?:能够|能|可以|可|将|要|会)"
                            r"(?:安装|调试|建成|完成|实现|投产|开工)")
#: A building named by its kind or build alone (``主厂房``, ``钢结构厂房``, ``生产车间``, a hydro plant's
#: ``地下厂房``): a part of the project just told of.
_BARE_BUILDING = re.compile(r"(?:主|钢结构|框架|砖混|生产|联合|地下|地面)(?:厂房|车间)")
#: A part or a trade of a road's, a railway's or a dam's works named alone, over the whole line or not
#: (``全线路基工程``, ``桥涵工程``, ``路基土石方工程``, ``全线桥梁工程``), or the class a works belongs
#: to (``重点水利工程``, ``该输变电工程``): the works just told of, no name of its own.
_BARE_WORKS_PART = re.compile(r"(?:全线|全部)?(?:(?:路基|路面|桥梁|桥涵|隧道|涵洞|土石方|交安|附属|绿化|机电"
                              r"|房建|水利|输变电|市政)[和及、]?)+工程")
#: Buildings named by their numbers alone (``1号至4号厂房``, ``2号科研楼``, ``3号、5号车间``).
_NUMBERED_BUILDINGS = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})号"
                                 r"(?:(?:[至到、和及—\-~～]|以及)(?:\d{1,2}|[一二三四五六七八九十]{1,2})号)*"
                                 r"[\u4e00-\u9fff]{0,4}?(?:厂房|楼|车间|仓库|库房|宿舍)")
_NUMBERED_FIRST = frozenset("0123456789一二三四五六七八九十")
#: Before a short name of a kind: a copula and a rank (``是某县今年引进的投资规模最大的电子信息项目``):
#: the class the project just told of belongs to, no project.
_RANKED_CLASS = re.compile(r"是[^，,。；;“”]{0,16}?(?:最大|最多|最高|最重要|最早|首个|第一个)的$")
#: A scene set in a park (``在不远处的某产业园，``, ``在某产业园，``); not a site where works are built
#: (``在某镇建设某产业园，``).
_SCENE_AT = re.compile(r"在[^，,。；;建新投打]{0,8}?的$|在$")
#: After such a park: the scene inside a plant (``，某公司的车间里``, the park's inside first: ``某协作产业园
#: 内，某分厂的生产车间里``); not a project told there (``在某产业园，甲公司乙项目已完成主体工程``: the park
#: is its site).
_SCENE_INSIDE_AFTER = re.compile(r"(?:内|里|中)?[，,][^，,。；;]{2,30}?(?:车间|厂房|生产线|工地|展厅)"
                                 r"(?:里|内|上|中)")
#: A kind of power plant alone (``光伏电站``, ``水电站``, ``风电场``).
_BARE_PLANT_KIND = re.compile(r"(?:光伏|光热|风力|风|水力|水|火力|火|储能|抽水蓄能|燃气|生物质|核)?"
                              r"(?:发电|电)[站厂场]")
#: A park's figures right after its name (``新增就业8600人``, ``实现产值…``, ``入驻企业…``).
_PARK_KINDS = ("产业园", "工业园", "园区", "产业园区", "工业园区")
#: A state right before a kind of works and ``项目的`` (``已建成数据中心项目的…``): the works of
#: that kind in that state, a class.
_STATE_CLASS_BEFORE = re.compile(r"(?:已建成|已投产|已投运|已开工|在建|已竣工)$")
#: Right before a line's name: it is brought in or bought as equipment (``引进德国…生产线``).
_BROUGHT_IN = re.compile(r"(?:引进|引入|购置|采购|采用)(?:了)?(?:国外|国际|全球)?$")
#: Right after a park's name: the inside of it a sentence's scene is set in, where another works
#: is told (``…产业园里，甲扩容项目也已完成…``).
_PARK_SCENE_AFTER = re.compile(r"里[，,][^。；;！？]{2,30}?(?:项目|工程)")
_PARK_FIGURES_AFTER = re.compile(r"(?:今年|去年|全年|累计)?(?:新增就业|新增企业|入驻企业|新入驻"
                                 r"|实现(?:工业)?(?:总)?产值|(?:工业)?(?:总)?产值(?:达到?|突破|超过)|实现营业收入|营业收入(?:达到?|突破))")
#: A programme of aid or investment a project belongs to (``援疆招商引资项目``, ``某省援藏项目``).
_AID_CLASS = re.compile(r"(?:援疆|援藏|援青|援建|对口支援)(?:招商引资|产业|民生|重点)?(?:项目|工程)$")
#: A class of projects by standing (``重点能源项目``, ``重大产业项目``), after a copula (``是…的``).
_KEY_CLASS = re.compile(r"(?:重点|重大|骨干|标志性|示范性?)[\u4e00-\u9fff]{0,4}?(?:项目|工程)")
_COPULA_BEFORE = re.compile(r"(?:是|为|系|属于)[^，,。；;“”]{0,16}?的?$")
#: Before a name: a copula and a rank or standing (``某县是全国重要的水电基地``, ``是西南地区最大的…``):
#: what a place is, no works.
_DESCRIBED_AS = re.compile(r"是[^，,。；;“”]{0,6}?(?:重要|最大|主要|知名|著名|唯一|重点|核心)的$")
#: A verb of adding and a facility's kind alone (``新增生产线``, ``新上车间``): what a plant adds.
#: Right after a name: a count of its kind, then the clause ends (``新建合作园区2个，``): a kind counted.
_KIND_COUNTED_AFTER = re.compile(r"区?(?:\d+|[两二三四五六七八九十]{1,3})(?:个|座|处)(?=[，,。；;、]|$)")
_ADDED_KIND = re.compile(r"(?:新增|新上|增加|增设|新建)(?:生产线|产线|车间|厂房|仓库|库房)"
                         # and counted (``新建4条全自动灌装生产线``, ``新上两个车间``)
                         r"|(?:新增|新上|增加|增设|新建)(?:\d+|[两三四五六七八九十]{1,3})(?:条|个|栋|座|间)"
                         r"[\u4e00-\u9fff]{0,10}?(?:生产线|产线|车间|厂房|仓库|库房)")
#: Facilities a plant has or adds, counted after their kind (``建有…生产线3条``, ``新上…车间2个``).
_LINE_OR_SHOP = ("生产线", "产线", "车间")
_KIND_COUNT_AFTER = re.compile(r"(?:\d+|[两三四五六七八九十]{1,3})(?:条|个|间)")
_EQUIPPED = re.compile(r"(?:建有|新上|新增|拥有|配备|配置|增设|引进)")
#: After a building (``…楼``): more buildings listed, then a part or state of their works
#: (``、住院楼外立面``, ``主体结构``, ``屋面``).
_BUILDING_PART_AFTER = re.compile(r"(?:[、和及][\u4e00-\u9fff]{1,6}楼)*的?"
                                  r"(?:外立面|主体|屋面|幕墙|室内装修|内部装修)")
#: After a project's plant building: its works' state (``甲项目厂房已经封顶``, ``…厂房主体完工``).
_PLANT_STATE_AFTER = re.compile(r"(?:已经|已|正在|全面|顺利)?(?:封顶|主体)")
#: A project named by its processing alone (``精深加工项目``): its product is in the capacity before it.
_PROCESSING_ALONE = re.compile(r"(?:精深|深|初|粗|精)?加工(?:项目|工程)")
#: A product or industry, a link of its chain and maybe a stage of processing, alone
#: (``有机硅下游深加工项目``, ``锂电上游配套项目``, ``稀土下游应用项目``): a kind of works, no one named.
_DOWNSTREAM_KIND = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:产业链?)?(?:上下游|中下游|下游|上游)"
                              r"(?:精深|深|精|初)?(?:加工|配套|延链|应用|产品)?(?:项目|工程)")
#: A yearly capacity with its product, then ``的`` (``年加工小龙虾5万吨的``, ``年处理秸秆10万吨的``).
_CAPACITY_OF_IT = re.compile(r"年(?:加工|处理|生产|产)[\u4e00-\u9fff]{1,8}?\d+(?:\.\d+)?[万千百]?"
                             r"(?:吨|头|只|件|立方米|箱)的$")
#: After a thing built: more listed, then ``等业态``, ``等设施``…: the contents of a project.
_CONTENTS_AFTER = re.compile(r"(?:[、和及][\u4e00-\u9fff]{2,8})*等(?:业态|设施|功能区|功能|板块|配套设施)"
                             # (a list closed by 等 alone: ``计划建设游客服务中心、星空营地、民宿集群等，``)
                             r"|(?:[、和及][\u4e00-\u9fff]{2,8})+等(?=[，,。；;])")


#: A kind of building works alone (``扩建工程``, ``改扩建项目``): the works just named, told again.
_BARE_BUILD_KIND = re.compile(r"(?:该|此)?(?:新建|扩建|续建|改建|改扩建)(?:工程|项目)")
#: A phase's works of a kind alone (``二期扩建工程``), and the project just told said to be it, right
#: before (``该项目是企业在原厂区基础上实施的``): the works told again, no project of their own.
_PHASE_BUILD_KIND = re.compile(r"[一二三四五六七八九十]期(?:新建|扩建|续建|改建|改扩建)(?:工程|项目)")
_SAID_TO_BE = re.compile(r"(?:该|此|这个|这一)(?:项目|工程)(?:是|系|为)[^，,。；;]{0,24}?的?$")
#: A part of the project just told of, named by an anaphor (``项目首条生产线``, ``该项目1号厂房``).
_PART_OF_STORY = re.compile(r"(?:该)?项目(?:首|第[一二三四五六七八九十\d]|[一二三四五六七八九十\d]{1,2}号)")
#: A building named by its use alone (``门诊医技楼``, ``教学楼``, ``学生宿舍楼``): a part of the hospital's,
#: school's or office's works just told of, no name of its own.
_BUILDING_OF_KIND = re.compile(r"(?:学生|职工|教师)?(?:门诊|医技|住院|病房|急诊|教学|实验|实训|宿舍|综合"
                               r"|办公|行政|图书|科研|食堂){1,3}(?:大)?楼")
#: A phase of a firm named by its kind alone (``该公司一期项目``, ``企业二期工程``): the firm just told of.
_FIRM_PHASE = re.compile(r"(?:该|此|这家)?(?:公司|企业|集团|工厂)[一二三四五六七八九十首]期"
                         r"(?:项目|工程|工厂|厂区)?")
#: Things told by a repeated measure word (``一条条自动化生产线``, ``一座座厂房``): a scene, no name.
_REPEATED_MEASURE = re.compile(r"一([条座个栋台间家排])\1")
#: A firm's plan to build at a place, inside what reads as a name (``某公司拟在某产业园区``).
#: Where works are told to stand (``地点在某县某工业园区``, ``选址位于…``): a site, no name.
#: Plants named by their power (``60万千瓦光伏电站``, ``10万千瓦风电场``).
_PLANT_NAMED_BY_POWER = ("电站", "风电场", "电厂")
_SITE_TOLD = re.compile(r"(?:建设|项目)?(?:地点|地址|选址|厂址)(?:在|位于|为|是|设在)")
_PLANS_AT = re.compile(r"(?:拟|将|计划|准备|决定|打算)在")
#: A division's whole before a sector (``全县农业农村项目``, ``全市文旅项目``, ``全县“十四五”规划
#: 新能源项目``): a class of projects.
_SCOPE_CLASS = re.compile(r"全[省市县区州镇乡](?:[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff“”\"]{1,14}?规划"
                          r"[\u4e00-\u9fff]{0,6})(?:项目|工程)$")


#: A count of projects or buildings inside a name (``2个农业产业化项目``, ``12栋标准化厂房``, the lines
#: of a plant, ``两条分割生产线``);
#: not a capacity (``年产5000台…``, ``2万个…``).
_COUNTED = re.compile(r"(?<![产理工\d.万千百亿目程])(?:\d+|[两三四五六七八九十]{1,3})"
                      r"(?:个|栋|座|批|家|处(?!理)|条(?=[^路]{0,8}线$))")
#: A part of a project's works named alone (``主体工程``, ``配套工程``, a road's ``路基工程``), also of
#: one phase (``一期主体厂房``).
_WORKS_PART = re.compile(r"(?:[一二三四五六七八九十首]期)?"
                         r"(?:主体|配套|附属|基础|土建|室外|装饰|安装|路基|路面)"
                         r"(?:工程|结构|厂房|建筑)")


#: A part of a works named after the structure it belongs to (``大坝主体工程``, ``厂区土建工程``).
_OWNED_PART = re.compile(r"\w{1,3}?(?:主体|土建|附属|装饰|安装)(?:工程|结构)")


#: A part of the works seen as it stands at a visit, the time word glued before it (``目前主厂房``).
_PART_NOW = re.compile(r"(?:目前|当前|现在|如今)[\u4e00-\u9fff]{1,8}")


def counted_or_part(name: str) -> bool:
    """A count of projects, buildings or sites (``2个…项目``, ``12栋标准化厂房``, ``3处口袋公园``) or a
    part of a project's works (``主体工程``, ``大坝主体工程``, ``目前主厂房``): no project name."""
    return bool(_COUNTED.search(name)) or bool(_WORKS_PART.fullmatch(name)) \
        or bool(_PART_NOW.fullmatch(name)) \
        or bool(_OWNED_PART.fullmatch(name))


_GENERIC_TAIL = re.compile(r"(?:项目|工程)(?:[(（][^()（）]*[)）])?$")
_NOT_WORD = re.compile(r"[\W_]")


_TAIL_BOUNDARY = re.compile("(?:" + "|".join(map(re.escape, BOUNDARY_WORDS)) + ")$")
_TAIL_GENERIC = re.compile("(?:" + "|".join(map(re.escape, GENERIC_WORDS)) + ")$")


#: Branches of the economy a facility may be named after (``数字经济产业园``, ``光伏农业示范园``).
_ECONOMY_BRANCH = ("经济", "农业", "工业", "渔业", "牧业")


def _economy_core(core: str) -> bool:
    """A facility named after a branch of the economy (``数字经济产业园``, ``临空经济示范区``,
    ``光伏农业示范园``): the branch after a qualifier of its own is part of the name, not a class
    word."""
    return len(core) >= 4 and core.endswith(_ECONOMY_BRANCH) and not _weak_core(core[:-2])


#: A built thing a works upgrades (``蔬菜大棚提升``, ``通村道路提升``): what is built, not a class.
_BUILT_OBJECT = re.compile(r"(?:大棚|温室|道路|公路|桥梁|管网|厂房|冷库|仓库|校舍"
                           r"|码头|泵站|水渠|渠道|堤防|街区|市场|航道|河道|港口"
                           r"|防洪|排涝|供水|排水|管廊)$")  # (a city's flood defence, its water supply…)


def _product_supplied(core: str, n: int) -> bool:
    """True when ``配套`` ending ``core`` follows the product the works supply parts for, named in
    three characters or more (``小家电电机配套``, ``汽车零部件配套``): a supplier's plant; not a
    chain's firms in general (``上下游配套``, ``产业配套``)."""
    head = core[:-n]
    if core[-n:] != "配套" or head.endswith(("上下游", "上游", "下游", "产业链", "协作")):
        return False
    return len(_NOT_WORD.sub("", _BOUNDARY_RE.sub("", _GENERIC_RE.sub("", head)))) >= 3


def _object_upgraded(core: str, n: int) -> bool:
    """True when the verb ``提升`` ending ``core`` (its last ``n`` characters) follows a built thing
    named with a qualifier (``蔬菜大棚提升``) or a named scenic site (``某某山景区提升``): the works on
    that thing name a project."""
    head = core[:-n]
    if core[-n:] != "提升" or len(head) < 4:
        return False
    return _BUILT_OBJECT.search(head) is not None or _SITE_CORE.search(head) is not None


#: A process a plant runs (``甘蔗制糖``, ``白酒酿造``, ``铝冶炼``), before the upgrade of it (``技改``).
_PROCESS_END = re.compile(r"(?:制糖|造纸|冶炼|酿造|制药|纺织|铸造|锻造|轧制|加工|生产)$")


def _process_upgraded(core: str, n: int) -> bool:
    """True when ``技改`` ending ``core`` follows a named process (``甘蔗制糖技改``): the upgrade of
    that plant names a project (``企业技改``, ``工业技改`` stay classes)."""
    head = core[:-n]
    return core[-n:] == "技改" and len(head) >= 4 and _PROCESS_END.search(head) is not None


def _product_upgraded(core: str, n: int) -> bool:
    """True when ``技改`` ending ``core`` (its last ``n`` characters) follows a product of three or more
    characters, not a class word (``高精度铜箔技改``): one plant's upgrade, a project (``工业技改``,
    ``重点技改`` stay a class)."""
    if core[-n:] != "技改" or len(core) - n < 3:
        return False
    return len(_NOT_WORD.sub("", _BOUNDARY_RE.sub("", _GENERIC_RE.sub("", core[:-n])))) >= 3


#: A named scenic site ending a name's core (``某某景区游客接待中心``): the site the works serve, no class
#: (``全县景区…``, ``各景区…``); a named block of streets (``滨江夜经济街区``, not ``特色街区``) is works.
_SITE_CORE = re.compile(r"^(?![全各本该县市区重])[\u4e00-\u9fff]{2,10}(?:景区|旅游区|风景区)$"
                        r"|^(?![全各本该县市区重特])[\u4e00-\u9fff]{2,10}街区$")


def _store_works(text: str, left: int, m0: int) -> bool:
    """True for a core ending in ``储备`` after what a store holds or why (``天然气储备项目``): a storage
    works, no projects kept in reserve."""
    return m0 - left >= 3 and text.endswith("储备", left, m0) and text[m0 - 3] in _STORE_HOLDERS


def _named_pilot(core: str) -> bool:
    """True for a pilot named by what it shows (``算电协同示范项目``, ``氢能重卡应用示范项目``), not a
    class (``省级示范项目``)."""
    return core.endswith("示范") and len(_GENERIC_RE.sub("", core[:-2])) >= 3


def _weak_core(core: str) -> bool:
    """A name core ending in a verb or a class word (``推动项目``, ``上下游产业项目``) names no project."""
    if len(core) >= 8 or core.endswith(FACILITY) or _SITE_CORE.search(core):
        return False
    if core.endswith("\n"):  # ``$`` also matches before a final line end: ask the patterns
        for pat in (_TAIL_BOUNDARY, _TAIL_GENERIC):
            m = pat.search(core)
            if m and m.group() != "建设":
                return True
        return False
    # the leftmost match of ``(?:words)$`` is the longest word that ends the core
    for words, longest in ((_BOUNDARY_SET, _BOUNDARY_LONGEST), (_GENERIC_SET, _GENERIC_LONGEST)):
        for n in range(min(longest, len(core)), 0, -1):
            if core[-n:] in words:
                if core[-n:] != "建设" and not _object_upgraded(core, n) and not _process_upgraded(core, n) \
                        and not _product_upgraded(core, n) and not _product_supplied(core, n) \
                        and not _produce_packed(core, n):
                    return True
                break
    return False


#: Produce sorted, washed, dried or filled before ``包装`` (``绿橙分选包装``): packing, a works' trade.
_PRODUCE_PACKED = re.compile(r"[\u4e00-\u9fff]{2}(?:分选|分拣|清洗|烘干|冷藏|灌装|罐装)包装$")


def _produce_packed(core: str, n: int) -> bool:
    """True when the core ends on ``包装`` (its last ``n`` characters) after produce handled
    (``枸杞清洗包装``): the packing of a farm's goods names the works, no preparing of projects."""
    return n == 2 and _PRODUCE_PACKED.search(core) is not None


_BOUNDARY_SET = frozenset(BOUNDARY_WORDS)
_BOUNDARY_LONGEST = max(map(len, BOUNDARY_WORDS))
_GENERIC_SET = frozenset(GENERIC_WORDS)
_GENERIC_LONGEST = max(map(len, GENERIC_WORDS))


def _balanced(name: str) -> bool:
    return (name.count("(") + name.count("（") == name.count(")") + name.count("）")
            and name.count("“") == name.count("”") and name.count("「") == name.count("」")
            and name.count('"') % 2 == 0)


_QUOTES = "“”「」\""


def _unquote(name: str) -> str:
    """A name without the quotes around it; a quoted name before its suffix is the name
    (``在东湖建设“甲中心”项目`` → ``甲中心项目``, ``乙地“丙产业园”首期`` → ``丙产业园首期``)."""
    m = _QUOTED_NAME.search(name)
    if m:
        return m.group(1) + m.group(2)
    bare = name.strip(_QUOTES)
    # a quoted word opening the name and more after it (``“智改数转”技改项目``): the quotes stay a pair
    return name if not _balanced(bare) and _balanced(name) else bare


_QUOTED_NAME = re.compile(r"[“「]([^“”「」]{2,})[”」]((?:项目)?(?:[一二三四五六七八九十首]期)?)$")


#: A character a name cannot hold, or a parenthesis (which needs the scan below).
_NAME_BREAK = re.compile(r"[^\w·.“”「」\"()（）\-]|[()（）\u2460-\u249b]")


def _left_edge(text: str, end: int, floor: int) -> int:
    """Start of the run of name characters that ends at ``end`` (at most ``MAX_NAME`` long, not before
    ``floor``); a parenthesis opened before the run stops it, one closed inside it is kept."""
    lo = max(floor, end - MAX_NAME)
    m = _NAME_BREAK.search(text[lo:end][::-1])
    if m is None:
        return lo
    at = end - 1 - m.start()
    if text[at] not in ")）":
        return at + 1  # a stop, or a parenthesis opened before the run
    return _left_edge_scan(text, end, floor, at + 1)  # the run goes on before a closed parenthesis


def _left_edge_scan(text: str, end: int, floor: int, start: int | None = None) -> int:
    """:func:`_left_edge` character by character, from ``start`` (``end`` when None) with no
    parenthesis open."""
    i = end if start is None else start
    closed: list[int] = []  # where the parentheses closed in the run stand, the last one first
    while i > floor:
        c = text[i - 1]
        if c in ")）":
            closed.append(i - 1)
        elif c in "(（":
            if not closed:
                break
            closed.pop()
        elif c in _STOP_CHARS or not _NAME_CHARS.match(c):
            # a parenthesis closed in the run but opened before a stop closes something else (a
            # byline: ``本报讯（记者 某某）某县甲项目…``): the run starts after it
            return closed[0] + 1 if closed else i
        if end - i >= MAX_NAME:
            break
        i -= 1
    return i


#: A list item's number in brackets before a name (``（1）``, ``(12)``).
_ITEM_MARK = re.compile(r"[(（]\d{1,2}[)）]\s*")
#: A list item's number and a dot at the head of its line (``1.``, ``12．``), before a name.
_DOT_ITEM_MARK = re.compile(r"\d{1,2}[.．]\s*(?=[\u4e00-\u9fff])")
_JOIN_WORD = re.compile("和|及|与")
#: Suffixes of places: 和 right before one is part of the place's name (``太和县``).
_PLACE_SUFFIX_CHARS = frozenset("县区市镇乡村路街州旗")
_NAME_ENDINGS = ("项目", *(w for w in FACILITY if w not in _NOT_JOINING))


def _joined(text: str, start: int, end: int) -> re.Match | None:
    """``_JOINED.search(text, start, end)``: the first 和/及/与 right after a project or facility word
    (looking back before ``start`` too, as the pattern's lookbehind does)."""
    for m in _JOIN_WORD.finditer(text, start, end):
        if text.endswith(_NAME_ENDINGS, 0, m.start()) and not _APPROACH.match(text, m.end()) \
                and not _OWN_SUPPORT.match(text, m.end()):
            return m  # (not a works' own supporting works: ``某客运枢纽站及配套设施建设项目`` is one)
    return None


#: A bridge's own approach roads after 及/和 (``某大桥及连接线工程``, ``某大桥及引线工程``): one works.
_APPROACH = re.compile(r"(?:两岸)?(?:连接线|连接道|连接路|接线|引线|引道|引桥)")


#: A store's power right before the slash of its size (``20万千瓦/40万千瓦时``, ``100MW/200MWh``).
_STORE_POWER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?万?(?:千瓦|兆瓦|MW)\s*$")
#: An amount before ``/年`` opening a name (``7万吨/年甲项目``, ``30万套/年乙生产线``): the yearly capacity.
_YEARLY_AMOUNT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:万|千|亿)?"
                            r"(?:吨|立方米|套|台|辆|件|片|头|只|平方米)\s*$")
#: A store's size, its power over its energy (``20万千瓦/40万千瓦时``).
_STORE_PAIR = re.compile(r"\d+(?:\.\d+)?万?(?:千瓦|兆瓦|MW)\s*[/／]\s*\d+(?:\.\d+)?万?(?:千瓦时|兆瓦时|MWh)")
#: A zone named by its kind alone (``新区``, ``园区``, ``高新区``): the zone the page named before.
ZONE_ANAPHOR = re.compile(r"(?:工业园区|开发区|高新区|经开区|新区|园区)")
#: A phase named by its number alone (``三期项目``, ``二期工程``).
_BARE_PHASE = re.compile(r"[一二三四五六七八九]期(?:项目|工程)")
#: Resolves a zone's anaphor at a position to the zone's full name (``新区`` → ``某某新区``), and
#: ``期`` (a bare phase) to the short name of the one firm a feature is about.
#: ``期`` and a park's kind (``期产业园``) to the park whose phase the article named before it.
ZoneResolver = Callable[[str, int], "str | None"]


def _zone_named(name: str, s: int, zones: ZoneResolver | None) -> str | None:
    """A generic name opened by a zone's anaphor (``新区标准厂房``) with the zone's full name given
    earlier (``某某新区标准厂房``); None when there is no such zone or the name stays generic."""
    m = ZONE_ANAPHOR.match(name) if zones is not None else None
    if m is None or len(name) - m.end() < 2:
        return None
    full = zones(m.group(), s)
    if full is None:
        return None
    named = full + name[m.end():]
    return None if is_generic(named) else named


#: A facility whose kind opens on its sector (``物流港``, ``物流园``, ``物流中心``): ``现代`` before it
#: qualifies the sector (``现代物流``), no class of works.
_SECTOR_FACILITY = ("物流港", "物流园", "物流中心")


def _modern_sector(text: str, left: int, m0: int) -> bool:
    """True for ``某县现代物流港`` (name from ``left``, facility word at ``m0``): ``现代`` names the sector
    with the facility's own first word, and a place or a proper word stands before it (``全县现代物流园``,
    ``重点现代物流园`` stay classes)."""
    return text.endswith("现代", left, m0) and text.startswith(_SECTOR_FACILITY, m0) \
        and len(_NOT_WORD.sub("", _GENERIC_RE.sub("", text[left:m0 - 2]))) >= 1


#: A name opening on the land or floor the works take and ``的`` (``占地约120亩的``,
#: ``规划面积近3平方公里的``): a description, the name (if any) follows it.
_SIZE_OPENS = re.compile(r"(?:(?:占地|用地|规划|建筑|总)?面积|占地|用地)(?:面积)?(?:约|近|超|逾|达|超过)?"
                         r"\d+(?:\.\d+)?(?:万|千)?(?:余|多)?(?:亩|平方米|公顷|平方公里)(?:左右)?的")


#: Words opening with 化 that may follow a facility's name (``污水处理厂化验室``, ``…厂化工车间``).
_HUA_WORDS = ("化验", "化工", "化学", "化肥", "化妆", "化纤")


#: A park hosting a batch's event (``…园区举行2026年上半年项目集中投产活动``, ``…产业园举办重点项目集中
#: 签约仪式``): the venue, no works.
_HOSTS_BATCH = re.compile(r"区?(?:举行|举办)了?[^，,。；;]{0,16}?项目[^，,。；;]{0,4}?集中")


#: A works' type or model in brackets right before ``项目`` or ``工程`` (``（B型）项目``, ``(A区)工程``).
_TYPE_THEN_ITEM = re.compile(r"[(（][A-Za-z0-9\u4e00-\u9fff]{1,6}[)）](?:项目|工程)")


#: What closes a document's title right after ``项目`` inside book-title marks (``《…重点项目建设计划》``,
#: ``《…项目管理办法》``): the projects of a plan or a rule, no works of their own.
_TITLE_CLOSED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:计划|方案|规划|清单|名单|名录|办法|意见|通知"
                                 r"|细则|规定|目录|表|汇编|公告|公示)》")


#: A number naming one of several works (``7号``, ``12#``), at a name's head or right before ``、``.
_NUMBERED = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:号|#)")
_NUMBERED_BEFORE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:号|#)$")


def find_names(text: str, start: int, end: int, zones: ZoneResolver | None = None) -> list[NameSpan]:
    """Project names in ``text[start:end]`` (a sentence), in text order; ``zones`` resolves a zone
    named by its kind alone (``新区标准厂房``) to the zone's full name."""
    out: list[NameSpan] = []
    for m in NAME_END.finditer(text, start, end):
        m0, m1 = m.span()
        item = text.startswith("项目", m0)  # the suffix is 项目, not a facility word
        if item and text[m0 - 1:m0] in "等的个项":
            continue
        if item and text.startswith("区", m1):
            continue  # ``新建成的高标准农田项目区土地平整``: the land the works covers, a place, no name
        if item and text.endswith(("举行", "举办", "举行了", "举办了", "宣布"), start, m0):
            continue  # ``某园区举行项目签约仪式``, ``某州还举行了项目集中签约``: a ceremony of the projects
            # (``某负责人宣布项目开工``: the day's projects announced, no name)
        if not item and text.startswith(_PARKS, m0) and _STANDARD_PLANT_AFTER.match(text, m1, end):
            continue  # ``某产业园标准化厂房（二期）``: the park's factory buildings, one name with it
        if not item and _HOSTS_BATCH.match(text, m1, end):
            continue  # ``某物流园区举行上半年项目集中投产活动``: the park hosting the event, no works
        if not item and _TYPE_THEN_ITEM.match(text, m1, end):
            continue  # ``保税物流中心（B型）项目``: the works' type in brackets, then the name's end
        if (longer := NAME_END.match(text, m1, end)) is not None and not (
                item and longer.group().endswith("楼")
                and _BUILDING_PART_AFTER.match(text, longer.end(), end)) and not (
                item and longer.group() == "厂房" and _PLANT_STATE_AFTER.match(text, longer.end(), end)):
            continue  # a longer name goes on (``…大道二期工程``, ``…产业园项目``): found on its own
            # (not a building of the project and its works' state: ``甲项目门诊楼主体已完工`` names 甲项目,
            # ``甲项目厂房已经封顶`` too)
        if not item and (not text.startswith(_PARKS, m0) or text[m1 - 1] == "期") \
                and (go_on := _WORKS_GO_ON.match(text, m1, end)) \
                and not _BOUNDARY_RE.search(text, m1, go_on.end() - 2):
            continue  # ``…电厂三期扩能改造项目``: the facility's works go on to the name's end
        if not item and text.startswith("化", m1) and not text.startswith(_HUA_WORDS, m1):
            continue  # ``工厂化循环水养殖车间``: the facility word opens a word going on (…化), no name's end
        if item and _VERB_ON.search(text, max(start, m0 - 2), m0):
            continue  # ``拓宽项目融资渠道``, ``资金跟着项目走``: projects in general, the object of a verb
        if item and _TOLD_ON.search(text, max(start, m0 - 4), m0):
            continue  # ``请某局长介绍项目建设情况``, ``用于新项目建设``: projects in general, no name
        if item and _COUNT_AFTER.match(text, m1, end):
            continue  # ``新能源项目8个``: a class of projects counted in a batch
        if not item and _FIRMS_COUNT_AFTER.match(text, m1, end):
            continue  # ``新增省级智能制造示范工厂3家``: firms of a kind counted, no works
        if item and _TITLE_CLOSED_AFTER.match(text, m1, end) \
                and text.rfind("《", start, m0) > text.rfind("》", start, m0):
            continue  # ``《某县2026年度重点项目建设计划》``: a document's title, no works
        if item and _TEAM_AFTER.match(text, m1, end):
            continue  # ``公司将尽快组建项目团队``: the team of a project, no name
        if item and _PROGRESS_TALK_AFTER.match(text, m1, end):
            continue  # ``在全市项目推进会上``, ``项目储备不足``: projects at large, no name
        if not item and _QUALIFICATION_AFTER.match(text, m1, end):
            continue  # ``投标人须具备建筑工程施工总承包三级资质``: a bidder's qualification, no works
        if item and _PROJECT_NOUN_AFTER.match(text, m1, end):
            continue  # ``备案仅表明项目信息已告知…``: the project's particulars, no name
        if not item and _FIRM_SPEAKS_AFTER.match(text, m1, end):
            continue  # ``某某海事工程负责人表示``: a firm whose name ends in a works word, speaking
        if _ZONE_OF_PROJECTS_AFTER.match(text, m1, end):
            continue  # ``毗邻某海上风电项目集中区``: an area of such projects, a place
        if _SECTORS_AFTER.match(text, m1, end) or (not item and _PARK_PLANS_AFTER.match(text, m1, end)):
            continue  # ``围绕甲、海洋工程和临港物流招商``: sectors sought; ``某产业园将围绕…``: the park
        if item and _FIELDS_AFTER.match(text, m1, end):
            continue  # ``加工、物流、康养项目各有涉及``: the fields of a batch, no project
        if item and _CLASS_DONE_AFTER.match(text, m1, end):
            continue  # ``全市新能源项目完成投资…,同比增长…``: a class of projects and its year's work
        if item and _SHARE_AFTER.match(text, m1, end):
            continue  # ``新能源装备和海工装备项目占比超六成``: a class of projects and its share
        if item and (_SET_COUNTED_AFTER.match(text, m1, end) or _OFFICE_AFTER.match(text, m1, end)
                     or _DUTY_AFTER.match(text, m1, end)):
            continue  # ``入选项目中，新开工5个``, ``重点项目科负责人``, ``压实项目建设主体责任``: no project
        if _MORE_AFTER.match(text, m1, end):
            continue  # ``上下游配套项目明显增多``: a class of projects growing in number, no one project
        if (ev := _EVENT_AFTER.match(text, m1, end)) \
                and not ((item or text[m1 - 1] == "期" or not text.startswith(_PARKS, m0))
                         and own_ceremony(text, m0, ev.group())):
            continue  # ``…项目集中签约仪式``: the name of a ceremony, not of a project (a phase's or a
            # plant's own, ``甲产业园一期开工仪式``, ``乙储能电站开工仪式``, names it)
        if not item and _PARTY_AFTER.match(text, m1, end):
            continue  # ``某区某工业园与甲公司等3家企业集中签约``: a party to the signing, no project
        if not item and _SIGNS_AFTER.match(text, m1, end) \
                and _WITH_PARTY.search(text, max(start, m0 - 24), m0):
            continue  # ``甲公司与我县某工业园区签订投资协议``: the other party to the signing, no project
        if not item and _HOST_AFTER.match(text, m1, end):
            continue  # ``某产业园内的甲公司…项目``, ``某产业园举行项目签约仪式``: the park hosts, no project
        if _SERVED_NEXT.match(text, m1, end):
            continue  # ``甲基地配套的乙项目``: the base the project named next serves
        left = _left_edge(text, m0, start)
        if left > start and text[left - 1] in "/／" \
                and (power := _STORE_POWER.search(text, max(start, left - 14), left - 1)) is not None \
                and _STORE_PAIR.match(text, power.start(), m0) is not None:
            left = power.start()  # 20万千瓦/40万千瓦时储能电站: a store named by its power and energy
        elif left > start and text[left - 1] in "/／" and text.startswith("年", left) \
                and (rate := _YEARLY_AMOUNT.search(text, max(start, left - 12), left - 1)) is not None:
            left = rate.start()  # 7万吨/年乙项目: a plant named by its yearly capacity written as a rate
        while left > start and text[left - 1] == "、" and _NUMBERED.match(text, left) \
                and (pair := _NUMBERED_BEFORE.search(text, max(start, left - 8), left - 1)) is not None:
            # 某港区7号、8号泊位工程: works named by their numbers in a row, one name with the place before
            left = _left_edge(text, pair.start(), start)
        if out and out[-1].end > left:
            left = out[-1].end  # after a name joined by 和/及/与
            while left < m0 and text[left] in "和及与、":
                left += 1
        if item and m0 - left == 2 and out and _PHASE_ONLY.fullmatch(text, left, m0) \
                and _PHASE_END.search(out[-1].name):
            # 甲项目一期已投产,二期项目计划开工: the next phase of the project just named
            base = _PHASE_END.sub("", out[-1].name)
            out.append(NameSpan(left, m1, base + text[left:m0]))
            continue
        if text.startswith(("项目", "工程"), m0) and (kp := _KIND_PHASE.fullmatch(text, left, m0)) \
                and (base := _phase_base(out[-1].name, kp.group("kind")) if out
                     else (zones("期" + kp.group("kind"), left) or "") if zones is not None else ""):
            # 甲产业园一期工程建成投产。产业园二期工程计划…: the park's next phase, named by its kind
            out.append(NameSpan(left, m1, base + text[kp.start("phase"):m1]))
            continue
        if m0 - left < (3 if item else 2) \
                and not (item and zones is not None and _BARE_PHASE.fullmatch(text, left, m1)):
            continue  # too short already (cutting only shortens it); a feature's bare phase is named below
        left = _cut_left(text, left, m0)
        if (size := _SIZE_OPENS.match(text, left, m0)) is not None:
            left = size.end()  # ``占地约120亩的通用机场``: the works described by their land, then their kind
        if (venue := _EVENT_AT.search(text, left, m0)) is not None and m0 - venue.end() >= 3:
            left = venue.end()  # ``开工仪式在甲项目现场举行``: the name begins after the ceremony's 在
        if (hall := _VENUE_HEAD.match(text, left, m0)) is not None and m0 - hall.end() >= 3:
            left = hall.end()  # ``图为主会场甲公司乙项目施工现场``: the venue a ceremony's site is, no name
        if text[left] in "(（":
            mark = _ITEM_MARK.match(text, left, m0)
            if mark:
                left = mark.end()  # ``（1）某公司甲项目``: the number of a list's item
        elif text[left].isdigit() and (mark := _DOT_ITEM_MARK.match(text, left, m0)) is not None:
            left = mark.end()  # ``1.某公司甲项目``: the number of a list's item, a dot after it
        elif text[left] in "·•" and (left == 0 or text[left - 1] == "\n") and m0 - left > 2:
            left += 1  # ``·某县某公路建成通车``: the middle dot opening a brief, no part of the name
        if _VISITED.search(text, left, m0):
            continue  # ``深入工业园区、乡镇一线``: a kind of place visited, no project
        if not item and _VISITED.search(text, max(start, left - 3), left) and text[m1:m1 + 1] in ",，":
            continue  # ``走进某经开区某产业园，甲项目…``: where the reporter stands, no project
        if not item and _FLOOR_HANDED.search(text, left, m1):
            continue  # ``向企业移交代建厂房46万平方米``: factory floor built or handed over, no project
        if not item and text.endswith("厂房", m0, m1) and _FLOOR_HELD.search(text, left, m1):
            continue  # ``租下园区8000平方米标准化厂房``, ``比自建厂房``: floor a firm rents or has
        if not item and _ROLE_OF_PLACE.match(text, m1, end):
            continue  # ``把某县建成某某能源基地的重要支点``: the whole the place serves, no works
        if item and m0 - left <= 6 and _POINT_HEAD.search(text, max(start, left - 2), left) \
                and _POINT_TAIL.match(text, m1, end + 1) and not any(c.isdigit() for c in text[left:m0]):
            continue  # ``一是能源化工项目接续落地。``: the kind of projects a point of a speech tells of
        if text.startswith("项目", m0) and _BY_PROJECT.search(text, left, m0):
            continue  # ``园区按项目实际投资额给予奖励``: projects in general, no name
        if not item and _PLACES_AFTER.match(text, m1, end) \
                and _VISITED_BEFORE.search(text, max(start, left - 40), left):
            continue  # ``先后走进甲工业园区、乙湿地公园等地``: the stops of a tour, no projects
        if not item and text[left - 1:left] == "、" \
                and _VISITED_LIST.search(text, max(start, left - 44), left):
            continue  # ``先后来到甲工业园区、乙食品产业园，察看…``: the next stop of a tour, no project
        if text.startswith("配套", left) and left > start and text[left - 1] in "及和与、并":
            continue  # ``新建甲车间、乙罐区及配套公用工程``: the supporting works of what is built
        if text.startswith(_PERMIT_AFTER, m1):
            continue  # ``取得建筑工程施工许可证``: the name of a permit, no works
        if not item and text.startswith(_PARKS, m0) and _PARK_UTILITY_AFTER.match(text, m1, end):
            continue  # ``完成某某产业园供水管网改造``: the park where its pipes are laid, a site
        if text.endswith(("：", ":"), max(start, left - 6), left) \
                and _SITE_FIELD.search(text, max(start, left - 12), left):
            continue  # ``3、建设地点：某省某市某工业园``: the card's site, a place, no works of its own
        if text.find("主要", max(start, left - 40), left) >= 0 \
                and _MAIN_CONTENTS_BEFORE.search(text, max(start, left - 72), left):
            continue  # ``项目一期主要建设甲车间及乙中心``: what the works holds, no works of its own
        name = _unquote(text[left:m1])
        if text[left - 1:left] == "的" and (origin := _CAPITAL_ORIGIN.match(name)) is not None \
                and len(name) - origin.end() >= 4:
            # ``位于某经济区的澳资甲项目正加紧建设``: the capital's origin describes the works told after
            # a site, the rest is its name
            left, name = left + origin.end(), name[origin.end():]
        if not item and _STATIONS_COUNT_AFTER.match(text, m1, end):
            continue  # ``独立储能电站有31座``: a place's stock of stations, no works
        if _STOCK_OF_PLACE_BEFORE.search(text, max(start, left - 12), left):
            continue  # ``全县已建成村级光伏帮扶电站…``: the whole place's stock, no works
        if item and industry_only(name[:-2]) and (_TOGETHER_AFTER.match(text, m1, end)
                                                 or _DUTY_BEFORE.search(text, max(start, left - 2), left)):
            continue  # ``新能源项目集中投产``, ``抓好新能源项目并网投产``: a sector's projects
        if name[0] in "该这此" and _THIS_FACILITY.fullmatch(name) \
                or text[left - 1:left] == "这" and _THIS_FACILITY.fullmatch(text, left - 1, m1):
            continue  # ``这条生产线投资…``: the works just told of, taken up again, no name
        if _GOODS_SENT.match(name):
            continue  # ``所产绿氢将通过管道输送至工业园区``, ``产品主要供应风光基地``: where goods go
        cls = _SERVED_CLASS.fullmatch(name)
        if cls is not None and (industry_only(cls.group(1)) or _POWER_KIND.fullmatch(cls.group(1))) \
                and _SERVES_AFTER.match(text, m1, end):
            continue  # ``可为周边约150万千瓦新能源项目提供调峰服务``: the projects a station serves, a class
        if text[max(start, left - 2):left] in _THIS_WORDS and name[:1] not in _LEVEL_AFTER_THIS \
                and not any(ch.isdigit() for ch in name):
            continue  # ``标志着这一沙戈荒大型风光基地项目…``: the works just told, described again
        if text[left - 1:left] == "的" and _OF_THIS_WORKS.search(text, max(start, left - 6), left):
            continue  # ``这个项目的钢结构厂房…``: a part of the works just told of, no works of its own
        if item and _PROCESSING_ALONE.fullmatch(name) \
                and (cap := _CAPACITY_OF_IT.search(text, max(start, left - 24), left)) is not None:
            # 年加工小龙虾5万吨的精深加工项目: the product is named in the capacity before
            left, name = cap.start(), text[cap.start():m1]
        if zones is not None and _BARE_PHASE.fullmatch(name):
            owner = zones("期", left)  # a feature's one firm: its 三期项目 is 某某三期项目
            if owner:
                out.append(NameSpan(left, m1, owner + name))
            continue
        if not item and m1 < end and text[m1] in "、和及与" and (verb := next(
                (v for v in _BUILD_VERBS if text.startswith(v, left)), None)) is not None \
                and m0 - left - len(verb) <= 3:
            continue  # ``建设门诊楼、医技综合楼和住院楼``: the first of the parts a works builds, no name
        if text.startswith("、", m1) and _FACTORS_AFTER.match(text, m1 + 1):
            continue  # ``发布了某产业园厂房、用地、能源价格等要素清单``: a factor offered to firms, no works
        if _TALKED_OVER.match(text, m1) and _ABOUT_OPENS.search(text, max(start, left - 30), left):
            continue  # ``与3家企业就甲生产线、乙填料等项目进行了深入洽谈``: kinds talked over, no works
        if _TALKS_AFTER.match(text, m1) \
                and (about := _ABOUT_OPENS.search(text, max(start, left - 30), left)) is not None \
                and text.find("、", about.start(), m0) >= 0 and not _DIGIT.search(text, about.start(), m1):
            continue  # ``与两家企业就光伏支架、逆变器配套项目进行洽谈``: the last of kinds talked over
        if not item and phase_contents_last(text, start, left):
            continue  # ``一期建设甲装配、乙和丙生产线``: the last of the lines a phase builds, no works
        if not item and text.endswith(("生产线", "产线"), m0, m1) and lines_listed_last(text, start, left):
            continue  # ``新上面粉、挂面和速冻面点生产线``: the last of the lines a works adds, no works
        if m0 - left <= 3 and not text.endswith(("园", "园区"), m0, m1) \
                and listed_kind(text, start, left, m1):
            continue  # ``涵盖水电、风电和输变电工程``, ``建设民宿、研学基地和游客中心``: a kind, a part
        if not item and m0 - left <= 4 and text.endswith(("工程", "项目"), max(start, left - 2), left):
            continue  # ``某景区提质扩容工程游客集散中心完成封顶``: a part of the works just named, no works
        if not item and m0 - left >= 2 and text[m0 - 1] == "在" and text.startswith(("里", "内"), m1):
            continue  # ``不少家长带着孩子在基地里体验…``: where people do something, no name
        if not item and text.endswith(_FIRMS_ONLY, m0, m1) \
                and not _FIRM_BUILT.search(text, max(start, left - 36), left) \
                and not _CARD_NAMED.search(text, max(start, left - 10), left):
            continue  # ``建设中央厨房、冷链仓储中心和…``: a part of the works told, no works
        if not item and text.endswith(_BUILT_ONLY, m0, m1) \
                and not _FIRM_BUILT.search(text, max(start, left - 36), left) \
                and not (_BEING_BUILT_BEFORE.search(text, max(start, left - 6), left)
                         and _SUM_AFTER.match(text, m1, end)) \
                and not (_SUM_OF_BEFORE.search(text, max(start, left - 16), left)
                         and _BUILDING_AFTER.match(text, m1, end)) \
                and not _CARD_NAMED.search(text, max(start, left - 10), left):
            continue  # ``五轴数控加工中心``, ``建设展示中心和仓库``: a machine or a part, no works
        if text.endswith(_BRIDGES, m0, m1) and (not _BRIDGE_AFTER.match(text, m1, end)
                                                or _LINE_BEFORE_BRIDGE.search(text, max(start, m0 - 16), m0)):
            continue  # ``某特大桥正在进行桩基施工``, ``控制性工程——某特大桥主跨合龙``: a part of a line
        if text.endswith("铁路", m0, m1) and _CARRIED_BY_RAIL.search(name):
            continue  # ``…钾肥经铁路运抵``, ``今年经中老铁路进口货物…``: the route goods came by, no works
        if not item and text[max(start, left - 2):left] == "建有" and m1 < end and text[m1] in "、和及与":
            continue  # ``建有电商直播基地、海外仓…``: the first of the parts a park holds, no works
        if not item and text.endswith(_BORDER_WORKS, m0, m1) \
                and not _BORDER_BUILT_BEFORE.search(text, max(start, left - 30), left) \
                and not _BORDER_TOLD_AFTER.match(text, m1, end) \
                and not _CARD_NAMED.search(text, max(start, left - 10), left):
            continue  # ``农产品加工园``, ``国家物流枢纽``: a zone or a title, no works told
        if not item and text.endswith(_OCEAN_WORKS, m0, m1) and not _OPENED_AFTER.match(text, m1, end) \
                and not _SUM_BUILT_BEFORE.search(text, max(start, left - 40), left) \
                and not _CARD_NAMED.search(text, max(start, left - 10), left):
            continue  # ``园区海水淡化设施``, ``在邮轮码头登船``: a place, no works told
        if not item and text.endswith(_DATA_WORKS, m0, m1) \
                and (text.endswith("大数据中心", max(start, m0 - 2), m1)
                     or not _DATA_BUILT_BEFORE.search(text, max(start, left - 30), left)
                     and not _DATA_TOLD_AFTER.match(text, m1, end)) \
                and not _CARD_NAMED.search(text, max(start, left - 10), left):
            continue  # ``某市大数据中心``, ``在用数据中心39个``: an office or a count, no works told
        if not item and text.endswith(_OPENED_ONLY, m0, m1) and not _OPENED_AFTER.match(text, m1, end) \
                and not _CARD_NAMED.search(text, max(start, left - 10), left):
            continue  # ``在某酒店举行``, ``县体育馆``: a venue or a place, no works told
        if not item and (text.endswith(_OPENED_ONLY, m0, m1) or text.startswith("——", m1)) \
                and _FIRST_OF_KIND.search(name):
            continue  # ``某县首个城市商业综合体——甲购物中心``: a description, the name follows or is told
        if not item and _GAP_AFTER.match(text, m1, end):
            continue  # ``填补了某县大型商业综合体的空白``: a kind of works missing, no name
        if not item and _BEST_OF_KIND.search(name):
            continue  # ``是某市营业面积最大的商业综合体``: the works ranked among their kind, no name
        if _KINDS_LISTED_LINE.search(name):
            continue  # ``建设电子水泵、热管理集成模块等生产线``: the kinds of lines a works holds, no name
        if _CAPITAL_ORIGIN.match(name):
            continue  # ``韩资车载显示工厂投产``: the works told by its capital's origin, no name
        if not item and _NEAR_TO.search(name):
            continue  # ``园区紧邻高速公路出口``: a road or a port a site lies by, no works told
        if not item and _SIZE_CLASS_ONLY.fullmatch(name):
            continue  # ``这座建设了三年多的中型水库``: the works just told, by their size class, no name
        if not item and text.endswith("服务", max(start, left - 2), left) and text.startswith("的", m1):
            continue  # ``主要服务某产业园的原料和产品运输``: the park a works serves, no works told
        if not item and text.endswith(_PARK_KINDS, m0, m1) and _PARK_PEOPLE_AFTER.match(text, m1, end):
            continue  # ``有色金属产业园的企业可以就近装船``: the park its firms are in, a place
        if not item and text[left - 1:left] == "向" and _SUPPLIED_AFTER.match(text, m1, end):
            continue  # ``届时将正式向县城水厂供水``: the plant supplied, no works told
        if not item and text[left - 1:left] == "与" and _JOINED_AFTER.match(text, m1, end):
            continue  # ``与广东省规划建设的高速公路相接``: the line met at an end, a landmark, no works
        if _DOCUMENT_AFTER.match(text, m1) and _ISSUED.search(text, max(start, m0 - 16), m1):
            continue  # ``某县印发2026年重点项目计划``: a list of works issued as a document, no works
        if _DATE_OPENS.match(name):
            continue  # ``力争明年6月第一条生产线投产``: the date of a plan, no name
        if "期" in name and _SEASON_OPENS.match(name):
            continue  # ``汛期送出通道运行平稳``: the season of a state, no name
        if not item and CAPACITY_RE.match(name) and not (
                text.endswith("项目", m0, m1) and _LENT_FOR.search(text, max(start, left - 30), left)) \
                and not (
                text.endswith(("生产线", "产线"), m0, m1)
                and (_FIRM_BUILT.search(text, max(start, left - 36), left)
                     or _LINE_EVENT_AFTER.match(text, m1) and not text.endswith(_BUILD_VERBS, start, left))) \
                and not (text.endswith(_PLANT_NAMED_BY_POWER, m0, m1) and text[left - 1:left] == "的"
                         and not text.endswith(_BUILD_VERBS, start, left - 1)) \
                and not (_FIRMS_OWN_PLANT.search(text, max(start, left - 4), left)
                         and _PHASE_EVENT_AFTER.match(text, m1)):
            continue  # ``建成年产5万吨…生产线``: what a project contains, not a project
            # (``某公司投资2.8亿元建设的年产1万吨…生产线``: a line a firm invests in is its project;
            # ``某市的60万千瓦农光互补光伏电站``: a place's plant named by its power is one)
        if not item and _BUILT_SIZED.match(text, m1) and (any(v in name for v in _BUILD_VERBS)
                                                          or text.endswith(_BUILD_VERBS, start, left)):
            continue  # ``新建标准化脆李基地1.5万亩``: a part a project builds, sized, no project
        if not item and text.endswith("养殖场", m0, m1) \
                and not _LIVESTOCK.search(text, max(left, m0 - 6), m0):
            continue  # ``首批产品已发往周边养殖场``: farms as customers, no named estate
        if not item and text.endswith(_FRESH_STORES, m0, m1) and _STORE_SIZED.match(text, m1, end):
            continue  # ``建有…和冷藏保鲜库8000立方米``: a store a base holds, sized, no works of its own
        if not item and _equipped_part(text, start, left, m1, end):
            continue  # ``配套新型储能电站200MW/400MWh``: a plant the project told is equipped with
        if not item and out and _BARE_LINE.fullmatch(text, left, m1) and _LINE_FITTED.match(text, m1, end):
            continue  # ``在甲项目现场，…，压铸生产线正在安装调试``: the lines of the project named before
        if not item and out and m1 - left <= 4 and _SIZE_AFTER.match(text, m1, end):
            continue  # ``甲种植及分拣中心项目…，种植基地面积3000亩``: a part of the project named before
        if not item and _KIND_COUNTED_AFTER.match(text, m1, end):
            continue  # ``到2025年新建跨省市合作园区2个``: a kind of works counted, no project
        if not item and _DESCRIBED_AS.search(text, max(start, left - 14), left):
            continue  # ``某县是全国重要的水电基地``: what a place is, no project
        if item and m0 - left <= 6 and text[left - 1:left] == "的" \
                and _RANKED_CLASS.search(text, max(start, left - 24), left):
            continue  # ``是某县今年引进的投资规模最大的电子信息项目``: a class and a rank, no name
        if not item and text.endswith(_PARK_KINDS, left, m1) and _SCENE_INSIDE_AFTER.match(text, m1, end) \
                and _SCENE_AT.search(text, max(start, left - 10), left):
            continue  # ``在不远处的某产业园，甲公司的车间里…``: where a scene is told, no project
        if not item and _BARE_PLANT_KIND.fullmatch(text, left + (text[left] in "“\"‘"), m1):
            continue  # ``光热电站自带储能``, ``光伏电站装机规模``: a kind of plant, no name
        if not item and text.endswith(_PARK_KINDS, left, m1) and _PARK_FIGURES_AFTER.match(text, m1, end):
            continue  # ``纺织服装产业园新增就业8600人``: a park as the subject of its figures
        if item and _AID_CLASS.search(text, left, m1):
            continue  # ``该项目是某省援疆招商引资项目``, ``某省援藏项目——甲厂``: a programme's label, no name
        if item and _KEY_CLASS.fullmatch(text, left, m1) \
                and _COPULA_BEFORE.search(text, max(start, left - 20), left):
            continue  # ``是某省援疆招商引资的重点能源项目``: the class the works just told of belong to
        if not item and text.startswith("里", m1) and text.endswith(("厂房", "车间"), m0, m1):
            continue  # ``某公司的新厂房里，…``: where a scene is told, no project
        if item and m0 - left <= 5 and text.startswith("的", m1) \
                and _STATE_CLASS_BEFORE.search(text, max(start, left - 3), left):
            continue  # ``已建成数据中心项目的平均PUE值``: the projects of a kind in a state, a class
        if not item and name.endswith(("生产线", "产线")) and not _DIGIT.search(name) \
                and _BROUGHT_IN.search(text, max(start, left - 4), left):
            continue  # ``该项目…，引进德国连续平压生产线，可带动就业…``: equipment the works bring in
        if not item and text.endswith(_PARK_KINDS, left, m1) and _PARK_SCENE_AFTER.match(text, m1, end):
            continue  # ``…一墙之隔的某数据产业园里，甲项目也已完成…``: the park a scene is set in
        if not item and _ADDED_KIND.fullmatch(name):
            continue  # ``新增生产线4条``, ``新建4条…生产线``: what a plant adds, a kind and its count
        if not item and name.endswith(_LINE_OR_SHOP) and _KIND_COUNT_AFTER.match(text, m1) \
                and (_EQUIPPED.match(name) or _EQUIPPED.search(text, max(start, left - 3), left)):
            continue  # ``建有全自动粉丝生产线3条``: the lines a plant has or adds, counted, no project
        if not item and name.endswith("楼") and _BUILDING_PART_AFTER.match(text, m1, end):
            continue  # ``门诊医技楼、住院楼外立面已基本完成``: buildings of a project and their state
        if not item and name.startswith(_BUILD_VERBS) and _CONTENTS_AFTER.match(text, m1, end):
            continue  # ``将新建露营基地、研学中心等业态``: what a project will hold, no project
        if not item and _told_works_build(text, start, left, name):
            continue  # ``…项目投资4.8亿元,将建成甲作坊、乙中心和丙基地``: what the project told will hold
        if text.find("一", start, m1) >= 0 and _batch_kind(text, start, left):
            continue  # ``一批智算中心和大模型应用项目落地``: the kinds of a batch's works, no name
        if not item and _PHASE_LINE.fullmatch(name):
            continue  # ``一期5GW生产线已全线贯通``: a phase of the project the story is about
        if not item and _PHASE_BUILD_KIND.fullmatch(name) \
                and _SAID_TO_BE.search(text, max(start, left - 32), left):
            continue  # ``该项目是企业在原厂区基础上实施的二期扩建工程``: the project just told, told again
        if m0 - left < (3 if item else 2) or (_NOT_A_NAME_BEFORE.search(text, max(start, left - 6), left)
                                              and not (item and _invested_build(text, start, left))
                                              and not (item and _LENT_FOR.search(text, max(start, left - 30),
                                                                                 left))
                                              and not _site_of_event(text, m0, m1)
                                              and not venue_at_site(text, start, left, m0, m1)
                                              and not _scene_at_site(text, start, left, m1)
                                              and not _work_at_site(text, left, m0, m1)) \
                or (_weak_core(text[left:m0]) and (item or not _economy_core(text[left:m0]))
                    and not _modern_sector(text, left, m0) and not _store_works(text, left, m0)
                    and not _named_pilot(text[left:m0])
                    # (a centre told opened, named for innovation: ``某县中药创新研发中心建成投用``;
                    # ``新`` there is no class word as in ``新项目``)
                    and not (text.endswith("创新", left, m0) and text.endswith(_OPENED_ONLY, m0, m1))
                    # (a road named by its two ends, a station named by its place: ``甲至乙快速路``,
                    # ``某站新站房``; their core is places by nature)
                    and not (not item and text[m0:m1] in (*_ROUTES, "站房", "新站", "枢纽站", "客运站")
                             and (text.find("至", left, m0) >= 0 or text[m0:m1] not in _ROUTES))
                    and not (not item and _small_firm_park_told(text, m0, m1))
                    # (an irrigation district named by its river or town: ``某江灌区工程``; its core is a
                    # place by nature)
                    and not (m0 - left >= 4 and text.endswith("灌区", left, m0)
                             and not _IRRIGATION_CLASS.search(text, left, m0))):
            continue
        if name.startswith(_SOME_OF):
            continue  # ``多个港澳资项目相继落地``: projects counted vaguely, no one project
        if item and _ONE_AFTER_ANOTHER.match(text, m1, end) and _trades_only(text[left:m0]):
            continue  # ``新材料项目接连落地``: projects of a trade coming one after another, a class
        if item and name.endswith(_BRINGS, 0, len(name) - 2):
            continue  # ``港商带着项目来``: projects brought along, a way of speaking
        if text[left - 1:left] in "个座处所的" and _ONE_OF_A_KIND.search(text, max(start, left - 24), left) \
                and not _SIZED_NAME.match(text, left):
            continue  # ``建成一个面向青年的创业孵化基地``: a thing of a kind planned, unnamed
            # (one named by its yearly output is a project: ``另一个引人关注的年产30万件某项目``)
        if not item and text.startswith("标准", m1) and not text.startswith(("标准厂房", "标准化"), m1):
            continue  # ``采用双向四车道高速公路标准建设``: the standard a works is built to, no works
        if not item and _FIRM_NAME_AFTER.match(text, m1, end):
            continue  # ``由某某铁路投资有限公司投资建设``: a firm named after its trade, no works
        if _ROUTE_END.search(text, max(start, left - 2), m0) or (
                not item and text.endswith("互通", m0, m1) and text.startswith("的", m1)):
            continue  # ``该工程上起某水电站坝下``, ``甲至某高速某互通的乙工程``: where a route ends
        if _LINKED_BEFORE.search(text, max(start, left - 16), left):
            continue  # ``将串联起沿线5个镇的茶园和产业园区``: places a road links, no works
        if not item and text[m0:m1] in _ROUTES and text.find("至", left, m0) < 0:
            continue  # ``与沿江快速路相连``: a road of the network, no works named by its ends
        if (another := _ANOTHER_OF_KIND.search(text, left, m0)) is not None \
                and not _IS_NAMED.search(text, another.end(), m0):
            continue  # ``某地又一条出山大通道即将成形``: one more of a kind, a description, no name
        if item and _DRAWS_SECTORS.search(text, max(start, left - 48), left):
            continue  # ``重点吸引现代服务业、…和特色农业项目``: sectors sought, a class
        if _SPENT_AFTER_NAME.match(text, m1) and (head := _PLACE_HEAD.match(name)) is not None \
                and is_generic(name[head.end():]):
            continue  # ``某区文旅项目完成投资6.3亿元``: a place's projects of a sector, their spending
        if is_generic(name):
            name = _zone_named(name, left, zones) or ""
            if not name:
                continue
        if name.endswith(("控制性工程", "关键性工程")) and _LINE_WORKS_END.search(name, 0, len(name) - 5):
            m1 -= 5  # 某高速公路控制性工程——某特大桥主跨合龙: the road, whose key works the clause tells
            name = text[left:m1]
        if name.endswith(("等工程", "等项目")):
            continue  # ``重点推进甲、乙和农村公路提质改造等工程建设``: a list's tail, a class, no name
        joined = _joined(text, left, m0)
        if joined and joined.start() - left >= 3:
            out.append(NameSpan(left, joined.start(), text[left:joined.start()]))
            left = joined.end()
            name = text[left:m1]
        out.append(NameSpan(left, m1, name))
    if out and text.find("流域", start, end) >= 0:
        out.extend(_basins_before(text, start, out))
    if text.find("等", start, end) >= 0:
        out.extend(_listed(text, start, end, out, zones))
        if text.find("随着", start, end) >= 0:
            out = [n for n in out if not _background(text, start, end, n)]
    if text.find("年", start, end) >= 0:
        out.extend(_capacity_items(text, start, end, out))
    if text.find("总部", start, end) >= 0 \
            or (text.find("中心", start, end) >= 0 and _CENTRE.search(text, start, end)):
        out = _headquarters(text, start, end, out)
    if zones is not None and (text.find("小镇", start, end) >= 0 or text.find("乐园", start, end) >= 0):
        out.extend(_bare_kind_phases(text, start, end, out, zones))
    if any("和" in n.name for n in out):
        out = [p for n in out for p in _two_works_joined(n)]
    if len(out) > 1:
        out.sort(key=_START)
    return out


#: Two works named one after the other with ``和``, the first ending on its kind of facility, the
#: second on ``项目``/``工程`` (``洽谈建设某某数据训练中心和某某设计总部项目``): two names.
_TWO_WORKS = re.compile(r"(?P<a>[\u4e00-\u9fff]{4,20}?(?:中心|基地|产业园|工厂|医院|学校|电站))和"
                        r"(?P<b>[\u4e00-\u9fff]{4,20}?(?:项目|工程))")


def _two_works_joined(n: NameSpan) -> list[NameSpan]:
    """``n`` cut into the two works it joins with ``和`` (see :data:`_TWO_WORKS`), else ``n`` alone."""
    m = _TWO_WORKS.fullmatch(n.name)
    if m is None:
        return [n]
    a_end = n.start + m.end("a")
    return [NameSpan(n.start, a_end, m.group("a"), n.listed),
            NameSpan(a_end + 1, n.end, m.group("b"), n.listed)]


#: How the name of a road, a railway or another works of a line ends, before the words naming its
#: key works (``某某高速公路控制性工程``, ``某快速路控制性工程``).
_LINE_WORKS_END = re.compile(r"(?:公路|铁路|快速路|高速|轨道交通|线|大道|通道|工程|项目)$")


#: A leisure town or park named by its kind alone with a later phase and no works word after it
#: (``小镇二期计划今年5月开工``), opening its clause.
_BARE_KIND_PHASE = re.compile(r"(?P<kind>小镇|乐园)(?P<phase>[二三四五六七八九十]期)"
                              r"(?![\u4e00-\u9fff]{0,6}?(?:项目|工程))")
_CLAUSE_OPENS = frozenset("，,。；;：:“\"\n")


def _bare_kind_phases(text: str, start: int, end: int, found: list[NameSpan],
                      zones: ZoneResolver) -> list[NameSpan]:
    """The later phase of a town or park whose phase the article named before in full
    (``某某冰雪运动小镇一期开板迎客…小镇二期计划今年5月开工`` → ``某某冰雪运动小镇二期``)."""
    out: list[NameSpan] = []
    for m in _BARE_KIND_PHASE.finditer(text, start, end):
        if m.start() > start and text[m.start() - 1] not in _CLAUSE_OPENS:
            continue
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        base = zones("期" + m.group("kind"), m.start())
        if base:
            out.append(NameSpan(m.start(), m.end(), base + m.group("phase")))
    return out


def _background(text: str, start: int, end: int, n: NameSpan) -> bool:
    """True for a name in a clause opened by ``随着`` that lists works of a class going on little by
    little (``随着甲铁路等跨江通道陆续建成``): the story's setting, no project."""
    if _BACKGROUND_OPEN.search(text, max(start, n.start - 40), n.start) is None:
        return False
    if text[n.start - 1] == "等":  # the class the list closes on
        return _GOES_ON.match(text, n.end, end) is not None
    return _BACKGROUND_GOES_ON.match(text, n.end, end) is not None


#: A river heading a name before ``流域`` (``某某江流域水风光一体化基地``).
_BASIN_HEAD = re.compile(r"[\u4e00-\u9fff]{1,3}[江河](?=流域)")
#: Rivers listed right before such a name (``甲江、乙江、``), sharing the rest of it.
_RIVERS_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{1,3}[江河][、和及与])+")
_RIVER = re.compile(r"[\u4e00-\u9fff]{1,3}[江河]")


def _basins_before(text: str, start: int, found: list[NameSpan]) -> list[NameSpan]:
    """Works of each river listed before a name that opens on a river's basin
    (``推进甲江、乙江流域水风光一体化基地建设`` → ``甲江流域…基地`` too): one name for each river."""
    out: list[NameSpan] = []
    for n in found:
        head = _BASIN_HEAD.match(n.name)
        if head is None:
            continue
        c0 = max(start, 1 + max(text.rfind(c, start, n.start) for c in ",，。;；:：\n"))
        c0 = _cut_left(text, c0, n.start)  # (``推进甲江、…``: the verb is no river's)
        if _RIVERS_BEFORE.fullmatch(text, c0, n.start) is None:
            continue
        for r in _RIVER.finditer(text, c0, n.start):
            out.append(NameSpan(r.start(), r.end(), r.group() + n.name[head.end():]))
    return out


#: A permit named after the works it allows (``建筑工程施工许可证``, ``建设工程规划许可证``).
_PERMIT_AFTER = ("施工许可", "规划许可", "许可证")
#: The site field of a card, right before its value (``建设地点：``, ``3、项目地址:``).
_SITE_FIELD = re.compile(r"(?:建设|项目|实施|投资)?(?:地点|地址|选址)\s*[:：]\s*$")
#: What the works or one of its phases mainly builds, right before the names of its parts
#: (``项目一期主要建设…``, ``该工程主要新建…``, ``二期主要包括…``), also as the next clause after the
#: works' name (``…建设甲产业园项目，主要建设乙中心、丙基地…``).
_MAIN_CONTENTS_BEFORE = re.compile(
    r"(?:项目|工程|[一二三四五六七八九十]期)(?:[一二三四五六七八九十]期)?(?:工程)?"
    # (the works' sum and land told first: ``该项目总投资…，规划用地420亩，主要建设…``)
    r"(?:[^，,。；;]{0,16}[，,]){0,2}[，,]?"
    r"主要(?:建设|新建|建有|包括|包含|建设内容(?:为|包括)?)[^，,。；;]*$")


#: A verb opening a list of sectors or of a project's contents (``涵盖…``, ``建设…``).
_LIST_VERB = re.compile(r"(?:涵盖|包括|包含|涉及|覆盖|建设|新建|配套|布局)")


#: After an item of a list of what talks were about, up to the talks (``、乙填料等项目进行了深入洽谈``):
#: ``等`` closing the list, kinds of works talked over.
_TALKED_OVER = re.compile(r"(?:\s*[、和及][^，,。；;、]{1,20}?)*\s*等(?:项目|产业|领域)?(?:进行|开展|展开)了?"
                          r"(?:深入|初步|广泛|多轮)?的?(?:洽谈|对接|磋商|交流|探讨)")
#: Talks right after what they are about (``…项目进行洽谈``, ``…项目开展了深入对接``).
_TALKS_AFTER = re.compile(r"(?:进行|开展|展开)了?(?:深入|初步|广泛|多轮)?的?(?:洽谈|对接|磋商)")
#: The clause opening the list with what the talks were about (``与3家企业就…``).
_ABOUT_OPENS = re.compile(r"就[^，,。；;就]*$")


#: The factors a place offers firms, listed after a first item (``厂房、用地、能源价格等要素``): the
#: first item is one of them, no works.
_FACTORS_AFTER = re.compile(r"(?:用地|用电|用水|用气|用工|用能|能源价格|电价|水价|气价|人才|融资)"
                            r"[、和及与]")


def listed_kind(text: str, start: int, left: int, end: int) -> bool:
    """True when a short name (``输变电工程``, ``研学基地``) stands as an item of a list that a
    verb of sectors or contents opens (``涵盖水电、光伏和输变电工程``, ``建设民宿、研学基地和…``):
    a kind of works or a part of what is built, no project of its own (a park listed so,
    ``建设甲产业园、乙产业园``, keeps its name: the caller asks only of other kinds)."""
    i = left
    while i > start and text[i - 1] not in ",，。;；:：\n":
        i -= 1
    before = text[i:left]
    after = text[end:end + 1]
    in_list = "、" in before and (before.endswith(("、", "和", "及", "与")) or after in ("、", "和", "及")) \
        or after == "、" or (before.endswith(("和", "及", "与")) and NAME_END.search(before) is not None)
    if not in_list and before.endswith(("和", "及", "与")) and _LIST_VERB.match(before):
        return True  # ``配套茶艺馆和露营基地``: the clause opens on the verb, two parts joined by 和
    return in_list and (_LIST_VERB.search(before) is not None
                        or _SECTOR_VERB.match(text, left) is not None  # 涵盖高速公路、国省干线…
                        or _PARTS_VERB.match(text, left) is not None)  # 改造游客服务中心、换乘站和…


#: A verb of sectors opening the name's own span (``涵盖高速公路、国省干线…``, ``涵盖铁路、公路、机场``):
#: the first item of the list the verb opens, a kind of works.
_SECTOR_VERB = re.compile(r"(?:涵盖|包括|包含|涉及|覆盖)")
#: A verb of building or rebuilding opening the name's own span, the first item of a list
#: (``改造游客服务中心、换乘站和冰川观景台``, ``新建游客中心、停车场…``): the parts a works builds.
_PARTS_VERB = re.compile(r"(?:新建|改造|改建|扩建|改扩建|提升改造|提升|配套建设|配建)")


#: A phase opening its clause on what it builds (``一期建设``, ``二期工程主要建设``, ``一期包括``).
_PHASE_BUILDS = re.compile(r"(?:项目)?[一二三四五六七八九十]期(?:工程|项目)?(?:主要|计划|将|拟)?"
                           r"(?:建设|新建|包括|包含)")


def phase_contents_last(text: str, start: int, left: int) -> bool:
    """True when a name at ``left`` closes, after ``和``/``及``, a list that a phase opens on what it
    builds (``一期建设整机装配、灵巧手和伺服关节生产线``): the last of the phase's parts sharing one head,
    no works of its own; a list a firm or a place opens (``某县建设甲、乙和丙项目``) keeps its names."""
    i = left
    while i > start and text[i - 1] not in ",，。;；:：\n":
        i -= 1
    before = text[i:left]
    return "、" in before and before.endswith(("和", "及", "与")) and _PHASE_BUILDS.match(before) is not None


#: A clause opening on the lines a works adds, with no firm or place before the verb (``新上甲、乙和``,
#: ``项目建设甲、乙及``), up to the last item.
_LINES_ADDED = re.compile(r"(?:该项目|项目|主要|将|计划)?(?:新上|新建|建设|上马|建有|配套建设)"
                          r"[^，,。；;、]{1,10}(?:、[^，,。；;、]{1,10})*[和及与]$")


def lines_listed_last(text: str, start: int, left: int) -> bool:
    """True when a line's name at ``left`` closes a list of lines its clause opens on the verb
    (``新上面粉、挂面和速冻面点生产线``): the goods of a works' lines sharing one head, no works of its
    own; a list a firm or a place opens (``某公司建设甲、乙和丙生产线``) keeps its names."""
    i = left
    while i > start and text[i - 1] not in ",，。;；:：\n":
        i -= 1
    before = text[i:left]
    return "、" in before and _LINES_ADDED.fullmatch(before) is not None


_START = attrgetter("start")
#: Parks and bases: what follows one is a project of its own, built in it (``某产业园供水工程``).
_PARKS = ("产业园", "工业园", "物流园", "科技园", "示范园", "产业基地", "创新基地", "基地")
#: After a park's name, a network of its utilities and the work on it (``供水管网改造``, ``污水管网接入``,
#: ``道路提升``): the park is the site of that work.
_PARK_UTILITY_AFTER = re.compile(r"(?:区内)?(?:供水|排水|污水|雨污|供电|供气|供热|燃气|给排水|道路|路网)"
                                 r"(?:管网|管道|管线|线路)?(?:改造|接入|铺设|提升|建设|维修)")
#: Standard factory buildings right after a park's name (``某产业园标准化厂房``): built by the park.
_STANDARD_PLANT_AFTER = re.compile(r"标准化?(?:生产|工业)?厂房")
#: A few characters of works after a facility and its phase, then ``项目``/``工程``
#: (``扩能改造项目``, ``提质增效工程``): one name with the facility at its head.
#: (also a reservoir's irrigated area and its works, ``某水库灌区续建配套与现代化改造工程``)
_WORKS_GO_ON = re.compile(r"(?:[\u4e00-\u9fffA-Z]{2,8}?|灌区[\u4e00-\u9fff]{2,14}?)(?<![的和及与等])"
                          r"(?:项目|工程)(?![量师款])")
#: A month opening a phrase (``明年6月…``, ``2025年3月底…``): the date of a plan, not the head of a name.
_DATE_OPENS = re.compile(r"(?:截至|截止|到)?(?:明年|今年|年内|次年|当年|同年|翌年|\d{4}年)?"
                         r"\d{1,2}月(?:底|初|份|中旬|上旬|下旬)?")
#: A season of water or power opening a phrase (``汛期送出通道运行平稳``, ``迎峰度夏期间电网``): the time
#: of a state told, not the head of a name.
_SEASON_OPENS = re.compile(r"(?:主汛期|汛期|枯水期|丰水期|枯期|丰期|迎峰度夏|迎峰度冬|用电高峰期|供暖期)")
_PHASE_ONLY = re.compile(r"[一二三四五六七八九十]期")
#: A phase's production line named by its phase and size alone (``二期5GW生产线``, ``首期2条产线``).
_PHASE_LINE = re.compile(r"[“”\"]?[一二三四五六七八九十首]期(?:\d+(?:\.\d+)?(?:万|亿)?"
                         r"(?:GWh|GW|MWh|MW|吨|条|台|套|件|万千瓦|千瓦|兆瓦))?(?:生产线|产线|车间)")
_PHASE_END = re.compile(r"[(（]?[一二三四五六七八九十首]期[)）]?$")
#: A park's or base's kind and a phase alone (``产业园二期``, ``该基地三期``): the next phase of the
#: one just named.
_KIND_PHASE = re.compile(r"(?:该)?(?P<kind>产业园|工业园|园区|基地|物流园)"
                         r"(?P<phase>[一二三四五六七八九十]期)")


def phased_park(text: str, lo: int, pos: int, kind: str) -> str | None:
    """The park of ``kind`` whose phase is named in ``text[lo:pos]`` (``甲产业园一期工程`` → ``甲产业园``),
    the last one, else None."""
    if text.find(kind, lo, pos) < 0:
        return None
    for n in reversed(find_names(text, lo, pos)):
        if (base := _phase_base(n.name, kind)):
            return base
    return None


def _phase_base(name: str, kind: str) -> str:
    """The part of ``name`` up to its ``kind`` when a phase follows it there (``甲产业园一期工程``,
    ``产业园`` → ``甲产业园``), else empty."""
    k = name.find(kind)
    rest = name[k + len(kind):] if k > 0 else ""
    return name[:k + len(kind)] if rest[1:2] == "期" and rest[:1] in "一二三四五六七八九十首" else ""


#: A company's headquarters or centre for a region (``Acme Robotics华东总部``, ``某某 Bio亚太研发中心``,
#: ``甲乙科技西南区域总部``): a company named in Latin letters (spaces between its words), or in
#: Chinese before a region's scope, then the seat it settles.
_HQ_SCOPE = r"(?:中国区|中国|大中华区|亚太区|亚太|亚洲|全球|华东|华南|华北|华中|华西|西南|西北|东北)"
_HQ_SEAT = r"(?:区域总部|地区总部|总部|研发中心|运营中心|结算中心)"
#: The centres :data:`_HQ_SEAT` names (a cheap test before the full pattern).
_CENTRE = re.compile(r"(?:研发|运营|结算)中心")
_HEADQUARTERS = re.compile(
    r"(?P<org>[A-Za-z][A-Za-z0-9&.'\- ]*[A-Za-z0-9]|[\u4e00-\u9fff]{2,12}?(?<![其该本])(?=" + _HQ_SCOPE + "))"
    r"(?:[(（][^()（）]{1,12}[)）])?(?:" + _HQ_SCOPE + "(?:区域)?)?" + _HQ_SEAT
    + r"(?!经济|大楼|基地|楼|园)(?:项目)?")


def headquarters_org(name: str) -> str | None:
    """The company whose headquarters or regional centre a name is (``Acme Robotics华东总部`` →
    ``Acme Robotics``), else None."""
    m = _HEADQUARTERS.fullmatch(name)
    return m.group("org") if m else None


def _headquarters(text: str, start: int, end: int, found: list[NameSpan]) -> list[NameSpan]:
    """``found`` with the headquarters and regional centres a company settles (:data:`_HEADQUARTERS`):
    the settling is the project (``Acme Robotics华东总部签约``); a name found inside one (cut at
    the space of a Latin name) gives way to it, one found across it stays."""
    out = list(found)
    for m in _HEADQUARTERS.finditer(text, start, end):
        s = m.start()
        if not m.group("org").isascii():
            s = _cut_left(text, s, m.end("org"))
            if m.end("org") - s < 2 or _NOT_A_NAME_BEFORE.search(text, max(start, s - 6), s):
                continue
        inside = [f for f in out if s <= f.start and f.end <= m.end()]
        if any(f.start < m.end() and s < f.end for f in out if f not in inside):
            continue
        out = [f for f in out if f not in inside]
        out.append(NameSpan(s, m.end(), text[s:m.end()]))
    return out


#: Between ``等`` and ``工程``: the ancillary parts of the works told (``…、给排水等附属工程``).
_PARTS_LISTED = re.compile(r"(?:附属|配套|辅助|公用|公辅|室外)(?:设施)?")


def _listed(text: str, start: int, end: int, found: list[NameSpan],
            zones: ZoneResolver | None = None) -> list[NameSpan]:
    """Items listed before ``等`` + a batch phrase, not already found as names; an item opened by a
    zone's anaphor takes the zone's full name (see :func:`_zone_named`)."""
    out: list[NameSpan] = []
    for pos in _find_all(text, "等", start, end):
        after = BATCH_AFTER.match(text[pos:pos + 20])
        if not after or _INVESTOR_LIST.search(after.group("mid")) or _PLACES_LISTED.match(after.group("mid")):
            continue
        c0 = max(start, 1 + max(text.rfind(c, start, pos) for c in ",，。;；:：\n"))  # start of the clause
        if _TALKED_OVER.match(text, pos) and _ABOUT_OPENS.search(text, c0, pos):
            continue  # ``就甲生产线、乙填料等项目进行了深入洽谈``: kinds talked over, no works
        chunk_start = _cut_left(text, c0, pos)
        items = []
        i = chunk_start
        for part in _LIST_SPLIT.split(text[chunk_start:pos]):
            if part and part != "、":
                items.append((i, i + len(part)))
            i += len(part)
        if _SECTORS_LISTED.search(after.group("mid")) and not _brands_listed(text, items):
            continue  # ``签约锂电、晶硅光伏等产业链项目43个``: the items are sectors, no names
        if _AID_LISTED.search(after.group("mid")) and not any(NAME_END.search(text, s, e) for s, e in items):
            continue  # ``实施产业发展、就业帮扶、乡村建设等协作项目42个``: fields of aid, no names
        if len(items) >= 2 and all(_AID_FIELD.search(text, s, e) and not NAME_END.search(text, s, e)
                                   and not _DIGIT.search(text, s, e) for s, e in items):
            continue  # ``实施产业协作、就业培训等项目46个``: each item a field of aid, no works
        if _PROCESSING_LISTED.fullmatch(after.group("mid")):
            continue  # ``引进辣椒籽油、辣椒碱等深加工项目``: the goods a stage of processing makes, no works
        if _CHAIN_LINKS_LISTED.fullmatch(after.group("mid")) \
                and not any(NAME_END.search(text, s, e) or _DIGIT.search(text, s, e) for s, e in items):
            continue  # ``正在引进聚烯烃改性、可降解塑料等下游项目``: the links of a chain, no works named
        if _PARTS_LISTED.fullmatch(after.group("mid")):
            continue  # ``新建冷库、配套道路、给排水等附属工程``: the parts of one works, no projects
        if _ATTRACTIONS_LISTED.search(after.group("mid")):
            continue  # ``设有冰滑梯、雪地摩托等20余个游乐项目``: rides and games, no works
        if CLASSES_COUNTED.search(after.group("mid")):
            continue  # ``包括防洪、供水、灌溉等5类工程``: classes of works counted, no names
        if EVENTS_LISTED.search(after.group("mid")) \
                and not any(NAME_END.search(text, s, e) for s, e in items):
            continue  # ``冰壶、冰球等体育项目``: events (``体育公园、健身中心等体育项目`` stay works)
        counted = _PROJECTS_COUNTED.match(after.group("mid")) is not None
        kinds = _kinds_listed(text, items, pos)
        for s, e in items:
            s = _cut_left(text, s, e)
            name = text[s:e].strip("“”\" ")
            if kinds and _bare_kind(name):
                continue  # ``半导体材料、设备、封装测试等项目19个``: a trade among trades, no works
            if _GOODS_KIND.search(name) and _KIND_HEAD.match(name) and not _DIGIT.search(name) \
                    and not NAME_END.search(name):
                continue  # ``煤基可降解材料、二氧化碳捕集利用等项目``: kinds of goods or of process, no works
            if _LENDER_NAME.search(name):
                continue  # ``甲银行、乙银行等12家金融机构与31个项目签约``: the lenders, no works
            if len(name) < 2 or any(f.start < e and s < f.end for f in found) \
                    or (counted and _WORKS_OF_A_KIND.search(name)) \
                    or (_ACTIVITY.search(name) and not (counted and _place_works(name))) \
                    or industry_only(name) or _BARE_PLACE.fullmatch(name):
                continue
            if is_generic(name):
                name = _zone_named(name, s, zones) or ""
                if not name:
                    continue
            if not NAME_END.search(name[-6:]):
                name += "项目"
            out.append(NameSpan(s, e, name, listed=True))
    return out


#: A lender's name (``某某银行``, ``某银行某某分行``, ``某县农村信用合作联社``): listed before the projects
#: it lends to, no works.
_LENDER_NAME = re.compile(r"(?:银行|分行|支行|金融机构|信用社|信用合作联社|农商行|村镇银行)$")


#: A count right after ``等…项目`` (``等项目19个``, ``等项目共12个``): the list sums up what was landed.
_COUNT_AFTER_LIST = re.compile(r"等[\u4e00-\u9fff]{0,6}?项目(?:共|合计)?[\d一二三四五六七八九十两]+(?:个|项)")


def _kinds_listed(text: str, items: list[tuple[int, int]], pos: int) -> bool:
    """True for a list closed by a count of projects (``甲、乙、丙等项目19个``) one of whose items is a
    trade made of industry and product words alone (``半导体材料``), or for three or more short items with
    no figure, facility word or firm, one of them such a trade: the items are kinds of works."""
    if len(items) < 2:
        return False
    names = [text[_cut_left(text, s, e):e].strip("“”\" ") for s, e in items]
    if _COUNT_AFTER_LIST.match(text, pos):
        return any(industry_only(n) for n in names)
    # with no count, three or more bare links of a chain (``引进锂电正极、负极、电解液等项目``)
    return len(names) >= 3 and all(_bare_kind(n) for n in names) and any(industry_only(n) for n in names)


def _bare_kind(item: str) -> bool:
    """True for a short listed item with no figure, facility word or firm's short name
    (``封装测试``, ``检验检测``): in a list of trades, a trade too."""
    return 2 <= len(item) <= 6 and not _DIGIT.search(item) and not NAME_END.search(item) \
        and not listed_brand(item)


#: A count of projects after ``等`` (``等18个项目``): every listed item is one of them.
_PROJECTS_COUNTED = re.compile(r"[\d一二三四五六七八九十两]+个(?:重点|重大)?$")
#: A place's works of a kind told as one item of a counted list (``支持某开发区基础设施等42个项目建设``):
#: a heading over several of the counted works, no one project (without a count, ``某园区基础设施等项目
#: 建成投用`` stays the works finished).
_WORKS_OF_A_KIND = re.compile(r"(?:基础设施|配套设施|公共设施|市政设施|基础配套)$")


def _place_works(item: str) -> bool:
    """True for an item of works on a named place (``某某古城文旅提升``, ``某某古镇保护修复``): a
    city, county or district the gazetteer knows heads it, and more than the activity follows."""
    return len(item) >= 6 and bool(Gazetteer.default().lookup(to_simplified(item[:2])))


def _brands_listed(text: str, items: list[tuple[int, int]]) -> bool:
    """True when every item of a list before ``等产业链项目`` is a firm's short name and its line of
    business (``引进某晶特种玻纤、某元碳基材料等产业链项目17个``): projects named by their firms."""
    return bool(items) and all(
        listed_brand(text[_cut_left(text, s, e):e]) and not _INDUSTRY_RE.match(text, s, e) for s, e in items)


#: Industries and kinds of product a listed item may be made of (``航空零部件、无人机等项目``).
_INDUSTRY_WORDS = (
    "工业", "消费", "航空", "航天", "无人机", "机器人", "汽车", "新能源", "新材料", "电子", "信息",
    "光电", "光伏", "锂电",
    "储能", "氢能", "生物", "医药", "医疗", "器械", "装备", "智能", "数字", "食品", "饮料", "纺织", "服装",
    "家居", "建材", "化工", "半导体", "芯片", "集成电路", "通信", "软件", "数据", "算力", "高端", "精密",
    "零部件", "零配件", "配件", "部件", "元器件", "器件", "材料", "设备", "产品", "整机", "制造", "智造",
    # links of a battery's chain (``锂电正极、负极、电解液等项目``)
    "正极", "负极", "电解液", "隔膜", "前驱体", "铜箔",
    # trades of services and the land (``冰雪旅游、冰雪装备、文旅康养等项目``)
    "冰雪", "旅游", "文旅", "康养", "农旅", "体育", "休闲", "养老", "健康", "运动", "温泉", "度假", "研学",
    # trades of commerce and goods moved (``跨境电商、保税维修等外贸新业态项目15个``)
    "跨境", "电商", "保税", "维修", "物流", "冷链", "仓储", "商贸", "外贸", "贸易", "供应链", "快递",
    # links of the cotton and garment chain (``印染、家纺等项目``, ``纺纱、织造等项目``)
    "印染", "家纺", "纺纱", "织造", "针织", "棉纺", "化纤", "水洗",
)
_INDUSTRY_RE = re.compile("|".join(sorted(map(re.escape, _INDUSTRY_WORDS), key=len, reverse=True)))


def industry_only(item: str) -> bool:
    """True for a listed item made of industry and product words alone (``航空零部件``, ``无人机``,
    ``电子信息``): a kind of projects, no project (a brand stays: ``某田科技``)."""
    return _INDUSTRY_RE.sub("", item) == "" and len(item) >= 2


def _find_all(text: str, word: str, start: int, end: int) -> Iterator[int]:
    """Positions of ``word`` in ``text[start:end]``, in order."""
    i = text.find(word, start, end)
    while i >= 0:
        yield i
        i = text.find(word, i + 1, end)


_LIST_SPLIT = re.compile(r"(、)")
#: A listed item ending on a kind of goods or of process (``煤基可降解材料``, ``特种纤维``,
#: ``二氧化碳捕集利用``): with no figure, facility or firm in it, a kind of projects, no works.
#: A place in a chain, then a base or a quality of the goods opening an item (``下游可降解塑料``,
#: ``煤基…``, ``高性能纤维``, ``二氧化碳…``): a kind of goods, no firm's short name (``某佳新材…``).
_KIND_HEAD = re.compile(r"(?:上下游|中下游|上游|中游|下游|配套)?(?:煤基|生物基|石油基|可降解|全降解|生物降解"
                        r"|高性能|高端|特种|电子级|电子|二氧化碳|光伏|锂电|新型|功能性|精细)")
_GOODS_KIND = re.compile(r"(?:材料|塑料|纤维|化学品|树脂|橡胶|涂料|薄膜|助剂|中间体|添加剂"
                         r"|捕集利用|综合利用|资源化利用|回收利用)$")
#: ``甲、乙等产业链项目``, ``甲、乙等领域项目``, ``等行业项目``: the items are sectors of the economy.
_SECTORS_LISTED = re.compile(r"产业链|领域|行业|板块|赛道")
#: ``甲、乙等下游项目``, ``等上下游配套项目``: the items are links of a chain (goods or steps), no names.
_CHAIN_LINKS_LISTED = re.compile(r"(?:上下游|中下游|上游|中游|下游)?(?:配套|延链|补链)?(?<=.)")
#: ``甲、乙等深加工项目``, ``等精深加工项目``: the items are goods of a stage of processing, no names.
_PROCESSING_LISTED = re.compile(r"(?:精深|深|精|初|粗)加工")
#: ``甲、乙等协作项目``, ``等帮扶项目``, ``等援建项目``: a programme of aid; items that name no
#: facility (``产业发展、就业帮扶、乡村建设``) are its fields, no names.
_AID_LISTED = re.compile(r"协作|帮扶|援建|衔接")
#: A field of aid as a listed item itself (``产业协作``, ``就业培训``, ``人才交流``, ``消费帮扶``).
_AID_FIELD = re.compile(r"协作|帮扶|援建|援助|培训|交流|支教|支医")
#: ``甲、乙等20余个游乐项目``, ``等体验项目``: the items are rides, games or contests, no works.
_ATTRACTIONS_LISTED = re.compile(r"游乐|娱乐|体验|游玩|互动|竞技|比赛|参赛")
#: ``甲、乙等地一批项目``, ``甲、乙等县区的项目``: the items are places where projects are, not names.
_PLACES_LISTED = re.compile(r"(?:地(?![产块标])|县区|区县|市县|县市|乡镇|国家|国(?:内外)?和地区)")
_CLAUSE_SPLIT = re.compile(r"([,，、;；:：])")
_ABOUT_PROJECTS = re.compile(r"项目|签约|开工|投产|竣工")
#: What every :data:`CAPACITY_ITEM` holds: a sentence without it has no capacity item.
_CAPACITY_CUE = re.compile(r"年(?:产|处理|加工|出栏|生产)\d")


_DIGIT = re.compile(r"\d")
#: A verb of gaining before a capacity (``新增``, ``形成``, ``可新增``): the capacity is what a project adds.
_GAINS = re.compile(r"(?:可|将|预计)?(?:新增|形成|具备|具有|拥有|达到|增加|实现)")


#: :data:`CAPACITY_RE` in a name, also in the Latin units of power and storage
#: (``年产16GW高效光伏电池片二期项目``, ``年产5GWh储能电池``), the phase before ``项目`` left out.
NAME_CAPACITY_RE = re.compile(
    CAPACITY_RE.pattern.replace("|箱|米)", "|箱|米|GWh|GW|MWh|MW)")
    .replace("(?:项目|$)", "(?:[一二三四五六七八九十]期)?(?:项目|$)"))


#: A capacity with the product before the number inside a name (``年屠宰生猪100万头``, ``年出栏肉牛5000头``).
NAME_PRODUCT_FIRST = re.compile(r"(?:年屠宰|年出栏|年存栏|年产|年加工|年处理|年生产)[\u4e00-\u9fff]{1,6}?"
                                r"\d+(?:\.\d+)?(?:万|亿|千)?(?:吨|头|只|羽|套|台|件|箱|辆)")


#: A furnace's or a kiln's volume before it (``1580立方米高炉``, ``4000立方米级高炉``): its size, no output.
_FURNACE_VOLUME = re.compile(r"\d+(?:\.\d+)?立方米级?(?:高炉|转炉|电炉|焦炉|窑炉|矿热炉|炉)")
#: A yearly rate written after its unit opening a name (``200万吨/年焦化升级改造项目``): its capacity.
_RATE_PER_YEAR = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:万|亿|千)?吨[/／]年")


def capacity_in(name: str) -> re.Match | None:
    """The capacity phrase inside a name (``年产35万吨铝用炭材料``, ``年屠宰生猪100万头``, a rate written
    after its unit, ``200万吨/年焦化…``); a furnace's volume (``1580立方米高炉…``) is none."""
    # every capacity holds a number; the pattern's optional opening would be tried at every position
    if not _DIGIT.search(name):
        return None
    rate = _RATE_PER_YEAR.search(name)
    if rate is not None:
        return rate
    m = NAME_PRODUCT_FIRST.search(name) or NAME_CAPACITY_RE.search(name)
    if m is not None and _FURNACE_VOLUME.match(name, m.start()):
        return None
    if m is not None and m.start() > 0 and name[m.start() - 1] in "/／":
        # 20万千瓦/40万千瓦时储能电站: the store's power and energy together are its size
        power = _STORE_POWER.search(name, 0, m.start() - 1)
        if power is not None:
            return _STORE_PAIR.match(name, power.start()) or m
    return m


#: A yearly output opening a clause (``年产6英寸…30万片``): what precedes the figure is the product.
_OUTPUT_VERB_FIRST = re.compile(r"年(?:产|加工|处理|生产|屠宰|出栏|存栏|发电|周转)")


def _capacity_items(text: str, start: int, end: int, found: list[NameSpan]) -> list[NameSpan]:
    """Clauses naming a plant by its capacity (``甲公司年产5万吨新材料``) in a sentence about projects."""
    # every CAPACITY_ITEM cue (年产, 年处理…) has 年: a clause without it is skipped unread
    if text.find("年", start, end) < 0 or not _ABOUT_PROJECTS.search(text, start, end) \
            or not _CAPACITY_CUE.search(text, start, end):
        return []
    out: list[NameSpan] = []
    pos = start
    for part in _CLAUSE_SPLIT.split(text[start:end]):
        s, e = pos, pos + len(part)
        pos = e
        if "年" not in part or e - s < 6:
            continue
        s = _cut_left(text, s, e)
        if e - s < 6 or not CAPACITY_ITEM.match(text[s:e].strip()):
            continue
        if any(f.start < e and s < f.end for f in found):
            continue
        name = text[s:e].strip()
        cap = CAPACITY_RE.search(name)
        if cap is None or cap.start() < 2:
            continue  # without the investor's name in front, a capacity is no project name
        if _OUTPUT_VERB_FIRST.match(name):
            continue  # ``达产后可年产6英寸晶圆30万片``: the product before its figure, no investor in front
        if _GAINS.fullmatch(name, 0, cap.start()):
            continue  # ``新增年产20万台发动机生产能力``: what a project adds, not a plant's name
        if not NAME_END.search(name[-6:]):
            name += "项目"
        out.append(NameSpan(s, e, name, listed=True))
    return out
