"""Regex building blocks that match a word in Simplified or Traditional script.

Rules that read bylines, datelines or page headers must work on cleaned
(Simplified) text and on raw Traditional pages alike.  :func:`either_script`
turns a Simplified word into a pattern whose characters also accept their
Traditional forms, for the small vocabulary those rules use.
"""

from __future__ import annotations

import re

#: Simplified character -> its Traditional form(s), for the words of bylines and page headers.
TRADITIONAL: dict[str, str] = {
    "记": "記", "报": "報", "讯": "訊", "员": "員", "实": "實", "习": "習", "摄": "攝",
    "图": "圖", "来": "來", "编": "編", "辑": "輯", "责": "責", "电": "電", "华": "華",
    "网": "網", "视": "視", "体": "體", "约": "約", "见": "見", "闻": "聞", "发": "發",
    "时": "時", "间": "間", "综": "綜", "据": "據", "转": "轉", "载": "載", "长": "長",
    "广": "廣", "业": "業", "纸": "紙", "频": "頻", "务": "務", "导": "導", "审": "審",
    "对": "對", "总": "總", "题": "題", "经": "經", "济": "濟", "闭": "閉", "关": "關",
    "农": "農", "历": "曆歷", "岁": "歲", "周": "週", "写": "寫",
    "东": "東", "阅": "閱", "读": "讀", "击": "擊", "数": "數", "层": "層", "设": "設",
    "计": "計", "划": "劃", "众": "眾衆", "号": "號", "户": "戶", "扫": "掃",
    "码": "碼", "页": "頁", "动": "動", "态": "態", "织": "織", "组": "組", "统": "統",
    "筹": "籌", "协": "協", "调": "調", "监": "監", "门": "門", "台": "臺",
    "现": "現", "场": "場", "资": "資", "简": "簡", "专": "專", "栏": "欄", "观": "觀", "点": "點",
    "评": "評", "递": "遞", "纵": "縱", "澜": "瀾", "别": "別", "说": "說", "论": "論", "线": "線",
    "当": "當",
}


def either_script(word: str) -> str:
    """A regex source that matches ``word`` in either script."""
    out = []
    for ch in word:
        trad = TRADITIONAL.get(ch)
        out.append(f"[{ch}{trad}]" if trad else re.escape(ch))
    return "".join(out)


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A non-capturing alternation of :func:`either_script` words, longest first."""
    return "(?:" + "|".join(either_script(w) for w in sorted(words, key=len, reverse=True)) + ")"
