"""asks20 probe qp-2590…: questions the notices leave open, asked as one of two questions or alone, beside answerable
two-part questions, in applicants' and HR staff's words.

asks19's two-ask rows did not move its held-out half, so these try shapes it did not: a half asking a detail the rule
leaves open (原件要不要公证, 几年复审, 能不能落户, 名额怎么分, 奖金交不交税, 能不能同时报) right beside the clause that
names the thing; halves joined by a comma, "另外", numbering or dialect; a story before the asks; two programmes in
one message; a half choosing between two ways the notice does not name ("全体职工投票还是车间代表投", "市总工会审还是区里审")
or asking how a condition the notice states is judged ("一线是怎么认定的"). The nearby clause is no answer: a both-silent message must be refused plainly with no citation. Single
silent asks close to a rule, and two-part questions with one or both halves answered, keep a refusal from winning.

Written from the five notices before any code change (by someone who has read the code, so not blind). The first
draft's two-ask rows were nearly all refused already, so before any code change ten of them were replaced: five by
sentences a candidate run of the unchanged code answered with a nearby clause, five by new sentences of those shapes. Split by
random.Random(2590): the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.asks20_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "asks20 probe (seed 2590): "
BOTH_OPEN = [  # (programme or None, message, answer type, what is asked)
    (CT, "首席技师的佐证材料原件要不要先去公证？上级部门校验一般要排几天？", "yes_no", "原件公证、校验时长"),
    (ZJ, "浙派工匠评上以后几年复审一次？复审不合格会不会把证书收回去？", "frequency", "复审周期、复审不合格"),
    (C16, "我师傅是首届杭州工匠，那两万块奖金单位说要扣掉个税再发，通知里讲的“一次性奖励20000元”是税前的吧？另外证书丢了去哪补？",
     "choice", "税前税后、证书补办"),
    (D26, "第四届数字工匠滨江区能推6个，这6个里面企业和事业单位各占几个？名额用不完能不能转给别的区？", "count",
     "名额在单位类型间的分配、转让"),
    (ZJ, "浙派工匠那1万块奖金要不要交个税？是一次性发还是分几年发？", "yes_no", "奖金个税、发放方式"),
    (ZJ, "我们厂推了个老师傅报浙派工匠，单位民主推荐要全体职工投票还是车间代表投就行？投票结果要不要过半数？", "choice",
     "民主推荐的投票范围、过半数"),
    (CT, "首席技师能不能同时报浙派工匠？两个都评上了奖金能不能都拿？", "yes_no", "同时申报、两份奖金"),
    (D26, "第四届数字工匠的初审是市总工会审还是区里审？初审没过会不会通知本人？", "choice", "初审由谁审、落选通知"),
    (C16, "杭州工匠发的奖牌是金的还是铜的，证书上有没有编号", "choice", "奖牌材质、证书编号"),
    (D23, "首届数字工匠“在杭全职工作2年以上”是怎么认定的，要不要单位开在职证明", "procedure", "在杭全职的认定、在职证明"),
    (D26, "我是拱墅一家物流公司的HR，第四届推荐表上“人才认定等级”我们员工是E类人才，这个能不能加分？E类要不要附认定证书？",
     "yes_no", "人才等级加分、附认定证书"),
    (D26, "我们是余杭一家做工业软件的公司，人事这边第一次弄。数字工匠推上去以后单位要不要出配套奖励？被推荐的人工资要不要调？",
     "yes_no", "单位配套奖励、调薪"),
    (D26, "第四届数字工匠讲一线技能人才比例不低于70%，那一线是怎么认定的？管理岗兼一线的算哪边？", "procedure",
     "一线的认定、兼岗"),
    (ZJ, "浙派工匠要领导班子集体研究决定，那要不要附会议纪要？纪要要几个人签字？", "yes_no", "会议纪要、签字人数"),
    (ZJ, "浙派工匠人事部门审核佐证材料，是审原件还是审复印件？审核一般要多久？", "choice", "审原件或复印件、审核时长"),
    (ZJ, "想问两个：1、浙派工匠每人奖励的1万元是税前还是税后；2、证书是纸质的还是电子证书", "choice",
     "奖金税前税后、证书形式"),
    (CT, "首席技师单位内部公示，是贴公告栏还是发内网？要公示几天？", "choice", "单位公示的方式、天数"),
    (D26, "第四届数字工匠的专家评审团队是市总工会请的还是各区推荐的？专家会不会到单位实地考察？", "choice",
     "评审专家的来源、实地考察"),
]
SINGLE_OPEN = [  # (programme, message, answer type, what is asked)
    (CT, "首席技师的推荐报告除了盖章，要不要主管领导签字", "yes_no", "领导签字"),
    (ZJ, "浙派工匠候选人要征求公安部门意见，是要本人自己去派出所开证明吗", "yes_no", "本人开证明"),
    (D26, "第四届数字工匠的课程调查问卷要是没填，会不会影响评审结果", "yes_no", "问卷与评审"),
    (C16, "杭州工匠在网上自荐要不要交报名费", "yes_no", "报名费"),
    (D23, "首届数字工匠推荐材料发到邮箱以后，多久能收到回执", "duration", "回执时间"),
    (ZJ, "浙派工匠的评审专家回避了以后由谁补上", "actor", "回避后的替补"),
]
ANSWERED = [  # (programme, message, gold clauses, key facts, answer type, note)
    (ZJ, "浙派工匠多久评一次？每人奖励多少？", [f"{ZJ}#一", f"{ZJ}#五"], ["每 5年评选一次", "1万元"], "count",
     "both answerable, two clauses"),
    (CT, "首席技师材料报送截止是哪天？纸质版和电子版是不是都要交？", [f"{CT}#五", f"{CT}#三/(二)"],
     ["7 月 15 日", "纸质材料和电子文档各一份"], "date", "both answerable, two clauses"),
    (C16, "杭州工匠年龄有没有限制，在杭州干这行要满几年", [f"{C16}#三/(二)"], ["60周岁以下", "不少于10年"], "count",
     "both answerable, one clause, comma-joined"),
    (D26, "我在西湖区一家公司做数据治理。数字工匠西湖区能推几个？材料交到哪里？", [f"{D26}#三/(一)", f"{D26}#五"],
     ["不超过 6 名", "市总工会经济工作部"], "count", "both answerable after a story"),
    (D23, "首届数字工匠推荐材料发哪个邮箱，截止到哪天", [f"{D23}#三"], ["szjjtu@vip.163.com", "2023年3月31日"], "place",
     "both answerable, one clause, comma-joined"),
    (ZJ, "浙派工匠形式初审是谁来审？评审专家又是怎么产生的？", [f"{ZJ}#四/(三)", f"{ZJ}#四/(四)"], ["形式审查", "随机抽取"],
     "procedure", "both answerable, two steps"),
    (C16, "首届杭州工匠认定要经过几个环节？另外个人自荐在哪里报名？", [f"{C16}#五", f"{C16}#四/(四)"],
     ["四个环节", "职工技术协作网"], "procedure", "both answerable, joined by 另外"),
    (CT, "自由职业者能不能报首席技师？能的话要通过谁推荐？", [f"{CT}#一", f"{CT}#三/(二)"],
     ["自由职业者也可申请认定", "行业协会"], "yes_no", "both answerable, the second presupposes the first"),
    (D26, "数字工匠40周岁以下的认定比例是多少？一线的呢？", [f"{D26}#二"], ["不低于 35%", "不低于 70%"], "ratio",
     "both answerable, the second elliptical"),
    (ZJ, "浙派工匠单位公示要几天？公示名单上要不要贴照片？", [f"{ZJ}#四/(二)/1"], ["不少于 5个工作日"], "count",
     "first answerable, second unwritten: 照片"),
    (C16, "首届杭州工匠奖励多少钱？奖金要不要交税？", [f"{C16}#七"], ["20000元"], "money",
     "first answerable, second unwritten: 个税"),
    (CT, "首席技师今年认定多少名？评上以后每个月有没有津贴？", [f"{CT}#四"], ["20 名"], "count",
     "first answerable, second unwritten: 月津贴"),
    (D26, "第四届数字工匠推荐截止是哪天？晚交一两天能不能通融？", [f"{D26}#五"], ["4月10日前"], "date",
     "first answerable, second unwritten: 逾期"),
    (D23, "首届数字工匠评上了发些什么？纪念品能不能折现？", [f"{D23}#附件1/四"], ["证书、奖牌、纪念品"], "yes_no",
     "first answerable, second unwritten: 折现"),
    (ZJ, "浙派工匠的评审专家从哪里抽？专家评审是打分还是投票？", [f"{ZJ}#四/(四)"], ["高技能人才评审专家库"], "place",
     "first answerable, second unwritten: 评审方式"),
    (CT, "首席技师佐证材料原件要给谁校验？去校验要不要带身份证？", [f"{CT}#三/(一)"], ["上级部门校验"], "procedure",
     "first answerable, second unwritten: 带身份证"),
]
rows = [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
             answer_type=t, note=NOTE + "two asks, both unwritten: " + a) for p, q, t, a in BOTH_OPEN]
rows += [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
              answer_type=t, note=NOTE + "one ask, unwritten beside a rule: " + a) for p, q, t, a in SINGLE_OPEN]
rows += [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False, answer_type=t,
              note=NOTE + n) for p, q, g, k, t, n in ANSWERED]
assert len(rows) == 40, len(rows)
write(rows, prefix="qp-", start=2590, seed=2590)
