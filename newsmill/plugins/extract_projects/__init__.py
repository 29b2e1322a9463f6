"""Extractor ``extract-projects``: individually named investment and construction projects.

Rules over the cleaned text and the mentions (see ``docs/records.md``):
names come from :mod:`newsmill.zh.projects`; the stage is the nearest stage
cue of the clause (else of the sentence); the status is ``target`` when a
plan marker (计划, 力争, 争取, 将, 确保, 预计…) precedes the event in the
sentence; investment, annual output, area, jobs and capacity come from the
same sentence — or from the whole article when it reports one project — and
a figure already used as a batch total is never credited to a project.
Projects listed under a batch get the field ``batch`` = ``"r<index>"`` of the
batch record in ``doc.records``.
"""

from __future__ import annotations

import re

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Record
from newsmill.plugins.extract_projects.amounts import (
    _amount_before,
    _amounts_respectively,
    _attributes,
    sized_before,
)
from newsmill.plugins.extract_projects.approvals import approved_items
from newsmill.plugins.extract_projects.cards import (
    _card_fields,
    _card_list_event,
    _in_card_content,
    card_names,
    with_card_names,
)
from newsmill.plugins.extract_projects.clauses import (
    _name_start,
)
from newsmill.plugins.extract_projects.filters import (
    _classes_counted,
    _drop_built_lines,
    _drop_region_roles,
    _drop_table_rows,
    _frame_not_works,
    _guests_stops,
    _halted_records,
    _labels_and_phases,
    _later_phase_parts,
    _lines_being_fitted,
    _lines_it_builds,
    _outside_companies,
    _park_detail,
    _park_of_projects,
    _park_sized,
    _parks_heading_projects,
    _phase_builds,
    _plant_builds_line,
    _role_told,
    _sub_head_restated,
    _whole_place_heads,
    _works_on_facility,
    _zone_with_results,
)
from newsmill.plugins.extract_projects.investors import (
    _filer_investor,
    _firm_by_short_name,
    _firm_word_investor,
    _headquarters_builds,
    _intended_investment,
    _investor_anaphora,
    _investor_brands,
    _investor_by_agreement,
    _investor_in_brackets,
    _investor_intends,
    _investor_invests_to_build,
    _investor_its,
    _investor_owning,
    _investor_signed_to_build,
    _investors_respectively,
    _item_investor,
    _scenic_site_in_name,
    _settled_to_build,
    _talks_partner,
    _visited_firm_investor,
    bare_build_cue,
    capital_added_for,
    firm_heading_its_line,
)
from newsmill.plugins.extract_projects.keys import (
    _lookup,
    _name_key,
    _same_project,
    later_phase_of_whole,
)
from newsmill.plugins.extract_projects.listed import listed_in_prose
from newsmill.plugins.extract_projects.localities import (
    _all_built_at,
    _firm_counts,
    _item_heads,
    _municipal_zones,
    _paragraph_subject_place,
    _settled_county,
    _sited_later,
    _story_local,
    _town_in_talks,
    _zone_counties,
    provincial_zones,
    town_story,
)
from newsmill.plugins.extract_projects.members import (
    _article_batches,
    _bracketed_item,
    _cue_outside_clause,
    _dated_cue,
    _dated_later_event,
    _event_told_again,
    _funded_expansion,
    _funder,
    _headline_stage,
    _it_opens,
    _latest,
    _list_lead_stage,
    _main_venue_site,
    _member_stage,
    _news_told_next,
    _same_kind_anaphor,
    _scene_detail,
    _settled_member,
    _site_told_again,
    _start_planned,
    _start_told,
    _subhead_paragraph,
    _told_building_now,
    _venue_batch_event,
    _visited_park,
    _weak_cue,
    _work_ahead,
    _zone_named_before,
    firm_investing,
    glued_caption_spans,
    kinds_of_count,
)
from newsmill.plugins.extract_projects.patterns import (
    _CARD_LINE,
    _FULL_STOPS,
    _IT_OPENS,
    _ITEM_ENDS,
    _KIND_OPENS,
    _MAIN_VENUE_OF,
    _NOT_LOCAL,
    _PARK_END,
    _SAME_EVENT_OF,
    _SEMICOLONS_COMMAS,
    HALTED,
    SAME_EVENT_STAGE,
    UNNAMED_FIRM,
)
from newsmill.plugins.extract_projects.phases import (
    _firm_phases_alone,
    _firms_phases,
    _first_phase_done_next,
    _later_phase_firm,
    _later_stages,
    _next_phase,
    _paragraph_phases,
    floor_phases,
    kind_phase_told,
    later_phase_site,
    lines_told_next,
    ordinal_line_told,
    phase_own_sum,
    phases_told_again,
)
from newsmill.plugins.extract_projects.places import (
    _is_zone,
    _plot_bought,
    _site_state,
    _tour_stop,
    _unnamed_partners_kind,
    _zone_resolver,
    firm_town,
)
from newsmill.plugins.extract_projects.record import (
    _investor_named_after,
    _one_project,
    _park_turn,
    _project,
    _short_name_key,
    _short_named,
    group_investing,
)
from newsmill.plugins.extract_projects.retrofits import (
    firm_of_works,
    retrofit_names,
    system_of_done_retrofits,
    unit_month,
    unit_sum_later,
)
from newsmill.plugins.extract_projects.sites import no_partner_head, site_over_home
from newsmill.plugins.extract_projects.stages import (
    _batch_counts,
    _batch_totals,
    _ceremony_held,
    _halted,
    _investor_to_build,
    _relied_on,
    _signed_members_planned,
    _signed_to_build,
    _signing_story,
    _stage_cues,
    _stage_heads,
    _stage_tags,
    _still_in_talks,
    start_planned_after_papers,
    talks_beside_signing,
)
from newsmill.plugins.extract_projects.tables import (
    _table_projects,
)
from newsmill.plugins.extract_projects.timing import (
    _at_the_venue,
    _clause_month,
    _event_members,
    _event_month,
    _event_told_before,
    _item_output_month,
    _lead_date,
    _member_of_event,
    _paragraph_day,
    _same_day,
    _same_day_before,
    _story_head,
    later_full_output,
)
from newsmill.plugins.extract_projects.titles import title_project
from newsmill.zh.abroad import may_be_abroad, site_abroad
from newsmill.zh.article_layout import is_field_line
from newsmill.zh.dates import month_of
from newsmill.zh.gazetteer import Gazetteer
from newsmill.zh.listed import LISTED_ON
from newsmill.zh.project_names import phase_of
from newsmill.zh.projects import NameSpan, company_head, find_names, venue_at_site
from newsmill.zh.readable import readable
from newsmill.zh.recctx import PROSE_ITEM, RecordContext, Span, context_of
from newsmill.zh.tables import (
    find_labelled_tables,
    find_stacked_tables,
    find_tables,
    find_wrapped_tables,
    has_named_items,
    may_be_table,
)


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Position in the extract stage (batches 100, projects 200, indicators 300)."""
    return {"extract": 200}


#: What joins the names of a bare list (``A、B和C``).
BARE_JOIN = re.compile(r"[、,，]?(?:和|及|与|以及|、)")


#: A sentence turning from a project to its park (``园区一期已入驻…``, ``该园区…``): the park's figures.
#: A place or park closing a run of results (``……某县某产业园交出了一份亮眼的半年答卷``,
#: ``……某园区写下的成绩单``): the subject of the results, no project of theirs.
_RESULTS_SHOWN = re.compile(r"(?:交出|写下|晒出|递交|收获|书写)了?"
                            r"[^，,。；;！？]{0,12}?(?:答卷|成绩单|成绩|数据)")


#: A count of production lines right after their name (``…生产线各一条``, ``…生产线3条``).
_LINES_COUNTED = re.compile(r"各?[\d一二两三四五六七八九十]+条")


#: A project's own amount after its name (``…，投资60万元，``, ``总投资1.2亿元``).
_OWN_AMOUNT = re.compile(r"(?<![^，,：:\s])(?:总)?投资(?:约|近|超)?\d+(?:\.\d+)?(?:万|亿)元")


THIS_PROJECT = re.compile(r"该项目|此项目|这个项目|这一项目|该工程|此工程|项目总投资|项目占地|项目建成"
                          r"|项目投产|项目达产"
                          # ``…介绍，项目投资4.8亿元``: the project told of, no class of projects before it
                          r"|(?<![\u4e00-\u9fff])项目投资(?=\d)"
                          # (a road's or a dam's sum by the estimate approved: ``工程概算总投资18.7亿元``,
                          # ``项目估算总投资…``; the works told of, no class of works before it)
                          r"|(?<![\u4e00-\u9fff])工程(?:概算|估算)?总投资|(?<![\u4e00-\u9fff])项目(?:概算|估算)总投资")


#: A sentence opening on the project just reported (``项目位于…``, ``该项目…``).
ABOUT_IT = re.compile(r"(?:该|此|这个|这一)?项目(?!\d)")


#: A name's sentence closing on news of it (``…搬迁项目也有了新进展。``): the next sentence tells it.
_NEWS_OF_IT = re.compile(r"(?:也|又|再次)?(?:有了|迎来|取得)(?:新的|新|重要|重大|积极)进展$"
                         # (good news from it, told next: ``某产业园同样传来好消息。该项目…``)
                         r"|(?:也|又|同样|再次)?传来(?:了)?(?:好消息|喜讯|捷报)$")


#: How far after the sentence naming the project the month of its start may be told.
_START_TOLD_REACH = 160


def extract_projects(doc: Document) -> list[Record]:
    """Project records of a document (see the module docstring for the rules)."""
    ctx = context_of(doc)
    glued = glued_caption_spans(ctx)
    used = _batch_totals(doc)
    counts = _batch_counts(doc)
    batches = _article_batches(doc.records)
    out: list[Record] = []
    for art in ctx.article_spans():
        found: list[tuple[Span, NameSpan, Record]] = []
        found_spans: list[tuple[int, int]] = []  # the names of ``found``
        priced: set[int] = set()  # ids of records kept for an amount of their own, with no event
        keys: dict[str, Record] = {}
        first_sent: dict[int, int] = {}  # record id -> start of the sentence that first names it
        # a known project named again, alone in its sentence, after the last one found: what the
        # next sentence says of ``该项目`` is its own
        again: tuple[Span, NameSpan, Record] | None = None
        # where the sentence starts of the last name left out for want of an event or attribute that
        # the sentence calls a project (``某产业园是此次观摩中唯一的农业项目。``): a bare ``项目…`` after it
        # is of that name, not of a project named in an earlier sentence
        dropped_at = -1
        aliases: dict[str, Record] = {}  # short name (以下简称) -> its project
        sents = ctx.sentences(art)
        for si, sent in enumerate(sents):
            if ctx.text.startswith("#", sent.start):
                continue
            names = find_names(ctx.text, sent.start, sent.end, _zone_resolver(ctx, art.start))
            cards = card_names(ctx.text, sent.start, sent.end) \
                if ctx.text.find("名称", sent.start, sent.end) >= 0 else []
            if names and ((scene := _PHOTO_SCENE.match(ctx.text, sent.start)) is not None
                          and not ctx.text.startswith("主会场", scene.end())
                          or _CAPTION_LINE.fullmatch(ctx.text, sent.start, sent.end)):
                names = []  # 图为某镇蔬菜基地，村民正在…, ▲甲公司项目签约现场: a photo's scene, no
                # project reported (the main venue's works a caption shows, 图为主会场甲项目施工现场, is
                # the works of the batch told before it)
            if names and ctx.text.find("：", sent.start, sent.start + 4) >= 0:
                # ``投产：汽车电子项目进入试生产`` ⏎ ``…甲公司年产…项目已于…进入试生产``: a section's
                # label, the works it points to named in full in the paragraph under it
                names = _past_stage_label(ctx, sent, names)
            if names and glued:
                names = [n for n in names if not any(a <= n.start < b for a, b in glued)]
            if names:
                names = _whole_place_heads(ctx, names)
            if names and ctx.orgs:
                names = _outside_companies(ctx, names)
            if names:
                names = [n for n in names if not _is_zone(ctx, n)]
            if names and ctx.text.find("为王", sent.start, sent.end) >= 0:
                names = [n for n in names if not ctx.text.startswith("为王", n.end)]  # 坚持项目为王: a motto
            if names and (ctx.text.find("落户", sent.start, sent.end) >= 0
                          or ctx.text.find("落地", sent.start, sent.end) >= 0):
                names = [n for n in names if not _PARK_END.search(n.name)
                         or not (_SETTLES_IN.search(ctx.text, max(sent.start, n.start - 4), n.start)
                                 or _LANDED_IN.match(n.name))]
            if names and ctx.text.find("项目", sent.start, sent.end) >= 0:
                names = [n for n in names if not _park_of_projects(ctx.text, n, sent.end)]
            if names and ctx.text.find("规划", sent.start, sent.end) >= 0:
                names = [n for n in names if not _park_sized(ctx.text, n)]
            if names and ctx.text.find("协议", sent.start, sent.end) >= 0:
                names = [n for n in names if not _unnamed_partners_kind(ctx, sent, n)]
            if names and (ctx.text.find("选址", sent.start, sent.end) >= 0
                          or ctx.text.find("是", sent.start, sent.end) >= 0
                          or ctx.text.find("座", sent.start, sent.end) >= 0
                          or ctx.text.find("条", sent.start, sent.end) >= 0):
                names = [n for n in names if not _frame_not_works(ctx.text, n)]
            scene = None
            if len(names) > 1 and _SCENE_OPENS.fullmatch(
                    ctx.text, ctx.clause_start(names[0].start, sent.start), names[0].start) \
                    and ctx.text[names[0].end:names[0].end + 1] in ",，" and _SCENE_END.search(names[0].name):
                # 在一旁的某某物流基地，甲项目也已完工: the base opening the sentence is where the
                # project after it stands
                scene, names = names[0], names[1:]
            if len(names) > 1 and ctx.text.find("内", sent.start, sent.end) >= 0:
                # ``某市锂电产业园内，甲项目开工``: the park is the scene of the project after it
                names = [n for n in names
                         if not (_PARK_END.search(n.name) and _SCENE_AFTER.match(ctx.text, n.end))]
            elif len(names) == 1 and _PARK_END.search(names[0].name) \
                    and _SCENE_AFTER.match(ctx.text, names[0].end) \
                    and _SOME_PROJECTS.search(ctx.text, names[0].end, sent.end):
                names = []  # ``某县某产业园内，一批项目处于不同建设阶段``: the scene of the projects told
            if names and (ctx.text.find("成为", sent.start, sent.end) >= 0
                          or ctx.text.find("是", sent.start, sent.end) >= 0):
                # what a thing became or is (``这是该公司首个海外生产基地``): a role, no name
                names = [n for n in names
                         if not _BECOMES.search(ctx.text, max(sent.start, n.start - 16), n.start)
                         and not _role_told(ctx.text, sent, n)
                         # ``这座加工厂是某县今年实施的重点协作项目之一``: one of a class, no name
                         and not (ctx.text.startswith("之一", n.end)
                                  and ctx.text.find("是", max(sent.start, n.start - 20), n.start) >= 0)]
            if names and ctx.text.find("的", sent.start, sent.end) >= 0:
                names = _drop_region_roles(ctx.text, sent, names)
            if names:
                names = _labels_and_phases(ctx.text, _classes_counted(ctx.text, names))
            if names and any(ctx.text.find(w, sent.start, sent.end) >= 0 for w in ("考察", "参观", "观摩")):
                names = _guests_stops(ctx.text, sent, names)
            if names and ctx.text.find("期", sent.start, sent.end) >= 0:
                names = [n for n in names if not _phase_builds(ctx.text, sent, n)]
                if len(names) > 1:
                    names = _later_phase_parts(ctx.text, names)  # 甲项目一期…投产，二期粉磨生产线…
            if names:  # 2014年建成首个加工厂: a plant told by its rank among a firm's, no name
                names = [n for n in names if not _RANKED_PLANT.fullmatch(n.name)
                         and not _off_the_line(ctx.text, n)]
            parks: dict[int, NameSpan] = {}
            if names and ctx.text.find("：", sent.start, sent.end) >= 0:
                names = [n for n in names if not _in_card_content(ctx.text, n)]
            if len(names) > 1 and ctx.text.find("设备", sent.start, sent.end) >= 0:
                names = _lines_being_fitted(ctx.text, names)  # 甲项目…，挤压生产线设备正在安装
            if len(names) > 1:
                names = _drop_built_lines(ctx.text, names)
                names, parks = _parks_heading_projects(names, ctx.text)
                names = _works_on_facility(names)
            if names and ctx.text.find("厂", sent.start, sent.end) >= 0:
                names = [n for n in names if not _plant_builds_line(ctx.text, sent, n)]
            if len(names) > 1 and ctx.text.find("条", sent.start, sent.end) >= 0:
                # 签约甲项目，…，将建设屠宰、分割和熟食加工生产线各一条: lines counted after a project
                # named before them are what it builds
                names = [n for n in names if n is names[0] or not (
                    n.name.endswith("生产线") and _LINES_COUNTED.match(ctx.text, n.end))]
            if len(names) == 1 and found and names[0].name.endswith("生产线") \
                    and _LINES_COUNTED.match(ctx.text, names[0].end):
                names = []  # 引进…挤压生产线12条: the lines the project told of before puts in
            if cards:  # a card's name line names its project whole, whatever the filters above
                names = with_card_names(names, cards)
            if names and found and ABOUT_IT.match(ctx.text, sent.start) \
                    and sent.start - found[-1][0].end <= 300:
                names = _lines_it_builds(ctx, sent, names)
                # ``项目位于…,总投资35亿元,将建设甲、乙生产线``: up to the first name, the text is
                # about the project just reported
                _attributes(ctx, found[-1][2], sent.start, names[0].start if names else sent.end, used)
            names, retrofits = retrofit_names(ctx.text, sent.start, sent.end, names)
            cues = None
            for name in names:
                if _RESULTS_SHOWN.match(ctx.text, name.end):
                    continue  # ……某产业园交出了一份亮眼的答卷: the park whose results close the run
                key = _name_key(name.name)
                printed = ctx.text.startswith(name.name, name.start)
                if (key in keys or _same_project(key, keys)) \
                        and not (printed and later_phase_of_whole(key, keys)):
                    # (``甲产业园`` started last year, ``加快推进甲产业园二期``: a later phase of its own)
                    if _CARD_NAME.search(ctx.text, max(sent.start, name.start - 8), name.start):
                        # a filing's card of the project named in its summary: the card's fields
                        prev = next((x[2] for x in found if _name_key(x[1].name) == key), None) \
                            or _lookup(key, keys)  # (the summary may name the firm before it)
                        if prev is not None:
                            _card_fields(ctx, prev, name, used)
                            if found and sent.start > found[-1][0].end:
                                again = (sent, name, prev)  # what follows the card is of it again
                    elif len(names) == 1 and (prev := _lookup(key, keys)) is not None:
                        told = _project(ctx, sent, name, names, counts, _stage_cues(ctx, sent, names), ())
                        if prev.get("stage") is None or prev.get("date") is None:
                            _event_told_again(ctx, prev, told)
                        if found and sent.start > found[-1][0].end:
                            again = (sent, name, prev)
                            _site_told_again(prev, told)
                    continue
                if cues is None:
                    cues = _stage_cues(ctx, sent, names)
                # the names of projects found before: a place heading one is that project's own
                before = found_spans
                r = _project(ctx, sent, name, names, counts, cues, before)
                if name.start in retrofits:
                    if (cue := retrofits[name.start]) is not None:  # 某电厂完成超低排放改造: done
                        r.set("stage", "completed", ctx.evidence(*cue))
                        r.set("status", "actual", ctx.evidence(*cue))
                    firm_of_works(ctx, sent, art, r, name)
                    unit_month(ctx, r, name, sents[si + 1] if si + 1 < len(sents) else None)
                    system_of_done_retrofits(ctx, r, name, sent.article)
                    unit_sum_later(ctx, r, name, art)
                if scene is not None and name is names[0] and (loc := r.get("location")) is not None:
                    r.set("location", {**loc, "detail": scene.name}, *r.fields["location"].evidence,
                          ctx.evidence(scene.start, scene.end))
                if r.get("investor") is None and ctx.orgs:
                    _investor_intends(ctx, r, sent, name)
                if r.get("status") == "actual" and r.fields["stage"].evidence \
                        and _UNDER_STUDY.match(ctx.text, r.fields["stage"].evidence[0].end) \
                        and _STUDIED.search(ctx.text, sent.start, name.start):
                    # ``会议研究了甲项目引进事宜``: the event is being studied, not done
                    r.set("status", "target", *r.fields["stage"].evidence)
                if _APPROVED.search(ctx.text, max(sent.start, name.start - 8), name.start):
                    # ``同意建设某公司甲项目``: an approval grants it; it is being prepared
                    ev = ctx.evidence(name.start, name.end)
                    r.set("stage", "planned", ev)
                    r.set("status", "actual", ev)
                elif ctx.text.find("审议通过", sent.start, name.start) >= 0 and _BOARD_AGREES.search(
                        ctx.text, ctx.clause_start(name.start, sent.start), name.start):
                    # ``董事会审议通过议案，同意全资子公司在某市投资建设甲基地``: a board's decision, the
                    # works prepared, no event yet
                    ev = ctx.evidence(name.start, name.end)
                    r.set("stage", "planned", ev)
                    r.set("status", "actual", ev)
                if r.get("stage") in (None, "signed") or bare_build_cue(ctx, r, sent, name):
                    _intended_investment(ctx, r, sent, name)  # 公司拟…投资建设甲项目: a plan decided
                if name.start in parks:
                    _park_detail(ctx, r, parks[name.start])
                if _CARD_NAME.search(ctx.text, max(sent.start, name.start - 8), name.start) \
                        or _heads_card(ctx.text, name):
                    _card_fields(ctx, r, name, used)
                    if r.get("stage") is None:  # a card of a list a batch's paragraph introduces
                        _card_list_event(ctx, r, name, batches.get(sent.article, []))
                if r.get("stage") is not None and (_cue_outside_clause(ctx, r, sent, name)
                                                   or _weak_cue(ctx, r) or _settled_member(ctx, r, sent)) \
                        and not _told_building_now(ctx, r):
                    # 其中,甲项目…;乙项目拟建设…: 拟 is 乙's; 甲 takes the batch's event;
                    # 其中,某集团将在某地建设甲项目: 建设 says what is built, the batch's event wins
                    _member_stage(ctx, r, sent, batches)
                if r.get("stage") is None:
                    _headline_stage(ctx, r, sent.article)
                if r.get("stage") is None:
                    _member_stage(ctx, r, sent, batches)
                start_planned_after_papers(ctx, art, sent, r)  # 可研获批。……计划明年进场施工
                if venue_at_site(ctx.text, sent.start, name.start, name.end - 2, name.end):
                    if r.get("stage") is None:
                        _venue_batch_event(r, sent, batches)  # 主会场设在甲项目现场: the ceremony's event
                    _main_venue_site(ctx, art, r, sent)  # …开工活动在某镇举行 … 主会场设在甲项目现场
                if (r.get("stage") is None or r.get("status") == "target" or _weak_cue(ctx, r)) \
                        and (same := _SAME_EVENT_OF.search(ctx.text, max(sent.start, name.start - 8),
                                                           name.start)) is not None:
                    # 同日开工的甲项目…，计划明年底交付使用: the event just reported, done, the plan after it
                    # no more than a plan (an event of its own told done stays: 与线路开通同步投用的
                    # 乙站站房改造工程已于10月完工)
                    ev = ctx.evidence(same.start("verb"), same.end("verb"))
                    r.set("stage", SAME_EVENT_STAGE[same.group("verb")], ev)
                    r.set("status", "actual", ev)
                if (r.get("stage") is None or _weak_cue(ctx, r) or r.get("status") == "target") \
                        and _MAIN_VENUE_OF.search(ctx.text, max(sent.start, name.start - 8), name.start):
                    # (主会场的甲项目…，计划2026年建成: its plan is told, the ceremony's event is today's)
                    _venue_batch_event(r, sent, batches, ctx.text[name.end:sent.end])  # 主会场所在的甲项目
                    _main_venue_site(ctx, art, r, sent)
                if (r.get("stage") is None or _weak_cue(ctx, r)) \
                        and (ctx.text.find("：", art.start, sent.start) >= 0
                             or ctx.text.find("、", art.start, sent.start) >= 0):
                    _list_lead_stage(ctx, r, sent)
                if (r.get("stage") is None or _weak_cue(ctx, r)) \
                        and _first_phase_done_next(ctx, art, sent, name, r):
                    pass  # 察看了甲项目建设现场。该项目…一期工程已于今年7月竣工投产
                elif r.get("stage") is None and _site_state(ctx, art, sent, name, r):
                    pass  # a site visited, and the state it is in told after its name
                elif r.get("stage") is None and _tour_stop(ctx, sent, name, r):
                    pass  # 第五站，观摩团来到甲项目现场。: a tour's stop, works under way
                elif r.get("stage") is None and r.get("capacity") and r.get("capacity") in name.name \
                        and len(names) == 1 and si + 1 < len(sents) \
                        and "\n" not in ctx.text[sent.end:sents[si + 1].start] \
                        and _it_opens(ctx.text, sents[si + 1].start, name.name):
                    # 某公司获得贷款…，用于年产300万双…生产线项目。该项目…已于10月正式投产: a works named by
                    # its capacity, its event told in the next sentence, opening on it
                    both = Span(sent.start, sents[si + 1].end, sent.article)
                    r2 = _project(ctx, both, name, names, counts, _stage_cues(ctx, both, names), before)
                    if r2.get("stage") is not None:
                        r = r2
                elif r.get("stage") is None and r.get("capacity") is None:
                    if _bracketed_item(ctx.text, name) or name in cards:
                        pass  # a 【】 item of a list of projects, a card: one whatever it reports
                    elif _relied_on(ctx, sent, name):
                        r.set("status", None)  # 依托甲产业园…: a platform the plan builds on, no event
                    elif _funded_expansion(ctx.text, sent, name):
                        # 某集团增资X美元,扩建其…分拨中心: works a company pays for
                        _funder(ctx, r, sent, name)
                        _zone_named_before(ctx, r, sent, name, [f[2] for f in found])
                    elif _AMOUNT_OF.search(ctx.text, max(sent.start, name.start - 16), name.start) \
                            and _member_of_event(ctx, sents, sent) is not None:
                        pass  # 乡村振兴项目方面,投资…的甲项目将…: one of the story's event's projects
                    elif len(names) == 1 and _OWN_AMOUNT.search(ctx.text, name.end, sent.end):
                        r.set("status", None)  # 某村的甲基地项目今年新增…，投资60万元: its amount, no event
                        priced.add(id(r))
                    elif not _halted(ctx, sent, name):
                        # a name with no event and no attribute is not reported as a project,
                        # unless the next sentence, opening on it (``该项目…``), tells its event
                        nxt = sents[si + 1] if si + 1 < len(sents) and len(names) == 1 else None
                        if nxt is not None and not _IT_OPENS.match(ctx.text, nxt.start) \
                                and _IS_A_WORKS.match(ctx.text, name.end, sent.end) and si + 2 < len(sents) \
                                and "\n" not in ctx.text[sent.end:sents[si + 2].start] \
                                and _IT_OPENS.match(ctx.text, sents[si + 2].start):
                            nxt = sents[si + 2]  # 甲项目是重点工程。记者看到…。该项目…: told after a look
                        sub = _subhead_paragraph(ctx.text, name, nxt) if nxt is not None else None
                        if nxt is None or (sub is None and not _it_opens(ctx.text, nxt.start, name.name)
                                           and not _NEWS_OF_IT.search(ctx.text, name.end, sent.end)):
                            if _IS_A_WORKS.match(ctx.text, name.end, sent.end):
                                dropped_at = sent.start
                            continue
                        both = Span(sent.start, sub or nxt.end, sent.article)
                        r = _project(ctx, both, name, names, counts, _stage_cues(ctx, both, names), before)
                        if r.get("stage") is None \
                                and venue_at_site(ctx.text, sent.start, name.start, name.end - 2, name.end):
                            _venue_batch_event(r, sent, batches)  # 主会场设在甲项目现场。该项目…
                        if r.get("stage") is None:
                            continue
                        if sub is None and not _it_opens(ctx.text, nxt.start, name.name):
                            _news_told_next(ctx, r, nxt, used)  # …搬迁项目也有了新进展。某公司…竣工
                    else:
                        r.set("status", None)  # 原计划…开工的甲项目暂缓实施: neither done nor still planned
                if r.get("investor") is None and _funded_expansion(ctx.text, sent, name):
                    # 某集团宣布增资X欧元，扩建其…工厂，年产能…; 某集团与某区签署增资协议，追加投资…，扩建…
                    _funder(ctx, r, sent, name)
                if _work_ahead(ctx, r, sent) or kinds_of_count(ctx, r, sent):
                    continue
                keys[key] = r
                _short_name_key(ctx, name, r, keys, aliases)
                first_sent[id(r)] = sent.start
                found.append((sent, name, r))
                found_spans.append((name.start, name.end))
            if not names and si and (_KIND_OPENS.match(ctx.text, sent.start)
                                     or ctx.text.find("站", sents[si - 1].start, sents[si - 1].end) >= 0) \
                    and (park := _visited_park(ctx, sents[si - 1], sent)) is not None \
                    and _name_key(park.name) not in keys:
                both = Span(sents[si - 1].start, sent.end, sent.article)
                r = _project(ctx, both, park, [park], counts, _stage_cues(ctx, sent, [park]), found_spans)
                if r.get("stage") is not None:  # 这个产业园由…建设，今年6月全面竣工: the park's own news
                    _attributes(ctx, r, sent.start, sent.end, used)
                    firm = firm_investing(ctx.text, sent.start) if r.get("investor") is None else None
                    if firm is not None:  # 某某股份有限公司投资…，建设…: the firm builds the park
                        r.set("investor", ctx.text[firm[0]:firm[1]], ctx.evidence(*firm))
                    _dated_cue(ctx, r, sent, park)
                    keys[_name_key(park.name)] = r
                    first_sent[id(r)] = sent.start
                    found.append((sent, park, r))
                    found_spans.append((park.start, park.end))
                    continue
            if not names and aliases and (aka := _short_named(ctx, sent, aliases)) is not None:
                _attributes(ctx, aka, sent.start, sent.end, used)
            elif not names and found and sent.start - (last := _latest(found, again))[0].end <= 300 \
                    and not last[1].end <= dropped_at < sent.start \
                    and (THIS_PROJECT.search(ctx.text, sent.start, sent.end)
                         or _ITEM_ON_IT.match(ctx.text, sent.start)
                         or _same_kind_anaphor(ctx.text, sent, last[1].name)):
                _investor_named_after(ctx, last[2], sent.start, sent.end)
                _attributes(ctx, last[2], sent.start, sent.end, used)
                _dated_later_event(ctx, last[2], sent)
            if not names and found \
                    and sent.start - (last := _latest(found, again))[0].end <= _START_TOLD_REACH:
                _start_told(ctx, last[2], sent)
            if not names and found and ctx.text.find("项目", sent.start, sent.start + 8) >= 0 \
                    and sent.start - (last := _latest(found, again))[0].end <= 400:
                _start_planned(ctx, last[2], sent)
            if not names or any(n.listed for n in names):
                continue  # members of a batch never take the figures that follow the batch
            own = names  # none of them listed
            # (a park heading a name: the amount before the park is the project's, 总投资X的某物流园甲项目)
            before = [_amount_before(ctx, sent, parks.get(n.start, n), used) for n in own]
            for i, name in enumerate(own):
                known = _lookup(_name_key(name.name), keys)
                if known is None or (known.get("batch") and first_sent.get(id(known)) == sent.start):
                    continue  # members of a batch never take the figures that follow the batch
                if before[i] is not None and known.get("investment_cny") is None:
                    f = before[i][1]
                    known.set("investment_cny", int(f.value), ctx.evidence(f.start, f.end))
                    used.append((f.start, f.end))
                if "的" in ctx.text[max(sent.start, name.start - 2):name.start]:
                    sized_before(ctx, known, name)
                # a single name owns its sentence; several names own the text up to the next
                # name, or up to the amount the next name is given before it (``总投资X的B项目``)
                lo = sent.start if len(own) == 1 else name.end
                hi = sent.end
                if i + 1 < len(own):
                    hi = before[i + 1][0] if before[i + 1] is not None else own[i + 1].start
                    cut = ctx.last_mark(_SEMICOLONS_COMMAS, name.end, own[i + 1].start)
                    if cut >= 0:
                        hi = min(hi, cut + 1)  # the next name's clause is its own (由某公司投资的乙项目)
                elif i > 0 and BARE_JOIN.fullmatch(ctx.text, own[i - 1].end, name.start):
                    continue  # ``A、B和C开工,总投资X``: the figure after a bare list is the group's
                _attributes(ctx, known, lo, hi, used)
        body = ctx.text[art.start:art.end]
        # a profile of one firm may tell its phases before any project's name
        firm_phases = _firm_phases_alone(ctx, art, found, counts) if "期" in body and "简称" in body else []
        one = _one_project(found, priced)
        if one is not None:  # (the firm's phases told before it keep their figures)
            # (a batch told before it, ``6个技改项目集中竣工投产,…,全部达产后可新增产值32亿元。其中,
            # 甲项目…``: what the batch yields is the batch's)
            told_batch = any(b.evidence[0].start < one[0].start for b in batches.get(art.article, ()))
            # (a batch told after it, ``今年以来，某区…新投产项目6个，新增产能12万立方米``: what follows
            # is the batch's, no more the project's)
            later = [ctx.last_mark(_FULL_STOPS, one[0].end, b.evidence[0].start) + 1
                     for b in batches.get(art.article, ())
                     if b.evidence and b.evidence[0].start >= one[0].end]
            _attributes(ctx, one[2], one[0].start if firm_phases or told_batch else art.start,
                        min([_park_turn(ctx, sents, one[0]) or art.end, *later]), used)
        records = [r for _, _, r in found]
        if (told := title_project(ctx, art, keys, used)) is not None:
            records.append(told)  # ``…工程中标候选人公示``: works named only in a notice's title
        if may_be_table(body):  # every table has cells apart by wide gaps or bars
            for table in find_tables(ctx.text, art.start, art.end):
                dropped = _drop_table_rows(records, keys, table.start, table.rows[-1][-1].end)
                records.extend(_table_projects(ctx, art, table, keys, used, dropped))
        if "序号" in body or "编号" in body:  # a PDF table: single spaces, wrapped cells, or a cell a line
            for table in find_wrapped_tables(ctx.text, art.start, art.end) \
                    + find_stacked_tables(ctx.text, art.start, art.end):
                dropped = _drop_table_rows(records, keys, table.start, table.rows[-1][-1].end)
                records.extend(_table_projects(ctx, art, table, keys, used, dropped))
        if "项目名称" in body or has_named_items(body):  # a list of items giving each field by its label
            for table in find_labelled_tables(ctx.text, art.start, art.end):
                dropped = _drop_table_rows(records, keys, table.start, table.rows[-1][-1].end)
                records.extend(_table_projects(ctx, art, table, keys, used, dropped))
        if "。" in body and PROSE_ITEM.search(body):  # numbered items, each a project told in prose
            _prose_items(ctx, art, records, keys, counts, used)
        if one is not None:
            _later_stages(ctx, art, one[0], one[2])
            nxt = _next_phase(ctx, art, one[0], one[1], counts)
            if nxt is not None:
                records.append(nxt)
        if "期" in body:  # cheap test: a phase may be named alone after its project
            records.extend(_paragraph_phases(ctx, art, found, records, counts))
            records.extend(phases_told_again(ctx, art, records, counts))
            records.extend(kind_phase_told(ctx, art, records, counts))
            if "厂房" in body:
                records.extend(floor_phases(ctx, art, records, counts))
        if "条生产线" in body or "条产线" in body:
            records.extend(ordinal_line_told(ctx, art, records, counts))
        if "这条" in body or "该生产线" in body or "此生产线" in body:
            records.extend(lines_told_next(ctx, art, records, counts, used))
        records.extend(firm_phases)
        if not records:
            continue  # every rule below reads or amends the article's records
        _signing_story(ctx, art, records)
        if "【" in body:  # cheap test: a bracketed tag may open a paragraph
            _stage_tags(ctx, records)
        if "项目\n" in body or "项目】" in body or "项目一览" in body or "项目 " in body:
            # (cheap test: a stage sub-head)
            _stage_heads(ctx, art, records)
        if "于" in body and LISTED_ON.search(body):
            listed_in_prose(ctx, art, records)  # 名单内项目已于11月16日同步开工。……甲项目由某公司建设
        _investor_anaphora(ctx, records)
        if "协议" in body or "合同" in body or "签约" in body:
            _investor_by_agreement(ctx, records)
        _investor_to_build(ctx, records)
        if "协议" in body or "签约" in body:
            _investor_signed_to_build(ctx, records)
        if "落户" in body:
            _settled_to_build(ctx, records)
        _investor_in_brackets(ctx, records)
        _investor_its(ctx, records, art.start)
        if "走进" in body or "来到" in body or "步入" in body:
            _visited_firm_investor(ctx, records)
        if "的" in body:
            _investor_owning(ctx, records)
        _plot_bought(ctx, records)
        if "投资" in body or "斥资" in body or "投入" in body:
            _investor_invests_to_build(ctx, records)
        _scenic_site_in_name(ctx.text, records)
        if HALTED.search(ctx.text, art.start, art.end):
            _halted_records(ctx, records)
        if "推进" in body and ("产值" in body or "营业收入" in body or "营收" in body):
            records = [r for r in records if not _zone_with_results(ctx, r)]
        if "总部" in body or "中心" in body:
            _headquarters_builds(ctx, records, used)
        _investors_respectively(ctx, records)
        if "分别" in body:
            _amounts_respectively(ctx, art, records)
        _investor_brands(ctx, records)
        _firms_phases(ctx, art, records)
        _signed_to_build(ctx, records)
        if "签约" in body:
            _signed_members_planned(ctx, records)
        if "仪式" in body:  # cheap test: a ceremony may be held for a project
            _ceremony_held(ctx, art, records)
        if "谈" in body or "磋商" in body or "意向" in body:
            _still_in_talks(ctx, records)
        if "就" in body or "对接" in body or "注册" in body:  # cheap test: talks, or a firm registered
            _talks_partner(ctx, records)
        if "集团" in body:
            group_investing(ctx, art, records)
        if "增资" in body or "追加投资" in body:
            capital_added_for(ctx, records)
        if "产线" in body:
            firm_heading_its_line(ctx, records)
        if "企业投资" in body or "公司投资" in body:
            _firm_word_investor(ctx, records)
        if "公告" in body or "披露" in body or "公司" in body:
            _filer_investor(ctx, art, records)
        _site_heading_name(ctx, records)
        _firm_counts(records)
        _clause_month(ctx, records)
        _event_month(ctx, records)  # a month right before the event is nearer than the story's day
        _item_output_month(ctx, records)
        if "满产" in body or "达产" in body:
            later_full_output(ctx, records)
        _same_day_before(ctx, art, records)
        _paragraph_day(ctx, art, records)
        _at_the_venue(ctx, art, records)
        _event_members(ctx, art, records)
        _lead_date(ctx, _story_head(ctx, art), records)
        _same_day(ctx, art, records)
        if "签约" in body:
            talks_beside_signing(ctx, art, records)
        if "集中" in body:
            _event_told_before(ctx, art, records)
        _story_local(ctx, art, records)
        if "镇" in body or "乡" in body or "街道" in body:
            town_story(ctx, art, records)
        if "在" in body or "走进" in body:  # cheap test: a scene may open a sentence at a park
            _scene_detail(ctx, art, records)
        _item_heads(ctx, records)
        if "核准" in body or "备案" in body or "审批" in body:
            approved_items(ctx, records)
        if "落户" in body or "落地" in body or "选址" in body:
            _settled_county(ctx, records)
        if "均" in body or "全部" in body or "都" in body:
            _all_built_at(ctx, art, records)
        _paragraph_subject_place(ctx, records)
        if "镇" in body or "乡" in body or "街道" in body:
            firm_town(ctx, art, records)
        if "洽谈" in body or "磋商" in body or "对接" in body:
            _town_in_talks(ctx, records)
        if "落户" in body:
            _settled_park(ctx, records)
        if "位于" in body or "选址" in body or "坐落" in body:
            _sited_later(ctx, records)
        _municipal_zones(ctx, art, records)
        provincial_zones(ctx, art, records)
        site_over_home(ctx, records)
        if may_be_abroad(body):
            _sites_abroad(ctx, found, records)
        if "期" in body:
            _later_phase_firm(records)
            later_phase_site(records)
            if "其中" in body:
                for r in records:
                    phase_own_sum(ctx, r)
        no_partner_head(ctx, records)
        for r in records:
            if "investor" in r.fields and UNNAMED_FIRM.search(str(r.get("investor"))):
                del r.fields["investor"]  # ``东莞一家陶瓷科技企业拟投资…``, however read: no firm named
        out.extend(_sub_head_restated(ctx.text, records))
    if "期" in doc.text:
        out = [r for r in out if not _phase_goal_of_told(r, out)]
    _zone_counties(doc.text, out)
    _town_signs(doc.text, out)
    _masthead_county(doc.text, out)
    _masthead_city(doc.text, out)
    _town_heading_name(out)
    _no_route_detail(out)
    return out



#: Goods coming off a line (``一卷卷铜箔从生产线上缓缓下线``, ``产品从流水线下来``): the scene of a
#: works running, the line no project.
_OFF_THE_LINE = re.compile(r"从(?:生产线|产线|流水线|装配线)$")
_OFF_THE_LINE_AFTER = re.compile(r"[上中]?[\u4e00-\u9fff]{0,4}?(?:下线|下来|运出|滑出|流出|走下|驶下)")


#: Goods told coming down a line, the verb inside the name read (``首批某某产品走下生产线``).
_DOWN_THE_LINE = re.compile(r"(?:走下|驶下|滑下|下了)(?:生产线|产线|流水线|装配线)$")


def _off_the_line(text: str, n: NameSpan) -> bool:
    """True for a name that is goods coming off a line (see :data:`_OFF_THE_LINE`,
    :data:`_DOWN_THE_LINE`)."""
    if _DOWN_THE_LINE.search(n.name) is not None:
        return True
    return _OFF_THE_LINE.search(n.name) is not None and _OFF_THE_LINE_AFTER.match(text, n.end) is not None


def _prose_items(ctx: RecordContext, art: Span, records: list[Record], keys: dict[str, Record],
                 counts: list[tuple[int, int]], used: list[tuple[int, int]]) -> None:
    """A project named alone at the head of a numbered item (see :data:`PROSE_ITEM`) is told by
    the whole item: its investor, sum, stage and date come from the item's sentences, and the
    works' parts the item names (``升压站主体工程完工``, ``灌装生产线于4月18日调试完毕``) are its
    progress, no projects of their own.  Items giving their fields by label are tables (left to
    :func:`find_labelled_tables`)."""
    text = ctx.text
    for m in PROSE_ITEM.finditer(text, art.start, art.end):
        line_end = text.find("\n", m.end(), art.end)
        if line_end < 0:
            line_end = art.end
        if has_named_items(text[m.start():line_end]):
            continue
        n0, n1 = m.span("name")
        name = next((n for n in find_names(text, m.start(), n1 + 1, _zone_resolver(ctx, art.start))
                     if n.end == n1), None)
        if name is None:
            continue
        if name.start > n0 and company_head(text[n0:n1]) is None:
            name = NameSpan(n0, n1, text[n0:n1])  # the whole head is the name (某县城区集中供热工程)
        item = Span(m.start(), line_end, art.article)
        parts = [x for x in records if x.kind == "project" and "name" in x.fields
                 and x.fields["name"].evidence and m.start() <= x.fields["name"].evidence[0].start < line_end]
        # the sums the item's parts took are the item's (``1.甲项目：乙公司投资2亿元建设丙项目``)
        for x in parts:
            f = x.fields.get("investment_cny")
            for e in f.evidence if f is not None else ():
                if (e.start, e.end) in used:
                    used.remove((e.start, e.end))
        r = _project(ctx, item, name, [name], counts, _stage_cues(ctx, item, [name]), ())
        _attributes(ctx, r, n1, line_end, used)
        _item_investor(ctx, r, n1, line_end)
        _item_stage_clause(ctx, r, item)
        for x in parts:
            records.remove(x)
            for k in [k for k, v in keys.items() if v is x]:
                del keys[k]
        prev = _lookup(_name_key(name.name), keys)
        if prev is not None and prev in records and company_head(str(prev.get("name"))) is not None \
                and prev.fields["name"].evidence and prev.fields["name"].evidence[0].start < m.start():
            # 将开工建设甲有限公司年产…项目、…。⏎1.年产…项目：总投资…，计划3月开工: the project the
            # article named with its firm, its item's fields added
            for field, fld in r.fields.items():
                if prev.get(field) is None and fld.value is not None:
                    prev.set(field, fld.value, *fld.evidence)
            continue
        keys[_name_key(name.name)] = r
        records.append(r)


#: Parts of works done, counted (``建成换热站6座``, ``完成厂房3栋``): progress, not the works' end.
_PARTS_DONE = re.compile(r"(?:建成|完成|竣工)[\u4e00-\u9fff]{1,8}?\d+(?:\.\d+)?"
                         r"(?:座|栋|个|条|台|套|处|公里|千米|米)")


def _item_stage_clause(ctx: RecordContext, r: Record, item: Span) -> None:
    """An item's stage told by counted parts done (``建成换热站6座``) is works under way; the
    date of an item's stage is the one of the stage's own clause (``…于4月18日调试完毕，项目已于
    4月底竣工投用``: April), when that clause names one."""
    ev = r.fields["stage"].evidence if "stage" in r.fields else None
    if not ev:
        return
    s0, s1 = ev[0].start, ev[0].end
    if r.get("stage") in ("completed", "in_production") and _PARTS_DONE.match(ctx.text, s0):
        r.set("stage", "under_construction", ctx.evidence(s0, s1))
        r.set("status", "actual", ctx.evidence(s0, s1))
        if "date" in r.fields:
            del r.fields["date"]
        return
    d = r.fields.get("date")
    c0 = ctx.clause_start(s0, item.start)
    if d is None or not d.evidence or d.evidence[0].start >= c0:
        return
    for m in ctx.mentions_in("dates", c0, s0):
        if isinstance(m.value, dict) and m.value.get("start") \
                and m.value.get("granularity") in ("day", "month", "approx"):
            day = m.value.get("granularity") == "day"
            r.set("date", str(m.value["start"]) if day else month_of(str(m.value["start"])),
                  ctx.evidence(m.start, m.end))
            return


#: A town or township heading a project's name (``某某镇肉牛养殖小区``, ``某某乡中药材初加工厂``).
#: (an ethnic township too, ``某某苗族乡``; a figure may follow, ``某某乡100兆瓦…``)
_TOWN_OPENS_NAME = re.compile(r"([\u4e00-\u9fff]{2,3}(?:镇|乡)"
                              r"|[\u4e00-\u9fff]{2}(?:苗族|彝族|藏族|羌族|回族|土家族)乡)"
                              r"(?![村镇乡])[\u4e00-\u9fff\d]{3,}")


#: The first phase ending a name, with or without the kind of works after it (``甲项目一期``, ``乙工程首期``).
_GOAL_PHASE_TAIL = re.compile(r"[(（]?(?:一|首)期[)）]?(?:项目|工程)?$")


def _phase_goal_of_told(r: Record, records: list[Record]) -> bool:
    """True for a first phase only set as a goal (``推动甲项目一期竣工投产``) of a project the page told
    of earlier under a fuller name with an actual event (``某园区甲项目开工建设``): the same works,
    no project of its own."""
    name = r.get("name")
    if r.get("status") != "target" or not isinstance(name, str) or r.get("investment_cny") is not None:
        return False
    m = _GOAL_PHASE_TAIL.search(name)
    if m is None or m.start() < 5:
        return False
    base, at = name[:m.start()], _name_start(r)
    if not base.endswith(("项目", "工程")):
        return False
    return any(x is not r and x.get("status") == "actual" and 0 <= _name_start(x) < at
               and isinstance(x.get("name"), str) and x.get("name") != base
               and x.get("name").endswith(base) and phase_of(x.get("name")) is None for x in records)


#: A zone as a works' detail (``某某高新技术产业开发区``, ``某某新区``, ``某某工业园区``).
_ZONE_DETAIL = re.compile(r"(?:开发区|高新区|经开区|新区|工业园区|产业园区)$")


def _town_heading_name(records: list[Record]) -> None:
    """A project placed in a county but in no finer place whose name opens with a town or township
    (``某某乡中药材初加工厂建成投用``), or with its county and then a town (``某县某某镇50万千瓦风电项目``):
    that town is its detail; so it is of a project placed only in a zone of the county (``某某高新区``
    told by the story, ``某某镇年产8万套…项目`` named)."""
    for r in records:
        loc = r.get("location")
        name = r.get("name")
        if not isinstance(loc, dict) or not loc.get("county") or not isinstance(name, str) \
                or (loc.get("detail") and not _ZONE_DETAIL.search(str(loc["detail"]))):
            continue  # (a zone the story is in holds the town the name opens with: the town is finer)
        county = str(loc["county"])
        m = _TOWN_OPENS_NAME.match(name, len(county) if name.startswith(county) else 0)
        if m is not None and name.startswith(("至", "到"), m.end(1)):
            continue  # 某县甲镇至乙镇旅游公路: a road between towns, in neither
        if m is None or _NOT_LOCAL.search(m.group(1)):
            continue
        r.set("location", {**loc, "detail": m.group(1)}, *r.fields["location"].evidence)


#: A resource's site heading a works' name (``某某盐湖年产…碳酸锂项目``, ``某县某某煤矿…改扩建工程``): the
#: lake, the mine or the field where the works stand, no firm.
_SITE_HEAD = re.compile(r"(?:[^\W\d_]{0,8}?[县市区旗])?(?P<site>[^\W\d_]{2,8}?(?:盐湖|煤矿|矿井|油田|气田|"
                        r"[金银铜铁锂钾锰铅锌磷钼]矿))(?=年产|年处理|[\d一二三四五六七八九十百]|[^\W\d_]{0,12}?(?:项目|工程))")


def _site_heading_name(ctx: RecordContext, records: list[Record]) -> None:
    """A works whose name opens with a resource's site (``某某盐湖年产1.5万吨碳酸锂扩建项目``, ``某县某某煤矿
    年产120万吨改扩建工程``) stands there: no investor (a firm's name ending in 公司 or 集团 stays); a
    lake is its location's detail when none is known."""
    for r in records:
        name, investor = r.get("name"), r.get("investor")
        m = _SITE_HEAD.match(name) if isinstance(name, str) else None
        if m is None:
            continue
        if isinstance(investor, str) and investor.endswith(m.group("site")):
            r.set("investor", None)
        loc = r.get("location")
        if m.group("site").endswith("盐湖") and isinstance(loc, dict) and not loc.get("detail"):
            # (a lake is the place the works stand at; a mine's or a field's works are the mine's own)
            r.set("location", {**loc, "detail": m.group("site")}, *r.fields["location"].evidence)


#: A county paper's masthead opening the page: its name is its county's short form and ``报``
#: (``某某报  2026年3月31日  星期二  第1版``).
_COUNTY_MASTHEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,3})报[ \t\u3000]+(?:19|20)\d{2}\s*年")


