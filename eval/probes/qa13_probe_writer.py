"""qa13 probe qp-1790…1829: the sentence that holds the asked value. 16 procedure questions asked loosely (whose step:
unit, district, association, expert, 公示, 审定; 自由职业者 via 行业协会), 13 comparisons of one attribute across
programmes or editions (quota, years, level, who recommends, prize, cycle, where to send, reference day), some with
one side silent, and 11 plain facts with rambling context around the ask.

Written from the five notices in the applicants' voice before any code change this round (context first, the ask
mid-message, dialect, relative dates, a typo or two). Split by random.Random(2202): the first half dev (A), the rest
test (B). Run from the repo root: python -m eval.probes.qa13_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021", "zj_craftsman_2023"
P = [  # procedure asked loosely: (question, program, answer_type, gold, key facts)
 ("我们厂老师傅想报浙派工匠，我是办公室的，头一回弄这个，领导让我先摸摸底。单位里头要先走啥流程啊？听说还要公示，要公示几天的",
  ZJ, "procedure", [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(二)"], ["民主推荐", "领导班子集体研究决定", "不少于 5个工作日"]),
 ("首席技师的材料我们单位上礼拜已经报到区里了，车间主任说区里收了还要弄个啥评议。报上去以后还要过几关，区里是直接转给市里的伐",
  CT, "procedure", [f"{CT}#三/(二)", f"{CT}#三"], ["组织专家对申报人选进行评议", "报市人力社保局"]),
 ("我师傅前年说省里把浙派工匠名字公示出来了，他高兴得请我们吃饭。公示完了就算评上了？后面还有啥手续没有",
  ZJ, "procedure", [f"{ZJ}#四/(六)", f"{ZJ}#四"], ["报请省政府批准公布"]),
 ("我做古建木雕十几年了，一直是自己接活，没挂靠单位。首席技师这种自由职业的怎么个推荐法，总不能我自己拎着材料跑人社局吧",
  CT, "procedure", [f"{CT}#三/(二)", f"{CT}#三"], ["行业协会组织进行推荐", "在协会内进行公示"]),
 ("工会主席让我问问，杭州工匠那个材料报到市总以后还有几道坎，他记得好像是四个环节，具体哪四个他也讲不清爽",
  C16, "procedure", [f"{C16}#五"], ["资格审核", "专家评审", "社会公示", "领导小组审定"]),
 ("我们是企业的技术负责人，报了首届数字工匠。老板担心环保那块有过一次整改，想问评审的时候要征求哪些部门意见，是不是比普通员工多几家",
  D23, "procedure", [f"{D23}#附件1/三/(三)/1/(3)", f"{D23}#附件1/三/(三)/1", f"{D23}#附件1/三/(三)"], ["生态环境", "应急管理", "税务"]),
 ("第四届数字工匠区总工会推上去之后，最后名单到底谁拍板的？就市总一家说了算吗，我们这边有人说人社局也要签字",
  D26, "procedure", [f"{D26}#三/(二)/1/(3)", f"{D26}#三/(二)/1", f"{D26}#三/(二)"], ["联合审定"]),
 ("我们人事说首席技师光领导定了不行。单位那一步到底要干嘛？员工意见要不要征求的，材料盖完章又交给谁",
  CT, "procedure", [f"{CT}#三/(一)", f"{CT}#三"], ["征求本单位员工意见", "报送上级部门"]),
 ("浙派工匠是从下往上一级一级报的吧，我们市人社审完了之后还要做啥？我印象里好像还要去问公安那边",
  ZJ, "procedure", [f"{ZJ}#四/(二)/3", f"{ZJ}#四/(二)"], ["征求同级公安部门意见"]),
 ("我在河坊街开个小铺子做铜器，个体户，没单位可以推我。杭州工匠除了单位推还有哪几种路子可以走的",
  C16, "procedure", [f"{C16}#四"], ["社团推荐", "他人推荐", "个人自荐"]),
 ("首届数字工匠我们三月底把两个人的材料交上去了，到现在心里没底。推上去以后是怎么评的，要走哪几步",
  D23, "procedure", [f"{D23}#附件1/三/(三)", f"{D23}#附件1/三"], ["专业评审", "领导小组审定", "社会公示"]),
 ("浙派工匠省里收到各市报上来的材料，头一步干啥？那个形式审查查些什么，我们怕材料不全被打回来",
  ZJ, "procedure", [f"{ZJ}#四/(三)", f"{ZJ}#四"], ["推荐材料完整性、合规性"]),
 ("首届数字工匠推荐材料是寄纸质的还是发邮件？打包的压缩包名字有没有讲究，我们去年随便起了个名字被说了",
  D23, "place", [f"{D23}#三"], ["szjjtu@vip.163.com", "单位（例：上城）+数字工匠推荐"]),
 ("区人社局推首席技师的时候要交上去哪些东西啊，纸质的还是电子的，我们去年只交了电子版",
  CT, "materials", [f"{CT}#三/(二)", f"{CT}#三"], ["纸质材料和电子文档各一份"]),
 ("我们是搞军工配套的，有些项目不能往外讲。浙派工匠单位里那个公示要怎么弄，全贴出来肯定不行的",
  ZJ, "procedure", [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(二)"], ["脱密公示"]),
 ("我们协会秘书长头一次帮会员报首席技市，他以为协会就是转个材料。协会推荐的话协会自己要做哪几件事",
  CT, "procedure", [f"{CT}#三/(二)", f"{CT}#三"], ["对佐证材料的原件进行校验", "组织专家评议", "征求会员意见"]),
]
C = [  # one attribute across programmes or editions: (question, gold, key facts, note)
 ("我们是滨江的区总工会，首届数字工匠那会儿我们区推了二十几个。这次第四届还能推这么多吗，名额跟首届比差多少",
  [f"{D23}#三", f"{D23}#附件1/三/(一)", f"{D26}#三/(一)"], ["不超过30名", "不超过 6 名"], "quota, two editions"),
 ("首席技师评上有没有奖金的？跟浙派工匠比哪个拿得多，我们车间在打赌",
  [f"{ZJ}#五"], ["1万元"], "prize; 首席技师 silent"),
 ("浙派工匠和首届杭州工匠对干这一行的年头要求差多少？我师傅说一个五年一个十年，不晓得是不是记反了",
  [f"{ZJ}#三/(一)", f"{C16}#三/(二)"], ["5年以上", "不少于10年"], "years, two programmes"),
 ("我们这边高级工居多，几个师傅在考技师。首席技师跟浙派工匠对等级的门槛一样不一样",
  [f"{CT}#二", f"{ZJ}#三/(一)"], ["技师及以上", "高级技师以上"], "level, two programmes"),
 ("首届数字工匠的时候我们行业协会推过十来个人，这回第四届协会还能推吗，推荐的单位跟首届比变了没",
  [f"{D23}#三", f"{D23}#附件1/三/(一)", f"{D26}#三/(一)"], ["行业协会各推荐10名左右", "推荐不超过 3 名"], "who recommends, two editions"),
 ("浙派工匠听说好几年才评一回，杭州首席技师呢，是不是每年都有的？我今年没赶上想等下一次",
  [f"{ZJ}#一"], ["每 5年评选一次"], "cycle; 首席技师 silent"),
 ("首届数字工匠是发邮箱的，我存着那个邮箱。第四届材料还往那个邮箱发吗，还是要交到别的地方",
  [f"{D23}#三", f"{D23}#附件1/三/(一)", f"{D26}#五"], ["szjjtu@vip.163.com", "市总工会经济工作部"], "where to send, two editions"),
 ("我八七年年底生的。第四届数字工匠年龄是算到哪天为止的？首届那次有没有讲按哪天算",
  [f"{D26}#二"], ["2026 年 3 月 31 日"], "reference day; 首届 silent"),
 ("首届数字工匠一共认定多少个人？第四届呢，听人说这次名额少了好多",
  [f"{D23}#前言", f"{D23}#附件1/一"], ["50名"], "total quota; 第四届 silent"),
 ("杭州工匠评上发证书奖牌还有两万块钱，数字工匠首届评上的发些啥，有没有钱拿",
  [f"{C16}#七", f"{D23}#附件1/四"], ["一次性奖励20000元", "证书、奖牌、纪念品"], "prize, two programmes"),
 ("浙派工匠单位里公示要五个工作日我知道，首席技师单位那个公示要几天，两个一样的伐",
  [f"{ZJ}#四/(二)/1"], ["不少于 5个工作日"], "公示 days; 首席技师 silent"),
 ("浙派工匠一次评多少个？跟首届杭州工匠比哪个名额多，我想挑个好评点的报",
  [f"{ZJ}#一", f"{C16}#二"], ["50名", "30名"], "quota, two programmes"),
 ("行业协会能推首席技师我晓得，那杭州工匠协会能不能推？两边协会各能推几个人",
  [f"{CT}#四", f"{C16}#四/(二)"], ["不超过 2 人", "社会团体可申报推荐"], "who recommends and quota; 杭州工匠 count silent"),
]
F = [  # plain facts, context around the ask: (question, program, answer_type, gold, key facts)
 ("我们单位想推一个做数控的老师傅报浙派工匠，他五十九了，明年上半年就退休。有人说退休的就别推了，浙派工匠快退休的、退了休的能推吗",
  ZJ, "yes_no", [f"{ZJ}#三"], ["退休人员不作为推荐对象"]),
 ("我上个月刚从宁波调到杭州这边，之前的材料都还在整理。首届数字工匠那个汇总表里主要事迹限多少字来着，怕写多了",
  D23, "count", [f"{D23}#附件3"], ["400字以内"]),
 ("打市民中心总机转了半天没人接，急死了。首席技师那个联系电话是多少，材料能不能先发邮箱",
  CT, "contact", [f"{CT}#五"], ["0571-87258538", "154422750@qq.com"]),
 ("去年领导说区里推首席技师最多四个，也不晓得今年变没变，我们区人社局今年能推几个",
  CT, "count", [f"{CT}#四"], ["不超过 4 人"]),
 ("评上杭州工匠除了奖金，听说还能去疗休养，老婆问要不要自己掏钱，是谁组织的",
  C16, "yes_no", [f"{C16}#七"], ["免费疗休养"]),
 ("浙派工匠公示出来，隔壁厂有人想对其中一个提异议，说他业绩是别人的。提异议要交啥东西",
  ZJ, "materials", [f"{ZJ}#六/(二)", f"{ZJ}#六"], ["明确的异议事由和必要的证明材料"]),
 ("我去年拿了省数字经济行业技能竞赛个人第一，同事说我这种报第四届数字工匠不占区里的名额，真的假的",
  D26, "yes_no", [f"{D26}#三/(一)", f"{D26}#三"], ["不占推荐名额"]),
 ("那年我评上了首届数字工匠提名奖，结果发布会都没收到通知。首届那个发布会原定啥时候开的",
  D23, "date", [f"{D23}#前言"], ["2023年五一节"]),
 ("我们集团办公室说浙派工匠那个办法是八月底发的文，我想知道它是哪天起施行的",
  ZJ, "date", [f"{ZJ}#七"], ["2023年 10月 1日起施行"]),
 ("我们九月中旬才看到首届杭州工匠的通知，赶得要死。申报表最晚几号交，交到哪个部门",
  C16, "date", [f"{C16}#附件"], ["2016年9月30日", "市总技协办"]),
 ("第四届数字工匠推荐表上要贴照片，我手头只有一张一寸蓝底的工作照，照片要什么规格的",
  D26, "materials", [f"{D26}#附件"], ["2寸"]),
]
rows = []
for q, p, t, g, k in P:
    rows.append(dict(kind="process", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type=t, note="qa13 probe (seed 2202): a procedure asked loosely"))
for q, g, k, what in C:
    rows.append(dict(kind="comparison", question=q, program=None, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type="difference", note=f"qa13 probe (seed 2202): comparison of one attribute: {what}"))
for q, p, t, g, k in F:
    rows.append(dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type=t, note="qa13 probe (seed 2202): a plain fact with context around the ask"))
assert len(rows) == 40, len(rows)
write(rows, prefix="qp-", start=1790, seed=2202)
