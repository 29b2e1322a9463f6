"""Senses of the works words that name no works.

A project name ends on a works word (``项目``, ``工程``, ``铁路``, ``通道``, ``互通``…), but the same
words have other senses in economic and financial news: a firm or an office named after its works
(``某某工程建设有限公司``, ``中国铁路某局``, ``项目公司``), a figure of speech (``头号工程``, ``一项系统
工程``), a channel of a procedure (``统一通道``, ``融资通道``), linking in general (``互联互通``), a class
of transactions (``经常项目``, ``IPO项目``, ``专项债项目``) or a sport's events (``冰壶、冰球等体育项目``).
The name finder asks these tests before it keeps a name.
"""

from __future__ import annotations

import re

#: What follows a works word in the name of a firm, an office or a school (``某某工程建设有限公司``,
#: ``中国国家铁路集团``, ``某某项目公司``, ``中国工程院``, ``某某水利水电第八工程局``, ``某工程学院``;
#: the engineers of a trade, ``工程技术人员``):
#: the works word is part of an organisation's name, no name of works ends there.
ORG_AFTER = (r"(?:建设|开发|投资|运营|勘察|设计|咨询|技术)?(?:管理|发展)?"
             r"(?:股份有限|有限|集团|总公司|公司|局(?![部面势])|院(?![内子落墙里区])|学院|大学|研究院"
             r"|研究所)|(?<=工程)技术人(?:才|员)")
#: A year's work meeting on a kind of works (``召开2022年铁路建设工作会议``): a meeting's topic, no works.
WORK_MEETING_AFTER = r"(?:建设)?工作会议"
#: A store of projects (``重点项目库``, ``专项债项目储备库``): a list kept, no works.
PROJECT_STORE_AFTER = r"(?<=项目)(?:储备)?库"
#: Railways as a sector or a network (``铁路运输``, ``中长期铁路网``, ``高速铁路主通道``, ``向铁路转移``,
#: ``铁路春运``, ``铁路部门``): no one line.
RAILWAY_SECTOR_AFTER = (r"(?<=铁路)(?:网|主通道|运输|春运|部门|行业|领域|转移|史"
                        # (a siding or loading track a hub builds, goods a line brings: ``建设铁路专用线2条``,
                        # ``经铁路运抵``: parts and routes, no works of their own)
                        r"|专用线|装卸线|运抵)")
#: The eighteen railway bureaus, named after their seat (``中国铁路上海局集团``, ``铁路哈尔滨局``).
RAILWAY_BUREAU_AFTER = (r"(?<=铁路)(?:北京|上海|广州|南昌|成都|济南|武汉|西安|太原|郑州|兰州|南宁|昆明|沈阳"
                        r"|哈尔滨|乌鲁木齐|呼和浩特|青藏)局")
#: Linking in general (``资金互联互通``, ``油气管网互联互通``): the ``互通`` of an interchange is
#: no works here.
INTERLINKED = r"(?<!互联互通)"

_FIGURATIVE = re.compile(
    # a task a government or a firm puts first, or calls one of many sides (``头号工程``, ``是一项系统
    # 工程``, ``一号工程``): a figure of speech, no works
    r"(?:^|[项个是])(?:头号|一号|系统|民心|德政|良心|面子|形象|政绩)工程$"
    r"|^是?一项[\u4e00-\u9fff]{0,4}工程$"
    # a bare works word after ``的`` (``把资源投入到最急需的工程上``): a kind described, no name
    r"|的(?:工程|项目|基地|工厂)$"
    # a procedure's channel (``通过统一通道共享数据``, ``畅通融资通道``, ``推广引流的通道``)
    r"|(?:统一|开放|共享|引流|融资|申报|审批|办事|投诉|上升|沟通|维权|晋升|诉求|交流|服务)的?通道$"
    # classes of transactions or of funding (``个人经常项目``, ``IPO项目``, ``募投项目``, ``专项债项目``,
    # ``新基建项目``)
    r"|经常项目$|^(?:个人)?资本项目$|^(?:上市|并购|重组|PPP|EPC|信贷)项目$|(?:IPO|募投|专项债|REITs|新基建)项目$"
    # a firm made the project's party (``某公司作为项目实施主体``, ``某公司为项目公司``)
    r"|(?:作为|成为|为)项目$")


def figurative(name: str) -> bool:
    """True when ``name`` uses its works word in another sense (:data:`_FIGURATIVE`)."""
    return _FIGURATIVE.search(name) is not None


#: Between ``等`` and ``项目`` or ``工程``: classes counted (``等5类工程``, ``等六大类项目``).
CLASSES_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十两几多]+)大?类")
#: Between ``等`` and ``项目``: a sport's events (``冰壶、冰球等体育项目``, ``等运动项目``).
EVENTS_LISTED = re.compile(r"体育|运动|赛事|比赛")
