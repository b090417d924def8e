"""prem16 probe qp-2150…2208: premises about rules, procedures and bodies, to be corrected (or confirmed) first.

40 false premises and 19 true ones. The premise is not a number or a date but a rule or a process: a restriction the
notice does not make ("只认全国比赛的第一名吧", "只能走单位推荐吧", "得有高级技师证吧"), a step left out or put in
the wrong order ("公示完还要报省政府批吧", "先公示再审定的吧", "单位里不用公示吧"), a body doing what another does
("是市总工会评的吧", "材料交到经济工作部的吧", "称号是省人社厅颁的吧"), a channel ("网上传一下就行了吧"), and two
fields of a form merged or split ("岗位和行政职务是填一栏的吧"). It is said as 对吧/是吧/吧/是不是/不是…吗/我记得/
听说, mid-message beside the asker's own case, or as one of two asks. The true ones state what the notice says (a step
in its order, the body that does it, the field as the form has it) and must be confirmed, never answered with 不对.

Written from the five notices before any code change, not from what the code answers. Split by random.Random(2264):
the first half dev (A, tuned on), the rest test (B, held out). Run from the repo root:
python -m eval.probes.prem16_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
F = [  # false premises: (question, program, answer type, gold clauses, key facts)
 # a restriction the notice does not make: only / must
 ("第四届数字工匠直接认定只认全国比赛的第一名吧？我拿的是市里数字经济技能竞赛的第一",
  D26, "yes_no", [f"{D26}#一"], ["全国、省、市数字经济行业职业技能竞赛"]),
 ("听说第四届数字工匠只有鲲鹏企业、小巨人这种大企业的人才能报，我们是二十几个人的小公司，是不是就别想了",
  D26, "yes_no", [f"{D26}#一"], ["优先推荐"]),
 ("浙派工匠只有企业里的工人能报吧，技工学校的老师不算的",
  ZJ, "yes_no", [f"{ZJ}#三"], ["含技能人才培养院校、教师"]),
 ("首席技师是不是只有在企业上班的才能报，我现在自己接活干，算自由职业",
  CT, "yes_no", [f"{CT}#一"], ["自由职业者也可申请认定"]),
 ("杭州工匠只能走单位推荐这条路吧？个人想报是不是没门",
  C16, "procedure", [f"{C16}#四"], ["自荐报名"]),
 ("首席技师只能由区里人社局推荐吧，我们是行业协会的会员，协会推不了的吧",
  CT, "yes_no", [f"{CT}#三"], ["市各主管部门、行业协会负责进行"]),
 ("浙派工匠得有高级技师证才行吧，我们这个工种最高只有技师这一级",
  ZJ, "yes_no", [f"{ZJ}#三/(一)", f"{ZJ}#三"], ["最高职业资格"]),
 ("杭州工匠必须是国企或者事业单位的职工吧？我在民营厂里干了十几年",
  C16, "yes_no", [f"{C16}#二"], ["各级各类所有制经济"]),
 ("第四届数字工匠一定要有中级以上职称吧，我只有技能等级证书",
  D26, "yes_no", [f"{D26}#二"], ["在杭全职工作1年以上"]),
 # a step added, left out, or in the wrong order
 ("第四届数字工匠公示完还要报省政府批吧？",
  D26, "procedure", [f"{D26}#三/(二)", f"{D26}#三"], ["联合审定"]),
 ("首届杭州工匠是领导小组先审定，最后再拿出来社会公示的吧",
  C16, "procedure", [f"{C16}#五"], ["社会公示、领导小组审定"]),
 ("首届数字工匠那次是先社会公示，公示完了领导小组再审定的吧",
  D23, "procedure", [f"{D23}#附件1/三/(三)", f"{D23}#三"], ["领导小组审定"]),
 ("我记得第四届数字工匠是先公示，公示没问题了才由几家单位联合审定，是这个顺序吧",
  D26, "procedure", [f"{D26}#三/(二)"], ["联合审定"]),
 ("浙派工匠是省里专家评完直接报省政府批的，中间不再公示了吧",
  ZJ, "procedure", [f"{ZJ}#四/(五)", f"{ZJ}#四"], ["在全省范围内进行公示"]),
 ("首席技师单位定了人选直接往区里报就行，单位里不用公示的吧",
  CT, "procedure", [f"{CT}#三/(一)", f"{CT}#三"], ["进行公示"]),
 ("浙派工匠是不是先由省里形式初审，然后再回到各市去审核推荐",
  ZJ, "procedure", [f"{ZJ}#四"], ["形式初审"]),
 ("首席技师是先报到市人社局，再由区里组织专家评议的吧",
  CT, "procedure", [f"{CT}#三/(二)", f"{CT}#三"], ["组织专家对申报人选进行评议"]),
 # a body said to do what another does
 ("2021年那次首席技师是市总工会评的吧？",
  CT, "place", [f"{CT}#三/(二)", f"{CT}#三"], ["报市人力社保局"]),
 ("首届杭州工匠是市人社局牵头组织的吧",
  C16, "place", [f"{C16}#六"], ["组织、协调和统筹"]),
 ("首届数字工匠的推荐材料是交到市总工会经济工作部的吧",
  D23, "place", [f"{D23}#三", f"{D23}#附件1/三/(一)"], ["szjjtu@vip.163.com"]),
 ("浙派工匠是省总工会组织专家评审的吧",
  ZJ, "place", [f"{ZJ}#四/(四)", f"{ZJ}#四"], ["负责组织开展专家评审"]),
 ("浙派工匠的称号是省人社厅颁的吧",
  ZJ, "place", [f"{ZJ}#五"], ["由省政府批准授予"]),
 ("首届杭州工匠的宣传这块也是市总工会负责的吧",
  C16, "place", [f"{C16}#六"], ["市委宣传部负责"]),
 ("听说第四届数字工匠评审团队都是高校里的教授",
  D26, "place", [f"{D26}#三/(二)/1/(2)", f"{D26}#三/(二)"], ["行业主管部门、社会组织"]),
 ("我记得浙派工匠形式初审是各市人社局做的，对吧",
  ZJ, "place", [f"{ZJ}#四/(三)", f"{ZJ}#四"], ["省人力社保厅组织"]),
 ("首届数字工匠的领导小组是市人社局一家组建的吧",
  D23, "place", [f"{D23}#附件1/三/(三)/2", f"{D23}#附件1/三/(三)"], ["由主办和承办单位邀请"]),
 # a channel
 ("首席技师材料网上传一下就行了吧，不用交纸质的",
  CT, "place", [f"{CT}#三/(二)", f"{CT}#三"], ["纸质材料和电子文档各一份"]),
 ("首届数字工匠的推荐表要打印出来送到市总工会去的吧",
  D23, "place", [f"{D23}#三", f"{D23}#附件1/三/(一)"], ["电子版"]),
 ("我是自由职业的，首席技师我直接去区人社局报名就可以了吧",
  CT, "place", [f"{CT}#三/(二)", f"{CT}#三"], ["行业协会组织进行推荐"]),
 # two fields of a form merged or split
 ("首席技师那个汇总表，岗位和行政职务是填一栏的吧",
  CT, "yes_no", [f"{CT}#附件1"], ["行政职务"]),
 ("第四届数字工匠推荐表上技能等级跟职称是合在一个格子里填的吧",
  D26, "yes_no", [f"{D26}#附件"], ["职称等级"]),
 ("首届数字工匠推荐表里工作单位和职务是分两栏分别填的吧",
  D23, "yes_no", [f"{D23}#附件2"], ["及职务"]),
 # one of two asks
 ("第四届数字工匠最后是市总工会一家审定的吧？还有推荐表什么时候交",
  D26, "place", [f"{D26}#三/(二)/1/(3)", f"{D26}#三/(二)"], ["联合审定"]),
 ("首席技师单位里不用公示吧？材料交纸质的还是电子的",
  CT, "procedure", [f"{CT}#三/(一)", f"{CT}#三"], ["进行公示"]),
 ("首届杭州工匠是市人社局组织评的吧？申报表主要事迹能写多少字",
  C16, "place", [f"{C16}#六"], ["组织、协调和统筹"]),
 ("浙派工匠是不是只有高级技师才能报？奖金是多少",
  ZJ, "yes_no", [f"{ZJ}#三/(一)", f"{ZJ}#三"], ["最高职业资格"]),
 ("杭州工匠个人不能自己报名吧？截止到什么时候",
  C16, "procedure", [f"{C16}#四"], ["自荐报名"]),
 # 不是…吗
 ("首席技师不是只有人社部门才能推荐吗？行业协会也能推？",
  CT, "yes_no", [f"{CT}#三"], ["市各主管部门、行业协会负责进行"]),
 ("浙派工匠不是各市政府自己评出来的吗",
  ZJ, "place", [f"{ZJ}#四"], ["随机抽取"]),
 ("首席技师不是必须得有单位推荐吗？我没单位，是不是没戏",
  CT, "yes_no", [f"{CT}#一", f"{CT}#三"], ["自由职业者也可申请认定"]),
]
T = [  # true premises: the answer confirms, it must not say 不对
 ("浙派工匠公示完还要报省政府批的吧", ZJ, "process", [f"{ZJ}#四/(六)", f"{ZJ}#四"], ["报请省政府批准公布"]),
 ("首届杭州工匠是先专家评审、再社会公示的，对吧", C16, "process", [f"{C16}#五"], ["专家评审、社会公示"]),
 ("第四届数字工匠的材料是报到市总工会经济工作部的吧", D26, "fact", [f"{D26}#五"], ["市总工会经济工作部"]),
 ("杭州工匠个人可以在网上自荐报名的吧？", C16, "fact", [f"{C16}#四/(四)", f"{C16}#四"], ["自荐报名"]),
 ("首席技师自由职业者也可以申请的吧", CT, "fact", [f"{CT}#一"], ["自由职业者也可申请认定"]),
 ("浙派工匠退休了就不能被推荐了对吧", ZJ, "fact", [f"{ZJ}#三"], ["退休人员不作为推荐对象"]),
 ("第四届数字工匠拿了市里数字经济技能竞赛个人第一，也能直接认定的吧", D26, "fact", [f"{D26}#一"], ["直接认定"]),
 ("浙派工匠的评审专家是从专家库里随机抽出来的吧", ZJ, "process", [f"{ZJ}#四/(四)", f"{ZJ}#四"], ["随机抽取"]),
 ("首席技师单位确定人选的时候要先公示的吧", CT, "process", [f"{CT}#三/(一)", f"{CT}#三"], ["进行公示"]),
 ("浙派工匠公示期间谁都可以提异议的吧", ZJ, "fact", [f"{ZJ}#六/(二)", f"{ZJ}#六"], ["任何组织和个人均可提出异议"]),
 ("首届杭州工匠的专业技术指导是市科委和市人力社保局负责的吧", C16, "fact", [f"{C16}#六"], ["专业技术指导"]),
 ("首届杭州工匠申报表里职称和技能等级是填在一栏的吧", C16, "fact", [f"{C16}#附件"], ["职称（技能等级）"]),
 ("我记得浙派工匠是由省政府批准授予的", ZJ, "fact", [f"{ZJ}#五"], ["由省政府批准授予"]),
 ("首席技师材料纸质和电子的都要交一份吧", CT, "process", [f"{CT}#三/(二)", f"{CT}#三"], ["纸质材料和电子文档各一份"]),
 ("首届数字工匠是先领导小组审定，然后再社会公示，对吧", D23, "process",
  [f"{D23}#附件1/三/(三)", f"{D23}#三"], ["社会公示"]),
 ("听说第四届数字工匠是五家单位联合审定名单的", D26, "process", [f"{D26}#三/(二)/1/(3)", f"{D26}#三/(二)"],
  ["联合审定"]),
 ("首席技师自由职业者要通过行业协会推荐吧？协会那边一般能推几个", CT, "process",
  [f"{CT}#三/(二)", f"{CT}#三", f"{CT}#四"], ["通过相应的行业协会组织进行推荐"]),
 ("浙派工匠是省政府批准授予的吧？奖金一人多少", ZJ, "fact", [f"{ZJ}#五"], ["1万元"]),
 ("第四届数字工匠是不是要求目前还在技术岗位上干", D26, "fact", [f"{D26}#二"], ["目前仍在技术岗位上工作"]),
]

NOTE_F = "prem16 probe (seed 2264): a false premise about a rule, step, body, channel or form field; the first line corrects it"
NOTE_T = "prem16 probe (seed 2264): a true premise about a rule, step, body or form field; the answer confirms, it must not say 不对"
rows = [{"kind": "false_premise", "question": q, "program": p, "gold_clause_ids": g, "key_facts": k,
         "expect_refusal": False, "answer_type": t, "note": NOTE_F} for q, p, t, g, k in F]
rows += [{"kind": kind, "question": q, "program": p, "gold_clause_ids": g, "key_facts": k,
          "expect_refusal": False, "answer_type": "yes_no", "note": NOTE_T} for q, p, kind, g, k in T]

if __name__ == "__main__":
    write(rows, prefix="qp-", start=2150, seed=2264)
