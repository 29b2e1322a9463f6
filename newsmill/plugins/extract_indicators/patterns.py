"""Regular expressions that several of the indicator rules share."""

from __future__ import annotations

import re

from newsmill.zh.bylines import OWN_DATELINE
from newsmill.zh.cues import alternation

DECLINE = ("同比下降", "比上年下降", "比上年同期下降", "比去年同期下降", "较上年同期下降", "下降", "降低",
           "回落")


#: Growth on the same period of last year, written out (``比上年同期增长5.3%``).
SAME_PERIOD_GROWTH = ("比上年同期增长", "比去年同期增长", "较上年同期增长", "较去年同期增长")


GROWTH_CUE = re.compile("(" + alternation("同比增长", "比上年增长", *SAME_PERIOD_GROWTH, "增长", "增速达到",
                                          "增速达", "增速为",
                                          # a rate forecast held (``增速将保持在11%左右``)
                                          "增速将保持在", "增速保持在", "增速将稳定在", "增速稳定在",
                                          "增速将维持在", "增速维持在", "增速", "提高", *DECLINE)
                        + ")(?:了|达到|达|为|约)?$")


METRIC_HEAD = re.compile("^(?:" + alternation(
    "其中", "全年", "全月", "今年以来", "今年", "去年", "目前", "截至目前", "截至", "据悉", "据统计", "同时",
    "此外",
    "另外", "累计", "全市", "全省", "全县", "全区", "实现", "完成",
    # a speaker's goal (``我们将力争全年完成固定资产投资…``)
    "我们", "将", "力争", "争取", "确保", "预计",
    # a goal's verb (``推动县域工业总产值迈上…``)
    "推动")
    + "|" + OWN_DATELINE  # a dateline's ``本报讯``
    # what a works or a trade drove the whole place to (``…，带动全县前三季度网络零售额达到…``): the
    # place's own level, the verb no part of it (``带动农户…`` keeps its verb, see NOT_STATISTIC)
    + "|带动(?=全[省市县区])"
    + "|[一二三四五六七八九十]是)+")  # a task in a list (``一是全县规上工业增加值增长9%``)


MIN_METRIC = 3


#: The farm households a place's industry brings along (``某某产业带动农户1.2万户``): a statistic of the
#: place, though what one works brings (``带动周边农户600余户``) is none.
INDUSTRY_FARMS = re.compile(r"产业带动[\u4e00-\u9fff]{0,4}?农户$")


#: Stations put in service, the counted noun closing the metric (``新投运110千伏及以上变电站``,
#: ``今年建成投运充电站``): the stations a place's grid or network gained, counted; so are the storage
#: plants and the collecting stations of its new energy (``已建成投运的独立储能电站有``, ``已建成新能源
#: 汇集站``).
SERVICE_STATIONS = re.compile(r"(?:投运|投产|并网|建成)[^，,。；;]{0,12}?"
                              r"(?:变电站|充电站|换电站|储能电站|汇集站)(?:有)?$")


#: Visits a place's clinics or hospitals treated (``诊疗群众46.3万人次``, ``门急诊接诊患者…人次``): a
#: statistic of its health care, though people served are most often a team's work.
VISITS_TREATED = re.compile(r"诊疗|接诊|门急诊|门诊|就诊")