#: A city paper's masthead opening the page: the city's short form and ``日报``, then the date
#: (``某某日报  2025年12月23日  星期二  第3版``).
_CITY_MASTHEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,3})日报[ \t\u3000]+(?:19|20)\d{2}\s*年")


def _masthead_city(text: str, records: list[Record]) -> None:
    """On a city paper's page, a project placed nowhere whose name holds one of the city's counties,
    in full or by its short form (``平利至镇坪高速公路``, ``某港汉滨作业区一期工程``), is in that county:
    the short form needs no other support on the paper of its own city."""
    m = _CITY_MASTHEAD.match(text)
    if m is None:
        return
    gaz = Gazetteer.default()
    cities = [d for d in gaz.lookup(m.group(1)) if d.level == "prefecture"]
    if len(cities) != 1:
        return
    counties = [d for d in gaz.divisions.values() if d.parent == cities[0].key and d.level == "county"]
    for r in records:
        loc = r.get("location")
        name = r.get("name")
        if (isinstance(loc, dict) and any(loc.get(k) for k in ("province", "city", "county", "detail"))) \
                or not isinstance(name, str):
            continue
        hits = [(name.find(f), d) for d in counties for f in (d.name, *d.aliases)
                if len(f) >= 2 and f in name]
        if not hits:
            continue
        county = min(hits, key=lambda h: h[0])[1]
        r.set("location", {**gaz.parts(county.key), "detail": None},
              *(r.fields["location"].evidence if "location" in r.fields else ()))


