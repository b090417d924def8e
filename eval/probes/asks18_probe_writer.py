"""asks18 probe qp-2400…: messages of two (or three) asks, with the asker's situation said before, between or after
them, where the notice leaves both asks open; and answerable neighbours in the same shapes that must keep their
answers.

The open asks sit beside what the notices do say (公示 is named, its website and length are not; 民主推荐 is named,
how the vote goes is not; 奖金 1万元 is stated, its tax is not), so some clause shares each ask's words. The
situation clauses ("我是自己开修车铺的…", "领导让我盯着…") are statements, not asks; "…还是…？" and "或者…？" go on
the ask before them. Neighbours: one half answerable (cited alone), both answerable, one ask with context.

Written from the five notices before any code change (by someone who has read the code, so not blind). Split by
random.Random(2400): the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.asks18_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "asks18 probe (seed 2400): "
OPEN = [  # every ask unwritten: (programme, message, answer type, what is asked)
    (D26, "我在滨江一家做工业互联网的公司干了六年运维，领导让我报第四届数字工匠。创新培训营是线上上课还是要去现场？培训那几天单位算不算我出勤？",
     "yes_no", "培训营的形式、出勤"),
    (CT, "我们厂里有个老师傅是高级技师，今年想报首席技师。区里专家评议的时候要不要他本人带作品过去？评议结果多久能出来？",
     "yes_no", "带作品、评议用时"),
    (ZJ, "浙派工匠评上的话，那一万块奖金要不要交个人所得税？还是说到手就是一万整？我爱人天天问我这个", "yes_no", "奖金的税"),
    (C16, "我是做木雕的手艺人，没进过什么单位。首届杭州工匠个人自荐的话，网上报名要不要传作品照片？评审的时候会不会派人到我作坊来看？",
     "yes_no", "作品照片、上门考察"),
    (D23, "我们车间主任拿了首届数字工匠的提名奖，一直惦记这事。提名奖的奖牌跟正式认定的是不是一个样子？提名奖有没有奖金？",
     "yes_no", "提名奖的奖牌、奖金"),
    (CT, "我一个人开个小修车铺，算自由职业。协会那边推荐我首席技师，要不要我给协会出点推荐费？协会专家评议是看材料还是要我现场修给他们看",
     "yes_no", "推荐费、评议方式"),
    (D26, "领导让我盯着第四届数字工匠的公示。公示是挂在哪个网站上？一般公示几天？", "place", "公示网站、天数"),
    (ZJ, "我们单位报的浙派工匠材料上周已经交到市里了。省里专家评审大概几月份出结果？出了结果是发文件还是打电话通知本人？",
     "date", "评审月份、通知方式"),
    (D26, "我是数据集团这边负责报送的，我们推荐了两个人。初审没过的话会不会告诉没过的理由？能不能申请复核？", "yes_no", "理由、复核"),
    (CT, "首席技师评上以后每年要不要考核？考核不合格会不会把称号收回去？问得有点远，先心里有个数", "yes_no", "年度考核、收回"),
    (C16, "首届杭州工匠的奖牌是纯金的还是镀金的？证书上是哪位领导签的名？我师傅想裱起来挂店里", "yes_no", "奖牌材质、签名"),
    (D26, "我们是余杭的一家芯片设计公司，人事让我问问。第四届数字工匠评上以后单位有没有配套奖励要给？市里会不会给单位发个牌子？",
     "yes_no", "单位配套奖励、单位牌子"),
    (ZJ, "我是技工学校的老师，带学生比赛十几年了。浙派工匠申报材料要不要附学生的获奖证书复印件？复印件要不要去公证？",
     "yes_no", "学生证书、公证"),
    (D23, "我是西湖区工会的，首届数字工匠那会儿我们报过。那次认定发布会是在哪里开的？被认定的人要不要穿工装上台？", "place",
     "发布会地点、着装"),
    (CT, "我们公司人事第一次弄首席技师，两眼一抹黑。申报表能不能手写？材料装订用什么颜色的封面？", "yes_no", "手写、封面颜色"),
    (D26, "第四届数字工匠的评审专家是怎么抽的？会不会提前公布专家名单？我们领导想心里有个底", "procedure", "抽取方式、名单公布"),
    (C16, "首届杭州工匠社会公示的时候，公示内容会不会写上身份证号？公示期间有人匿名举报怎么处理？我们单位有人担心隐私",
     "yes_no", "公示内容、匿名举报"),
    (D26, "推荐对象是我徒弟，他问我我也说不清。第四届数字工匠那个问卷链接打不开怎么办？要不要另外交纸质的问卷？", "procedure",
     "链接打不开、纸质问卷"),
    (CT, "厂里老师傅都在议论，首席技师是终身的还是有年限的？过了几年要不要重新认定？", "yes_no", "期限、重新认定"),
    (ZJ, "浙派工匠评上以后有没有带徒弟的任务？要不要每年给厅里交总结？", "yes_no", "带徒任务、年度总结"),
    (D23, "我是做网络安全的，首届数字工匠报的时候压缩包已经发到邮箱了。发过去以后会不会回一个确认邮件？发错了能不能再发一遍覆盖？",
     "yes_no", "确认邮件、重发"),
    (C16, "我师傅进了首届杭州工匠的公示名单，后面还有个领导小组审定。审定那天他要不要到场？审定会不会把公示过的人刷下来？",
     "yes_no", "到场、刷人"),
    (CT, "我们协会今年就一个合适的。首席技师协会推荐的名额用不完能不能转给别的协会？区里没用完的名额会不会收回到市里？",
     "yes_no", "名额转让、收回"),
    (D26, "第四届数字工匠要是公示期间被人举报了，会不会通知本人去说明情况？举报成立的话下次还能不能再报？", "yes_no",
     "通知本人、再报"),
    (ZJ, "我们是绍兴的一家纺织厂，想给老师傅报浙派工匠。单位民主推荐是要全厂投票，还是班组推就行？投票要过半吗", "yes_no",
     "民主推荐的方式、过半"),
    (D23, "首届数字工匠评上了的话，疗休养是去哪里？一次去几天？能不能带家属？家里人问的", "place", "疗休养地点、天数、家属"),
    (CT, "我在建德，离市区远。首席技师专家评议是在区里开还是到市里开？评议那天要是我在外地出差，能不能视频参加？", "place",
     "评议地点、视频参加"),
    (D26, "第四届数字工匠认定结果发布以后，会不会开个颁证仪式？证书是寄到单位还是本人去领？", "yes_no", "颁证仪式、领证"),
    (ZJ, "浙派工匠公示的时候单位名字会不会写全称？公示名单上有没有照片？我们单位名字有点敏感", "yes_no", "公示的单位名、照片"),
    (C16, "我徒弟在报纸上看到寻找我身边的杭州工匠，想推荐我。他人推荐要写多少字的推荐信？推荐信要不要他单位盖章？",
     "count", "推荐信字数、盖章"),
]
ONE = [  # one ask with the asker's situation around it, unwritten
    (CT, "我是自由职业的，在萧山做了二十多年钣金。行业协会征求会员意见，是要全体会员都同意才行吗？", "yes_no", "会员同意"),
    (D26, "我们公司今年报了两个人第四届数字工匠，其中一个是外包派驻过来的。五家单位审定以后，多久发布结果？", "count",
     "发布用时"),
    (ZJ, "我们单位上次就是漏了一张证书复印件。浙派工匠形式初审要是发现材料缺了，会给几天时间补？", "count", "补材料的天数"),
    (D23, "我是拱墅的，首届数字工匠那时候我们单位报了三个人，我一直好奇。那次专家评审是线上评还是线下评的？", "yes_no",
     "评审方式"),
    (C16, "首届杭州工匠专家评审团队里的网络媒体代表，是哪几家媒体？我在报社工作，想了解一下", "procedure", "媒体名单"),
]
ANSWERED = [  # answerable neighbours: (programme, message, gold clauses, key facts, answer type, note)
    (CT, "我们区人社第一次牵头报首席技师，怕弄错。报送截止是哪天？材料要纸质的还是电子的？", [f"{CT}#五", f"{CT}#三/(二)"],
     ["7 月 15 日", "纸质材料和电子文档各一份"], "date", "two asks, both answerable, context before"),
    (D26, "我是滨江的，单位让我负责报第四届数字工匠。推荐表几号之前要交？过了日子还能不能补交？", [f"{D26}#五"], ["4月10日前"],
     "date", "two asks, first answerable, second unwritten: 补交"),
    (ZJ, "我们厅里有两个候选人想报浙派工匠。这个奖多少年评一次？一次评多少个工匠？", [f"{ZJ}#一"], ["每 5年评选一次", "50名"],
     "count", "two asks, both answerable, one clause"),
    (CT, "我们是市里一个行业协会，会员里有几个技师。协会最多能推几个首席技师？推上去的人要不要先在协会干满几年？", [f"{CT}#四"],
     ["不超过 2 人"], "count", "two asks, first answerable, second unwritten: 会龄"),
    (C16, "我老家是淳安的，在杭州做了十五年数控。首届杭州工匠有没有年龄限制？要在杭州干满几年？", [f"{C16}#三/(二)"],
     ["60周岁以下", "不少于10年"], "count", "two asks, both answerable, context before"),
    (D26, "第四届数字工匠的工作年限算到哪天为止？我是2021年4月入职的，怕差几天", [f"{D26}#二"], ["2026 年 3 月 31 日"], "date",
     "one ask, context after"),
    (D23, "首届数字工匠的推荐材料发到哪个邮箱？压缩包文件名有没有格式要求？", [f"{D23}#三"], ["szjjtu@vip.163.com"], "contact",
     "two asks, both answerable, one clause"),
    (ZJ, "浙派工匠评审专家是从哪里抽的？抽出来的专家名单会不会公开？", [f"{ZJ}#四/(四)"], ["随机抽取"], "procedure",
     "two asks, first answerable, second unwritten: 名单公开"),
    (C16, "我在一家小作坊做景泰蓝，老板不管这些事。首届杭州工匠个人能不能自己报？在哪里报名？", [f"{C16}#四/(四)"],
     ["市总工会职工技术协作网"], "procedure", "two asks, both answerable, context before"),
    (D26, "我们是西湖区总工会的，第四届数字工匠我们区最多能推几个？直接认定的竞赛第一名占不占名额？", [f"{D26}#三/(一)"],
     ["不超过 6 名", "不占推荐名额"], "count", "two asks, both answerable"),
    (ZJ, "浙派工匠公示期间对哪个候选人有意见，个人能不能提？要不要实名？", [f"{ZJ}#六/(二)"], ["任何组织和个人均可提出异议"],
     "yes_no", "two asks, both answerable"),
    (CT, "首席技师的纸质材料是寄到市人力社保局吧？具体地址在哪？我们在临安，怕寄错", [f"{CT}#五"], ["解放东路 18 号"],
     "place", "one ask after a premise, context after"),
    (C16, "首届杭州工匠评上了有什么奖励？奖金是一次性给的还是按月发？", [f"{C16}#七"], ["一次性奖励20000元"], "money",
     "two asks, both answerable"),
    (D26, "我们单位有个三十出头的小年轻想报第四届数字工匠。青年人才有没有比例要求？一线的呢？", [f"{D26}#二"],
     ["不低于 35%", "不低于 70%"], "count", "two asks, both answerable, context before"),
    (D23, "首届数字工匠一共认定多少个？另外提名奖有几个？", [f"{D23}#附件1/一"], ["50名", "10名"], "count",
     "two asks, both answerable"),
]
rows = [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
             answer_type=t, note=NOTE + "several asks, all unwritten: " + a) for p, q, t, a in OPEN]
rows += [dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
              answer_type=t, note=NOTE + "one ask with context, unwritten: " + a) for p, q, t, a in ONE]
rows += [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False, answer_type=t,
              note=NOTE + n) for p, q, g, k, t, n in ANSWERED]
# 专家评议在区里还是市里 was written as unwritten, but 首席技师's 三/(二) has the 区、县(市)人力社保部门 organise the 评议:
# relabelled after the first run (the code change had begun; it did not change this row's answer) as a neighbour
# whose first ask is answered, in its place so the split is unchanged
at = next(i for i, row in enumerate(rows) if "视频参加" in row["question"])
rows[at] = dict(kind="fact", question=rows[at]["question"], program=CT, gold_clause_ids=[f"{CT}#三/(二)"],
                key_facts=["组织专家对申报人选进行评议"], expect_refusal=False, answer_type="place",
                note=NOTE + "two asks, first answerable (relabelled: 三/(二) has the 区 organise it), second unwritten")
assert len(rows) == 50, len(rows)
write(rows, prefix="qp-", start=2400, seed=2400)
