"""qa14 probe qp-1930…1959: the asked value where a notice spreads it over sentences or neighbouring clauses. 15
procedure questions asked loosely (who reviews, what follows a step, where 公示 is held, what the 推荐报告 must hold,
copies and originals, by when and to whom), 8 comparisons of one attribute across programmes or editions (deadline,
copies, word limit, where the experts come from, who approves last, a freelancer's route, years in Hangzhou, 公示
days with one side silent) and 7 plain facts with rambling context around the ask.

Written from the five notices in the applicants' voice before any code change this round (context first, the ask
mid-message, dialect, relative dates, a typo or two), each row judged from the notice text alone. Split by
random.Random(2226): the first half dev (A), the rest test (B). Run from the repo root:
python -m eval.probes.qa14_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021", "zj_craftsman_2023"
P = [  # procedure asked loosely: (question, program, kind, answer_type, gold, key facts)
 ("我们区总工会今年头一回经手第四届数字工匠，上头就发了个通知，啥也没讲细。推上去的人后面要过哪几道，初审完了是谁来评的？评出来是直接定了还是个名单",
  D26, "process", "procedure", [f"{D26}#三/(二)/1/(2)", f"{D26}#三/(二)/1", f"{D26}#三/(二)"], ["专家评审团队", "建议名单"]),
 ("首席技师单位里头人选定好了，章也盖好了。听说证书原件也得一起交上去？我师傅那几本证书宝贝得很，交上去还还不还的",
  CT, "process", "procedure", [f"{CT}#三/(一)", f"{CT}#三"], ["佐证材料原件须报送上级部门校验", "将原件退回"]),
 ("浙派工匠到了省里专家评审那一关，专家是怎么定出来的？我们老总有点担心，怕是熟人评熟人的那种",
  ZJ, "process", "procedure", [f"{ZJ}#四/(四)", f"{ZJ}#四"], ["从高技能人才评审专家库中随机抽取"]),
 ("杭州工匠专家评完要社会公示，那个公示是在哪里公示的呀，厂门口贴张纸就算了？公示完了后头还有啥环节",
  C16, "process", "procedure", [f"{C16}#五"], ["通过本市报纸、电视、网络等渠道进行社会公示", "领导小组审定"]),
 ("首届数字工匠那会儿我们单位报了一个人，评完好像还公示了一下。最后名单是谁定的，先公示还是先定，我到现在都搞不清爽",
  D23, "process", "procedure", [f"{D23}#附件1/三/(三)/2", f"{D23}#附件1/三/(三)/3", f"{D23}#附件1/三/(三)"], ["讨论审定", "社会公示"]),
 ("我们是市里一个主管部门，下面企业报上来的首席技师材料都收齐了，领导问我们这边要干点啥，是不是原封不动转给人社局就完事了",
  CT, "process", "procedure", [f"{CT}#三/(二)", f"{CT}#三"], ["组织专家对申报人选进行评议", "装订成册", "报市人力社保局"]),
 ("第四届数字工匠推荐表、汇总表我们都弄得差不多了，到底交给哪个部门？四月头上清明放假，放完假再交还来得及伐",
  D26, "deadline", "date", [f"{D26}#五"], ["4月10日前", "市总工会经济工作部"]),
 ("浙派工匠单位里那一步，人事审核佐证材料有啥讲究没有，要不要盖章？审完了名单是不是直接往上报",
  ZJ, "process", "procedure", [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(二)"], ["加盖公章", "脱密公示"]),
 ("我们是开发区总工会，杭州工匠下面单位推上来好几个，我们筛完了报给谁，最晚啥时候要报上去，今年九月份事情多怕来不及",
  C16, "process", "procedure", [f"{C16}#四/(一)", f"{C16}#四"], ["9月底前向市总工会申报推荐"]),
 ("首届数字工匠初审过了之后那些专家是从哪来的，怎么组起来的？我们单位领导想推荐个专家进去",
  D23, "process", "procedure", [f"{D23}#附件1/三/(三)/1/(2)", f"{D23}#附件1/三/(三)/1", f"{D23}#附件1/三/(三)"], ["组成专家库", "专业评审"]),
 ("浙派工匠全省公示完了还有啥事？是人社厅自己定了就发证书了吗，我们老板想早点晓得好安排表彰会",
  ZJ, "process", "procedure", [f"{ZJ}#四/(六)", f"{ZJ}#四"], ["入围名单", "报请省政府批准公布"]),
 ("首席技师那个认定推荐报告我们单位头一次写，里面光写推荐理由就行了吧？公示那些要不要也写进去的",
  CT, "process", "materials", [f"{CT}#三/(一)", f"{CT}#三"], ["须包含推荐、公示等情况"]),
 ("第四届数字工匠公示也公示过了，后面还有啥步骤？结果是怎么出来的，我等得心急",
  D26, "process", "procedure", [f"{D26}#三/(三)", f"{D26}#三"], ["发布第四届“杭州数字工匠”认定结果"]),
 ("我没单位推，听朋友讲杭州工匠还能别人推荐的，那个他人推荐具体是咋弄的，是随便找个人写封信？",
  C16, "process", "procedure", [f"{C16}#四/(三)", f"{C16}#四"], ["寻找我身边的杭州工匠"]),
 ("我们协会今年想推首席技市，会长讲最多推两三个。协会推的话要走哪些步骤，专家评议要不要我们自己组织",
  CT, "process", "procedure", [f"{CT}#三/(二)", f"{CT}#三"], ["组织专家评议", "在协会内进行公示"]),
]
C = [  # one attribute across programmes or editions: (question, gold, key facts, note)
 ("首席技师那年材料是七月中截止的吧，杭州工匠首届那次是几号截止？两个哪个早，我记混了",
  [f"{CT}#五", f"{C16}#附件", f"{C16}#四/(一)"], ["7 月 15 日", "2016年9月30日"], "deadline, two programmes"),
 ("杭州工匠申报表听说要交一式两份，首席技师的材料要交几份？两边是不是一样的",
  [f"{C16}#附件", f"{CT}#三/(二)"], ["一式两份", "纸质材料和电子文档各一份"], "copies, two programmes"),
 ("首席技师汇总表里荣誉那栏和第四届数字工匠推荐表的主要事迹，字数限得一样伐？我想一段话两边通用",
  [f"{CT}#附件1", f"{D26}#附件"], ["300字以内"], "word limit, two programmes"),
 ("第四届和首届数字工匠评审的专家是怎么来的，两届有啥不一样，我听说首届是弄了个专家库",
  [f"{D26}#三/(二)/1/(2)", f"{D23}#附件1/三/(三)/1/(2)"], ["数字领域知名专家", "组成专家库"], "who reviews, two editions"),
 ("浙派工匠和杭州工匠最后是谁拍板的？一个省里一个市里，拍板的层级差多少",
  [f"{ZJ}#四/(六)", f"{C16}#五"], ["报请省政府批准公布", "领导小组审定"], "final approval, two programmes"),
 ("我搞紫砂壶，自由职业，没单位。首席技师跟杭州工匠这两个，哪个我能自己去报？各是怎么个报法",
  [f"{CT}#三", f"{C16}#四/(四)"], ["行业协会组织进行推荐", "个人自荐"], "a freelancer's route, two programmes"),
 ("首届数字工匠要在杭州全职干满两年，这回第四届还是两年伐？我来杭州才一年半",
  [f"{D23}#二", f"{D23}#附件1/二", f"{D26}#二"], ["在杭全职工作2年以上", "在杭全职工作1年以上"], "years in Hangzhou, two editions"),
 ("浙派工匠省里公示不少于五个工作日的，第四届数字工匠公示要几天，两个差不多吧",
  [f"{ZJ}#四/(五)", f"{D26}#三/(二)/2"], ["不少于 5个工作日"], "公示 days; 第四届 silent"),
]
F = [  # plain facts, context around the ask: (question, program, kind, answer_type, gold, key facts)
 ("首席技师的材料我想自己跑一趟送过去，省得寄丢。那个通信地址是哪里，市民中心哪个座几楼",
  CT, "fact", "contact", [f"{CT}#五"], ["解放东路 18 号市民中心 D 座 1818 室"]),
 ("我二三年拿的是首届数字工匠提名奖，不是正式的。同事讲提名奖就到头了，以后还能接着评数字工匠吗",
  D23, "fact", "yes_no", [f"{D23}#附件1/一"], ["今后可继续参评"]),
 ("浙派工匠评审专家里有一个是我以前带过的徒弟，我这种情况他要不要回避的？我不想落人口实",
  ZJ, "fact", "yes_no", [f"{ZJ}#六/(一)"], ["应当主动申请回避"]),
 ("第四届数字工匠推荐表交上去了，听说推荐对象本人还要填个啥东西，是问卷还是啥，在哪里填",
  D26, "fact", "materials", [f"{D26}#五"], ["创新培训营课程调查问卷"]),
 ("我师父说首届杭州工匠一六年下半年才开始弄的，那整个认定是到什么时候弄完的",
  C16, "deadline", "date", [f"{C16}#五"], ["2017年4月底前完成"]),
 ("首届数字工匠三月底推荐截止，那评审是几月份开始的？我们单位想那时候别安排人出差",
  D23, "deadline", "date", [f"{D23}#附件1/三/(三)"], ["2023年4月"]),
 ("首席技师那年总共要认定多少个人？我们区里报了四个，感觉竞争激烈得很",
  CT, "quota", "count", [f"{CT}#四"], ["20 名"]),
]
rows = []
for q, p, k, t, g, kf in P:
    rows.append(dict(kind=k, question=q, program=p, gold_clause_ids=g, key_facts=kf, expect_refusal=False,
                     answer_type=t, note="qa14 probe (seed 2226): a procedure asked loosely"))
for q, g, kf, what in C:
    rows.append(dict(kind="comparison", question=q, program=None, gold_clause_ids=g, key_facts=kf, expect_refusal=False,
                     answer_type="difference", note=f"qa14 probe (seed 2226): comparison of one attribute: {what}"))
for q, p, k, t, g, kf in F:
    rows.append(dict(kind=k, question=q, program=p, gold_clause_ids=g, key_facts=kf, expect_refusal=False,
                     answer_type=t, note="qa14 probe (seed 2226): a plain fact with context around the ask"))
assert len(rows) == 30, len(rows)
write(rows, prefix="qp-", start=1930, seed=2226)