#: Counts are statistics only when they count economic units.
ECONOMIC_COUNT = re.compile(alternation(
    "企业", "公司", "商户", "经营户", "个体户", "市场主体", "机构", "客户", "园区", "产品", "专利", "商标",
    # business entities registered or standing (``新登记经营主体…户``, ``实有经营主体…``; not those
    # checked or served: ``共检查经营主体1380家``)
    "登记经营主体", "实有经营主体", "新增经营主体",
    # (the whole stock, and an industry's: ``经营主体总量突破5.2万户``, ``宠物产业经营主体发展到1680家``)
    "经营主体总量", "产业经营主体",
    "品牌", "工厂", "门店", "网点", "游客", "人次", "就业", "岗位", "员工", "从业", "合作社",
    "家庭农场", "车辆", "户数", "用户", "会员单位", "用地", "土地", "地块", "人口",
    # lodging and the villages a collective economy is counted by (``民宿客房1.2万间``,
    # ``年经营性收入10万元以上的村达到126个``)
    "民宿", "客房", "农家乐", "床位", "以上的村", "以上的行政村",
    # (also told with the sum after ``超过``: ``集体经济年收入超过10万元的村达到63个``)
    "元的村", "元的行政村",
    # the new infrastructure a place has in use (``在用数据中心39个``, ``新增5G基站1860个``,
    # ``已建成无人机起降点46个``, ``建成加氢站5座``, ``标准机架超过4000个``; not charging piles, most
    # often a part a works builds: ``配建充电桩200个``)
    "数据中心", "机架", "基站", "起降点", "加氢站",
    # (and the computing centres a city runs: ``已建成投运的算力中心达到7个``)
    "算力中心", "智算中心",
    # the workshops a place has upgraded (``累计建成智能车间126个``, ``省级数字化车间18个``)
    "智能车间", "数字化车间",
    # the sites a tourism or a care economy is counted by (``A级旅游景区总数达到612家``, ``新增4家国家
    # 4A级旅游景区``, ``星级酒店46家``, ``建成镇街区域养老服务中心15处``, ``农村幸福院312处``)
    "景区", "酒店", "养老服务中心", "养老服务设施", "幸福院",
    # the grain driers a farm region adds for its harvest (``全市今年新增烘干塔37座``)
    "烘干塔",
    # a border's trade and traffic: foreign-trade entities on record, the border people trading, the
    # buses across the border (``备案外贸经营主体达到512家``, ``参与互市的边民约1.2万人``, ``中越跨境班车
    # 达到8.6万车次``)
    "外贸经营主体", "互市的边民", "互市边民", "跨境班车",
    # a coast's stock of ports and sea farms (``已建成万吨级以上泊位38个``, ``其中10万吨级以上泊位12个``,
    # ``现有国家级海洋牧场示范区14个``, ``国家级中心渔港和一级渔港48个``; not berths one works builds:
    # ``新建2个5万吨级通用泊位``)
    "吨级以上泊位", "海洋牧场示范区", "中心渔港", "一级渔港",
    # the visitors a city or a border counts by where they come from (``入境旅客3216.5万人次``,
    # ``访港旅客约4120万人次``, ``其中内地旅客…``): its tourism, as ``游客`` is
    "入境旅客", "出境旅客", "过夜旅客", "访港旅客", "访澳旅客")
    + r"|(?:内地|香港|澳门|台湾|国际|外国|境外)旅客$"
    # livestock farms added (``新增肉牛养殖户150户``), not households paid or helped (``向受灾的56户养殖户``);
    + r"|新增[\u4e00-\u9fff]{0,6}养殖户$"
    # workers recruited for the firms (``帮助招聘技术工人1300余名``), not workers at a site (``200多名工人``)
    + r"|(?:招聘|招收|招用|输送)[\u4e00-\u9fff]{0,6}?(?:工人|技工)"
    # the dangerous bridges a road programme rebuilt (``实施危桥改造36座``, ``改造危桥18座``); not lifts
    # fitted or parking spaces added (``老旧小区已加装电梯312部``, ``新增公共停车位420个``): a renewal's
    # works, no statistic; the same bridges named in full (``改造农村公路危旧桥梁318座``, ``危旧桥改造…``)
    + r"|危桥|危旧桥"
    # the rural bus stops and shelters a place has built (``新建成农村客运招呼站46个``, ``建成候车亭120个``),
    # not the stops a plan will build (the status keeps those goals) nor one works' (``配建候车亭2个``)
    + r"|(?:新建|建成|新建成|改造)[^，,。；;]{0,8}?(?:招呼站|候车亭)$"
    + "|" + SERVICE_STATIONS.pattern
    + "|" + VISITS_TREATED.pattern
    # the villages a road, bus or network programme reached (``新增通双车道行政村58个``, ``通客车的
    # 建制村达到412个``), not a road opened through (``打通``, ``贯通``)
    + r"|(?<![打贯畅沟联交开普流])通[\u4e00-\u9fff0-9]{1,6}?的?(?:行政村|建制村|自然村)$"
    + "|" + INDUSTRY_FARMS.pattern
    # the routes a place's trains, buses or flights run, opened so far (``已开通氢能公交线路3条``,
    # ``中欧班列已开通至…等国的线路8条``, ``开通低空物流航线12条``); not a tour's (``低空旅游航线``) nor
    # routes aimed at (``力争三年内开通…``)
    + r"|(?:^|班列|公交|机场)(?:已|累计|共|目前已)?开通[^，,。；;]{0,24}?(?<!旅游)(?<!游览)(?:线路|航线)$"
    + r"|班列线路$"
    # old plants a place has retired so far (``已累计淘汰4.3米及以下焦炉16座``), not one plant's item
    # (``拟投资…，淘汰冲天炉2台``), and its mines made intelligent (``已有41座煤矿建成智能化煤矿``)
    # the declarations or parcels of cross-border trade (``申报跨境电商清单1320万票``)
    + r"|跨境电商[\u4e00-\u9fff]{0,6}?(?:清单|单量|包裹|货量)$"
    + r"|(?:累计|已)淘汰[^，,。；;]{0,12}?(?:焦炉|高炉|转炉|电炉|冲天炉|锅炉)$|智能化煤矿$"
    # the homes a broadband network reaches (``千兆光网覆盖家庭62万户``, ``光纤宽带覆盖用户…``)
    + r"|(?:光网|宽带|光纤|网络)[\u4e00-\u9fff]{0,4}?覆盖(?:家庭|住户|用户)$")


