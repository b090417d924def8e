"""Extraction benchmark: per-field precision and recall of ``assistant.extract`` on fresh applicant messages.

Scores ``extract(text, today=2026-11-21)`` on ``eval/labels/facts.jsonl``: messages written before the extractor was
run on them, each with the profile fields it states (``expect``) and fields it must not yield (``absent``). Each
batch (the id's prefix: ``fx-``, then the fresh probes ``fp-`` written 2026-12-03 in applicants' words about years
across cities, place of work against the employer's, part-time and self-employed work, team leaders and corrections; then ``fq-`` written 2026-12-03 about negated facts, years attached to a
certificate or prize, past employers, relative months, care and service trades, dialect and typos; then ``fr-`` written
2026-12-03 about years named by an event (疫情第二年, 那年我刚来杭州), abbreviated years (25年拿的第一), towns and villages
(瓶窑, 塘栖, 分水, 千岛湖), employers known by name, past against current jobs, freelance in ordinary words, titles tried for
but not won, union membership and management said plainly; then ``fs-`` written 2026-12-04 about a count of years
against a start year (asked, unless a correction settles it), years of a past job or another trade, certificates
without a level, event and relative dates, ages by zodiac or decade, titles nominated for but not won, odd jobs and
rehired retirees; then ``ft-`` written 2026-12-04 evening about years of a job placed by its clause
(余杭, 建德, 桐庐), short birth years and ages, dispatched workers, rehired retirees, leaving the front line, honours below
the listed level and non-digital trades asking about 数字工匠; then ``fu-`` written 2026-12-04 night about
occupations said with no verb (本人数控车工, 职业：汽修) and jobs ending in 员, skill levels and titles said loosely
(高技, 三级, 职称 beside 技能等级), union membership in ordinary words, work histories with a gap, honours and contest
places said loosely (拿过第二, 进了前十, 区里评过先进), ages and retirees; then ``fv-`` written 2026-12-05 about Hangzhou
years with a gap, a move or a sum (中间回老家三年, 2020年3月到的杭州, 加起来, 亚运会那年), levels said half (证有，中级的; 高工 as
a 职称), messages about two or three people (师傅, 老婆, 儿子), ages near retirement, and contests and honours said loosely;
then ``fy-`` written 2026-12-05 about whose fact a clause states (徒弟们一场比赛都没参加过 beside the asker's own placing,
师傅/老婆/同事's levels, ages and union cards), places inside organisation names (杭州湾新区 in 宁波, 杭州银行宁波分行,
杭州汽轮机厂) and an HR officer's unit (我们是萧山一家…), being out of work (待业, 辞职了, 被裁了, 在找工作) against a
denial of it, two stays in one city around a move, and years in the same trade elsewhere before Hangzhou; then ``fz-``
written 2026-12-05 about work-history timelines: stays with a time away, moves dated by an event (孩子上小学那年),
a present workplace outside the city one came to, years learnt from a master, an age said bare (我四十五) and dated
changes of post; then ``fw-`` written 2026-12-05 (ext7) about a part of a month (十一月底, 上旬, 中旬, 月末) against a
one-year threshold, a trade begun in another city before the move to Hangzhou, denials with the thing said first (啥称号没有,
一个奖都没拿过), union membership through a park's or a town's federation, and bare occupation words (操作工, 运维, 调度员)
read with the message's unit and tools; then ``ga-`` written 2026-12-05 (ext8) about whose fact a clause states (a
named workmate's or apprentice's honour, level or placing, across space-split clauses), a start year in one clause
with 一直在杭州/没离开过杭州 in another, 说不上/谈不上/算不上 denying the thing named before it, and a place corrected; then ``gb-``
written 2026-12-05 (ext9) about time away inside a stay (期间去深圳待过两年, 2018到2020年在上海), a person's
two-digit year (72年的), approximation words (差不多, 大概, 将近, 快, 十来年), an activity said as verb+了+years (焊了二十五年),
places corrected, honours dated by a relative year without 获得, and posts said as 我是厂长/车间主任/老板; then ``gc-``
written 2026-12-06 (ext10) about absence said in ordinary words (没啥成绩, 荣誉称号一个都没有, 徒弟倒是没带过, 工会？没加过,
against 不清楚有没有), years counted from a start (从18年起就干这个, 入职至今, 八八年进厂就一直在) with a past-dated post
beside the present one, and the post said in ordinary words (天天在产线上, 带班组但自己也干活, 现在主要管人); then ``gd-``
written 2026-12-06 (ext11) about hard facts said in ordinary words: a title already held with its level said loosely
(前年评上杭州市首席技师, 17年就拿了杭州工匠) or someone else's (师傅/徒弟/老公 评上的), a skill level said as too low or absent
(我才中级工, 证就一个四级, 只有职称), years in Zhejiang/Hangzhou/the trade from a life story (在苏州干了八年，21年才回的浙江,
三年不到, 中间当了两年兵), an employer's city from a district, town or company (钱塘新区, 下沙, 仓前, 分水, 杭钢), and union
membership and the front-line post said loosely; then ``ge-`` written 2026-12-06 (ext12) about the work history's places and
spans: an employer placed by a county, district, town, park or landmark (淳安千岛湖, 大江东, 九堡, 萧山机场, 青山湖科技城) or
outside Hangzhou (柯桥, 慈溪, 海宁), years in Zhejiang from a life story (去年从江西过来的, 一直在宁波没出过省, 2018年落脚绍兴),
years in the trade from a start or a story with time away subtracted (八七年进的轴承厂当学徒, 中间有三年跑去做生意了), and a
count said of the place kept apart from the trade's (来杭州十五年了，做快递是最近三年的事); then ``gg-`` written 2026-12-06
(ext14) about hard facts said implicitly: the employer's city from a road, street, metro stop, landmark or company
(文一西路, 物联网街, 西兴站, 在海康, 吉利的杭州湾基地 in 宁波), years in the trade from a start, an apprenticeship or an age
(十八岁进厂当学徒，今年五十二) with a break subtracted, years in Hangzhou from a life story (大学在杭州读的，毕业留下来了),
and the post by what one does all day (天天在机台边上) against management or office work said plainly; then ``gh-``
written 2026-12-06 (ext15, eval/probes/ext15_probe_writer.py) about places and years in ordinary words: a present workplace
outside Zhejiang (家在嘉善、厂在昆山; 派在合肥的项目部) or a recent move (去年国庆过后才从深圳回来), years in the trade said
beside a Hangzhou workplace (在拱墅区的一家机械厂里做钳工，做了差不多二十年) with a time away subtracted, and the employer's
city from a district, county, town, road or zone (桐庐县城, 临空经济示范区) against another city's (上虞, 长兴); and ``gf-`` written 2026-12-06
(ext13, eval/probes/ext13_probe_writer.py) about the hard fact that fails a rule said in ordinary words: a title held
(前年已经是市首席了, 2016那批的杭州工匠) against one tried for, a 提名奖 or someone else's, union membership (厂里没工会, 工会卡有的),
a skill level too low or absent (才四级, 只有职称没技能等级) and several facts listed after their topics (称号嘛，没有；工会，有的); and ``gi-`` written 2026-12-06 (ext16,
eval/probes/ext16_probe_writer.py) about what the asker holds and is in rambling words: a title held told as a story,
another's title or placing (小王…评了, 第一是我徒弟拿的), a restated rule's count or level, union membership (会费从工资里扣,
派遣过来的没让入), levels said loosely, a lead who still does the work against a bare 组长, and nothing to show (没啥成绩); and ``gk-``
written 2026-12-06 (ext18, eval/probes/ext18_probe_writer.py) about the hard facts that decide a "no" said in
ordinary words: a title held by its papers, its batch or a nomination that went through (单位报上去就批了, 名单出来有我)
against one heard of, a relative's, a plan or a wait (还在公示), not a member (会员一直没办, 工会不收临时工), a level
below the bar (上面写的五级, 考了两回没过), retired against retiring to come (明年就退休), management by its duties,
and an honour's level said after it (技术能手是杭州市评的)
was split into half A (tune: its misses may be read and fixed) and half B (held out: only its figures are read) by
``random.Random(SEEDS[prefix]).shuffle`` of its ids in file order, first half A, before the extractor was run on
it; ``--check-halves`` re-derives it.

An expected value is one of:
    a plain value        equal (numbers within 0.05)
    {"range": [lo, hi]}  within the bounds (numbers, or "YYYY-MM" strings)
    {"any": [...]}       one of these
    {"none": true}       absent, or said to be none ([]); any item is wrong
    {"present": true}    any non-empty value
    a list               (list fields) each expected item (a string, or a dict of some of the item's keys) matches
                         an extracted item; [] means "said to be none" and must be extracted as []
``contradictions`` is scored as a field too: the message's facts conflict and the extractor must name it (``{"present":
true}`` in ``expect``) or must not (in ``absent``).
Per field: a right value is a true positive; a wrong value is a false positive and a false negative; a missing
one a false negative; a value for an ``absent`` field a false positive.

Run with:
    .venv/bin/python bench/extraction.py              # per field and total, half A / half B / all
    .venv/bin/python bench/extraction.py --errors     # also list half A's misses (half B's stay unread)
    .venv/bin/python bench/extraction.py --json       # the figures as JSON
    .venv/bin/python bench/extraction.py --batch fp   # one batch only (by id prefix)
This prints numbers; it is not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.extract import extract
from bench.labels import precision_recall, read_jsonl

LABELS = ROOT / "eval" / "labels" / "facts.jsonl"
TODAY = dt.date(2026, 11, 21)
SEEDS = {"fx": 2030, "fp": 2037, "fq": 2042, "fr": 2047, "fs": 2054, "ft": 2064, "fu": 2076, "fv": 2086, "fy": 2096, "fz": 2105, "fw": 2114, "ga": 2124, "gb": 2133, "gc": 2153, "gd": 2163, "ge": 2169, "gf": 2181, "gg": 2182, "gh": 2204, "gi": 2205, "gj": 2223, "gk": 2224}  # each batch's halves seed, by id prefix


CONTRADICTIONS = "contradictions"  # not a profile field: the extraction's conflicts, scored like one


def load(path: Path = LABELS) -> list[dict]:
    return read_jsonl(path)


def batch_of(row: dict) -> str:
    return row["id"].split("-", 1)[0]


def halves_ok(rows: list[dict]) -> bool:
    """The halves of each batch are those ``random.Random(SEEDS[batch])`` gave its ids, in file order, before any
    was run."""
    for batch in dict.fromkeys(batch_of(r) for r in rows):
        if batch not in SEEDS:
            return False
        mine = [r for r in rows if batch_of(r) == batch]
        shuffled = [r["id"] for r in mine]
        random.Random(SEEDS[batch]).shuffle(shuffled)
        first = set(shuffled[: len(mine) // 2])
        if not all((r["half"] == "A") == (r["id"] in first) for r in mine):
            return False
    return True


def _item_ok(want, items: list) -> bool:
    if isinstance(want, dict):
        return any(isinstance(i, dict) and all(i.get(k) == v for k, v in want.items()) for i in items)
    return want in items


def matches(want, got) -> bool:
    """Whether the extracted value ``got`` (None when not extracted) is the labelled ``want``."""
    if isinstance(want, dict) and "none" in want:
        return got is None or got == []
    if got is None:
        return False
    if isinstance(want, dict) and "present" in want:
        return bool(got)
    if isinstance(want, dict) and "range" in want:
        lo, hi = want["range"]
        if isinstance(lo, str):
            return isinstance(got, str) and lo <= got <= hi
        return isinstance(got, int | float) and not isinstance(got, bool) and lo - 1e-6 <= got <= hi + 1e-6
    if isinstance(want, dict) and "any" in want:
        return got in want["any"]
    if isinstance(want, list):
        if not isinstance(got, list):
            return False
        return got == [] if not want else all(_item_ok(w, got) for w in want)
    if isinstance(want, float | int) and not isinstance(want, bool):
        return isinstance(got, int | float) and not isinstance(got, bool) and abs(got - want) <= 0.05
    return got == want


def score(rows: list[dict]) -> tuple[dict[str, dict[str, dict[str, int]]], list[tuple]]:
    """{half: {field: {tp, fp, fn}}} over halves A, B and "all", and the misses (row, field, want, got)."""
    counts: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0}))
    misses = []
    for row in rows:
        found = extract(row["text"], TODAY)
        profile = {**found.profile, CONTRADICTIONS: list(found.contradictions) or None}
        for half in (row["half"], "all"):
            for field, want in row["expect"].items():
                got = profile.get(field)
                c = counts[half][field]
                if matches(want, got):
                    c["tp"] += 1
                elif got is None or got == [] and isinstance(want, dict) and "present" in want:
                    c["fn"] += 1
                else:
                    c["fp"] += 1
                    c["fn"] += 1
            for field in row.get("absent", []):
                if profile.get(field) is not None:
                    counts[half][field]["fp"] += 1
        for field, want in row["expect"].items():
            if not matches(want, profile.get(field)):
                misses.append((row, field, want, profile.get(field)))
        misses.extend((row, f, "(absent)", profile[f]) for f in row.get("absent", []) if profile.get(f) is not None)
    return counts, misses


def _pr(c: dict[str, int]) -> tuple[float, float]:
    return precision_recall(c["tp"], c["fp"], c["fn"])


def _total(fields: dict[str, dict[str, int]]) -> dict[str, int]:
    return {k: sum(c[k] for c in fields.values()) for k in ("tp", "fp", "fn")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list half A's misses")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--check-halves", action="store_true")
    parser.add_argument("--batch", choices=sorted(SEEDS), help="score one batch only (the id prefix)")
    args = parser.parse_args()
    rows = load()
    if args.batch:
        rows = [r for r in rows if batch_of(r) == args.batch]
    if args.check_halves:
        print("halves as seeded" if halves_ok(rows) else "halves DIFFER from the seed")
        return
    counts, misses = score(rows)
    halves = ("A", "B", "all")
    if args.json:
        out = {h: {f: dict(zip(("p", "r"), _pr(c), strict=True)) for f, c in counts[h].items()} for h in halves}
        for h in halves:
            out[h]["TOTAL"] = dict(zip(("p", "r"), _pr(_total(counts[h])), strict=True))
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    n = {h: sum(1 for r in rows if h == "all" or r["half"] == h) for h in halves}
    print(f"{'field':34}" + "".join(f"{h + ' (' + str(n[h]) + ')':>18}" for h in halves))
    print(f"{'':34}" + "".join(f"{'P':>9}{'R':>9}" for _ in halves))
    for field in sorted(counts["all"]):
        line = f"{field:34}"
        for h in halves:
            c = counts[h].get(field)
            if c is None or not any(c.values()):
                line += f"{'-':>9}{'-':>9}"
            else:
                p, r = _pr(c)
                line += f"{p:9.2f}{r:9.2f}"
        print(line)
    line = f"{'TOTAL':34}"
    for h in halves:
        p, r = _pr(_total(counts[h]))
        line += f"{p:9.3f}{r:9.3f}"
    print(line)
    wrong_rows = {h: len({m[0]["id"] for m in misses if h == "all" or m[0]["half"] == h}) for h in halves}
    print("rows all right: " + "  ".join(f"{h} {1 - wrong_rows[h] / n[h]:.3f}" for h in halves))
    if args.errors:
        for row, field, want, got in misses:
            if row["half"] == "A":
                print(f"{row['id']} {field}: want {json.dumps(want, ensure_ascii=False)} got "
                      f"{json.dumps(got, ensure_ascii=False)}  | {row['text']}")


if __name__ == "__main__":
    main()
