"""parts14 probe qp-1870…1899: several asks in one message, written in applicants' voice (context the notice confirms,
then asks near what it says). 20 where every ask is unwritten (one refusal, no citation): a later ask names no thing
of its own and asks an attribute (几天, 谁出钱, 在哪, 多少人, 多少字) that a nearby sentence holds of a DIFFERENT
thing (公示 5 个工作日 for "公安几天出意见", 一式两份 for "附几页"). 10 where one ask IS answered beside an unwritten
one (over-refusal).

Written from the five notices before any code change. Split by random.Random(2221): the first half dev (A), the rest
test (B). Run from the repo root: python -m eval.probes.parts14_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021", "zj_craftsman_2023"
S = [  # every ask unwritten: (question, program, answer type, what is not written)
 ("我们单位去年有个小伙子评上了第四届数字工匠，通知里说评上的要参加创新培训营。他问我培训营一般要办几天？在杭州还是要去外地，住宿费要不要自己掏的？",
  D26, "yes_no", "培训营天数、地点、住宿费"),
 ("杭州工匠评上了除了两万块，还同时给杭州市五一劳动奖章，这个我们工会都晓得的。那奖章一般是哪天颁？要本人去现场领，还是寄到单位？",
  C16, "date", "奖章颁发日期和领取方式"),
 ("浙派工匠每人奖励1万元我看到了，我们人事在问，这笔钱是直接打到本人卡上还是先拨到单位？要不要扣个税的？",
  ZJ, "yes_no", "奖金发放途径和个税"),
 ("首席技师申报表后面那张经历表每行都有个证明人，我十几年前那个厂都倒闭了。证明人要找什么人才算数？要本人签字按手印吗？",
  CT, "yes_no", "证明人的资格和签字"),
 ("浙派工匠的评审专家是从高技能人才评审专家库里随机抽出来的，通知里写得蛮清楚。那库里一共有多少专家？每次抽几个人出来评？",
  ZJ, "count", "专家库人数、每次抽取人数"),
 ("杭州工匠评完要在杭州电视台放系列纪录片，我师傅说要拍他。那一集大概拍多长？摄制组要到车间里来拍几天？",
  C16, "count", "纪录片时长、拍摄天数"),
 ("首席技师佐证材料原件要送上级部门校验，校验好了会退回来，这个我们知道的。那原件一般要多久才还回来？是快递寄回还是要我们自己上门去拿？",
  CT, "procedure", "原件退回的时间和方式"),
 ("看了浙派工匠的办法，公示期间任何组织和个人都能提异议。万一有人给我提了异议，一般多长时间能处理完？处理结果会不会通知我本人？",
  ZJ, "yes_no", "异议处理时限、是否通知本人"),
 ("首届数字工匠当时说五一节开认定发布会的，我们领导想去看看。那发布会是在哪个地方开的？候选人本人要不要到场？",
  D23, "place", "发布会地点、候选人到场"),
 ("杭州工匠个人可以在职工技术协作网上自荐报名，网址我已经找到了。上面报名的时候要不要传照片和证书扫描件？报完了一般多久有人联系？",
  C16, "yes_no", "网上自荐要上传的东西、回复时间"),
 ("浙派工匠推荐候选人要征求同级公安部门意见，这个流程我知道。公安那边一般几个工作日出意见？是单位去跑还是人社部门统一去问？",
  ZJ, "count", "公安出意见的天数、由谁去征求"),
 ("第四届数字工匠通知最后有个创新培训营的课程调查问卷链接，我们推荐的几个人还没填。这个问卷填到哪天截止？不填的话会不会影响评审？",
  D26, "date", "问卷截止日、不填的后果"),
 ("杭州工匠申报表主要事迹只让写600字，详细材料另附。另附的那些要不要装订成册？一般附几页比较合适，有没有上限？",
  C16, "count", "另附材料的装订、页数"),
 ("首席技师报上去要附一份认定推荐报告，里面要写推荐和公示的情况，这个通知里有。报告一般写多少字？要单位哪一级领导签字？",
  CT, "count", "推荐报告字数、签字领导"),
 ("杭州工匠认定结束以后要办风采展示，我们厂里那位被选上了很紧张。风采展示要本人准备什么节目或者作品吗？大概放在几月份搞？",
  C16, "date", "风采展示的内容和月份"),
 ("首届数字工匠推荐信息汇总表里主要事迹限400字，这个好弄。最后那个备注栏一般写点啥？专业领域和行业细分两栏有啥区别？",
  D23, "materials", "汇总表备注栏和两栏的填法"),
 ("第四届数字工匠评审是知名专家、行业主管部门、社会组织的人一起组成专家评审团队。一个团队大概几个人？是要候选人去现场答辩还是光看材料？",
  D26, "count", "评审团队人数、是否答辩"),
 ("首届杭州工匠一次性奖励20000元，市总工会负责组织协调的嘛。那这两万块是哪家出的钱，市总工会出还是单位自己出？",
  C16, "yes_no", "奖金由谁出"),
 ("浙派工匠这个办法是2023年10月1日起施行的，5年评一次。那第一批是哪一年评的？下一次大概什么时候开始报？",
  ZJ, "date", "首批评选年份、下一次申报时间"),
 ("首席技师申报表最后一页有评审情况，评委出席人数、同意反对票数那些。这一块是我们单位填还是市里填？评委一般请几个？",
  CT, "count", "评审情况栏由谁填、评委人数"),
]
M = [  # one ask answered beside an unwritten one: (question, program, kind, answer type, gold, key facts, unwritten)
 ("我们这边报第四届数字工匠，推荐表主要事迹那栏小王写了快五百字，到底限多少字？超了会不会直接被退回来？",
  D26, "fact", "count", [f"{D26}#附件"], ["300字以内"], "超字数是否退回"),
 ("首席技师的材料我们单位都盖好章了，区里催得紧，最晚哪天要报到市里？晚几天交上去还收不收？",
  CT, "fact", "date", [f"{CT}#五"], ["7 月 15 日"], "逾期是否受理"),
 ("我们师傅报了浙派工匠，家里人问评上能拿多少奖金？是一次性给清还是分几年发？",
  ZJ, "fact", "money", [f"{ZJ}#五"], ["1万元"], "发放方式"),
 ("杭州工匠申报表我们打印好了，要交几份？另附的详细材料要不要装订成册的？",
  C16, "fact", "count", [f"{C16}#附件"], ["一式两份"], "另附材料装订"),
 ("首届数字工匠那年我们区推荐，材料是发到哪个邮箱的？发过去以后他们会不会回个邮件说收到了？",
  D23, "process", "place", [f"{D23}#三", f"{D23}#附件1/三/(一)"], ["szjjtu@vip.163.com"], "回执"),
 ("浙派工匠一次评多少个？我们市里今年能分到几个推荐名额，有没有个数？",
  ZJ, "fact", "count", [f"{ZJ}#一"], ["50名"], "各市推荐名额"),
 ("第四届数字工匠有事情要问找哪个？电话我打过好几次没人接，有没有邮箱可以发过去的？",
  D26, "fact", "contact", [f"{D26}#五"], ["89589640"], "邮箱"),
 ("首席技师今年全市一共认定几个？评上以后单位每个月有没有额外津贴发的？",
  CT, "fact", "count", [f"{CT}#四"], ["20 名"], "评上后的津贴"),
 ("我们厂有个老师傅六十一了，手艺没话讲。杭州工匠年龄卡在多少？有突出贡献的超龄了要另外交什么证明？",
  C16, "fact", "count", [f"{C16}#三/(二)", f"{C16}#三"], ["60周岁以下"], "超龄要交的证明"),
 ("首届数字工匠当时推荐截止是哪天？我们有个人截止以后才补齐材料，还能不能补交？",
  D23, "fact", "date", [f"{D23}#三", f"{D23}#一", f"{D23}#附件1/三/(一)"], ["2023年3月31日"], "补交"),
]
rows = []
for q, p, t, what in S:
    rows.append(dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
                     answer_type=t, note=f"parts14 probe (seed 2221): several asks, every one unwritten: {what}"))
for q, p, k, t, g, facts, what in M:
    rows.append(dict(kind=k, question=q, program=p, gold_clause_ids=g, key_facts=facts, expect_refusal=False,
                     answer_type=t, note=f"parts14 probe (seed 2221): one ask answered beside an unwritten one ({what})"))
assert len(rows) == 30, len(rows)
write(rows, prefix="qp-", start=1870, seed=2221)