#: A town read across a route's two ends (``平利至镇``, ``虎庄至周家镇``); not a zone of a county whose
#: name holds 至 (``东至经济开发区``).
_ROUTE_TOWN = re.compile(r"[\u4e00-\u9fff]{1,6}至[\u4e00-\u9fff]{0,6}(?:镇|乡|街道|村)")


def _no_route_detail(records: list[Record]) -> None:
    """A detail read across a route's two ends inside its name (``平利至镇`` of ``平利至镇坪高速公路``,
    ``城至卡子镇`` of ``某县城至卡子镇公路``) is no town: the road runs between places, in neither."""
    for r in records:
        loc = r.get("location")
        name = r.get("name")
        detail = loc.get("detail") if isinstance(loc, dict) else None
        if isinstance(detail, str) and _ROUTE_TOWN.fullmatch(detail) and isinstance(name, str) \
                and detail in name:
            r.set("location", {**loc, "detail": None}, *r.fields["location"].evidence)


#: A detail that can lie in a county: a town, a street office, a zone, a park, a scenic site.
_LOCAL_DETAIL = re.compile(r"(?:镇|乡|街道|社区|村|园区|园|区|景区|基地)$")


#: A county paper's name on a line of its own near the page's top (``某某报``, ``某某新闻``, a digital
#: edition's ``某某报数字报``), or closing the running head's date line
#: (``2026年11月26日　星期四　某某新闻``).
#: (also a county's or a district's government portal heading the page, its brand maybe before it
#: apart by a bar: ``某某融媒 | 某某区人民政府门户网站``)
_COUNTY_PAPER_LINE = re.compile(r"([\u4e00-\u9fff]{2,3})(?:报|新闻)(?:数字报|电子版|数字版)?"
                                r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日.{0,12}?[ \t\u3000]+"
                                r"([\u4e00-\u9fff]{2,3})(?:报|新闻)"
                                r"|(?:[\u4e00-\u9fff]{2,10}[ \t\u3000]*[|｜][ \t\u3000]*)?"
                                r"([\u4e00-\u9fff]{1,3})(?:县|区)人民政府(?:门户网站|网站|网)")