#: What a city's public services are counted by (``新增学位1.08万个``, ``新建、改扩建中小学和幼儿园12所``,
#: ``改造城镇老旧小区46个、涉及居民5260户``, ``新增普惠托位960个``, ``新建社区长者饭堂12家``): a
#: statistic of the place when no works is the subject of the sentence (see
#: :func:`newsmill.plugins.extract_indicators.public_service_count`), though what one school or one
#: renewal builds (``该项目…可提供学位1890个``, ``将改造老旧小区7个``) is the works' own.
PUBLIC_SERVICE_COUNT = re.compile(
    r"(?:学位|托位|中小学|幼儿园|老旧小区|长者饭堂|长者食堂|养老托育设施|健身场地)$"
    r"|(?:老旧小区|小区改造)[^，,。；;]{0,6}?(?:涉及|居民|住户)[\u4e00-\u9fff]{0,2}$"
    r"|^涉及(?:居民|住户)?$"
    # (the elders the canteens counted before serve: ``新建社区长者饭堂12家，…日均服务老年人3200人次``)
    r"|^日均服务(?:老年人|老人|长者)$")


#: Phrases of project attributes and of non-economic counts (not a share of the region's output,
#: ``占地区生产总值的比重``, nor the visitors a place received, ``接待游客…万人次``).
NOT_STATISTIC = re.compile(r"(?!占地区|接待[\u4e00-\u9fff]{0,4}?(?:游客|旅客))(?:" + alternation(
    "拟投资", "将投资", "将投入", "项目总投资", "工程总投资", "年度计划投资", "年度投资计划", "预计总投资",
    # one party's outlay (``某公司斥资6.5亿港元``), an amount restated in yuan (``折合人民币约5.9亿元``),
    # the contract of one works (``工程合同金额约7.8亿元``)
    "斥资", "折合", "工程合同",
    # what one firm brought to land invests (``这家由某区引导落地的服装企业总投资1.2亿元``)
    "企业总投资",
    "投资规模",
    # the cap of a subsidy or an award per firm (``单个企业年度补贴上限由50万元提高到100万元``): a
    # policy's term
    "补贴上限", "奖补上限", "奖励上限", "支持上限",
    "估算", "占地", "用地", "解决就业",
    "带动就业", "达产后", "达产达效后", "可实现", "可容纳", "可吸纳", "可提供", "可带动", "届时", "建成后",
    "投产后",
    # the same in speech (``到时候能解决四百多人就业``, ``投产以后一年能消化本地玉米12万吨``), and a way
    # told by its length (``往东二十多公里``)
    "投产以后", "建成以后", "达产以后", "到时候",
    "能解决", "能带动", "能提供", "能到", "能达到", "往东", "往西", "往南", "往北", "相距", "车程",
    # what works or firms moving in could yield a year (``陆续投产，年产值可达30亿元``)
    "年产值可", "年销售收入可", "年营业收入可", "年营收可",
    # one unit of a plant and what it has earned since it ran (``这套装置日产高纯氢气12吨``,
    # ``投运以来日均增收近20万元``)
    "这套装置", "该装置", "装置投资", "投运以来",
    # what a plant turns or takes in a year once it runs (``年可转化原煤约520万吨``, ``年可消纳秸秆…``)
    "年可转化", "年可消纳", "年可处理",
    # what an upgrade brings a plant (``改造后生产线日产能提升40%``), a phase's own sum (``其中一期投资…``)
    "改造后", "技改后", "扩能后", "扩建后", "一期投资", "二期投资", "三期投资", "首期投资",
    "一期总投资", "二期总投资", "三期总投资", "首期总投资",
    # the crews and machines a works puts on its site (``现场投入作业人员2100余人、机械设备640台套``)
    "作业人员", "施工人员", "机械设备",
    "问题", "困难", "诉求", "办结", "干部",
    # matters an office handled for firms (``共为企业办理各类审批事项86件``): its work, no statistic
    "审批事项", "服务事项", "帮办代办", "代办事项",
    # matters listed before their count (``办结外资企业设立、变更等事项37件``): an office's work
    "等事项",
    "党员", "群众", "负责人", "人数", "考核", "培训", "活动", "调训", "名单", "会议", "惠及",
    "走访", "拜访", "接待", "来访",  # firms visited, guests received: a week's work, no statistic
    "提案", "议案",  # motions filed at a congress or a consultative conference: its work, no statistic
    # deputies' suggestions and the share answered (``共收到代表建议142件``, ``办复率100%``): the same
    "代表建议", "委员建议", "办复率", "答复率",
    # what a farmer gains a mu, what a session saves by going paperless (``亩均增收150元``,
    # ``预计可节约纸张40余万张``), how long registering a firm takes (``企业开办时间压缩至0.5个工作日``)
    "亩均增收", "可节约纸张", "开办时间",
    # the beds a hospital's works are designed for (``新院区…设计床位900张``): the works' own size
    "设计床位",
    "锁定", "目标企业",  # firms an office aims to bring in: prospects, no statistic
    # a fund's size or raising, one company's own figures
    "基金规模", "募集", "该集团", "该公司", "该企业",
    # what a project may bring a village, what a worker earns (``每年可为村集体增收``, ``每月能拿到``)
    "可为", "能拿到", "能挣", "可挣",
    # the firms a works may bring in once built (``建成后…可引进数字经济企业50家以上``)
    "可引进",
    # what a works-for-relief programme plans to pay its workers (``计划发放劳务报酬960万元``)
    "计划发放",
    # a household's or a worker's own figures (``自家种了30亩``, ``一年能增收``, ``每月能拿``), one
    # company's hiring (``已招录员工``, ``招用工人700多名`` after a plant's sum and output)
    "自家", "能增收", "能拿", "招录", "招用",
    # one company's capital, a lender's promise (``注册资本5000万美元``, ``将提供意向性融资50亿元``)
    "注册资本", "意向性", "将提供",
    # firms come to talk and the sum they intend (``已有3家企业前来洽谈，意向投资额共计20亿元``): talks
    "前来洽谈", "意向投资",
    # what a works saves or spares (``每年可节约标准煤约4万吨``, ``年可减少二氧化碳排放…``), a line's
    # automation and a plant's supply radius (``产线自动化率达到95%``, ``物流半径控制在300公里以内``)
    "可节约标准煤", "可节约标煤", "可节省标准煤", "可减少二氧化碳", "可减排", "自动化率", "物流半径",
    # the coal a works burns no more (``每年减少燃煤消耗8万吨``), what a works can turn over or handle
    # (``年冷链周转能力可达40万吨``, ``日处理能力可达500吨``)
    "减少燃煤", "节约燃煤", "替代燃煤", "能力可",
    # the fuel trucks or machines of a works use no more (``每年可替代柴油约1.2万吨``, ``节省燃油…``)
    "替代柴油", "节约柴油", "节省柴油", "减少柴油", "替代燃油", "节约燃油", "节省燃油", "减少燃油",
    # what a works or a firm saves in costs (``企业每年可节省物流费用约6000万元``, ``节约运费…``)
    "节省物流费用", "节约物流费用", "节省物流成本", "节约物流成本", "节省运费", "节约运费", "节省费用",
    "节约费用",
    # vouchers a place hands out to spur spending (``发放消费券1500万元``): a measure, no statistic
    "消费券",
    # what each household of a village or a works' neighbours gains (``预计户均增收2万元以上``): a
    # household's own figure, no statistic of the place
    "户均增收",
    # what a grower gains by a sale or a year's work (``每斤蘑菇可多卖2元``, ``一年能多挣八千多元``):
    # a household's own figure, no statistic of the place
    "多挣", "多卖",
    # a threshold every village of a count passes (``全镇12个村集体经济收入全部超过30万元``): the sum
    # is the bar, no level of the place (the count of villages past it is the figure)
    "收入全部",
    # how far a result went past its plan (``全年完成投资158.2亿元，超年度计划9.6亿元``): no level
    "超年度计划", "超出年度计划", "超过年度计划", "超计划", "超出计划",
    # a case an office or a court handled: fines, illegal gains, the value of the goods, wages
    # recovered or owed (``并处罚款5万元``, ``罚没款共计…``, ``为…追回工资…``, ``拖欠…工资…``); the
    # value of goods is a case's only as its sum or the goods seized (``货值金额2.6万元``, ``涉案货值…``),
    # a trade's otherwise (``保税维修业务货值3.8亿元``, ``中欧班列…货值9.8亿元``)
    "罚款", "罚没", "违法所得", "货值金额", "涉案货值", "立案", "查处", "案件", "追回", "追讨", "欠薪",
    "拖欠",
    # what an insurer or a lender pays, covers or promises (``支付理赔款…``, ``户均赔付…``,
    # ``承保…``, ``提供风险保障…``, ``向…企业授信…``, below): one company's business
    "理赔", "赔款", "赔付", "承保", "风险保障",
    # what one household could sell, what a thing brings its people (``5亩地能卖…``,
    # ``带动茶农人均增收…``); a wage guideline's rates (``基准线为6%``)
    "能卖", "带动", "基准线", "指导线",
    # what a facility can hold or serve at once (``可同时存栏肉牛600头``, ``可同时容纳…``)
    "可同时",
    # the design of a road, a railway, a bridge or a waterway (``设计时速80公里``, ``路基宽度10米``,
    # ``桥隧比达78%``, ``航道维护水深由1.2米提高到1.9米``), what one line or port is built to carry
    # (``线路年货运能力由…提高到…``, ``设计年吞吐量800万吨``): the works' own, no statistic
    "设计时速", "路基宽度", "路面宽度", "桥隧比", "维护水深", "通航水深", "货运能力", "设计年吞吐",
    "设计吞吐",
    # the traffic one road or route carries (``某景观公路日均车流量比去年同期增加三成``): the road's own
    "车流量",
    # what a water works brings its town (``工程建成后，城区供水保证率将由75%提高到95%以上``)
    "保证率",
    # the area a park or a plan is laid out on (``某产业园…规划面积1200亩``): its plan, no statistic
    "规划面积",
    # what a plant raises its products' worth by (``投产后…附加值能提高两成``): the works' gain
    "附加值能", "附加值可", "附加值将",
    # what a firm saves on each unit it makes (``每吨产品的物流成本能省下近百元``): its own gain
    "能省下", "可省下", "能省出", "可省出",
    # what a new plant raises each worker's output by (``人均产值可以提高一倍以上``): the works' gain
    "人均产值可", "人均产值能", "人均效率",
    # what lies around one site (``周边3公里范围内有蔬菜种植基地2万余亩``): the site's setting
    "公里范围内有", "公里范围内",
    # what a place usually has, year in year out (``某作物常年种植面积稳定在40万亩左右``): a trait of
    # the place, no figure of a period
    "常年",
    # what a fair's buyers and sellers agreed on (``现场达成意向成交额8600万美元``, ``意向采购金额…``,
    # ``现场签订出口订单金额…``): the fair's deals, no statistic of the place
    "意向成交", "意向采购", "签订出口订单", "签订订单",
    # a firm's plants around the world, a phase's own plant (``在全球14个国家设有32家工厂``,
    # ``一期工厂实现销售收入2.1亿美元``): the firm's or the works' own figures
    "在全球", "一期工厂", "二期工厂", "首期工厂",
    # what a works will cut or save a year once done (``改造完成后，每年可减少颗粒物排放1200吨``), how hard
    # one plant runs (``装置负荷已达到92%``) and what it burns a day (``每天消耗合成气400多万立方米``):
    # the works' own figures, no statistic of the place
    "每年可减少", "年可减少", "每年可节约", "年可节约", "装置负荷", "每天消耗", "每日消耗",
    # what a phase builds, a room's price a night (``一期建设度假酒店2座``, ``客房均价每晚680元``):
    # the works' own, no statistic of the place
    "一期建设", "二期建设", "三期建设", "首期建设", "均价每晚", "每晚均价",
    # one shop's rooms, a peak told in speech (``赛事期间店里40间客房全部订满``, ``单日游客最多时有5万多人``)
    "店里", "最多时",
    # the people a works shields or serves (``保护下游人口3.2万人``, ``受益人口约28万人``, ``惠及人口…``):
    # the works' benefit, no statistic of the place
    "保护下游", "保护人口", "受益人口", "惠及人口",
    # what a firm puts in again, what a works can add or is designed to handle (``明年将再投入约8000万
    # 港元``, ``预计可新增加工能力8万吨``, ``设计年处理…鲜果8万吨``): the works' own
    "再投入", "可新增", "设计年处理", "设计年加工",
    # one project's planned sum (``计划总投资3亿元，建设…``), one line's pace (``这条产线每分钟可生产电芯
    # 120只``) and the vehicles one plant has rolled out (``1—10月已下线各类新能源物流车1.3万辆``): the
    # works' own, no statistic of the place
    "计划总投资", "这条产线", "这条生产线", "该产线", "每分钟", "已下线",
    # the measures a vessel, a farm at sea or a port is built to (``载重吨10万吨``, ``养殖水体8.6万立方米``,
    # ``年卸港量可达18万吨``, ``年设计通过能力1100万吨``, ``年修船能力300艘次``, ``日产淡水5万吨``) and the
    # sea and shore a coast holds (``海域面积13.6万平方公里``, ``可建…泊位的岸线超过210公里``): the works'
    # own or the coast's lie, no statistic of a period
    "载重吨", "卸港量可", "通过能力", "修船能力", "造船能力", "日产淡水", "海域面积", "的岸线",
    # what a ship's calls or an event will bring a place's shops (``预计带来旅游消费超过3000万元``): a
    # forecast of its effect, no statistic
    "带来旅游消费", "带来消费")
    # what an event sold in its days (``促销周5天实现销售额2.3亿元``, ``3天成交额…``): the event's own
    + r"|(?<![\d.])[\d一二三四五六七八九十两]{1,3}天(?:内|里|时间)?(?:累计|共)?(?:实现|完成)?"
    r"(?:销售额|成交额|交易额|营业额|销售收入)"
    # a few villages just named, counted as the subject (``甲村、乙村的村民也忙了起来。今年以来，两个村新建
    # 农家乐和民宿36家``): their own figures, no statistic of the place
    + r"|^(?:这|该)?(?:[两三四五六]|[2-6])个(?:村|行政村|自然村|社区)"
    # a lender's credit to its clients (``向种植户授信…``, ``为12个项目授信…``); credit an office wins
    # for firms (``为企业争取银行授信…``) is its work, a statistic; so is the lenders' credit to a class
    # of projects (``银行机构为重点项目授信…``, read by ``CLASS_FUNDS``)
    + r"|[向为](?!(?:全[省市县区])?(?:重点|重大)(?:工程|建设)?项目)[^，,。；;争]{0,12}?授信"
    # a loan to one named firm or works (``某支行向甲公司发放技改贷款…``, ``为乙项目发放贷款…``) and a
    # fund's stake in one firm (``某基金以股权投资方式出资…``): the lender's or the fund's business
    + r"|[向为][^，,。；;争]{2,30}?(?:公司|集团|项目|工程|基地|电站)[^，,。；;]{0,10}?(?:贷款|融资|注资|出资)"
    + r"|基金[^，,。；;]{0,10}?(?:出资|注资)"
    # a fund's own portfolio (``产业基金已投资企业12家``): the fund's business, no place's statistic
    + r"|基金[^，,。；;、]{0,4}?投资(?:了)?(?:企业|项目)"
    # the sum one firm or one fund puts in (``某集团将以外商独资方式投资8600万欧元``, ``一家物流基金投资…``,
    # ``某株式会社追加投资…``): its own deal, no statistic (what a place's guiding fund invested is one:
    # ``产业引导基金投资1.2亿元``)
    + r"|(?:集团|公司|会社)(?:将|拟|计划|已)?(?:以[\u4e00-\u9fff]{2,8}方式)?(?:追加|新增)?投资$"
    + r"|一家[\u4e00-\u9fff]{0,8}基金投资$"
    # a deal's or one works' sum named bare (``投资额1800万美元``, ``协议投资2500万新加坡元``, ``涉及金额约
    # 12亿澳门元``, ``市场总投资1.2亿元``): no measure of a place
    + r"|^(?:投资额|协议投资额?|涉及金额|合同金额)$|(?:市场|中心|基地|枢纽|仓库|物流园)总投资$" + ")")


