"""route11 probe qp-1550…1599: rule questions told around the asker's own case (the ask clause asks how a rule treats
a thing: "团体名次算不算我个人的", "两段能不能加起来", "派遣的算不算在岗人员"), some the notice answers and some it is
silent on, and plain eligibility questions with the same kind of own-case detail that MUST stay checks ("我能报吗").

Written from the five notices before any code change (applicants' voice). Split by random.Random(2168): the first
half dev (A), the rest test (B). Run from the repo root: python -m eval.probes.route11_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write
D26, D23, C16, CT, ZJ = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021", "zj_craftsman_2023"
S = [  # rule asked around the own case, the notice silent: (question, program, what is not written)
 ("我是台湾过来的，在滨江做数控十来年了，技师证也有，杭州市首席技师台胞能不能报", CT, "台胞"),
 ("我是新加坡籍，在杭州一家芯片公司做算法六年了，第四届数字工匠外国人能报吗", D26, "外籍"),
 ("我是香港人，在杭州做芯片测试五年多了，第四届数字工匠香港身份的能报吗", D26, "港澳"),
 ("我们三个人组队拿了省级二类竞赛第一名，这个团体成绩首席技师那边算不算我个人的", CT, "团体名次算不算个人"),
 ("我和同事两个人搭档拿了省技能大赛双人项目第一，杭州工匠那条第1名，团体的算不算", C16, "团体名次"),
 ("我带的徒弟跟别人组队拿了市级一类竞赛团体第二名，首席技师带高徒那条算不算数", CT, "徒弟团体名次"),
 ("我是劳务派遣过来的，在嘉兴一家汽配厂干了七年，浙派工匠那个在岗人员，派遣工算不算", ZJ, "劳务派遣"),
 ("我证书挂靠在一家公司，人其实自己在外面接活，首席技师这种挂靠的算哪边的人", CT, "挂靠"),
 ("我们公司把我挂在子公司名下交社保，人在总部干活，首席技师按哪个单位报", CT, "社保挂在子公司"),
 ("我在杭州干了6年焊工，中间去苏州4年，又回来干了5年，杭州工匠那个10年两段能不能加起来算", C16, "两段工龄合并（在杭）"),
 ("我做电工先在老家干了3年，后来来浙江又干了4年，浙派工匠的本职业5年，两段能合并吗", ZJ, "两段工龄合并（本职业）"),
 ("我白天在国企上班，晚上在一家数字公司兼职做数据标注，兼职的年头算不算数字经济行业工作年限", D26, "兼职年限"),
 ("我单位在湖州，这两年借调到杭州市里一个数字化专班，借调这段算不算在杭全职工作", D26, "借调"),
 ("我是外包公司的，常年驻场在杭州一家银行做系统运维，驻场的算不算杭州市在职职工", D26, "外包驻场"),
 ("我是国企里的一个部门经理，平时也写代码，这个算不算担任国有企业领导职务的人员", D26, "部门经理是否领导职务"),
 ("我16岁进厂先当了3年学徒，后来才正式上岗，杭州工匠的10年学徒那几年算不算", C16, "学徒期"),
 ("我当兵五年退伍后进厂做钳工，浙派工匠那个本职业5年，部队里的年头算吗", ZJ, "服役年限"),
 ("我单位总部在上海，我常驻杭州分公司做数据工程师6年，这样算不算杭州市在职职工", D26, "外地总部"),
]
A = [  # rule asked around the own case, the notice answers: (question, program, gold, key facts)
 ("我们队在市数字经济行业竞赛拿了团体第一名，团体第一算不算直接认定那条", D26, [f"{D26}#一"], ["个人第一名"]),
 ("我2024年拿过省数字经济竞赛个人第一名，第四届直接认定那条我这个年份算不算", D26, [f"{D26}#一"], ["2025年以来"]),
 ("我去年退休了，现在厂里返聘回来继续带班，浙派工匠对我们退休的是什么说法", ZJ, [f"{ZJ}#三"], ["退休人员不作为推荐对象"]),
 ("我在技师学院当实训老师，也带学生比赛，浙派工匠我们当老师的算不算一线", ZJ, [f"{ZJ}#三"], ["教师"]),
 ("我没单位，自己开了个修表铺子二十年了，首席技师我这种自由职业的也在认定范围里吗", CT, [f"{CT}#一"], ["自由职业者也可申请认定"]),
 ("我是自由职业的家具修复师，首席技师我这种没单位推荐的要走哪个渠道", CT, [f"{CT}#三"], ["行业协会"]),
 ("我在区里一家事业单位当副主任，平时也做数据治理，第四届对我们这种担任领导职务的是什么说法", D26, [f"{D26}#二"], ["原则上不予推荐"]),
 ("我2016年评上过杭州工匠，第四届数字工匠对我这种已经有称号的是什么规定", D26, [f"{D26}#二"], ["不再重复推荐"]),
 ("我前年拿了浙江省首席技师，杭州市首席技师对已经评上省首席的是怎么规定的", CT, [f"{CT}#一"], ["不得"]),
 ("我是韩国籍的，在杭州做陶瓷修复十几年了，杭州工匠对国籍有没有要求", C16, [f"{C16}#三/(一)"], ["中国国籍"]),
 ("我2021年5月才入行做数据分析，第四届的5年工作年限是算到哪天为止", D26, [f"{D26}#二"], ["2026 年 3 月 31 日"]),
 ("我今年62了还在车间一线，杭州工匠对我这种超过60岁但贡献突出的是什么说法", C16, [f"{C16}#三/(二)"], ["有突出贡献的可不受年龄限制"]),
]
C = [  # a plain check with own-case detail: (question, program, expected verdict)
 ("我是做数控车的，只有高级工证书，在萧山一家厂干了十二年一线，我能报杭州市首席技师吗", CT, "not_eligible"),
 ("我去年从杭州一家纺织厂退休了，之前一线干了三十年，高级技师，我能报浙派工匠吗", ZJ, "not_eligible"),
 ("我是韩国籍，在杭州一家工厂做了15年模具钳工，工会会员，一直在一线，我够不够格评首届杭州工匠", C16, "not_eligible"),
 ("我前年评上了浙江省首席技师，高级技师，在滨江一家汽车零部件厂一线干了18年，我还能报杭州市首席技师吗", CT, "not_eligible"),
 ("我到浙江全职上班才8个月，之前一直在外省，高级技师，一线干了15年，我能报浙派工匠吗", ZJ, "not_eligible"),
 ("我在杭州做中式面点十五年了，一直在一线，我们是个体小店，我没加入工会，我能评首届杭州工匠吗", C16, "not_eligible"),
 ("我是机关公务员，负责单位的信息化，干了8年，在杭州，工会会员，我能报第四届数字工匠吗", D26, "needs_review"),
 ("我是自由职业的，在拱墅开修车铺，有技师证，一直自己动手修车十几年，拿过市级一类技能竞赛个人第一名，我够格报首席技师吗", CT, "eligible"),
 ("我是高级技师，现在在杭州一家厂坐办公室做管理，不在一线了，我能报首席技师吗", CT, "not_eligible"),
 ("我们三个人组队拿了省级一类技能竞赛团体第一名，我是技师，在西湖区一家厂一线干了9年，我能报首席技师吗", CT, "needs_review"),
 ("我在宁波一家厂兼职做技术，每周去三天，不是全职，高级技师，干了10年，我能报浙派工匠吗", ZJ, "not_eligible"),
 ("我做汽修，只有中级工证书，在杭州干了12年，一直一线，我够不够首席技师的条件", CT, "not_eligible"),
 ("我2016年评上过首届杭州工匠，现在在一家工业互联网公司做数字化改造，干了9年，我能报第四届数字工匠吗", D26, "not_eligible"),
 ("我是劳务派遣工，在余杭一家电子厂做SMT三年，高级工，我能报浙派工匠吗", ZJ, "needs_review"),
 ("我2024年拿过省数字经济竞赛个人第一名，在杭州做网络运维7年，工会会员，我能报第四届数字工匠吗", D26, "needs_review"),
 ("我是杭州一家国企的车间主任，还是厂领导班子成员，做工业数据平台10年了，第四届数字工匠我能报吗", D26, "needs_review"),
 ("我是技师学院的实训老师，高级技师，带学生拿过省赛一等奖，在浙江教了12年，我能报浙派工匠吗", ZJ, "needs_review"),
 ("我是焊工技师，在杭州一家造船厂一线干了14年，拿过国家二类技能竞赛个人第二名，我能报首席技师吗", CT, "eligible"),
 ("我是高级技师，在杭州一家阀门厂一线干了16年，带的徒弟有五个成了厂里骨干，其中一个拿了省级一类竞赛第四名，我能报杭州市首席技师吗", CT, "eligible"),
 ("我不是工会会员，在杭州一家民营软件公司做前端开发6年，第四届数字工匠我能报吗", D26, "needs_review"),
]
rows = []
for q, p, what in S:
    rows.append(dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
                     answer_type="yes_no", note=f"route11 probe (seed 2168): rule asked around the own case; not written: {what}"))
for q, p, g, k in A:
    rows.append(dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type="yes_no", note="route11 probe (seed 2168): rule asked around the own case; the notice answers"))
for q, p, v in C:
    rows.append(dict(kind="eligibility", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=False,
                     expect_verdicts={p: v}, answer_type="eligibility",
                     note="route11 probe (seed 2168): a check with own-case detail (over-routing)"))
assert len(rows) == 50, len(rows)
write(rows, prefix="qp-", start=1550, seed=2168)