#: A section label inside a story: a stage word and a colon, then a short line with no stop
#: (``签约：线束项目落户某镇``, ``投产：汽车电子项目进入试生产``).
_STAGE_LABEL_LINE = re.compile(r"[ \t\u3000]*(?:签约|开工|在建|投产|试产|竣工|洽谈|落地|达产)[：:]"
                               r"[^。！？!?；;，,\n]{2,24}[ \t\u3000]*")


#: A section label's stage word and colon opening a sentence (``投产：``, ``签约：``).
_STAGE_LABEL_HEAD = re.compile(r"[ \t\u3000]*(?:签约|开工|在建|投产|试产|竣工|洽谈|落地|达产)[：:]")


def _past_stage_label(ctx: RecordContext, sent: Span, names: list[NameSpan]) -> list[NameSpan]:
    """The names of a sentence that opens on a story's section label on a line of its own (a stage
    word, a colon, a short line: see :data:`_STAGE_LABEL_LINE`) with the paragraph run on after it:
    those of the paragraph when it names one, else all of them."""
    nl = ctx.text.find("\n", sent.start, sent.end)
    if nl >= 0:
        if not _STAGE_LABEL_LINE.fullmatch(ctx.text, sent.start, nl):
            return names
        after = [n for n in names if n.start > nl]
        return after or names
    # (the label's line joined to the paragraph once the break is gone: ``投产：汽车电子项目进入试生产在
    # 某镇，甲公司年产…项目已于…``): a short name right after the label's colon, no figure in it, and
    # the works named in full after it
    m = _STAGE_LABEL_HEAD.match(ctx.text, sent.start)
    if m is None or len(names) < 2:
        return names
    first = min(names, key=lambda n: n.start)
    if first.start > m.end() + 1 or len(first.name) > 10 or any(c.isdigit() for c in first.name):
        return names
    return [n for n in names if n is not first]


