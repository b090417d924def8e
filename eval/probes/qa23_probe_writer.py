"""qa23 probe qp-3030…3069: false premises, questions the notices are silent on, and comparisons.

14 false premises corrected by the notice's own words: a certainty (报上去就能评上), a number (caps per recommending
body, the sum, how often), a place or channel (where the papers go, who may recommend), who organises, how long the
publicity runs. 12 questions the notice does not answer (a fee, a term of validity, a date of results, taxes, the
length of a course): said as silent, not answered. 4 yes/no facts the notice does answer, asked so that a refusal is
tempting: they must not be refused. 10 comparisons whose answer must hold each side's clause on the asked attribute;
two with one side silent (no gold, no key fact there).

Written from the five notices before any code change (by one who had read the code: not blind). Split by
random.Random(3030): the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.qa23_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import qa_row, write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "qa23 probe (seed 3030): "
FALSE = [  # (programme, question, gold clauses, key facts, answer type, what is false)
    (D26, "第四届数字工匠只要推上去了 是不是就肯定能当上", [f"{D26}#三/(一)", f"{D26}#三/(二)/1/(2)"],
     ["不超过 4 名", "专家评审团队"], "yes_no", "certainty: caps and expert review"),
    (ZJ, "浙派工匠名额有五十个 报上去的应该都能评上吧", [f"{ZJ}#四/(四)"], ["允许奖项空缺"], "yes_no",
     "certainty: review may leave places empty"),
    (CT, "首席技师单位推了就算数了吧 后面不用再评了", [f"{CT}#三/(二)"], ["组织专家对申报人选进行评议"], "yes_no",
     "certainty: experts assess after the unit"),
    (C16, "杭州工匠评上了每个月发两万块是吧", [f"{C16}#七"], ["一次性奖励20000元"], "money", "a one-off sum said monthly"),
    (D23, "首届数字工匠推荐材料是不是要送到市人社局窗口去", [f"{D23}#三"], ["杭州市数字经济行业工会联合会"], "place",
     "place: sent by e-mail to the union federation"),
    (D26, "第四届数字工匠推荐表是发邮箱的吧 邮箱多少", [f"{D26}#五"], ["市总工会经济工作部"], "place",
     "channel: no mailbox, sent to a department"),
    (CT, "首席技师的材料是个人自己直接寄到市人社局的吧", [f"{CT}#三/(一)"], ["一并盖章后报送上级部门"], "channel",
     "channel: the unit sends, to the body above"),
    (D26, "第四届数字工匠每个区最多就推两个 是这样吧", [f"{D26}#三/(一)"], ["不超过 4 名"], "count", "cap per district"),
    (D23, "首届数字工匠滨江区也只能推20个吧", [f"{D23}#三", f"{D23}#附件1/三/(一)"], ["不超过30名"], "count",
     "cap of the leading districts"),
    (CT, "首席技师行业协会能推四个人吧", [f"{CT}#四"], ["不超过 2 人"], "count", "cap of associations"),
    (ZJ, "浙派工匠是三年评一回吧 这回没赶上就等下回", [f"{ZJ}#一"], ["每 5年评选一次"], "frequency", "how often"),
    (C16, "杭州工匠认定是市人社局牵头组织的吧", [f"{C16}#六/1"], ["市总工会负责“杭州工匠”认定的组织、协调和统筹"],
     "organiser", "who organises"),
    (ZJ, "浙派工匠省里公示就三天吧", [f"{ZJ}#四/(五)"], ["公示时间不少于 5个工作日"], "duration", "publicity length"),
    (C16, "首届杭州工匠只能单位推 协会推不了是吧", [f"{C16}#四/(二)"], ["行业协会等社会团体可申报推荐"], "channel",
     "a channel said to be barred"),
]
SILENT = [  # (programme, question, answer type): the notice does not say
    (CT, "首席技师评上以后给不给发钱 发多少", "money"),
    (ZJ, "浙派工匠的评审专家一共有几个人", "count"),
    (C16, "杭州工匠社会公示要公示几天", "duration"),
    (CT, "首席技师评上了有效期几年 过几年要不要复审", "yes_no"),
    (D26, "第四届数字工匠的结果大概啥时候公布", "date"),
    (ZJ, "浙派工匠能不能两个人合起来报一个项目", "yes_no"),
    (CT, "首席技师报名要不要交报名费", "yes_no"),
    (C16, "评上杭州工匠以后能不能落户口", "yes_no"),
    (D26, "第四届数字工匠那个创新培训营要去几天", "duration"),
    (ZJ, "浙派工匠那一万块奖金要不要交税", "yes_no"),
    (CT, "首席技师要面试吗 在哪里考", "place"),
    (D26, "第四届数字工匠 我们一个公司最多能推几个人", "count"),
]
ANSWERED = [  # (programme, question, gold clauses, key facts): stated, so not to be refused
    (CT, "首席技师证书网上能查到的 复印件还要交吗", [f"{CT}#三/(二)"], ["可通过网上校验的无需提供"]),
    (C16, "杭州工匠我拿过市里技能比赛第一名 这个算不算数", [f"{C16}#三/(二)/5"], ["获得过市级职业技能大赛第1名"]),
    (D23, "首届数字工匠拿了提名奖的人 以后还能再评吗", [f"{D23}#附件1/一"], ["今后可继续参评"]),
    (ZJ, "浙派工匠评上了以后会不会被收回", [f"{ZJ}#六/(三)"], ["撤销其所获表彰奖励"]),
]
COMPARE = [  # (question, gold clauses, key facts): a silent side has no gold and no key fact
    ("首席技师和杭州工匠 各评多少个", [f"{CT}#四", f"{C16}#二"], ["20 名", "30名"]),
    ("浙派和首届数字工匠 干本行要干几年才够", [f"{ZJ}#三/(一)", f"{D23}#二"],
     ["从事本职业（工种）5年以上", "从事数字经济行业工作一般在5年以上"]),
    ("第四届数字工匠跟首席技师 区里各能推几个", [f"{D26}#三/(一)", f"{CT}#四"], ["不超过 4 名", "不超过 4 人"]),
    ("杭州工匠跟浙派工匠 公示的方式有啥不一样", [f"{C16}#五", f"{ZJ}#四/(五)"],
     ["本市报纸、电视、网络等渠道进行社会公示", "在全省范围内进行公示"]),
    ("首席技师跟第四届数字工匠 截止日期哪个早", [f"{CT}#五", f"{D26}#五"], ["7 月 15 日", "4月10日前"]),
    ("杭州工匠跟首席技师 年龄卡不卡", [f"{C16}#三/(二)"], ["60周岁以下"]),
    ("浙派工匠和首席技师 要的等级证一样吗", [f"{ZJ}#三/(一)", f"{CT}#二"],
     ["高级技师以上职业资格", "技师及以上国家职业资格证书"]),
    ("首届杭州工匠和浙派工匠 最后是谁拍板", [f"{C16}#五", f"{ZJ}#四/(六)"], ["领导小组讨论审定", "报请省政府批准公布"]),
    ("两届数字工匠 评上以后的待遇有啥区别", [f"{D23}#附件1/四", f"{D26}#四"], ["颁发证书、奖牌、纪念品", "创新培训营"]),
    ("杭州工匠和浙派工匠 外国籍的能不能报", [f"{C16}#三/(一)"], ["应具有中国国籍"]),
]
rows = [qa_row("false_premise", p, q, g, k, t, NOTE + "a false premise corrected first: " + what)
        for p, q, g, k, t, what in FALSE]
rows += [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
              answer_type=t, note=NOTE + "the notice does not say: said as silent first") for p, q, t in SILENT]
rows += [qa_row("fact", p, q, g, k, "yes_no", NOTE + "a yes/no fact the notice answers: not refused")
         for p, q, g, k in ANSWERED]
rows += [qa_row("comparison", None, q, g, k, "difference", NOTE + "a comparison; each side's clause on the attribute")
         for q, g, k in COMPARE]

if __name__ == "__main__":
    write(rows, prefix="qp-", start=3030, seed=3030)
