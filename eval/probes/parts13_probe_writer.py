"""parts13 probe qp-1750…1789: messages of two or three asks, written in applicants' voice from the five notices before
any code change (round ten).

26 whose WHOLE message is silent (kind unanswerable): context or a premise the notice does confirm ("听说…", "我知道…",
"我是…的", "…对吧"), then asks about an attribute the notice does not give of a thing it names (the conditions of the
五一劳动奖章, where the 风采展示 or the 发布会 is held, whether a district's unused 名额 can be lent or kept, what a
ticked 企业类型 on the form means and who certifies it, who pays for training, how long it lasts). The notice's
sentence naming the thing answers none of them: one refusal, no citation.

14 where one ask IS answered (fact / process / false_premise with its key facts), so over-refusal is measured; five
of them are the split false premise ("…对吧？那…"), whose answer must say 不对 on its first line.

Split by random.Random(2201): the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.parts13_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")

SILENT = [  # (message, program, answer type, what the notice states / what it does not)
 ("我们车间主任前年评上的杭州工匠，听说符合条件的还能同时拿五一劳动奖章，可他没拿到，到底要满足哪些条件才给奖章啊？是不是还得另外再报一次",
  C16, "yes_no", "七 names the 奖章 'for those meeting the conditions'; the conditions and any separate application are not given"),
 ("杭州工匠评完以后不是要搞那个风采展示嘛，一般放在哪个场馆搞的？家属能不能跟着进去看看", C16, "place",
  "八/(一) says a 风采展示 is held; not where, not who may attend"),
 ("我在西湖区总工会，第四届我们区能推6个我晓得，可今年只凑得出3个，多出来的名额能借给拱墅用伐？借不了的话明年还能接着用吗",
  D26, "yes_no", "三/(一) gives the quota; lending it or keeping it is not written"),
 ("推荐表企业类型那栏省级里面有个领军型浙江数商，这个到底啥意思啊，是省里哪个部门评的？名单在哪能查到", D26, "place",
  "the form lists the box; what it means, who names it and where its list is are not written"),
 ("第四届评上的人要去参加创新培训营，这个我知道的。那培训费用谁出，单位出还是自己掏钱？大概要培训几天", D26, "money",
  "四 says they attend a 创新培训营; cost and length are not written"),
 ("首届数字工匠评上了每年可以去参加数字工匠论坛对吧，这个论坛一般在哪里开？要不要自己去报名", D23, "place",
  "附件1/四 names the 论坛; its place and how to sign up are not written"),
 ("浙派工匠每人奖一万块，我们领导说的，那这个钱要不要交个税？是直接打到个人卡上还是单位代领", ZJ, "money",
  "五 gives 1万元; tax and how it is paid are not written"),
 ("我是余杭一家机械厂管人事的，首席技师区里最多推四个我看到了，那一个企业最多能占几个？区里用不完的能不能匀给协会", CT, "count",
  "四 gives the districts' and associations' quotas; a per-company cap and moving quota are not written"),
 ("杭州工匠评上了可以优先参加一线职工免费疗休养，疗休养一般去哪儿？一次几天啊", C16, "place",
  "七 names the 疗休养; where and how long are not written"),
 ("第四届比赛第一名直接认定、不占名额这个我晓得，那直接认定的人还要不要参加评审答辩？发的证书跟其他人一样不", D26, "yes_no",
  "三/(一) says it takes no quota; a defence and the certificate are not written"),
 ("浙派工匠五年评一次，这五年里要是有人犯了事表彰被撤销了，空出来的名额会不会补评？补的话补给谁", ZJ, "yes_no",
  "六/(三) provides for withdrawal; refilling the place is not written"),
 ("首届杭州数字工匠评上以后会发纪念品的嘛，这个纪念品大概值多少钱？能不能折成现金", D23, "money",
  "附件1/四 names a 纪念品; its value and cash are not written"),
 ("我看到说杭州工匠会在杭州电视台放系列纪录片，那拍摄的时候要本人请假配合吗？一般要拍几天", C16, "yes_no",
  "八/(一) names the 纪录片; leave for filming and its length are not written"),
 ("首席技师申报表里有一栏叫主要学习和工作经历，括号里写包括技术培训和进修，我自己掏钱去上的培训也能写进去吗？要附发票吗", CT, "yes_no",
  "the form names the column; what counts and receipts are not written"),
 ("浙派工匠推荐上去要征求同级公安部门的意见，这个我们知道。那公安那边具体查些什么？要查多久才有结果", ZJ, "procedure",
  "四/(二)/3 says 公安 is asked; what it checks and how long are not written"),
 ("首届数字工匠推荐材料是发那个szjjtu的邮箱吧，邮箱我有。附件大小有没有限制？发完了会有回执吗", D23, "yes_no",
  "三 gives the mailbox; attachment size and a receipt are not written"),
 ("我们公司去年刚评上市里的新雏鹰企业，第四届推荐表上正好有这个勾。新雏鹰企业到底是哪个部门认定的？勾了以后要附什么证明材料", D26, "materials",
  "the form lists the box; who certifies it and the proof are not written"),
 ("我师傅是杭州工匠，通知里说要引导工匠带徒弟，那带徒弟有没有补贴的？一个人最少要带几个", C16, "money",
  "八/(二) says 引导工匠积极参与带徒弟活动; an allowance and a minimum are not written"),
 ("第四届的人选要公示我是晓得的，接受公众监督嘛。那公示挂在哪个网站上？公示期间能不能打电话去问是谁提的意见", D26, "place",
  "三/(二)/2 says it is publicised; where, and who objected, are not written"),
 ("浙派工匠那个培育突出贡献单位一次评30个，这30个是按地市分下去的吗？一个市最多能评几个", ZJ, "count",
  "一 gives 30 units; a split by city is not written"),
 ("首席技师今年全市认定20名，那这20个里头给行业协会留了几个？没评满的话下半年会再补一批吗", CT, "count",
  "四 gives 20 in all; a share for associations and a second batch are not written"),
 ("杭州工匠的申报表一式两份交市总技协办，这个技协办具体在哪栋楼？周末有没有人收材料", C16, "place",
  "the form's note names the office; its building and weekend hours are not written"),
 ("我老公单位的领导讲，第四届数字工匠评上以后还会择优推荐去报浙江工匠。那推荐的比例大概多少？推上去以后还要再考一次试吗", D26, "count",
  "四 says 择优推荐申报; a share and an exam are not written"),
 ("首届数字工匠的认定发布会是2023年5月开的对吧，那发布会在哪开的？评上的人要不要上台发言", D23, "place",
  "附件1/三/(四) dates the 发布会; its place and speeches are not written"),
 ("第四届评审是数字领域知名专家、行业主管部门这些人组成的团队，这个通知里有。那专家名单会公布吗？打分标准能不能给我们看看", D26, "yes_no",
  "三/(二)/1/(2) says who sits on it; publishing the names and a scoring scheme are not written"),
 ("浙派工匠是省政府批准授予、颁发证书的，那颁奖仪式在杭州统一办还是各个市自己办？家里人能不能陪着去", ZJ, "place",
  "五 says who grants it; a ceremony's place and companions are not written"),
]

ANSWERED = [  # (message, program, kind, answer type, gold clauses, key facts)
 ("我们是滨江的，第四届今年我们区能报几个人啊？另外报上去以后到底是哪些人来评", D26, "fact", "count",
  [f"{D26}#三/(一)"], ["不超过 6 名"]),
 ("听说评上杭州工匠还有奖金，到底给多少？还有那个五一劳动奖章要不要另外去申请", C16, "fact", "money",
  [f"{C16}#七"], ["20000元"]),
 ("首席技师区里报上去的截止时间是几号？材料送到哪里，有具体地址吗", CT, "fact", "date",
  [f"{CT}#五"], ["7 月 15 日", "市民中心 D 座 1818 室"]),
 ("浙派工匠是每三年评一次的对吧？那一次总共评多少个", ZJ, "false_premise", "count",
  [f"{ZJ}#一"], ["每 5年评选一次", "50名"]),
 ("第四届数字工匠滨江区最多推荐4个人对吧？那市里的产业工会能推几个", D26, "false_premise", "count",
  [f"{D26}#三/(一)"], ["不超过 6 名", "不超过 3 名"]),
 ("我们厂老张评上杭州工匠了，奖金是一万块对吧，那是一次性给还是分几年给的", C16, "false_premise", "money",
  [f"{C16}#七"], ["20000元", "一次性"]),
 ("首届数字工匠推荐截止是2023年4月底吧？那材料发到哪个邮箱", D23, "false_premise", "date",
  [f"{D23}#附件1/三/(一)"], ["2023年3月31日", "szjjtu@vip.163.com"]),
 ("我是萧山区总工会新来的，第四届评审那块到底是怎么走的？初审完了还有哪几步，最后是谁审定", D26, "process", "procedure",
  [f"{D26}#三/(二)/1", f"{D26}#三/(二)/1/(3)"], ["联合审定"]),
 ("浙派工匠评上了每人奖多少钱？这个奖金要不要交税", ZJ, "fact", "money",
  [f"{ZJ}#五"], ["1万元"]),
 ("我知道首届杭州工匠可以个人自荐，那网上自荐是走哪个网站？自荐的话要不要单位先同意", C16, "fact", "place",
  [f"{C16}#四/(四)"], ["hzzgjx.org"]),
 ("首席技师在单位里定人选的时候要先公示吗？公示完了报给谁", CT, "process", "procedure",
  [f"{CT}#三/(一)"], ["进行公示"]),
 ("听人说评上第四届数字工匠能去疗休养，是真的伐？另外那个创新培训营要去多久", D26, "fact", "yes_no",
  [f"{D26}#四"], ["免费疗休养"]),
 ("首届数字工匠评上了都给些什么东西？我们单位要不要交什么费用", D23, "fact", "yes_no",
  [f"{D23}#附件1/四"], ["证书、奖牌、纪念品"]),
 ("首席技师今年全市是认定30名对吧？那各类协会能推几个人", CT, "false_premise", "count",
  [f"{CT}#四"], ["20 名", "不超过 2 人"]),
]

rows = []
for q, p, t, what in SILENT:
    rows.append(dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
                     answer_type=t, note=f"parts13 probe (seed 2201): several asks, all silent; {what}"))
for q, p, k, t, g, facts in ANSWERED:
    rows.append(dict(kind=k, question=q, program=p, gold_clause_ids=g, key_facts=facts, expect_refusal=False,
                     answer_type=t, note="parts13 probe (seed 2201): several asks, one answered (over-refusal)"
                     + ("; the split false premise: 不对 on the first line" if k == "false_premise" else "")))
assert len(rows) == 40, len(rows)
write(rows, prefix="qp-", start=1750, seed=2201)
