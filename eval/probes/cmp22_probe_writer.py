"""cmp22 probe qp-2990…3029: comparisons, yes/no facts and procedure steps whose answer must hold the asked fact.

18 comparisons asked in everyday words: two editions of 数字工匠 (首届 2023 vs 第四届 2026) on years in 杭州, who is
excluded, certificates, where the form goes, deadlines, how many, direct recognition; two honours on money, experts,
freelancers, 疗休养, quotas, retirees; two "有什么区别" with no attribute named (the conditions that differ). Six have
one side silent on the attribute (no gold, no key fact there): the answer says so for that side.
12 yes/no facts (the sentence holding the rule, with 是/不 first) and 10 procedure steps (who submits, to whom, in what
order).

Written from the five notices before any code change (by one who had read the code: not blind). Split by
random.Random(2990): the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.cmp22_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
C = [  # comparisons: (question, gold clauses, key facts); a silent side has no gold and no key fact
 ("首届数字工匠跟第四届 对在杭州上班的年头要求有啥变化", [f"{D23}#二", f"{D23}#附件1/二", f"{D26}#二"],
  ["在杭全职工作2年以上", "在杭全职工作1年以上"]),
 ("已经评上杭州工匠的 两届数字工匠还能不能推 说法一样吗", [f"{D23}#二", f"{D23}#附件1/二", f"{D26}#二"],
  ["不予推荐", "不再重复推荐"]),
 ("证书这条 老的那届数字工匠跟新的这届 写法有啥不同 国外的证算不算", [f"{D23}#二/3", f"{D23}#附件1/二/(三)",
  f"{D26}#二/(三)"], ["国家级等级资质证书", "国内或国外领先水平、等级、资质证书"]),
 ("推荐表交到哪 首届数字工匠和第四届是一个地方吗", [f"{D23}#三", f"{D26}#五"],
  ["杭州市数字经济行业工会联合会", "市总工会经济工作部"]),
 ("数字工匠第一届跟第四届 截止日子分别是哪天", [f"{D23}#三", f"{D23}#一", f"{D26}#五"], ["2023年3月31日", "4月10日前"]),
 ("首届数字工匠一共评了几个 第四届这次评几个 对比一下", [f"{D23}#附件1/一", f"{D23}#前言"], ["50名"]),
 ("比赛拿第一直接认定 第四届有 首届数字工匠那会有没有", [f"{D26}#一"], ["直接认定为“杭州数字工匠”"]),
 ("首届数字工匠有个提名奖 第四届还设不设", [f"{D23}#附件1/一", f"{D23}#前言"], ["提名奖10名"]),
 ("杭州工匠跟浙派工匠 评上了奖金差多少", [f"{C16}#七", f"{ZJ}#五"], ["20000元", "1万元"]),
 ("首席技师跟杭州工匠 有什么区别", [f"{CT}#二", f"{C16}#三/(二)"], ["技师及以上国家职业资格证书", "60周岁以下"]),
 ("浙派工匠和第四届数字工匠 到底差在哪", [f"{ZJ}#三/(一)", f"{D26}#二"],
  ["高级技师以上职业资格", "从事数字经济行业工作一般在5年以上"]),
 ("评审专家是怎么来的 杭州工匠跟浙派比比", [f"{C16}#五", f"{ZJ}#四/(四)"],
  ["专家评审团队", "从高技能人才评审专家库中随机抽取产生评审专家"]),
 ("没单位的自由职业 首席技师跟杭州工匠能报吗 两个说法一样不", [f"{CT}#一", f"{CT}#三"], ["符合条件的自由职业者也可申请认定"]),
 ("评上以后能去疗休养吗 杭州工匠跟第四届数字工匠都有这个吗", [f"{C16}#七", f"{D26}#四"],
  ["一线职工免费疗休养", "劳模先进和一线职工免费疗休养"]),
 ("一个区能推几个 首届杭州工匠和首席技师哪个给得多", [f"{CT}#四"], ["不超过 4 人"]),
 ("我退休返聘的 首席技师跟浙派 退休的让不让报", [f"{ZJ}#三"], ["退休人员不作为推荐对象"]),
 ("第四届数字工匠跟首届 杭州在职工会会员这条一样吗", [f"{D26}#二", f"{D23}#二", f"{D23}#附件1/二"],
  ["杭州市在职职工、工会会员"]),
 ("浙派工匠跟杭州工匠 技能等级证各要啥", [f"{ZJ}#三/(一)"], ["高级技师以上职业资格"]),
]
Y = [  # yes/no facts: (question, program, gold clauses, key facts)
 ("杭州工匠外国国籍的能报吗 我是加拿大籍在杭州干了十几年", C16, [f"{C16}#三/(一)"], ["应具有中国国籍"]),
 ("技校老师能不能评浙派工匠", ZJ, [f"{ZJ}#三"], ["含技能人才培养院校、教师"]),
 ("我已经是浙江省首席技师了 还能报杭州市首席技师不", CT, [f"{CT}#一"], ["已获评“浙江省首席技师”的人员不得申报"]),
 ("上一届评过杭州数字工匠了 第四届还能再推一次吗", D26, [f"{D26}#二"], ["不再重复推荐"]),
 ("杭州工匠非得是工会会员吗 我们厂没工会", C16, [f"{C16}#三/(一)"], ["必须是工会会员"]),
 ("浙派工匠要是够格的人不够 名额会不会空着", ZJ, [f"{ZJ}#四/(四)"], ["允许奖项空缺"]),
 ("首席技师的证书原件交上去了还退回来吗", CT, [f"{CT}#三/(一)"], ["上级部门校验后，将原件退回"]),
 ("首席技师材料光交电子版行不行", CT, [f"{CT}#三/(二)"], ["纸质材料和电子文档各一份"]),
 ("浙派公示期间提异议 能不能不留名字", ZJ, [f"{ZJ}#六/(二)"], ["鼓励实名提出异议"]),
 ("我六十二了 贡献挺大的 首届杭州工匠是不是就不能报了", C16, [f"{C16}#三/(二)"], ["有突出贡献的可不受年龄限制"]),
 ("浙派工匠是省政府发的证书吗", ZJ, [f"{ZJ}#五"], ["由省政府批准授予并颁发相应证书和奖金"]),
 ("第四届数字工匠 比赛第一直接认定的要占区里的推荐名额吗", D26, [f"{D26}#三/(一)"], ["在申报时不占推荐名额"]),
]
P = [  # procedure steps: (question, program, gold clauses, key facts)
 ("首席技师 单位定下人选以后 材料交给谁", CT, [f"{CT}#三/(一)"], ["一并盖章后报送上级部门"]),
 ("首席技师 区里人社评议完了 最后报到哪", CT, [f"{CT}#三/(二)"], ["报市人力社保局"]),
 ("浙派工匠在单位里头先要走啥流程", ZJ, [f"{ZJ}#四/(二)/1"], ["民主推荐、领导班子集体研究决定"]),
 ("浙派工匠的人选最后是谁报到省里的", ZJ, [f"{ZJ}#四/(二)/4"], ["由设区市政府或省直有关单位、中央部属在浙有关单位报送"]),
 ("杭州工匠认定是按什么顺序走的 先审还是先公示", C16, [f"{C16}#五"], ["资格审核、专家评审、社会公示、领导小组审定"]),
 ("第四届数字工匠推上去以后 先干啥后干啥", D26, [f"{D26}#三/(二)/1/(1)", f"{D26}#三/(二)/1/(2)",
  f"{D26}#三/(二)/1/(3)", f"{D26}#三/(二)/1", f"{D26}#三/(二)"], ["初审", "联合审定"]),
 ("首届数字工匠 区总工会的推荐表是发邮箱吗 发哪个", D23, [f"{D23}#三"], ["szjjtu@vip.163.com"]),
 ("首届杭州工匠 产业工会审完了往哪报", C16, [f"{C16}#四/(一)"], ["向市总工会申报推荐"]),
 ("浙派工匠报上去以后 形式审查是谁在做", ZJ, [f"{ZJ}#四/(三)"], ["省人力社保厅组织对被推荐人选资格"]),
 ("我是自由职业 首席技师要走哪条路推荐", CT, [f"{CT}#三"], ["通过相应的行业协会组织进行推荐"]),
]
NOTE_C = "cmp22 probe (seed 2990): a comparison; each side's asked value from the clause holding it, a silent side said"
NOTE_Y = "cmp22 probe (seed 2990): a yes/no fact; the sentence holding the rule, quoted, with 是/不 first"
NOTE_P = "cmp22 probe (seed 2990): the step asked about (who submits, to whom, in what order)"
rows = [dict(kind="comparison", question=q, program=None, gold_clause_ids=g, key_facts=k, expect_refusal=False,
             answer_type="difference", note=NOTE_C) for q, g, k in C]
rows += [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
              answer_type="yes_no", note=NOTE_Y) for q, p, g, k in Y]
rows += [dict(kind="process", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
              answer_type="procedure", note=NOTE_P) for q, p, g, k in P]

if __name__ == "__main__":
    write(rows, prefix="qp-", start=2990, seed=2990)
