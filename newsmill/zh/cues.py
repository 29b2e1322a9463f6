"""Cue words of investment news: lifecycle stages of projects and plan/target markers."""

from __future__ import annotations

import re

#: Stage cue → stage, longest cues first so ``竣工投产`` wins over ``竣工``.
STAGE_CUES: dict[str, str] = {
    "竣工投产": "in_production", "建成投产": "in_production", "竣工投运": "in_production",
    "投入运营": "in_production", "投入使用": "completed", "建成投用": "in_production",
    "建成投运": "in_production", "全线通车": "completed", "建成通车": "completed", "正式通车": "completed",
    "建成通水": "completed",
    # a railway, a bus or a ship line opened to service (``某铁路扩能改造工程正式开通运营``), a station
    # finished and put to use (``某站新站房也已完工投用``): in service, as ``建成投用``
    "开通运营": "in_production", "完工投用": "in_production",
    "建成运营": "in_production", "竣工运营": "in_production", "封关运营": "in_production",
    # a bonded centre or zone closed off by customs and working (``某保税物流中心（B型）正式封关运行``): in
    # service, as ``封关运营``
    "封关运行": "in_production",
    "投用": "in_production", "铺开建设": "under_construction", "开工建设": "started", "投产": "in_production",
    "达产": "in_production", "投运": "in_production", "试生产": "in_production", "试投产": "in_production",
    "试运行": "in_production", "正式运营": "in_production", "开业运营": "in_production",
    "试运转": "in_production",  # a mine's or a plant's trial run (``预计明年6月联合试运转``)
    "开业": "in_production", "封顶": "under_construction", "主体完工": "under_construction",
    # a ski field or a leisure park opened to visitors (``一期正式开板迎客``, ``冰雪乐园正式开园``)
    "开板": "in_production", "开园": "in_production", "开门迎客": "in_production",
    # a mall or a park finished and opened in one breath (``某商业综合体在某镇建成开业``, ``某示范园建成
    # 开园``): open to business, as ``开业``
    "建成开业": "in_production", "建成开园": "in_production",
    # a block of shops or a night market opened to the public (``某古城夜间消费街区开街``)
    "开街": "in_production",
    # a hotel or a mall opened on trial, a venue opened, a care centre's plaque unveiled as it opens
    # (``某酒店开始试营业``, ``某健身中心正式开馆``, ``某康复中心揭牌运营``)
    "试营业": "in_production", "开馆": "in_production", "揭牌运营": "in_production",
    # a hospital, a school or a centre put into use (``新院区一期正式启用``, ``血液透析中心日前启用``), a
    # park or a venue built and opened to the public (``某体育公园一期建成开放``): the works serve
    "启用": "in_production", "建成开放": "in_production",
    "并网发电": "in_production", "复工": "under_construction",
    # a plant connected to the grid in full (``实现全容量并网``), a kiln or furnace lit (``回转窑顺利点火``,
    # ``首台矿热炉点火``), the first goods made (``产出第一批产品``): the plant runs; the last units of
    # a wind farm lifted into place (``16台风机全部吊装完成``): the works go on
    "全容量并网": "in_production", "点火": "in_production", "产出第一批": "in_production",
    "产出首批": "in_production", "吊装完成": "under_construction",
    # the turbines lifted into place and the pipes laid, told before the word (``已完成8台风机吊装``,
    # ``已完成管网铺设86公里``): the works go on
    "风机吊装": "under_construction", "管网铺设": "under_construction", "管道铺设": "under_construction",
    # a computing or data centre's racks lit and put to work (``首批机柜正式点亮``, ``二期上线运行``), a
    # storage station put on the grid (``储能电站顺利并网``, ``成功并网``): the works run
    "点亮": "in_production", "上线运行": "in_production", "顺利并网": "in_production",
    "成功并网": "in_production", "并网运行": "in_production", "陆续并网": "in_production",
    "实现并网": "in_production",
    # projects newly on the grid, counted (``新增并网新能源项目23个``; not ``新增并网容量…``)
    "新增并网": "in_production",
    # a computing centre lit up and serving (``智算中心一期点亮投用``, ``正式点亮``; not a street or a
    # night market lit: ``点亮夜经济`` holds none of these)
    "点亮投用": "in_production", "点亮运营": "in_production", "点亮上线": "in_production",
    "正式点亮": "in_production", "顺利点亮": "in_production", "成功点亮": "in_production",
    # a computing zone or a centre's racks brought on line (``某大模型训练专区正式上线``; an app or a
    # platform put on line names no works)
    "正式上线": "in_production",
    "结顶": "under_construction", "完成主体工程": "under_construction", "安装调试": "under_construction",
    "设备安装": "under_construction", "设备调试": "under_construction", "联动调试": "under_construction",
    # works getting ready to start (``6个进入开工准备阶段``, ``正在做开工准备``): prepared, not begun
    "开工准备": "planned",
    "尚未开工": "planned", "还未开工": "planned", "仍未开工": "planned", "暂未开工": "planned",
    # a unit running at full load (``一套提氢装置正在满负荷运行``)
    "满负荷运行": "in_production",
    "满负荷生产": "in_production", "满产": "in_production", "投入生产": "in_production",
    "产品下线": "in_production", "成功点火": "in_production", "点火成功": "in_production",
    # a vehicle plant's first vehicle off its line (``某公司生产基地首车下线``): the plant runs
    "首车下线": "in_production", "首台下线": "in_production",
    "设备安装调试": "under_construction",
    # the plant's machines moved onto the site (``首批生产设备日前进场``, ``设备已进场``): fitting starts
    "设备入场": "under_construction", "进场": "under_construction",
    # the piles or the foundation of a building done (``目前已完成桩基施工``): the works go on
    "桩基施工": "under_construction", "基础施工": "under_construction",
    # the civil works being built (``正在进行土建施工``): the works go on, whatever is planned after
    "土建施工": "under_construction",
    # the fitting-out of a building, the panels of a solar plant put up (``正在进行内部装修``,
    # ``正在加紧安装组件``): the works go on
    "内部装修": "under_construction", "室内装修": "under_construction", "装饰装修": "under_construction",
    "安装组件": "under_construction", "组件安装": "under_construction",
    "建成试产": "in_production", "试产": "in_production", "工商注册": "signed",
    "竣工": "completed", "建成": "completed", "完工": "completed", "交付": "completed",
    # works finished told by their building done (``某再生水厂9月完成建设``)
    "完成建设": "completed",
    # Hong Kong and Macao wording: a building or plant finished (``落成``, ``落成投产``), a hotel or
    # a park opened on trial (``开始试业``)
    "落成": "completed", "落成投产": "in_production", "落成启用": "completed", "试业": "in_production",
    "集中开工": "started", "新开工": "started", "开复工": "started", "开工": "started", "奠基": "started",
    "动工": "started", "开建": "started", "进场施工": "started", "进场开工": "started",
    "启动实施": "started", "启动建设": "started",
    # a sum put into works carried out (``投资2.4亿元实施某技改项目``): under way (the cue holds the
    # sum's last character: ``实施`` alone gives no stage)
    "元实施": "under_construction",
    # ground broken (``当天在这里破土的是甲项目``), the first pile driven (``打下第一根桩``)
    "破土": "started", "第一根桩": "started", "首根桩": "started",
    # a later phase started (``还将启动二期某项目``): 启动 is a cue only before a phase
    # (:data:`_CUE_ONLY_BEFORE`)
    "启动": "started",
    "签约": "signed", "签下": "signed", "签订": "signed", "签署": "signed", "落户": "signed",
    "落地": "signed",
    "入驻": "signed", "引进": "signed", "揽金": "signed", "达成合作": "signed",
    "洽谈": "negotiating", "在谈": "negotiating", "合作意向": "negotiating", "投资意向": "negotiating",
    # terms being talked over (``已进入合同条款磋商阶段``, ``正就用地等细节进一步磋商``)
    "磋商": "negotiating",
    "在建": "under_construction", "加快建设": "under_construction", "续建": "under_construction",
    "推进": "under_construction", "建设": "under_construction", "施工": "under_construction",
    "进展顺利": "under_construction",
    "拟建": "planned", "前期工作": "planned", "前期项目": "planned", "预备项目": "planned",
    # the paperwork before building (``另有5个项目正在办理前期手续``), the environmental assessment's
    # among it (``二期项目正在办理环评手续``, ``已完成环评手续``)
    "办理前期手续": "planned", "环评手续": "planned",
    # its environmental or energy review being sought (``二期项目正在办理环评手续``): prepared, not begun
    "办理环评": "planned", "办理能评": "planned",
    # a project being prepared by its firm (``企业正在筹建某某项目``)
    "申建": "planned", "筹建": "planned", "筹备": "planned", "谋划": "planned",
    "谋划实施": "under_construction",
    "储备": "planned", "推介": "planned", "包装": "planned", "招引": "planned", "计划引资": "planned",
    # projects drawn up and brought into being on paper (``共策划生成…项目46个``, ``谋划生成``)
    "策划生成": "planned", "谋划生成": "planned",
    # a project approved or filed, its environmental report approved: it is being prepared
    "完成备案": "planned", "立项": "planned", "环评批复": "planned", "予以批复": "planned",
    # approved by the development and reform body (``某风电场项目获得某市发展和改革委员会核准``,
    # ``力争年内完成核准``): prepared, not begun
    "核准": "planned",
    # works gone from the drawing to the ground (``某项目从“图纸”走到“地上”``): building has begun
    "走到“地上”": "started", "走到地上": "started", "走向“地上”": "started", "走向地上": "started",
    # its feasibility study written, reviewed or approved (``某电站项目可行性研究报告日前通过审查``)
    "可行性研究报告": "planned", "可研报告": "planned",
    # a firm registered for the works (``项目已注册``, ``完成公司注册登记``): it has landed; a building
    # permit or the construction drawings under way (``正在办理施工许可``, ``正在进行施工图设计``):
    # the works are prepared, not begun
    "已注册": "signed", "完成注册": "signed", "注册登记": "signed", "完成工商注册": "signed",
    "施工许可": "planned", "施工图": "planned",
    # its land pre-reviewed or its preliminary design under way (``已取得用地预审意见``,
    # ``正在开展初步设计``): steps of its preparation
    "用地预审": "planned", "初步设计": "planned",
    # milestones of roads, railways, bridges and dams on the way to completion: a bridge's span
    # closed (``主跨顺利合龙``), a tunnel broken through or a line's track laid end to end
    # (``隧道左右洞相继贯通``, ``全线铺轨贯通``), tests on a finished line (``联调联试``), a dam's gates
    # lowered to store water (``下闸蓄水``): the works go on; a road handed over on acceptance
    # (``通过交工验收``): it is built
    "合龙": "under_construction", "铺轨贯通": "under_construction", "双洞贯通": "under_construction",
    "相继贯通": "under_construction", "顺利贯通": "under_construction", "隧道贯通": "under_construction",
    "联调联试": "under_construction", "下闸蓄水": "under_construction", "交工验收": "completed",
    # a road's or a railway's whole length joined up (``某高速公路实现全线贯通``, ``某环线公路二期工程全线
    # 贯通``): the works go on to their opening; only after a line's name (:data:`_CUE_ONLY_BEFORE`)
    "全线贯通": "under_construction",
    # an airport's flight check before it opens to flights (``顺利完成飞行校验``, ``完成校飞``): the
    # works are finishing, not yet open
    "飞行校验": "under_construction", "完成校飞": "under_construction",
    # a share of the works done (``完成总工程量的45%``, ``已完成工程总量的六成``): the works go on
    "总工程量": "under_construction", "工程总量": "under_construction",
    # the trade's words for a heavy plant's first run: a line run hot (``某水泥生产线完成热试``), a
    # gasifier fed (``气化炉投料试车一次成功``), the first iron, steel or coke out (``新高炉顺利出铁``,
    # ``首炉出焦``): the plant runs, as a kiln lit (``点火``)
    "热试": "in_production", "投料试车": "in_production", "投料开车": "in_production",
    "出铁": "in_production", "出钢": "in_production", "出焦": "in_production",
    # a chemical plant's whole chain run end to end and its first product passed (``某项目打通全流程``,
    # ``全流程打通``, ``产出合格产品``, ``产出第一批合格产品``): the plant runs, as one fed (``投料试车``)
    "打通全流程": "in_production", "全流程打通": "in_production",
    "产出合格产品": "in_production", "产出第一批合格产品": "in_production",
    "产出首批合格产品": "in_production",
    # works accepted when finished (``某煤矿智能化改造项目通过省级验收``, ``通过竣工验收``): they are built
    "通过验收": "completed", "通过省级验收": "completed", "通过竣工验收": "completed",
    "竣工验收": "completed",
    # a port's, a station's or a line's trial operation (``某作业区一期工程投入试运营``, ``新站近日试运营``):
    # it runs, as a plant on trial (``试运行``, ``试生产``)
    "试运营": "in_production", "投入试运营": "in_production",
    # a water supply's whole network carrying water (``某县城乡供水工程全线通水``): built, as a road
    # open to traffic along its length (``全线通车``) and a works built and filled (``建成通水``)
    "全线通水": "completed",
}
#: What may stand right before works accepted (``某项目通过验收``, ``某工程已通过竣工验收``,
#: ``某污水处理厂提标改造工程近日通过验收``).
_ACCEPTED_AFTER = ("项目", "工程", "项目已", "工程已", "项目顺利", "工程顺利", "项目日前", "工程日前",
                   "项目近日", "工程近日")