#: A scope word after an event (``博览会期间，全市接待游客…``): the place's statistic stays.
_SCOPE_WORD = re.compile(r"全[省市县区州]")


#: One bank as the subject before a figure (``该行已累计向37个重点项目投放贷款…``,
#: ``某某银行某某支行计划年内…``, ``该行负责人介绍，“某某贷”…审批时限压缩至…``): the lender's own
#: business, its loans, its plan and the terms of its products, no statistic of the place (the lenders
#: of a place, ``全市银行机构``, stay).
ONE_BANK = re.compile(r"(?:该|这家)行(?![业政])|(?:银行|农商行|信用社)[\u4e00-\u9fff]{0,8}?(?:分行|支行)")
#: A whole place as the subject, opening its clause (``…介绍，全市银行机构…``); as an object
#: (``向全县牧户投放…``, ``围绕全市重点项目清单…``) it is not.
_WHOLE_SUBJECT = re.compile(r"(?:^|(?<=[，,；;：:“\"。\s]))(?:今年|目前|当前|同期)?全[省市县区州]")


#: The central bank's branch (``人民银行某市分行``) reports the place's lenders, no business of its own.
_CENTRAL_BANK = ("人民", "人行")
#: A bank told as the source of the figures after it (``记者从某银行某分行获悉``, ``…分行数据显示``).
_BANK_AS_SOURCE = re.compile(r"(?:获悉|了解到|消息|数据|统计|发布)")


