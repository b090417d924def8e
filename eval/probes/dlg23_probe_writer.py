"""dlg23 probe writer: deciding facts said in plain words in a dialogue (negatives, short replies, later turns).

Written 2026-12-07 by dlg23 before changing code, by someone who had read the code (not blind).
About half end not_eligible (the fact said fails a hard rule), half eligible/needs_review
(the same facts said the other way, or failing a soft rule), so failing more cannot win.

Run with: python eval/probes/dlg23_probe_writer.py > eval/probes/dlg23_dialogues.jsonl
"""
import json

H16 = "hz_craftsman_2016"
CT = "hz_chief_technician_2021"
D23 = "hz_digital_craftsman_2023"
D26 = "hz_digital_craftsman_2026"
ZJ = "zj_craftsman_2023"
NE, EL, NR = "not_eligible", "eligible", "needs_review"


def T(user, answers=None, facts=None, verdicts=None):
    return {"user": user, "answers": answers, "expect_facts": facts, "expect_verdicts": verdicts}


rows = []


def R(final, why, *turns):
    turns = [t if isinstance(t, dict) else T(t) for t in turns]
    turns[-1]["expect_verdicts"] = final
    rows.append({"turns": turns, "final_verdicts": final, "why": why})


# --- union membership said as a negative (hz_craftsman_2016: hard)
R({H16: NE}, "不是工会会员：hz_craftsman_2016#三/(一)",
  "首届杭州工匠，我是余杭一家汽配厂的数控车工，1980年的，中国人，2003年就来杭州这个厂了，一直在一线开车床",
  "工会我没参加过")
R({H16: NE}, "不是工会会员：hz_craftsman_2016#三/(一)",
  "2016年杭州工匠能评吗，我在临安做竹编十五年了，中国人，1972年生，一直自己上手编，工会没入，其他条件应该都行")
R({H16: NE}, "厂里没有工会，不是会员：hz_craftsman_2016#三/(一)",
  "想问下2016年首届杭州工匠，我1974年生，中国人，1996年进的杭州一家丝绸厂当织工，一直在车间织",
  "我们厂小，哪有什么工会")
R({H16: EL}, "会员、中国、在杭16年、一线、市赛第一：hz_craftsman_2016#三/(二)/5",
  "首届杭州工匠，1976年生，中国人，2000年起在杭州一家锅炉厂做焊工，一直在一线焊，2013年杭州市职业技能大赛焊工第一名",
  "入了，厂里统一办的")
# --- years in Hangzhou / in the trade (hz_craftsman_2016: 10 years, hard)
R({H16: NE}, "2010年来杭，到2016年在杭不满10年：hz_craftsman_2016#三/(二)",
  "首届杭州工匠，我在萧山做电焊，2014年杭州市职业技能大赛焊工第一名，会员，中国人，1978年生，一直在一线",
  "我是2010年才从温州过来杭州的，之前在温州焊")
R({H16: NE}, "干了五六年，不满10年：hz_craftsman_2016#三/(二)",
  "2016年那届杭州工匠我想问问，1982年生，中国人，工会会员，在滨江一家电子厂做SMT设备调试，一直在产线上",
  "干这个才五六年")
R({H16: NE}, "2009年入行，到2016年不满10年：hz_craftsman_2016#三/(二)",
  "2016杭州工匠，1985年生，中国人，会员，在杭州一家酒店做中式烹调，一线掌勺，2015年杭州市职业技能大赛中式烹调第一名",
  "2009年开始学厨的，之前在老家种地")
R({H16: EL}, "2004年进厂到2016年12年、会员、一线、市赛第一：hz_craftsman_2016#三/(二)/5",
  "2016那次杭州工匠，中国人，1979年生，会员，在下城一家印刷厂做印刷机长，还在机台上干",
  "2004年进的这个厂，一直干到现在",
  "2012年杭州市职业技能大赛印刷工第一名")
R({H16: EL}, "2004年来杭做钣金，到2016年12年：hz_craftsman_2016#三/(二)/5",
  "2016年首届杭州工匠，我那时候是杭州一家汽修厂的钣金工，1977年生，中国人，会员，一线，2015年杭州市职业技能大赛钣金第一名",
  "2004年来的杭州，一直干钣金")
