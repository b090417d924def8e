"""comp21 probe qp-2710…2749: comparisons and premises whose answer must carry each side's asked value from the clause
that holds it.

20 comparisons asked loosely, in everyday words for the attribute (岁数/年纪 = age, 干满几年/待满多久 = years, 证 =
skill level, 评几个/名额 = quota, 谁组织/谁牵头/谁推 = organiser, 几年评一回, 挂几天, 截止), between two or three
programmes; seven have one side silent on the attribute (the notice does not say it), and the answer says so for that
side. 20 premises told inside a story or as hearsay: 15 false (ages, years, levels, organisers, quotas, editions, who
may apply; four of them in the second half of a two-ask) and 5 true ones that must be confirmed, never 不对.

Written from the five notices before any code change (by one who had read the code: not blind). Split by
random.Random(2710): the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.comp21_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
C = [  # comparisons: (question, gold clauses, key facts); a silent side has no gold and no key fact
 ("首席跟杭州工匠 哪个对证卡得严一点", [f"{CT}#二"], ["技师及以上"]),
 ("两届数字工匠 在杭州要待满多久 一样不", [f"{D26}#二", f"{D23}#二", f"{D23}#附件1/二"],
  ["在杭全职工作1年以上", "在杭全职工作2年以上"]),
 ("浙派跟杭州工匠 谁评的人多", [f"{ZJ}#一", f"{C16}#二"], ["50名", "30名"]),
 ("杭州工匠卡年纪的，浙派工匠卡不卡？比一下", [f"{C16}#三/(二)"], ["60周岁以下"]),
 ("我今年46，首届杭州工匠跟第四届数字工匠 哪个对岁数有讲究", [f"{C16}#三/(二)", f"{D26}#二"],
  ["60周岁以下", "40 周岁以下"]),
 ("浙派 首席 杭州工匠 三个对技能等级证各要到几级", [f"{ZJ}#三/(一)", f"{CT}#二"], ["高级技师以上", "技师及以上"]),
 ("第四届数字工匠、首届数字工匠、浙派工匠 三个比比 在本地全职要干多久", [f"{D26}#二", f"{D23}#二", f"{ZJ}#三/(一)"],
  ["在杭全职工作1年以上", "在杭全职工作2年以上", "在浙全职工作 1年以上"]),
 ("首席技师是谁在组织推荐的？浙派那边又是哪些单位负责推", [f"{CT}#三", f"{ZJ}#四/(二)"],
  ["行业协会负责进行", "省直有关单位和中央部属在浙有关单位负责"]),
 ("杭州工匠跟首届数字工匠 主办的都是工会吗 分别是谁搞的", [f"{C16}#六", f"{D23}#前言", f"{D23}#附件1"],
  ["市总工会负责", "杭州市经信工会主办"]),
 ("一个区能报几个人，首席技师跟第四届数字工匠比哪个多", [f"{CT}#四", f"{D26}#三/(一)"], ["不超过 4 人", "不超过 4 名"]),
 ("数字工匠新旧两届 区里推荐名额哪届给得宽", [f"{D26}#三/(一)", f"{D23}#三", f"{D23}#附件1/三"],
  ["不超过 4 名", "一般10-20名"]),
 ("干满几年这条 首席技师跟浙派有啥区别", [f"{ZJ}#三/(一)"], ["5年以上"]),
 ("评上了有没有钱拿 浙派 杭州工匠 首席技师 三家比一比", [f"{ZJ}#五", f"{C16}#七"], ["1万元", "20000元"]),
 ("杭州工匠跟首席技师 材料哪个截止得早", [f"{C16}#四/(一)", f"{CT}#五"], ["9月底前", "7 月 15 日"]),
 ("公示要挂几天 浙派跟首席技师一样吗", [f"{ZJ}#四/(五)"], ["不少于 5个工作日"]),
 ("退休了还能不能报 浙派跟第四届数字工匠说法一样吗", [f"{ZJ}#三", f"{D26}#二"], ["退休人员不作为推荐对象", "杭州市在职职工"]),
 ("工会会员这块 两届数字工匠跟杭州工匠卡不卡", [f"{C16}#三/(一)", f"{D26}#二", f"{D23}#二"],
  ["必须是工会会员", "杭州市在职职工、工会会员"]),
 ("比赛拿了第一能不能直接上 第四届数字工匠和首席技师比较下", [f"{D26}#一", f"{CT}#二/(一)"],
  ["直接认定为“杭州数字工匠”", "市级一类技能竞赛第一名"]),
 ("浙派几年评一回 首席技师呢", [f"{ZJ}#一"], ["每 5年评选一次"]),
 ("谁牵头的 杭州工匠跟浙派工匠各是哪个部门", [f"{C16}#六", f"{ZJ}#四/(三)", f"{ZJ}#四"], ["市总工会负责", "省人力社保厅"]),
]
F = [  # false premises: (question, program, answer type, gold clauses, key facts)
 ("我听说浙派要四十五岁以下 是吧", ZJ, "age", [f"{ZJ}#三/(一)", f"{ZJ}#三"], []),
 ("我们师傅说杭州工匠得五十五岁以下才行，我五十七了是不是没戏了", C16, "age", [f"{C16}#三/(二)"], ["60周岁以下"]),
 ("首席技师要高级技师证才能报的吧", CT, "level", [f"{CT}#二"], ["技师及以上"]),
 ("我技师都十年了 浙派工匠有技师证就够了吧", ZJ, "level", [f"{ZJ}#三/(一)"], ["高级技师以上"]),
 ("首届数字工匠在杭州干满一年就能推了是吧", D23, "duration", [f"{D23}#二", f"{D23}#附件1/二"], ["在杭全职工作2年以上"]),
 ("浙派工匠是省总工会组织评的吧", ZJ, "organiser", [f"{ZJ}#四", f"{ZJ}#四/(三)", f"{ZJ}#四/(四)"], ["省人力社保厅"]),
 ("首席技师是总工会在推荐的吧，我找我们区总工会就行？", CT, "organiser", [f"{CT}#三"], ["人力社保部门"]),
 ("杭州工匠是人社局牵头搞的，是吧", C16, "organiser", [f"{C16}#六", f"{C16}#六/1"], ["市总工会负责"]),
 ("我们在上城 第四届数字工匠每个区都能推6个吧", D26, "count", [f"{D26}#三/(一)", f"{D26}#三"], ["不超过 4 名"]),
 ("首席技师这回全市评30个 是吧", CT, "count", [f"{CT}#四"], ["20 名"]),
 ("2016年那个杭州工匠已经是第二届了吧", C16, "rule", [f"{C16}#前言"], ["首届"]),
 ("数字工匠今年这次是第三届吧？", D26, "rule", [f"{D26}#前言"], ["第四届"]),
 ("首席技师材料交到哪？我听说截止是8月底对吧", CT, "date", [f"{CT}#五"], ["7 月 15 日"]),
 ("浙派工匠评上给什么？还有 听说得在浙江干满三年是吧", ZJ, "duration", [f"{ZJ}#三/(一)", f"{ZJ}#五"],
  ["在浙全职工作 1年以上", "1万元"]),
 ("第四届数字工匠推荐表交给谁？另外年龄是算到今年6月底的吧", D26, "date", [f"{D26}#二"], ["2026 年 3 月 31 日"]),
]
T = [  # true premises: confirmed, never 不对
 ("首届杭州工匠是60岁以下对吧，我59", C16, "age", [f"{C16}#三/(二)"], ["60周岁以下"]),
 ("浙派工匠要高级技师以上的证吧", ZJ, "level", [f"{ZJ}#三/(一)"], ["高级技师以上"]),
 ("首席是人社局搞的没错吧 那要不要工会会员", CT, "organiser", [f"{CT}#前言", f"{CT}#三"], ["杭州市人力资源和社会保障局"]),
 ("第四届数字工匠在杭全职一年以上就行，是吧", D26, "duration", [f"{D26}#二"], ["在杭全职工作1年以上"]),
 ("浙派是五年评一次吧？一次评多少个", ZJ, "count", [f"{ZJ}#一"], ["每 5年评选一次", "50名"]),
]
NOTE_C = "comp21 probe (seed 2710): a comparison asked loosely; each side's asked value from the clause holding it"
NOTE_F = "comp21 probe (seed 2710): a wrong premise in a story or hearsay; the first line corrects it"
NOTE_T = "comp21 probe (seed 2710): a true premise; the answer confirms it and must not say 不对"
rows = [dict(kind="comparison", question=q, program=None, gold_clause_ids=g, key_facts=k, expect_refusal=False,
             answer_type="difference", note=NOTE_C) for q, g, k in C]
rows += [dict(kind="false_premise", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
              answer_type=t, note=NOTE_F) for q, p, t, g, k in F]
rows += [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
              answer_type=t, note=NOTE_T) for q, p, t, g, k in T]
assert len(rows) == 40, len(rows)

if __name__ == "__main__":
    write(rows, prefix="qp-", start=2710, seed=2710)
