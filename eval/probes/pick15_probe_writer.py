"""pick15 probe qp-2020…2049: the answer sentence that holds the asked fact. 11 procedure questions asked loosely
(who approves last, where the papers go after the unit's 公示, what comes after a step, the first check, which
departments are consulted, what a 协会 does for a freelancer), 7 facts that sit in a later sentence of a clause or
in its heading (a competition winner and the district quota, the 五一 medal, the unit's prize, the youth share, the
cycle, the 提名奖 count, the TV series), 3 dates (one in a heading), 2 form cells and 7 comparisons of one attribute
across two programmes or editions (final approval, deadline, prize money, total number, district quota, word limit,
years in the trade with one side silent).

Written from the five notices in the applicants' voice before any code change this round (context first, the ask
mid-message, dialect, relative dates, a typo or two), each row judged from the notice text alone. Split by
random.Random(2243): the first half dev (A), the rest test (B). Run from the repo root:
python -m eval.probes.pick15_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
P = [  # procedure asked loosely: (question, program, kind, answer_type, gold, key facts)
 ("我是区总工会新来的干事，第四届数字工匠我们报了三个人上去，听说专家那关已经评完了。领导问我最后名单是哪几家单位拍板的，就市总工会自己定吗？我讲不清爽",
  D26, "process", "procedure", [f"{D26}#三/(二)/1/(3)", f"{D26}#三/(二)/1", f"{D26}#三/(二)"], ["市数据集团联合审定"]),
 ("我们车间老王报首席技师，单位里征求过意见也公示了，贴了一个礼拜没人讲闲话。那现在这些表啊推荐报告啊是往哪里送，要不要先盖章，我们人事小姑娘也是头一回弄",
  CT, "process", "procedure", [f"{CT}#三/(一)", f"{CT}#三"], ["一并盖章后报送上级部门"]),
 ("浙派工匠我们单位民主推荐、班子研究都弄好了，推上去以后到市里还要过几道关啊？市人社审完是不是就直接送省里了",
  ZJ, "process", "procedure", [f"{ZJ}#四/(二)/2", f"{ZJ}#四/(二)/3", f"{ZJ}#四/(二)"], ["提出拟推荐人选", "征求同级公安部门意见"]),
 ("杭州工匠我们开发区报上去三个，收上去以后第一道是谁来审，照啥审的？我好提前跟他们讲讲材料要弄齐",
  C16, "process", "procedure", [f"{C16}#五"], ["经由市总工会对照申报条件和要求进行初审"]),
 ("首届数字工匠那会儿，专家评完出了候选对象以后，我记得还要去问别的部门意见的，是问哪几个部门？我们那个候选人不是技术负责人，就普通工程师",
  D23, "process", "procedure", [f"{D23}#附件1/三/(三)/1/(3)", f"{D23}#附件1/三/(三)/1"], ["其他人选需征求公安、发改（信用）等部门意见"]),
 ("浙派工匠材料设区市报到省厅以后，省里头一步干啥？直接开评审会吗，还是先看看材料齐不齐",
  ZJ, "process", "procedure", [f"{ZJ}#四/(三)", f"{ZJ}#四"], ["推荐材料完整性、合规性进行形式审查"]),
 ("我是自由职业做木雕的，朋友说首席技师要走行业协会。协会那边收了我材料以后咋弄，原件要交给协会看吗？会不会公示的",
  CT, "process", "procedure", [f"{CT}#三"], ["应对佐证材料的原件进行校验", "推荐人员应在协会内进行公示"]),
 ("第四届数字工匠推上去以后第一关是咋审的？我们有个小伙子从业刚好五年，怕一上来就被刷掉",
  D26, "process", "procedure", [f"{D26}#三/(二)/1/(1)", f"{D26}#三/(二)/1", f"{D26}#三/(二)"], ["按照认定条件和要求对推荐人选进行初审"]),
 ("杭州工匠这个认定，公示跟专家评审哪个在前头？领导小组定人选是放最后的吧，我得给我们主席排个时间表",
  C16, "process", "procedure", [f"{C16}#五"], ["资格审核、专家评审、社会公示、领导小组审定"]),
 ("浙派工匠专家评审评完了，结果是直接拿出来公示吗？我听说省厅还要再核一遍的",
  ZJ, "process", "procedure", [f"{ZJ}#四/(五)", f"{ZJ}#四"], ["对评审结果进行复核"]),
 ("首届数字工匠最后拍板的那个领导小组是哪些单位组成的？我们局当年好像也在里头，领导叫我查查",
  D23, "process", "procedure", [f"{D23}#附件1/三/(三)/2", f"{D23}#附件1/三/(三)"], ["市总工会、市发改委、市经信局、市科技局、市数管局"]),
]
F = [  # a fact in a later sentence or a heading: (question, program, kind, answer_type, gold, key facts)
 ("我们区今年名额就四个，偏偏有个小伙子去年拿了省里数字经济竞赛个人第一。他要是直接认定的话，是不是还得占掉我们一个名额，那别人就少一个了",
  D26, "fact", "yes_no", [f"{D26}#三/(一)", f"{D26}#一"], ["在申报时不占推荐名额"]),
 ("听厂里老师傅讲，一六年那届杭州工匠评上了还顺带给了五一劳动奖章，是真的还是他吹牛",
  C16, "fact", "yes_no", [f"{C16}#七"], ["同时授予杭州市五一劳动奖章荣誉称号"]),
 ("浙派工匠那个培育突出贡献单位，我们厂要是评上了有没有奖金？还是就发块牌子挂挂",
  ZJ, "fact", "money", [f"{ZJ}#五"], ["对培育突出贡献单位颁发奖牌"]),
 ("我们推荐的人里年轻人多，第四届对四十岁以下的有没有啥比例要求？一线的呢",
  D26, "fact", "count", [f"{D26}#二"], ["40 周岁以下青年技能人才认定比例不低于 35%", "一线技能人才认定比例不低于 70%"]),
 ("浙派工匠是几年评一次的？我师傅这回差了半年没够上，下一回要等到哪年去了",
  ZJ, "fact", "count", [f"{ZJ}#一"], ["每 5年评选一次"]),
 ("首届数字工匠除了正式的五十个，另外还有个提名奖，提名奖是给几个名额的",
  D23, "fact", "count", [f"{D23}#附件1/一", f"{D23}#前言"], ["提名奖10名"]),
 ("杭州工匠评完以后会不会给拍片子宣传？我们那个师傅有点怕上电视",
  C16, "fact", "yes_no", [f"{C16}#八/(一)"], ["在杭州电视台播放“杭州工匠”系列纪录片"]),
 ("首届数字工匠评完大概啥时候发布的？我记得说五一开发布会，后来到底是几月份",
  D23, "deadline", "date", [f"{D23}#附件1/三/(四)", f"{D23}#前言"], ["2023年5月"]),
 ("第四届年限算到哪天为止？我是二一年四月进的这行，差不多五年，就怕差那么几天",
  D26, "deadline", "date", [f"{D26}#二"], ["2026 年 3 月 31 日"]),
 ("首席技师区里往市人社局报最晚是几号？我们七月初还有个评议会要开，怕赶不上",
  CT, "deadline", "date", [f"{CT}#五"], ["7 月 15 日"]),
 ("首届数字工匠推荐表上有一栏叫工匠宣言，这个是写啥的？写段口号还是写感想，要不要很长",
  D23, "form_limit", "materials", [f"{D23}#附件2"], ["您认为最能反映工匠精神或者感悟最深的一句话"]),
 ("首届数字工匠那个汇总表，主要事迹那格能写多少字？推荐表上主要事迹倒是没讲字数",
  D23, "form_limit", "count", [f"{D23}#附件3"], ["400字以内"]),
]
C = [  # one attribute across two programmes or editions: (question, gold, key facts, note)
 ("第四届数字工匠跟浙派工匠，到最后一步分别是谁批的？一个市里一个省里，我估计差别蛮大",
  [f"{D26}#三/(二)/1/(3)", f"{ZJ}#四/(六)"], ["联合审定", "报请省政府批准公布"], "final approval, two programmes"),
 ("首届数字工匠是三月底截止的吧？第四届截止是哪天，比首届晚还是早",
  [f"{D26}#五", f"{D23}#三", f"{D23}#附件1/三/(一)", f"{D23}#一"], ["4月10日前", "2023年3月31日"], "deadline, two editions"),
 ("杭州工匠评上给两万块，浙派工匠是省里的，奖金是不是更多？两个差多少",
  [f"{C16}#七", f"{ZJ}#五"], ["一次性奖励20000元", "每人奖励 1万元"], "prize money, two programmes"),
 ("杭州工匠首届一共评几个？跟那年首席技师的总数比哪个多",
  [f"{C16}#二", f"{CT}#四"], ["认定30名", "认定 20 名"], "total number, two programmes"),
 ("我们区总工会，第四届能推几个人？首届数字工匠那时候好像能推十几二十个，怎么差这么多",
  [f"{D26}#三/(一)", f"{D23}#三", f"{D23}#附件1/三/(一)"], ["各区县(市)总工会推荐不超过 4 名", "一般10-20名"],
  "district quota, two editions"),
 ("杭州工匠申报表上的主要事迹简介能写多少字，第四届数字工匠推荐表上的主要事迹呢，我想一份稿子两边用",
  [f"{C16}#附件", f"{D26}#附件"], ["600字以内", "300字以内"], "word limit, two programmes"),
 ("浙派工匠要在本工种干满几年？首席技师有没有干几年的要求，我技师证拿了才两年",
  [f"{ZJ}#三/(一)"], ["原则上从事本职业（工种）5年以上"], "years in the trade; 首席技师 silent"),
]
rows = []
for q, p, k, t, g, kf in P:
    rows.append(dict(kind=k, question=q, program=p, gold_clause_ids=g, key_facts=kf, expect_refusal=False,
                     answer_type=t, note="pick15 probe (seed 2243): a procedure asked loosely"))
for q, p, k, t, g, kf in F:
    rows.append(dict(kind=k, question=q, program=p, gold_clause_ids=g, key_facts=kf, expect_refusal=False,
                     answer_type=t, note="pick15 probe (seed 2243): a fact in a later sentence, a heading or a form cell"))
for q, g, kf, what in C:
    rows.append(dict(kind="comparison", question=q, program=None, gold_clause_ids=g, key_facts=kf, expect_refusal=False,
                     answer_type="difference", note=f"pick15 probe (seed 2243): comparison of one attribute: {what}"))
assert len(rows) == 30, len(rows)
write(rows, prefix="qp-", start=2020, seed=2243)