def one_bank_subject(text: str, start: int, end: int) -> bool:
    """Whether one bank is the subject of the figure at ``end`` in the sentence from ``start``
    (``该行计划年内为园区企业提供信贷支持不低于5亿元``): the last bank named before it, with no whole place
    as subject (``全市``, ``全县``) between them."""
    banks = [b for b in ONE_BANK.finditer(text, start, end)
             if not text.endswith(_CENTRAL_BANK, max(start, b.start() - 2), b.start())
             and not _BANK_AS_SOURCE.match(text, b.end(), end)]
    return bool(banks) and not _WHOLE_SUBJECT.search(text, banks[-1].end(), end)


#: The investment a class of projects completed (``全区重点项目完成投资…``, ``全镇农业产业项目完成投资…``,
#: ``全县农业农村项目…``, ``全市交通项目…``),
#: no one project's.
_CLASSES = (r"(?:重点|重大|产业|工业|农业|农村|文旅|农文旅|交通|水利|民生"
            r"|乡村振兴|基础设施|社会事业|城建|能源)(?:工程|建设)?项目")


#: ``完成`` and a class word right before a ``项目`` (``完成重点项目投资``): no one project's subject.
_DONE_CLASS_BEFORE = re.compile(r"完成(?:重点|重大|产业|工业|农业|农村|文旅|交通|水利|民生|基础设施|新?能源)"
                                r"(?:工程|建设)?$")


