"""Heading lines that gloss the news of the title next to them rather than tell it.

A two-line heading group of a works' news often prints the news on one line (``某镇深远海养殖平台投产``,
``某渔港升级改造加快推进``) and, on the other, figures of what the works hold or make, or of what was
spent (``养殖水体3万立方米 年产…``, ``已完成投资2.1亿元``, ``可修造10万载重吨以下船舶``); or the news of a
batch (``某区海洋产业项目集中签约``) over a line naming one of its projects and the count
(``某平台等5个项目落地``).  The glossing line is the subtitle whatever its length.
"""

from __future__ import annotations

import re

from newsmill.zh.names import HAN

#: A line opening on a works' measure, capacity or spending, told of no subject: what it holds
#: (``养殖水体8.6万立方米``), makes in a year (``年产金鲳鱼800吨``), can do (``可修造10万载重吨以下船舶``,
#: ``可容纳600艘渔船避风``), has spent so far (``已完成投资2.1亿元``), or will still do this year
#: (``年内还将接待邮轮8航次``).
_WORKS_GLOSS = re.compile(
    rf"(?:养殖水体|设计年产|年产[{HAN}]{{1,8}}?(?=\d)"
    r"|(?:建成后)?可(?:修造|建造|容纳|停靠|靠泊|接待|满足|供应|服务|处理)"
    r"|(?:目前|今年)?(?:已|累计)(?:完成|落实)投资|完成投资"
    r"|年内(?:还将|将)|全年(?:还将|将))"
    rf"[{HAN}]{{0,10}}?[约近超逾]?\d")
#: A verb of an event of the works' own (the line tells news, no gloss).
_EVENT_VERB = re.compile(r"签约|开工|动工|投产|竣工|完工|建成|落地|落户|交付|并网|投用|投运|开业|首航")
#: A line naming one project, then the count of the batch it belongs to, and the batch's event
#: (``某深远海养殖平台等5个项目落地``, ``某某基地等12个项目签约``).
_ONE_OF_COUNT = re.compile(rf"[{HAN}A-Za-z0-9“”]{{2,24}}等\d+个(?:[{HAN}]{{0,4}})?项目"
                           r"(?:集中)?(?:签约|落地|开工|动工|投产|竣工)")
#: A title of a batch's event (``某区海洋产业项目集中签约``, ``某市一批重点项目开工``).
_BATCH_EVENT_TITLE = re.compile(r"(?:集中|一批)[^\s\d]{0,4}(?:签约|开工|动工|投产|竣工)")


def works_gloss(texts: list[str], i: int) -> bool:
    """True when heading line ``i`` opens on a works' measure, capacity or spending with no event
    verb (see :data:`_WORKS_GLOSS`) while another line of the group tells no such gloss and carries
    an event verb or no figure: the subtitle under the news of that works."""
    t = texts[i].strip()
    if not _WORKS_GLOSS.match(t) or _EVENT_VERB.search(t):
        return False
    return any(j != i and not _WORKS_GLOSS.match(s.strip())
               and (_EVENT_VERB.search(s) is not None or not any(c.isdigit() for c in s)
                    or s.strip().endswith(("推进", "建设")))
               for j, s in enumerate(texts))


def one_of_batch_under(texts: list[str], i: int) -> bool:
    """True when heading line ``i`` names one project and the count of its batch
    (``某平台等5个项目落地``, see :data:`_ONE_OF_COUNT`) while another line reports the batch's event
    with no figure (``某区海洋产业项目集中签约``): the subtitle, the other line the title."""
    if not _ONE_OF_COUNT.fullmatch(texts[i].strip()):
        return False
    return any(j != i and _BATCH_EVENT_TITLE.search(s) is not None and not any(c.isdigit() for c in s)
               for j, s in enumerate(texts))
