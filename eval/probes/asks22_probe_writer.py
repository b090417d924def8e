"""asks22 probe qp-2750…: an ask about an attribute of a thing the notice names — how or when the prize money is paid,
whether it is taxed, how a quota is divided, what a deadline counts, where or how long a 公示 runs, who signs — when the
notice gives the thing (奖励1万元, 20 名, 4月10日前, 公示) but not that attribute; alone and as either half of a two-ask.

asks21's two-asks moved its own probes and not the QA test half, whose failing asks were mostly strict-typed (money,
count, date, place): a sentence holding a value of the thing's type (奖励1万元) answered an ask about another attribute
of that thing (到账时间, 发给谁, 交不交税). So the unanswerable rows here ask such attributes, and the answerable rows ask
the same things' given attributes (多少钱, 几号截止, 交到哪, 一次性还是分次) so that refusing more cannot win.

Written from the five notices before any code change (by someone who has read the code, so not blind). Split by
random.Random(2750): the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.asks22_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "asks22 probe (seed 2750): "
SINGLE_OPEN = [  # (programme, message, answer type, the attribute asked and the thing the notice does give)
    (ZJ, "浙派工匠那1万块奖金是打到个人卡上，还是先打给单位再发下来", "choice", "奖金的发放渠道（给了金额）"),
    (C16, "杭州工匠的2万元奖励一般评上后多久能到账", "duration", "奖金到账时间（给了金额）"),
    (C16, "首届杭州工匠那20000元奖金要不要扣个人所得税", "yes_no", "奖金交税（给了金额）"),
    (ZJ, "突出贡献浙派工匠的奖金是省里直接发，还是市里转发", "choice", "奖金由谁发（给了金额）"),
    (CT, "首席技师这20个名额是按区平均分的还是按行业分的", "choice", "名额的分法（给了总数和每区上限）"),
    (D26, "第四届数字工匠我们区的推荐名额要是用不完，能让给别的区用吗", "yes_no", "名额用不完（给了每区上限）"),
    (D26, "第四届数字工匠4月10号当天寄快递，算不算按时报送", "yes_no", "截止日当天寄出（给了截止日）"),
    (D23, "首届数字工匠3月31号截止以后，还能补交材料吗", "yes_no", "截止后补交（给了截止日）"),
    (D26, "第四届数字工匠的公示是在哪里公示，网上能查到吗", "place", "公示地点（只说要公示）"),
    (D23, "首届数字工匠社会公示一般要挂几天", "count", "公示天数（只说社会公示）"),
    (CT, "首席技师交材料的时候身份证复印件要正反面都印吗", "yes_no", "身份证复印件（给了证书复印件盖章）"),
    (ZJ, "浙派工匠评上以后证书要到哪里去领", "place", "领证地点（给了颁发证书）"),
    (C16, "首届杭州工匠的风采展示是在哪个场馆办", "place", "风采展示地点（只说要举办）"),
    (D26, "第四届数字工匠的创新培训营几月份开营", "date", "开营时间（只说参加培训营）"),
]
BOTH_OPEN = [  # (programme, message, answer type, the two attributes asked)
    (ZJ, "浙派工匠的奖金是一次性发还是分年发？领的时候要不要本人去签字？", "choice", "发放次数、本人签领"),
    (C16, "杭州工匠的奖金是发现金还是打到工资卡里？能不能让单位代领？", "choice", "发放方式、代领"),
    (CT, "首席技师推荐名额不够用的话能不能申请追加？追加要走什么手续？", "yes_no", "追加名额、追加手续"),
    (D23, "首届数字工匠截止那天是按邮件发出的时间算，还是按收到的时间算？超期的材料会退回吗？", "choice",
     "截止的算法、超期退回"),
    (D26, "第四届数字工匠公示要公示几个工作日？公示名单在哪个网站能看到？", "count", "公示天数、公示网站"),
    (ZJ, "浙派工匠的佐证材料复印件要不要每页都签名？原件要不要一起寄到省里？", "yes_no", "逐页签名、寄原件"),
    (CT, "首席技师的推荐报告由谁签字，单位一把手还是分管领导？报告要不要附照片？", "actor", "报告签字人、附照片"),
    (D26, "第四届数字工匠的认定结果在哪里发布？发布的时候本人要不要到场？", "place", "发布地点、本人到场"),
    (C16, "杭州工匠的系列纪录片什么时候开拍？拍的时候要占用几天上班时间？", "date", "开拍时间、拍摄天数"),
    (D23, "首届数字工匠的证书奖牌什么时候发？是寄到单位还是本人去领？", "date", "发证时间、领取方式"),
    (ZJ, "浙派工匠那50个名额是按市分的还是按行业分的？每个市保证至少有一个吗？", "choice", "名额的分法、每市保底"),
    (CT, "首席技师7月15日截止，是指材料寄出还是寄到？过了截止还能不能补？", "choice", "截止的算法、补交"),
]
FIRST_OPEN = [  # (programme, message, gold clauses, key facts, answer type, what the first half asks)
    (ZJ, "浙派工匠的奖金评上后多久到账？一共奖励多少钱？", [f"{ZJ}#五"], ["每人奖励 1万元"], "money", "到账时间"),
    (CT, "首席技师名额用不完能结转到明年吗？今年一共认定几名？", [f"{CT}#四"], ["20 名"], "count", "名额结转"),
    (D26, "第四届数字工匠公示在哪里能看到？推荐材料交给哪个部门？", [f"{D26}#五"], ["市总工会经济工作部"], "place",
     "公示地点"),
    (C16, "杭州工匠那20000元要交税吗？评上的能不能同时拿五一劳动奖章？", [f"{C16}#七"], ["杭州市五一劳动奖章"], "yes_no",
     "奖金交税"),
]
ANSWERED = [  # (programme, message, gold clauses, key facts, answer type, note)
    (ZJ, "浙派工匠评上了奖金有多少", [f"{ZJ}#五"], ["每人奖励 1万元"], "money", "the amount the notice gives"),
    (C16, "首届杭州工匠的奖金是一次给完还是分几次给", [f"{C16}#七"], ["一次性奖励20000元"], "choice",
     "the attribute of money the notice does give (一次性)"),
    (D26, "第四届数字工匠材料几号之前要交？交到哪个部门？", [f"{D26}#五"], ["4月10日前", "市总工会经济工作部"], "date",
     "both answerable, one clause"),
    (CT, "首席技师今年一共认定几个？每个区最多能推几个？", [f"{CT}#四"], ["20 名", "不超过 4 人"], "count",
     "both answerable, one clause"),
    (ZJ, "浙派工匠在单位内部公示要公示多久", [f"{ZJ}#四/(二)/1"], ["不少于 5个工作日"], "count",
     "the length the notice gives for the unit's 公示"),
    (C16, "首届杭州工匠社会公示是通过什么渠道公示的", [f"{C16}#五"], ["本市报纸、电视、网络"], "channel",
     "the channel the notice gives"),
    (D23, "首届数字工匠推荐材料电子版发到哪里？截止到哪天？", [f"{D23}#附件1/三/(一)"],
     ["szjjtu@vip.163.com", "2023年3月31日"], "place", "both answerable, one clause"),
    (CT, "首席技师的佐证材料原件校验完还还给我们吗", [f"{CT}#三/(一)"], ["将原件退回"], "yes_no",
     "an attribute of 原件 the notice gives"),
    (ZJ, "浙派工匠的佐证材料要不要盖公章", [f"{ZJ}#四/(二)/1"], ["加盖公章"], "yes_no", "the seal the notice gives"),
    (ZJ, "浙派工匠多久评一次？每次评几个？", [f"{ZJ}#一"], ["每 5年评选一次", "50名"], "frequency",
     "both answerable, one clause"),
]
rows = [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
             answer_type=t, note=NOTE + "one ask, an attribute the notice does not give: " + a)
        for p, q, t, a in SINGLE_OPEN]
rows += [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
              answer_type=t, note=NOTE + "two asks, both attributes not given: " + a) for p, q, t, a in BOTH_OPEN]
rows += [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False, answer_type=t,
              note=NOTE + "first an attribute not given (" + a + "), second answerable") for p, q, g, k, t, a in FIRST_OPEN]
rows += [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False, answer_type=t,
              note=NOTE + n) for p, q, g, k, t, n in ANSWERED]
assert len(rows) == 40, len(rows)
write(rows, prefix="qp-", start=2750, seed=2750)