#: Cues read only before what follows them here (``启动仪式``, ``启动资金`` tell no stage).
#: (not before a phase's preparation: ``启动二期工程前期工作`` plans it, the cue is ``前期工作``)
#: (``达成合作项目58个`` agreed; ``达成合作意向`` is talks; ``落地事宜`` are talked over)
_CUE_ONLY_BEFORE = {"启动": "(?=[一二三四五六七八九十]期)"
                           "(?![一二三四五六七八九十]期[^，。；,;]{0,12}?(?:项目|工程)?的?前期)",
                    "达成合作": "(?!意向)",
                    # the building contract put out to tender (``某公路改建工程发布施工招标公告``) tells no
                    # works under way: the event is what is told of the works after it
                    "施工": "(?!招标)",
                    # the matters of a landing still talked over (``正抓紧对接落地事宜``) are no landing
                    "落地": "(?!事宜)",
                    "新增并网": "(?=[\u4e00-\u9fff]{0,6}?项目)",
                    # only right after a line's or a works' name, or its 实现 (``某高速公路实现全线贯通``,
                    # ``某公路二期工程全线贯通``, ``某隧道全线贯通``); not a plant's line nor a site's road
                    # told with 已 (``一期生产线已全线贯通``, ``进场道路已全线贯通``)
                    "全线贯通": "(?:" + "|".join(f"(?<={w}全线贯通)" for w in (
                        "路", "速", "程", "隧道", "路实现", "速实现", "程实现", "隧道实现")) + ")",
                    # works accepted, only right after the works' name (``某改造项目通过省级验收``, ``某工程
                    # 已通过竣工验收``); a building of it accepted (``实训楼于7月20日通过验收``) is a step
                    **{c: "(?:" + "|".join(f"(?<={w}{c})" for w in _ACCEPTED_AFTER) + ")"
                       for c in ("通过验收", "通过省级验收", "通过竣工验收", "竣工验收")},
                    # an approval's paper, matters or office (``本核准文件自印发之日起``) is no event
                    "核准": "(?!文件|事项|意见|的申请|申请|机关|部门|权限|目录|制|办法|程序)"}