#: A list of works named by its number right before ``项目`` (``十大重点项目``, ``八大民生项目``).
_TOP_LIST_NUMBER = r"(?:[两三四五六七八九]|十[一二三四五六七八九]?|二十)大"


_TOP_LIST_BEFORE = re.compile(r"(?<![\d一二三四五六七八九十百])" + _TOP_LIST_NUMBER
                              + r"[\u4e00-\u9fff]{0,4}?$")


#: Periods a goal is written for (a year, a quarter, a half-year).
TARGET_PERIOD = re.compile(r"\d{4}(?:-[QH]\d)?")


#: Works named in a sentence (``…的年产5万吨某某项目开工``), no count of a class of them (``项目12个``).
_NAMED_WORKS = re.compile(r"[\u4e00-\u9fff](?:项目|工程)(?![\d一二三四五六七八九十两]{1,4}[个项])")


CAPACITY_METRIC = re.compile(r"(?:目前|现已|已)?[日月年]可?(?:产|加工|处理|生产|出栏|屠宰)"
                             # (what a works turns to use each year where the crop grows: ``每年可就地
                             # 转化玉米40万吨``, ``每年可消纳秸秆15万吨``)
                             r"|(?:每年|每天|每日)(?:可|能)?(?:就地|就近)?(?:转化|消纳|加工|处理|利用)"
                             # (what works supply a day: ``每天可新增供水能力8万立方米``, ``日供气能力``)
                             r"|(?:每天|每日|每年|[日年])?可?(?:新增)?[日年]?(?:供水|供气|供热|污水处理|处理)能力"
                             # (the scale a works is designed for: ``设计处理规模每天3万吨``)
                             r"|设计(?:[日年]|每天|每日)?(?:处理|生产|供水|供气)?(?:规模|能力|产能)")


