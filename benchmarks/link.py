"""Linking benchmark: 100,000 synthetic project records on one core (run by hand).

    python benchmarks/link.py [--n 100000]

Records are generated from a vocabulary of place names, industries and
facility words, each project mentioned 1-4 times at different stages with
name variants (place prefix or not, with or without 项目); prints records/s
(CPU time), how many entities came out versus how many projects were
generated, and the peak RSS of the process (the records themselves included).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import time

from newsmill.core.model import CorpusRecord, Evidence, Record
from newsmill.plugins.link_projects import project_entities

CITIES = ["绵州市", "清源市", "江北市", "云岭市", "白鹭市", "青石市", "南溪市", "望江市"]
INDUSTRY = ["锂电", "光伏", "冷链", "生物医药", "智能装备", "新材料", "食品加工", "电子信息",
            "氢能", "数据中心", "纺织", "汽车零部件", "钒钛", "天然气化工", "竹木加工"]
FACILITY = ["产业园", "生产线", "基地", "研发中心", "物流中心", "电站", "仓储中心", "工厂"]
QUAL = ["年产5万吨", "高端", "绿色", "智慧", "一体化", "新型", "大型", "循环"]
STAGES = ["signed", "started", "completed", "in_production"]


def generate(n: int, seed: int = 7) -> tuple[list[CorpusRecord], int]:
    rnd = random.Random(seed)
    out: list[CorpusRecord] = []
    projects = 0
    while len(out) < n:
        projects += 1
        city = rnd.choice(CITIES)
        core = f"{rnd.choice(QUAL)}{rnd.choice(INDUSTRY)}{rnd.choice(FACILITY)}{projects}号"
        base = dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randrange(1500))
        for k in range(rnd.randint(1, 4)):
            name = rnd.choice([f"{city}{core}项目", f"{core}项目", f"{city[:-1]}{core}"])
            r = Record("project", id=f"p{projects}:{k}", evidence=[Evidence(0, 1, 0, 1, name)])
            r.set("name", name)
            r.set("stage", STAGES[min(k, 3)])
            r.set("location", {"province": "四川省", "city": city})
            r.set("investment_cny", rnd.choice([10, 20, 35]) * 10**8)
            pub = base + dt.timedelta(days=90 * k)
            out.append(CorpusRecord(f"doc{projects}-{k}", "bench", pub, 0, None, r))
    return out[:n], projects


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    args = ap.parse_args()
    records, projects = generate(args.n)
    t0 = time.process_time()
    ents = project_entities(records)
    dt_s = time.process_time() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(records)} records → {len(ents)} project entities "
          f"({projects} generated) in {dt_s:.1f} s CPU = {len(records) / dt_s:,.0f} records/s; "
          f"peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