# --- front line (2016)
R({H16: NE}, "2015年起在厂办当文员，不在一线：hz_craftsman_2016#三/(二)",
  "2016年杭州工匠，我1970年生，中国人，会员，1995年起在杭州一家纺织厂做挡车工，2013年杭州市职业技能大赛挡车工第一名",
  "2015年起我就调到厂办当文员了，不在车间了")
R({H16: EL}, "仍在一线：hz_craftsman_2016#三/(二)/5",
  "首届杭州工匠，我是西湖区一家茶厂的炒茶师傅，1968年生，中国人，会员，1990年起在杭州炒茶",
  "现在还天天自己炒，没去当领导",
  "2010年杭州市职业技能大赛炒茶第一名")
# --- skill level (chief technician: 技师 and above, hard)
R({CT: NE}, "高级工，低于技师：hz_chief_technician_2021#二",
  "2021年杭州首席技师，我是上城一家电梯公司的维修工，一直在一线修电梯，2019年评过全国技术能手，没评过浙江省首席技师",
  "证书就一个高级工")
R({CT: NE}, "中级工，低于技师：hz_chief_technician_2021#二",
  "21年那次首席技师我够不够，我在富阳一家造纸厂开纸机，一直在车间，2018年浙江省一类技能竞赛造纸个人第二名，没评过省首席技师",
  "等级证？只有中级的")
R({CT: NE}, "三级即高级工，低于技师：hz_chief_technician_2021#二",
  "2021年首席技师，我在滨江一家电子厂做设备维修，还在一线，2017年评上全国技术能手，没评过浙江省首席技师",
  "职业技能等级证书是三级的")
R({CT: EL}, "二级即技师、一线、全国技术能手：hz_chief_technician_2021#二/(一)",
  "2021年首席技师，我是下城一家印刷厂的印刷机长，一直在机台上，2018年评过全国技术能手，没评过浙江省首席技师",
  "职业技能等级证书是二级的")
R({CT: EL}, "高级技师、一线、全国技术能手：hz_chief_technician_2021#二/(一)",
  "2021年首席技师能报吗，我在萧山一家汽车厂做焊装调试，2017年评上全国技术能手，没评过浙江省首席技师",
  "高级技师，2015年考的",
  "一直在车间一线")
# --- front line (chief technician)
R({CT: NE}, "不下车间了，不在生产第一线：hz_chief_technician_2021#二",
  "首席技师2021年那次，我是高级技师，在杭州一家化工厂，2016年评过全国技术能手，没评过浙江省首席技师",
  "这几年主要在办公室做安全台账，不下车间了")
# --- years in Hangzhou (digital craftsman: 1 year / 2 years, hard)
R({D26: NE}, "2025年10月来杭，到2026-03-31不满1年：hz_digital_craftsman_2026#二",
  "第四届数字工匠能报吗 我做大模型推理优化的 在滨江一家民企 会员 没评过称号 干这行六年了",
  "去年十月才来杭州的，之前在深圳")
R({D26: NE}, "来杭不到一年：hz_digital_craftsman_2026#二",
  "我在余杭做自动驾驶感知算法，干了七年，会员，没评过称号，第四届杭州数字工匠想报",
  "来杭州还不到一年，之前在上海")
R({D23: NE}, "2021年底来杭，到2023-03-31不满2年：hz_digital_craftsman_2023#附件1/二",
  "首届数字工匠那次，我做工业视觉检测算法，干了八年，在钱塘一家民企，会员，没评过称号，2022年拿过杭州市科学技术进步奖三等奖",
  "我是2021年底才到杭州工作的")
R({D26: EL}, "2018年来杭、会员、省科技奖：hz_digital_craftsman_2026#二/(三)",
  "第四届数字工匠，我在滨江做云平台后端开发，民企普通工程师，会员，没评过称号，2024年浙江省科学技术进步奖二等奖",
  "2018年来的杭州，一直在这干，七八年了")
R({D26: EL}, "更正为2019年来杭；省科技奖：hz_digital_craftsman_2026#二/(三)",
  "第四届数字工匠，我做工业互联网平台开发，去年才来杭州",
  "说错了，是2019年来的杭州，一直在余杭这家民企全职，会员，没评过称号，干这行八年了",
  "2025年拿了浙江省科学技术进步奖三等奖")