#: The place column of a table by place (``地区``, ``县（市、区）``, ``县市区``).
_PLACE_HEAD = re.compile(r"(?<!\S)(?:地区|县[（(]市、区[)）]|县市区|县区|区县|县市)(?!\S)")


#: The measures a part of a whole shares with it (``粮食播种面积…，其中水稻38.2万亩``).
#: (``新能源装机规模…，其中风电312万千瓦、光伏174万千瓦``: the parts' power installed)
_MEASURES = ("播种面积", "种植面积", "面积", "产量", "产值", "零售额", "出口额", "进口额", "余额", "收入",
             "装机容量", "装机规模", "装机")


#: The period of a slogan's figures: a goal with no date.
SLOGAN_PERIOD = "远期目标"


#: A title of a firm's own person (``公司董事长某某``, ``总经理某某``, ``项目生产负责人某某``).
_FIRM_TITLE = (r"(?:董事长|总经理|总裁|厂长|创始人|首席执行官"
               r"|(?:公司|企业|集团|项目[\u4e00-\u9fff]{0,2})负责人)")


#: A gain of works or of a firm's upgrade told as a rate, right before the rate (``产能提升30%``,
#: ``单位产品综合能耗下降15%``, ``人均劳动生产率提高45%``, ``不良率由3.2%降至``, ``用电量下降约``):
#: what the works yield, no statistic of a place.  (A place's rate names its scope or its year before:
#: ``全市单位工业增加值能耗同比下降4.2%``, see :data:`_PLACE_RATE`.)
WORKS_GAIN = re.compile(r"(?:产能|能耗|单耗|劳动生产率|生产效率|效率|不良率|次品率|良品率|良率|成本"
                        r"|用电量|用水量|排放量|用工|人工|交付周期|生产周期|周期|单产水平)"
                        # (against the old plant or the way before: ``吨铁能耗比原有高炉降低约12%``)
                        r"(?:(?:可|将|预计)?(?:比|较)(?:原有|原来|原|老|传统|改造前|改造以前)[\u4e00-\u9fff]{0,6}?)?"
                        r"(?:由[\d.]+%?)?(?:却|也|还)?(?:平均|可|将|预计|均|约|大幅|再)?"
                        r"(?:提升|提高|下降|降低|减少|缩短|节约|降至|降到|提升至|提高到|提升到)了?(?:约|近|超|逾)?$"
                        # (a plant's load against its design: ``负荷已达设计能力的85%``)
                        r"|(?:负荷|开工率|装置|生产线)[^，,。；;]{0,8}?设计(?:产|生产)?能力的(?:约|近)?$")
