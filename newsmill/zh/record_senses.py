"""Senses of figures and counts that make no statistic and no batch.

An indicator is a statistic of a place or a sector (output, trade, investment, income, counts of
firms); a batch is a group of projects counted.  Financial briefs and general news use the same
shapes — a figure closing a clause after a measure, a count before ``项目`` — in other senses: the
day's move of a share, an index, a future or a yield (``某指数跌0.8%``, ``收益率涨3个基点``), a
quote (``均价报…``), a listed firm's results and holdings (``归属于上市公司股东的净利润``,
``持股比例``), an analyst's forecast, a person's own money (``她拿出10万元``), a contest's results
(``抓举120公斤``); and ``项目`` as a contest's events (``4个项目的比赛``), a firm's deals, holdings or
homes for sale (``中标2个项目``, ``在执行项目27个``, ``住宅项目``) or a class of transactions
(``IPO项目``).  The extractors ask these tests before they keep a record.
"""

from __future__ import annotations

import re

#: Basis points: the move of a yield or of a rate (``收益率涨3.4个基点``, ``下调10个基点``), no level.
MOVE_UNITS = frozenset(("个基点", "基点"))

#: A market's move told by the bare verb of trading news (``沪指涨0.8%``, ``某股跌超5%``, ``收跌逾2%``,
#: ``涨幅扩大至1%``); ``上涨``/``下跌``/``涨幅`` of prices keep their statistic (``居民消费价格涨幅3%``).
_MOVE = re.compile(r"(?:(?<![上下回增减])(?:收|大|暴|再|一度|盘中|午后|尾盘|本周|累)?[涨跌]"
                   r"(?:超|逾|约|将近|将|近|达|了)?"
                   r"|[涨跌]幅(?:扩大|收窄)(?:至|到)?|[涨跌]停)$")
#: The same move told by ``上涨``/``下跌`` of a share, an index or a future with no price named
#: (``某指数上涨0.6%``, ``某股今年迄今下跌了22%``, ``某交割的黄金下跌0.3%``), or in points
#: (``某运价指数上涨182点或9.2%``).
_MOVE_TOLD = re.compile(r"(?:上涨|下跌)(?:了|超过|超|逾|约|近|小于)?$|\d点或$")
#: Prices whose rise the bare verb may tell in a statistics report, named in its clause
#: (``鲜菜价格涨5.3%``, ``居民消费价格同比上涨0.6%``, ``就业成本指数上涨4%``), and a rise measured
#: against a year before (``新建商品住宅同比上涨0.9%``, ``销售额同比涨了两成``): a statistic's growth.
_PRICE_LEVEL = re.compile(r"价格|物价|CPI|PPI|成本指数|同比|环比|比上年|比去年")

#: A metric naming a level of prices a statistics report tracks, the rise told in a clause of its own
#: (``居民消费价格`` … ``上半年累计上涨0.1%``).
_PRICE_METRIC = re.compile(r"(?:消费|生产|购进|零售|出厂)价格(?:指数)?$|^(?:CPI|PPI)$")

#: Words of a trading day, anywhere in the sentence before the figure: a market's report (a board
#: of shares moving, ``板块集体走强``; not a region's ``三大产业板块``).
_TRADING_DAY = re.compile(r"涨停|跌停|收盘|开盘|午盘|早盘|尾盘|盘中|盘后|收报|报收|个股|概念股"
                          r"|沪深两市|两市(?:成交|融资|个股|主力|合计成交)"
                          r"|板块(?:指数|集体|全天|午后|[涨跌走收])"
                          r"|龙虎榜|换手率|北向资金|南向资金|主力合约"
                          # (a share's day told before its turnover:
                          # ``股价上涨4.37%，收于28.65元/股，成交额…``)
                          r"|股价(?:上涨|下跌|涨|跌|报|收)|收于\d")
#: Words of a security, a quote or a yield in the figure's clause: a market's figure.
_SECURITY = re.compile(r"股价|股市|净买入|净卖出|买入|卖出|目标价|每股|总股本|收益率|汇率(?!折算)|中间价"
                       r"|兑美元|兑人民币|兑欧元|兑日元|兑港元|期货|期指|两融|新股(?!东)|ETF|[涨跌]幅居前"
                       r"|占公司|本集团")
#: A quote right after the figure (``上涨0.18%，现报101.52点``, ``，报2358美元/吨``): a market's move.
_QUOTE_AFTER = re.compile(r"[，,]\s*(?:现|最新|收|盘中)?报\s*\d")
#: A quote (``均价报…``, ``收报…``, ``最高价报…``, ``05:59报…``): one price at one moment (not what is
#: filed, ``企业升规申报9家``).
_QUOTE = re.compile(r"(?:价|收|现|盘|\d)报$")

#: A listed firm's results or forecast (``归属于上市公司股东的净利润``, ``净利同比预增``, ``纯利``,
#: ``基本每股收益``, ``Q4营收``), anywhere in the sentence before the figure: the firm's own, no
#: statistic.
_FIRM_RESULT = re.compile(r"归属于|归母|净利|纯利|扣非|每股|预增|预减|预亏|扭亏|续亏|首亏|毛利率|业绩预告"
                          r"|业绩快报|财年|Q[1-4]")
