"""asks19 probe qp-2500…: messages that ask two things, in applicants' and HR staff's words, where each half must be
answered from its own sentence or said plainly to be unwritten.

Unlike asks18's rows (situation clauses around asks about events the notices never mention), most halves here ask
for a detail of something the notice does name: a form field's size or wording, a form note's channel, a body's
members, a step's timing. The sentence that names the thing is near, but it does not hold what is asked, so citing it
is not an answer. Shapes: both halves unwritten; one half unwritten beside one answered; a wrong premise in one half
(the correction leads); a procedure step and a material in one message; two programmes in one message.

Written from the five notices before any code change (by someone who has read the code, so not blind). Split by
random.Random(2500): the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.asks19_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "asks19 probe (seed 2500): "
BOTH_OPEN = [  # (programme or None, message, answer type, what is asked)
    (C16, "我是推荐单位这边的经办人。首届杭州工匠申报表上的照片要几寸的？电子档是发邮箱还是拷U盘送过去？", "yes_no",
     "照片尺寸、电子档的交法"),
    (D26, "第四届数字工匠推荐表里“细分领域”那一栏是按什么目录填的？填得不对会不会被退回来？", "procedure",
     "细分领域的目录、退回"),
    (CT, "首席技师申报表上的照片要几寸？彩照黑白照都行吗", "yes_no", "照片尺寸、颜色"),
    (ZJ, "浙派工匠单位里脱密公示，名单要贴在哪儿？公示内容里要不要写他的工资收入？", "place", "公示地点、公示内容"),
    (D23, "首届数字工匠那个汇总表能不能用WPS做？身份证号那栏要不要打码？", "yes_no", "汇总表软件、打码"),
    (C16, "首届杭州工匠的风采展示在哪里办的？那个纪录片是杭州电视台哪个频道放的？", "place", "风采展示地点、频道"),
    (D26, "第四届数字工匠的创新培训营要不要自己交钱？一期培训多长时间？", "yes_no", "培训营费用、时长"),
    (CT, "我们协会准备推一个首席技师。推荐报告大概写多少字合适？要不要附上协会开会的会议纪要？", "count",
     "推荐报告字数、会议纪要"),
    (ZJ, "浙派工匠评审专家库里大概有多少位专家？是省内的专家还是全国的？", "count", "专家库人数、专家来源"),
    (D23, "首届数字工匠发的纪念品是什么东西？奖牌上刻不刻个人名字？", "yes_no", "纪念品、奖牌刻名"),
    (D26, "我在余杭一家做跨境电商SaaS的公司管人事。推荐表“工作单位”要写营业执照上的全称吗？“职务”那栏写技术职称还是行政职务？",
     "yes_no", "单位全称、职务栏"),
    (C16, "首届杭州工匠的认定工作领导小组都有哪些人？审定会开了几次？", "procedure", "领导小组成员、审定会次数"),
    (CT, "首席技师推荐前单位公示的时候，要是有人提异议怎么处理？异议要在几天之内提？", "procedure",
     "异议的处理、期限"),
    (D26, "领导让我问一下，第四届数字工匠评审的时候候选人要不要现场答辩？评审会是线上开还是线下开？", "yes_no",
     "现场答辩、评审方式"),
    (None, "首席技师和浙派工匠评上以后，每个月有没有津贴？称号有效期是几年？", "yes_no", "两个项目的月津贴、有效期"),
    (None, "首届杭州工匠和第四届数字工匠的证书是哪个单位盖章的？证书丢了能不能补办？", "yes_no",
     "两个项目的证书盖章单位、补办"),
    (ZJ, "浙派工匠那一万块奖金是直接打到本人卡上还是先发给单位？证书上是谁签的字？", "yes_no", "奖金的发放途径、证书签字"),
]
ANSWERED = [  # (programme, message, gold clauses, key facts, answer type, note)
    (C16, "首届杭州工匠申报表里主要事迹简介限多少字？详细材料要不要装订成册？", [f"{C16}#附件"], ["600字以内"], "count",
     "first answerable (form field), second unwritten: 装订"),
    (D26, "第四届数字工匠推荐表上的照片要几寸的？要不要穿正装去拍？", [f"{D26}#附件"], ["2寸"], "count",
     "first answerable (form field), second unwritten: 正装"),
    (ZJ, "浙派工匠公示期间提异议要不要留真名？提异议的时候要交点什么？", [f"{ZJ}#六/(二)"], ["鼓励实名提出异议", "必要的证明材料"],
     "yes_no", "both answerable, one clause"),
    (CT, "首席技师的材料最后报到市人力社保局哪个办公室？我们能不能直接开车送过去不走邮寄？", [f"{CT}#五"], ["1818 室"],
     "place", "first answerable, second unwritten: 送达方式"),
    (D23, "首届数字工匠那个推荐信息汇总表，主要事迹写多少字？汇总表用不用加盖公章？", [f"{D23}#附件3"], ["400字以内"], "count",
     "first answerable (form field), second unwritten: 汇总表盖章"),
    (C16, "首届杭州工匠那次最后什么时候评完的？没评上的人会不会单独通知？", [f"{C16}#五"], ["2017年4月底前完成"], "date",
     "first answerable, second unwritten: 通知落选"),
    (None, "首届杭州工匠和首席技师对年龄分别有什么要求？", [f"{C16}#三/(二)"], ["60周岁以下"], "count",
     "two programmes: one says its age limit, the other is silent"),
    (None, "浙派工匠和首席技师评上了分别奖励多少钱？", [f"{ZJ}#五"], ["1万元"], "money",
     "two programmes: one states its award, the other is silent"),
]
PREMISES = [  # (programme, message, gold clauses, key facts, answer type, note)
    (ZJ, "浙派工匠是每3年评一次对吧？这次全省一共评多少个？", [f"{ZJ}#一"], ["每 5年评选一次", "50名"], "count",
     "wrong cycle in the first half, second answerable"),
    (D26, "第四届数字工匠推荐截止是4月30号吧？过了日子单位还能补报吗？", [f"{D26}#五"], ["4月10日前"], "date",
     "wrong deadline in the first half, second unwritten"),
    (CT, "首席技师的申报材料是报给市总工会的吧？要纸质的还是发电子版？", [f"{CT}#三/(二)"], ["报市人力社保局", "纸质材料和电子文档各一份"],
     "place", "wrong body in the first half, second answerable"),
    (C16, "首届杭州工匠年龄是55周岁以下吧？超了但贡献特别大的还有没有机会？", [f"{C16}#三/(二)"],
     ["60周岁以下", "有突出贡献的可不受年龄限制"], "count", "wrong age in the first half, second answerable"),
    (D23, "首届数字工匠那次一共认定了100个对吧？提名奖是另外算的吗？", [f"{D23}#附件1/一", f"{D23}#前言"], ["50名", "10名"],
     "count", "wrong count in the first half, second answerable"),
    (ZJ, "浙派工匠的评审专家是各个市推荐上来的吧？专家名单会不会提前告诉候选人？", [f"{ZJ}#四/(四)"], ["随机抽取"],
     "procedure", "wrong source of experts in the first half, second unwritten"),
    (D26, "第四届数字工匠要在杭州全职满2年对吧？实习那段时间算不算数字经济的年限？", [f"{D26}#二"], ["在杭全职工作1年以上"], "count",
     "wrong length in the first half (the first round's), second unwritten"),
    (D26, "我们工会第一次弄。第四届数字工匠是先公示再评审的吧？公示要挂多少天？", [f"{D26}#三/(二)"], ["对初审入围人员进行专业评审"],
     "procedure", "wrong order in the first half, second unwritten"),
]
PROCESS = [  # (programme, message, gold clauses, key facts, answer type, note)
    (CT, "首席技师单位申报这一步要怎么走？要交的材料里有没有推荐报告？", [f"{CT}#三/(一)", f"{CT}#三"],
     ["《杭州市首席技师认定推荐报告》", "进行公示"], "procedure", "a step and a material"),
    (ZJ, "浙派工匠在单位里申报要走什么流程？佐证材料要不要盖公章？", [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(二)", f"{ZJ}#四"],
     ["民主推荐", "加盖公章"], "procedure", "a step and a material, one clause"),
    (D26, "我是区总工会经办的。第四届数字工匠推荐单位要交哪些材料？交上去以后第一步是什么？", [f"{D26}#五", f"{D26}#三/(二)"],
     ["汇总表", "初审"], "procedure", "a material and the next step, two clauses"),
    (D23, "首届数字工匠评审阶段是个什么流程？推荐表要连同哪个附件一起发？", [f"{D23}#附件1/三/(三)", f"{D23}#三"],
     ["专家库", "推荐信息汇总表（附件3）"], "procedure", "a step and a material, two clauses"),
    (C16, "首届杭州工匠单位推荐要经过哪些环节？申报表要交几份？", [f"{C16}#四/(一)", f"{C16}#附件", f"{C16}#四"],
     ["层层推荐选拔", "一式两份"], "procedure", "a step and a form note"),
    (CT, "首席技师的佐证材料原件要送到哪里去校验？校验完了原件还给不给我们？", [f"{CT}#三/(一)"], ["上级部门校验", "将原件退回"],
     "procedure", "two asks about one step, one clause"),
    (ZJ, "浙派工匠形式初审主要查些什么？没通过的还能不能补材料？", [f"{ZJ}#四/(三)"], ["推荐材料完整性、合规性"], "procedure",
     "a step answerable, the remedy unwritten"),
]
rows = [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
             answer_type=t, note=NOTE + "two asks, both unwritten: " + a) for p, q, t, a in BOTH_OPEN]
rows += [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False, answer_type=t,
              note=NOTE + n) for p, q, g, k, t, n in ANSWERED]
rows += [dict(kind="false_premise", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
              answer_type=t, note=NOTE + n) for p, q, g, k, t, n in PREMISES]
rows += [dict(kind="process", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
              answer_type=t, note=NOTE + n) for p, q, g, k, t, n in PROCESS]
assert len(rows) == 40, len(rows)
write(rows, prefix="qp-", start=2500, seed=2500)
