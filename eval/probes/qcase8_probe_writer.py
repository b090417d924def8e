"""Write qp-1350…1399 (qcase8 probe: premises that reorder or skip a step, name a body, a date or a count loosely, and
comparisons where one side is silent), written from the five notices before any code change; shuffled by
random.Random(2156), the first half dev (A), the rest test (B). Run from the repo root as
``python -m eval.probes.qcase8_probe_writer``; with --write it appends (refused when the ids are already there),
without it prints the rows; either way every gold clause and key fact is checked."""
from eval.probes.probe_rows import write
D4, D1, HC, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                      "hz_chief_technician_2021", "zj_craftsman_2023")
FP = "false_premise"
rows = [
 # --- a step reordered (the notice gives the order) ---
 (FP, "浙派工匠是不是先在单位里公示，公示完了再搞民主推荐？", ZJ, ["四/(二)/1"], ["民主推荐"], "procedure", "order: 推荐→公示"),
 (FP, "首届杭州工匠好像是先社会公示，然后再请专家评审的吧", HC, ["五"], ["经专家评审后"], "procedure", "order: 评审→公示"),
 (FP, "第四届数字工匠流程是先审定名单，再交给专家团队评审，对不对", D4, ["三/(二)/1"], ["初审入围人员"], "procedure", "order: 初审→评审→审定"),
 (FP, "首届数字工匠候选人是先社会公示，公示完再由领导小组审定的吧？", D1, ["附件1/三/(三)", "三"], ["领导小组审定"], "procedure", "order: 审定→公示"),
 (FP, "杭州工匠我理解是领导小组先定下来人选，最后才社会公示，是这样吧", HC, ["五"], ["社会公示"], "procedure", "order: 公示→审定"),
 (FP, "浙派工匠应该是省政府先批准，批了再在全省公示吧", ZJ, ["四/(五)", "四/(六)", "四"], ["报请省政府批准"], "procedure", "order: 公示→报批"),
 (FP, "首席技师是单位先把材料报给区人社，报上去以后单位再公示的对吧", CT, ["三/(一)"], ["公示无异议的"], "procedure", "order: 公示→报送"),
 (FP, "首届数字工匠是先去公安那边征求意见，再组织专家评审的吧", D1, ["附件1/三/(三)/1", "附件1/三/(三)"], ["候选对象名单"], "procedure", "order: 评审→征求意见"),
 (FP, "浙派工匠报到省里以后，省厅才去征求公安部门意见的吧", ZJ, ["四/(二)/3", "四/(二)/4", "四/(二)"], ["征求意见无异议"], "procedure", "order: 征求意见→报送"),
 (FP, "浙派工匠是先专家评审，评完了省厅再做形式审查的吧", ZJ, ["四/(三)", "四/(四)", "四"], ["形式审查"], "procedure", "order: 初审→评审"),
 # --- a step skipped ---
 (FP, "首席技师区里报到市人社局，中间应该不用再组织专家评议了吧", CT, ["三/(二)"], ["组织专家对申报人选进行评议"], "procedure", "skip: 专家评议"),
 (FP, "浙派工匠单位里就不用公示了吧，直接报到市人社局", ZJ, ["四/(二)/1", "四/(二)"], ["公示时间不少于 5个工作日"], "procedure", "skip: 单位公示"),
 (FP, "第四届数字工匠的推荐表，所在单位那栏不用盖章的吧", D4, ["附件"], ["盖章"], "yes_no", "skip: 单位盖章"),
 (FP, "首届数字工匠我自己把推荐表发到邮箱就行，用不着区县总工会推荐吧", D1, ["三"], ["确定推荐人选"], "procedure", "skip: 区县总工会推荐"),
 (FP, "浙派工匠的佐证材料，人事部门应该不用审核吧", ZJ, ["四/(二)/1"], ["人事部门审核佐证材料"], "yes_no", "skip: 人事审核"),
 (FP, "杭州工匠走个人自荐的话，资格审核那一步就免了吧", HC, ["五"], ["所有推荐人选"], "procedure", "skip: 资格审核"),
 (FP, "我是自由职业者，首席技师直接把材料交给市人社局就可以了吧", CT, ["三/(二)", "三"], ["行业协会"], "procedure", "skip: 协会"),
 (FP, "首席技师的汇总表和推荐报告不用单位盖章吧，直接交上去", CT, ["三/(一)"], ["盖章"], "yes_no", "skip: 盖章"),
 (FP, "首席技师单位里确定人选的时候，不用问员工意见吧", CT, ["三/(一)"], ["征求本单位员工意见"], "yes_no", "skip: 征求员工意见"),
 (FP, "浙派工匠单位推荐领导一个人拍板就行了吧，不用班子集体研究", ZJ, ["四/(二)/1"], ["领导班子集体研究决定"], "procedure", "skip: 集体研究"),
 # --- a body / channel said loosely ---
 (FP, "第四届数字工匠的材料是交到市人社局那边去吧", D4, ["五"], ["市总工会经济工作部"], "place", "body"),
 (FP, "首届数字工匠的推荐表是报给市总工会经济工作部的吧", D1, ["三", "附件1/三/(一)"], ["szjjtu@vip.163.com"], "place", "body"),
 (FP, "浙派工匠的专家评审是省总工会组织的吧", ZJ, ["四/(四)"], ["省人力社保厅"], "place", "body"),
 (FP, "浙派工匠最后是省人社厅批准授予的吧", ZJ, ["五"], ["省政府批准授予"], "yes_no", "body"),
 (FP, "首届杭州工匠是市人社局牵头组织的对吧", HC, ["六/1", "六"], ["市总工会负责"], "place", "body"),
 (FP, "首届数字工匠的评审专家是省里统一派下来的吧", D1, ["附件1/三/(三)/1/(2)", "附件1/三/(三)/1", "附件1/三/(三)"], ["组成专家库"], "place", "body"),
 (FP, "浙派工匠的评审专家是各个市推荐上去的吧", ZJ, ["四/(四)"], ["随机抽取"], "procedure", "body"),
 (FP, "首席技师的推荐工作是区总工会负责的吧", CT, ["三"], ["人力社保部门"], "place", "body"),
 (FP, "杭州工匠的专业技术指导是市经信局负责的吧", HC, ["六/4", "六"], ["市科委、市人力社保局"], "place", "body"),
 # --- a date said loosely ---
 (FP, "第四届数字工匠四月中旬前交上去都来得及吧", D4, ["五"], ["4月10日前"], "date", "date loose"),
 (FP, "首席技师区里七月底之前报到市里就行吧", CT, ["五"], ["7 月 15 日"], "date", "date loose"),
 (FP, "首届数字工匠的推荐好像到四月份才截止吧", D1, ["一", "三", "附件1/三/(一)"], ["2023年3月31日"], "date", "date loose"),
 (FP, "首届杭州工匠区里十月份报到市总工会也不晚吧", HC, ["四/(一)"], ["9月底前"], "date", "date loose"),
 (FP, "第四届数字工匠算年龄是算到2026年年底吧", D4, ["二"], ["2026 年 3 月 31 日"], "date", "date loose"),
 (FP, "首届数字工匠的认定发布会是国庆节开的吧", D1, ["前言", "附件1/三/(四)"], ["五一"], "date", "date loose"),
 # --- a count said loosely ---
 (FP, "2021年首席技师一共认定三十来个人吧", CT, ["四"], ["20 名"], "count", "count loose"),
 (FP, "第四届数字工匠滨江区能推十来个吧", D4, ["三/(一)"], ["不超过 6 名"], "count", "count loose"),
 (FP, "浙派工匠一次评个上百人吧", ZJ, ["一"], ["50名"], "count", "count loose"),
 (FP, "首届杭州工匠在杭干个七八年就够格了吧", HC, ["三/(二)"], ["不少于10年"], "count", "count loose"),
 (FP, "浙派工匠在单位公示两三天就可以了吧", ZJ, ["四/(二)/1"], ["不少于 5个工作日"], "count", "count loose"),
 (FP, "杭州工匠的奖金大概一万块左右吧", HC, ["七"], ["20000元"], "money", "count loose"),
 # --- comparisons, one side silent or the rule vs the counting date ---
 ("comparison", "首届跟第四届杭州数字工匠，在年龄上的要求有啥区别？", None, ["hz_digital_craftsman_2026#二"], ["40 周岁以下"], "difference", "age: one side silent"),
 ("comparison", "杭州工匠和浙派工匠对申报人的年龄各有什么要求？", None, ["hz_craftsman_2016#三/(二)"], ["60周岁以下"], "difference", "age: one side silent"),
 ("comparison", "首席技师跟杭州工匠比，年龄上卡得一样吗", None, ["hz_craftsman_2016#三/(二)"], ["60周岁以下"], "difference", "age: one side silent"),
 ("comparison", "第四届数字工匠和首届比，已经拿过什么称号就不能报，这块有变化吗", None, ["hz_digital_craftsman_2026#二", "hz_digital_craftsman_2023#二", "hz_digital_craftsman_2023#附件1/二"], ["杭州数字工匠", "不予推荐"], "difference", "prior titles"),
 ("comparison", "杭州工匠跟首席技师的奖励有什么不一样", None, ["hz_craftsman_2016#七"], ["20000元"], "difference", "money: one side silent"),
 ("comparison", "浙派工匠和首席技师对技能等级的门槛分别是什么", None, ["zj_craftsman_2023#三/(一)", "hz_chief_technician_2021#二"], ["高级技师以上", "技师及以上"], "difference", "levels"),
 ("comparison", "第四届和首届数字工匠，滨江区能推的人数差多少", None, ["hz_digital_craftsman_2026#三/(一)", "hz_digital_craftsman_2023#三", "hz_digital_craftsman_2023#附件1/三/(一)"], ["不超过 6 名", "不超过30名"], "difference", "quota"),
 ("comparison", "首届和第四届数字工匠交推荐材料的截止日子各是哪天", None, ["hz_digital_craftsman_2026#五", "hz_digital_craftsman_2023#三", "hz_digital_craftsman_2023#附件1/三/(一)"], ["4月10日", "2023年3月31日"], "difference", "deadlines"),
 ("comparison", "浙派工匠和杭州工匠多久评一次，有啥不一样", None, ["zj_craftsman_2023#一"], ["每 5年评选一次"], "difference", "period: one side silent"),
]
assert len(rows) == 50, len(rows)
write([{"kind": kind, "question": q, "program": prog,
        "gold_clause_ids": [g if "#" in g else f"{prog}#{g}" for g in gold], "key_facts": facts, "expect_refusal": False,
        "answer_type": atype, "note": f"qcase8 probe (seed 2156, A=dev B=test): {note}"}
       for kind, q, prog, gold, facts, atype, note in rows], prefix="qp-", start=1350, seed=2156)