#: What analysts expect of a firm, in the figure's clause (``分析师预估30.7亿美元``, ``市场预期…``).
_EXPECTED = re.compile(r"分析师|预估|市场预期")
#: What an analyst says will be, anywhere in the sentence before the figure (``某银行分析师某某预计，
#: 油价…将达到每桶90美元``): a forecast of a market, no statistic (the statistics bureau's figure
#: ``达到分析师预测的上限`` stays).
_ANALYST_SAYS = re.compile(r"分析师[\u4e00-\u9fffA-Za-z .]{0,24}?(?:预计|认为|称|表示|说)")
#: A firm's result set against what was expected, right after the figure (``净营收126亿美元，市场预估
#: 120亿美元``, ``，分析师预期1.86美元``, ``，预估3420亿日元``; not what a place's figure may bring,
#: ``投资总额…，预估可新增就业…``).
_EXPECTED_AFTER = re.compile(r"[，,；;]\s*(?:(?:分析师|市场)(?:预估|预期)|预估约?\d)")
#: Shares held, taken up or issued (``持股比例``, ``股权比例``, ``认缴``, ``获配``, ``定增``, ``募资``,
#: ``发行价``): a deal of a firm.
_SHARE_HOLDING = re.compile(r"持股|股权|认缴|获配|定增|增发|配售|募资|首募|发行价|授予价格|行权价格")

#: A person as the figure's subject (``她先后拿出10万元``, ``他的欠款``), not the ``他`` of ``其他``
#: nor a person who speaks of a place's figure (``他说，全县…``).
_PERSON = re.compile(r"(?<![其吉])[他她](?:们)?(?!说|表示|介绍|告诉|指出|认为|强调|坦言)")

