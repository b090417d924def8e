"""qcase10 probe qp-1700…1749: 38 false premises in applicants' words (counts: quotas, totals, days, years, words,
items, copies, money, shares; yes/no rules asserted as fact; places and channels; procedures in the wrong order or by
the wrong body; one date) and 12 true premises (the notice agrees: the answer must confirm, not correct).

Written from the five notices before any code change, not from what the code answers. Split by random.Random(2186):
the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.qcase10_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021", "zj_craftsman_2023"
F = [  # false premises: (question, program, answer type, gold clauses, key facts)
 ("我们是区县总工会，第四届数字工匠能推5个人吧？", D26, "count", [f"{D26}#三/(一)", f"{D26}#三"], ["不超过 4 名"]),
 ("首席技师行业协会的推荐名额一般是3个人，没错吧", CT, "count", [f"{CT}#四"], ["不超过 2 人"]),
 ("今年首席技师全市一共要认定30名对吧", CT, "count", [f"{CT}#四"], ["20 名"]),
 ("首届杭州工匠全市一共认定50名是不是", C16, "count", [f"{C16}#二"], ["30名"]),
 ("浙派工匠每次要评100名吧，名额挺多的", ZJ, "count", [f"{ZJ}#一"], ["50名"]),
 ("浙派工匠在单位里公示不少于7个工作日，我没记错吧", ZJ, "count", [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(二)", f"{ZJ}#四"], ["5个工作日"]),
 ("杭州工匠申报表上主要事迹简介限500字以内吧", C16, "count", [f"{C16}#附件"], ["600字以内"]),
 ("首届数字工匠汇总表里的主要事迹得压到300字以内吧", D23, "count", [f"{D23}#附件3"], ["400字以内"]),
 ("首届数字工匠推荐表上主要成果最多能填5项，是吧", D23, "count", [f"{D23}#附件2"], ["不超过3项"]),
 ("杭州工匠的申报表要一式三份交上去吧", C16, "count", [f"{C16}#附件"], ["一式两份"]),
 ("浙派工匠要在浙江全职干满3年才能报吧，我来浙江才两年", ZJ, "count", [f"{ZJ}#三/(一)", f"{ZJ}#三"], ["1年以上"]),
 ("浙派工匠要求本工种干了10年以上吧", ZJ, "count", [f"{ZJ}#三/(一)", f"{ZJ}#三"], ["5年以上"]),
 ("杭州工匠得在杭从事本专业满15年吧，我才12年", C16, "count", [f"{C16}#三/(二)", f"{C16}#三"], ["不少于10年"]),
 ("第四届数字工匠里一线技能人才的比例不低于60%对吧", D26, "count", [f"{D26}#二"], ["不低于 70%"]),
 ("浙派工匠每人奖励2万元是吧", ZJ, "money", [f"{ZJ}#五"], ["1万元"]),
 ("杭州工匠的一次性奖励是5万元吧", C16, "money", [f"{C16}#七"], ["20000元"]),
 ("第四届数字工匠推荐表上贴1寸照片就行吧", D26, "count", [f"{D26}#附件"], ["2寸"]),
 ("首届数字工匠，区县总工会一般推5到8名吧", D23, "count", [f"{D23}#三", f"{D23}#附件1/三/(一)", f"{D23}#附件1/三"], ["10-20名"]),
 ("浙派工匠退休的老师傅也能推荐，对吧", ZJ, "yes_no", [f"{ZJ}#三"], ["退休人员不作为推荐对象"]),
 ("已经评上杭州工匠的，还能再推第四届数字工匠吧", D26, "yes_no", [f"{D26}#二"], ["不再重复推荐"]),
 ("已经是浙江省首席技师了，再报个杭州市首席技师也可以的吧", CT, "yes_no", [f"{CT}#一"], ["不得申报"]),
 ("首届数字工匠拿了提名奖的，以后就不能再参评了吧", D23, "yes_no", [f"{D23}#附件1/一", f"{D23}#附件1"], ["可继续参评"]),
 ("竞赛第一名直接认定第四届数字工匠的，也要占区里的推荐名额吧", D26, "yes_no", [f"{D26}#三/(一)", f"{D26}#三"], ["不占推荐名额"]),
 ("浙派工匠一定要评满50名，不能空着名额吧", ZJ, "yes_no", [f"{ZJ}#四/(四)", f"{ZJ}#四"], ["允许奖项空缺"]),
 ("杭州工匠那条世界技能大赛的，拿到前5名就算吧", C16, "yes_no", [f"{C16}#三/(二)/4", f"{C16}#三/(二)", f"{C16}#三"], ["前3名"]),
 ("首席技师省级一类技能竞赛拿个前五名就够条件了吧", CT, "yes_no", [f"{CT}#二/(一)", f"{CT}#二"], ["前三名"]),
 ("浙派工匠公示的时候只有本单位的职工能提异议吧", ZJ, "yes_no", [f"{ZJ}#六/(二)", f"{ZJ}#六"], ["任何组织和个人"]),
 ("第四届数字工匠的材料是报给市人力社保局的对吧", D26, "place", [f"{D26}#五"], ["市总工会经济工作部"]),
 ("首席技师的材料最后是交到市总工会的吧", CT, "place", [f"{CT}#三/(二)", f"{CT}#三"], ["报市人力社保局"]),
 ("杭州工匠个人自荐要去区总工会现场报名吧", C16, "place", [f"{C16}#四/(四)", f"{C16}#四"], ["职工技术协作网"]),
 ("首席技师推荐的时候，专家评议是市人社局统一搞的吧", CT, "procedure", [f"{CT}#三/(二)", f"{CT}#三"], ["行业协会组织专家"]),
 ("浙派工匠是先专家评审，再做形式初审的吧", ZJ, "procedure", [f"{ZJ}#四"], ["形式初审"]),
 ("杭州工匠是先社会公示，公示完了再专家评审吧", C16, "procedure", [f"{C16}#五"], ["经专家评审后"]),
 ("浙派工匠的名单最后是省人力社保厅批准公布的吧", ZJ, "procedure", [f"{ZJ}#四/(六)", f"{ZJ}#四"], ["报请省政府批准公布"]),
 ("第四届数字工匠名单是市总工会一家审定的吧", D26, "procedure", [f"{D26}#三/(二)/1/(3)", f"{D26}#三/(二)/1", f"{D26}#三/(二)", f"{D26}#三"], ["联合审定"]),
 ("浙派工匠的人选是单位直接报给省人社厅的吧", ZJ, "procedure", [f"{ZJ}#四/(二)/4", f"{ZJ}#四/(二)", f"{ZJ}#四"], ["由设区市政府或省直有关单位"]),
 ("首席技师报送截止是7月31日吧", CT, "date", [f"{CT}#五"], ["7 月 15 日"]),
 ("首届数字工匠推荐截止到2023年4月30日吧", D23, "date", [f"{D23}#三", f"{D23}#附件1/三/(一)", f"{D23}#附件1/三"], ["3月31日"]),
]
T = [  # true premises: the answer confirms
 ("第四届数字工匠要在杭全职工作1年以上，对吧", D26, "count", [f"{D26}#二"], ["1年以上"]),
 ("首席技师行业协会推荐一般不超过2人是吧", CT, "count", [f"{CT}#四"], ["不超过 2 人"]),
 ("浙派工匠每人奖励1万元对吧", ZJ, "money", [f"{ZJ}#五"], ["1万元"]),
 ("杭州工匠要60周岁以下吧", C16, "count", [f"{C16}#三/(二)", f"{C16}#三"], ["60周岁以下"]),
 ("第四届数字工匠的材料是报到市总工会经济工作部的吧", D26, "place", [f"{D26}#五"], ["市总工会经济工作部"]),
 ("退休人员不能推荐浙派工匠，对吧", ZJ, "yes_no", [f"{ZJ}#三"], ["退休人员不作为推荐对象"]),
 ("首席技师的材料最后是报市人力社保局的吧", CT, "place", [f"{CT}#三/(二)", f"{CT}#三"], ["报市人力社保局"]),
 ("浙派工匠是每5年评一次吧", ZJ, "count", [f"{ZJ}#一"], ["每 5年评选一次"]),
 ("杭州工匠是先专家评审，再社会公示的吧", C16, "procedure", [f"{C16}#五"], ["经专家评审后"]),
 ("竞赛第一名直接认定第四届数字工匠的，申报时不占推荐名额吧", D26, "yes_no", [f"{D26}#三/(一)", f"{D26}#三"], ["不占推荐名额"]),
 ("首届数字工匠推荐截止日期是2023年3月31日吧", D23, "date", [f"{D23}#三", f"{D23}#附件1/三/(一)", f"{D23}#附件1/三"], ["2023年3月31日"]),
 ("杭州工匠省技能大赛得拿第1名才算吧", C16, "yes_no", [f"{C16}#三/(二)/4", f"{C16}#三/(二)", f"{C16}#三"], ["第1名"]),
]
rows = []
for q, p, t, g, k in F:
    rows.append(dict(kind="false_premise", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type=t, note="qcase10 probe (seed 2186): a false premise; the first sentence corrects it, citing the clause that sets the value"))
for q, p, t, g, k in T:
    rows.append(dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type=t, note="qcase10 probe (seed 2186): a true premise; the answer confirms, it must not say 不对"))
assert len(rows) == 50, len(rows)
write(rows, prefix="qp-", start=1700, seed=2186)