def county_paper_name(text: str) -> str | None:
    """The short form of the county a county paper's masthead names (``某某`` of ``某某报  2026年…``,
    of ``某某报`` or ``某某新闻`` alone on one of the page's first lines), else None."""
    m = _COUNTY_MASTHEAD.match(text)
    if m is not None:
        return m.group(1)
    for line in text.lstrip().split("\n", 6)[:6]:
        m = _COUNTY_PAPER_LINE.fullmatch(line.strip())
        if m is not None:
            return m.group(1) or m.group(2) or m.group(3)
    return None


#: A town, a township or a zone opening its sentence as the party that signs with a firm (``11月21日，
#: 某某镇与一家食品企业签订协议，投资…建设甲项目``), a day or a bracketed label maybe before it.
#: (also after a dateline left in the brief, ``●本报讯　11月21日，某镇与…``; and a town in talks
#: with a firm over the project, ``某镇与江苏一家企业就甲项目进行洽谈``)
_TOWN_SIGNS = re.compile(r"[◆●■▲★◇○·]?\s*(?:[【\[][\u4e00-\u9fff]{1,6}[】\]])?\s*"
                         r"(?:(?:本报|本台|本网)讯\s*)?"
                         r"(?:(?:\d{1,2}月)?\d{1,2}日[,，]?)?"
                         r"(?P<town>[\u4e00-\u9fff]{1,4}(?:镇|乡|街道)|[\u4e00-\u9fff]{2,12}?(?:开发区|产业集聚区))"
                         r"(?:人民政府|政府|管委会)?"
                         r"(?:与|和|同)[^。；;！？\n]{2,30}?(?:签订|签署|签约|就)")
