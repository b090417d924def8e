"""ask23 probe qp-2830…: two (or three) asks in one message. Where the notices answer none of them every half must be
said silent and nothing cited; where one half is answered and one is not, the answer cites the one and says the other
is silent; plain two-asks the notices answer stay answered (so refusing more cannot win).

Shapes of the silent two-asks: context or a statement about the asker's own case before the asks; a first ask that
only ANOTHER programme answers (money, days of a public notice); a first ask whose type word (奖金, 名额, 几号, 哪里)
matches a sentence about a different thing; two halves sharing one subject said only in the first; three asks.
For the mixed rows the eval checks only the answered half (its clause and key fact); the silent half is read by hand.

Written 2026-12-07 from the five notices before any code change, by someone who had read the code (not blind).
Split by random.Random(2830): the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.ask23_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "ask23 probe (seed 2830): "
SILENT = [  # (programme, message, answer type of the first ask, shape)
    (CT, "首席技师评上了有没有奖金，奖金是一次性给还是按月发", "money", "money only other programmes state"),
    (D26, "第四届数字工匠评上奖金有多少，啥时候打到卡上", "money", "money only other programmes state"),
    (ZJ, "浙派工匠评审要不要本人去答辩，答辩给几分钟", "yes_no", "shared subject said in the first half"),
    (C16, "杭州工匠这个称号有效期几年，到期了要不要重新评", "count", "two silent asks"),
    (D23, "首届数字工匠发布会上获奖的人要不要上台发言，要穿什么衣服", "yes_no", "type word near a named event"),
    (C16, "我们单位前年评上过一个杭州工匠，他现在调去宁波工作了，称号还算不算，那两万块要不要退",
     "yes_no", "context about the asker's own case first"),
    (ZJ, "浙派工匠那一万块奖金要交个税吗，单位能不能再配套发一笔", "money", "money word matching the stated award"),
    (C16, "杭州工匠评审一共请几位专家，专家名单会不会公开", "count", "count word beside a stated step"),
    (D26, "第四届数字工匠评审要不要到现场考实操，考的话考几个小时", "yes_no", "shared subject said in the first half"),
    (D23, "首届数字工匠评上以后单位要给加工资吗，一般加多少", "yes_no", "money only implied"),
    (CT, "首席技师认定的证书多久能拿到手，去哪里领", "date", "place word matching the mailing address"),
    (ZJ, "浙派工匠名单报到省里以后多久能批下来，批了会不会单独通知本人", "date", "date word beside a stated step"),
    (D26, "我同事去年在别的区报过一次没评上，第四届他还能再报吗，落选的有没有什么反馈",
     "yes_no", "context about a colleague first"),
    (D23, "首届数字工匠提名奖有没有奖金，有的话发多少", "money", "shared subject said in the first half"),
    (CT, "首席技师评上以后每年要不要考核，考核不过会不会被取消", "yes_no", "two silent asks"),
    (ZJ, "报浙派工匠要交报名费吗，评审费大概多少", "money", "money word, two asks"),
    (C16, "杭州工匠评审那天要带身份证原件吗，几点钟到场", "yes_no", "date word matching the deadline"),
    (D26, "第四届数字工匠的创新培训营在哪里办，培训要自己出钱吗", "place", "a named thing, its place and cost"),
    (D23, "首届数字工匠评上了能不能落户杭州，孩子上学有没有照顾", "yes_no", "two silent asks"),
    (CT, "首席技师评上有没有补贴，补贴每月多少，从哪个月开始发", "money", "three asks, all silent"),
    (ZJ, "评上浙派工匠以后能直接评正高职称吗，能延迟退休吗，有没有住房补贴", "yes_no", "three asks, all silent"),
    (CT, "首席技师专家评议在哪里开，一般几号开会", "place", "place and date words matching other sentences"),
]
MIXED = [  # (programme, message, gold clauses, key facts, answer type, shape)
    (C16, "杭州工匠奖励多少钱，这笔钱要交税吗", [f"{C16}#七"], ["20000元"], "money", "answered first, silent second"),
    (CT, "首席技师的纸质材料寄到哪个地址，快递费单位能报销吗", [f"{CT}#五"], ["解放东路 18 号市民中心 D 座 1818 室"],
     "place", "answered first, silent second"),
    (ZJ, "浙派工匠最后是谁批准授予的，颁奖大会在哪里开", [f"{ZJ}#五"], ["省政府"], "actor",
     "answered first, silent second"),
    (D26, "第四届数字工匠有事找哪个联系人，周末打电话有人接吗", [f"{D26}#五"], ["叶群华"], "contact",
     "answered first, silent second"),
    (D23, "首届数字工匠提名奖发不发奖金，正式评上的会发些什么", [f"{D23}#附件1/四"], ["证书、奖牌、纪念品"], "money",
     "silent first, answered second"),
    (C16, "杭州工匠评审要不要现场操作，年纪有没有限制", [f"{C16}#三/(二)", f"{C16}#三"], ["60周岁以下"], "yes_no",
     "silent first, answered second"),
    (ZJ, "浙派工匠报名要交钱吗，单位里推荐之前要公示几天", [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(二)"], ["不少于 5个工作日"],
     "money", "silent first, answered second"),
    (CT, "首席技师评上有没有奖金，材料交纸质的还是电子的", [f"{CT}#三/(二)", f"{CT}#三"], ["纸质材料和电子文档各一份"],
     "money", "silent first, answered second"),
]
ANSWERED = [  # (kind, programme, message, gold clauses, key facts, answer type)
    ("process", D26, "第四届数字工匠截止到哪天，材料交给哪个部门", [f"{D26}#五"], ["4月10日", "市总工会经济工作部"], "date"),
    ("fact", C16, "杭州工匠奖多少钱，是一次给清吗", [f"{C16}#七"], ["20000元", "一次性"], "money"),
    ("fact", ZJ, "浙派工匠多久评一次，最后由谁批准", [f"{ZJ}#一", f"{ZJ}#五"], ["每5年评选一次", "省政府"], "count"),
    ("process", CT, "首席技师材料发哪个邮箱，有问题打哪个电话", [f"{CT}#五"], ["154422750@qq.com", "0571-87258538"],
     "contact"),
    ("process", D23, "首届数字工匠推荐表发到哪个邮箱，压缩包文件名怎么起",
     [f"{D23}#三", f"{D23}#附件1/三/(一)"], ["szjjtu@vip.163.com", "单位（例：上城）+数字工匠推荐"], "contact"),
    ("fact", C16, "杭州工匠年纪有限制吗，外国人能不能评", [f"{C16}#三/(二)", f"{C16}#三/(一)", f"{C16}#三"],
     ["60周岁以下", "中国国籍"], "age"),
    ("process", ZJ, "浙派工匠单位里公示几天，省里的专家评审谁来组织", [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(二)", f"{ZJ}#四/(四)"],
     ["不少于 5个工作日", "省人力社保厅"], "duration"),
    ("fact", D26, "第四届数字工匠推荐表本人要签字吗，照片要几寸", [f"{D26}#附件"], ["签名", "2寸"], "yes_no"),
    ("process", CT, "首席技师单位定下的人要不要公示，专家评议是谁组织", [f"{CT}#三/(一)", f"{CT}#三/(二)", f"{CT}#三"],
     ["进行公示", "人力社保部门"], "yes_no"),
    ("process", D23, "首届数字工匠几月份评审，评委从哪里来", [f"{D23}#附件1/三/(三)"], ["2023年4月", "专家库"], "date"),
]
rows = [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
             answer_type=t, note=NOTE + "every ask silent: " + s) for p, q, t, s in SILENT]
rows += [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=f, expect_refusal=False, answer_type=t,
              note=NOTE + "one ask silent: " + s) for p, q, g, f, t, s in MIXED]
rows += [dict(kind=k, question=q, program=p, gold_clause_ids=g, key_facts=f, expect_refusal=False, answer_type=t,
              note=NOTE + "both asks answered") for k, p, q, g, f, t in ANSWERED]
assert len(rows) == 40, len(rows)
write(rows, prefix="qp-", start=2830, seed=2830)
