"""qcase12 probe qp-1900…1929: premises said the way applicants say them (mid-message, hedged, with their own case
around them, dialect, one typo, some "…对吧？那…" with a second ask), of the classes of asserted value that reached no
correction: who does a step (a body), the form a paper takes or a part of it (原件, 盖章, 纸质/电子), the order of two
steps, "只有…" who may act, "只要…就" sufficiency, and counts said in words. 24 false premises (the answer's first
line must say 不对) and 6 true ones (it must not).

Written from the five notices (/work/shared/seeds/) before any code change, judged row by row from the clause quoted
in the note. Split by random.Random(2222): the first half dev (A, tuned on), the rest test (B, held out). Run from
the repo root: python -m eval.probes.qcase12_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import write

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
F = [  # false premises: (question, program, answer type, gold, key facts, what the notice says instead)
 ("我们区总工会刚开完会，有人说首届杭州工匠的专业技术指导是市委宣传部在弄的，那我们碰到技术上的问题就找宣传部咯？",
  C16, "place", [f"{C16}#六/4", f"{C16}#六/2"], ["市科委、市人力社保局"], "六/4 专业技术指导是市科委、市人力社保局；宣传部管宣传"),
 ("浙派工匠专家评审好像是各市人社局自己组织的吧，我们市里那个科长说他们要抽专家，搞得神神秘秘的",
  ZJ, "place", [f"{ZJ}#四/(四)"], ["省人力社保厅从高技能人才评审专家库中随机抽取产生评审专家"], "四/(四) 省人力社保厅抽专家、组织评审"),
 ("第四届数字工匠最后的名单是市总工会一家定的吧？通知落款是一排单位，不过我估计实际上还是工会说了算",
  D26, "place", [f"{D26}#三/(二)/1/(3)", f"{D26}#三/(二)/1", f"{D26}#三/(二)"], ["联合审定"], "三/(二)/1/(3) 五家联合审定"),
 ("首届数字工匠那次的推荐表，我记得是发到市总工会政研室邮箱的对伐，上城这边HR在翻老文件问我",
  D23, "place", [f"{D23}#三", f"{D23}#附件1/三/(一)"], ["szjjtu@vip.163.com"], "三 发送至杭州市数字经济行业工会联合会邮箱"),
 ("首席技师推荐到最后，是区人社局直接报到省人社厅的吧？那我们区里是不是还要多跑一趟省里",
  CT, "place", [f"{CT}#三/(二)", f"{CT}#三"], ["报市人力社保局"], "三/(二) 报市人力社保局"),
 ("首届数字工匠那次推荐表是要打印出来盖好章寄过去的吧，光发电子的应该不算数？我们公司行政小姑娘在问",
  D23, "materials", [f"{D23}#三", f"{D23}#附件1/三/(一)"], ["电子版"], "三 推荐表和汇总表电子版发送至邮箱"),
 ("浙派工匠的佐证材料，我们人事部门审核过就行了，不用另外盖章的吧，省得再去找办公室",
  ZJ, "materials", [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(二)"], ["需在佐证材料上加盖公章"], "四/(二)/1 需在佐证材料上加盖公章"),
 ("首席技师的材料交电子版就够了吧？现在都讲无纸化了，我们协会去年别的评选都不收纸的",
  CT, "materials", [f"{CT}#三/(二)", f"{CT}#三"], ["纸质材料和电子文档各一份"], "三/(二) 纸质材料和电子文档各一份"),
 ("第四届推荐表上贴的照片是一寸的吧，我翻了半天手机里只有一寸的证件照，哈哈",
  D26, "form_limit", [f"{D26}#附件"], ["2寸"], "附件 彩色近照 (2寸)"),
 ("首届杭州工匠好像是先社会公式，公式完了再请专家评审的对吧？那专家评的时候是不是已经定得七七八八了",
  C16, "procedure", [f"{C16}#五"], ["经专家评审后"], "五 专家评审在社会公示之前"),
 ("浙派工匠在单位里是先公示、公示完再开班子会研究的吧，我们厂去年报别的荣誉就是这么弄的",
  ZJ, "procedure", [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(二)"], ["领导班子集体研究决定"], "四/(二)/1 民主推荐、班子研究决定、审核后确定名单，再公示"),
 ("第四届的流程我自己理了一下：初审、评审、先公示，再几家单位联合审定，最后发布，顺序没搞错吧？",
  D26, "procedure", [f"{D26}#三/(二)"], ["联合审定"], "三/(二) 审定在组织评审里，公示在其后"),
 ("听说杭州工匠只有单位推荐这一条路，个人是报不了的，对伐？我们是个小作坊，也没啥正经单位",
  C16, "procedure", [f"{C16}#四/(四)", f"{C16}#四"], ["自荐报名"], "四/(四) 个人可自荐报名"),
 ("首席技师的专家评议只能是市人社局请专家来评吧，协会自己是不能组织的吧？我们协会想报两个会员",
  CT, "procedure", [f"{CT}#三/(二)", f"{CT}#三"], ["组织专家对申报人选进行评议"], "三/(二) 行业协会组织专家评议"),
 ("杭州工匠只要拿过市级大赛第一名就稳了吧，年限啥的都不用看了？我在杭州才干了六年",
  C16, "yes_no", [f"{C16}#三/(二)", f"{C16}#三/(二)/4"], ["不少于10年"], "三/(二) 不少于10年；不受年限只属第4条"),
 ("第四届只要是工会会员、在杭州上班就能报的吧，别的没啥要求了？我老婆单位让她问问",
  D26, "yes_no", [f"{D26}#二"], ["从事数字经济行业工作一般在5年以上"], "二 还要5年以上、在杭全职1年以上、技术岗位、条件之一"),
 ("浙派工匠嘛只要有高级技师证就够了对吧，我们厂里老王高级技师都十几年了，可他去年才从江苏调过来",
  ZJ, "yes_no", [f"{ZJ}#三/(一)", f"{ZJ}#三"], ["在浙全职工作 1年以上"], "三/(一) 还要在浙全职1年以上、条件之一"),
 ("听区里讲第四届每个区县总工会只能推三个人，西湖区、滨江区这些也是三个对伐？",
  D26, "count", [f"{D26}#三/(一)", f"{D26}#三"], ["不超过 4 名"], "三/(一) 区县不超过4名，滨江西湖余杭不超过6名"),
 ("浙派工匠是十年才评一回的吧？那下一回要等到啥时候去了",
  ZJ, "count", [f"{ZJ}#一"], ["每 5年评选一次"], "一 每5年评选一次"),
 ("首届杭州工匠一共认定了二十来个人对吧？我印象里发布会上台的没几个",
  C16, "count", [f"{C16}#二"], ["30名"], "二 认定30名"),
 ("首席技师那年全市认定一百个左右吧？我们区才推了四个上去，感觉机会挺大的",
  CT, "count", [f"{CT}#四"], ["认定 20 名"], "四 认定20名"),
 ("杭州工匠个人自荐是到区总工会窗口去填表的吧，我们街道的人说要带身份证跑一趟",
  C16, "place", [f"{C16}#四/(四)", f"{C16}#四"], ["职工技术协作网"], "四/(四) 通过市总工会职工技术协作网专栏自荐"),
 ("浙派工匠的奖金是各个市里自己发的吧，我们市人社的同志说到时候他们会通知",
  ZJ, "place", [f"{ZJ}#五"], ["由省政府批准授予并颁发相应证书和奖金"], "五 省政府批准授予并颁发证书和奖金"),
 ("首席技师单位申报那步，单位定人选前不用问员工意见的吧，领导拍板就行了，我们老板比较强势",
  CT, "procedure", [f"{CT}#三/(一)", f"{CT}#三"], ["征求本单位员工意见"], "三/(一) 确定人选时应征求本单位员工意见、公示"),
]
T = [  # true premises, not to be corrected: (question, program, answer type, gold, key facts)
 ("首席技师每个协会最多推两个人对吧？我们协会有三个老师傅想报，得挑一挑了",
  CT, "count", [f"{CT}#四"], ["不超过 2 人"]),
 ("第四届直接认定的竞赛个人第一名是不占推荐名额的吧，那我们区还是可以推满四个？",
  D26, "yes_no", [f"{D26}#三/(一)", f"{D26}#三"], ["不占推荐名额"]),
 ("浙派工匠在单位里公示至少要5个工作日对吧，我们人事说按一个礼拜算就行",
  ZJ, "count", [f"{ZJ}#四/(二)/1", f"{ZJ}#四/(二)"], ["不少于 5个工作日"]),
 ("杭州工匠最后是领导小组审定的吧，专家评审那一步只是把关审核？",
  C16, "procedure", [f"{C16}#五"], ["领导小组审定"]),
 ("首届数字工匠的材料是电子版发邮箱的吧，不用跑腿送纸质的过去",
  D23, "materials", [f"{D23}#三", f"{D23}#附件1/三/(一)"], ["电子版"]),
 ("首席技师自由职业者是要通过行业协会推荐的对吧，我一个修钟表的自己干，没单位",
  CT, "procedure", [f"{CT}#三"], ["自由职业者应通过相应的行业协会组织进行推荐"]),
]
rows = []
for q, p, t, g, k, what in F:
    rows.append(dict(kind="false_premise", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type=t, note=f"qcase12 probe (seed 2222): false premise; the notice: {what}"))
for q, p, t, g, k in T:
    rows.append(dict(kind="fact", question=q, program=p, gold_clause_ids=g, key_facts=k, expect_refusal=False,
                     answer_type=t, note="qcase12 probe (seed 2222): a TRUE premise; the first line must not say 不对"))
assert len(rows) == 30, len(rows)
write(rows, prefix="qp-", start=1900, seed=2222)