#: A town opening a brief's sentence right before the project's name (``●本报讯　11月19日，某镇100兆瓦
#: …项目并网投运``): the name's own town, printed before it.
_TOWN_OPENS_BRIEF = re.compile(r"[◆●■▲★◇○·]?\s*(?:(?:本报|本台|本网)讯\s*)?"
                               r"(?:(?:\d{1,2}月)?\d{1,2}日[,，])?"
                               r"(?P<town>[\u4e00-\u9fff]{2,3}(?:镇|乡|街道))")


def _town_signs(text: str, records: list[Record]) -> None:
    """A project placed in no town whose sentence opens on a town or a zone signing for it with a firm
    (``某某镇与郑州一家食品企业签订协议，投资1.6亿元建设甲项目``) is in that town or zone."""
    for r in records:
        loc = r.get("location")
        loc = loc if isinstance(loc, dict) else {}
        if loc.get("detail") or "name" not in r.fields or not r.fields["name"].evidence:
            continue
        at = r.fields["name"].evidence[0].start
        s0 = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
        m = _TOWN_SIGNS.match(text, s0, at)
        if m is None:
            m = _TOWN_OPENS_BRIEF.fullmatch(text, s0, at)
        if m is None:
            continue
        r.set("location", {"province": None, "city": None, "county": None, **loc, "detail": m.group("town")},
              *(r.fields["location"].evidence if "location" in r.fields else ()))


