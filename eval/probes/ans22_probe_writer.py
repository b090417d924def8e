"""ans22 probe qp-2790…: questions the notice answers, asked loosely — procedure in HR staff's words, rules asked
about the asker's own case, the form itself (字数, 份数, 盖章, 电子版) and both sides of a comparison — beside
near questions the notice leaves open, which must stay refused.

On the QA test half about 25 answerable rows were turned away as "通知没有写明" by the gates added for unanswerable
questions; these rows measure that false-refusal rate and which gate refuses. Written from the five notices before
any code change (by someone who has read the code, so not blind). Split by random.Random(2790): the first half dev
(A, tuned on), the rest test (B, held out). Run from the repo root: python -m eval.probes.ans22_probe_writer prints
the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "ans22 probe (seed 2790): "
ANSWERED = [  # (kind, programme, message, gold clauses, key facts, answer type, voice)
    ("process", CT, "首席技师的材料弄好了先交到哪里去，我们是企业人事", [f"{CT}#三/(一)", f"{CT}#三/(二)"], ["上级部门"],
     "place", "procedure asked loosely by HR"),
    ("process", C16, "杭州工匠报上去之后还有啥环节", [f"{C16}#五"], ["专家评审", "社会公示"], "procedure",
     "procedure asked loosely by HR"),
    ("process", D26, "第四届数字工匠材料啥时候得交上去，交给哪个部门", [f"{D26}#五"], ["4月10日", "市总工会经济工作部"],
     "date", "procedure asked loosely by HR, two asks"),
    ("process", ZJ, "浙派工匠单位里定了人以后要不要先公示一下，公示多久", [f"{ZJ}#四/(二)/1"], ["不少于 5个工作日"],
     "duration", "procedure asked loosely by HR, two asks"),
    ("process", CT, "首席技师表填好了是不是得先盖章再往上报", [f"{CT}#三/(一)", f"{CT}#三/(二)"], ["盖章"], "yes_no",
     "procedure asked loosely by HR"),
    ("process", D23, "首届数字工匠推荐表弄完发给谁啊", [f"{D23}#三", f"{D23}#附件1/三/(一)"], ["szjjtu@vip.163.com"],
     "place", "procedure asked loosely by HR"),
    ("process", ZJ, "浙派工匠推到省里以后专家是怎么定的", [f"{ZJ}#四/(四)"], ["随机抽取"], "procedure",
     "procedure asked loosely by HR"),
    ("process", CT, "首席技师我们厂里头要走什么流程才能把人报上去", [f"{CT}#三/(一)"], ["征求本单位员工意见"],
     "procedure", "procedure asked loosely by HR"),
    ("process", C16, "杭州工匠除了单位推，个人能不能自己报，在哪报", [f"{C16}#四/(四)"], ["http://www.hzzgjx.org/"],
     "place", "procedure asked loosely, two asks"),
    ("fact", D26, "我们是区总工会的，第四届数字工匠最多能推几个人", [f"{D26}#三/(一)", f"{D26}#三"], ["不超过 4 名"],
     "count", "quota asked by HR"),
    ("fact", C16, "我们单位没建工会，我还能报杭州工匠吗", [f"{C16}#三/(一)", f"{C16}#三"], ["必须是工会会员"], "yes_no",
     "rule asked in the asker's own case"),
    ("fact", D26, "我在杭州全职才干了八个月，第四届数字工匠够不够格", [f"{D26}#二"], ["在杭全职工作1年以上"], "yes_no",
     "rule asked in the asker's own case"),
    ("fact", ZJ, "我去年刚退休又被厂里返聘回来了，浙派工匠还能推我吗", [f"{ZJ}#三"], ["退休人员不作为推荐对象"],
     "yes_no", "rule asked in the asker's own case"),
    ("fact", CT, "我已经是浙江省首席技师了，杭州市的还能再报一次吗", [f"{CT}#一"], ["不得申报"], "yes_no",
     "rule asked in the asker's own case"),
    ("fact", CT, "我自己接活干的没挂单位，首席技师能申请吗", [f"{CT}#一"], ["自由职业者也可申请认定"], "yes_no",
     "rule asked in the asker's own case"),
    ("fact", C16, "我今年都62了，杭州工匠卡不卡年龄", [f"{C16}#三/(二)", f"{C16}#三"], ["60周岁以下"], "age",
     "rule asked in the asker's own case"),
    ("fact", ZJ, "我手上就一个技师证，高级技师还没考，浙派工匠够得上吗", [f"{ZJ}#三/(一)", f"{ZJ}#三"], ["高级技师以上"],
     "yes_no", "rule asked in the asker's own case"),
    ("fact", D23, "首届数字工匠在杭州要干满几年，我才一年半", [f"{D23}#二", f"{D23}#附件1/二"], ["在杭全职工作2年以上"],
     "duration", "rule asked in the asker's own case"),
    ("form_limit", D26, "第四届数字工匠推荐表里主要事迹那栏能写多长", [f"{D26}#附件"], ["300字以内"], "count",
     "the form itself"),
    ("form_limit", C16, "杭州工匠申报表要交几份，电子版要不要", [f"{C16}#附件"], ["一式两份", "电子档"], "count",
     "the form itself, two asks"),
    ("form_limit", CT, "首席技师汇总表获得荣誉那一格字数有没有限制", [f"{CT}#附件1"], ["300字以内"], "count",
     "the form itself"),
    ("form_limit", D23, "首届数字工匠汇总表主要成果填几项合适", [f"{D23}#附件3", f"{D23}#附件2"], ["不超过3项"], "count",
     "the form itself"),
    ("form_limit", CT, "首席技师那堆材料是交纸的还是交电子的", [f"{CT}#三/(二)"], ["纸质材料和电子文档各一份"], "choice",
     "the form itself"),
    ("deadline", CT, "首席技师几号截止？材料电子版发哪个邮箱", [f"{CT}#五"], ["7 月 15 日", "154422750@qq.com"], "date",
     "deadline and channel, two asks"),
    ("deadline", D23, "首届数字工匠推荐截到哪天，有问题找谁", [f"{D23}#三", f"{D23}#附件1/三/(一)"],
     ["2023年3月31日", "18757198625"], "date", "deadline and contact, two asks"),
    ("comparison", None, "首席技师和浙派工匠这次各评多少人", [f"{CT}#四", f"{ZJ}#一"], ["20 名", "50名"], "difference",
     "both sides of a comparison: quota"),
    ("comparison", None, "杭州工匠和浙派工匠对干这行的年头要求差多少", [f"{C16}#三/(二)", f"{ZJ}#三/(一)"],
     ["不少于10年", "5年以上"], "difference", "both sides of a comparison: years"),
    ("comparison", None, "第四届和首届数字工匠在杭州要干满的年限一样吗", [f"{D26}#二", f"{D23}#二", f"{D23}#附件1/二"],
     ["在杭全职工作1年以上", "在杭全职工作2年以上"], "difference", "both sides of a comparison: years"),
    ("comparison", None, "首席技师是哪个部门搞的，杭州工匠又是谁牵头", [f"{CT}#前言", f"{C16}#六", f"{C16}#六/1"],
     ["杭州市人力资源和社会保障局", "市总工会负责"], "difference", "both sides of a comparison: organiser"),
    ("comparison", None, "浙派工匠奖一万，杭州工匠奖多少", [f"{C16}#七", f"{ZJ}#五"], ["20000元"], "difference",
     "the other side of a comparison: money"),
    ("comparison", None, "滨江区推数字工匠，首届跟第四届名额分别多少",
     [f"{D26}#三/(一)", f"{D23}#三", f"{D23}#附件1/三/(一)"], ["不超过 6 名", "不超过30名"], "difference",
     "both sides of a comparison: quota"),
    ("comparison", None, "杭州工匠跟首席技师年纪上有没有限制，分别说一下", [f"{C16}#三/(二)", f"{CT}#二"], ["60周岁以下"],
     "difference", "both sides of a comparison: age, one side silent"),
]
OPEN = [  # (programme, message, answer type, what is asked)
    (C16, "杭州工匠申报表后面要不要附身份证复印件", "yes_no", "身份证复印件"),
    (D26, "第四届数字工匠材料是寄快递还是要当面送过去", "choice", "送达方式"),
    (CT, "首席技师申报表要不要用A4纸双面打印", "yes_no", "纸张"),
    (ZJ, "浙派工匠评上以后每个月还有津贴拿吗", "money", "月津贴"),
    (D23, "首届数字工匠推荐表上的照片要几寸的", "count", "照片尺寸"),
    (C16, "我是劳务派遣的，杭州工匠认不认我是这个单位的职工", "yes_no", "派遣工的单位归属"),
    (CT, "首席技师评上以后有效期几年，到期要不要复审", "duration", "有效期"),
    (D26, "第四届数字工匠初审没过可以申请复核吗", "yes_no", "复核"),
]
rows = [dict(kind=k, question=q, program=p, gold_clause_ids=g, key_facts=f, expect_refusal=False, answer_type=t,
             note=NOTE + v) for k, p, q, g, f, t, v in ANSWERED]
rows += [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
              answer_type=t, note=NOTE + "unwritten beside a rule: " + a) for p, q, t, a in OPEN]
assert len(rows) == 40, len(rows)
write(rows, prefix="qp-", start=2790, seed=2790)
