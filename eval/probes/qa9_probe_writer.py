"""qa9 probe qp-1300…1349: yes/no asks near what a notice says (25 unwritten, 15 written) and 10 loose procedure asks.

Written from the five notices before any code change. Run from the repo root: python -m eval.probes.qa9_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write
D26, D23, C16, CT, ZJ = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021", "zj_craftsman_2023"
U = [  # (question, program, not written)
 ("第四届数字工匠评上了给不给发证书啊？", D26, "获评后颁发证书"),
 ("评上浙派工匠以后要跟单位签服务期吗", ZJ, "服务期"),
 ("报首席技师要不要去医院体检？", CT, "体检"),
 ("杭州工匠专家评审那一步，本人要到现场答辩吗", C16, "现场答辩"),
 ("首席技师评的时候有没有实操考核", CT, "实操考核"),
 ("浙派工匠对社保交了几年有要求吗？我社保在浙江才交了两年", ZJ, "社保缴纳年限"),
 ("第四届数字工匠学历是不是要本科以上", D26, "学历要求"),
 ("首席技师有没有年龄上限啊", CT, "年龄上限"),
 ("浙派工匠那一万块奖金是直接打到个人银行卡上吗", ZJ, "奖金发放方式"),
 ("杭州工匠那两万块钱要不要交个税", C16, "个人所得税"),
 ("首届数字工匠评上了每个月有津贴拿吗", D23, "按月津贴"),
 ("第四届数字工匠那个创新培训营要自己掏钱吗", D26, "培训营费用"),
 ("评上首席技师单位是不是必须给涨工资", CT, "工资待遇"),
 ("浙派工匠评上以后过几年还要复核吗", ZJ, "称号复核"),
 ("杭州工匠的申报表能手写吗", C16, "手写"),
 ("首届数字工匠推荐表要法人代表签字吗", D23, "法人签字"),
 ("报浙派工匠需要交论文吗", ZJ, "论文"),
 ("首席技师要交无犯罪记录证明吗", CT, "无犯罪记录证明"),
 ("第四届数字工匠要参加笔试吗", D26, "笔试"),
 ("杭州工匠评审是专家当场打分吗", C16, "现场打分"),
 ("浙派工匠要不要英语或者计算机等级证书", ZJ, "外语计算机证书"),
 ("评上首席技师有带薪假吗", CT, "带薪假"),
 ("第四届数字工匠评上以后每年要考核吗", D26, "年度考核"),
 ("首届数字工匠评审时要不要交作品演示视频", D23, "演示视频"),
 ("浙派工匠申报的时候要不要本人去省厅面试", ZJ, "面试"),
]
A = [  # (question, program, gold, key facts)
 ("第四届数字工匠推荐表上要贴照片吗", D26, [f"{D26}#附件"], ["2寸"]),
 ("首席技师的申报材料要装订吗", CT, [f"{CT}#三/(二)", f"{CT}#三"], ["装订成册"]),
 ("首席技师的佐证材料原件要交上去吗", CT, [f"{CT}#三/(一)", f"{CT}#三"], ["校验"]),
 ("浙派工匠的评审专家是随机抽的吗", ZJ, [f"{ZJ}#四/(四)"], ["随机抽取"]),
 ("报杭州工匠一定要是工会会员吗", C16, [f"{C16}#三/(一)"], ["工会会员"]),
 ("退休了还能报浙派工匠吗", ZJ, [f"{ZJ}#三"], ["退休人员不作为推荐对象"]),
 ("没单位的自由职业者能申请首席技师吗", CT, [f"{CT}#一", f"{CT}#三/(二)", f"{CT}#三"], ["自由职业者"]),
 ("第四届数字工匠推荐对象要填问卷吗", D26, [f"{D26}#五"], ["课程调查问卷"]),
 ("评上杭州工匠有奖金吗", C16, [f"{C16}#七"], ["20000元"]),
 ("浙派工匠在单位里要公示吗", ZJ, [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(二)"], ["公示"]),
 ("首届数字工匠拿了提名奖的以后还能再评吗", D23, [f"{D23}#附件1/一", f"{D23}#附件1"], ["可继续参评"]),
 ("首席技师纸质的和电子的材料都要交吗", CT, [f"{CT}#三/(二)", f"{CT}#三"], ["纸质材料和电子文档各一份"]),
 ("浙派工匠会不会评不满、出现空缺", ZJ, [f"{ZJ}#四/(四)"], ["允许奖项空缺"]),
 ("第四届数字工匠比赛拿第一的占不占推荐名额", D26, [f"{D26}#三/(一)", f"{D26}#三"], ["不占"]),
 ("浙派工匠公示的时候，别人可以提异议吗", ZJ, [f"{ZJ}#六/(二)", f"{ZJ}#六"], ["提出异议"]),
]
P = [
 ("首席技师在单位里报上去之前要走哪些步骤", CT, [f"{CT}#三/(一)", f"{CT}#三"], ["征求本单位员工意见"]),
 ("浙派工匠推荐到省里以后，省里先干嘛", ZJ, [f"{ZJ}#四/(三)"], ["形式审查"]),
 ("杭州工匠报上去以后是怎么评出来的", C16, [f"{C16}#五"], ["专家评审", "领导小组审定"]),
 ("第四届数字工匠推荐上去后要过哪几关", D26, [f"{D26}#三/(二)", f"{D26}#三"], ["初审", "审定"]),
 ("首届数字工匠的推荐材料怎么交上去", D23, [f"{D23}#三", f"{D23}#附件1/三/(一)"], ["szjjtu@vip.163.com"]),
 ("自由职业者报首席技师走什么路子", CT, [f"{CT}#三/(二)", f"{CT}#三"], ["行业协会"]),
 ("杭州工匠社会公示完了还有啥环节", C16, [f"{C16}#五"], ["领导小组审定"]),
 ("首席技师的原件交上去校验完了怎么处理", CT, [f"{CT}#三/(一)", f"{CT}#三", f"{CT}#三/(二)"], ["退回"]),
 ("第四届数字工匠材料弄好了交到哪里", D26, [f"{D26}#五"], ["经济工作部"]),
 ("浙派工匠公示没问题以后由谁往上报", ZJ, [f"{ZJ}#四/(二)/4", f"{ZJ}#四/(二)"], ["设区市政府"]),
]
rows = []
for q, p, what in U:
    rows.append(dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
                     answer_type="yes_no", note=f"qa9 probe (seed 2155): a yes/no ask near what the notice says; not written: {what}"))
for q, p, g, k in A:
    rows.append(dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type="yes_no", note="qa9 probe (seed 2155): a yes/no ask the notice answers (over-refusal)"))
for q, p, g, k in P:
    rows.append(dict(kind="process", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type="procedure", note="qa9 probe (seed 2155): a loose procedure ask"))
assert len(rows) == 50, len(rows)
write(rows, prefix="qp-", start=1300, seed=2155)