def _masthead_county(text: str, records: list[Record]) -> None:
    """On a county paper's page, a project placed in a town or a zone the gazetteer does not know
    (``修齐镇山地鸡养殖基地``) and left without a county is in the paper's county, when its
    province and city, if read, are that county's."""
    short = county_paper_name(text)
    if short is None:
        return
    gaz = Gazetteer.default()
    counties = [d for d in gaz.lookup(short) if d.level == "county"]
    if len(counties) != 1:
        return
    parts = gaz.parts(counties[0].key)
    for r in records:
        loc = r.get("location")
        loc = loc if isinstance(loc, dict) else {}
        detail = loc.get("detail")
        if loc.get("county") or not detail and loc.get("city"):
            continue  # placed in a county, or in another city
        if detail and not _LOCAL_DETAIL.search(detail):
            continue  # a site abroad (``泰国某府``), no town of the county
        if any(loc.get(k) and loc.get(k) != parts[k] for k in ("province", "city")):
            continue
        r.set("location", {"detail": None, **loc, **parts},
              *(r.fields["location"].evidence if "location" in r.fields else ()))


def _sites_abroad(ctx: RecordContext, found: list[tuple[Span, NameSpan, Record]],
                  records: list[Record]) -> None:
    """Works a firm builds in another country (``在泰国某府投资建设的甲基地``, ``在印度尼西亚，…建设的
    乙项目``, ``越南某省中越产业合作园``) have no Chinese province, city or county: the foreign site is
    their ``detail`` (see :func:`newsmill.zh.abroad.site_abroad`)."""
    kept = {id(r) for r in records}
    for sent, name, r in found:
        if id(r) not in kept or r.kind != "project":
            continue
        site = site_abroad(ctx.text, sent.start, name.start, name.name)
        if site is None:
            continue
        at = ctx.text.find(site, sent.start, name.end)
        ev = ctx.evidence(at, at + len(site)) if at >= 0 else ctx.evidence(name.start, name.end)
        r.set("location", {"province": None, "city": None, "county": None, "detail": site}, ev)


