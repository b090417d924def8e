"""silent17 probe qp-2300…: factual details the notice leaves open, asked alone or two in one message, with
answerable near neighbours that must still be answered.

The unwritten details sit close to what the notices do say (培训营 is named, its length is not; 专家评审 is named,
whether a juror steps aside is not; 联合审定 is named, how many votes pass is not), so the clause that names the
topic shares the ask's words and holds some value. Two-ask rows are either both unwritten (the whole answer is
a refusal with no citation) or one answerable half (cited alone). The neighbours ask attributes the notice
states, in the same programmes and sentence shapes.

Written from the five notices before any code change (by someone who has read the code, so not blind). Split by
random.Random(2300): the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.silent17_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "silent17 probe (seed 2300): "
ONE = [  # one ask, the asked attribute unwritten: (programme, question, answer type, attribute)
    (D26, "第四届数字工匠的创新培训营要培训几天？", "count", "培训营的天数"),
    (CT, "首席技师那个专家评议，是要现场答辩还是光看材料？", "yes_no", "评议的方式"),
    (ZJ, "浙派工匠专家评审的时候，评委碰到自己单位的候选人要不要回避？", "yes_no", "回避"),
    (ZJ, "浙派工匠那个高技能人才评审专家库里一共有多少个专家", "count", "专家库的规模"),
    (D26, "第四届数字工匠五家单位联合审定，是投票定的吗？要几票才过", "count", "审定的票数"),
    (C16, "首届杭州工匠的领导小组，组长是哪位领导啊", "procedure", "领导小组组长"),
    (CT, "自由职业的走协会推荐，协会内部公示要挂几天？", "count", "协会公示天数"),
    (D26, "第四届数字工匠初审一般要审多长时间？", "count", "初审用时"),
    (CT, "首席技师申报表上的照片要贴几寸的？", "count", "照片尺寸"),
    (D26, "第四届推荐表要不要单位法人代表签字？", "yes_no", "法人签字"),
    (ZJ, "浙派工匠形式初审没通过的，还能补交材料吗", "yes_no", "补交材料"),
    (D23, "首届数字工匠五一节那个认定发布会是在哪里开的", "place", "发布会地点"),
    (ZJ, "浙派工匠征求公安意见，一般多久能出结果？", "count", "征求意见的用时"),
    (D26, "第四届评上数字工匠，证书上盖的是哪家单位的章？", "procedure", "证书的印章"),
    (CT, "首席技师区里组织专家评议，评委的名单会不会对外公开？", "yes_no", "评委名单公开"),
    (C16, "杭州工匠的专家评审团队里，网络媒体的人占几个名额", "count", "评审团队构成的人数"),
    (D26, "第四届那个课程调查问卷，不填的话会不会影响认定？", "yes_no", "问卷的后果"),
    (ZJ, "浙派工匠的奖牌是啥材质的，金的还是铜的", "yes_no", "奖牌材质"),
    (CT, "首席技师材料装订成册以后，封面上要写啥？", "procedure", "封面内容"),
    (D23, "首届数字工匠的专家库是按什么比例抽专家的？", "procedure", "抽取比例"),
]
TWO = [  # two asks, both unwritten
    (D26, "第四届的创新培训营在哪里办？要住几天？", "place", "培训营地点、天数"),
    (ZJ, "浙派工匠专家评审是打分的吗？满分多少分？", "count", "打分、满分"),
    (C16, "首届杭州工匠的领导小组是哪几个部门组成的？审定的时候要投票吗", "procedure", "组成、投票"),
    (D26, "第四届数字工匠的初审是哪个处室在做？初审没过会不会通知本人？", "procedure", "处室、通知本人"),
    (ZJ, "浙派工匠的证书是省长签发的吗？颁奖大会在哪开", "place", "签发人、颁奖地点"),
    (D23, "首届数字工匠的提名奖有没有奖金？提名奖的证书是哪家单位发的", "yes_no", "提名奖奖金、发证单位"),
    (CT, "首席技师的评审会本人要不要到场？要准备几分钟的陈述？", "yes_no", "到场、陈述时长"),
    (CT, "首席技师专家评议的评委能不能是本单位的人？评委一共几个人", "count", "评委回避、人数"),
    (D26, "第四届数字工匠的公示在哪个网站上挂？公示期间有异议找哪个部门？", "place", "公示网站、异议受理"),
    (ZJ, "浙派工匠省里专家评审大概几月份开？评审要开几天？", "date", "月份、天数"),
    (C16, "杭州工匠个人自荐的，网上报名以后要不要再交纸质材料？交给哪个窗口？", "yes_no", "纸质材料、窗口"),
    (D26, "第四届数字工匠评上以后，创新培训营要自己出钱吗？培训完了发不发结业证？", "yes_no", "培训费、结业证"),
    (CT, "首席技师征求员工意见是开大会投票还是发问卷？要多少人同意才行", "yes_no", "征求意见的方式、同意人数"),
    (ZJ, "浙派工匠允许奖项空缺，那空出来的名额下一轮能补吗？会不会顺延给别的市", "yes_no", "空缺名额的去向"),
]
ANSWERED = [  # answerable neighbours: (programme, question, gold clauses, key facts, answer type, note)
    (D26, "第四届数字工匠的专家评审团队是由哪些人组成的", [f"{D26}#三/(二)/1/(2)"], ["数字领域知名专家"], "procedure",
     "answerable neighbour: 评审团队的组成"),
    (ZJ, "浙派工匠在本单位公示要公示几天？", [f"{ZJ}#四/(二)/1"], ["不少于5个工作日"], "count", "answerable neighbour: 单位公示天数"),
    (CT, "首席技师的材料要纸质的还是电子的？", [f"{CT}#三/(二)"], ["纸质材料和电子文档各一份"], "yes_no",
     "answerable neighbour: 材料形式"),
    (CT, "2021年首席技师一共认定几名？", [f"{CT}#四"], ["20名"], "count", "answerable neighbour: 认定人数"),
    (ZJ, "浙派工匠多少年评一次？", [f"{ZJ}#一"], ["每5年评选一次"], "count", "answerable neighbour: 评选周期"),
    (ZJ, "浙派工匠的评审专家是怎么产生的？", [f"{ZJ}#四/(四)"], ["随机抽取"], "procedure", "answerable neighbour: 专家的产生"),
    (CT, "首席技师协会推荐最多能推几个人？", [f"{CT}#四"], ["不超过2人"], "count", "answerable neighbour: 协会名额"),
    (CT, "首席技师送上去校验的佐证材料原件还还不还？", [f"{CT}#三/(一)"], ["将原件退回"], "yes_no", "answerable neighbour: 原件退回"),
    (D26, "第四届数字工匠一线技能人才要占多少比例", [f"{D26}#二"], ["不低于70%"], "count", "answerable neighbour: 一线比例"),
    (C16, "首届杭州工匠一共认定多少名？", [f"{C16}#二"], ["30名"], "count", "answerable neighbour: 认定人数"),
    (D26, "第四届的工作年限算到哪一天为止？", [f"{D26}#二"], ["2026年3月31日"], "date", "answerable neighbour: 年限计算截止日"),
    (D26, "第四届数字工匠最后名单是哪几家单位审定的？", [f"{D26}#三/(二)/1/(3)"], ["联合审定"], "procedure",
     "answerable neighbour: 审定单位"),
    (ZJ, "浙派工匠多少年评一次？专家评审要几票才能通过？", [f"{ZJ}#一"], ["每5年评选一次"], "count",
     "two asks, first answerable, second unwritten: 票数"),
    (D26, "第四届推荐表交到哪个部门？要不要胶装成册？", [f"{D26}#五"], ["市总工会经济工作部"], "place",
     "two asks, first answerable, second unwritten: 装订"),
    (CT, "首席技师报送截止到几号？联系电话是多少？", [f"{CT}#五"], ["7月15日", "87258538"], "date", "two asks, both answerable"),
    (ZJ, "浙派工匠奖金多少？单位内部公示几天？", [f"{ZJ}#五", f"{ZJ}#四/(二)/1"], ["1万元"], "money", "two asks, both answerable"),
]
rows = [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
             answer_type=t, note=NOTE + "one ask, unwritten: " + a) for p, q, t, a in ONE]
rows += [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
              answer_type=t, note=NOTE + "two asks, both unwritten: " + a) for p, q, t, a in TWO]
rows += [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False, answer_type=t,
              note=NOTE + n) for p, q, g, k, t, n in ANSWERED]
# 回避 was written as unwritten, but 浙派's 六/(一) 建立回避机制 states it: relabelled (after the first run, before any
# code change) as a neighbour that must be answered, in its place so the split is unchanged
rows[2] = dict(kind="fact", question=rows[2]["question"], program=ZJ, gold_clause_ids=[f"{ZJ}#六/(一)"],
               key_facts=["应当主动申请回避"], expect_refusal=False, answer_type="yes_no",
               note=NOTE + "answerable neighbour: 回避 (relabelled: 六/(一) states it)")
assert len(rows) == 50, len(rows)
write(rows, prefix="qp-", start=2300, seed=2300)