R({D26: EL}, "工会去年入了：hz_digital_craftsman_2026#二/(三)",
  "第四届数字工匠，我在钱塘做工业机器人控制软件开发，2015年来杭州一直在这家民企全职，没评过称号，2024年浙江省科学技术进步奖二等奖",
  "工会的话去年入了")
# --- union for the digital honours is soft: a negative is needs_review, not not_eligible
R({D23: NR}, "不是工会会员（原则上）：hz_digital_craftsman_2023#附件1/二",
  "首届数字工匠，我在西湖区一家民企做数据库内核开发，2015年来杭州，干了九年，2021年杭州市科学技术进步奖二等奖，没评过称号",
  "工会没入")
R({D26: NR}, "干数据这行三年，一般5年以上（软性）：hz_digital_craftsman_2026#二",
  "第四届数字工匠，我在上城一家民企做数据标注质检，2021年来杭州一直在这，会员，没评过称号，2025年浙江省科学技术进步奖三等奖",
  "干数据这行才三年")
# --- technical post (digital craftsman: hard)
R({D26: NE}, "现在管项目预算，不在技术岗位：hz_digital_craftsman_2026#二",
  "第四届数字工匠，我在西湖区一家民企做了九年大数据平台开发，2017年来杭州的，会员，没评过称号",
  "不过现在坐办公室管项目预算了，代码早就不写了")
R({D23: NE}, "2022年起做销售，不在技术岗位：hz_digital_craftsman_2023#附件1/二",
  "首届数字工匠我想问，我2012年起在杭州一家民企做云计算运维，会员，没评过称号",
  "2022年开始转去做销售了，天天跑客户")
R({D26: EL}, "仍写代码，技术岗位：hz_digital_craftsman_2026#二/(三)",
  "第四届数字工匠，我在拱墅一家民企做工业APP开发十年了，2016年来杭州，会员，没评过工匠，2023年浙江省科学技术进步奖三等奖",
  "我还是天天写代码，没转管理")
R({D23: EL}, "国企普通工程师、2013年来杭、省科技奖：hz_digital_craftsman_2023#附件1/二/(三)",
  "首届杭州数字工匠那次，我是拱墅一家国企的普通开发工程师，不是领导，做电力调度系统开发",
  "2013年来的杭州，一直全职，会员，没评过工匠",
  "2020年拿过浙江省科学技术进步奖三等奖")
# --- zj_craftsman_2023: level (高级技师, hard), years in Zhejiang (1 year, hard), in post, front line
R({ZJ: NE}, "技师，未取得高级技师：zj_craftsman_2023#三/(一)",
  "浙派工匠我想报，宁波一家模具厂的钳工，干了二十年，在岗一线",
  "我是技师，高级技师还没考")
R({ZJ: NE}, "今年三月才来浙江，在浙不满1年：zj_craftsman_2023#三/(一)",
  "浙派工匠，我是高级技师，数控铣工，干了十五年，在嘉兴一家厂里一线干",
  "我今年三月才从江苏调过来浙江")
R({ZJ: NE}, "已退休：zj_craftsman_2023#三",
  "浙派工匠，我是杭州一家汽轮机厂的高级技师，装配钳工，干了三十年",
  "前年已经退休了，在家带孙子")
R({ZJ: NE}, "当车间主任管计划，不在一线：zj_craftsman_2023#三/(一)",
  "浙派工匠，高级技师，在台州一家泵厂，干了二十年钳工",
  "现在当车间主任了，主要管生产计划，不怎么上手")
R({ZJ: NR}, "高级技师、在岗一线、在浙多年；带徒业绩由评审认定：zj_craftsman_2023#三/(一)/1",
  "浙派工匠，温州一家阀门厂的高级技师，车工，在岗一线干了二十多年，带过十几个徒弟，有三个拿了省赛前三",
  "一直在浙江干")
R({ZJ: NR}, "在岗、在浙十二年；操作法业绩由评审认定：zj_craftsman_2023#三/(一)/3",
  "浙派工匠我想报，高级技师，电工，在绍兴一家热电厂上班，总结过一套带电检修操作法，厂里推广了",
  "在浙江干了十二年了，一直一线，还没退休")

for i, row in enumerate(rows, 1):
    out = {"id": f"dlg-dq{i:03d}", "split": "A" if i % 2 else "B", **row}
    print(json.dumps(out, ensure_ascii=False))
