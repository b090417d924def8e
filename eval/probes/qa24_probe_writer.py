"""qa24 probe qp-2910…: false premises whose asserted value must be compared with the notice's value of the same
type, where the type is easy to misread. Three shapes:

- a qualifier hidden inside other words: "三个人组队…团体第一" holds 个人 in 三个人, "我个人觉得" holds it too, so a
  团体-versus-个人 premise must not be read as agreeing with the notice's 个人第一名;
- a count of kinds ("分成四大类", "就三个环节") against the notice's count of the same kinds (五大类, 四个环节);
- a rule said as absolute ("一律不能", "一点口子都没有", "少一天都不行", "硬杠杠") where the notice qualifies it
  (原则上, 一般, an exception written beside it).

Controls: the same shapes said truly (个人第一名 with 三个人 in the sentence, 五大类, 原则上) are answered, not
corrected, so correcting more cannot win.

Written 2026-12-07 from the five notices before any code change, by someone who had read the code (not blind).
Split by random.Random(2910): the first half dev (tuned on), the rest test (held out). Run from the repo root:
python -m eval.probes.qa24_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import qa_row, write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "qa24 probe (seed 2910): "
FALSE = [  # (programme, message, gold clauses, key facts, answer type, shape)
    (D26, "我们两个人搭档拿的省数字经济竞赛团体第一，第四届直接认定也算的吧", [f"{D26}#一"], ["个人第一名"], "yes_no",
     "qualifier hidden in a count"),
    (D26, "去年市里数字经济技能竞赛我们四个人一队拿了团体冠军，按第四届能直接认定对吧", [f"{D26}#一"], ["个人第一名"],
     "yes_no", "qualifier hidden in a count"),
    (D26, "我个人觉得团体赛比个人赛还难，第四届直接认定团体第一名也认的吧", [f"{D26}#一"], ["个人第一名"], "yes_no",
     "qualifier said as 我个人"),
    (D26, "我们五个人一个班组参加省数字经济行业竞赛拿了团体第一，第四届直接认定为数字工匠没问题吧", [f"{D26}#一"],
     ["个人第一名"], "yes_no", "qualifier hidden in a count"),
    (D26, "第四届竞赛直接认定那条，团体赛第一名的几个人都能认，是吧", [f"{D26}#一"], ["个人第一名"], "yes_no",
     "qualifier hidden in a count word"),
    (D23, "首届数字工匠方案里把数字经济产业分成三大类的吧", [f"{D23}#附件1/一"], ["五大类"], "count", "count of kinds"),
    (D23, "首届数字工匠讲的数字经济产业一共就四类，对吧，我们做数据标注的算哪类", [f"{D23}#附件1/一"], ["五大类"],
     "count", "count of kinds"),
    (D23, "我们区里培训说首届数字工匠的数字经济产业分六大类，是这样吧", [f"{D23}#附件1/一"], ["五大类"], "count",
     "count of kinds"),
    (C16, "杭州工匠认定就三个环节吧，审核、评审、审定", [f"{C16}#五"], ["四个环节"], "count", "count of steps"),
    (C16, "首届杭州工匠的认定是分五个环节走的对吧", [f"{C16}#五"], ["四个环节"], "count", "count of steps"),
    (D26, "第四届机关和参公事业单位的人一律不能推荐，一点口子都没有的吧", [f"{D26}#二"], ["原则上不予推荐"], "yes_no",
     "absolute said, 原则上 written"),
    (D23, "首届数字工匠国企领导一律不让报，绝对没有例外对吧", [f"{D23}#二", f"{D23}#附件1/二"], ["原则上不予推荐"],
     "yes_no", "absolute said, 原则上 written"),
    (D23, "我在参公事业单位，首届数字工匠我们这种人是绝对不能推荐的吧", [f"{D23}#二", f"{D23}#附件1/二"],
     ["原则上不予推荐"], "yes_no", "absolute said, 原则上 written"),
    (D26, "第四届数字工匠从事数字经济满5年是硬杠杠，差一个月都不行吧", [f"{D26}#二", f"{D26}#二/(三)"],
     ["一般在5年以上"], "yes_no", "absolute said, 一般 written"),
    (ZJ, "浙派工匠本工种必须干满5年，少一天都不行的吧", [f"{ZJ}#三/(一)"], ["原则上从事本职业（工种）5年以上"],
     "yes_no", "absolute said, 原则上 written"),
    (CT, "首席技师每个区人社部门最多推4个，硬性规定，多一个都不行吧", [f"{CT}#四"], ["一般分别不超过 4 人"], "yes_no",
     "absolute said, 一般 written"),
    (C16, "杭州工匠过了60岁的绝对不能报，一点例外都没有吧", [f"{C16}#三/(二)"], ["有突出贡献的可不受年龄限制"],
     "yes_no", "absolute said, an exception written"),
    (D26, "第四届推荐对象必须是工会会员，不是会员的绝对不行吧", [f"{D26}#二"], ["原则上应为杭州市在职职工、工会会员"],
     "yes_no", "absolute said, 原则上 written"),
    (CT, "首席技师各类协会跟区里一样，最多也能推4个人吧", [f"{CT}#四"], ["不超过 2 人"], "count",
     "a count said of the wrong holder"),
    (D26, "第四届一线技能人才的认定比例至少一半对吧", [f"{D26}#二"], ["不低于 70%"], "count", "a share said in words"),
    (ZJ, "浙派工匠每次评30名工匠、50个培育单位，是吧", [f"{ZJ}#一"], ["50名", "30个"], "count", "two counts swapped"),
    (C16, "首届杭州工匠只收单位推荐和个人自荐，学会协会这种社团一律不收吧", [f"{C16}#四/(二)"], ["社会团体可申报推荐"],
     "yes_no", "absolute said, a route written"),
    (D26, "我们三个人一起做的项目拿了国家级科技进步奖，第四届(三)要国家级的奖才算吧", [f"{D26}#二/(三)"],
     ["省级及以上科学技术类奖项"], "level", "level premise with a count beside it"),
    (D23, "首届数字工匠区县总工会最多推20个，一个都不能多吧", [f"{D23}#附件1/三/(一)", f"{D23}#三"], ["不超过30名"], "count",
     "absolute said, an exception written"),
]
TRUE = [  # (kind, programme, message, gold clauses, key facts, answer type, shape)
    ("fact", D26, "我们三个人一起参赛，我拿的是个人第一名，第四届直接认定要的就是个人第一名对吧", [f"{D26}#一"],
     ["个人第一名"], "yes_no", "true qualifier with a count beside it"),
    ("fact", D23, "首届数字工匠的数字经济产业分五大类对吧", [f"{D23}#附件1/一"], ["五大类"], "count",
     "true count of kinds"),
    ("fact", D26, "第四届机关工作人员原则上不予推荐的吧", [f"{D26}#二"], ["原则上不予推荐"], "yes_no",
     "true qualified rule"),
    ("fact", C16, "杭州工匠个人也可以自己在网上自荐报名的吧", [f"{C16}#四/(四)"], ["自荐报名"], "yes_no",
     "true route"),
    ("fact", C16, "首届杭州工匠认定是四个环节对吧", [f"{C16}#五"], ["四个环节"], "count", "true count of steps"),
    ("fact", ZJ, "浙派工匠原则上要干本工种5年以上的吧", [f"{ZJ}#三/(一)"], ["原则上从事本职业（工种）5年以上"],
     "yes_no", "true qualified rule"),
    ("fact", D26, "第四届竞赛个人第一名直接认定的，申报时不占推荐名额对吧", [f"{D26}#三/(一)"], ["不占推荐名额"],
     "yes_no", "true rule"),
    ("fact", CT, "首席技师各类协会一般最多推2个人，是吧", [f"{CT}#四"], ["不超过 2 人"], "count", "true count"),
    ("fact", D26, "第四届40周岁以下青年技能人才认定比例不低于35%，对吧", [f"{D26}#二"], ["不低于 35%"], "count",
     "true share"),
    ("fact", ZJ, "浙派工匠评审结果公示时间不少于5个工作日，对吧", [f"{ZJ}#四/(五)"], ["不少于 5个工作日"], "count",
     "true count"),
    ("fact", D23, "首届数字工匠，我们两个人都拿过省赛前五名的徒弟，培养人才那条要的是前五名吧", [f"{D23}#附件1/二/(四)", f"{D23}#二/4"],
     ["前五名"], "yes_no", "true placing with a count beside it"),
    ("fact", C16, "杭州工匠有突出贡献的可以不受年龄限制，是这样吧", [f"{C16}#三/(二)"], ["有突出贡献的可不受年龄限制"],
     "yes_no", "true exception"),
    ("fact", D26, "第四届(三)里获得过省级及以上科学技术类奖项的，可不受工作年限限制对吧", [f"{D26}#二/(三)"],
     ["可不受工作年限限制"], "yes_no", "true waiver"),
    ("fact", D23, "首届数字工匠各产业工会一般不超过5名对吧", [f"{D23}#附件1/三/(一)", f"{D23}#三"], ["不超过5名"], "count",
     "true count"),
    ("fact", CT, "首席技师今年认定20名，是吧", [f"{CT}#四"], ["20 名"], "count", "true count"),
    ("fact", ZJ, "浙派工匠每5年评选一次对吧", [f"{ZJ}#一"], ["每 5年评选一次"], "count", "true frequency"),
]
rows = [qa_row("false_premise", p, q, g, f, t, NOTE + s) for p, q, g, f, t, s in FALSE]
rows += [qa_row(k, p, q, g, f, t, NOTE + s) for k, p, q, g, f, t, s in TRUE]
assert len(rows) == 40, len(rows)
write(rows, prefix="qp-", start=2910, seed=2910)