STAGE_RE = re.compile("|".join(re.escape(c) + _CUE_ONLY_BEFORE.get(c, "")
                               for c in sorted(STAGE_CUES, key=len, reverse=True)))

#: Weak cues only count when no other cue is near.
WEAK_STAGES = {"建设", "推进", "落地", "施工", "进展顺利", "元实施"}

#: Words that mark an event as a plan, goal or forecast.
TARGET_CUES = ("计划", "力争", "争取", "确保", "预计", "拟于", "年底前", "年内", "目标", "预期",
               "有望", "即将", "将", "力促", "务必", "全力",
               # (``推动…项目尽快签约落地``, ``力促…尽早投产``)
               "尽快", "尽早")
TARGET_RE = re.compile("|".join(sorted(map(re.escape, TARGET_CUES), key=len, reverse=True)))
#: ``将`` inside these words is no plan marker; nor 计划 in a share of the plan done (``占年度计划的88%``).
_NOT_TARGET = re.compile(r"将军|将其|将近|即将|拟投资|拟用地|年度计划的|全年计划的")
#: After 目标: the share of it done (``目标的56.3%``, ``目标任务的七成``).
_SHARE_DONE = re.compile(r"(?:任务)?的?\s*(?:\d|[一二三四五六七八九]成)")
#: After 计划: the amount of the year's spending plan (``今年计划完成投资38亿元``, ``年度计划投资``), or
#: the label of a total (``37个项目开工,计划总投资182亿元``, ``计划总投资最多的是甲项目``).
_PLANNED_SPENDING = re.compile(r"完成(?:年度)?投资(?:约|达)?\d|总投资")
#: Places whose names open on 内 (``今年内丘县…``, ``去年内江市…``): after 年 they make no ``年内``.
_NEI_PLACE = re.compile(r"内(?:丘|江|黄|乡|蒙古)")
#: After 即将: a year or a period drawing to its close (``2024年即将收官``, ``这一年即将过去``).
_YEAR_CLOSING = re.compile(r"收官|结束|过去|落幕|收尾|画上(?:圆满的?)?句号|步入尾声|进入尾声")
#: Before 争取: those the funds are won for (``帮助企业``, ``为32家企业``, ``帮企业``).
_WON_FOR = re.compile(r"(?:帮助|帮|协助|助力|为)[^，,。；;！？帮为]{1,10}$")
#: After 争取: funds or support won (``贷款``, ``各类资金``, ``银行授信``, ``上级补助``).
_WON_WHAT = re.compile(r"(?:各类|各级|上级|中央|省级|省|银行|专项|政策性)*"
                       r"(?:贷款|资金|授信|补助|补贴|债券|奖补|奖励)")
