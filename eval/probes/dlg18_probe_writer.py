"""dlg18 probe writer: conversations between turns (bare replies, rule questions mid-case, corrections, own titles)."""
import json
import random

D26 = "hz_digital_craftsman_2026"
D23 = "hz_digital_craftsman_2023"
CT = "hz_chief_technician_2021"


def T(user, answers=None, facts=None, verdicts=None):
    return {"user": user, "answers": answers, "expect_facts": facts, "expect_verdicts": verdicts}
rows = []




def R(turns, final, why, note):
    rows.append({"turns": turns, "final_verdicts": final, "why": why, "note": note})

# --- bare yes/no to the union question (the opener leaves only the union and achievements open)
U = [("第四届杭州数字工匠问一下 我在滨江一家做云存储的民企写后端 干了九年 2017年来的杭州一直全职 称号没评过", "是的呀", True),
     ("我想报第四届数字工匠 在余杭一家做跨境电商SaaS的公司写前端 一八年过来杭州的 一直全职干到现在 什么工匠都没评过", "对头", True),
     ("问下今年那个第四届数字工匠 我在拱墅一家做智能仓储系统的公司做嵌入式开发 2016年来杭州 全职 没拿过称号", "嗯呐", True),
     ("第四届杭州数字工匠我够不够 我在上城一家金融科技公司做数据库运维 十年了 2016年起一直在杭州全职 称号一个没有", "没", False),
     ("帮我看下第四届数字工匠 我在临平一家做工业视觉的公司写算法 2018年来杭州全职 做这个八年 没评过工匠", "冇", False),
     ("第四届杭州数字工匠 本人在钱塘一家芯片设计公司做验证工程师 干了七年 19年来杭州一直全职 没评过称号", "木有", False),
     ("数字工匠第四届的 我在西湖区做网络安全 渗透测试 干了八年了 2018年来杭州 全职 没获得过什么称号", "没得", False)]
for user, reply, val in U:
    R([T(user), T(reply, "union_member", {"union_member": val}, {D26: "needs_review"})], {D26: "needs_review"},
      "数字经济、满5年、在杭1年以上、技术岗、未获称号；业绩未说：hz_digital_craftsman_2026#二", "bare reply to the union question")

# --- bare no to the titles question (chief technician: the opener leaves the titles open)
P = [("我在临平一家注塑厂做模具钳工 高级技师 干了十六年 一直在车间 杭州市首席技师能报吗", "冇"),
     ("杭州市首席技师 我是富阳一家造纸厂的维修电工 高级技师证有 干了二十年 一直一线", "木有"),
     ("想问首席技师 我在萧山一家纺机厂做装配钳工 高级技师 做了十八年 在车间里干活", "没得"),
     ("我在滨江一家电子厂做SMT设备维修 高级技师 十五年了 还在一线 首席技师可以报吗", "一个都冇")]
for user, reply in P:
    R([T(user), T(reply, "prior_titles", {"prior_titles": []}, {CT: "needs_review"})], {CT: "needs_review"},
      "高级技师、一线、在杭；业绩未说：hz_chief_technician_2021#二", "bare no to the titles question")

# --- not knowing, and a count said loosely
R([T("第四届数字工匠 我在余杭一家做直播电商数据中台的公司 做数据开发 2019年来杭州全职 没评过称号 干这行七年"),
   T("不晓得诶 公司有没有工会都不清楚", None, None, {D26: "needs_review"}),
   T("没得", "achievements", None, {D26: "needs_review"})], {D26: "needs_review"},
  "会员未知，原则上条件由评审认定：hz_digital_craftsman_2026#二", "not knowing, then the next question")
R([T("第四届数字工匠 我在西湖区一家做政务云的公司当运维 2020年来杭州一直全职 工会会员 没评过称号"),
   T("大概八九年", "years_in_field", None, {D26: "needs_review"})], {D26: "needs_review"},
  "满5年：hz_digital_craftsman_2026#二", "a loose count")
R([T("首届杭州数字工匠 我在滨江一家做物联网平台的公司写嵌入式 工会会员 没评过称号 一直全职"),
   T("零几年吧 一毕业就干这行了", None, None, None)], {D23: "needs_review"},
  "满年限：hz_digital_craftsman_2023", "a loose start year")
