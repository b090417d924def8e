"""Write the frag14 dialogue probe (dlg9, 2026-12-06) into eval/labels/fragments.jsonl.

Written from the five notices, in applicants' voice, before any code change, for three mechanisms:
1. the pending question decides how a reply is read: years in the trade said as a start ("2019年开始做的"),
   a range ("七八年"), or with a reason; the city said as a town or an employer; absence said in ordinary words
   ("单位没有工会", "啥称号都没评上过"); a reply that answers the pending question and an earlier one;
2. a fact once given is never asked again (scored by ``bench/asked_again.py`` on the turns' ``questions``);
3. after a direct-recognition fact (2025年以来 数字经济竞赛 个人第一名) only what can still change the verdict is
   asked, and the answer is read.
Split with ``random.Random(2154).shuffle`` of the ids: first half A (tuning), second half B (held out).
Run once: ``python eval/probes/dlg9_probe_writer.py`` (it refuses to write when frag14 rows exist).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "labels" / "fragments.jsonl"
D26 = "hz_digital_craftsman_2026"
CT = "hz_chief_technician_2021"
HZ = "hz_craftsman_2016"
ZJ = "zj_craftsman_2023"


def t(user, answers=None, facts=None):
    return {"user": user, "answers": answers, "expect_facts": facts or {}, "expect_verdicts": {}}


ROWS = [
    # --- direct recognition, then the years in the trade given as a start, a range or with a reason
    ("direct, years as a start year", [
        t("我去年拿了浙江省数字经济行业职业技能竞赛个人第一名，第四届杭州数字工匠是不是能直接认定？我在滨江一家民企做云计算运维，"
          "工会会员，普通员工，一直在技术岗，没评过工匠称号，2020年来杭州一直全职"),
        t("2018年开始做运维的", "years_in_field")], {D26: "direct_recognition"}),
    ("direct, years as 打…就干", [
        t("2025年杭州市数字经济行业职业技能竞赛，我是个人第一，第四届数字工匠能直接认定吗？在余杭一家民营电商公司做数据工程师，"
          "工会会员，普通员工，技术岗，没拿过任何工匠称号，来杭州六年了都是全职"),
        t("打16年就干这个", "years_in_field")], {D26: "direct_recognition"}),
    ("direct, years as graduation year", [
        t("全国数字经济行业职业技能竞赛，去年的，我拿了个人第一。我在西湖区一家民企做嵌入式开发，工会会员，普通技术员，"
          "没评过称号，在杭州全职四年了。第四届数字工匠能直接认定不"),
        t("毕业就干 14年毕业的", "years_in_field")], {D26: "direct_recognition"}),
    ("direct, years as a range", [
        t("第四届数字工匠，我今年拿了杭州市数字经济行业职业技能竞赛的个人第一名，能直接认定吗？我在拱墅区一家私企做工业互联网平台开发，"
          "全职，工会会员，普通员工在技术岗，没评过任何工匠，来杭州三年"),
        t("七八年吧", "years_in_field")], {D26: "direct_recognition"}),
    ("direct, years as 十来年", [
        t("去年省里的数字经济行业职业技能竞赛我拿了个人第一，第四届杭州数字工匠能不能直接认定？在萧山一家民企做数控系统的软件，"
          "全职，普通员工，一直技术岗，工会会员，没有评过工匠，在杭州干了五年"),
        t("十来年了", "years_in_field")], {D26: "direct_recognition"}),
    ("direct, years with a reason", [
        t("我2025年拿了全国数字经济行业职业技能竞赛个人第一名，第四届数字工匠可以直接认定吗？现在在滨江一家民营公司做软件测试，"
          "全职，工会会员，普通员工，技术岗，没评过称号，来杭州七年"),
        t("干了快九年，中间换过两家公司，但一直做测试", "years_in_field")], {D26: "direct_recognition"}),
    ("direct, years as a recent start", [
        t("去年杭州市数字经济行业职业技能竞赛拿了个人第一，第四届数字工匠能直接认定吗？我在上城区一家民企做数据标注平台开发，"
          "全职，普通员工，技术岗，工会会员，没评过称号，在杭州全职两年"),
        t("前年才开始做这行", "years_in_field")], {D26: "needs_review"}),
    ("direct, years as the year of graduation in words", [
        t("今年省数字经济行业职业技能竞赛个人第一是我，第四届数字工匠能直接认定吧？在余杭一家民企做算法，全职，普通员工，"
          "技术岗，工会会员，没评过工匠称号，在杭州全职六年"),
        t("大学毕业那年开始干的，2013年", "years_in_field")], {D26: "direct_recognition"}),
    ("direct, two facts open, one reply gives both", [
        t("去年省数字经济行业职业技能竞赛人工智能训练师赛项个人第一，第四届杭州数字工匠能直接认定吗？做AI训练八年了，"
          "一直在技术岗，普通员工，没评过工匠，民企"),
        t("工会会员，在拱墅上班", None, {"union_member": True, "employer_city": "杭州"}),
        t("来杭州三年了，全职", "years_full_time_in_hangzhou", {"years_full_time_in_hangzhou": 3})],
     {D26: "direct_recognition"}),
    # --- the city given as a town or an employer
    ("direct, city as a town", [
        t("去年杭州市数字经济行业职业技能竞赛我拿了个人第一名，第四届数字工匠能直接认定吗？我做工业软件实施九年了，全职，"
          "工会会员，普通员工，技术岗，没评过称号，在杭州全职五年"),
        t("在良渚那边，一家做工业软件的公司", "employer_city", {"employer_city": "杭州"})], {D26: "direct_recognition"}),
    ("chief technician, city as a town", [
        t("首席技师能报吗？我是数控车工，技师，在一线干了十二年"),
        t("厂在瓜沥", "employer_city", {"employer_city": "杭州"})]),
    ("chief technician, town outside Hangzhou", [
        t("我是电焊工，高级技师，一直在车间一线，杭州市首席技师能报吗"),
        t("厂在德清，离杭州挺近的", "employer_city")], {CT: "not_eligible"}),
    ("craftsman 2016, city as an employer", [
        t("首届杭州工匠我够不够？我是装配钳工，高级技师，一直在一线，干了二十年"),
        t("杭州汽轮机厂", "employer_city", {"employer_city": "杭州"})]),
    ("digital 2026, city as a county town", [
        t("第四届数字工匠能报吗？我做水务物联网的运维开发，全职，普通员工，技术岗，干了六年"),
        t("千岛湖镇上", "employer_city", {"employer_city": "杭州"})]),
    ("chief technician, city as a street", [
        t("杭州市首席技师我想报，我是维修电工，技师，一直在生产一线"),
        t("在仓前街道的一个厂", "employer_city", {"employer_city": "杭州"})]),
    ("digital 2026, city as a town in Fuyang", [
        t("我在做智能制造的设备联网，全职，技术岗，普通员工，干了八年，第四届数字工匠能报吗"),
        t("新登镇", "employer_city", {"employer_city": "杭州"})]),
    # --- a reply that answers the pending question and an earlier one
    ("digital 2026, years reply also gives Hangzhou years", [
        t("第四届数字工匠能报吗，我做前端开发的"),
        t("在杭州，全职，工会会员", None, {"employer_city": "杭州", "union_member": True}),
        t("干了七年，来杭州也是七年", "years_in_field", {"years_in_field": 7, "years_full_time_in_hangzhou": 7})]),
    ("zj craftsman, years reply also gives the post", [
        t("浙派工匠我能报吗？我在宁波一家汽车厂做焊工，高级技师"),
        t("焊了十五年，一直在车间一线", "years_in_field", {"years_in_field": 15, "role_type": "frontline_technical"})]),
    ("chief technician, level reply also gives the post", [
        t("首席技师能报吗，我在临平一家机械厂做装配钳工，干了十一年"),
        t("技师，前年考的，一直在车间干活", "skill_level", {"skill_level": "技师", "role_type": "frontline_technical"})]),
    # --- absence or the post said in ordinary words, to the question asked
    ("digital 2026, no titles in ordinary words", [
        t("第四届数字工匠能报吗？我在滨江一家民企做芯片验证，全职，工会会员，普通员工，技术岗，干了九年，在杭州全职九年，"
          "拿过浙江省科学技术进步奖二等奖"),
        t("啥称号都没评上过", "prior_titles", {"prior_titles": []})], {D26: "eligible"}),
    ("craftsman 2016, no union said as the employer having none", [
        t("首届杭州工匠我能报吗？我在上城区一家私营汽修厂做钣金，干了十五年，一直在一线"),
        t("单位没有工会", "union_member", {"union_member": False})], {HZ: "not_eligible"}),
    ("craftsman 2016, no union said as a small shop", [
        t("杭州工匠第一届那个我想问问，我在富阳一家小模具厂当钳工，一线干了十八年"),
        t("工会？我们这种小厂哪有", "union_member", {"union_member": False})], {HZ: "not_eligible"}),
    ("chief technician, frontline in ordinary words", [
        t("首席技师能报吗，我在余杭一家阀门厂，数控铣工，技师，干了十四年"),
        t("天天在机床边上干活", "role_type", {"role_type": "frontline_technical"})]),
    ("chief technician, management in ordinary words", [
        t("我在萧山一家纺机厂，高级技师，机修钳工，干了二十多年，首席技师能报吗"),
        t("现在当车间主任了，基本不上手", "role_type", {"role_type": "management"})], {CT: "not_eligible"}),
    ("zj craftsman, no achievements in ordinary words", [
        t("浙派工匠我能报吗？我在温州一家鞋厂做制鞋机修理，高级技师，一线干了十六年，在浙江一直全职"),
        t("没什么拿得出手的成绩", "achievements", {"achievements": []})]),
    ("chief technician, never competed", [
        t("首席技师我想报，我在杭州一家电厂做电气检修，技师，一线十年了"),
        t("比赛从来没参加过", "competition_results", {"competition_results": []})]),
    ("digital 2026, no union in ordinary words", [
        t("第四届数字工匠能报吗？我在杭州一家外企做运维开发，全职，普通员工，技术岗，干了八年，在杭州八年"),
        t("没入，会费也没交过", "union_member", {"union_member": False})]),
    # --- a fact once given is never asked again (questions scored by bench/asked_again.py)
    ("given: years in Hangzhou as 杭漂", [
        t("杭漂八年了，一直在一家游戏公司做服务端开发，全职，第四届数字工匠能报吗", None,
          {"employer_city": "杭州", "years_full_time_in_hangzhou": 8}),
        t("是会员", "union_member", {"union_member": True})]),
    ("given: union as paying dues", [
        t("我会费每个月都交的，在西湖区做大数据开发，全职，干了六年，第四届数字工匠能报吗", None,
          {"union_member": True, "employer_city": "杭州"}),
        t("普通员工，技术岗", None, {"role_type": "frontline_technical"})]),
    ("given: frontline and city in a sentence", [
        t("我们厂在杭州下沙，我在车间一线干电工二十年了，技师，首席技师能报吗", None,
          {"employer_city": "杭州", "role_type": "frontline_technical", "skill_level": "技师"}),
        t("没有，啥荣誉都没有", None)]),
    ("given: start year in the first message", [
        t("我2015年入行做网络安全，现在在滨江一家民企，全职，普通员工，技术岗，第四届数字工匠能报吗"),
        t("会员", "union_member", {"union_member": True})]),
    ("given: whole profile at once, direct", [
        t("2025年全国数字经济行业职业技能竞赛我拿了个人第一，2017年开始做网络安全，在滨江民企技术岗，普通员工，全职，工会会员，"
          "杭州全职五年，没评过称号。第四届能直接认定吗", None, {"union_member": True, "employer_city": "杭州"})],
     {D26: "direct_recognition"}),
    ("zj craftsman, years as a start", [
        t("浙派工匠我能报吗？我在绍兴一家纺织厂做挡车工，高级技师，在浙江全职，一直在一线"),
        t("从12年干到现在", "years_in_field")]),
    ("craftsman 2016, years as a start in Hangzhou", [
        t("首届杭州工匠能报吗？我在拱墅一家锅炉厂当焊工，高级技师，一直在一线，工会会员"),
        t("2002年就在杭州干焊工了，一直没换", "years_in_field")]),
    ("direct, years under the usual five", [
        t("去年全国数字经济行业职业技能竞赛我是个人第一，第四届数字工匠能直接认定吗？在滨江一家民企做前端，全职，"
          "普通员工，技术岗，工会会员，没评过称号，在杭州全职三年"),
        t("三年不到", "years_in_field")], {D26: "needs_review"}),
    ("direct, years as a start month", [
        t("我在2025年杭州市数字经济行业职业技能竞赛拿了个人第一，第四届数字工匠能直接认定吗？在西湖区一家民企做网络工程，"
          "全职，普通员工，技术岗，工会会员，没评过工匠称号，在杭州全职七年"),
        t("2017年3月开始干的", "years_in_field")], {D26: "direct_recognition"}),
    ("direct, union then years in one reply", [
        t("去年省数字经济行业职业技能竞赛，我个人第一名，第四届杭州数字工匠能不能直接认定？在钱塘一家民企做工业视觉，"
          "全职，普通员工，技术岗，没评过工匠称号，在杭州全职四年"),
        t("是工会会员，这行干了十一年", None, {"union_member": True, "years_in_field": 11})], {D26: "direct_recognition"}),
    ("direct, city then post in one reply", [
        t("今年杭州市数字经济行业职业技能竞赛我拿了个人第一，第四届数字工匠能直接认定吗？做物联网开发九年了，全职，工会会员，"
          "没评过称号，来杭州五年"),
        t("公司在三墩，我是普通开发，一直写代码", None, {"employer_city": "杭州"})], {D26: "direct_recognition"}),
    ("direct, years said as since the year", [
        t("第四届数字工匠，去年我拿了全国数字经济行业职业技能竞赛个人第一，能直接认定吗？我在余杭一家民营公司做数据库运维，"
          "全职，工会会员，普通员工，技术岗，没评过工匠，在杭州全职六年"),
        t("从2016年起一直干这个", "years_in_field")], {D26: "direct_recognition"}),
    ("chief technician, no titles said as none given", [
        t("首席技师能报吗？我在杭州一家汽车厂当车工，技师，一线干了十五年，带的徒弟拿过市级一类技能竞赛第一名，好几个成了骨干"),
        t("省里的首席技师没评过，啥称号也没有", "prior_titles", {"prior_titles": []})]),
]


def main() -> None:
    lines = OUT.read_text(encoding="utf-8").splitlines()
    if any('"frag14-' in line for line in lines):
        raise SystemExit("frag14 rows already written")
    ids = [f"frag14-{n:03d}" for n in range(1, len(ROWS) + 1)]
    order = ids[:]
    random.Random(2154).shuffle(order)
    half_a = set(order[: len(order) // 2])
    out = []
    for rid, (why, turns, finals) in zip(ids, (r if len(r) == 3 else (*r, None) for r in ROWS)):
        row = {"id": rid, "split": "A" if rid in half_a else "B", "why": why, "turns": turns}
        if finals:
            row["final_verdicts"] = finals
        out.append(json.dumps(row, ensure_ascii=False))
    OUT.write_text("\n".join(lines + out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