#: Before 争取: a sum of what was won (``全市共争取``, ``累计争取``, ``先后争取``).
_WON_SUMMED = re.compile(r"(?:共|共计|累计|先后|已累计)$")
#: After a summed 争取: a fund's name, then its amount or the figure read (``中央预算内资金11.6亿元``).
_WON_FUND_AMOUNT = re.compile(r"(?:到)?[\u4e00-\u9fff]{0,12}?(?:资金|债券|贷款|补助|补贴|授信|奖补)"
                              r"\s*(?:约|达|超过?)?(?:\d|\Z)")
#: A town or county whose name opens with 将 (``将台堡镇``, ``将乐县``), not a plan word.
_JIANG_PLACE = re.compile(r"将(?![在于到为把对向从以是使])[\u4e00-\u9fff]{1,3}(?:镇|乡|县)(?![委政])")


#: Marks of something done or under way (these make a statement ``actual``); ``项目前期`` holds no 目前.
#: (``目(?<!项目)前`` is ``(?<!项)目前`` with the look behind after the 目: every branch opens with a
#: literal, so that the regex engine skips every other position at once.)
#: (``已签约项目``, ``已开工的项目``: a class of projects named, no mark of completion)
ACTUAL_RE = re.compile(r"已经|已(?!(?:签约|签订|开工|落地|建成|投产|竣工)的?(?:项目|企业))|"
                       r"成功|累计|先后|日前|近日|截至|目(?<!项目)前|正在|正(?=加快|加紧|抓紧|全力|稳步|有序)"
                       r"|举行|了(?![解])")