R([T("杭州市首席技师能报吗 我在下沙一家汽车厂做焊工 高级技师 一线 没评过称号 做焊工做了好多年"),
   T("记不清了 反正十几年了", "years_in_field", None, {CT: "needs_review"})], {CT: "needs_review"},
  "业绩未说：hz_chief_technician_2021#二", "a loose count with not remembering")

# --- a reply that gives another fact than asked
R([T("第四届杭州数字工匠 我在一家做智能客服的公司写NLP 干了七年 19年来杭州全职 没评过称号"),
   T("我是萧山的", "employer_city", {"employer_city": "杭州"}, {D26: "needs_review"}),
   T("是会员", "union_member", {"union_member": True}, {D26: "needs_review"})], {D26: "needs_review"},
  "萧山属杭州：hz_digital_craftsman_2026#二", "another fact than the one asked")
R([T("首席技师 我在一家数控机床厂做装调 高级技师 干了十七年 一线"),
   T("单位在富阳", "employer_city", {"employer_city": "杭州"}, None),
   T("没评过", "prior_titles", {"prior_titles": []}, {CT: "needs_review"})], {CT: "needs_review"},
  "富阳属杭州：hz_chief_technician_2021#二", "another fact than the one asked")

# --- a rule question in the middle of the case
R([T("想报杭州市首席技师 我在拱墅一家机床厂做数控车工 高级技师 干了十五年 一线"),
   T("要交什么材料"),
   T("没评过", "prior_titles", {"prior_titles": []}, None),
   T("那我能报吗", None, None, {CT: "needs_review"})], {CT: "needs_review"},
  "材料：hz_chief_technician_2021#三/(二)；业绩未说", "rule question mid-case, then the pending answer")
R([T("第四届数字工匠 我在滨江一家做云原生的公司写Go 干了八年 2018年来杭州一直全职 没评过称号"),
   T("截止时间是哪天"),
   T("是的 会员", "union_member", {"union_member": True}, None),
   T("那我这种情况能报不", None, None, {D26: "needs_review"})], {D26: "needs_review"},
  "截止：hz_digital_craftsman_2026#三；业绩未说", "rule question mid-case")
R([T("我在富阳一家造纸厂当电工 技师 一直在一线 做了十二年 杭州市首席技师我行不行"),
   T("技师要几年才能报"),
   T("那我能报吗", None, None, {CT: "not_eligible"})], {CT: "not_eligible"},
  "首席技师须高级技师：hz_chief_technician_2021#二", "facts given before a rule question are used")
R([T("首届杭州数字工匠 我在上城一家做支付系统的公司写Java 2015年来杭州全职 干了九年 没评过称号"),
   T("工会会员是硬性要求吗"),
   T("嗯 是的", "union_member", {"union_member": True}, None),
   T("那能报吗", None, None, {D23: "needs_review"})], {D23: "needs_review"},
  "会员原则上：hz_digital_craftsman_2023", "rule question about the pending fact, then the answer")

# --- own title then applying
R([T("杭州工匠要几年工龄？另外我已经是浙江工匠了，能申报第四届杭州数字工匠吗", None, None, {D26: "not_eligible"})],
  {D26: "not_eligible"}, "已被认定为浙江工匠的不再重复推荐：hz_digital_craftsman_2026#二", "rule question then own title")
R([T("首席技师看什么条件？我21年评上杭州工匠了，第四届数字工匠还能报吗", None, None, {D26: "not_eligible"})],
  {D26: "not_eligible"}, "杭州工匠不再重复推荐：hz_digital_craftsman_2026#二", "rule question then own title")
R([T("我已经是杭州数字工匠了 第四届能重复报吗", None, None, {D26: "not_eligible"})], {D26: "not_eligible"},
  "不再重复推荐：hz_digital_craftsman_2026#二", "held title + repeat")
R([T("我前年被认定为浙江工匠 这次第四届数字工匠能重复申报不", None, None, {D26: "not_eligible"})], {D26: "not_eligible"},
  "不再重复推荐：hz_digital_craftsman_2026#二", "held title + repeat")

