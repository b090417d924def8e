"""fact19 probe qp-2550…2589: one factual or procedural question whose answer the notice states, asked loosely by an
applicant or HR staff with an unrelated story around it.

Who, when, where, how many, which form, what happens next, what to attach: each row's gold clause is the one whose
sentence (or heading) holds the asked value, and its key facts are that value verbatim. The story around the ask
(a workshop, a boss, a colleague's years) must not pull retrieval or the answer type away from the asked thing.

Written from the five notices before any code change (by one who had read the code: not blind). Split by the shared
seeded shuffle of eval/probes/probe_rows.py (seed 2550): the first half dev (A, tuned on), the rest test (B, held out).
Run from the repo root: python -m eval.probes.fact19_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
NOTE = "fact19 probe (seed 2550): "
FACT = [  # (question, programme, gold clauses, key facts, answer type)
    ("我在车间干了快二十年数控，师傅们都说我该去试试。首席技师这回全市一共认定多少人啊", CT, [f"{CT}#四"],
     ["20 名"], "count"),
    ("老板让我打听一下，浙派工匠评上了，省里给每个人发多少钱", ZJ, [f"{ZJ}#五"], ["1万元"], "money"),
    ("我是公司HR，领导刚开完会让我问：第四届数字工匠的推荐材料要寄给哪个部门", D26, [f"{D26}#五"],
     ["市总工会经济工作部"], "place"),
    ("最近忙着带徒弟，想顺便问下首席技师那个通知里的联系人电话是多少", CT, [f"{CT}#五"], ["0571-87258538"],
     "contact"),
    ("我们厂在余杭，老书记挺支持的。第四届数字工匠余杭区总工会最多能推几个", D26, [f"{D26}#三/(一)"],
     ["不超过 6 名"], "count"),
    ("隔壁组的小王去年拿了个奖，我就好奇：首届杭州工匠评上的人拿多少奖金", C16, [f"{C16}#七"],
     ["一次性奖励20000元"], "money"),
    ("我们是做芯片封测的，人不多。首届数字工匠的推荐表发到哪个邮箱", D23, [f"{D23}#三", f"{D23}#附件1/三/(一)"],
     ["szjjtu@vip.163.com"], "contact"),
    ("听工会的同事提了一嘴浙派工匠，这个奖多少年才评一回", ZJ, [f"{ZJ}#一"], ["每 5年评选一次"], "count"),
    ("我爸以前也是钳工，现在轮到我了。首届杭州工匠本来打算评多少个", C16, [f"{C16}#二"], ["30名"], "count"),
    ("昨天部门聚餐聊到这个，首席技师材料寄到什么地址，哪栋楼", CT, [f"{CT}#五"],
     ["解放东路 18 号市民中心 D 座 1818 室"], "place"),
    ("我们协会刚换届，秘书长让我问首席技师一个协会一般能报几个名额", CT, [f"{CT}#四"],
     ["各类协会推荐名额一般分别不超过 2 人"], "count"),
    ("单位打算报几个人，第四届数字工匠里四十岁以下的年轻人认定比例有没有下限", D26, [f"{D26}#二"],
     ["不低于 35%"], "count"),
    ("我老婆说我整天加班也没个名堂。首届数字工匠除了正式称号，还有个提名奖吗，几个名额", D23,
     [f"{D23}#附件1/一", f"{D23}#前言"], ["提名奖10名"], "count"),
    ("浙派工匠那个培育突出贡献单位，一次评几家", ZJ, [f"{ZJ}#一"], ["培育突出贡献单位 30个"], "count"),
    ("我是做焊接的，去年刚评上高级技师。首届杭州工匠评上了除了钱还给什么", C16, [f"{C16}#七"],
     ["证书、奖牌"], "money"),
    ("首届数字工匠那个通知里留的是谁的联系方式，我想打电话问问", D23, [f"{D23}#三", f"{D23}#附件1/三/(一)"],
     ["18757198625"], "contact"),
    ("我们街道工会也想凑个热闹，首届杭州工匠的宣传归哪个部门负责", C16, [f"{C16}#六", f"{C16}#六/2"],
     ["市委宣传部"], "organiser"),
    ("厂里技术科科长问我：第四届数字工匠的名单最后由哪几家单位审定", D26,
     [f"{D26}#三/(二)/1/(3)", f"{D26}#三/(二)/1", f"{D26}#三/(二)", f"{D26}#三"],
     ["市总工会、市人力社保局、市经信局、市数据局、市数据集团联合审定"], "organiser"),
    ("我在西湖边开了个小工作室修表。浙派工匠的评选办法从哪天起施行的", ZJ, [f"{ZJ}#七"], ["2023年 10月 1日"],
     "date"),
    ("首席技师的报送材料要纸质的还是电子的，我们行政小姑娘搞不清楚", CT, [f"{CT}#三/(二)", f"{CT}#三"],
     ["纸质材料和电子文档各一份"], "materials"),
]
PROCESS = [  # (question, programme, gold clauses, key facts, answer type)
    ("我们单位第一次弄这个，首届杭州工匠报上去以后要经过哪几个环节", C16, [f"{C16}#五"],
     ["资格审核、专家评审、社会公示、领导小组审定"], "procedure"),
    ("浙派工匠的专家评审是谁组织的，专家从哪儿来的", ZJ, [f"{ZJ}#四/(四)"], ["高技能人才评审专家库中随机抽取"],
     "procedure"),
    ("我们车间主任想报首席技师，单位内部确定人选之前要先干什么", CT, [f"{CT}#三/(一)", f"{CT}#三"],
     ["征求本单位员工意见，进行公示"], "procedure"),
    ("我是做直播电商运维的，业余也带几个新人。第四届数字工匠初审完了下一步是什么", D26,
     [f"{D26}#三/(二)/1/(2)", f"{D26}#三/(二)/1", f"{D26}#三/(二)", f"{D26}#三"], ["专家评审团队"], "procedure"),
    ("首席技师的佐证材料原件交上去还会退回来吗，我就这一份证书", CT, [f"{CT}#三/(一)", f"{CT}#三"],
     ["将原件退回"], "procedure"),
    ("浙派工匠评审结果出来以后是怎么处理的，要报给谁", ZJ, [f"{ZJ}#四/(六)"], ["报请省政府批准公布"],
     "procedure"),
    ("我们公司人事问：浙派工匠单位推荐之前内部公示要挂几天", ZJ, [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(二)"],
     ["不少于 5个工作日"], "procedure"),
    ("首届杭州工匠个人能不能自己报名，在哪里报", C16, [f"{C16}#四/(四)", f"{C16}#四"],
     ["职工技术协作网"], "place"),
    ("我们是区里的人社，首席技师推荐上去前要不要先组织专家评议", CT, [f"{CT}#三/(二)", f"{CT}#三"],
     ["组织专家对申报人选进行评议"], "procedure"),
    ("首届数字工匠评审阶段会征求哪些部门的意见", D23, [f"{D23}#附件1/三/(三)/1/(3)", f"{D23}#附件1/三/(三)/1",
                                        f"{D23}#附件1/三/(三)"], ["公安、发改（信用）"], "procedure"),
    ("我们领导问第四届数字工匠除了推荐表，还要交哪些材料", D26, [f"{D26}#五"],
     ["汇总表、申报支撑材料、相关印证材料"], "materials"),
    ("首席技师报上去要装订成册吗，连证书复印件一起？", CT, [f"{CT}#三/(二)", f"{CT}#三"],
     ["装订成册"], "materials"),
    ("首届杭州工匠的申报表要交几份，交给谁", C16, [f"{C16}#附件"], ["一式两份", "市总技协办"], "materials"),
    ("第四届数字工匠推荐对象本人还要填个什么东西吗，我听说有个问卷", D26, [f"{D26}#五"],
     ["创新培训营课程调查问卷"], "materials"),
]
DEADLINE = [  # (question, programme, gold clauses, key facts)
    ("我们今年订单多，忙得脚不沾地。第四届数字工匠材料几号之前要交", D26, [f"{D26}#五"], ["4月10日前"]),
    ("首届杭州工匠单位推荐最晚什么时候报到市总工会", C16, [f"{C16}#四/(一)", f"{C16}#四"], ["9月底前"]),
    ("首届杭州工匠整个认定工作计划什么时候弄完", C16, [f"{C16}#五"], ["2017年4月底前"]),
    ("我刚从外地调回杭州，首届数字工匠评审安排在几月份", D23, [f"{D23}#附件1/三/(三)"], ["2023年4月"]),
    ("首届数字工匠认定发布会哪个月开的", D23, [f"{D23}#附件1/三/(四)"], ["2023年5月"]),
    ("首席技师截止日期是哪天，我们科长怕赶不上", CT, [f"{CT}#五"], ["7 月 15 日"]),
]
rows = [dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
             answer_type=t, note=NOTE + f"single fact ({t}) inside a story") for q, p, g, k, t in FACT]
rows += [dict(kind="process", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
              answer_type=t, note=NOTE + f"single procedure ask ({t}) inside a story") for q, p, g, k, t in PROCESS]
rows += [dict(kind="deadline", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
              answer_type="date", note=NOTE + "single deadline ask inside a story") for q, p, g, k in DEADLINE]
assert len(rows) == 40, len(rows)
write(rows, prefix="qp-", start=2550, seed=2550)
