"""qa10 probe qp-1400…1449: asks a notice does NOT answer, near what it says (25 yes/no, 10 place/procedure/count/date),
and 15 yes/no asks it does answer (over-refusal). The unwritten ones name a thing the notice mentions a word of (证书,
公示, 异议, 津贴, 回避 …) with a predicate it does not state (补办, 几天, 申诉, 单位发, 第四届的专家), or a thing another
programme or edition states.

Written from the five notices before any code change. Split by random.Random(2165): the first half dev (A), the rest
test (B). Run from the repo root: python -m eval.probes.qa10_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write
D26, D23, C16, CT, ZJ = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021", "zj_craftsman_2023"
U = [  # yes/no, not written: (question, program, what is not written)
 ("浙派工匠的获奖证书要是弄丢了，能补办吗", ZJ, "证书补办"),
 ("评上杭州工匠以后退休了，这个称号还保留吗", C16, "退休后称号"),
 ("首席技师评上以后单位要给发津贴吗", CT, "单位津贴（特殊津贴只是条件）"),
 ("第四届数字工匠推荐表要用A4纸打印吗", D26, "纸张规格"),
 ("浙派工匠公示的时候被人提了异议，本人能申诉吗", ZJ, "申诉"),
 ("杭州工匠评审专家的名单会提前公布吗", C16, "专家名单公布"),
 ("浙派工匠评选时会派人到单位实地考察吗", ZJ, "实地考察"),
 ("首届数字工匠的提名奖有奖金吗", D23, "提名奖奖金"),
 ("首席技师评上了发不发奖牌", CT, "奖牌"),
 ("浙派工匠对专利数量有要求吗", ZJ, "专利"),
 ("首届数字工匠申报要附单位营业执照吗", D23, "营业执照"),
 ("第四届数字工匠的评审专家碰到本单位的候选人要回避吗", D26, "回避（浙派写了，第四届没写）"),
 ("报首席技师之前要先通过单位的技能考核吗", CT, "单位技能考核"),
 ("首席技师评上以后可以直接晋升高级技师吗", CT, "等级晋升"),
 ("浙派工匠到专家评审那一步要本人上台汇报吗", ZJ, "本人汇报"),
 ("第四届数字工匠评上以后会上报纸宣传吗", D26, "媒体宣传（首届写了，第四届没写）"),
 ("首席技师区里的推荐名额用不完能转给别的区吗", CT, "名额调剂"),
 ("浙派工匠候选人要签廉洁承诺书吗", ZJ, "承诺书"),
 ("首席技师评上之后每年要交工作总结吗", CT, "年度总结（申报表只有个人总结一栏）"),
 ("评上浙派工匠能同时拿省五一劳动奖章吗", ZJ, "五一劳动奖章（杭州工匠写了市级的）"),
 ("第四届数字工匠的称号以后会被收回吗", D26, "撤销（浙派写了，第四届没写）"),
 ("首席技师申报需要单位开在职证明吗", CT, "在职证明"),
 ("评上浙派工匠，所在企业能享受税收优惠吗", ZJ, "企业税收优惠"),
 ("首届数字工匠的评审专家库名单要公示吗", D23, "专家库公示"),
 ("评上首席技师能去参加免费疗休养吗", CT, "疗休养（杭州工匠、数字工匠写了）"),
]
O = [  # place / procedure / count / date, not written: (question, program, type, what is not written)
 ("首席技师单位里的公示要公示几天", CT, "count", "单位公示天数"),
 ("杭州工匠社会公示一般公示多少天", C16, "count", "社会公示天数"),
 ("第四届数字工匠的创新培训营在哪里办", D26, "place", "培训营地点"),
 ("浙派工匠专家评审一般请多少位专家", ZJ, "count", "专家人数"),
 ("首席技师的认定结果什么时候公布", CT, "date", "结果公布日期"),
 ("浙派工匠的证书和奖金什么时候能发下来", ZJ, "date", "颁发日期"),
 ("杭州工匠网上自荐的账号要怎么注册", C16, "procedure", "注册步骤"),
 ("第四届数字工匠的人选是在哪个平台上公示的", D26, "place", "公示平台"),
 ("首席技师的认定推荐报告要按什么格式写", CT, "procedure", "推荐报告格式"),
 ("浙派工匠被撤销表彰以后奖金要怎么退回", ZJ, "procedure", "退回奖金的办法"),
]
A = [  # yes/no the notice answers: (question, program, gold, key facts)
 ("杭州工匠的两万块奖励是分期发放的吗", C16, [f"{C16}#七"], ["一次性"]),
 ("杭州工匠评选看不看学历和职称", C16, [f"{C16}#四"], ["不唯学历"]),
 ("第四届数字工匠推荐表上的照片能用生活照吗", D26, [f"{D26}#附件"], ["免冠"]),
 ("首届数字工匠推荐信息汇总表要填身份证号吗", D23, [f"{D23}#附件3"], ["身份证号"]),
 ("杭州工匠的纪录片会在杭州电视台播吗", C16, [f"{C16}#八/(一)", f"{C16}#八"], ["杭州电视台"]),
 ("第四届数字工匠推荐表的主要事迹有字数限制吗", D26, [f"{D26}#附件"], ["300字以内"]),
 ("浙派工匠的评审专家跟候选人有利害关系的要回避吗", ZJ, [f"{ZJ}#六/(一)", f"{ZJ}#六"], ["回避"]),
 ("浙派工匠公示的时候提异议要不要实名", ZJ, [f"{ZJ}#六/(二)", f"{ZJ}#六"], ["鼓励实名"]),
 ("首届数字工匠的候选对象要征求税务部门的意见吗", D23, [f"{D23}#附件1/三/(三)/1/(3)", f"{D23}#附件1/三/(三)/1", f"{D23}#附件1/三/(三)"], ["税务"]),
 ("第四届数字工匠的评审团队里有行业主管部门的人吗", D26, [f"{D26}#三/(二)/1/(2)", f"{D26}#三/(二)/1"], ["行业主管部门"]),
 ("浙派工匠是每年都评一次吗", ZJ, [f"{ZJ}#一"], ["每 5年评选一次"]),
 ("首席技师区里推荐的时候要组织专家评议吗", CT, [f"{CT}#三/(二)", f"{CT}#三"], ["专家"]),
 ("评上杭州工匠会同时给五一劳动奖章吗", C16, [f"{C16}#七"], ["五一劳动奖章"]),
 ("首席技师交上去的证书复印件要盖章吗", CT, [f"{CT}#三/(二)", f"{CT}#三"], ["复印件盖章"]),
 ("杭州工匠的申报表要交两份吗", C16, [f"{C16}#附件"], ["一式两份"]),
]
rows = []
for q, p, what in U:
    rows.append(dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
                     answer_type="yes_no", note=f"qa10 probe (seed 2165): yes/no near what the notice says; not written: {what}"))
for q, p, t, what in O:
    rows.append(dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
                     answer_type=t, note=f"qa10 probe (seed 2165): {t} ask near what the notice says; not written: {what}"))
for q, p, g, k in A:
    rows.append(dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type="yes_no", note="qa10 probe (seed 2165): a yes/no ask the notice answers (over-refusal)"))
assert len(rows) == 50, len(rows)
write(rows, prefix="qp-", start=1400, seed=2165)
