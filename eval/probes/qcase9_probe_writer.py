"""Write qp-1450…1499 (qcase9 probe: false premises in applicants' words — counts of quotas, items, days, years, ages,
words, sizes; yes/no rules asserted about who may apply; money; places and channels — and ten true premises, whose
answer must agree, not correct), written from the five notices before any code change; shuffled by
random.Random(2166), the first half dev (A), the rest test (B). True premises are kind "fact" with a note starting
"true premise": the eval has no check for them, so the report counts their first lines. Run from the repo root as
``python -m eval.probes.qcase9_probe_writer``; with --write it appends (refused when the ids are already there), without
it prints the rows; either way every gold clause and key fact is checked."""
from eval.probes.probe_rows import write
D4, D1, HC, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                      "hz_chief_technician_2021", "zj_craftsman_2023")
FP = "false_premise"
rows = [
 # --- counts: quotas and totals ---
 (FP, "我们是拱墅区总工会，第四届数字工匠这回能推五个人上去吧", D4, ["三/(一)"], ["不超过 4 名"], "count", "quota: 区县"),
 (FP, "余杭区数字经济体量大，第四届能往上推8个人对伐", D4, ["三/(一)"], ["不超过 6 名"], "count", "quota: 三区"),
 (FP, "市里的主管部门报第四届数字工匠，最多可以推五个是吧", D4, ["三/(一)"], ["不超过 3 名"], "count", "quota: 主管部门"),
 (FP, "首届数字工匠当时一共要认定一百个人，是不是", D1, ["附件1/一", "前言"], ["50名"], "count", "total"),
 (FP, "首届数字工匠的提名奖好像有二十个名额的吧", D1, ["附件1/一", "前言"], ["10名"], "count", "total: 提名奖"),
 (FP, "首届数字工匠那次，产业工会一般能推八个人吧", D1, ["三", "附件1/三/(一)"], ["不超过5名"], "count", "quota: 产业工会"),
 (FP, "首届杭州工匠全市要认定五十名对吧", HC, ["二"], ["30名"], "count", "total"),
 (FP, "听说2021年首席技师全市认定三十个，是这样伐", CT, ["四"], ["20 名"], "count", "total"),
 (FP, "我们是行业协会，首席技师这次可以推四个人吧", CT, ["四"], ["不超过 2 人"], "count", "quota: 协会"),
 (FP, "浙派工匠培育突出贡献单位每次评五十个对吧", ZJ, ["一"], ["30个"], "count", "total: 单位"),
 # --- counts: years, ages, shares, periods ---
 (FP, "第四届数字工匠要做数字经济满三年才好报吧", D4, ["二"], ["5年以上"], "count", "years: field"),
 (FP, "第四届数字工匠，人要在杭州全职干满三年才行，对吧", D4, ["二"], ["在杭全职工作1年以上"], "count", "years: 在杭 vs 杭州"),
 (FP, "首届数字工匠在杭州全职工作一年就够了吧", D1, ["二", "附件1/二"], ["在杭全职工作2年以上"], "count", "years: 在杭 vs 杭州"),
 (FP, "首届杭州工匠在杭州做本专业满五年就可以申报了吧", HC, ["三/(二)"], ["不少于10年"], "count", "years: 在杭 vs 杭州"),
 (FP, "浙派工匠要在浙江全职干满三年的是吧", ZJ, ["三/(一)"], ["在浙全职工作 1年以上"], "count", "years: 在浙 vs 浙江"),
 (FP, "浙派工匠本工种得干满八年才能报吧", ZJ, ["三/(一)"], ["5年以上"], "count", "years: trade"),
 (FP, "杭州工匠年纪要在五十五周岁以下的吧", HC, ["三/(二)"], ["60周岁以下"], "count", "age"),
 (FP, "第四届数字工匠一线技能人才占一半以上就行了吧", D4, ["二"], ["不低于 70%"], "count", "share"),
 (FP, "浙派工匠是三年评一回的吧", ZJ, ["一"], ["每 5年评选一次"], "count", "period"),
 # --- counts: form items, words, copies, sizes, days ---
 (FP, "第四届数字工匠推荐表里主要事迹能写五百字吧", D4, ["附件"], ["300字以内"], "count", "words"),
 (FP, "第四届推荐表上贴的照片是一寸的吧", D4, ["附件"], ["2寸"], "count", "size"),
 (FP, "首届数字工匠汇总表里主要事迹可以写到六百字对伐", D1, ["附件3"], ["400字以内"], "count", "words"),
 (FP, "杭州工匠申报表要交一式三份吧", HC, ["附件"], ["一式两份"], "count", "copies"),
 (FP, "首席技师汇总表上获得荣誉称号情况那一栏能写五百字吧", CT, ["附件1"], ["300字以内"], "count", "words"),
 (FP, "浙派工匠全省公示三个工作日就结束了吧", ZJ, ["四/(五)"], ["不少于 5个工作日"], "count", "days"),
 (FP, "首席技师省级一类技能竞赛前五名就够条件了吧", CT, ["二/(一)"], ["省级一类技能竞赛前三名"], "count", "placing"),
 # --- yes/no rules asserted about who may apply ---
 (FP, "首届杭州工匠民营企业的工人是没份的吧，都是国企评", HC, ["二"], ["各级各类所有制经济"], "yes_no", "scope: only SOE"),
 (FP, "首席技师是不是只有国有企业的技术工人才能申请", CT, ["一"], ["各类所有制经济"], "yes_no", "scope: only SOE"),
 (FP, "首席技师搞自由职业的是报不了的吧", CT, ["一"], ["自由职业者也可申请认定"], "yes_no", "scope: freelance barred"),
 (FP, "浙派工匠退休返聘的老师傅也能报的吧", ZJ, ["三"], ["退休人员不作为推荐对象"], "yes_no", "barred: retired"),
 (FP, "我已经是杭州工匠了，第四届数字工匠照样能报吧", D4, ["二"], ["不再重复推荐"], "yes_no", "barred: prior title"),
 (FP, "首届数字工匠拿了提名奖的，以后就不能再评数字工匠了吧", D1, ["附件1/一"], ["今后可继续参评"], "yes_no", "allowed: 提名奖"),
 (FP, "杭州工匠不是工会会员应该也没关系吧", HC, ["三/(一)"], ["必须是工会会员"], "yes_no", "required: union"),
 (FP, "技工学校的老师不在浙派工匠的推荐范围里吧", ZJ, ["三"], ["技能人才培养院校、教师"], "yes_no", "scope: teachers"),
 # --- money ---
 (FP, "首届杭州工匠评上了每人奖五万块对吧", HC, ["七"], ["20000元"], "money", "money"),
 (FP, "浙派工匠每个人奖两万元是伐", ZJ, ["五"], ["1万元"], "money", "money"),
 # --- places and channels ---
 (FP, "第四届数字工匠的推荐表寄到市数据局就行了吧", D4, ["五"], ["市总工会经济工作部"], "place", "body"),
 (FP, "首席技师的材料最后是交到市总工会的对吧", CT, ["三/(二)"], ["报市人力社保局"], "place", "body"),
 (FP, "杭州工匠个人自荐要跑到区总工会窗口去报名的吧", HC, ["四/(四)"], ["自荐报名"], "place", "channel"),
 (FP, "首届数字工匠推荐表要寄纸质版到市总工会的吧", D1, ["三"], ["szjjtu@vip.163.com"], "place", "channel"),
 # --- true premises: the answer agrees ---
 ("fact", "第四届数字工匠在杭全职干满1年就可以，对吧", D4, ["二"], ["在杭全职工作1年以上"], "yes_no", "true premise: years"),
 ("fact", "首届杭州工匠在杭做本专业技能工作不少于10年，是这样吧", HC, ["三/(二)"], ["不少于10年"], "yes_no", "true premise: years"),
 ("fact", "首席技师各类协会一般最多推2个人对吧", CT, ["四"], ["不超过 2 人"], "count", "true premise: quota"),
 ("fact", "浙派工匠每人奖励一万块对吧", ZJ, ["五"], ["1万元"], "money", "true premise: money"),
 ("fact", "第四届推荐表主要事迹是限三百字以内的吧", D4, ["附件"], ["300字以内"], "count", "true premise: words"),
 ("fact", "首席技师报送截止是7月15号对吧", CT, ["五"], ["7 月 15 日"], "date", "true premise: date"),
 ("fact", "杭州工匠必须是工会会员的吧", HC, ["三/(一)"], ["必须是工会会员"], "yes_no", "true premise: rule"),
 ("fact", "自由职业者符合条件也能申请首席技师的吧", CT, ["一"], ["自由职业者也可申请认定"], "yes_no", "true premise: rule"),
 ("fact", "浙派工匠是五年评一次对吧", ZJ, ["一"], ["每 5年评选一次"], "count", "true premise: period"),
 ("fact", "首届数字工匠推荐表是发电子版到邮箱的，对吧", D1, ["三"], ["szjjtu@vip.163.com"], "place", "true premise: channel"),
]
assert len(rows) == 50, len(rows)
assert sum(r[0] == FP for r in rows) == 40
write([{"kind": kind, "question": q, "program": prog,
        "gold_clause_ids": [g if "#" in g else f"{prog}#{g}" for g in gold], "key_facts": facts, "expect_refusal": False,
        "answer_type": atype, "note": f"qcase9 probe (seed 2166, A=dev B=test): {note}"}
       for kind, q, prog, gold, facts, atype, note in rows], prefix="qp-", start=1450, seed=2166)
