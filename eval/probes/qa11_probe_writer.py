"""qa11 probe qp-1600…1649: asks the notices do NOT answer, near what they say, most told around the asker's own case
(27 yes/no, 8 place/procedure/count/date), and 15 own-case or rule asks they DO answer (over-refusal).

The unwritten ones name a thing a rule's sentence mentions a word of (团体名次 beside 竞赛前三名, 学徒期 beside 从事本专业
技能工作不少于10年, 分公司 beside 杭州市在职职工, 区级首席技师 beside 浙江省首席技师) while no sentence rules on it: the
subject is there, the predicate asked (算个人的, 算年限, 能报) is not said of it.

Written from the five notices before any code change. Split by random.Random(2184): the first half dev (A), the rest
test (B). Run from the repo root: python -m eval.probes.qa11_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write
D26, D23, C16, CT, ZJ = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021", "zj_craftsman_2023"
U = [  # yes/no, not written: (question, program, what is not written)
 ("我们三个人一起拿的省级一类竞赛团体第三名，报首席技师的时候这个名次算不算我个人的", CT, "团体名次是否算个人"),
 ("杭州工匠要在杭从事本专业技能工作不少于10年，我当学徒那三年能算进去吗", C16, "学徒期是否计入年限"),
 ("我们公司总部在上海，我在杭州分公司做数据开发，第四届数字工匠我能报吗", D26, "外地总部的杭州分公司员工"),
 ("我们行业协会自己办的技能比武我拿了第一，首席技师认不认这个算市级一类竞赛", CT, "协会比赛的类别"),
 ("浙派工匠要从事本职业5年以上，我中间转过一次工种，前后两个工种的年限能合起来算吗", ZJ, "不同工种年限合并"),
 ("我的高级技师证是去年刚拿的，浙派工匠对拿证满几年有没有要求", ZJ, "取证年限"),
 ("我在杭州有一年是在家远程办公的，这一年算不算第四届数字工匠说的在杭全职工作", D26, "远程办公是否算在杭全职"),
 ("我中间休了一年产假，首届杭州工匠那个10年要不要把这一年扣掉", C16, "产假是否扣除年限"),
 ("我们厂在杭州注册，但我人一直派驻在新疆的项目上，首席技师我还能报吗", CT, "派驻外地的员工"),
 ("我户口不在杭州，首席技师对户籍有没有要求", CT, "户籍"),
 ("我以前评过区里的首席技师，杭州市首席技师我还能报吗", CT, "区级首席技师（只写了浙江省首席技师不得申报）"),
 ("我评上过市级劳动模范，浙派工匠评的时候能加分吗", ZJ, "加分"),
 ("我是退休以后被厂里返聘回去的，首席技师我能报吗", CT, "退休返聘（浙派写了，首席技师没写）"),
 ("我们师徒俩一起搞的技术革新，首席技师那条重大技术革新能两个人都拿来报吗", CT, "合作成果能否两人共用"),
 ("我的专利是用公司名义申请的，杭州工匠那条重大创造或革新能算成我的吗", C16, "单位名义的专利是否算个人"),
 ("我在技师学院读书时在企业实习了两年，这两年算不算第四届数字工匠的从业年限", D26, "实习期是否计入年限"),
 ("我同时挂靠两家单位，浙派工匠两家单位能一起推荐我吗", ZJ, "两家单位同时推荐"),
 ("我去年受过单位的警告处分，首席技师还能报吗", CT, "处分"),
 ("我人在杭州上班，社保交在老家，这样算不算第四届数字工匠的在杭全职", D26, "社保缴纳地"),
 ("我的技师证书是十几年前考的，首席技师对证书有没有有效期的说法", CT, "证书有效期"),
 ("我是外国籍的软件工程师，在杭州工作7年了，第四届数字工匠能报吗", D26, "国籍（杭州工匠写了，第四届没写）"),
 ("我是省级技能大师工作室的领办人，浙派工匠评的时候会优先考虑吗", ZJ, "技能大师工作室优先"),
 ("我拿的是国家二类竞赛的优秀奖，首席技师这个能不能算进去", CT, "优秀奖（只写了名次）"),
 ("我在杭州干了十多年，但中间停工了两年，杭州工匠要求的10年是不是必须连续的", C16, "年限是否连续"),
 ("我是浙江省技术能手，第四届数字工匠算不算拥有领先水平的资质证书", D26, "省技术能手是否算资质证书"),
 ("我是个体户，自己开了个修车铺，浙派工匠能报吗", ZJ, "个体户"),
 ("我是台湾同胞，在杭州一家工厂干了15年，首届杭州工匠能报吗", C16, "台胞（只写了中国国籍）"),
]
O = [  # place / procedure / count / date, not written: (question, program, type, what is not written)
 ("首席技师一家单位最多能报几个人", CT, "count", "每家单位的人数"),
 ("第四届数字工匠我们一家企业最多能推荐几个人上去", D26, "count", "每家企业的名额"),
 ("浙派工匠要从事本职业5年以上，这个年限算到哪一天为止", ZJ, "date", "年限计算时点"),
 ("我是自由职业的，首席技师要走行业协会推荐，具体去哪个协会报名", CT, "place", "哪个协会"),
 ("首席技师申报表上要写证明人，我以前的证明人已经去世了怎么办", CT, "procedure", "证明人不在时的办法"),
 ("杭州工匠的社会公示是在几月份", C16, "date", "公示月份"),
 ("浙派工匠没评上的话，我个人怎么申请复核", ZJ, "procedure", "个人申请复核（只写了厅对结果复核）"),
 ("首席技师评上以后证书到哪里去领", CT, "place", "领证地点"),
]
A = [  # own-case or rule asks the notice answers: (question, program, answer type, gold, key facts)
 ("我已经评上浙江省首席技师了，杭州市首席技师还能报吗", CT, "yes_no", [f"{CT}#一"], ["不得申报"]),
 ("我是自由职业者，没有单位，首席技师能申请吗", CT, "yes_no", [f"{CT}#一"], ["自由职业者也可申请认定"]),
 ("我已经退休了，厂里返聘我回去带徒弟，浙派工匠还能被推荐吗", ZJ, "yes_no", [f"{ZJ}#三"], ["退休人员不作为推荐对象"]),
 ("我拿的是省级二类技能竞赛第一名，首席技师认不认", CT, "yes_no", [f"{CT}#二/(一)", f"{CT}#二"], ["二类技能竞赛第一名"]),
 ("我在杭州干了12年，但不是工会会员，首届杭州工匠能报吗", C16, "yes_no", [f"{C16}#三/(一)", f"{C16}#三"], ["必须是工会会员"]),
 ("我在事业单位当中层领导，第四届数字工匠能推荐我吗", D26, "yes_no", [f"{D26}#二"], ["原则上不予推荐"]),
 ("我已经被认定为杭州工匠了，第四届数字工匠还能再报吗", D26, "yes_no", [f"{D26}#二"], ["不再重复推荐"]),
 ("我去年拿了省数字经济行业职业技能竞赛个人第一名，第四届能直接认定吗", D26, "yes_no", [f"{D26}#一"], ["直接认定"]),
 ("我是技能人才培养院校的老师，浙派工匠能被推荐吗", ZJ, "yes_no", [f"{ZJ}#三"], ["技能人才培养院校、教师"]),
 ("我是数字经济竞赛个人第一名直接认定的，要不要占区里的推荐名额", D26, "yes_no", [f"{D26}#三/(一)", f"{D26}#三"], ["不占推荐名额"]),
 ("我是外国人，首届杭州工匠能报吗", C16, "yes_no", [f"{C16}#三/(一)", f"{C16}#三"], ["中国国籍"]),
 ("我们公司在滨江，第四届数字工匠滨江区能推几个人", D26, "count", [f"{D26}#三/(一)", f"{D26}#三"], ["不超过 6 名"]),
 ("我拿过世界技能大赛第二名，但在杭州只干了5年，杭州工匠的年限卡不卡我", C16, "yes_no", [f"{C16}#三/(二)/4", f"{C16}#三/(二)"], ["不受工作年限的限制"]),
 ("首席技师我交上去的佐证材料原件还会退给我吗", CT, "yes_no", [f"{CT}#三/(一)", f"{CT}#三"], ["将原件退回"]),
 ("浙派工匠的评审专家是我以前的师傅，我能申请他回避吗", ZJ, "yes_no", [f"{ZJ}#六/(一)", f"{ZJ}#六"], ["申请其回避"]),
]
rows = []
for q, p, what in U:
    rows.append(dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
                     answer_type="yes_no", note=f"qa11 probe (seed 2184): yes/no near what the notice says; not written: {what}"))
for q, p, t, what in O:
    rows.append(dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
                     answer_type=t, note=f"qa11 probe (seed 2184): {t} ask near what the notice says; not written: {what}"))
for q, p, t, g, k in A:
    rows.append(dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type=t, note="qa11 probe (seed 2184): an own-case or rule ask the notice answers (over-refusal)"))
assert len(rows) == 50, len(rows)
write(rows, prefix="qp-", start=1600, seed=2184)
