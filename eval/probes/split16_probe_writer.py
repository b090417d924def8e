"""split16 probe qp-2050…2099: messages the notices do not answer, in two asks or one near-miss ask, written in
applicants' voice before any code change (by someone who had read the code: not blind).

- 20 two-ask messages where BOTH asks are unwritten: most are two dev single asks of eval/qa.jsonl the notices do not
  answer (qa-191…211, 327…340, 372…378, 458), re-said and joined the ways people join two questions (还有, 另外,
  顺便问下, 再一个, a comma, a space, two question marks, "A吗 B呢"); the last six are near misses on both sides (the
  rule is written, the asked attribute of it is not: how long one must have been a member, when and how the 20000
  is paid, a photo's size on the form that has none, the 2寸 photo's background).
- 12 two-ask messages where ONE ask is answered (a value with its key fact) and the other is silent, in either
  order: the answer must answer one, say the other is unwritten, and cite only the answered part.
- 12 single near-miss asks: an attribute of a rule that the rule leaves out (多久, 何时到账, 怎么发, 几寸, 底色, 几天,
  几个专家, 字号, 单双面).
- 6 two-ask procedure messages (kind process) whose key facts sit in two steps or a step and a count.

Split by random.Random(2263): the first half dev (A), the rest test (B). Run from the repo root:
python -m eval.probes.split16_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
SEED = 2263
S = [  # both asks unwritten: (question, program, answer type, what is not written)
 ("杭州工匠那个奖金是税前的还是税后的？另外颁奖仪式一般在哪里办", C16, "money", "奖金税前税后、颁奖地点"),
 ("浙派工匠的奖金是不是每年都发 评审专家的名单会不会对外公开", ZJ, "yes_no", "奖金是否每年发、专家名单是否公开"),
 ("首席技师评上了证书要去哪里领，顺便问下有没有奖牌的", CT, "place", "领证地点、有无奖牌"),
 ("第四届数字工匠评审专家一共有几个人？？认定结果大概几月份能出来？", D26, "count", "专家人数、结果月份"),
 ("首届数字工匠评上了每个月有没有人才津贴，再一个那个纪念品具体是啥东西", D23, "money", "人才津贴、纪念品是什么"),
 ("第四届那个创新培训营要自己掏钱吗？在哪里办呢？", D26, "money", "培训营费用、地点"),
 ("杭州工匠社会公示一般公示几天，还有评上以后还要不要年审", C16, "count", "社会公示天数、是否年审"),
 ("首席技师在单位里公示要几天？最后名单啥时候公布？", CT, "count", "单位公示天数、名单公布日期"),
 ("浙派工匠省里的专家评审一般几月份开，另外评上了能不能落户杭州", ZJ, "date", "评审月份、落户"),
 ("第四届数字工匠评上了有奖牌拿吗？疗休养能不能带家属一起", D26, "yes_no", "奖牌、疗休养带家属"),
 ("杭州工匠的奖牌是纯金的吗，小孩上学有没有啥优惠政策", C16, "yes_no", "奖牌材质、子女上学优惠"),
 ("首席技师认定以后每个月有没有津贴 以后每年还要考核吗", CT, "money", "月津贴、每年考核"),
 ("浙派工匠的材料要交到省人社厅哪个处室？还有那1万块要不要交个人所得税？", ZJ, "place", "处室、个税"),
 ("首届数字工匠评上以后疗休养一次去几天啊，顺便问一下去数字工匠论坛的路费谁出", D23, "count", "疗休养天数、论坛路费"),
 ("杭州工匠要求必须是工会会员，那入会要满多长时间才行？会员证要不要复印了附上去？", C16, "count", "入会年限、会员证复印件"),
 ("杭州工匠那一次性奖励20000元是评上当年就发吗？是打到个人卡上还是打到单位账户？", C16, "date", "奖励发放时间、发放方式"),
 ("首席技师申报表上贴的照片要几寸的？一定要彩色的吗？", CT, "count", "照片尺寸、是否彩色"),
 ("第四届推荐表上那张2寸照片要什么底色的，用手机自己拍的可以吗", D26, "yes_no", "照片底色、手机自拍"),
 ("浙派工匠每人奖励1万元是一次性给还是分几年给？再一个证书是纸质的还是电子的", ZJ, "money", "奖金分期、证书形式"),
 ("首席技师要技师以上的证书，那技师证要拿满几年才能报？证书过了有效期还算不算", CT, "count", "持证年限、过期证书"),
]
M = [  # one ask answered beside an unwritten one: (question, program, kind, answer type, gold, key facts, unwritten)
 ("杭州工匠评上了奖多少钱？这笔钱要不要交税的", C16, "fact", "money", [f"{C16}#七"], ["20000元"], "是否交税"),
 ("浙派工匠省里公示要公示几天？公示是在哪个网站上看", ZJ, "fact", "count", [f"{ZJ}#四/(五)", f"{ZJ}#四/(二)/1"],
  ["5个工作日"], "公示的网站"),
 ("首席技师今年一共评多少个 评审专家有几个人", CT, "fact", "count", [f"{CT}#四"], ["20 名"], "评审专家人数"),
 ("第四届推荐表的主要事迹限多少字？字体字号有没有规定？", D26, "fact", "count", [f"{D26}#附件"], ["300字以内"], "字体字号"),
 ("浙派工匠多少年评一次，评上以后每个月有没有津贴", ZJ, "fact", "count", [f"{ZJ}#一"], ["每 5年评选一次"], "月津贴"),
 ("首席技师评审的时候本人要不要去面试？另外材料报送截止到哪一天？", CT, "fact", "date", [f"{CT}#五"], ["7 月 15 日"], "是否面试"),
 ("首届数字工匠的材料发到哪个邮箱？邮件标题有啥讲究吗", D23, "fact", "contact", [f"{D23}#三"], ["szjjtu@vip.163.com"],
  "邮件标题"),
 ("杭州工匠年龄要在多少岁以下？要不要先去医院体检", C16, "fact", "count", [f"{C16}#三/(二)"], ["60周岁以下"], "体检"),
 ("第四届数字工匠的材料交到市总工会哪个部门？本人要不要亲自去当面交？", D26, "fact", "place", [f"{D26}#五"], ["经济工作部"],
  "本人是否当面交"),
 ("首席技师那边办公时间是几点到几点？有问题打哪个电话问", CT, "fact", "contact", [f"{CT}#五"], ["0571-87258538"], "办公时间"),
 ("浙派工匠评上了每人奖多少钱？是在表彰大会上当场发吗", ZJ, "fact", "money", [f"{ZJ}#五"], ["1万元"], "发奖场合"),
 ("首届数字工匠评上了除了称号还发些啥？纪念品能不能折成现金", D23, "fact", "materials", [f"{D23}#附件1/四"],
  ["证书、奖牌、纪念品"], "纪念品折现"),
]
N = [  # one near-miss ask: the rule is written, the asked attribute is not: (question, program, answer type, what)
 ("杭州工匠那两万块奖励，评上以后要多久才能到账？", C16, "date", "奖励到账时间"),
 ("报杭州工匠要是工会会员，那入会时间要满一年吗", C16, "count", "入会年限"),
 ("首席技师的申报表上照片要贴几寸的", CT, "count", "照片尺寸"),
 ("第四届推荐表的照片对底色有没有要求，红底蓝底还是白底", D26, "yes_no", "照片底色"),
 ("浙派工匠那一万块奖金是省里直接打给个人，还是先打到单位再转给本人？", ZJ, "money", "奖金发放方式"),
 ("浙派工匠单位里公示5个工作日，是贴在厂里公告栏就行还是要挂到网上？", ZJ, "place", "单位公示的形式"),
 ("自由职业的报首席技师，在协会里公示要公示多少天", CT, "count", "协会内公示天数"),
 ("第四届数字工匠的创新培训营一般要培训几天？", D26, "count", "培训营天数"),
 ("浙派工匠专家评审是从专家库里随机抽的，一次要抽多少个专家", ZJ, "count", "抽取专家人数"),
 ("首席技师要技师及以上证书，这个技师证拿到手要满几年才可以报", CT, "count", "持证年限"),
 ("第四届推荐表主要事迹300字以内，打印用几号字有规定没有", D26, "yes_no", "字号"),
 ("杭州工匠申报表一式两份，是要双面打印还是单面打印", C16, "yes_no", "单双面打印"),
]
P = [  # two-ask procedure questions: (question, program, gold, key facts)
 ("首席技师在单位里先要走什么程序？报到区里以后区里又是怎么弄的？", CT, [f"{CT}#三/(一)", f"{CT}#三/(二)"],
  ["征求本单位员工意见", "组织专家对申报人选进行评议"]),
 ("浙派工匠在单位里推荐要走哪些步骤，单位公示最少几天", ZJ, [f"{ZJ}#四/(二)/1"], ["民主推荐", "5个工作日"]),
 ("第四届数字工匠推上去以后要过哪几关？最后名单是谁来审定的？", D26, [f"{D26}#三/(二)"], ["初审", "联合审定"]),
 ("杭州工匠个人能不能自己报名？报上去以后要经过哪几个环节？", C16, [f"{C16}#四/(四)", f"{C16}#五"],
  ["自荐报名", "资格审核、专家评审、社会公示、领导小组审定"]),
 ("首届数字工匠推荐材料怎么报上去？报上去以后第一步是干嘛", D23, [f"{D23}#三", f"{D23}#附件1/三/(三)"],
  ["szjjtu@vip.163.com", "初审"]),
 ("浙派工匠推荐到省里以后是怎么评的？评完了最后报谁批准？", ZJ, [f"{ZJ}#四"], ["形式审查", "省政府批准"]),
]
NOTE = f"split16 probe (seed {SEED})"
rows = []
for q, p, t, what in S:
    rows.append(dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
                     answer_type=t, note=f"{NOTE}: two asks, both unwritten: {what}"))
for q, p, k, t, g, facts, what in M:
    rows.append(dict(kind=k, question=q, program=p, gold_clause_ids=g, key_facts=facts, expect_refusal=False,
                     answer_type=t, note=f"{NOTE}: one ask answered beside an unwritten one ({what})"))
for q, p, t, what in N:
    rows.append(dict(kind="unanswerable", question=q, program=p, gold_clause_ids=[], key_facts=[], expect_refusal=True,
                     answer_type=t, note=f"{NOTE}: one near-miss ask, the asked attribute unwritten: {what}"))
for q, p, g, facts in P:
    rows.append(dict(kind="process", question=q, program=p, gold_clause_ids=g, key_facts=facts, expect_refusal=False,
                     answer_type="procedure", note=f"{NOTE}: two procedure asks, each answered"))
assert len(rows) == 50, len(rows)
write(rows, prefix="qp-", start=2050, seed=SEED)
