"""split15 probe qp-1960…1989: two asks in one message, written in applicants' voice before any code change. 20 where
the notice is silent on both, and the FIRST ask is a near miss of what it says (another level: 市里那级公示 beside the
province's 5 个工作日; another body: 一家企业 beside the district's quota, 区级首席 beside 浙江省首席技师; another
programme's rule: 领导小组的组成 that only 首届数字工匠 gives; a yes/no on a condition the notice does not set: 返聘算不算
退休, 工程师职称能不能顶技师证, 提名奖发不发证书), so the nearest clause must not be quoted as its answer. 10 where one
ask IS answered (a fact with its key fact) beside a silent one, in either order, so over-refusal shows.

Written from the five notices before any code change. Split by random.Random(2241): the first half dev (A), the rest
test (B). Run from the repo root: python -m eval.probes.split15_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021", "zj_craftsman_2023"
S = [  # both asks unwritten, the first a near miss: (question, program, answer type, what is not written)
 ("我们厂有个老师傅前年退休了又返聘回来，天天还在车间里带徒弟。浙派工匠说退休人员不作为推荐对象，那返聘回来的算不算退休人员？内退的那种又咋算？",
  ZJ, "yes_no", "返聘、内退是否算退休人员"),
 ("我在区里已经评过区级首席技师了。通知里写评上浙江省首席技师的不能报，那区里这个有没有影响，还能报市里的伐？要不要先把区里那个退掉？",
  CT, "yes_no", "区级首席技师对申报的影响"),
 ("我是搞电气的，技师证还没考出来，不过工程师职称前年就评上了。首席技师要技师以上证书，工程师职称能不能顶一下？证书要在哪天之前拿到才算数？",
  CT, "yes_no", "职称能否代替技师证、取证的截止日"),
 ("首届数字工匠除了50个还有10个提名奖的，我们单位小李拿的就是提名奖。提名奖也发证书奖牌的伐？有没有奖金拿？",
  D23, "yes_no", "提名奖发不发证书奖牌、有无奖金"),
 ("第四届数字工匠说评上的优先推荐参加免费疗休养，我老婆听了蛮开心。家属能不能跟着一道去的？去的话一般是几天？",
  D26, "yes_no", "家属能否同去、疗休养天数"),
 ("浙派工匠省里公示是不少于5个工作日，这个我晓得的。那我们市里推荐的时候在本地区公示，是不是也要5个工作日？一般挂在哪个网站上？",
  ZJ, "yes_no", "市里那级公示的天数和地方"),
 ("杭州工匠专家评审完了要在报纸电视网络上社会公示的嘛。那公示期是不是也是一个礼拜？有人提意见的话本人要不要去当面解释？",
  C16, "yes_no", "社会公示天数、异议时本人是否解释"),
 ("杭州工匠最后是领导小组审定的，我们工会的人在问。这个领导小组是哪几家单位一起组成的？组长是哪个领导？",
  C16, "body", "领导小组的组成和组长"),
 ("首届数字工匠评上的每年能参加疗休养，还有数字工匠论坛。疗休养那几天单位要不要算公假？去论坛的路费要不要自己掏？",
  D23, "yes_no", "疗休养是否算公假、论坛路费"),
 ("我们厂在萧山，同一个班组有三个师傅都想报首席技师，技术都过硬的。一家企业最多能报几个？同一个班组的会不会只让报一个？",
  CT, "count", "每家企业、每个班组的申报人数"),
 ("浙派工匠要在浙全职一年以上。我们公司总部在上海，我是派到杭州分公司来的，社保一直在上海交。这种算不算在浙全职？要开啥证明伐？",
  ZJ, "yes_no", "外地缴社保是否算在浙全职、证明"),
 ("第四届推荐表上要贴2寸彩色近照，我手头只有以前办证拍的蓝底的。照片一定要白底的吗？电子版照片要不要另外单独发过去？",
  D26, "yes_no", "照片底色、电子版照片"),
 ("首席技师评上了是不是一直有效的，终身的那种？过几年要不要重新考核一次？",
  CT, "yes_no", "称号有效期、是否复核"),
 ("浙派工匠到省里是从专家库随机抽专家评的。那我们市里审核推荐的时候是不是也要请专家来评一评？市里评的话要几个专家？",
  ZJ, "yes_no", "市里审核推荐是否有专家评议、人数"),
 ("杭州工匠个人可以在职工技术协作网上自荐，我师傅年纪大了不会弄电脑。单位人事能不能帮他在网上代报？报错了以后还能不能再改？",
  C16, "yes_no", "能否代报、报后能否修改"),
 ("首届数字工匠各区县一般推10到20名，我们是小区县，数字经济的企业没几家。推不满10个行不行？用不完的名额能不能让给别的区？",
  D23, "yes_no", "推不满下限是否可以、名额能否转让"),
 ("首席技师佐证材料原件要送上级部门校验，可我那几本获奖证书原件放在外地老家。能不能拿公证过的复印件代替原件？校验一般要几天？",
  CT, "yes_no", "公证复印件能否代替原件、校验天数"),
 ("浙派工匠推荐候选人要征求同级公安部门意见，这个流程我们是晓得的。那候选人以前有过交通违章记录会不会有影响？家里亲戚有案底的算不算？",
  ZJ, "yes_no", "交通违章、亲属犯罪记录的影响"),
 ("首届数字工匠要求在杭全职工作两年以上，我之前在杭州读了三年研究生。读研那三年算不算进去？毕业前实习的那半年又算不算？",
  D23, "yes_no", "读研和实习是否算在杭全职"),
 ("杭州工匠评上了可以优先参加市总工会的免费疗休养，我们车间几个人都眼馋。疗休养一般安排在几月份？能不能带小孩一起去？",
  C16, "date", "疗休养月份、能否带小孩"),
]
M = [  # one ask answered beside an unwritten one: (question, program, kind, answer type, gold, key facts, unwritten)
 ("我们单位在余杭，人事说余杭推的名额比别的区要多。第四届余杭区最多能推几个？多推的那几个名额要不要另外打报告？",
  D26, "fact", "count", [f"{D26}#三/(一)"], ["6 名"], "多推是否另打报告"),
 ("我是自由职业的，没单位，做木雕的。听说首席技师要通过协会推荐，入会要交多少钱？一个协会能推几个人上去？",
  CT, "fact", "count", [f"{CT}#四"], ["2 人"], "入会会费"),
 ("我们车间主任想报浙派，他之前在江苏干了好多年，到浙江才大半年。浙派在浙江要全职干满多久？江苏那几年能不能一起算进去？",
  ZJ, "fact", "count", [f"{ZJ}#三/(一)"], ["1年以上"], "外省年限能否合算"),
 ("杭州工匠的申报表我们填得差不多了，主要事迹简介那栏写多少字以内？详细材料要不要做成PPT带过去？",
  C16, "fact", "count", [f"{C16}#附件"], ["600字以内"], "详细材料是否做PPT"),
 ("首届数字工匠推荐上去本人要不要去面试的？还有我们是产业工会，能推几个名额？",
  D23, "fact", "count", [f"{D23}#三", f"{D23}#附件1/三/(一)"], ["不超过5名"], "本人是否面试"),
 ("第四届的材料是报到市总工会哪个部门的？电子的发过去以后还要不要另外寄一份纸质的？",
  D26, "fact", "place", [f"{D26}#五"], ["经济工作部"], "是否另寄纸质"),
 ("浙派工匠在单位里民主推荐，是要全体职工都投票，还是职工代表投就行？单位公示最少要几天？",
  ZJ, "fact", "count", [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(五)"], ["5个工作日"], "民主推荐由谁投票"),
 ("首席技师的材料要交纸质的还是电子的？交材料的时候本人要不要到场签个字？",
  CT, "fact", "materials", [f"{CT}#三/(二)"], ["纸质材料和电子文档各一份"], "本人是否到场签字"),
 ("杭州工匠的专家评审团队是由哪些方面的人组成的？评审的时候专家会不会到单位里来实地看看？",
  C16, "process", "body", [f"{C16}#五"], ["相关领域知名专家、行业协会、社会组织、网络媒体"], "专家是否实地考察"),
 ("浙派工匠评上了以后每年要不要交个工作总结上去？评上的每个人奖多少钱的？",
  ZJ, "fact", "money", [f"{ZJ}#五"], ["1万元"], "每年是否交总结"),
]
rows = []
for q, p, t, what in S:
    rows.append(dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
                     answer_type=t, note=f"split15 probe (seed 2241): two asks, both unwritten, the first a near miss: {what}"))
for q, p, k, t, g, facts, what in M:
    rows.append(dict(kind=k, question=q, program=p, gold_clause_ids=g, key_facts=facts, expect_refusal=False,
                     answer_type=t, note=f"split15 probe (seed 2241): one ask answered beside an unwritten one ({what})"))
assert len(rows) == 30, len(rows)
write(rows, prefix="qp-", start=1960, seed=2241)