#: A park the project settles in, in its own item (``甲项目投资4.5亿元，落户某某物流枢纽园区；``).
#: (a zone too: ``…，拟落户县先进制造业开发区。``)
_SETTLED_PARK = re.compile(r"(?:落户|落地)(?:在|于|到)?"
                           r"(?P<park>[\u4e00-\u9fff]{2,12}?(?:工业园区|产业园区|园区|工业园"
                           r"|产业园|物流园|开发区|产业集聚区))(?=[,，。;；])")


def _settled_park(ctx: RecordContext, records: list[Record]) -> None:
    """A park the gazetteer does not know, named after ``落户`` in the project's own ``；``-item, is
    its ``detail`` over a zone told in another item or sentence."""
    text = ctx.text
    for r in records:
        loc = r.get("location")
        if r.kind != "project" or not loc or not r.fields["name"].evidence:
            continue
        n1 = r.fields["name"].evidence[0].end
        m = _SETTLED_PARK.search(text, n1, ctx.next_mark(_ITEM_ENDS, n1) + 1)
        if m is None or loc.get("detail") == m.group("park") \
                or any(p.start == m.start("park") and not (isinstance(p.value, dict) and p.value.get("level")
                                                           in ("province", "prefecture"))
                       for p in ctx.mentions_in("places", m.start("park"), m.end())):
            continue  # (a park named after its city, 某市某某园区, is still the gazetteer's unknown)
        r.set("location", {**loc, "detail": m.group("park")}, *r.fields["location"].evidence,
              ctx.evidence(m.start("park"), m.end("park")))


#: A matter a meeting studies, right after the event's cue (``引进事宜``, ``签约有关事项``).
_UNDER_STUDY = re.compile(r"(?:事宜|有关事项|相关事项)")


_STUDIED = re.compile(r"研究|审议|讨论")


_APPROVED = re.compile(r"(?:同意|核准|批准)(?<!一致..)(?<!双方..)(?:建设|实施|新建|扩建)$")
#: A board's approval opening the name's clause (``同意全资子公司在某市投资建设``, ``同意公司投资新建``).
_BOARD_AGREES = re.compile(r"同意(?:公司|全资子公司|控股子公司|子公司|其)[^，,。；;：:]{0,40}?"
                           r"(?:投资建设|投资新建|投建|新建|扩建|建设)$")


#: A sentence opening on the project, maybe after an item's number (``项目用地…``, ``二、项目建设地点…``).
_ITEM_ON_IT = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]\s*)?项目")


#: The name field of a project card in a notice (``项目名称：``, a permit's ``工程名称：``), right before
#: the name.
_CARD_NAME = re.compile(r"(?:项目|工程)名称\s*[:：]\s*$")
#: A numbered line holding only a project's name (``1.某某生产线项目``), a card's head.
_NUMBERED_HEAD = re.compile(r"[ \t\u3000]*(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）])[ \t\u3000]*")


def _heads_card(text: str, name: NameSpan) -> bool:
    """True when ``name`` alone fills a numbered line and labelled lines follow it (``1.甲项目`` ⏎
    ``投资主体：某公司`` ⏎ ``投资规模：…``): the head of the project's card."""
    if not text.startswith("\n", name.end):
        return False
    line = text.rfind("\n", 0, name.start) + 1
    if _NUMBERED_HEAD.fullmatch(text, line, name.start) is None:
        return False
    nxt = _CARD_LINE.match(text, name.end + 1)
    return nxt is not None and is_field_line(nxt.group())


#: ``正式落户某县某镇工业园区``, ``签约落地某工业园区``: the park a project settles in is its place, no
#: project.
_SETTLES_IN = re.compile(r"(?:落户|落地)(?:于|在|到)?$")
#: A park's name read with the landing before it (``签约落地某工业园区`` → ``落地某工业园区``): the place.
_LANDED_IN = re.compile(r"(?:落户|落地)(?:于|在|到)?(?!加工)")


#: A photo's caption opening a sentence (``图为…``, ``▲图为…``, ``上图为…``).
_PHOTO_SCENE = re.compile(r"[\s\u3000▲△●■]*(?:[上下左右]?图[为是]|图片为)")


#: A caption on a line of its own under a photo, marked and naming the scene it shows
#: (``▲甲有限公司项目签约现场``, ``△某产业园效果图``), no sentence mark in it.
_CAPTION_LINE = re.compile(r"[\s\u3000]*[▲△↑][^。！？；;，,\n]{2,40}?"
                           r"(?:现场|仪式|效果图|鸟瞰图|一角|全景|掠影)[\s\u3000]*")


#: Right after a park's name: it frames the sentence as its scene (``…产业园内，``).
_SCENE_AFTER = re.compile(r"内[,，]")
#: Projects told as a group after a scene (``一批焦化延链项目``, ``多个项目``, ``各项目``).
_SOME_PROJECTS = re.compile(r"(?:一批|多个|多家|各个?|一系列|数个)[\u4e00-\u9fff]{0,8}?(?:项目|工程|企业)")


#: How a place where projects stand ends (a park, a base, a port area).
_SCENE_END = re.compile(r"(?:园区|工业园|产业园|物流园|开发区|高新区|经开区|新区|集中区|基地|港区)$")


#: What opens a sentence before the place it is set in (``在``, ``在一旁的``, ``在不远处的``).
_SCENE_OPENS = re.compile(r"\s*(?:在|而在|同样在)(?:[\u4e00-\u9fff]{1,6}的)?")


#: ``建成后将成为全州最大的某某基地``: what a project will become, no project of its own.
_BECOMES = re.compile(r"成为[^，,。；;]{0,12}$")


#: A plant told only by its rank among a firm's plants (``首个加工厂``, ``第二座工厂``, ``第三个生产基地``).
_RANKED_PLANT = re.compile(r"(?:\d{4}年)?(?:首个|首座|首家|第[一二三四五六七八九十\d]{1,2}[个座家])"
                           r"[\u4e00-\u9fff]{0,4}?(?:厂|工厂|加工厂|分厂|车间|生产基地|基地)")


#: A name said to be a works of some kind (``甲项目是今年的民生重点工程``, ``是全县重点项目之一``).
_IS_A_WORKS = re.compile(r"(?:也|则)?是[^，,。；;]{0,14}?(?:工程|项目)(?:之一)?(?:[。；;]|$)")


#: An amount of investment right before a name (``投资1.6亿元的``): the project's own attribute.
_AMOUNT_OF = re.compile(r"投资(?:约|近|超过|超)?\d+(?:\.\d+)?(?:万|亿)?元的$")


@hookimpl
def newsmill_extract(doc: Document) -> list[Record]:
    """Records of this kind for one document."""
    records = extract_projects(doc)
    for r in records:
        _firm_by_short_name(r)
        investor = r.get("investor")
        if isinstance(investor, str) and _UNNAMED_FIRMS.fullmatch(investor):
            r.set("investor", None)  # 由某地一家民营企业与某地一家医疗集团合资建设: no firm named
    return readable(doc, records)


#: Builders the news does not name, one or two joined (``某地一家民营企业``, ``某地一家民营企业与某地
#: 一家医疗集团合资``): no investor.
_UNNAMED_FIRMS = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?一家[\u4e00-\u9fff]{0,8}?(?:企业|公司|集团|机构)"
                            r"(?:[与和同][\u4e00-\u9fff]{0,4}?一家[\u4e00-\u9fff]{0,8}?(?:企业|公司|集团|机构))?)"
                            r"(?:合资|共同|联合)?")
