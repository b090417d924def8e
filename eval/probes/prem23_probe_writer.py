"""prem23 probe qp-2870…2909: premises stated as background and then asked on, and comparisons said loosely.

22 premises: 18 false (a threshold said in words, who recommends or organises, the channel, the edition that is
current, a right number from the wrong programme, the premise in the second half of two asks; most not marked by
对吧/是吧) and 4 right ones, which must be confirmed with the notice's value, not corrected. 18 comparisons of the two
数字工匠 editions, 杭州工匠 2016 with 首席技师 2021, 浙派 with either, on conditions, quotas, dates, prizes and who may
apply, five with one side silent, several said without 和/比.

Written from the five notices before any code change (by someone who has read the code, so not blind). Split by
random.Random(2870): the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.prem23_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "prem23 probe (seed 2870): "
FALSE = [  # (programme, message, gold clauses, key facts, answer type, shape)
    (C16, "既然首届杭州工匠要满四十岁才能报，那我三十八岁是不是得再等两年", [f"{C16}#三/(二)"], ["60周岁以下"], "age",
     "background premise, age threshold in words"),
    (CT, "听说首席技师今年只收纸质材料，那电子版是不是就不用弄了", [f"{CT}#三/(二)"], ["纸质材料和电子文档各一份"],
     "materials", "background premise, channel"),
    (ZJ, "我知道浙派工匠的证书是省人力社保厅发的，那奖金是多少", [f"{ZJ}#五"], ["省政府批准授予", "1万元"], "body",
     "background premise, who awards"),
    (C16, "杭州工匠得在杭州干满十五年，我干了十二年是不是没戏了", [f"{C16}#三/(二)"], ["不少于10年"], "duration",
     "threshold in words, then the asker's case"),
    (ZJ, "浙派工匠要干本行满八年以上，我才六年就别想了吧", [f"{ZJ}#三/(一)"], ["5年以上"], "duration",
     "threshold in words, then the asker's case"),
    (D23, "首届数字工匠是市人社局推荐上去的，我们单位是不是要去找人社局", [f"{D23}#三"], ["各区县（市）总工会"], "body",
     "who recommends, stated as background"),
    (CT, "首席技师是市总工会组织的，推荐材料最后往总工会交就行了吧", [f"{CT}#三/(二)"], ["报市人力社保局"], "place",
     "who organises and where papers go"),
    (D23, "首届数字工匠是交纸质材料到工会的，地址在哪里", [f"{D23}#三"], ["szjjtu@vip.163.com"], "channel",
     "channel stated as background"),
    (D26, "第四届数字工匠要在杭全职工作两年以上，我刚满一年半是不是不行", [f"{D26}#二"], ["在杭全职工作1年以上"],
     "duration", "right number, other edition"),
    (CT, "首席技师要求高级技师以上，我只有技师证能报吗", [f"{CT}#二"], ["技师及以上"], "level",
     "right level, other programme"),
    (ZJ, "浙派工匠全省才评30名，我们市能分到几个", [f"{ZJ}#一"], ["50名"], "count", "right number, other award"),
    (D26, "第四届数字工匠推荐表交到哪？我记得截止是4月30号", [f"{D26}#五"], ["4月10日"], "date",
     "premise in the second ask"),
    (CT, "首席技师要什么证书？听说各区只能推两个人", [f"{CT}#四"], ["不超过 4 人"], "count",
     "premise in the second ask, right number of the associations"),
    (C16, "杭州工匠这次认定50名，我们区能推几个", [f"{C16}#二"], ["30名"], "count", "background premise, quota"),
    (ZJ, "浙派工匠是市人社局组织专家评审的，那评审专家怎么选出来", [f"{ZJ}#四/(四)"], ["省人力社保厅"], "organiser",
     "who organises, stated as background"),
    (D23, "首届数字工匠是认定30名的，我们单位能推几个", [f"{D23}#前言"], ["50名"], "count",
     "background premise, quota"),
    (C16, "首届杭州工匠个人不能自己报名，只能单位推，那我怎么让单位推我", [f"{C16}#四/(四)"], ["自荐报名"], "rule",
     "a channel said to be barred"),
    (ZJ, "浙派工匠退休了也能推荐的对吧，我师傅去年刚退", [f"{ZJ}#三"], ["退休人员不作为推荐对象"], "rule",
     "who may apply, with 对吧"),
]
RIGHT = [
    (C16, "既然杭州工匠要60周岁以下，那我五十五岁还来得及吧", [f"{C16}#三/(二)"], ["60周岁以下"], "age",
     "right premise as background"),
    (CT, "我知道首席技师是7月15日截止，材料寄到哪个地址", [f"{CT}#五"], ["7 月 15 日", "解放东路 18 号"], "place",
     "right premise then a second ask"),
    (ZJ, "浙派工匠五年评一次，奖金给多少", [f"{ZJ}#一", f"{ZJ}#五"], ["1万元"], "money", "right premise then an ask"),
    (D26, "第四届数字工匠在杭全职一年以上就行，那从事数字经济要几年", [f"{D26}#二"], ["5年以上"], "duration",
     "right premise then an ask"),
]
COMPARE = [  # (message, gold clauses, key facts, shape)
    ("首届跟这届数字工匠 年限上有啥不一样", [f"{D26}#二", f"{D23}#二", f"{D23}#附件1/二"],
     ["在杭全职工作1年以上", "在杭全职工作2年以上"], "two editions, no 和/比"),
    ("首席技师要技师证 杭州工匠呢", [f"{CT}#二", f"{C16}#三/(二)"], ["技师及以上"], "one side silent, no 和/比"),
    ("杭州工匠奖两万，首席技师奖多少", [f"{C16}#七"], ["20000元"], "one side silent: money"),
    ("浙派工匠要干五年，杭州工匠要干几年", [f"{ZJ}#三/(一)", f"{C16}#三/(二)"], ["5年以上", "不少于10年"],
     "years, the other side asked"),
    ("首届数字工匠认定多少人，第四届呢", [f"{D23}#前言"], ["50名"], "one side silent: total quota"),
    ("首席技师全市认定几个，浙派工匠全省几个", [f"{CT}#四", f"{ZJ}#一"], ["20 名", "50名"], "quota, no 和/比"),
    ("产业工会推荐人数，首届数字工匠跟第四届各是多少", [f"{D23}#三", f"{D26}#三/(一)"], ["一般不超过5名", "不超过 3 名"],
     "two editions: quota of one recommender"),
    ("杭州工匠的年龄限制 浙派工匠有没有", [f"{C16}#三/(二)"], ["60周岁以下"], "one side silent: age"),
    ("浙派工匠评审结果公示多少天，首届数字工匠公示多久", [f"{ZJ}#四/(五)"], ["不少于 5个工作日"],
     "one side silent: duration"),
    ("首届杭州工匠材料交到哪，首席技师交到哪", [f"{C16}#附件", f"{CT}#三/(二)"], ["市总技协办", "报市人力社保局"],
     "place, no 和/比"),
    ("两届数字工匠的推荐截止时间分别是哪天", [f"{D23}#三", f"{D26}#五"], ["2023年3月31日", "4月10日"],
     "two editions: deadline"),
    ("首席技师跟浙派工匠在职业资格上要求一样吗", [f"{CT}#二", f"{ZJ}#三/(一)"], ["技师及以上", "高级技师以上职业资格"],
     "level"),
    ("杭州工匠2016年那次和浙派工匠，奖金差多少", [f"{C16}#七", f"{ZJ}#五"], ["20000元", "1万元"], "money"),
    ("滨江区推荐数字工匠，第一届能推多少个，这一届呢", [f"{D23}#三", f"{D26}#三/(一)"], ["不超过30名", "不超过 6 名"],
     "two editions: a district's quota"),
    ("浙派工匠谁组织专家评审，首届数字工匠又是谁主办的", [f"{ZJ}#四/(四)", f"{D23}#前言"],
     ["省人力社保厅", "杭州市总工会政研室、杭州市经信工会主办"], "organiser"),
    ("退休的能不能评，浙派工匠跟第四届数字工匠说法一样吗", [f"{ZJ}#三", f"{D26}#二"], ["退休人员不作为推荐对象", "在职职工"],
     "who may apply"),
    ("杭州工匠首届是啥时候完成认定的，首届数字工匠发布会又是啥时候", [f"{C16}#五", f"{D23}#前言"],
     ["2017年4月底前完成", "2023年五一节"], "dates"),
    ("首席技师那边行业协会能推几个，首届数字工匠行业协会呢", [f"{CT}#四", f"{D23}#三"], ["不超过 2 人", "10名左右"],
     "quota of associations, no 和/比"),
]
rows = [dict(kind="false_premise", question=q, program=p, gold_clause_ids=g, key_facts=f, expect_refusal=False,
             answer_type=t, note=NOTE + v) for p, q, g, f, t, v in FALSE]
rows += [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=f, expect_refusal=False, answer_type=t,
              note=NOTE + v) for p, q, g, f, t, v in RIGHT]
rows += [dict(kind="comparison", question=q, program=None, gold_clause_ids=g, key_facts=f, expect_refusal=False,
              answer_type="difference", note=NOTE + v) for q, g, f, v in COMPARE]
assert len(rows) == 40, len(rows)
write(rows, prefix="qp-", start=2870, seed=2870)