#: What makes a rate of efficiency a place's statistic (its scope, a year compared, a per-GDP measure).
#: (``工业用电量下降3%``, ``全社会用电量``: a place's use of power)
_PLACE_RATE = re.compile(r"全[省市县区州]|同比|比上年|较上年|比去年|较去年|增加值|GDP|生产总值|规上|规模以上"
                         r"|工业|全社会|城乡居民")


def works_gain(text: str, c0: int, start: int) -> bool:
    """True when the rate at ``start`` is a gain of works or of a firm's upgrade (:data:`WORKS_GAIN`),
    its clause from ``c0`` naming no scope, year compared or per-output measure of a place."""
    m = WORKS_GAIN.search(text, max(c0, start - 24), start)
    return m is not None and _PLACE_RATE.search(text, c0, start) is None


#: A statistic named as the topic of the clauses after it (``规模以上工业增加值增速方面，``,
#: ``从社会消费品零售总额看，``), places and their rates following (``甲区增长14.3%``).
_TOPIC = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(?:从)?(?P<m>[\u4e00-\u9fff]{2,16}?)(?:的)?(?:增速|增幅)?"
                    r"(?:方面|来看|看)[，,]$")


def topic_metric(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """Span of the statistic a topic clause names right before ``start`` (see :data:`_TOPIC`), the
    search not going back before ``lo``; None if none.  A breakdown's word (``分县（市、区）看``,
    ``分行业看``) names no statistic."""
    lo = max(lo, text.rfind("\n", 0, start) + 1)
    m = _TOPIC.search(text[lo:start])
    if m is None or m.group("m")[0] in "分按从" or m.group("m").startswith(("总体", "整体", "具体")):
        return None
    return lo + m.start("m"), lo + m.end("m")


#: One platform and the firms it has joined or serves (``一个面向眼镜产业的工业互联网平台已接入上下游企业
#: 430余家``): the platform's own figure; with a place's scope (``全市工业互联网平台接入企业…``) a statistic.
_PLATFORM_SERVES = re.compile(r"平台(?:已经?|累计|共|目前)?(?:接入|连接|汇聚|服务|入驻|注册)")


def platform_figure(text: str, c0: int, start: int) -> bool:
    """True when the figure at ``start`` counts what one platform joined or serves (no scope word)."""
    return _PLATFORM_SERVES.search(text, c0, start) is not None \
        and _SCOPE_WORD.search(text, c0, start) is None


#: One works named before a capacity (``矿井``, ``该矿``, ``一座煤矿``, ``生产线``, ``装置``).
_ONE_WORKS = re.compile(r"矿井|煤矿|矿山|该矿|本矿|该厂|工厂|装置|生产线|产线|项目|高炉|焦炉|窑")
#: What may stand between ``产能`` and its figure when the capacity is raised or told
#: (``产能将由90万吨/年提升至``, ``核定产能``).
_CAPACITY_TO = re.compile(r"(?:将|可|已|达到|为|由|[\d.]+[万亿]?吨/年|提升|提高|增加|核增|扩大|至|到|了)*")
#: A place's whole (``全县``, ``我市``) makes the capacity its statistic.
_WHOLE_SCOPE = re.compile(r"全[省市县区州旗]|我[省市县区]|本[省市县区]")


def works_capacity(text: str, lo: int, start: int) -> bool:
    """True when the figure at ``start`` is one works' capacity raised (``矿井产能将由90万吨/年提升至
    150万吨/年``, ``…一座煤矿完成了产能核增，产能由60万吨/年核增至90万吨/年``): a works named before
    ``产能`` in its sentence (from ``lo``) and no place's whole; ``全县煤炭产能…`` is a statistic."""
    k = text.rfind("产能", lo, start)
    if k < 0 or not _CAPACITY_TO.fullmatch(text, k + 2, start) or text.find("由", k, start) < 0:
        return False  # (raised from one size to another; ``新增产能12万立方米`` is a place's gain)
    return _ONE_WORKS.search(text, lo, k) is not None and _WHOLE_SCOPE.search(text, lo, start) is None


#: What follows a place that tells where visitors come from (``香港旅客约662万人次``, ``其中澳门游客…``,
#: ``访港的内地及台湾旅客``): their origin, not where they are counted.
VISITOR_ORIGIN = re.compile(r"(?:[、和及与]?(?:内地|台湾|海外|境外|外国))?(?:旅客|游客|访客)")
