"""Write qp-1200..1249 (qa8 probe: does the sentence hold the asked THING), shuffled by seed 2135 into A/B."""
from eval.probes.probe_rows import write
D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
R = []
def ans(q, prog, gold, facts, at, kind="fact"):
    R.append(dict(kind=kind, question=q, program=prog, gold_clause_ids=[f"{prog}#{g}" for g in gold],
                  key_facts=facts, expect_refusal=False, answer_type=at))
def ref(q, prog, at, missing, kind="unanswerable"):
    R.append(dict(kind=kind, question=q, program=prog, gold_clause_ids=[], key_facts=[], expect_refusal=True,
                  answer_type=at, missing=missing))
# --- 公示: level of the 公示 asked vs the level the sentence holds
ref("首席技师推到市人社局以后，市里还要再公示吗？公示几天？", CT, "count", ["市级公示"])
ref("我们厂报首席技师，厂里内部公示要公示几天？", CT, "count", ["单位公示天数"])
ans("浙派工匠在单位里公示，至少要公示多少天？", ZJ, ["四/(二)/1"], ["不少于5个工作日"], "count")
ans("突出贡献浙派工匠评完以后全省公示多久？", ZJ, ["四/(五)"], ["不少于5个工作日"], "count")
ref("浙派工匠到了市人社局审核推荐那一步，市里公示几天？", ZJ, "count", ["市级公示天数"])
ans("首届杭州工匠社会公示是在哪些地方公示的？", C16, ["五"], ["报纸、电视、网络"], "place")
ref("报杭州工匠，单位里面需要先公示一下吗？", C16, "yes_no", ["单位公示"])
ref("第四届数字工匠名单公示几天？", D26, "count", ["公示天数"])
# --- 名额: whose quota is asked vs whose the sentence gives
ref("浙派工匠杭州市能分到几个推荐名额？", ZJ, "count", ["杭州名额"])
ans("突出贡献浙派工匠全省一共评多少个？", ZJ, ["一"], ["50名"], "count")
ref("第四届杭州数字工匠这次总共认定多少人？", D26, "count", ["认定总数"])
ans("首届杭州数字工匠一共打算认定几个人？", D23, ["附件1/一", "前言"], ["50名"], "count")
ans("我们在滨江，区总工会报第四届数字工匠最多能推几个？", D26, ["三/(一)"], ["6名"], "count")
ans("拱墅区总工会推荐第四届数字工匠，名额是几个？", D26, ["三/(一)"], ["4名"], "count")
ref("第四届数字工匠，一家企业最多能推荐几个人？", D26, "count", ["单个企业名额"])
ref("首席技师一个公司能报几个人？", CT, "count", ["单个企业名额"])
ans("行业协会推荐杭州市首席技师，最多推几个？", CT, ["四"], ["2人"], "count")
ans("西湖区人社局推首席技师一般能推几个？", CT, ["四"], ["4人"], "count")
ref("首届杭州工匠每个区能推荐几个人？", C16, "count", ["各区名额"])
ans("培育突出贡献单位这次评几个？", ZJ, ["一"], ["30个"], "count")
# --- money: which programme / which body pays
ans("评上首届杭州工匠能拿多少奖金？", C16, ["七"], ["20000元"], "money")
ans("浙派工匠评上了奖励多少钱？", ZJ, ["五"], ["1万元"], "money")
ref("杭州市首席技师认定了有奖金吗？给多少？", CT, "money", ["奖金"])
ref("第四届杭州数字工匠评上有没有奖金？", D26, "money", ["奖金"])
ref("浙派工匠省里奖1万，杭州市里会不会再配套奖励？", ZJ, "money", ["市里配套奖励"])
ref("评上杭州工匠以后，区里还另外发奖金吗？", C16, "money", ["区里奖励"])
# --- time: which programme / which stage
ans("第四届数字工匠推荐表什么时候前要交？", D26, ["五"], ["4月10日"], "date")
ref("第四届杭州数字工匠的认定结果大概什么时候公布？", D26, "date", ["结果公布时间"])
ans("首届杭州数字工匠的认定发布会是什么时候开的？", D23, ["前言", "附件1/三/(四)"], ["五一"], "date")
ref("杭州市首席技师大概什么时候出认定结果？", CT, "date", ["结果时间"])
ans("首席技师材料最晚什么时候报上去？", CT, ["五"], ["7月15日"], "date")
ref("浙派工匠下一次什么时候开始申报？", ZJ, "date", ["申报开始时间"])
ans("浙派工匠这个评选办法从哪天开始施行？", ZJ, ["七"], ["2023年10月1日"], "date")
ans("首届杭州工匠的认定工作什么时候结束？", C16, ["五"], ["2017年4月底"], "date")
# --- body: who does the asked step
ans("第四届数字工匠的最终名单是哪些单位审定的？", D26, ["三/(二)/1/(3)"], ["联合审定"], "body")
ref("第四届数字工匠的初审是哪个部门负责？", D26, "body", ["初审部门"])
ans("首届杭州工匠的初审是谁来做？", C16, ["五"], ["市总工会"], "body")
ans("浙派工匠的专家评审是哪个部门组织的？", ZJ, ["四/(四)"], ["省人力社保厅"], "body")
ans("突出贡献浙派工匠最后由谁批准？", ZJ, ["四/(六)", "五"], ["省政府"], "body")
ref("首席技师到市里评审的时候，评审专家是怎么选出来的？", CT, "procedure", ["市级评审专家产生方式"])
# --- another programme's rule
ref("第四届杭州数字工匠有没有提名奖？", D26, "yes_no", ["提名奖"])
ans("首届杭州数字工匠的提名奖有几个？", D23, ["附件1/一", "前言"], ["10名"], "count")
ref("第四届数字工匠评上了会发奖牌吗？", D26, "yes_no", ["奖牌"])
ans("首届杭州数字工匠评上了发些什么？", D23, ["附件1/四"], ["证书、奖牌、纪念品"], "rule")
ans("首席技师的申报材料纸质和电子版各要几份？", CT, ["三/(二)"], ["各一份"], "materials")
ref("浙派工匠的推荐材料要交几份？", ZJ, "count", ["材料份数"])
# --- two asks, both unwritten: the answer must name both
ref("杭州市首席技师有没有奖金？市里公示几天？", CT, "money", ["奖金", "公示天数"], kind="multi")
ref("第四届数字工匠一共评多少人？结果什么时候公布？", D26, "count", ["认定总数", "结果公布时间"], kind="multi")
ref("首届杭州工匠每个区能推几个？单位里要先公示吗？", C16, "count", ["各区名额", "单位公示"], kind="multi")
ref("浙派工匠杭州分几个名额？市里公示几天？", ZJ, "count", ["杭州名额", "市级公示天数"], kind="multi")
assert len(R) == 50, len(R)
write([{**{k: v for k, v in row.items() if k != "missing"},
        "note": "qa8 probe (seed 2135): does the best sentence hold the asked thing"
                + (f"; not written: {'、'.join(row['missing'])}" if row.get("missing") else "")} for row in R],
      prefix="qp-", start=1200, seed=2135)
