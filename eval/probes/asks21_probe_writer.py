"""asks21 probe qp-2670…: two asks in one message where the notice settles neither, the first half asking of something
the notice mentions without settling it: its words are near, its value is not there.

asks19 and asks20 asked details of a named thing (a form field's size, who reviews, 公证) and their held-out halves did
not move on the QA test half, where every failing two-ask message had its FIRST half answered by one nearby clause.
So the first halves here are of the shapes that draw a clause: a yes/no of an act the notice names without a rule
(要不要盖两个章, 要不要本人答辩), a count it never gives (一个区能推几个, 每年评几次), an amount of something else
(评审费多少, beside 奖励1万元), a time it does not give (多久出结果), a person it does not name (谁来面试, 哪位老师负责
初审, beside a contact person), a place it does not say (专家评议在哪里开), and words of its preface (金名片, 296X),
appendix titles (附件1实施方案) or section headings (培育计划, 严明评选纪律). Single silent asks close to a rule, two-asks
whose first half is silent and second answered, and two-asks answered in both halves keep a refusal from winning.

Written from the five notices before any code change (by someone who has read the code, so not blind). Split by
random.Random(2670): the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.asks21_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "asks21 probe (seed 2670): "
BOTH_OPEN = [  # (programme, message, answer type, what is asked)
    (CT, "首席技师的推荐报告要不要单位盖两个章，一个公章一个人事章？报告有没有字数限制？", "yes_no", "两个章、报告字数"),
    (D26, "第四届数字工匠专家评审那一关要不要本人去答辩？答辩是现场还是线上？", "yes_no", "本人答辩、答辩方式"),
    (D26, "第四届数字工匠每年评几次？评审专家一共有多少位？", "count", "每年评几次、专家人数"),
    (C16, "杭州工匠一个区能推几个？专家评审团队一共多少人？", "count", "每区推荐数、评审团队人数"),
    (ZJ, "浙派工匠的评审费是多少钱？报名材料的快递费单位能报销吗？", "money", "评审费、快递费报销"),
    (CT, "首席技师报上去以后多久出结果？结果在哪个网站能查到？", "duration", "出结果的时间、查询网站"),
    (D23, "首届数字工匠社会公示要公示几天？公示期间有人提异议怎么处理？", "count", "公示天数、异议处理"),
    (C16, "首届杭州工匠面试是谁来面？面试要不要现场露一手？", "actor", "面试官、现场展示"),
    (D26, "第四届数字工匠初审是哪位老师负责的？初审要不要看原件？", "actor", "初审负责人、原件"),
    (ZJ, "浙派工匠的专家评审在杭州开还是各市分开开？评审那天候选人要不要到场？", "choice", "评审地点、候选人到场"),
    (CT, "首席技师的专家评议在哪里开，评议的时候要不要申报人自己上去讲", "place", "评议地点、本人陈述"),
    (ZJ, "浙派工匠通知里说要打造“浙派工匠”金名片，这个金名片具体指什么？评上以后能不能拿它申请人才补贴？", "definition",
     "金名片的含义、人才补贴"),
    (D26, "第四届数字工匠开头说的“296X”先进制造业集群具体有哪些行业？我们做物流软件的算不算在里面？", "listing",
     "296X 的行业、物流软件"),
    (D23, "首届数字工匠附件1那个实施方案要不要我们单位也盖章交上去？附件3汇总表要不要负责人签字？", "yes_no",
     "实施方案盖章、汇总表签字"),
    (CT, "首席技师的申报表要手写还是打印？要不要双面打？", "choice", "手写或打印、双面"),
    (D26, "第四届数字工匠的培育计划要培育几年？创新培训营要不要交培训费？", "duration", "培育年限、培训费"),
    (ZJ, "浙派工匠评选纪律里讲的暗箱操作，查实了要罚多少钱？举报的人有没有奖励？", "money", "罚款、举报奖励"),
    (D26, "第四届数字工匠名单公示的时候会不会把身份证号也公布出来？公示期满会不会发纸质通知？", "yes_no",
     "公示身份证号、纸质通知"),
]
SINGLE_OPEN = [  # (programme, message, answer type, what is asked)
    (ZJ, "浙派工匠征求公安部门意见一般要等几天", "duration", "征求意见的时长"),
    (C16, "首届杭州工匠风采展示每个人要准备几分钟的节目", "count", "节目时长"),
    (D23, "首届数字工匠论坛一年办几次", "frequency", "论坛次数"),
    (CT, "首席技师单位里公示要贴几天", "count", "公示天数"),
    (D26, "第四届数字工匠的创新培训营要去几天", "duration", "培训营天数"),
    (ZJ, "浙派工匠的奖牌是省长亲自颁发的吗", "actor", "颁奖人"),
]
FIRST_OPEN = [  # (programme, message, gold clauses, key facts, answer type, what the first half asks)
    (CT, "首席技师专家评议是请哪些专家来评？材料报送截止是哪天？", [f"{CT}#五"], ["7 月 15 日"], "date", "评议专家"),
    (C16, "评上杭州工匠以后单位要不要给涨工资？奖金给多少？", [f"{C16}#七"], ["20000元"], "money", "涨工资"),
    (ZJ, "浙派工匠一个市能推几个？多久评一次？", [f"{ZJ}#一"], ["每 5年评选一次"], "frequency", "每市推荐数"),
    (D26, "第四届数字工匠的评审专家是几个人？推荐材料交到哪个部门？", [f"{D26}#五"], ["市总工会经济工作部"], "place",
     "专家人数"),
    (D23, "首届数字工匠要不要去现场答辩？推荐材料发哪个邮箱？", [f"{D23}#三", f"{D23}#附件1/三/(一)"], ["szjjtu@vip.163.com"],
     "place", "现场答辩"),
    (CT, "首席技师评上以后有没有任期，几年一换？今年一共认定多少名？", [f"{CT}#四"], ["20 名"], "count", "任期"),
]
ANSWERED = [  # (programme, message, gold clauses, key facts, answer type, note)
    (ZJ, "浙派工匠退休了还能报吗？在浙江要全职干满几年？", [f"{ZJ}#三", f"{ZJ}#三/(一)"],
     ["退休人员不作为推荐对象", "在浙全职工作 1年以上"], "yes_no", "both answerable, two clauses"),
    (C16, "首届杭州工匠一共评几个？是不是必须是工会会员？", [f"{C16}#二", f"{C16}#三/(一)"], ["30名", "必须是工会会员"],
     "count", "both answerable, two clauses"),
    (D26, "第四届数字工匠工作年限算到哪天？40岁以下的比例要多少？", [f"{D26}#二"], ["2026 年 3 月 31 日", "不低于 35%"],
     "date", "both answerable, one clause"),
    (CT, "首席技师要什么等级的证书？自由职业者能报吗？", [f"{CT}#二", f"{CT}#一"], ["技师及以上", "自由职业者也可申请认定"],
     "requirement", "both answerable, two clauses"),
    (D23, "首届数字工匠提名奖有几个名额？拿了提名奖以后还能不能再评？", [f"{D23}#附件1/一"], ["提名奖10名", "今后可继续参评"],
     "count", "both answerable, one clause"),
    (ZJ, "浙派工匠专家评审允不允许空缺？评审结果公示几天？", [f"{ZJ}#四/(四)", f"{ZJ}#四/(五)"],
     ["允许奖项空缺", "不少于 5个工作日"], "yes_no", "both answerable, two steps"),
    (D26, "滨江区第四届数字工匠能推几个？竞赛拿了第一的占不占名额？", [f"{D26}#三/(一)"], ["不超过 6 名", "不占推荐名额"],
     "count", "both answerable, one clause"),
    (C16, "个人能不能自荐杭州工匠，在哪个网站报名", [f"{C16}#四/(四)"], ["http://www.hzzgjx.org/"], "place",
     "both answerable, comma-joined"),
    (CT, "首席技师佐证材料原件交上去还退不退？纸质和电子版是不是都要？", [f"{CT}#三/(一)", f"{CT}#三/(二)"],
     ["将原件退回", "纸质材料和电子文档各一份"], "yes_no", "both answerable, two clauses"),
    (D26, "第四届数字工匠推荐表上照片要几寸的？主要事迹写多少字？", [f"{D26}#附件"], ["2寸", "300字以内"], "count",
     "both answerable, form cells"),
]
rows = [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
             answer_type=t, note=NOTE + "two asks, both unwritten: " + a) for p, q, t, a in BOTH_OPEN]
rows += [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
              answer_type=t, note=NOTE + "one ask, unwritten beside a rule: " + a) for p, q, t, a in SINGLE_OPEN]
rows += [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False, answer_type=t,
              note=NOTE + "first unwritten (" + a + "), second answerable") for p, q, g, k, t, a in FIRST_OPEN]
rows += [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False, answer_type=t,
              note=NOTE + n) for p, q, g, k, t, n in ANSWERED]
assert len(rows) == 40, len(rows)
write(rows, prefix="qp-", start=2670, seed=2670)
