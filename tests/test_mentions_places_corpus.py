"""Places on the real corpus pages: gold project locations are found with the right codes."""

from __future__ import annotations

import pytest

from tests._pages import gold, pages, processed

# GB/T 2260 codes of the units named in the gold files (checked against the standard by hand)
KNOWN_CODES = {
    "四川省": "510000", "成都市": "510100", "自贡市": "510300", "广元市": "510800", "广安市": "511600",
    "蒲江县": "510131", "青川县": "510822", "广安区": "511602", "华蓥市": "511681", "岳池县": "511621",
    "邻水县": "511623",
}
#: ordinary words that contain place names; none of them may be reported as a place
STOP_WORDS = ("合作", "振兴", "双城", "玄武岩", "示范县", "投资兴业", "通道", "红旗", "前进", "新建")


def _places(page):
    return [m for m in processed(page).mentions if m.kind == "place"]


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.stem)
def test_gold_locations_found_with_codes(page):
    found = _places(page)
    by_name: dict[str, set] = {}
    for m in found:
        v = m.value
        by_name.setdefault(v["name"], set()).add(v["code"])
        for level in ("province", "city", "county"):
            if v.get(level):
                by_name.setdefault(v[level], set())
    missing = []
    for project in gold(page)["projects"]:
        loc = project["location"]
        for level in ("province", "city", "county"):
            name = loc.get(level)
            if not name:
                continue
            if name not in by_name:
                missing.append(name)
    assert not missing, f"gold locations not found as places: {sorted(set(missing))}"
    for name, codes in by_name.items():
        if name in KNOWN_CODES and codes:
            assert codes == {KNOWN_CODES[name]}, (name, codes)


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.stem)
def test_zone_locations_found(page):
    zones = {m.value["name"] for m in _places(page) if m.value["level"] == "zone"}
    wanted = {p["location"]["detail"] for p in gold(page)["projects"]
              if (p["location"].get("detail") or "").endswith(("经开区", "高新区", "新区"))}
    assert wanted <= zones, wanted - zones


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.stem)
def test_stop_words_make_no_places(page):
    doc = processed(page)
    text = doc.clean
    for m in _places(page):
        for word in STOP_WORDS:
            i = text.find(word, max(0, m.start - len(word)), m.end + len(word))
            assert not (i >= 0 and i < m.end and m.start < i + len(word)), (word, m.surface, m.value)