#: A person's own money or deeds: a gift or a bribe (``给某某送去2000元``), a crime's sums (``抢劫财物价值
#: 47万元``), one thing's price (``这件作品的售价``), a picture's note (``附图片1张``).
_OWN_DEED = re.compile(r"送去|送给|抢劫|盗窃|诈骗|贪污|受贿|行贿|挪用|^这(?:件|台|幅|款|辆)|附图片|附照片")
#: A contest's results (``抓举120公斤``, ``总成绩``, ``夺得11枚金牌``, ``比分``); not the champions of a
#: trade (``单项冠军企业``, ``隐形冠军``) nor rates given in turn (``同比分别增长``).
_CONTEST = re.compile(r"抓举|挺举|总成绩|(?<![同环])比分(?!别)|进球|枚[金银铜]?牌|奖牌|决赛"
                      r"|(?<!单项)(?<!隐形)冠军(?!企业|产品)|夺冠|赛季|联赛")

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
#: What ends a clause: its marks, and the space between the parts of a headline (``某产品价格继续上涨
#: 某某再涨6500元/吨``).
_CLAUSE_MARK = "，,；;：: \u3000"


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence holding ``pos``."""
    lo = max(0, pos - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


#: A place's listed firms taken together, the subject of their summed results (``全省上市公司合计实现…``,
#: ``辖区境内上市公司共实现…``, ``某市A股上市公司…``).
_LISTED_OF_A_PLACE = re.compile(r"(?:全省|全市|全区|全州|全县|辖区|[\u4e00-\u9fff]{1,6}?(?:省|市|自治区))"
                                r"(?:境内)?(?:A股)?上市公司(?:合计|共|累计|整体|总体|累计共)?(?:实现|完成)")


def _listed_firms_of_a_place(text: str, start: int) -> bool:
    """True when the figure at ``start`` sums a place's listed firms (``全省上市公司合计实现营业收入…；实现
    净利润…``), told earlier in its sentence up to the last full stop: a statistic of the place."""
    lo = max(0, start - 160)
    k = max(text.rfind(c, lo, start) for c in "。！？\n")
    return _LISTED_OF_A_PLACE.search(text, max(lo, k + 1), start) is not None


def no_statistic(text: str, start: int, metric: str, unit: str | None, end: int | None = None) -> bool:
    """True when the figure at ``start`` (ending at ``end``), read with ``metric`` and ``unit``, is
    no statistic of a place or a sector: a market's move or quote, a listed firm's results or
    holdings, a person's own figure, a contest's result (see the module docstring)."""
    if unit in MOVE_UNITS:
        return True
    s0 = _sentence_start(text, start)
    before = text[s0:start]
    c0 = s0 + max(before.rfind(c) for c in _CLAUSE_MARK) + 1
    clause = text[c0:start]
    if (_MOVE.search(metric) or _MOVE_TOLD.search(clause)) and not _PRICE_LEVEL.search(clause) \
            and not (_MOVE_TOLD.search(clause) and _PRICE_METRIC.search(metric)):
        return True  # (上半年累计上涨0.1% after 居民消费价格…: the price level named in the metric)
    if _QUOTE.search(metric) or _SHARE_HOLDING.search(metric):
        return True
    if _FIRM_RESULT.search(before) and not _listed_firms_of_a_place(text, start):
        return True
    if end is not None and (_QUOTE_AFTER.match(text, end) or _EXPECTED_AFTER.match(text, end)):
        return True
    if _SECURITY.search(clause) or _EXPECTED.search(clause):
        return True
    if _TRADING_DAY.search(before) or _CONTEST.search(before) or _ANALYST_SAYS.search(before):
        return True
    return _PERSON.search(clause) is not None or _OWN_DEED.search(clause) is not None


#: Events of a contest or a game counted as ``项目`` (``4个项目的比赛``, ``在37个项目的角逐中``,
#: ``两项强身项目``), or works entered for an award.
_CONTEST_EVENTS = re.compile(r"比赛|角逐|竞技|枚[金银铜]?牌|奖牌|(?<!单项)(?<!隐形)冠军(?!企业|产品)|决出"
                             r"|(?<!\d)(?:4|8|16|32|64)强|强身|参赛|运动水平|运动员|评奖|获奖|入选作品")
#: A firm's deals or holdings before the count (``联合体中标2个PPP项目``, ``公司在执行未完工项目27个``,
#: ``拟收购7个地热项目``, ``对外放售的项目还有9个``, ``在管…项目``): the firm's, no batch of a place.
_FIRM_DEALS = re.compile(r"中标|中选|收购|出售|放售|转让|在执行|在管|能交易|可交易|拥有|持有")
#: Transactions named ``项目`` (``IPO项目``, ``混改项目``, ``并购项目``): deals, no works.
#: (outward investments filed, ``备案境外投资项目5个``, ``企业境外投资备案项目9个``: a firm's deals abroad,
#: counted as a statistic, no works of the place)
_DEAL_CLASS = re.compile(r"(?:IPO|混改|并购|重组|上市|融资|境外投资(?:备案)?|对外投资(?:备案)?)项目")
#: A firm's gain or contract told right after the count (``两个项目中标金额…``, ``两个项目将为公司带来…``):
#: the firm's projects.
_FIRM_GAIN_AFTER = re.compile(r"[^，,。；;]{0,8}?(?:中标|为公司|占公司)")
#: Homes built to sell (``住宅项目``, ``商品住宅及商务公寓项目``): a developer's stock, no works of a place
#: (homes for those resettled, ``安置住宅项目``, are works).
_HOMES = re.compile(r"(?<!安置)(?<!保障)(?<!回迁)(?<!人才)(?:住宅|公寓|楼盘)(?:及[\u4e00-\u9fff]{1,6})?项目"
                    r"|项目[^，,。；;]{0,4}(?:住宅|公寓|楼盘)")
#: Places counted before a verb of theirs (``八个省市发布了…重大项目``): the count is of places.
_PLACES_COUNTED = re.compile(r"个(?:省市|省份|城市|地区|国家)(?:已|均|都|先后)?(?:发布|出台|印发|公布)")
#: Teams named after the projects they serve, counted (``组成15个项目服务专班``, ``8个项目工作组``): the
#: count is of teams.
_TEAMS_AFTER = re.compile(r"(?:服务|推进|帮办)?(?:专班|工作组|小分队|服务队|服务组)")
#: A service given to the projects counted after ``为`` (``累计为37个项目提供全程代办服务``, ``为12个项目
#: 协调解决…``): the office's work, no event of the projects.
_SERVICE_AFTER = re.compile(r"[^，,。；;]{0,4}?(?:提供|协调解决)")
#: A demonstrative right before the count (``这两个项目是…``): the projects told before.
_DEMONSTRATIVE = re.compile(r"[这那](?:些)?$")


def no_batch(text: str, start: int, end: int) -> bool:
    """True when the count of ``项目`` between ``start`` and ``end`` counts no projects of a place:
    a contest's events, a firm's deals, holdings or homes for sale, a class of transactions, places
    counted, or the projects just told (see the module docstring)."""
    s0 = _sentence_start(text, start)
    s1 = _SENTENCE_END.search(text, end)
    sentence = text[s0:s1.start() if s1 is not None else len(text)]
    before = text[s0:start]
    c0 = s0 + max(before.rfind(c) for c in _CLAUSE_MARK) + 1
    if _CONTEST_EVENTS.search(sentence) or _DEMONSTRATIVE.search(before) \
            or _PLACES_COUNTED.search(text, start, end) or _FIRM_GAIN_AFTER.match(text, end):
        return True
    if _HOMES.search(text, max(s0, start - 12), min(len(text), end + 6)):
        return True
    if _TEAMS_AFTER.match(text, end) or (before.endswith("为") and _SERVICE_AFTER.match(text, end)):
        return True
    return _FIRM_DEALS.search(text, c0, start) is not None or _DEAL_CLASS.search(text, max(s0, start - 12),
                                                                               end) is not None