#: In the event's own clause these also report a result (``完成投资``, ``同比增长``).
CLAUSE_ACTUAL_RE = re.compile(ACTUAL_RE.pattern + r"|完成|实现|同比|比上年")
#: Conditionals: ``建成后``, ``投产后`` name a later state, not the reported event.
AFTER_EVENT_RE = re.compile(r"(?:建成|投产|达产|竣工|投运|开工)(?:后|以后|之后)")


#: ``包装`` names the preparing of projects (包装推出, 策划包装一批) only in these contexts,
#: not a product's packaging (小包装油, 包装材料).
_PACKAGING_STAGE = re.compile(r"包装(?:推出|推介|形成|储备|策划|谋划|一批|项目|了)")
_PACKAGING_BEFORE = re.compile(r"(?:策划|谋划|梳理|储备)$")
#: Produce sorted, washed, dried or filled right before ``包装`` (``分选包装``, ``清洗包装``): packing.
_PRODUCE_HANDLED = re.compile(r"(?:分选|分拣|清洗|烘干|冷藏|灌装|罐装)$")
#: ``建设`` inside ``投资建设``/``合作建设`` says who builds, not how far the building is.
_BUILDER_BEFORE = re.compile(r"(?:投资|出资|独资|合资|合作|共同)$")


def cue_applies(text: str, start: int, end: int) -> bool:
    """False when the stage cue ``text[start:end]`` is used in another sense there."""
    cue = text[start:end]
    if cue == "包装":
        if _PRODUCE_HANDLED.search(text, max(0, start - 2), start):
            return False  # ``某某分选包装项目``: the packing of produce, a works' trade
        return bool(_PACKAGING_STAGE.match(text, start)
                    or _PACKAGING_BEFORE.search(text, max(0, start - 2), start))
    if cue == "建设":
        return not _BUILDER_BEFORE.search(text, max(0, start - 2), start)
    if cue == "全容量并网" and TARGET_RE.search(text, _clause_start(text, start), start):
        return False  # 已完成投资…，预计年底前实现全容量并网: a forecast beside works under way
    if cue == "进场":
        return _MACHINES_BEFORE.search(text, max(0, start - 8), start) is not None
    if cue == "引进" and _MACHINES_BROUGHT.match(text, end):
        return False  # 引进数控加工中心、自动喷涂线等设备136台: machines bought, no firm signed
    if cue == "推介" and _FAIR_SIGNING.match(text, end):
        return False  # 在招商推介会上签约的甲项目: the fair where it was signed, no project promoted
    if cue == "交付" and _LAND_HANDED.match(text, end):
        return False  # 向3家入园企业交付工业用地: land handed over to build on, no works finished
    if cue in _TRIAL_RUNS and text.endswith(_TRIAL_RUN_DONE, max(0, start - 3), start):
        return False  # 完成设备调试，进入试生产阶段: the test runs are over, the next state is told
    return not forsaken_plan(text, start)


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last comma, stop or semicolon; at most 30
    characters back)."""
    lo = max(0, pos - 30)
    return max(lo, *(text.rfind(p, lo, pos) + 1 for p in "，,。；;\n"))


#: ``进场`` is the machines moved in only after them (``生产设备日前进场``, ``设备陆续进场``); crews
#: on the site (``施工队伍进场``) are no stage of their own.
_MACHINES_BEFORE = re.compile(r"设备[已于日前陆续正式全部分批首批均都]{0,4}$")


#: Machines or know-how brought in after ``引进`` (``引进数控加工中心…等设备136台（套）``, ``引进德国进口
#: 织机``, ``引进先进技术``): an upgrade's purchase, no firm signed.
_MACHINES_BROUGHT = re.compile(r"[^，,。；;]{0,24}?"
                               r"(?:设备|装备|生产线|产线|机器人|加工中心|机床|织机|工艺|技术)"
                               r"(?![^，,。；;]{0,12}?(?:公司|企业|集团|项目))")


#: A fair's name after ``推介`` with a signing at it (``推介会上签约的``, ``推介大会现场签约``).
_FAIR_SIGNING = re.compile(r"大?会(?:上|现场|期间)?(?:集中|现场|正式|成功)?签")


#: Land after ``交付`` (``交付工业用地``, ``交付了首批地块``, ``交付土地``): handed over to build on.
_LAND_HANDED = re.compile(r"了?[^，,。；;]{0,6}?(?:用地|土地|地块|宗地)")


#: Test runs of equipment (under way) and what says they are over (``完成设备调试``).
_TRIAL_RUNS = frozenset(("设备调试", "联动调试", "设备安装调试", "安装调试"))
_TRIAL_RUN_DONE = ("完成", "完成了", "结束", "已完成")


#: An original plan that was dropped or put off (``原计划去年开工的…``, ``原定年内投产``).
_FORMER_PLAN = re.compile(r"原(?:计划|定|拟)(?:于)?[^,，。;；]{0,8}$")


def forsaken_plan(text: str, start: int) -> bool:
    """True when the cue at ``start`` is what an original plan said (``原计划…开工``): no event reported.

    Cheap first test: ``原`` in the few characters before the cue.
    """
    lo = max(0, start - 12)
    return text.find("原", lo, start) >= 0 and _FORMER_PLAN.search(text, lo, start) is not None


#: Strong plan markers, counted to tell a plan or work report from a news report.
#: (``要`` not after 主/重/需 is tested after the character, ``要(?<![主重需]要)``, so that every
#: branch opens with a literal and the regex engine skips other positions at once: same matches.)
PLAN_RE = re.compile(r"力争|争取|确保|计划(?!总?投资|的|完成(?:年度)?投资)"
                     r"|目标(?!(?:任务)?的?\s*(?:\d|[一二三四五六七八九]成))"
                     r"|将|要(?<![主重需]要)(?!素)|全力|加快")


def stage_of(cue: str) -> str | None:
    """The stage a cue word names."""
    return STAGE_CUES.get(cue)


def target_in(text: str) -> re.Match | None:
    """The last plan/target marker in ``text``, if any."""
    found = None
    for m in TARGET_RE.finditer(text):
        bad = _NOT_TARGET.search(text, max(0, m.start() - 2), m.end() + 2)
        if bad and bad.start() <= m.start() < bad.end() and bad.group() not in ("即将",):
            continue
        if m.group() == "将" and _JIANG_PLACE.match(text, m.start()):
            continue  # 将台堡镇, 将乐县: a place's name
        if m.group() == "年内" and _NEI_PLACE.match(text, m.start() + 1):
            continue  # 今年内丘县…: the year, then a place whose name opens on 内, no deadline
        if m.group() == "即将" and _YEAR_CLOSING.match(text, m.end()):
            continue  # 2024年即将收官: the year's close framing a review, no plan
        if m.group() == "计划" and _PLANNED_SPENDING.match(text, m.end()):
            continue  # 今年计划完成投资38亿元: the year's spending plan, no plan of the stage
        if m.group() == "目标" and _SHARE_DONE.match(text, m.end()):
            continue  # 完成全年目标的56.3%: the share of the goal done, no plan
        if m.group() == "争取" and _WON_FOR.search(text, max(0, m.start() - 12), m.start()) \
                and _WON_WHAT.match(text, m.end()):
            continue  # 帮助企业争取贷款3.6亿元: funds won for others, the work done, no plan
        if m.group() == "争取" and _WON_SUMMED.search(text, max(0, m.start() - 3), m.start()) \
                and _WON_FUND_AMOUNT.match(text, m.end()):
            continue  # 今年，全市共争取中央预算内资金11.6亿元: funds won, summed, no plan
        found = m
    return found


def won_summed(text: str, lo: int, upto: int) -> re.Match | None:
    """The summed 争取 of funds whose figure is at ``upto`` (``全市共争取中央预算内资金``), searched in
    ``text[lo:upto]``: funds won, a result, whatever plan the paragraph or the article tells."""
    return _WON_SUMMED_CLAUSE.search(text[lo:upto])


#: A summed 争取 of funds right before the figure (see :func:`won_summed`).
#: (one fund of a list after it too: ``共争取甲资金11.6亿元、乙资金24.3亿元``)
_WON_SUMMED_CLAUSE = re.compile(r"(?:共|共计|累计|先后)争取(?:到)?(?:[^，,。；;、]{0,24}?、){0,3}"
                                r"[\u4e00-\u9fff]{0,12}?"
                                r"(?:资金|债券|贷款|补助|补贴|授信|奖补)\s*(?:约|达|超过?)?\Z")


def alternation(*words: str) -> str:
    """A regex alternation of literal words, longest first (so longer cues win)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))