# --- corrections replacing a fact of another kind
R([T("第四届杭州数字工匠 我在滨江做工业互联网平台开发 干了八年 2018年来杭州全职 工会会员 没评过称号 2025年拿了浙江省数字经济职业技能竞赛个人第一 能直接认定吗"),
   T("不对 那个比赛是我徒弟拿的", "trained_apprentices", None, {D26: "needs_review"})], {D26: "needs_review"},
  "徒弟获奖非本人第一，不能直接认定：hz_digital_craftsman_2026#一", "correction: own place -> apprentice's")
R([T("首席技师 我在萧山一家汽配厂做数控车工 高级技师 干了十八年 一线 没评过称号 去年拿了杭州市职工技能大赛第一名"),
   T("搞错了 那个第一是我带的徒弟拿的 我是教练", "trained_apprentices", None, None)], {CT: "needs_review"},
  "本人无竞赛名次：hz_chief_technician_2021#二", "correction: own place -> apprentice's")
R([T("第四届数字工匠 我在余杭做电商推荐算法 干了七年 19年来杭州 全职 会员 没评过称号"),
   T("哦对了我去年调到人事部了", "role_type", {"role_type": "administrative"}, {D26: "not_eligible"})], {D26: "not_eligible"},
  "须仍在技术岗位：hz_digital_craftsman_2026#二", "correction: a later post off the line")

# --- support posts in everyday words, and a manager who still codes
R([T("我在上城一家软件公司 在仓库做仓管 干了八年 2018年来杭州 全职 工会会员 没评过称号 想报第四届数字工匠", None,
     {"role_type": "administrative"}, {D26: "not_eligible"})], {D26: "not_eligible"},
  "须仍在技术岗位：hz_digital_craftsman_2026#二", "support post in everyday words")
R([T("我在拱墅一家机械厂 以前是钳工 高级技师 现在调到人事部了 干了二十年 首席技师能报吗", None,
     {"role_type": "administrative"}, {CT: "not_eligible"})], {CT: "not_eligible"},
  "须在生产一线岗位：hz_chief_technician_2021#二", "support post in everyday words")
R([T("我是副总 兼技术负责人 代码还在写 在西湖区一家AI公司 干了十年 2016年来杭州 全职 工会会员 没评过称号 想报第四届杭州数字工匠", None,
     {"role_type": "frontline_technical"}, {D26: "needs_review"})], {D26: "needs_review"},
  "仍在技术岗位；业绩未说：hz_digital_craftsman_2026#二", "manager who still codes")
R([T("第四届数字工匠 我在滨江一家做SaaS的公司 在前台做接待 干了六年 2020年来杭州 全职 会员 没评过称号", None,
     {"role_type": "administrative"}, {D26: "not_eligible"})], {D26: "not_eligible"},
  "须仍在技术岗位：hz_digital_craftsman_2026#二", "support post in everyday words")
R([T("杭州市首席技师 我在临平一家纺织厂 高级技师 干了二十年 前年转去做财务了 没评过称号", None,
     {"role_type": "administrative"}, {CT: "not_eligible"})], {CT: "not_eligible"},
  "须在生产一线岗位：hz_chief_technician_2021#二", "support post in everyday words")
R([T("首席技师能报吗 我在余杭一家电梯厂 高级技师 干了十九年 没评过称号"),
   T("现在在后勤管食堂", "role_type", {"role_type": "administrative"}, {CT: "not_eligible"})], {CT: "not_eligible"},
  "须在生产一线岗位：hz_chief_technician_2021#二", "support post as a reply")
R([T("第四届数字工匠 我是做大数据平台的 技术总监 但每天还在一线写代码调优 干了十一年 2015年来杭州 全职 会员 没评过称号", None,
     {"role_type": "frontline_technical"}, {D26: "needs_review"})], {D26: "needs_review"},
  "仍在技术岗位；业绩未说：hz_digital_craftsman_2026#二", "manager who still codes")

rnd = random.Random(1807)
order = list(range(len(rows)))
rnd.shuffle(order)
half = {i: ("A" if k % 2 == 0 else "B") for k, i in enumerate(order)}
with open("eval/probes/dlg18_dialogues.jsonl", "w", encoding="utf-8") as f:
    for n, r in enumerate(rows):
        f.write(json.dumps({"id": f"dlg-df{n+1:03d}", "split": half[n], **r}, ensure_ascii=False) + "\n")
print(len(rows))
