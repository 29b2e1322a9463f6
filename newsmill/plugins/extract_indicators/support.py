"""Help a place gives one project (``为保障项目建设，某县…为企业争取资金…``): the project's story, no
statistic of the place."""

from __future__ import annotations

import re

#: A sentence opened by what it serves, one project's works (``为保障项目建设，``, ``为加快该项目投产，``).
_FOR_THE_PROJECT = re.compile(r"\s*为了?(?:保障|加快|推进|推动|确保|保证|服务)好?(?:该|这个|此)?项目"
                              r"(?:顺利)?(?:建设|落地|投产|开工|建成|达产)[，,]")

#: Funds won for the firm or credit arranged for it, closing the figure's clause (``为企业争取技改资金``,
#: ``帮助企业争取各类资金``, ``协调银行授信``).
_SUPPORT_GIVEN = re.compile(r"(?:争取|协调|对接)[^，,。；;]{0,12}?(?:资金|贷款|授信|补助|奖补|融资|债券)"
                            r"(?:共计|合计|共|达到|达|约)?$")

#: A time the help is summed over (``今年已…``, ``累计…``, ``1—7月…``): a tally of the place's work.
_TALLY_TIME = re.compile(r"今年|去年|全年|累计|以来|年初|上半年|季度|\d+月|[一二三四五六七八九十]+月")


def support_for_one_project(text: str, s0: int, c0: int, pos: int) -> bool:
    """True when the figure at ``pos`` (its clause from ``c0``) tells funds won or credit arranged for
    the firm of the one project a sentence from ``s0`` opens by serving (``为保障项目建设，某区成立工作专班，
    …并为企业争取技改资金1200万元``), with no time it is summed over; a place's tally of such help
    (``今年已…帮助企业争取贷款3.6亿元``) or help for a class of projects (``为保障重点项目建设``) stays."""
    return _FOR_THE_PROJECT.match(text, s0) is not None \
        and _SUPPORT_GIVEN.search(text, c0, pos) is not None \
        and _TALLY_TIME.search(text, s0, pos) is None


#: A sentence about one works' own money (``项目建设资金中，…``, ``工程建设资金由…共同承担``, a park's
#: (``园区建设资金中，…补助资金…``),
#: ``今年为该项目争取…``, ``建设单位累计使用…``): the works' funding, no tally of the place.
_WORKS_FUNDS = re.compile(r"(?:项目|工程|园区|产业园|基地)(?:建设)?资金(?:中|由)"
                          r"|为(?:该|这个|此|本)(?:项目|工程)"
                          r"|建设单位[^，,。；;]{0,6}?(?:使用|争取|获得)")

#: A fund's name right before the figure (``争取中央预算内资金``, ``地方政府专项债券资金``, ``省级补助资金``).
_FUND_BEFORE = re.compile(r"(?:资金|补助|债券|国债|投资)(?:共计|合计|共|达到|达|约)?$")


def funds_of_one_works(text: str, s0: int, c0: int, pos: int) -> bool:
    """True when the sum at ``pos`` (its clause from ``c0``) is a fund of the one works its sentence
    from ``s0`` tells the money of (``项目建设资金中，争取地方政府专项债券资金3.5亿元``, ``今年为该项目
    争取…资金4.6亿元``); a place's funds of the year (``今年全市共争取中央预算内资金…``) stay."""
    return _FUND_BEFORE.search(text, max(c0, pos - 16), pos) is not None \
        and _WORKS_FUNDS.search(text, s0, pos) is not None
