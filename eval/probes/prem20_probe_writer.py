"""prem20 probe qp-2630…2669: a wrong premise ("…对吧/是吧/没错吧") corrected in the first line by the clause that
holds the right value.

30 false premises and 10 true ones, on the kinds the blind batches held: an age cap and its exception, the years a
rule asks for, who reviews / reports / sets up a body, the channel (网站自荐、纸质加电子、原件退回), dates of issue and
of steps, quotas per district, which edition has which rule (首届 has no 直接认定), who may apply (退休返聘、外地户口、
机关人员 "一律"), and what the honour gives (奖金、奖章、纪念品). Eight are told as hearsay (我同事说、群里有人讲、
网上看到、听我们主任讲…), eight are one of two asks. Unlike prem15-17 the values are mostly ones those probes did not
touch (事迹字数 600/300, 通知印发日期, 评审结果复核, 领导小组由谁邀请, 报送单位, 原件退回…). The true ones state the
notice's own value and must be confirmed, never answered 不对.

Written from the five notices before any code change (by one who had read the code: not blind). Split by
random.Random(2630): the first half dev (A, tuned on), the rest test (B, held out). The gold of qp-2653 first named
二 alone; 附件1/二 states the same sentence word for word, so both are gold (changed after the first measurement, a
label error, not a code change). Run from the repo root:
python -m eval.probes.prem20_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
F = [  # false premises: (question, program, answer type, gold clauses, key facts)
 # ages and years
 ("首届杭州工匠过了60岁就一律不能报了，没有例外的吧", C16, "age", [f"{C16}#三"], ["有突出贡献的可不受年龄限制"]),
 ("我们人事说浙派工匠得在浙江全职干满两年，我去年才从江苏调过来，那肯定不够格了吧",
  ZJ, "duration", [f"{ZJ}#三"], ["在浙全职工作 1年以上"]),
 ("群里有人讲首届数字工匠从事数字经济行业要满8年，是这样吧", D23, "duration", [f"{D23}#二"], ["一般在5年以上"]),
 ("第四届数字工匠在杭全职要满两年才行的吧，跟上一届一个要求？", D26, "duration", [f"{D26}#二"],
  ["在杭全职工作1年以上"]),
 # who reviews, reports, sets up
 ("浙派工匠的评审结果是省总工会复核的吧", ZJ, "organiser", [f"{ZJ}#四/(五)", f"{ZJ}#四"], ["省人力社保厅对评审结果进行复核"]),
 ("首届数字工匠那个认定工作领导小组是市人社局出面牵头成立的，没错吧", D23, "organiser",
  [f"{D23}#附件1/三/(三)/2", f"{D23}#附件1/三/(三)"], ["由主办和承办单位邀请"]),
 ("听我们主任讲，浙派工匠的人选最后是各市人社局直接报到省里去的，对吧", ZJ, "organiser",
  [f"{ZJ}#四/(二)/4", f"{ZJ}#四/(二)"], ["由设区市政府"]),
 ("首届杭州工匠那次，宣传工作是市总工会管的吧？专业技术指导又是谁", C16, "organiser", [f"{C16}#六"],
  ["市委宣传部负责"]),
 # channel
 ("首届杭州工匠个人自荐是要到市总工会现场去报名的吧", C16, "channel", [f"{C16}#四/(四)", f"{C16}#四"],
  ["职工技术协作网"]),
 ("首届杭州工匠的申报表只交个电子档就可以了对吧", C16, "channel", [f"{C16}#附件"], ["一式两份并电子档"]),
 ("网上看到说首席技师的佐证材料原件交上去就不退了，是吧？那我的证书原件岂不是拿不回来",
  CT, "channel", [f"{CT}#三/(一)", f"{CT}#三"], ["将原件退回"]),
 ("首席技师的材料发个电子版到邮箱就行了吧？截止是哪天", CT, "channel", [f"{CT}#三/(二)", f"{CT}#三"],
  ["纸质材料和电子文档各一份"]),
 # dates
 ("首届杭州工匠，区里是10月底前把推荐报到市总工会的吧", C16, "date", [f"{C16}#四/(一)", f"{C16}#四"], ["9月底前"]),
 ("第四届数字工匠那份通知是2026年4月才发出来的吧", D26, "date", [f"{D26}#五"], ["2026年3月16日"]),
 ("我同事说首届数字工匠的评审是放在2023年6月搞的，没错吧", D23, "date", [f"{D23}#附件1/三/(三)", f"{D23}#附件1/三"],
  ["2023年4月"]),
 ("2021年首席技师那个通知是5月份印发的吧？联系人是谁", CT, "date", [f"{CT}#五"], ["2021 年 6 月 21 日"]),
 ("浙派工匠这个办法是省人社厅2023年10月印发的吧？奖金有多少", ZJ, "date", [f"{ZJ}#七", f"{ZJ}#前言"],
  ["2023年 8月 31日"]),
 # quotas and counts
 ("我们在滨江，第四届数字工匠区里能推8个的吧？推荐表交到哪", D26, "count", [f"{D26}#三/(一)", f"{D26}#三"], ["不超过 6 名"]),
 ("首届数字工匠各区县总工会最多只能推10个，对吧", D23, "count", [f"{D23}#三"], ["一般10-20名"]),
 ("听说浙派工匠一次要评一百个人，是吧？多久评一次", ZJ, "count", [f"{ZJ}#一"], ["突出贡献浙派工匠 50名"]),
 ("第四届数字工匠推荐表上的主要事迹可以写500字吧", D26, "count", [f"{D26}#附件"], ["300字以内"]),
 ("首届杭州工匠申报表的主要事迹简介限400字以内吧？要交几份", C16, "count", [f"{C16}#附件"], ["600字以内"]),
 # which edition set which rule
 ("首届数字工匠就有竞赛第一名直接认定了吧？我2022年拿过市里数字经济比赛的第一", D23, "rule",
  [f"{D26}#一"], ["直接认定"]),
 ("已经评上杭州工匠的，首届数字工匠还可以推的吧", D23, "rule", [f"{D23}#二", f"{D23}#附件1/二"], ["不予推荐"]),
 # who may apply
 ("我们厂退休返聘的老师傅，浙派工匠也可以推荐的吧", ZJ, "rule", [f"{ZJ}#三"], ["退休人员不作为推荐对象"]),
 ("我朋友说机关里的人第四届数字工匠是一律不予推荐的，对吧", D26, "rule", [f"{D26}#二"], ["原则上不予推荐"]),
 ("首席技师只有杭州户口的才能报吧？我是河南户口，在余杭干钳工十几年了", CT, "rule", [f"{CT}#一"],
  ["各类所有制经济、社会组织中在一线岗位上直接从事技能工作的人员"]),
 # what the honour gives
 ("浙派工匠评上了每人奖励5万块，是吧", ZJ, "money", [f"{ZJ}#五"], ["每人奖励 1万元"]),
 ("首届数字工匠评上了也有一次性奖金的吧？还有别的待遇吗", D23, "money", [f"{D23}#附件1/四"],
  ["颁发证书、奖牌、纪念品"]),
 ("听人说首届杭州工匠评上的同时还给浙江省五一劳动奖章，是吧", C16, "rule", [f"{C16}#七"], ["杭州市五一劳动奖章"]),
]
T = [  # true premises: confirmed, never 不对
 ("第四届数字工匠滨江、西湖、余杭能多推几个，最多6名对吧", D26, "count", [f"{D26}#三/(一)", f"{D26}#三"], ["不超过 6 名"]),
 ("浙派工匠奖金是每人一万块吧", ZJ, "money", [f"{ZJ}#五"], ["1万元"]),
 ("首席技师佐证材料的原件校验完会退回来的吧", CT, "channel", [f"{CT}#三/(一)", f"{CT}#三"], ["将原件退回"]),
 ("听说首届数字工匠的评审放在2023年4月，是吧", D23, "date", [f"{D23}#附件1/三/(三)", f"{D23}#附件1/三"], ["2023年4月"]),
 ("首届杭州工匠申报表要交一式两份的吧", C16, "count", [f"{C16}#附件"], ["一式两份"]),
 ("第四届数字工匠的直接认定看的是2025年以来的竞赛第一名吧", D26, "rule", [f"{D26}#一"], ["2025年以来"]),
 ("浙派工匠的评选办法是2023年10月1日起施行的吧", ZJ, "date", [f"{ZJ}#七"], ["2023年 10月 1日"]),
 ("首届杭州工匠评上的，符合条件的还同时授予杭州市五一劳动奖章，对吧", C16, "rule", [f"{C16}#七"],
  ["杭州市五一劳动奖章"]),
 ("首席技师那次全市一共认定20名，是吧？", CT, "count", [f"{CT}#四"], ["20 名"]),
 ("第四届数字工匠推荐表的主要事迹是300字以内对吧", D26, "count", [f"{D26}#附件"], ["300字以内"]),
]

NOTE_F = "prem20 probe (seed 2630): a wrong value or rule said as 对吧/是吧; the first line corrects it with the clause holding the right value"
NOTE_T = "prem20 probe (seed 2630): a true premise; the answer confirms it and must not say 不对"
rows = [{"kind": "false_premise", "question": q, "program": p, "gold_clause_ids": g, "key_facts": k,
         "expect_refusal": False, "answer_type": t, "note": NOTE_F} for q, p, t, g, k in F]
rows += [{"kind": "fact", "question": q, "program": p, "gold_clause_ids": g, "key_facts": k,
          "expect_refusal": False, "answer_type": t, "note": NOTE_T} for q, p, t, g, k in T]

if __name__ == "__main__":
    write(rows, prefix="qp-", start=2630, seed=2630)
